//! Editions: next year's sheet, filled in from the draft and saved by Excel, becomes the
//! city's figures; the FY2023 sheet stays as it is.

mod support;
use isesaki_kpi::domain::editions::{next_edition, sheet_rows, EditionError};
use isesaki_kpi::domain::edits::sheet_import::SheetImportError;
use isesaki_kpi::domain::edits::{apply, Field};
use isesaki_kpi::domain::exports::csv;
use isesaki_kpi::domain::exports::draft_sheet::DraftSheet;
use isesaki_kpi::domain::exports::draft_sheet_csv::draft_sheet_csv;
use isesaki_kpi::domain::exports::draft_sheet_xlsx::draft_sheet_xlsx;
use isesaki_kpi::domain::progress::progress_measure::{assess, Caution};
use isesaki_kpi::domain::{Dataset, Status};
use support::{edits_made, official_dataset};

const NOW: &str = "2026-12-07T10:00:00.000Z";

/// The draft sheet of `edition` exported as CSV, with cells changed as a department would
/// in Excel, saved as Japanese Excel saves CSV (Shift_JIS, no BOM).
fn filled_as_excel_saves(edition: &Dataset, changes: &[(&str, &str, &str)]) -> Vec<u8> {
    let sheet = DraftSheet::build(edition, edition, None, None);
    let mut rows = csv::parse(&draft_sheet_csv(&sheet));
    let headers = rows.remove(0);
    for (id, header, text) in changes {
        let at = headers
            .iter()
            .position(|h| h == header)
            .unwrap_or_else(|| panic!("{header}"));
        rows.iter_mut().find(|r| r[0] == *id).unwrap()[at] = text.to_string();
    }
    let text = csv::document(&headers, rows);
    let (bytes, _, unmappable) = encoding_rs::SHIFT_JIS.encode(text.trim_start_matches('\u{FEFF}'));
    assert!(!unmappable);
    bytes.into_owned()
}

fn next(previous: &Dataset, bytes: &[u8]) -> Result<Dataset, EditionError> {
    next_edition(previous, sheet_rows(bytes).unwrap(), bytes)
}

fn row<'a>(data: &'a Dataset, id: &str) -> &'a isesaki_kpi::domain::Indicator {
    data.indicators.iter().find(|r| r.id == id).unwrap()
}

#[test]
fn a_filled_sheet_saved_as_shift_jis_becomes_the_next_edition() {
    let fy2023 = official_dataset().unwrap();
    let file = filled_as_excel_saves(
        &fy2023,
        &[
            ("1-1-00", "令和6年度実績（値）", "1600"),
            ("1-1-00", "令和6年度目標（値）", "１，６５０"),
            ("1-2-01", "進捗状況", "◎"),
            ("1-1-00", "①取組", "求人開拓を強化した。"),
        ],
    );
    let fy2024 = next(&fy2023, &file).unwrap();
    assert_eq!(fy2024.fiscal_year, 2024);
    assert!(fy2024.title.starts_with("令和６年度"), "{}", fy2024.title);
    let jobs = row(&fy2024, "1-1-00");
    assert_eq!(jobs.later_actuals[&2024].raw, "1,600件");
    assert_eq!(jobs.later_targets[&2024].raw, "1,650件");
    assert_eq!(jobs.initiatives, "求人開拓を強化した。");
    assert_eq!(jobs.edition, 2024);
    // The city's figure now: no caution that it was added on a device.
    assert!(!jobs.later_is_local(2024));
    assert!(!assess(jobs).parts[0]
        .cautions
        .iter()
        .any(|c| matches!(c, Caution::LocalActual(_))));
    assert_eq!(row(&fy2024, "1-2-01").status, Status::OnTrack);
    // What the new sheet left as it was is the previous edition's, figures and years alike.
    assert_eq!(row(&fy2024, "1-1-01").values, row(&fy2023, "1-1-01").values);
    assert!(row(&fy2024, "1-1-01").later_actuals.is_empty());
    // The earlier edition is untouched.
    assert_eq!(fy2023, official_dataset().unwrap());
}

