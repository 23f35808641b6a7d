//! Local edits: validation, overlay and merge, import/export — including random junk that
//! must never panic.

mod support;
use isesaki_kpi::domain::edits::exchange::{
    edits_json, preview, read_edits, ImportError, MAX_IMPORT_BYTES,
};
use isesaki_kpi::domain::edits::import_plan::{apply_import, plan_import, Choices};
use isesaki_kpi::domain::edits::input::{validate_field, InputError};
use isesaki_kpi::domain::edits::{apply, DeviceId, EditSet, Field};
use isesaki_kpi::domain::i18n::Lang;
use isesaki_kpi::domain::progress::achievement::progress;
use isesaki_kpi::domain::{Column, Dataset, Indicator, Status};
use support::official_dataset;

const T1: &str = "2026-11-25T10:00:00.000Z";
const T2: &str = "2026-11-25T11:00:00.000Z";
const T3: &str = "2026-11-25T12:00:00.000Z";

/// A set of this device's edits, as the app starts one on a new device.
fn fresh() -> EditSet {
    EditSet::new(DeviceId::parse("d-this").unwrap())
}

fn data() -> Dataset {
    official_dataset().unwrap()
}

fn row<'a>(data: &'a Dataset, id: &str) -> &'a Indicator {
    data.indicators.iter().find(|r| r.id == id).unwrap()
}

#[test]
fn values_are_typed_like_the_sheet_and_checked_against_the_row() {
    let data = data();
    let jobs = row(&data, "1-1-00");
    assert_eq!(
        validate_field(jobs, Field::Value(Column::ActualFy2023), "1,650件"),
        Ok(())
    );
    assert_eq!(
        validate_field(jobs, Field::LaterActual(2024), "１，６５０件"),
        Ok(())
    );
    assert!(matches!(
        validate_field(jobs, Field::Value(Column::ActualFy2023), "たくさん"),
        Err(InputError::NoFigure { .. })
    ));
    assert!(matches!(
        validate_field(jobs, Field::Value(Column::ActualFy2023), "1,650人"),
        Err(InputError::UnitMismatch { .. })
    ));
    assert_eq!(
        validate_field(jobs, Field::Value(Column::ActualFy2023), "  "),
        Err(InputError::Empty)
    );
    assert!(matches!(
        validate_field(jobs, Field::Value(Column::ActualFy2023), &"1".repeat(61)),
        Err(InputError::TooLong { .. })
    ));

    let lifespan = row(&data, "3-1-01");
    assert_eq!(
        validate_field(lifespan, Field::LaterActual(2024), "男性79.6歳 女性84.1歳"),
        Ok(())
    );
    let err = validate_field(lifespan, Field::LaterActual(2024), "79.6歳").unwrap_err();
    assert!(
        err.message(Lang::Ja).contains("男性・女性"),
        "{}",
        err.message(Lang::Ja)
    );

    // 万人 and 人 are the same kind of unit.
    assert_eq!(
        validate_field(
            row(&data, "3-1-09"),
            Field::Value(Column::TargetFy2023),
            "35万人"
        ),
        Ok(())
    );
    // A words-only row may stay words.
    assert_eq!(
        validate_field(
            row(&data, "2-1-05"),
            Field::LaterActual(2024),
            "待機児童なし"
        ),
        Ok(())
    );
    assert_eq!(validate_field(jobs, Field::Status, "delayed"), Ok(()));
    assert_eq!(
        validate_field(jobs, Field::Status, "late"),
        Err(InputError::UnknownStatus)
    );
    assert_eq!(
        validate_field(jobs, Field::Note, "<script>alert(1)</script>"),
        Ok(())
    );
    assert!(validate_field(jobs, Field::Note, &"あ".repeat(501)).is_err());
}

#[test]
fn edits_overlay_the_official_figures_and_later_actuals_count_as_latest() {
    let data = data();
    let mut edits = fresh();
    edits.set("1-1-09", Field::LaterActual(2024), Some("150人".into()), T1);
    edits.set(
        "1-1-00",
        Field::Value(Column::ActualFy2023),
        Some("1,600件".into()),
        T1,
    );
    edits.set("1-1-00", Field::Status, Some("on_track".into()), T1);
    edits.set("1-1-00", Field::Note, Some("速報値".into()), T1);
    let merged = apply(&data, &edits);
    let jobs = row(&merged, "1-1-00");
    assert_eq!(jobs.values.actual_fy2023.raw, "1,600件");
    assert_eq!(jobs.values.actual_fy2023.parts[0].value, 1600.0);
    assert_eq!(jobs.status, Status::OnTrack);
    assert_eq!(jobs.local_note.as_deref(), Some("速報値"));
    let farmers = row(&merged, "1-1-09");
    assert_eq!(farmers.latest_actual().0, 2024);
    assert_eq!(farmers.later_actuals[&2024].period.unwrap().year, 2024);
    // Progress now uses FY2024: 21 → 150 of the way to 157.
    assert!((progress(farmers).unwrap() - (150.0 - 21.0) / (157.0 - 21.0)).abs() < 1e-9);
    // The official data is untouched.
    assert_eq!(row(&data, "1-1-00").values.actual_fy2023.raw, "1,472件");
    // Reverting restores it; the revert is remembered.
    edits.set("1-1-00", Field::Value(Column::ActualFy2023), None, T2);
    assert_eq!(
        row(&apply(&data, &edits), "1-1-00")
            .values
            .actual_fy2023
            .raw,
        "1,472件"
    );
    assert_eq!(edits.active_count(), 3);
    edits.revert_row("1-1-00", T2);
    assert_eq!(edits.active_count(), 1);
    edits.revert_all(T3);
    assert_eq!(apply(&data, &edits), data);
}

