//! The draft sheet coming back from Excel: the CSV the app exports (`draft_sheet_csv`),
//! filled in by a department and saved by Excel, in UTF-8 (with or without a BOM) or in
//! Shift_JIS (CP932, as Japanese Excel saves 「CSV（コンマ区切り）」). Every cell that
//! differs from what this device shows becomes an edit of a set that has seen nothing of
//! this device, so the usual import preview and conflict choice apply; cells that match
//! change nothing, and the app's own columns (computed progress, edit marks) are ignored.
//!
//! A figure is read from its 値 (the number) when that changed, else from its printed text
//! (シートの表記), in the ways Excel and people write numbers: 1,510 / 1510 / full-width
//! digits / ▲ or △ for minus / with the unit. Rows are found by 指標ID, or by 指標名 with
//! 内訳 where Excel turned an ID into a date. Any bad cell refuses the whole file, named by
//! row and column.

use crate::domain::cells::format::group_thousands;
use crate::domain::edits::input::{normalise_text, normalise_value, validate_note, InputError};
use crate::domain::edits::{DeviceId, Edit, EditSet, Field, SheetText};
use crate::domain::exports::csv;
use crate::domain::exports::draft_sheet::{column_name_ja, DraftSheet, SheetRow};
use crate::domain::exports::draft_sheet_table::part_labels;
use crate::domain::i18n::{plain, Lang, Messages, Words};
use crate::domain::model::{Dataset, Status, Value};

/// Why a sheet file was not taken in. Nothing is stored when any of these occurs.
#[derive(Debug, Clone, PartialEq)]
pub enum SheetImportError {
    /// Neither UTF-8 nor Shift_JIS text.
    NotText,
    /// A zip file (as .xlsx are) that is not a workbook Excel saved, or is damaged.
    NotAWorkbook,
    /// A workbook saved with a password.
    Protected,
    /// No header row with 指標ID: not a sheet this app exported.
    NotASheet,
    /// A column the import needs is missing (its header as the export writes it).
    MissingColumn(String),
    /// A row whose 指標ID (and 指標名) names no indicator of this sheet.
    UnknownIndicator { line: usize, id: String },
    /// One cell that cannot be read, named by its row and its column header.
    BadCell {
        id: String,
        name: String,
        column: String,
        text: String,
        error: InputError,
    },
}

impl SheetImportError {
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (SheetImportError::NotText, Lang::En) => "The file is not text in UTF-8 or Shift_JIS: save it from Excel as CSV.".into(),
            (SheetImportError::NotText, _) => "文字コード（UTF-8・Shift_JIS）が読めないファイルです。ExcelでCSV形式で保存してください。".into(),
            (SheetImportError::NotAWorkbook, Lang::En) => "The file is not an Excel workbook (.xlsx) that can be read: it may be damaged. Save it again from Excel as .xlsx or as CSV.".into(),
            (SheetImportError::NotAWorkbook, _) => "Excelのブック（.xlsx）として読めないファイルです（壊れている可能性があります）。Excelで.xlsxかCSV形式で保存し直してください。".into(),
            (SheetImportError::Protected, Lang::En) => "The workbook is protected by a password: save a copy without the password and choose that.".into(),
            (SheetImportError::Protected, _) => "パスワードで保護されたブックは読めません。パスワードを外したコピーを保存して選んでください。".into(),
            (SheetImportError::NotASheet, Lang::En) => "This file is not a verification sheet exported by this app (no 指標ID column).".into(),
            (SheetImportError::NotASheet, _) => "このアプリが書き出した検証シートではありません（「指標ID」の列がありません）。".into(),
            (SheetImportError::MissingColumn(column), Lang::En) => format!("The column “{column}” is missing."),
            (SheetImportError::MissingColumn(column), _) => format!("「{column}」の列がありません。"),
            (SheetImportError::UnknownIndicator { line, id }, Lang::En) => format!("Line {line}: the indicator “{id}” is not in this sheet."),
            (SheetImportError::UnknownIndicator { line, id }, _) => format!("{line}行目: 指標「{id}」はこのシートにありません。"),
            (SheetImportError::BadCell { id, name, column, text, error }, Lang::En) => {
                format!("{id} {name}, “{column}”: {} ({text})", error.message(lang))
            }
            (SheetImportError::BadCell { id, name, column, text, error }, _) => {
                format!("{id} {name}の『{column}』: {}（{text}）", error.message(lang))
            }
        }
    }
}

/// The file's bytes as text: UTF-8 (a BOM or valid UTF-8), else Shift_JIS (CP932).
pub fn decode(bytes: &[u8]) -> Result<String, SheetImportError> {
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(text.trim_start_matches('\u{FEFF}').to_string());
    }
    let (text, _, had_errors) = encoding_rs::SHIFT_JIS.decode(bytes);
    if had_errors {
        Err(SheetImportError::NotText)
    } else {
        Ok(text.into_owned())
    }
}

