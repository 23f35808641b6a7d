//! The draft sheet filled in Excel and read back: encodings, Excel's ways of writing
//! numbers and ids, and the errors a department can fix.

mod support;
use isesaki_kpi::domain::edits::input::InputError;
use isesaki_kpi::domain::edits::sheet_import::{
    decode, looks_like_sheet, read_sheet, SheetImportError,
};
use isesaki_kpi::domain::edits::{EditSet, Field, SheetText};
use isesaki_kpi::domain::exports::csv;
use isesaki_kpi::domain::exports::draft_sheet::DraftSheet;
use isesaki_kpi::domain::exports::draft_sheet_csv::draft_sheet_csv;
use isesaki_kpi::domain::i18n::Lang;
use isesaki_kpi::domain::{Column, Dataset};
use support::official_dataset;

fn sheet(data: &Dataset) -> DraftSheet {
    DraftSheet::build(data, data, None, None)
}

/// The exported CSV with some cells changed, as a department would in Excel.
fn filled(data: &Dataset, changes: &[(&str, &str, &str)]) -> String {
    let mut rows = csv::parse(&draft_sheet_csv(&sheet(data)));
    let headers = rows.remove(0);
    for (id, header, text) in changes {
        let at = headers
            .iter()
            .position(|h| h == header)
            .unwrap_or_else(|| panic!("no column {header}"));
        let row = rows.iter_mut().find(|r| r[0] == *id).unwrap();
        row[at] = text.to_string();
    }
    csv::document(&headers, rows)
}

fn read(data: &Dataset, text: &str) -> Result<EditSet, SheetImportError> {
    read_sheet(text, &sheet(data), data, "2026-12-07T00:00:00Z")
}

const ACTUAL: &str = "令和5年度実績（値）";

#[test]
fn an_unchanged_export_changes_nothing() {
    let data = official_dataset().unwrap();
    let text = draft_sheet_csv(&sheet(&data));
    assert!(looks_like_sheet(&text));
    assert_eq!(read(&data, &text).unwrap().active_count(), 0);
}

#[test]
fn a_number_typed_in_excel_becomes_the_figure_with_its_unit() {
    let data = official_dataset().unwrap();
    for typed in ["1600", "1,600", "１，６００", "1600件", "１６００"] {
        let set = read(&data, &filled(&data, &[("1-1-00", ACTUAL, typed)])).unwrap();
        assert_eq!(set.active_count(), 1, "{typed}");
        assert_eq!(
            set.get("1-1-00", Field::Value(Column::ActualFy2023)),
            Some("1,600件"),
            "{typed}"
        );
    }
}

#[test]
fn shift_jis_as_japanese_excel_saves_it_reads_like_utf8() {
    let data = official_dataset().unwrap();
    let text = filled(
        &data,
        &[
            ("1-1-00", ACTUAL, "1600"),
            ("1-1-00", "①取組", "求人開拓を強化した。"),
        ],
    );
    let without_bom = text.trim_start_matches('\u{FEFF}');
    let (bytes, _, unmappable) = encoding_rs::SHIFT_JIS.encode(without_bom);
    assert!(!unmappable);
    let decoded = decode(&bytes).unwrap();
    let set = read(&data, &decoded).unwrap();
    assert_eq!(
        set.get("1-1-00", Field::Value(Column::ActualFy2023)),
        Some("1,600件")
    );
    assert_eq!(
        set.get("1-1-00", Field::Text(SheetText::Initiatives)),
        Some("求人開拓を強化した。")
    );
    // UTF-8 with and without its BOM.
    assert_eq!(decode(text.as_bytes()).unwrap(), without_bom);
    assert_eq!(decode(without_bom.as_bytes()).unwrap(), without_bom);
    assert_eq!(
        decode(&[0x82, 0xa0, 0xff, 0xff]),
        Err(SheetImportError::NotText)
    );
}

#[test]
fn an_id_excel_turned_into_a_date_is_found_by_its_name() {
    let data = official_dataset().unwrap();
    let text = filled(
        &data,
        &[("1-1-00", ACTUAL, "1600"), ("1-1-00", "指標ID", "2000/1/1")],
    );
    let set = read(&data, &text).unwrap();
    assert_eq!(
        set.get("1-1-00", Field::Value(Column::ActualFy2023)),
        Some("1,600件")
    );
}

