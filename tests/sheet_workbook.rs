//! The draft sheet as an Excel workbook and back: what the workbook holds (text IDs,
//! numbers as numbers, a frozen header, the computed block on a sheet of its own), a round
//! trip that brings back the same edits, a workbook filled in Excel, and the errors.

mod support;
use std::io::Read;

use calamine::{Data, Reader, Xlsx};
use isesaki_kpi::domain::edits::input::InputError;
use isesaki_kpi::domain::edits::sheet_import::{read_sheet, SheetImportError};
use isesaki_kpi::domain::edits::workbook_reader::{
    looks_like_workbook, read_workbook, workbook_rows,
};
use isesaki_kpi::domain::edits::{apply, EditSet, Field, SheetText};
use isesaki_kpi::domain::exports::draft_sheet::DraftSheet;
use isesaki_kpi::domain::exports::draft_sheet_csv::draft_sheet_csv;
use isesaki_kpi::domain::exports::draft_sheet_xlsx::{
    draft_sheet_xlsx, COMPUTED_SHEET, FILL_SHEET,
};
use isesaki_kpi::domain::{Column, Dataset};
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
use support::{edits_made, official_dataset};

const NOW: &str = "2026-12-07T10:00:00.000Z";

fn data() -> Dataset {
    official_dataset().unwrap()
}

/// Edits as a file or the storage holds them: `(kpi, field, value)`.
fn edits(entries: &[(&str, &str, &str)]) -> EditSet {
    edits_made(entries, NOW)
}

fn draft(official: &Dataset, set: Option<&EditSet>) -> DraftSheet {
    let shown = set.map_or_else(|| official.clone(), |set| apply(official, set));
    DraftSheet::build(official, &shown, set, None)
}

/// A fresh device (no edits) reading `bytes`.
fn read(bytes: &[u8]) -> Result<EditSet, SheetImportError> {
    let official = data();
    read_workbook(bytes, &draft(&official, None), &official, NOW)
}

fn sheet_xml(bytes: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut xml = String::new();
    zip.by_name(name).unwrap().read_to_string(&mut xml).unwrap();
    xml
}

