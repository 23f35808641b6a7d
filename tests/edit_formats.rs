//! The formats edits live in: stored and exported files of every schema (nothing lost on
//! the way to the current schema, older files still import, and never over an edit made here
//! without asking), and CSV that no spreadsheet runs as a formula.

mod support;
use isesaki_kpi::domain::edits::exchange::{edits_json, read_edits, ImportError, MAX_REV};
use isesaki_kpi::domain::edits::import_plan::{apply_import, plan_import, Choice, Choices};
use isesaki_kpi::domain::edits::saving::stored_text;
use isesaki_kpi::domain::edits::{apply, DeviceId, EditSet, Field, SCHEMA_VERSION};
use isesaki_kpi::domain::exports::csv::{line, neutralise};
use isesaki_kpi::domain::exports::draft_sheet::DraftSheet;
use isesaki_kpi::domain::exports::draft_sheet_csv::draft_sheet_csv;
use isesaki_kpi::domain::{Column, Dataset};
use support::official_dataset;

fn data() -> Dataset {
    official_dataset().unwrap()
}

const SCHEMA_1: &str = r#"{"schema":1,"edits":[
    {"kpi":"1-1-00","field":"note","value":"後で書いた","edited_at":"2026-11-25T12:00:00.000Z"},
    {"kpi":"1-1-00","field":"actual_fy2023","value":"1,600件","edited_at":"2026-11-25T10:00:00.000Z"},
    {"kpi":"1-1-01","field":"status","value":null,"edited_at":"2026-11-25T11:00:00.000Z"}]}"#;