#[test]
fn a_workbook_made_in_the_app_with_edits_becomes_the_next_edition_with_them() {
    let fy2023 = official_dataset().unwrap();
    let made = edits_made(
        &[
            ("1-1-00", "actual_fy2024", "1,510件"),
            ("3-1-03", "note", "速報値"),
        ],
        NOW,
    );
    let draft = DraftSheet::build(&fy2023, &apply(&fy2023, &made), Some(&made), None);
    let bytes = draft_sheet_xlsx(&draft).unwrap();
    let fy2024 = next(&fy2023, &bytes).unwrap();
    assert_eq!(row(&fy2024, "1-1-00").later_actuals[&2024].raw, "1,510件");
    // A device's note is not the city's.
    assert_eq!(row(&fy2024, "3-1-03").local_note, None);
}

#[test]
fn the_next_draft_holds_the_new_editions_actual_as_the_previous_one() {
    let fy2023 = official_dataset().unwrap();
    let fy2024 = next(
        &fy2023,
        &filled_as_excel_saves(&fy2023, &[("1-1-00", "令和6年度実績（値）", "1600")]),
    )
    .unwrap();
    let draft = DraftSheet::build(&fy2024, &fy2024, None, None);
    assert_eq!(draft.draft_year, 2025);
    assert_eq!(draft.fields[1], Field::LaterActual(2024));
    let fy2025 = next(
        &fy2024,
        &filled_as_excel_saves(&fy2024, &[("1-1-00", "令和7年度実績（値）", "1700")]),
    )
    .unwrap();
    let jobs = row(&fy2025, "1-1-00");
    assert_eq!(
        (
            jobs.later_actuals[&2024].raw.as_str(),
            jobs.later_actuals[&2025].raw.as_str()
        ),
        ("1,600件", "1,700件")
    );
}

#[test]
fn a_sheet_of_another_year_or_with_a_bad_cell_is_refused_with_the_imports_words() {
    let fy2023 = official_dataset().unwrap();
    let fy2024 = next(&fy2023, &filled_as_excel_saves(&fy2023, &[])).unwrap();
    // The FY2024 draft again, placed as FY2025's sheet.
    let again = filled_as_excel_saves(&fy2023, &[("1-1-00", "令和6年度実績（値）", "1600")]);
    let error = next(&fy2024, &again).unwrap_err();
    assert_eq!(
        error,
        EditionError::WrongYear {
            expected: 2025,
            column: "令和7年度実績（値）".into()
        }
    );
    assert!(error
        .to_string()
        .contains("2025年度の検証シートではありません"));
    let bad = filled_as_excel_saves(&fy2023, &[("1-2-01", "令和6年度実績（値）", "abc")]);
    let error = next(&fy2023, &bad).unwrap_err();
    assert!(matches!(
        error,
        EditionError::Sheet(SheetImportError::BadCell { .. })
    ));
    assert!(error.to_string().contains("1-2-01"), "{error}");
    assert!(
        error.to_string().contains("『令和6年度実績（値）』"),
        "{error}"
    );
}

#[test]
fn the_editions_pack_and_unpack_in_order() {
    use isesaki_kpi::domain::editions::{pack_editions, unpack_editions};
    let fy2023 = official_dataset().unwrap();
    let fy2024 = next(
        &fy2023,
        &filled_as_excel_saves(&fy2023, &[("1-1-00", "令和6年度実績（値）", "1600")]),
    )
    .unwrap();
    let packed = pack_editions(&[fy2023.clone(), fy2024.clone()]).unwrap();
    assert_eq!(unpack_editions(&packed).unwrap(), [fy2023.clone(), fy2024]);
    assert_eq!(
        unpack_editions(&pack_editions(&[fy2023.clone()]).unwrap()).unwrap(),
        [fy2023]
    );
}