/// True when the text looks like a sheet CSV rather than an edits file (JSON).
pub fn looks_like_sheet(text: &str) -> bool {
    !text
        .trim_start_matches('\u{FEFF}')
        .trim_start()
        .starts_with('{')
}

/// The header of one of a figure column's cells, as the export writes it
/// (「令和6年度実績（値）」).
pub fn column_header(field: Field, part: &str) -> String {
    format!("{}（{part}）", column_name_ja(field))
}

/// The header that marks a sheet's header row.
pub const ID_HEADER: &str = "指標ID";
const ID: &str = ID_HEADER;
const NAME: &str = "指標名";
const PART: &str = "内訳";
const STATUS: &str = "進捗状況";
const REASON: &str = "進捗が遅れている理由";
const NOTE: &str = "この端末のメモ";
const TEXTS: [(&str, SheetText); 3] = [
    ("①取組", SheetText::Initiatives),
    ("②課題", SheetText::Challenges),
    ("③今後の方策", SheetText::Plans),
];

/// The file's cells by header.
struct Table {
    headers: Vec<String>,
    rows: Vec<(usize, Vec<String>)>,
}

impl Table {
    fn column(&self, header: &str) -> Option<usize> {
        self.headers.iter().position(|h| h.trim() == header)
    }

    fn cell<'a>(&self, row: &'a [String], header: &str) -> Option<&'a str> {
        self.column(header)
            .and_then(|at| row.get(at))
            .map(|c| undo_neutralise(c.trim()))
    }
}

/// The export writes `'=…` for a cell a spreadsheet would run as a formula.
fn undo_neutralise(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => cell,
    }
}

/// Reads a filled draft sheet's CSV into edits against `sheet` (the draft as this device
/// shows it, whose rows say what is shown and what the city published).
pub fn read_sheet(
    text: &str,
    sheet: &DraftSheet,
    official: &Dataset,
    now: &str,
) -> Result<EditSet, SheetImportError> {
    let rows = csv::parse(text)
        .into_iter()
        .enumerate()
        .map(|(i, cells)| (i + 1, cells))
        .collect();
    read_rows(
        rows,
        DeviceId::for_unnamed_file(text.as_bytes()),
        sheet,
        official,
        now,
    )
}