#[test]
fn schema_1_is_read_into_the_current_schema_with_nothing_lost() {
    let data = data();
    let set = read_edits(SCHEMA_1, &data, "now").unwrap();
    assert_eq!(set.schema, SCHEMA_VERSION);
    assert_eq!(set.edits.len(), 3, "the revert is kept too");
    assert_eq!(set.get("1-1-00", Field::Note), Some("後で書いた"));
    assert_eq!(
        set.get("1-1-00", Field::Value(Column::ActualFy2023)),
        Some("1,600件")
    );
    assert!(set
        .entry("1-1-01", Field::Status)
        .is_some_and(|e| e.value.is_none()));
    // Revisions follow the old files' only order, their times; the counter covers them.
    let rev = |kpi: &str, field| set.entry(kpi, field).unwrap().rev;
    assert!(rev("1-1-00", Field::Value(Column::ActualFy2023)) < rev("1-1-01", Field::Status));
    assert!(rev("1-1-01", Field::Status) < rev("1-1-00", Field::Note));
    assert_eq!(set.clock, 3);
    assert_eq!(
        set.edits[0].edited_at, "2026-11-25T10:00:00.000Z",
        "times are kept for display"
    );
    // Stored again in the current schema, it reads back the same.
    let text = stored_text(&set);
    assert!(
        text.starts_with(&format!(r#"{{"schema":{SCHEMA_VERSION},"#)),
        "{text}"
    );
    assert_eq!(read_edits(&text, &data, "later").unwrap(), set);
}

#[test]
fn schema_0_is_read_into_the_current_schema_with_nothing_lost() {
    let data = data();
    let set = read_edits(
        r#"{"1-1-00":{"actual_fy2024":"1,650件","note":"旧形式"},"2-1-05":{"status":"delayed"}}"#,
        &data,
        "2026-01-01T00:00:00.000Z",
    )
    .unwrap();
    assert_eq!(set.schema, SCHEMA_VERSION);
    assert_eq!(set.active_count(), 3);
    assert_eq!(set.get("2-1-05", Field::Status), Some("delayed"));
    assert!(set
        .edits
        .iter()
        .all(|e| e.edited_at == "2026-01-01T00:00:00.000Z" && e.rev >= 1));
    assert_eq!(read_edits(&stored_text(&set), &data, "later").unwrap(), set);
}

#[test]
fn a_device_goes_on_under_the_name_its_old_store_got() {
    // The first save after the update is newer than everything the old store held.
    let data = data();
    let mut set = read_edits(SCHEMA_1, &data, "now").unwrap();
    let name = set.device.clone();
    set.set(
        "1-1-00",
        Field::Note,
        Some("更新後".into()),
        "2020-01-01T00:00:00.000Z",
    );
    let back = read_edits(&stored_text(&set), &data, "now").unwrap();
    assert_eq!(back.device, name);
    assert_eq!(back.get("1-1-00", Field::Note), Some("更新後"));
    assert_eq!(
        back.merged_with(&read_edits(SCHEMA_1, &data, "now").unwrap())
            .get("1-1-00", Field::Note),
        Some("更新後")
    );
}

#[test]
fn older_files_still_import_and_never_over_an_edit_made_here_without_asking() {
    let data = data();
    let mut here = EditSet::new(DeviceId::parse("d-here").unwrap());
    here.set(
        "1-1-00",
        Field::Note,
        Some("この端末のメモ".into()),
        "2026-12-01T00:00:00.000Z",
    );
    let old_file = read_edits(SCHEMA_1, &data, "now").unwrap();
    let plan = plan_import(&here, &old_file).unwrap();
    // The note was changed in both places: the user decides. The figure is simply new.
    assert_eq!(plan.conflicts.len(), 1);
    assert_eq!(plan.conflicts[0].here.as_deref(), Some("この端末のメモ"));
    assert_eq!(plan.conflicts[0].file.as_deref(), Some("後で書いた"));
    assert_eq!(plan.changes.len(), 1);
    let keep: Choices = [(plan.conflicts[0].key(), Choice::KeepHere)].into();
    let merged = apply_import(&here, &old_file, &keep).unwrap();
    assert_eq!(merged.get("1-1-00", Field::Note), Some("この端末のメモ"));
    assert_eq!(
        merged.get("1-1-00", Field::Value(Column::ActualFy2023)),
        Some("1,600件")
    );
    // Read again, the same old file is known; another old file is not.
    assert!(
        plan_import(&merged, &read_edits(SCHEMA_1, &data, "now").unwrap())
            .unwrap()
            .conflicts
            .is_empty()
    );
    let other_old = SCHEMA_1.replace("後で書いた", "別のファイル");
    let again = plan_import(&merged, &read_edits(&other_old, &data, "now").unwrap()).unwrap();
    assert_eq!(again.conflicts.len(), 1);
    assert_ne!(
        DeviceId::for_unnamed_file(SCHEMA_1.as_bytes()),
        DeviceId::for_unnamed_file(other_old.as_bytes())
    );
}

#[test]
fn a_backup_of_this_device_brings_back_nothing_reverted_since() {
    let data = data();
    let mut here = EditSet::new(DeviceId::parse("d-here").unwrap());
    here.set("1-1-00", Field::Note, Some("メモ".into()), "t1");
    let backup = read_edits(&edits_json(&here, "t1"), &data, "t1").unwrap();
    here.revert_all("t2");
    let plan = plan_import(&here, &backup).unwrap();
    assert!(plan.changes.is_empty() && plan.conflicts.is_empty());
    assert_eq!(plan.older.len(), 1, "said, not hidden");
    // Kept as it is here unless asked: importing without a choice changes nothing.
    let kept = apply_import(&here, &backup, &Choices::new()).unwrap();
    assert_eq!(kept.get("1-1-00", Field::Note), None);
    // Asked, the backup restores: the file's value becomes the newest save here.
    let choices: Choices = plan
        .older
        .iter()
        .map(|o| (o.key(), Choice::TakeFile))
        .collect();
    let restored = apply_import(&here, &backup, &choices).unwrap();
    assert_eq!(restored.get("1-1-00", Field::Note), Some("メモ"));
    assert!(plan_import(&restored, &backup).unwrap().older.is_empty());
}

#[test]
fn device_names_and_revisions_are_checked_where_they_come_in() {
    let data = data();
    let file = |device: &str, rev: u64| {
        format!(
            r#"{{"schema":2,"device":"{device}","clock":{rev},"edits":[{{"kpi":"1-1-00","field":"note","value":"x","edited_at":"t","rev":{rev},"device":"{device}"}}]}}"#
        )
    };
    assert!(read_edits(&file("d-ok", 3), &data, "t").is_ok());
    assert!(matches!(
        read_edits(&file("<script>", 3), &data, "t"),
        Err(ImportError::WrongShape { .. })
    ));
    assert!(matches!(
        read_edits(&file("d-ok", MAX_REV + 1), &data, "t"),
        Err(ImportError::WrongShape { .. })
    ));
    // A file whose counter is absurdly far ahead cannot push this device's counter there.
    let far = read_edits(&file("d-far", MAX_REV), &data, "t").unwrap();
    let here = EditSet::new(DeviceId::parse("d-here").unwrap());
    assert!(matches!(
        plan_import(&here, &far),
        Err(ImportError::WrongShape { .. })
    ));
    // A file that understates its counter still orders the next save after its entries.
    let understated = r#"{"schema":2,"device":"d-x","clock":0,"edits":[{"kpi":"1-1-00","field":"note","value":"x","edited_at":"t","rev":9,"device":"d-x"}]}"#;
    let mut set = read_edits(understated, &data, "t").unwrap();
    set.set("1-1-00", Field::Note, Some("y".into()), "t");
    assert!(set.entry("1-1-00", Field::Note).unwrap().rev > 9);
}

#[test]
fn formula_starts_are_neutralised_after_any_leading_whitespace() {
    for formula in [
        "=1+1",
        "+1",
        "-1+2",
        "@SUM(A1)",
        "\t=1",
        "\r=1",
        "\t",
        "  =HYPERLINK(\"x\")",
        "\u{3000}=1",
        "\n@x",
        " -2",
    ] {
        assert_eq!(neutralise(formula), format!("'{formula}"), "{formula:?}");
    }
    for text in [
        "-",
        " - ",
        "—",
        "－",
        "1-2",
        "a=b",
        "1,472件",
        "",
        "男性79.6歳 女性84.1歳",
    ] {
        assert_eq!(neutralise(text), text, "{text:?}");
    }
    assert_eq!(
        line(&["-".into(), "=1".into(), "\t=1,2".into()]),
        "-,'=1,\"'\t=1,2\"\r\n"
    );
}

#[test]
fn a_plain_negative_number_stays_a_number_and_anything_riding_on_it_is_neutralised() {
    for number in ["-2.829509", "-20", "-0.01"] {
        assert_eq!(neutralise(number), number, "{number:?}");
    }
    for formula in [
        "-1+2",
        "-2.8+cmd|' /C calc'!A0",
        "-1e5",
        "-.5",
        "-5.",
        "-1.2.3",
        "- 5",
        "-5 ",
        "-inf",
        "-NaN",
    ] {
        assert_eq!(neutralise(formula), format!("'{formula}"), "{formula:?}");
    }
}

#[test]
fn the_draft_sheets_negative_ratios_are_numbers_a_spreadsheet_can_add_up() {
    let data = official_dataset().unwrap();
    let csv = draft_sheet_csv(&DraftSheet::build(&data, &data, None, None));
    let cells: Vec<&str> = csv.split("\r\n").flat_map(|line| line.split(',')).collect();
    // R is negative where a figure moved away from its target (17 such cells today).
    let negatives = cells
        .iter()
        .filter(|c| c.starts_with('-') && c.len() > 1)
        .count();
    assert!(
        negatives > 0,
        "the sheet has rows that moved away from their targets"
    );
    assert!(
        !cells
            .iter()
            .any(|c| c.starts_with("'-") && c[2..].parse::<f64>().is_ok()),
        "no number is turned into text"
    );
}

#[test]
fn an_imported_note_with_a_tab_before_a_formula_is_exported_neutralised() {
    let data = data();
    let file = r#"{"schema":1,"edits":[{"kpi":"1-1-00","field":"note","value":"\t=HYPERLINK(\"http://x\",\"y\")","edited_at":"t"},
        {"kpi":"1-1-01","field":"note","value":"  @SUM(1+1)*cmd","edited_at":"t"}]}"#;
    let incoming = read_edits(file, &data, "t").unwrap();
    let edits = apply_import(
        &EditSet::new(DeviceId::parse("d-here").unwrap()),
        &incoming,
        &Choices::new(),
    )
    .unwrap();
    let csv = draft_sheet_csv(&DraftSheet::build(
        &data,
        &apply(&data, &edits),
        Some(&edits),
        None,
    ));
    let lines: Vec<&str> = csv.split("\r\n").collect();
    assert!(
        lines[1].contains(r#","'	=HYPERLINK(""http://x"",""y"")","#),
        "{}",
        lines[1]
    );
    assert!(lines[2].contains(",'  @SUM(1+1)*cmd,"), "{}", lines[2]);
    // The sheet's own "－" placeholder is left as it is.
    assert!(
        csv.lines()
            .any(|l| l.starts_with("2-1-03,") && l.contains(",－,")),
        "placeholder kept"
    );
}