#[test]
fn the_change_list_names_exactly_the_rows_a_new_sheet_changed() {
    use isesaki_kpi::domain::edition_changes::{changes, CellChange, RowChange};
    use isesaki_kpi::domain::edits::SheetText;
    use isesaki_kpi::domain::Column;
    let fy2023 = official_dataset().unwrap();
    let fy2024 = next(
        &fy2023,
        &filled_as_excel_saves(
            &fy2023,
            &[
                ("1-1-00", "令和6年度実績（値）", "1600"),
                ("1-1-00", "令和6年度目標（値）", "1650"),
                ("1-1-00", "①取組", "求人開拓を強化した。"),
                ("1-1-01", "令和5年度実績（値）", "11100"),
                ("1-1-02", "進捗状況", "順調に進捗"),
            ],
        ),
    )
    .unwrap();
    let list = changes(&fy2023, &fy2024);
    let ids: Vec<&str> = list.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["1-1-00", "1-1-01", "1-1-02"]);
    let RowChange::Changed(jobs) = &list[0].change else {
        panic!("{:?}", list[0])
    };
    let summary: Vec<(Field, String)> = jobs
        .iter()
        .map(|(field, change)| {
            let what = match change {
                CellChange::Added { after } => format!("added {}", after.raw),
                other => format!("{other:?}"),
            };
            (*field, what)
        })
        .collect();
    assert_eq!(
        summary,
        [
            (Field::LaterActual(2024), "added 1,600件".to_string()),
            (Field::LaterTarget(2024), "added 1,650件".to_string()),
            (Field::Text(SheetText::Initiatives), "Text".to_string()),
        ]
    );
    // A figure a later sheet printed differently is a revision, with both values.
    let revised: Vec<_> = list[1].revised().collect();
    assert_eq!(revised.len(), 1);
    assert_eq!(revised[0].0, Field::Value(Column::ActualFy2023));
    assert_eq!(revised[0].1.raw, "11,017億円（令和3年）");
    assert!(
        revised[0].2.raw.starts_with("11,100"),
        "{}",
        revised[0].2.raw
    );
    // Typed without its year, the revised figure keeps the year the cell had (2021's
    // 市内総生産), so nothing reads it as FY2023's.
    assert_eq!(revised[0].2.period, revised[0].1.period);
    assert_eq!(
        row(&fy2024, "1-1-01")
            .values
            .actual_fy2023
            .period
            .map(|p| (p.year, p.fiscal)),
        Some((2021, false))
    );
    // 進捗の遅れ → 順調: the status, and the reason no longer printed beside it.
    let RowChange::Changed(status) = &list[2].change else {
        panic!()
    };
    assert_eq!(
        status[0],
        (
            Field::Status,
            CellChange::Status {
                before: Status::Delayed,
                after: Status::OnTrack
            }
        )
    );
    assert_eq!(
        status[1],
        (Field::Text(SheetText::DelayReason), CellChange::TextRemoved)
    );
    assert!(changes(&fy2023, &fy2023).is_empty());
    // The detail's history: the revision, the edition that made it, the value before.
    use isesaki_kpi::domain::edition_changes::revisions;
    let history = revisions(&[&fy2023, &fy2024], "1-1-01");
    assert_eq!(history.len(), 1);
    assert_eq!(
        (
            history[0].field,
            history[0].edition,
            history[0].before.raw.as_str()
        ),
        (
            Field::Value(Column::ActualFy2023),
            2024,
            "11,017億円（令和3年）"
        )
    );
    assert!(revisions(&[&fy2023, &fy2024], "1-1-00").is_empty());
    assert!(revisions(&[&fy2023], "1-1-01").is_empty());
}