#[test]
fn invalid_stored_entries_never_reach_the_overlay() {
    // Edits are checked once, where they come in: a stored or imported set with an entry
    // that no longer fits the sheet is refused as a whole, naming the entry.
    let data = data();
    let stored = r#"{"schema":1,"edits":[{"kpi":"1-1-00","field":"actual_fy2023","value":"abc","edited_at":"t"}]}"#;
    assert!(matches!(
        read_edits(stored, &data, T1),
        Err(ImportError::InvalidValue { entry: 1, .. })
    ));
    let vanished = r#"{"schema":1,"edits":[{"kpi":"9-9-99","field":"status","value":"delayed","edited_at":"t"}]}"#;
    assert!(matches!(
        read_edits(vanished, &data, T1),
        Err(ImportError::UnknownIndicator { entry: 1, .. })
    ));
    // An edit of a row the sheet does not have is left out of the overlay.
    let mut edits = fresh();
    edits.set("9-9-99", Field::Status, Some("delayed".into()), T1);
    assert_eq!(apply(&data, &edits), data);
}

#[test]
fn two_tabs_merge_without_losing_an_edit_or_reviving_a_revert() {
    let mut tab_a = fresh();
    let mut tab_b = fresh();
    tab_a.set("1-1-00", Field::Note, Some("A".into()), T1);
    tab_b.set("1-1-01", Field::Note, Some("B".into()), T2);
    let merged = tab_a.merged_with(&tab_b);
    assert_eq!(merged.get("1-1-00", Field::Note), Some("A"));
    assert_eq!(merged.get("1-1-01", Field::Note), Some("B"));
    // A later revert in one tab wins over the older edit in the other.
    tab_b = merged.clone();
    tab_b.set("1-1-00", Field::Note, None, T3);
    let again = merged.merged_with(&tab_b);
    assert_eq!(again.get("1-1-00", Field::Note), None);
    assert_eq!(again.get("1-1-01", Field::Note), Some("B"));
}

#[test]
fn edits_round_trip_through_export_and_import() {
    let data = data();
    let mut edits = fresh();
    edits.set(
        "3-1-01",
        Field::LaterActual(2024),
        Some("男性79.6歳 女性84.1歳".into()),
        T1,
    );
    edits.set(
        "2-2-03",
        Field::Note,
        Some("\"引用\", カンマ\n改行".into()),
        T1,
    );
    let text = edits_json(&edits, T2);
    let back = read_edits(&text, &data, T3).unwrap();
    assert_eq!(back.edits, edits.edits);
    // On another device, nothing of which it had: two plain changes.
    let other = EditSet::new(DeviceId::parse("d-other").unwrap());
    let plan = plan_import(&other, &back).unwrap();
    assert!(plan.conflicts.is_empty());
    let lines = preview(&data, &data, &plan.changes);
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0].after, "\"引用\", カンマ\n改行");
    let applied = apply_import(&other, &back, &Choices::new()).unwrap();
    assert_eq!(applied.active_count(), 2);
}