#[test]
fn a_status_and_a_text_changed_in_excel_are_edits() {
    let data = official_dataset().unwrap();
    let text = filled(&data, &[("1-2-01", "進捗状況", "順調に進捗")]);
    let set = read(&data, &text).unwrap();
    assert_eq!(set.get("1-2-01", Field::Status), Some("on_track"));
}

#[test]
fn a_bad_cell_is_named_by_row_and_column_and_nothing_is_read() {
    let data = official_dataset().unwrap();
    let text = filled(
        &data,
        &[("1-1-00", ACTUAL, "1600"), ("1-2-01", ACTUAL, "abc")],
    );
    let error = read(&data, &text).unwrap_err();
    let SheetImportError::BadCell {
        id, column, text, ..
    } = &error
    else {
        panic!("{error:?}");
    };
    assert_eq!(
        (id.as_str(), column.as_str(), text.as_str()),
        ("1-2-01", ACTUAL, "abc")
    );
    let message = error.message(Lang::Ja);
    assert!(message.starts_with("1-2-01 "), "{message}");
    assert!(message.contains("の『令和5年度実績（値）』: "), "{message}");
    let status = filled(&data, &[("1-1-00", "進捗状況", "たぶん順調")]);
    assert!(matches!(
        read(&data, &status),
        Err(SheetImportError::BadCell {
            error: InputError::UnknownStatus,
            ..
        })
    ));
}

#[test]
fn a_file_that_is_not_the_sheet_says_so() {
    let data = official_dataset().unwrap();
    assert_eq!(
        read(&data, "a,b\r\n1,2\r\n").unwrap_err(),
        SheetImportError::NotASheet
    );
    let text = draft_sheet_csv(&sheet(&data)).replace("指標名", "なまえ");
    assert_eq!(
        read(&data, &text).unwrap_err(),
        SheetImportError::MissingColumn("指標名".into())
    );
    let unknown = filled(
        &data,
        &[
            ("1-1-00", "指標名", "ない指標"),
            ("1-1-00", "指標ID", "9-9-99"),
        ],
    );
    assert!(
        matches!(read(&data, &unknown), Err(SheetImportError::UnknownIndicator { id, .. }) if id == "9-9-99")
    );
}

#[test]
fn the_draft_is_next_years_sheet_with_the_drafted_years_actual_and_target() {
    let mut data = official_dataset().unwrap();
    let names = |data: &Dataset| {
        sheet(data)
            .fields
            .map(isesaki_kpi::domain::exports::draft_sheet::column_name_ja)
    };
    assert_eq!(
        names(&data),
        [
            "基準値",
            "令和5年度実績",
            "令和6年度実績",
            "令和6年度目標",
            "最終目標"
        ]
    );
    // The drafted year follows the published sheet's: next year's draft is FY2025's.
    data.fiscal_year += 1;
    assert_eq!(names(&data)[2..4], ["令和7年度実績", "令和7年度目標"]);
}

#[test]
fn a_target_for_the_drafted_year_typed_in_excel_is_read() {
    let data = official_dataset().unwrap();
    let text = filled(
        &data,
        &[
            ("1-1-00", "令和6年度目標（値）", "1650"),
            ("1-1-00", "令和6年度実績（値）", "1610"),
        ],
    );
    let set = read(&data, &text).unwrap();
    assert_eq!(set.get("1-1-00", Field::LaterTarget(2024)), Some("1,650件"));
    assert_eq!(set.get("1-1-00", Field::LaterActual(2024)), Some("1,610件"));
    // And what is read is what the sheet then shows.
    let shown = isesaki_kpi::domain::edits::apply(&data, &set);
    let draft = DraftSheet::build(&data, &shown, Some(&set), None);
    let row = draft.rows.iter().find(|r| r.id == "1-1-00").unwrap();
    assert_eq!(
        row.figures[3].shown.as_ref().map(|v| v.raw.as_str()),
        Some("1,650件")
    );
    assert!(row.figures[3].edited);
    assert_eq!(
        Field::from_key("target_fy2024"),
        Some(Field::LaterTarget(2024))
    );
}