#[test]
fn a_later_figure_drafted_on_a_device_is_superseded_once_an_edition_publishes_it() {
    use isesaki_kpi::domain::edits::superseded;
    let fy2023 = official_dataset().unwrap();
    let fy2024 = next(
        &fy2023,
        &filled_as_excel_saves(&fy2023, &[("1-1-00", "令和6年度実績（値）", "1600")]),
    )
    .unwrap();
    let before = row(&fy2023, "1-1-00");
    let after = row(&fy2024, "1-1-00");
    assert!(!superseded(before, Field::LaterActual(2024)));
    assert!(superseded(after, Field::LaterActual(2024)));
    // Not published: the target of 2024 stayed empty, 2025 is a later year, a note is local.
    assert!(!superseded(after, Field::LaterTarget(2024)));
    assert!(!superseded(after, Field::LaterActual(2025)));
    assert!(!superseded(after, Field::Note));
}

/// The FY2023 draft with one record added for a row the FY2024 sheet introduces, saved as
/// Japanese Excel saves CSV.
fn with_added_row(edition: &Dataset, record: &[(&str, &str)]) -> Vec<u8> {
    let sheet = DraftSheet::build(edition, edition, None, None);
    let mut rows = csv::parse(&draft_sheet_csv(&sheet));
    let headers = rows.remove(0);
    let mut added = vec![String::new(); headers.len()];
    for (header, text) in record {
        let at = headers
            .iter()
            .position(|h| h == header)
            .unwrap_or_else(|| panic!("{header}"));
        added[at] = text.to_string();
    }
    rows.push(added);
    let text = csv::document(&headers, rows);
    let (bytes, _, _) = encoding_rs::SHIFT_JIS.encode(text.trim_start_matches('\u{FEFF}'));
    bytes.into_owned()
}

#[test]
fn a_row_the_new_sheet_adds_is_a_series_of_its_own() {
    use isesaki_kpi::domain::edition_changes::{changes, RowChange};
    use isesaki_kpi::domain::Kind;
    let fy2023 = official_dataset().unwrap();
    let file = with_added_row(
        &fy2023,
        &[
            ("指標ID", "2-1-10"),
            ("種別", "数値目標"),
            ("基本目標", "2-1"),
            ("指標名", "年少人口"),
            ("基準値（シートの表記）", "29,000人（令和元年）"),
            ("令和6年度実績（値）", "27500"),
            ("令和6年度実績（単位）", "人"),
            ("最終目標（シートの表記）", "26,000人（令和8年）"),
            ("進捗状況", "概ね順調に進捗"),
            ("担当課", "こども未来課"),
        ],
    );
    let fy2024 = next(&fy2023, &file).unwrap();
    let young = row(&fy2024, "2-1-10");
    assert_eq!(
        (young.kind, young.subgoal.as_str(), young.measure),
        (Kind::NumericalTarget, "2-1", None)
    );
    assert_eq!(young.later_actuals[&2024].raw, "27,500人");
    assert_eq!(young.values.baseline.raw, "29,000人（令和元年）");
    assert!(!young.higher_is_better, "a final target below the baseline");
    assert_eq!(young.department, "こども未来課");
    let list = changes(&fy2023, &fy2024);
    assert_eq!(list.last().unwrap().id, "2-1-10");
    assert_eq!(list.last().unwrap().change, RowChange::New);
    // A place the sheet does not have is named.
    let nowhere = with_added_row(
        &fy2023,
        &[
            ("指標ID", "9-9-01"),
            ("基本目標", "9-9"),
            ("指標名", "どこにもない指標"),
        ],
    );
    let error = next(&fy2023, &nowhere).unwrap_err();
    assert!(
        error.to_string().contains("「9-9」がシートにありません"),
        "{error}"
    );
}