#[test]
fn the_workbook_keeps_ids_as_text_and_figures_as_numbers_under_a_frozen_header() {
    let official = data();
    let bytes = draft_sheet_xlsx(&draft(&official, None)).unwrap();
    assert!(looks_like_workbook(&bytes));
    let mut book = Xlsx::new(std::io::Cursor::new(bytes.clone())).unwrap();
    assert_eq!(book.sheet_names(), [FILL_SHEET, COMPUTED_SHEET]);
    let fill = book.worksheet_range(FILL_SHEET).unwrap();
    let headers: Vec<String> = fill
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(|c| c.to_string())
        .collect();
    let at = |name: &str| {
        headers
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("{name}"))
    };
    let row = fill
        .rows()
        .find(|r| r[0] == Data::String("1-1-00".into()))
        .expect("1-1-00 as text");
    assert_eq!(row[at("基準値（値）")], Data::Float(1563.0));
    assert_eq!(row[at("基準値（単位）")], Data::String("件".into()));
    assert_eq!(row[at("基準値（対象年（西暦））")], Data::Float(2019.0));
    assert_eq!(row[at("進捗状況")], Data::String("概ね順調に進捗".into()));
    // The app's own columns are not among those departments fill in.
    assert!(headers
        .iter()
        .all(|h| h != "進捗の評価" && !h.contains("アプリ")));
    // 47 rows, two in two parts, under one header.
    assert_eq!(fill.rows().count(), 50);

    let computed = book.worksheet_range(COMPUTED_SHEET).unwrap();
    let mut rows = computed.rows();
    let note = rows.next().unwrap()[0].to_string();
    assert!(
        note.contains("アプリが計算した参考値") && note.contains("記入は不要"),
        "{note}"
    );
    let headers: Vec<String> = rows.next().unwrap().iter().map(|c| c.to_string()).collect();
    assert_eq!(&headers[..4], ["指標ID", "指標名", "内訳", "進捗の評価"]);

    // Frozen header, a filter, and the ID column formatted as text for what is typed later.
    let xml = sheet_xml(&bytes, "xl/worksheets/sheet1.xml");
    assert!(
        xml.contains(r#"state="frozen""#) && xml.contains(r#"topLeftCell="B2""#),
        "{xml:.600}"
    );
    assert!(xml.contains("<autoFilter"));
    assert!(
        xml.contains("<dataValidation"),
        "a list of statuses on 進捗状況"
    );
    let styles = sheet_xml(&bytes, "xl/styles.xml");
    assert!(
        styles.contains(r#"formatCode="@""#),
        "a text format for IDs"
    );
}

#[test]
fn an_unchanged_workbook_changes_nothing() {
    let official = data();
    let bytes = draft_sheet_xlsx(&draft(&official, None)).unwrap();
    assert_eq!(read(&bytes).unwrap().active_count(), 0);
}

#[test]
fn a_sheet_exported_with_edits_brings_them_back_on_a_fresh_device() {
    let official = data();
    let made = edits(&[
        ("1-1-00", "actual_fy2024", "1,510件"),
        ("1-1-00", "target_fy2024", "1,600件"),
        ("1-2-01", "status", "on_track"),
        ("1-2-01", "initiatives", "観光PRを強化した。\n二行目。"),
        ("2-2-03", "actual_fy2024", "小学校 96.1%、中学校 95.0%"),
        ("3-1-03", "note", "速報値"),
    ]);
    let values = |set: &EditSet| {
        let mut all: Vec<(String, Field, Option<String>)> = set
            .active()
            .map(|e| (e.kpi.clone(), e.field, e.value.clone()))
            .collect();
        all.sort_by(|a, b| format!("{a:?}").cmp(&format!("{b:?}")));
        all
    };
    let exported = draft(&official, Some(&made));
    let from_workbook = read(&draft_sheet_xlsx(&exported).unwrap()).unwrap();
    assert_eq!(values(&from_workbook), values(&made));
    let csv = draft_sheet_csv(&exported);
    let from_csv = read_sheet(&csv, &draft(&official, None), &official, NOW).unwrap();
    assert_eq!(values(&from_csv), values(&made));
}

/// The exported workbook's fill sheet, with `changes` made as a department would in
/// Excel, saved again: numbers as numbers, the ID of `date_id` turned into a date.
fn filled(changes: &[(&str, &str, &str)], date_id: Option<&str>) -> Vec<u8> {
    let official = data();
    let bytes = draft_sheet_xlsx(&draft(&official, None)).unwrap();
    let mut rows = workbook_rows(&bytes).unwrap();
    let headers = rows[0].1.clone();
    for (id, header, text) in changes {
        let at = headers.iter().position(|h| h == header).unwrap();
        let row = rows.iter_mut().find(|(_, r)| r[0] == *id).unwrap();
        row.1[at] = text.to_string();
    }
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    let date = Format::new().set_num_format("yyyy/m/d");
    for (r, (_, cells)) in rows.iter().enumerate() {
        for (c, cell) in cells.iter().enumerate() {
            let (r, c) = (r as u32, c as u16);
            if c == 0 && Some(cell.as_str()) == date_id {
                let day = ExcelDateTime::from_ymd(2000, 1, 1).unwrap();
                sheet.write_datetime_with_format(r, c, day, &date).unwrap();
            } else if let Ok(number) = cell.parse::<f64>() {
                sheet.write_number(r, c, number).unwrap();
            } else if !cell.is_empty() {
                sheet.write_string(r, c, cell).unwrap();
            }
        }
    }
    book.save_to_buffer().unwrap()
}

const ACTUAL: &str = "令和6年度実績（値）";

#[test]
fn a_percentage_typed_into_excel_is_read_as_the_percentage_shown() {
    // 「96.5%」 typed in a 値 cell: Excel stores 0.965 and shows it as a percentage.
    let official = data();
    let bytes = draft_sheet_xlsx(&draft(&official, None)).unwrap();
    let rows = workbook_rows(&bytes).unwrap();
    let headers = rows[0].1.clone();
    let at = headers.iter().position(|h| h == ACTUAL).unwrap();
    let line = rows.iter().position(|(_, r)| r[0] == "2-1-02").unwrap();
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    let percent = Format::new().set_num_format("0.0%");
    for (r, (_, cells)) in rows.iter().enumerate() {
        for (c, cell) in cells.iter().enumerate() {
            sheet.write_string(r as u32, c as u16, cell).unwrap();
        }
    }
    sheet
        .write_number_with_format(line as u32, at as u16, 0.965, &percent)
        .unwrap();
    let set = read(&book.save_to_buffer().unwrap()).unwrap();
    assert_eq!(set.get("2-1-02", Field::LaterActual(2024)), Some("96.5%"));
}

#[test]
fn figures_and_texts_typed_in_excel_are_read_as_the_row_form_reads_them() {
    let bytes = filled(
        &[
            ("1-1-00", ACTUAL, "1600"),
            ("1-1-01", ACTUAL, "１１，２００"),
            ("1-2-01", "進捗状況", "◎"),
            ("1-2-01", "②課題", "宿泊客の伸びが小さい。"),
        ],
        Some("1-1-03"),
    );
    let set = read(&bytes).unwrap();
    assert_eq!(set.get("1-1-00", Field::LaterActual(2024)), Some("1,600件"));
    assert_eq!(
        set.get("1-1-01", Field::LaterActual(2024)),
        Some("11,200億円")
    );
    assert_eq!(set.get("1-2-01", Field::Status), Some("on_track"));
    assert_eq!(
        set.get("1-2-01", Field::Text(SheetText::Challenges)),
        Some("宿泊客の伸びが小さい。")
    );
    // The row whose ID became a date is still found (by its name), and unchanged.
    assert_eq!(set.active_count(), 4);
    assert!(set.get("1-1-03", Field::Status).is_none());
    assert!(set
        .get("1-1-00", Field::Value(Column::ActualFy2023))
        .is_none());
}

#[test]
fn a_bad_cell_in_a_workbook_is_named_by_row_and_column_and_nothing_is_read() {
    let bytes = filled(
        &[("1-2-01", ACTUAL, "abc"), ("1-1-00", ACTUAL, "1600")],
        None,
    );
    match read(&bytes) {
        Err(SheetImportError::BadCell {
            id,
            column,
            text,
            error,
            ..
        }) => {
            assert_eq!(
                (id.as_str(), column.as_str(), text.as_str()),
                ("1-2-01", ACTUAL, "abc")
            );
            assert!(matches!(error, InputError::NoFigure { .. }), "{error:?}");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_damaged_foreign_or_incomplete_workbook_says_so() {
    assert_eq!(
        read(b"PK\x03\x04 not really a zip").unwrap_err(),
        SheetImportError::NotAWorkbook
    );
    let mut book = Workbook::new();
    book.add_worksheet().write_string(0, 0, "売上").unwrap();
    assert_eq!(
        read(&book.save_to_buffer().unwrap()).unwrap_err(),
        SheetImportError::NotASheet
    );
    let official = data();
    let bytes = draft_sheet_xlsx(&draft(&official, None)).unwrap();
    let mut rows = workbook_rows(&bytes).unwrap();
    let name = rows[0].1.iter().position(|h| h == "指標名").unwrap();
    rows[0].1[name] = "なまえ".into();
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    for (r, (_, cells)) in rows.iter().enumerate() {
        for (c, cell) in cells.iter().enumerate() {
            sheet.write_string(r as u32, c as u16, cell).unwrap();
        }
    }
    assert_eq!(
        read(&book.save_to_buffer().unwrap()).unwrap_err(),
        SheetImportError::MissingColumn("指標名".into())
    );
}