/// Reads a filled draft sheet's rows (each with its line number in the file), from a CSV
/// or a workbook, into edits of a set named `device`.
pub fn read_rows(
    rows: Vec<(usize, Vec<String>)>,
    device: DeviceId,
    sheet: &DraftSheet,
    official: &Dataset,
    now: &str,
) -> Result<EditSet, SheetImportError> {
    let mut lines = rows.into_iter();
    let headers = lines
        .by_ref()
        .find(|(_, cells)| cells.iter().any(|c| c.trim() == ID))
        .map(|(_, cells)| cells)
        .ok_or(SheetImportError::NotASheet)?;
    let table = Table {
        headers,
        rows: lines.collect(),
    };
    for header in [ID, NAME, PART] {
        table
            .column(header)
            .ok_or_else(|| SheetImportError::MissingColumn(header.into()))?;
    }
    let mut set = EditSet::new(device);
    let mut put = |kpi: &str, field: Field, value: Option<String>| {
        set.clock += 1;
        set.put(Edit {
            kpi: kpi.to_string(),
            field,
            value,
            edited_at: now.to_string(),
            rev: set.clock,
            device: set.device.clone(),
        });
    };
    // A row's records, in the file's order (one per part where a cell holds two).
    let mut taken: Vec<(&SheetRow, Vec<&Vec<String>>)> = Vec::new();
    for (line, cells) in &table.rows {
        let id = table.cell(cells, ID).unwrap_or_default();
        let part = table.cell(cells, PART).unwrap_or_default();
        let name = table.cell(cells, NAME).unwrap_or_default();
        let row = sheet.rows.iter().find(|r| r.id == id).or_else(|| {
            // Excel may have read 1-1-00 as a date: the name and part still say which row.
            sheet.rows.iter().find(|r| {
                r.name.ja == name
                    && (part.is_empty()
                        || part_labels(r).iter().any(|p| p.as_deref() == Some(part)))
            })
        });
        let Some(row) = row else {
            return Err(SheetImportError::UnknownIndicator {
                line: *line,
                id: id.to_string(),
            });
        };
        match taken.iter_mut().find(|(r, _)| r.id == row.id) {
            Some((_, records)) => records.push(cells),
            None => taken.push((row, vec![cells])),
        }
    }
    for (row, records) in taken {
        let official_row = official
            .indicators
            .iter()
            .find(|r| r.id == row.id)
            .ok_or_else(|| SheetImportError::UnknownIndicator {
                line: 0,
                id: row.id.clone(),
            })?;
        let bad = |column: &str, text: &str, error: InputError| SheetImportError::BadCell {
            id: row.id.clone(),
            name: row.name.ja.clone(),
            column: column.to_string(),
            text: text.to_string(),
            error,
        };
        for (at, field) in sheet.fields.iter().enumerate() {
            let cell = &row.figures[at];
            let Some(read) = read_figure(&table, &records, *field, cell.shown.as_ref()) else {
                continue;
            };
            let value = normalise_value(official_row, *field, &read.text)
                .map_err(|e| bad(&read.column, &read.typed, e))?;
            if cell.shown.as_ref().is_some_and(|v| v.raw == value) {
                continue;
            }
            let back_to_official = cell.official.as_ref().is_some_and(|v| v.raw == value);
            put(&row.id, *field, (!back_to_official).then_some(value));
        }
        let first = records[0];
        let mut status_after = row.status.shown;
        if let Some(text) = table.cell(first, STATUS).filter(|t| !t.is_empty()) {
            let status =
                status_named(text).ok_or_else(|| bad(STATUS, text, InputError::UnknownStatus))?;
            status_after = status;
            if status != row.status.shown {
                let back = status == row.status.official;
                put(
                    &row.id,
                    Field::Status,
                    (!back).then(|| status.key().to_string()),
                );
            }
        }
        let reason = (
            row.delay_reason.shown.clone().unwrap_or_default(),
            row.delay_reason.official.clone().unwrap_or_default(),
        );
        let texts = TEXTS
            .iter()
            .zip(row.texts())
            .map(|((header, kind), cell)| {
                (*header, *kind, (cell.shown.clone(), cell.official.clone()))
            })
            .chain([(REASON, SheetText::DelayReason, reason)]);
        for (header, text_kind, (shown, published)) in texts {
            let Some(file_text) = table.cell(first, header) else {
                continue;
            };
            if same_text(file_text, &shown) {
                continue;
            }
            // A status other than 進捗の遅れ leaves the reason out, as the row form does
            // (the city's reason is kept): an empty cell then clears nothing.
            if text_kind == SheetText::DelayReason
                && file_text.is_empty()
                && status_after != Status::Delayed
            {
                continue;
            }
            let value = if file_text.is_empty() {
                String::new()
            } else {
                normalise_text(text_kind, file_text).map_err(|e| bad(header, file_text, e))?
            };
            let back = same_text(&value, &published);
            put(&row.id, Field::Text(text_kind), (!back).then_some(value));
        }
        if let Some(note) = table.cell(first, NOTE) {
            if !same_text(note, row.note.as_deref().unwrap_or_default()) {
                if !note.is_empty() {
                    validate_note(note).map_err(|e| bad(NOTE, note, e))?;
                }
                put(
                    &row.id,
                    Field::Note,
                    (!note.is_empty()).then(|| note.to_string()),
                );
            }
        }
    }
    set.cover_entries();
    Ok(set)
}