#[test]
fn the_achievement_compares_the_latest_year_the_city_published_an_actual_and_a_target_for() {
    use isesaki_kpi::domain::charts::achievement::{achievement_chart, chart_year};
    use isesaki_kpi::domain::i18n::Lang;
    use isesaki_kpi::domain::progress::achievement::{achievement, achievement_basis};
    let fy2023 = official_dataset().unwrap();
    let fy2024 = next(
        &fy2023,
        &filled_as_excel_saves(
            &fy2023,
            &[
                ("1-1-00", "令和6年度実績（値）", "1600"),
                ("1-1-00", "令和6年度目標（値）", "1650"),
                // An actual without its year's target: the FY2023 columns still compare.
                ("1-1-01", "令和6年度実績（値）", "12000"),
            ],
        ),
    )
    .unwrap();
    let jobs = row(&fy2024, "1-1-00");
    assert_eq!(achievement_basis(jobs).year, 2024);
    let ratio = achievement(jobs).unwrap();
    assert!((ratio - 1600.0 / 1650.0).abs() < 1e-9, "{ratio}");
    assert_eq!(achievement_basis(row(&fy2024, "1-1-01")).year, 2023);
    // The same figures drafted on a device are not the city's: FY2023 compares.
    let drafted = edits_made(
        &[
            ("1-1-00", "actual_fy2024", "1,600件"),
            ("1-1-00", "target_fy2024", "1,650件"),
        ],
        NOW,
    );
    let shown = apply(&fy2023, &drafted);
    assert_eq!(achievement_basis(row(&shown, "1-1-00")).year, 2023);
    // The chart is about the year most rows compare; a row of another year says which.
    assert_eq!(chart_year(fy2024.indicators.iter()), 2023);
    let chart = achievement_chart(&fy2024, Lang::Ja);
    let table = &chart.spec.table.rows;
    let jobs_row = table.iter().find(|r| r[0].contains("新規求人数")).unwrap();
    assert!(jobs_row[1].contains("2024年度の実績と目標"), "{jobs_row:?}");
    assert!(
        chart.spec.summary.contains("2023年度（令和5年度）の目標"),
        "{}",
        chart.spec.summary
    );
}

/// The draft sheet of `edition` saved as Japanese Excel saves CSV, with the rows `dropped`
/// deleted, as the city does when it no longer reports an indicator.
fn with_rows_deleted(edition: &Dataset, dropped: &[&str]) -> Vec<u8> {
    let sheet = DraftSheet::build(edition, edition, None, None);
    let mut rows = csv::parse(&draft_sheet_csv(&sheet));
    let headers = rows.remove(0);
    rows.retain(|r| !dropped.contains(&r[0].as_str()));
    let text = csv::document(&headers, rows);
    let (bytes, _, _) = encoding_rs::SHIFT_JIS.encode(text.trim_start_matches('\u{FEFF}'));
    bytes.into_owned()
}

#[test]
fn a_row_the_new_sheet_leaves_out_ends_with_the_edition_before() {
    use isesaki_kpi::domain::edition_changes::{changes, RowChange};
    let fy2023 = official_dataset().unwrap();
    // From FY2024 「年少人口」 replaces 2-1-00 and 2-1-01 (the sheet's footnote).
    let fy2024 = next(&fy2023, &with_rows_deleted(&fy2023, &["2-1-00", "2-1-01"])).unwrap();
    assert_eq!(fy2024.indicators.len(), fy2023.indicators.len() - 2);
    assert!(!fy2024
        .indicators
        .iter()
        .any(|r| r.id == "2-1-00" || r.id == "2-1-01"));
    let list = changes(&fy2023, &fy2024);
    let gone: Vec<&str> = list
        .iter()
        .filter(|c| matches!(c.change, RowChange::Gone))
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(gone, ["2-1-00", "2-1-01"]);
    // The FY2023 edition still has them.
    assert!(fy2023.indicators.iter().any(|r| r.id == "2-1-00"));

    // A department's part of the sheet is not an edition.
    let ids: Vec<String> = fy2023
        .indicators
        .iter()
        .skip(10)
        .map(|r| r.id.clone())
        .collect();
    let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
    let error = next(&fy2023, &with_rows_deleted(&fy2023, &ids)).unwrap_err();
    assert_eq!(
        error,
        EditionError::TooFewRows {
            found: 10,
            expected: 47
        }
    );
    assert!(error
        .message(isesaki_kpi::domain::i18n::Lang::Ja)
        .contains("47行のうち10行しかありません"));
}
