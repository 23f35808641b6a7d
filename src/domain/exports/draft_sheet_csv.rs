//! The draft sheet as CSV for Excel and other systems (`draft_sheet_table`'s table, written
//! with `csv`: BOM, CRLF, formula-safe cells). The app's own columns are headed
//! 【アプリの計算】 so that no department takes them for a field to fill in.

use crate::domain::exports::csv;
use crate::domain::exports::draft_sheet::DraftSheet;
use crate::domain::exports::draft_sheet_table::{table, TableCell};

/// Marks a column the app computed (the progress measure, docs/progress-method.md).
pub const COMPUTED: &str = "【アプリの計算】";

/// The file's name: what it is, the drafted year, the department when narrowed, the date;
/// `extension` without its dot.
pub fn file_name(sheet: &DraftSheet, date: &str, extension: &str) -> String {
    let department = sheet
        .department
        .as_deref()
        .map_or(String::new(), |d| format!("-{d}"));
    format!(
        "isesaki-kpi-draft-sheet-fy{}{department}-{date}.{extension}",
        sheet.draft_year
    )
}

/// The whole file.
pub fn draft_sheet_csv(sheet: &DraftSheet) -> String {
    let table = table(sheet);
    let headers: Vec<String> = table
        .columns
        .iter()
        .enumerate()
        .map(|(at, column)| {
            if at >= table.computed_from {
                format!("{COMPUTED}{}", column.header)
            } else {
                column.header.clone()
            }
        })
        .collect();
    csv::document(
        &headers,
        table
            .records
            .iter()
            .map(|record| record.iter().map(TableCell::text).collect()),
    )
}