/// A figure read from a row's records: the column it came from and the text to store,
/// or `None` when the file leaves the figure as shown.
fn read_figure(
    table: &Table,
    records: &[&Vec<String>],
    field: Field,
    shown: Option<&Value>,
) -> Option<FigureRead> {
    let value_header = column_header(field, "値");
    let unit_header = column_header(field, "単位");
    let printed_header = column_header(field, "シートの表記");
    let part_of = |cells: &Vec<String>| {
        table
            .cell(cells, PART)
            .filter(|p| !p.is_empty())
            .map(str::to_string)
    };
    // Each record's number, compared with the shown figure of its part.
    let numbers: Vec<(Option<String>, String, String)> = records
        .iter()
        .filter_map(|cells| {
            let number = table.cell(cells, &value_header)?;
            let unit = table.cell(cells, &unit_header).unwrap_or_default();
            Some((part_of(cells), excel_number(number), unit.to_string()))
        })
        .collect();
    let shown_number = |label: &Option<String>| {
        shown
            .and_then(|v| {
                v.parts
                    .iter()
                    .find(|p| &p.label == label || (label.is_none() && v.parts.len() == 1))
            })
            .map(|p| p.value)
    };
    let numbers_changed = numbers.iter().any(|(label, number, _)| {
        // An emptied number is not a figure: the printed text decides. One that is not a
        // number (abc, 1600件) goes to the row form's reader, which takes it or says why.
        if number.is_empty() {
            return false;
        }
        let parsed = number.replace(',', "").parse::<f64>().ok();
        parsed.is_none() || parsed != shown_number(label)
    });
    let printed = records
        .iter()
        .find_map(|cells| table.cell(cells, &printed_header))
        .unwrap_or_default();
    if numbers_changed {
        // A sheet written out whole (the app's own export, or a department that kept
        // both columns in step) prints the figure as the city does (95.0%): keep that.
        let typed: Vec<&str> = numbers
            .iter()
            .map(|(_, number, _)| number.as_str())
            .filter(|n| !n.is_empty())
            .collect();
        if !printed.is_empty() && same_numbers(&typed, printed) {
            return Some(FigureRead {
                column: printed_header,
                text: excel_number(printed),
                typed: printed.to_string(),
            });
        }
        // The unit from its own column, unless it was typed with the number (1600件); a
        // plain number printed as the city prints figures (27500 → 27,500), its decimals kept.
        let with_unit = |number: &str, unit: &str| {
            if number.ends_with(|c: char| c.is_ascii_digit()) {
                format!("{}{unit}", printed_number(number))
            } else {
                number.to_string()
            }
        };
        let text = numbers
            .iter()
            .filter(|(_, number, _)| !number.is_empty())
            .map(|(label, number, unit)| match label {
                Some(label) => format!("{label} {}", with_unit(number, unit)),
                None => with_unit(number, unit),
            })
            .collect::<Vec<_>>()
            .join("、");
        let typed = numbers
            .iter()
            .map(|(_, number, _)| number.as_str())
            .collect::<Vec<_>>()
            .join("、");
        return Some(FigureRead {
            column: value_header,
            text,
            typed,
        });
    }
    let shown_printed = shown.map_or("", |v| v.raw.as_str());
    (!printed.is_empty() && !same_text(printed, shown_printed)).then(|| FigureRead {
        column: printed_header,
        text: excel_number(printed),
        typed: printed.to_string(),
    })
}

/// A plain number with thousands separators, as typed otherwise (its decimals kept).
fn printed_number(number: &str) -> String {
    let plain = number.replace(',', "");
    let (sign, digits) = match plain.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", plain.as_str()),
    };
    let (whole, fraction) = match digits.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (digits, None),
    };
    if whole.is_empty() || !whole.bytes().all(|b| b.is_ascii_digit()) {
        return number.to_string();
    }
    let grouped = group_thousands(whole);
    match fraction {
        Some(fraction) => format!("{sign}{grouped}.{fraction}"),
        None => format!("{sign}{grouped}"),
    }
}

/// True when `printed` begins with the numbers `typed`, in order (a year printed after
/// them, as in 「11,017億円（令和3年）」, aside).
fn same_numbers(typed: &[&str], printed: &str) -> bool {
    let value = |text: &str| text.replace(',', "").parse::<f64>().ok();
    let printed = excel_number(printed);
    let mut found = Vec::new();
    let mut token = String::new();
    for c in printed.chars().chain([' ']) {
        if c.is_ascii_digit()
            || (c == '.' || c == ',') && !token.is_empty()
            || c == '-' && token.is_empty()
        {
            token.push(c);
        } else {
            if token.chars().any(|c| c.is_ascii_digit()) {
                found.push(token.trim_end_matches(['.', ',']).to_string());
            }
            token.clear();
        }
    }
    typed.len() <= found.len()
        && typed
            .iter()
            .zip(&found)
            .all(|(a, b)| value(a).is_some() && value(a) == value(b))
}

/// A figure the file changes: the column it came from, the text to store, and what was
/// typed (for a message about it).
struct FigureRead {
    column: String,
    text: String,
    typed: String,
}

/// A number as Excel or a person writes it, as the row form reads numbers: full-width
/// digits and signs half-width, ▲ or △ (the Japanese minus) as `-`.
fn excel_number(text: &str) -> String {
    text.trim()
        .chars()
        .map(|c| match c {
            '▲' | '△' | '－' | '−' => '-',
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            '，' => ',',
            '．' => '.',
            c => c,
        })
        .collect()
}

/// Status as the sheet names it (順調に進捗, ◎, …) or by its key.
fn status_named(text: &str) -> Option<Status> {
    let text = text.trim();
    Status::from_key(text).or_else(|| {
        Status::ALL.into_iter().find(|s| {
            let name = plain(Messages::of(Lang::Ja).status(*s));
            text == name
                || text.trim_start_matches(['◎', '○', '▲', '〇']).trim() == name
                || text == status_mark(*s)
        })
    })
}

fn status_mark(status: Status) -> &'static str {
    match status {
        Status::OnTrack => "◎",
        Status::MostlyOnTrack => "○",
        Status::Delayed => "▲",
    }
}

/// Texts compared as a reader sees them: line ends and surrounding space aside.
fn same_text(a: &str, b: &str) -> bool {
    let norm = |s: &str| s.replace("\r\n", "\n").trim().to_string();
    norm(a) == norm(b)
}
