//! The sheet's texts (遅れの理由, ①取組, ②課題, ③今後の方策) as edits: stored in the same
//! overlay as the figures, read from every older schema with nothing lost, kept as plain
//! text within their lengths, laid over the sheet (a reason only beside 進捗の遅れ),
//! marked in the draft sheet and its CSV, and merged between devices field by field.

mod support;
use isesaki_kpi::domain::edits::exchange::{
    edits_json, preview, read_edits, shown_text, ImportError,
};
use isesaki_kpi::domain::edits::import_plan::{apply_import, plan_import, Choice, Choices};
use isesaki_kpi::domain::edits::input::{normalise_text, validate_field, InputError};
use isesaki_kpi::domain::edits::saving::stored_text;
use isesaki_kpi::domain::edits::{apply, DeviceId, EditSet, Field, SheetText, SCHEMA_VERSION};
use isesaki_kpi::domain::exports::draft_sheet::DraftSheet;
use isesaki_kpi::domain::exports::draft_sheet_csv::draft_sheet_csv;
use isesaki_kpi::domain::i18n::Lang;
use isesaki_kpi::domain::{Dataset, Indicator, Status};
use support::official_dataset;

const INITIATIVES: Field = Field::Text(SheetText::Initiatives);
const REASON: Field = Field::Text(SheetText::DelayReason);

fn data() -> Dataset {
    official_dataset().unwrap()
}

fn row<'a>(data: &'a Dataset, id: &str) -> &'a Indicator {
    data.indicators.iter().find(|r| r.id == id).unwrap()
}

fn device(name: &str) -> EditSet {
    EditSet::new(DeviceId::parse(name).unwrap())
}

#[test]
fn the_four_texts_have_keys_of_their_own_and_read_back() {
    let keys: Vec<String> = SheetText::ALL.map(|t| Field::Text(t).key()).to_vec();
    assert_eq!(keys, ["delay_reason", "initiatives", "challenges", "plans"]);
    for text in SheetText::ALL {
        assert_eq!(Field::from_key(text.key()), Some(Field::Text(text)));
        assert!(Field::all().contains(&Field::Text(text)));
    }
    assert_eq!(Lang::Ja.field_label(INITIATIVES), "①取組");
    assert_eq!(
        Lang::En.field_label(Field::Text(SheetText::Plans)),
        "③ Next steps"
    );
}

#[test]
fn texts_are_plain_text_within_their_length() {
    let data = data();
    let jobs = row(&data, "1-1-00");
    assert_eq!(
        normalise_text(
            SheetText::Initiatives,
            "  セミナーを3回開いた。\r\n参加者は増えた。 "
        ),
        Ok("セミナーを3回開いた。\n参加者は増えた。".into())
    );
    assert_eq!(
        normalise_text(SheetText::Initiatives, "  "),
        Err(InputError::Empty)
    );
    assert_eq!(
        normalise_text(SheetText::Initiatives, &"あ".repeat(400)).map(|t| t.chars().count()),
        Ok(400)
    );
    assert_eq!(
        normalise_text(SheetText::Initiatives, &"あ".repeat(401)),
        Err(InputError::TooLong { max: 400 })
    );
    assert_eq!(
        normalise_text(SheetText::DelayReason, &"あ".repeat(201)),
        Err(InputError::TooLong { max: 200 })
    );
    assert_eq!(
        normalise_text(SheetText::Plans, "bell\u{7}"),
        Err(InputError::ControlCharacters)
    );
    // Markup is text like any other: it is never read as HTML.
    assert_eq!(validate_field(jobs, INITIATIVES, "<b>太字</b>"), Ok(()));
    // The longest text the city printed fits.
    for r in &data.indicators {
        for (kind, text) in [
            (SheetText::Initiatives, &r.initiatives),
            (SheetText::Challenges, &r.challenges),
            (SheetText::Plans, &r.plans),
        ] {
            assert_eq!(
                validate_field(r, Field::Text(kind), text),
                Ok(()),
                "{} {kind:?}",
                r.id
            );
        }
    }
}

