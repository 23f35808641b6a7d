//! CSV as spreadsheets and other systems read it: UTF-8 with a byte-order mark (so Excel
//! opens Japanese correctly), CRLF line ends, quoting where needed, and cells that a
//! spreadsheet would run as a formula neutralised.

/// A whole file: the BOM, the header line, then one line per row.
pub fn document(headers: &[String], rows: impl IntoIterator<Item = Vec<String>>) -> String {
    let mut out = String::from("\u{FEFF}");
    out.push_str(&line(headers));
    for row in rows {
        out.push_str(&line(&row));
    }
    out
}

/// One record, ending in CRLF.
pub fn line(cells: &[String]) -> String {
    let quoted: Vec<String> = cells.iter().map(|c| quote(&neutralise(c))).collect();
    format!("{}\r\n", quoted.join(","))
}

/// A cell that starts (after any leading whitespace) with `=`, `+`, `-`, `@`, a TAB or a
/// CR would run as a formula in a spreadsheet; a leading quote mark keeps it text (OWASP's
/// CSV-injection advice). A lone `-` (the sheet's "no figure") stays as printed, and plain
/// numbers are written by [`number`] without a sign problem: the sheet has no negatives.
pub fn neutralise(cell: &str) -> String {
    let first = cell.trim_start_matches([' ', '\u{3000}']).chars().next();
    let risky = matches!(first, Some('=' | '+' | '-' | '@' | '\t' | '\r'));
    if risky && cell != "-" {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

fn quote(cell: &str) -> String {
    if cell.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.to_string()
    }
}

/// A figure for machines: no thousands separators, no unit, no trailing zeros (1563, 79.4).
pub fn number(value: f64) -> String {
    let rounded = (value * 1e6).round() / 1e6;
    format!("{rounded}")
}
