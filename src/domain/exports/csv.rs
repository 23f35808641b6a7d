//! CSV as spreadsheets and other systems read it: UTF-8 with a byte-order mark (so Excel
//! opens Japanese correctly), CRLF line ends, quoting where needed, and cells that a
//! spreadsheet would run as a formula neutralised; and CSV read back as Excel saves it.

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

/// A cell that a spreadsheet would run as a formula gets a leading quote mark, which keeps
/// it text (OWASP's CSV-injection advice): one that begins with a TAB or a CR, or whose
/// first character after any leading whitespace (spaces, U+3000, line breaks) is `=`, `+`,
/// `-` or `@`. Every cell goes through here: the sheet's own text, names, and every local
/// edit, notes imported from a file included.
///
/// Left as they are: a lone `-` (the sheet's "no figure", also with spaces around it),
/// and a plain negative number (`-2.83`, as R is when a figure moved away from its target),
/// which spreadsheets read as a number and never run: quoting it would turn it into text
/// that no sum or chart can use.
pub fn neutralise(cell: &str) -> String {
    let formula_start =
        cell.starts_with(['\t', '\r']) || cell.trim_start().starts_with(['=', '+', '-', '@']);
    if formula_start && cell.trim() != "-" && !is_plain_negative_number(cell) {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

/// `-` then digits, with at most one decimal point between digits: nothing else, so no
/// formula, exponent or spaces can ride along.
fn is_plain_negative_number(cell: &str) -> bool {
    let Some(digits) = cell.strip_prefix('-') else {
        return false;
    };
    let mut parts = digits.splitn(2, '.');
    let whole = parts.next().unwrap_or("");
    let fraction = parts.next();
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    all_digits(whole) && fraction.is_none_or(all_digits)
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

/// Reads CSV as spreadsheets write it (RFC 4180: quoted cells may hold commas, quotes and
/// line breaks; CRLF or LF line ends), without a leading byte-order mark. Blank lines are
/// left out.
pub fn parse(text: &str) -> Vec<Vec<String>> {
    let text = text.trim_start_matches('\u{FEFF}');
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut row: Vec<String> = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                cell.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') if cell.is_empty() => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut cell)),
            (false, '\r') if chars.peek() == Some(&'\n') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => cell.push(c),
        }
    }
    if !cell.is_empty() || !row.is_empty() {
        row.push(cell);
        rows.push(row);
    }
    rows.retain(|r| r.iter().any(|c| !c.trim().is_empty()));
    rows
}