#[test]
fn texts_are_laid_over_the_sheet_and_a_reason_only_beside_delayed() {
    let data = data();
    let mut set = device("d-here");
    set.set(
        "1-1-00",
        INITIATIVES,
        Some("求人説明会を4回開いた。".into()),
        "t1",
    );
    set.set(
        "1-1-00",
        REASON,
        Some("説明会の会場が取れなかった。".into()),
        "t1",
    );
    let shown = apply(&data, &set);
    assert_eq!(row(&shown, "1-1-00").initiatives, "求人説明会を4回開いた。");
    assert_eq!(
        row(&shown, "1-1-00").challenges,
        row(&data, "1-1-00").challenges,
        "other texts stay the city's"
    );
    // 1-1-00 is 概ね順調: the sheet has no reason beside it.
    assert_eq!(row(&shown, "1-1-00").delay_reason, None);
    set.set("1-1-00", Field::Status, Some("delayed".into()), "t2");
    let shown = apply(&data, &set);
    assert_eq!(row(&shown, "1-1-00").status, Status::Delayed);
    assert_eq!(
        row(&shown, "1-1-00").delay_reason.as_deref(),
        Some("説明会の会場が取れなかった。")
    );
    // A delayed row made 順調 loses the city's reason, as before.
    let delayed = data
        .indicators
        .iter()
        .find(|r| r.status == Status::Delayed)
        .unwrap();
    set.set(&delayed.id, Field::Status, Some("on_track".into()), "t3");
    assert_eq!(row(&apply(&data, &set), &delayed.id).delay_reason, None);
    assert_eq!(shown_text(row(&data, "1-1-00"), REASON, Lang::Ja), "—");
    assert_eq!(
        shown_text(row(&data, "1-1-00"), INITIATIVES, Lang::Ja),
        row(&data, "1-1-00").initiatives
    );
}

