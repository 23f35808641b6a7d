//! CSV for spreadsheets, safe to open. A spreadsheet runs a cell as a formula when it
//! begins with `=`, `+`, `-` or `@`, and some do so after a leading TAB or CR or spaces
//! (OWASP, "CSV Injection"). Every text cell is therefore neutralised with a leading `'`
//! when, after any leading whitespace, it begins with one of `= + - @`, or when it begins
//! with TAB or CR: the sheet's own cells, names and every edit, imported notes included.
//!
//! Two kinds of cell stay as they are:
//! - a lone `-` (after trimming), the sheet's "no value" placeholder, which no
//!   spreadsheet runs;
//! - figures the app computes itself (`CsvCell::Percent`). They hold no text from anyone,
//!   so a negative one would stay a number (`-12%`) rather than become the text `'-12%`.
//!   No column holds a negative figure today: achievement is a ratio of positive figures.

use crate::domain::format::percent;

/// One cell of a CSV row, by where its content comes from.
#[derive(Debug, Clone, PartialEq)]
pub enum CsvCell {
    /// Text from the sheet, a person or a file: neutralised.
    Text(String),
    /// A ratio the app computed, written as a percentage.
    Percent(f64),
}

/// The text as a spreadsheet will read it: a formula-like start gets a leading `'`.
pub fn neutralised(text: &str) -> String {
    let formula_start = text.starts_with(['\t', '\r']) || text.trim_start().starts_with(['=', '+', '-', '@']);
    if formula_start && text.trim() != "-" {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

/// One CSV line ending in CRLF, each cell quoted when it holds a comma, quote or newline.
pub fn csv_line(cells: &[CsvCell]) -> String {
    let written: Vec<String> = cells
        .iter()
        .map(|cell| {
            let text = match cell {
                CsvCell::Text(text) => neutralised(text),
                CsvCell::Percent(ratio) => percent(*ratio),
            };
            if text.contains([',', '"', '\n', '\r']) {
                format!("\"{}\"", text.replace('"', "\"\""))
            } else {
                text
            }
        })
        .collect();
    format!("{}\r\n", written.join(","))
}
