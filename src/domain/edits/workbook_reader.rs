//! A filled draft sheet saved by Excel as .xlsx, read into the same rows of text as its CSV,
//! so that one reader (`sheet_import`) takes both. Only the `spreadsheet` module, fetched
//! when a workbook is chosen, reaches this code.

use std::io::Cursor;

use calamine::{Data, Reader, Style, Xlsx, XlsxError};

use crate::domain::edits::sheet_import::{read_rows, SheetImportError, ID_HEADER};
use crate::domain::edits::{DeviceId, EditSet};
use crate::domain::exports::csv;
use crate::domain::exports::draft_sheet::DraftSheet;
use crate::domain::exports::draft_sheet_xlsx::COMPUTED_SHEET;
use crate::domain::model::Dataset;

/// True for a zip file's first bytes, which every .xlsx has.
pub fn looks_like_workbook(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
}

/// Reads a filled draft sheet saved as .xlsx into edits against `sheet`, as
/// [`read_rows`] reads its CSV.
pub fn read_workbook(
    bytes: &[u8],
    sheet: &DraftSheet,
    official: &Dataset,
    now: &str,
) -> Result<EditSet, SheetImportError> {
    let rows = workbook_rows(bytes)?;
    read_rows(
        rows,
        DeviceId::for_unnamed_file(bytes),
        sheet,
        official,
        now,
    )
}

/// The rows of the workbook's sheet that holds the draft (the first one with a 指標ID header
/// other than the app's computed block), each with its line number as Excel shows it.
pub fn workbook_rows(bytes: &[u8]) -> Result<Vec<(usize, Vec<String>)>, SheetImportError> {
    let mut book = Xlsx::new(Cursor::new(bytes)).map_err(|error| match error {
        XlsxError::Password => SheetImportError::Protected,
        _ => SheetImportError::NotAWorkbook,
    })?;
    for name in book.sheet_names() {
        if name == COMPUTED_SHEET {
            continue;
        }
        let Ok(range) = book.worksheet_range(&name) else {
            continue;
        };
        let styles = book.worksheet_style(&name).ok();
        let (top, left) = range.start().unwrap_or((0, 0));
        let rows: Vec<(usize, Vec<String>)> = range
            .rows()
            .enumerate()
            .map(|(at, cells)| {
                let row = top + at as u32;
                // Columns left of the used range are empty: keep positions as Excel shows.
                let mut texts = vec![String::new(); left as usize];
                texts.extend(cells.iter().enumerate().map(|(column, cell)| {
                    let style = styles
                        .as_ref()
                        .and_then(|s| s.get((row, left + column as u32)));
                    cell_text(cell, style.is_some_and(is_percent))
                }));
                (row as usize + 1, texts)
            })
            .filter(|(_, cells)| cells.iter().any(|c| !c.trim().is_empty()))
            .collect();
        if rows
            .iter()
            .any(|(_, cells)| cells.iter().any(|c| c.trim() == ID_HEADER))
        {
            return Ok(rows);
        }
    }
    Err(SheetImportError::NotASheet)
}

/// A cell as the CSV of the same sheet would hold it: a number without separators, an
/// error as Excel shows it (#VALUE!), a date as its serial number (an ID Excel turned into
/// a date no longer names its row; the name and 内訳 do). Excel stores 「85.0%」 typed into
/// a cell as 0.85 shown as a percentage: it is read as the 85% a person sees.
fn cell_text(cell: &Data, percent: bool) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(text) | Data::DateTimeIso(text) | Data::DurationIso(text) => text.clone(),
        Data::Float(value) if percent => format!("{}%", csv::number(value * 100.0)),
        Data::Int(value) if percent => format!("{}%", value * 100),
        Data::Float(value) => csv::number(*value),
        Data::Int(value) => value.to_string(),
        Data::Bool(value) => if *value { "TRUE" } else { "FALSE" }.to_string(),
        Data::DateTime(date) => csv::number(date.as_f64()),
        Data::Error(error) => error.to_string(),
    }
}

/// Excel's percentage formats: built-in 9 (0%) and 10 (0.00%), or any code with a `%`.
fn is_percent(style: &Style) -> bool {
    style.number_format.as_ref().is_some_and(|format| {
        matches!(format.format_id, Some(9 | 10)) || format.format_code.contains('%')
    })
}