#[test]
fn imports_are_rejected_with_the_reason() {
    let data = data();
    let bad = |text: &str| read_edits(text, &data, T1).unwrap_err();
    assert!(matches!(bad("not json"), ImportError::NotJson { .. }));
    assert!(matches!(bad("[1,2]"), ImportError::WrongShape { .. }));
    assert_eq!(
        bad(r#"{"schema":9,"edits":[]}"#),
        ImportError::UnsupportedSchema { found: 9 }
    );
    let unknown = bad(
        r#"{"schema":1,"edits":[{"kpi":"9-9-99","field":"note","value":"x","edited_at":"t"}]}"#,
    );
    assert_eq!(
        unknown.message(Lang::Ja),
        "1件目: 指標ID「9-9-99」はこのデータにありません。"
    );
    let field = bad(
        r#"{"schema":1,"edits":[{"kpi":"1-1-00","field":"actual_fy2030","value":"1件","edited_at":"t"}]}"#,
    );
    assert!(matches!(field, ImportError::UnknownField { entry: 1, .. }));
    let value = bad(
        r#"{"schema":1,"edits":[{"kpi":"1-1-00","field":"note","value":"ok","edited_at":"t"},{"kpi":"1-1-00","field":"actual_fy2023","value":"<b>x</b>","edited_at":"t"}]}"#,
    );
    assert!(
        value
            .message(Lang::Ja)
            .starts_with("2件目（1-1-00 の 2023年度（令和5年度）実績）"),
        "{}",
        value.message(Lang::Ja)
    );
    let huge = format!(
        "{{\"schema\":1,\"edits\":[],\"pad\":\"{}\"}}",
        "x".repeat(MAX_IMPORT_BYTES)
    );
    assert!(matches!(bad(&huge), ImportError::TooLarge { .. }));
}

#[test]
fn schema_0_files_are_migrated() {
    let data = data();
    let set = read_edits(
        r#"{"1-1-00":{"actual_fy2024":"1,650件","note":"旧形式"}}"#,
        &data,
        T1,
    )
    .unwrap();
    assert_eq!(set.schema, isesaki_kpi::domain::edits::SCHEMA_VERSION);
    assert_eq!(set.get("1-1-00", Field::LaterActual(2024)), Some("1,650件"));
    assert_eq!(set.get("1-1-00", Field::Note), Some("旧形式"));
}

/// A small deterministic generator, so the fuzz cases are the same on every run.
struct XorShift(u64);
impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

#[test]
fn random_inputs_never_panic() {
    let data = data();
    let pieces = [
        "{",
        "}",
        "[",
        "]",
        "\"",
        ":",
        ",",
        "schema",
        "edits",
        "1",
        "0",
        "-1",
        "1e999",
        "null",
        "kpi",
        "field",
        "value",
        "1-1-00",
        "actual_fy2024",
        "note",
        "status",
        "件",
        "万人",
        "男性",
        "％",
        "１",
        "（令和３年度）",
        "※変更前",
        "\\u0000",
        "<script>",
        "\u{FEFF}",
        "edited_at",
        "true",
        ".",
        ",,,",
        "令和",
        "平成元年",
        "H",
        "9999999999999999999999",
    ];
    let mut rng = XorShift(0x1234_5678_9abc_def0);
    for _ in 0..5000 {
        let len = (rng.next() % 24) as usize;
        let text: String = (0..len).map(|_| rng.pick(&pieces)).collect();
        let _ = read_edits(&text, &data, T1);
        for field in Field::all() {
            let _ = validate_field(&data.indicators[(rng.next() % 47) as usize], field, &text);
        }
        let _ = isesaki_kpi::domain::cells::parse::parse_value(&text, Column::Baseline);
        let _ = isesaki_kpi::domain::navigation::view::View::from_query(&text, &data);
    }
    // Valid-looking files with random values still either import cleanly or say why.
    for _ in 0..500 {
        let value = (0..3)
            .map(|_| rng.pick(&pieces))
            .collect::<String>()
            .replace('"', "");
        let text = format!(
            r#"{{"schema":1,"edits":[{{"kpi":"1-1-00","field":"actual_fy2024","value":"{value}","edited_at":"t"}}]}}"#
        );
        match read_edits(&text, &data, T1) {
            Ok(set) => {
                // Accepted means: stored as typed, and shown as a figure in the row's unit.
                assert_eq!(
                    set.get("1-1-00", Field::LaterActual(2024)),
                    Some(value.as_str())
                );
                let merged = apply(&data, &set);
                let added = &row(&merged, "1-1-00").later_actuals[&2024];
                assert_eq!(added.parts.len(), 1, "{value:?}");
                assert_eq!(added.parts[0].unit.as_deref(), Some("件"), "{value:?}");
            }
            Err(e) => assert!(!e.message(Lang::Ja).is_empty()),
        }
    }
}

#[test]
fn charts_draw_actuals_added_for_later_years() {
    use isesaki_kpi::domain::charts::trend::{trend, Role};
    let data = data();
    let mut edits = fresh();
    edits.set(
        "1-1-00",
        Field::LaterActual(2024),
        Some("1,600件".into()),
        T1,
    );
    let merged = apply(&data, &edits);
    let t = trend(row(&merged, "1-1-00"), Lang::Ja);
    let actual = t.series.iter().find(|s| s.role == Role::Actual).unwrap();
    let years: Vec<u16> = actual.points.iter().map(|p| p.period.year).collect();
    assert_eq!(years, [2019, 2022, 2023, 2024]);
    // The projection now starts from FY2024.
    let projection = t
        .series
        .iter()
        .find(|s| s.role == Role::Projection)
        .unwrap();
    assert_eq!(projection.points[0].period.year, 2024);
}