#[test]
fn older_stores_load_with_nothing_lost_and_texts_are_stored_in_the_current_schema() {
    let data = data();
    // A store written before the texts existed (schema 2) and one from before that (1).
    let schema_2 = r#"{"schema":2,"device":"d-old","clock":2,"seen":{},"edits":[
        {"kpi":"1-1-00","field":"actual_fy2024","value":"1,510件","edited_at":"t1","rev":1,"device":"d-old"},
        {"kpi":"1-1-00","field":"status","value":"on_track","edited_at":"t2","rev":2,"device":"d-old"}]}"#;
    let set = read_edits(schema_2, &data, "now").unwrap();
    assert_eq!(set.schema, SCHEMA_VERSION);
    assert_eq!(
        (set.device.as_str(), set.clock, set.edits.len()),
        ("d-old", 2, 2)
    );
    assert_eq!(set.get("1-1-00", Field::LaterActual(2024)), Some("1,510件"));
    let schema_1 = r#"{"schema":1,"edits":[{"kpi":"2-1-05","field":"note","value":"旧メモ","edited_at":"t"}]}"#;
    assert_eq!(
        read_edits(schema_1, &data, "now")
            .unwrap()
            .get("2-1-05", Field::Note),
        Some("旧メモ")
    );
    // The texts go into the same set and come back from storage unchanged.
    let mut set = set;
    set.set(
        "1-1-00",
        Field::Text(SheetText::Plans),
        Some("来年度は2回増やす。\n会場を早めに押さえる。".into()),
        "t3",
    );
    let text = stored_text(&set);
    assert!(text.starts_with(&format!(r#"{{"schema":{SCHEMA_VERSION},"#)));
    assert_eq!(read_edits(&text, &data, "later").unwrap(), set);
    // A file from a newer app is refused as newer, not as broken.
    let newer = text.replacen(
        &format!(r#""schema":{SCHEMA_VERSION}"#),
        r#""schema":99"#,
        1,
    );
    assert_eq!(
        read_edits(&newer, &data, "now"),
        Err(ImportError::UnsupportedSchema { found: 99 })
    );
    // An empty text cannot come in through a file either.
    let empty = r#"{"schema":3,"device":"d-x","clock":1,"edits":[{"kpi":"1-1-00","field":"plans","value":" ","edited_at":"t","rev":1,"device":"d-x"}]}"#;
    assert!(matches!(
        read_edits(empty, &data, "now"),
        Err(ImportError::InvalidValue {
            error: InputError::Empty,
            ..
        })
    ));
}

#[test]
fn edited_texts_are_marked_in_the_draft_sheet_and_its_csv() {
    let data = data();
    let mut set = device("d-here");
    set.set(
        "1-1-00",
        INITIATIVES,
        Some("求人説明会を4回開いた。".into()),
        "t1",
    );
    set.set("1-1-00", Field::Status, Some("delayed".into()), "t1");
    set.set("1-1-00", REASON, Some("会場が取れなかった。".into()), "t1");
    let sheet = DraftSheet::build(&data, &apply(&data, &set), Some(&set), None);
    let first = &sheet.rows[0];
    assert!(first.initiatives.edited && !first.challenges.edited);
    assert_eq!(first.initiatives.official, row(&data, "1-1-00").initiatives);
    assert!(first.delay_reason.edited);
    assert!(sheet.includes_edits());
    let csv = draft_sheet_csv(&sheet);
    let record = csv
        .split("\r\n")
        .find(|l| l.starts_with("1-1-00,"))
        .unwrap();
    assert!(record.contains(",求人説明会を4回開いた。,"), "{record}");
    assert!(record.contains(",会場が取れなかった。,"), "{record}");
    assert!(
        record.contains("①取組: 雇用を促進するため"),
        "the official text is named: {record}"
    );
    assert!(
        record.contains("進捗状況・進捗が遅れている理由・①取組"),
        "{record}"
    );
}

#[test]
fn texts_merge_between_devices_field_by_field_and_conflicts_wait_for_a_choice() {
    let data = data();
    let mut here = device("d-here");
    let mut there = device("d-there");
    // Both start from a shared file, then each rewrites texts.
    here.set("1-1-00", INITIATIVES, Some("共通の下書き".into()), "t0");
    let shared = read_edits(&edits_json(&here, "t0"), &data, "t0").unwrap();
    there = apply_import(&there, &shared, &Choices::new()).unwrap();
    here.set("1-1-00", INITIATIVES, Some("この端末の①".into()), "t1");
    there.set("1-1-00", INITIATIVES, Some("別の端末の①".into()), "t1");
    there.set(
        "1-1-00",
        Field::Text(SheetText::Challenges),
        Some("別の端末の②".into()),
        "t1",
    );
    let file = read_edits(&edits_json(&there, "t2"), &data, "t2").unwrap();
    let plan = plan_import(&here, &file).unwrap();
    // ② changed only there: taken. ① changed on both: shown side by side, not settled.
    assert_eq!(plan.changes.len(), 1);
    assert_eq!(plan.changes[0].field, Field::Text(SheetText::Challenges));
    assert_eq!(plan.conflicts.len(), 1);
    assert_eq!(
        (
            plan.conflicts[0].here.as_deref(),
            plan.conflicts[0].file.as_deref()
        ),
        (Some("この端末の①"), Some("別の端末の①"))
    );
    assert!(
        apply_import(&here, &file, &Choices::new()).is_err(),
        "nothing is overwritten without a choice"
    );
    let take: Choices = [(plan.conflicts[0].key(), Choice::TakeFile)].into();
    let merged = apply_import(&here, &file, &take).unwrap();
    assert_eq!(merged.get("1-1-00", INITIATIVES), Some("別の端末の①"));
    assert_eq!(
        merged.get("1-1-00", Field::Text(SheetText::Challenges)),
        Some("別の端末の②")
    );
    // The preview names a status by its name, never by its key.
    let mut status = device("d-s");
    status.set("1-1-00", Field::Status, Some("on_track".into()), "t");
    let lines = preview(&data, &data, &status.edits);
    assert_eq!(
        (lines[0].before.as_str(), lines[0].after.as_str()),
        ("概ね順調に進捗", "順調に進捗")
    );
}
