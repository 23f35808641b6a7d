//! The city publishes a verification sheet every year: each is an edition. The first the
//! app holds (FY2023) is the transcribed JSON; each later one is the draft sheet of the
//! edition before it, filled in by the departments and saved from Excel (.xlsx or CSV),
//! read with the same reader and the same messages as the staff import. An edition is the
//! one before it with the new sheet's figures, statuses and texts laid over it, so every
//! actual an earlier sheet printed is still there, at its own year, unless a later sheet
//! revised it.

use std::fmt;

use crate::domain::cells::format::full_width_digits;
use crate::domain::edits::sheet_import::{
    column_header, decode, read_rows, SheetImportError, ID_HEADER,
};
use crate::domain::edits::workbook_reader::{looks_like_workbook, workbook_rows};
use crate::domain::edits::{apply, DeviceId, Field};
use crate::domain::exports::csv;
use crate::domain::exports::draft_sheet::DraftSheet;
use crate::domain::i18n::Lang;
use crate::domain::model::{Dataset, Indicator, Kind, Status, UnitEn, Value, Values};
use crate::domain::packed::{pack, unpack, PackError, UnpackError};

/// Separates the packed editions in the text the app embeds.
const EDITION_SEPARATOR: char = '\u{1e}';

/// The editions packed for the app to embed (`isesaki_sheet::packed`), oldest first.
pub fn pack_editions(editions: &[Dataset]) -> Result<String, PackError> {
    let packed: Vec<String> = editions.iter().map(pack).collect::<Result<_, _>>()?;
    Ok(packed.join(&EDITION_SEPARATOR.to_string()))
}

/// The embedded editions, oldest first (at least one).
pub fn unpack_editions(text: &str) -> Result<Vec<Dataset>, UnpackError> {
    text.split(EDITION_SEPARATOR).map(unpack).collect()
}

/// Why a sheet file could not become the next edition.
#[derive(Debug, Clone, PartialEq)]
pub enum EditionError {
    /// The file is not the draft of the year after the previous edition.
    WrongYear { expected: u16, column: String },
    /// A row the previous edition does not have names no sub-goal or measure of the sheet.
    NewRowPlace {
        line: usize,
        id: String,
        place: String,
    },
    /// The file leaves out so many of the previous edition's rows that it cannot be the
    /// whole sheet (a department's part of it, say).
    TooFewRows { found: usize, expected: usize },
    /// What the staff import would say of the file.
    Sheet(SheetImportError),
}

impl EditionError {
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (EditionError::WrongYear { expected, column }, Lang::En) => format!(
                "This is not the FY{expected} sheet: the column “{column}” is missing (export the draft sheet of the edition before it, fill it in and save it)."
            ),
            (EditionError::WrongYear { expected, column }, _) => format!(
                "{expected}年度の検証シートではありません（「{column}」の列がありません）。前の版の下書きシートを書き出して記入したファイルを置いてください。"
            ),
            (EditionError::NewRowPlace { line, id, place }, Lang::En) => format!(
                "Line {line}: the new indicator “{id}” names “{place}”, which is not a sub-goal (or measure) of the sheet."
            ),
            (EditionError::NewRowPlace { line, id, place }, _) => format!(
                "{line}行目: 新しい指標「{id}」の基本目標・施策番号「{place}」がシートにありません。"
            ),
            (EditionError::TooFewRows { found, expected }, Lang::En) => format!(
                "The file has {found} of the previous edition's {expected} rows: an edition is the whole sheet (a row is left out only when the city no longer reports it)."
            ),
            (EditionError::TooFewRows { found, expected }, _) => format!(
                "前の版の{expected}行のうち{found}行しかありません。版はシート全体です（行を除くのは、市がその指標を報告しなくなったときだけです）。"
            ),
            (EditionError::Sheet(error), _) => error.message(lang),
        }
    }
}

impl fmt::Display for EditionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::Ja))
    }
}

/// A filled draft sheet's rows, each with its line in the file: a workbook (.xlsx), or CSV
/// in UTF-8 or Shift_JIS as Japanese Excel saves it.
pub fn sheet_rows(bytes: &[u8]) -> Result<Vec<(usize, Vec<String>)>, SheetImportError> {
    if looks_like_workbook(bytes) {
        return workbook_rows(bytes);
    }
    let text = decode(bytes)?;
    Ok(csv::parse(&text)
        .into_iter()
        .enumerate()
        .map(|(at, cells)| (at + 1, cells))
        .collect())
}

/// The edition after `previous` from its filled draft sheet's rows (each with its line in
/// the file); `file` names the file's content (its bytes) for the reader.
pub fn next_edition(
    previous: &Dataset,
    rows: Vec<(usize, Vec<String>)>,
    file: &[u8],
) -> Result<Dataset, EditionError> {
    let sheet = DraftSheet::build(previous, previous, None, None);
    let year = sheet.draft_year;
    let needed = column_header(Field::LaterActual(year), "値");
    let has_year = rows
        .iter()
        .any(|(_, cells)| cells.iter().any(|c| c.trim() == needed));
    if !has_year {
        return Err(EditionError::WrongYear {
            expected: year,
            column: needed,
        });
    }
    // A row the previous edition lacks (the sheet's footnote: from FY2024 「年少人口」 replaces
    // 2-1-00 and 2-1-01) starts empty, then takes its figures like any other row. It is a
    // series of its own: nothing joins it to the row it replaces.
    let previous = &with_new_rows(previous, &rows, year)?;
    // A row the new sheet leaves out is no longer reported (the sheet's footnote: from
    // FY2024 「年少人口」 replaces 2-1-00 and 2-1-01): it ends with the edition before.
    let previous = &without_rows_left_out(previous, &rows)?;
    let sheet = DraftSheet::build(previous, previous, None, None);
    // The time only orders edits within the file; no device's edit is compared with it.
    let read = read_rows(
        rows,
        DeviceId::for_unnamed_file(file),
        &sheet,
        previous,
        "2000-01-01T00:00:00.000Z",
    )
    .map_err(EditionError::Sheet)?;
    let mut next = apply(previous, &read);
    for row in next.indicators.iter_mut().filter(|r| r.edition == year) {
        // A new row's direction, from its own figures: a final target below the baseline
        // means lower is better (the sheet prints no direction).
        let first = |v: &Value| v.parts.first().map(|p| p.base_value());
        if let (Some(base), Some(target)) =
            (first(&row.values.baseline), first(&row.values.target_final))
        {
            row.higher_is_better = target >= base;
        }
    }
    Ok(published(next, year))
}

/// A sheet file's header row (the one with 指標ID) and the rows below it.
struct Table<'a> {
    headers: &'a [String],
    body: &'a [(usize, Vec<String>)],
}

impl<'a> Table<'a> {
    fn of(rows: &'a [(usize, Vec<String>)]) -> Option<Self> {
        let at = rows
            .iter()
            .position(|(_, cells)| cells.iter().any(|c| c.trim() == ID_HEADER))?;
        Some(Table {
            headers: &rows[at].1,
            body: &rows[at + 1..],
        })
    }

    fn column(&self, name: &str) -> Option<usize> {
        self.headers.iter().position(|h| h.trim() == name)
    }

    /// The cell at `at`, trimmed; empty where the row or the column has none.
    fn cell(cells: &[String], at: Option<usize>) -> String {
        at.and_then(|at| cells.get(at))
            .map(|c| c.trim().to_string())
            .unwrap_or_default()
    }
}

/// `previous` with an empty row for every 指標ID of the file it does not have, placed and
/// named as the file says.
fn with_new_rows(
    previous: &Dataset,
    rows: &[(usize, Vec<String>)],
    year: u16,
) -> Result<Dataset, EditionError> {
    let Some(table) = Table::of(rows) else {
        return Ok(previous.clone());
    };
    let (Some(id_at), Some(name_at)) = (table.column(ID_HEADER), table.column("指標名")) else {
        return Ok(previous.clone());
    };
    let column = |name: &str| table.column(name);
    let cell = Table::cell;
    let mut data = previous.clone();
    for (line, cells) in table.body {
        let id = cell(cells, Some(id_at));
        let name = cell(cells, Some(name_at));
        let known = data
            .indicators
            .iter()
            .any(|r| r.id == id || (!name.is_empty() && r.name == name));
        // An ID that is not one (a date Excel made of it) is left to the import to name.
        if known || id.is_empty() || !id.contains('-') {
            continue;
        }
        let subgoal = cell(cells, column("基本目標"));
        let measure: Option<u8> = cell(cells, column("施策番号")).parse().ok();
        let placed = data.goals.iter().flat_map(|g| &g.subgoals).any(|s| {
            s.id == subgoal && measure.is_none_or(|no| s.measures.iter().any(|m| m.no == no))
        });
        if !placed {
            return Err(EditionError::NewRowPlace {
                line: *line,
                id,
                place: match measure {
                    Some(no) => format!("{subgoal} 施策{no}"),
                    None => subgoal,
                },
            });
        }
        let department = cell(cells, column("担当課"));
        let empty = Value {
            raw: String::new(),
            period: None,
            parts: Vec::new(),
            note: None,
        };
        data.indicators.push(Indicator {
            id,
            subgoal,
            measure,
            kind: if cell(cells, column("種別")) == "数値目標" {
                Kind::NumericalTarget
            } else {
                Kind::Kpi
            },
            name_en: name.clone(),
            name,
            name_easy: String::new(),
            department_en: department.clone(),
            department,
            unit_en: UnitEn::default(),
            status: Status::MostlyOnTrack,
            delay_reason: None,
            initiatives: String::new(),
            challenges: String::new(),
            plans: String::new(),
            higher_is_better: true,
            values: Values {
                baseline: empty.clone(),
                actual_fy2022: empty.clone(),
                actual_fy2023: empty.clone(),
                target_fy2023: empty.clone(),
                target_final: empty,
            },
            values_en: Default::default(),
            later_actuals: Default::default(),
            later_targets: Default::default(),
            local_note: None,
            edition: year,
        });
    }
    Ok(data)
}

/// `data` without the rows the file does not have, matched by 指標ID or, where Excel made
/// a date of the ID, by 指標名.
fn without_rows_left_out(
    data: &Dataset,
    rows: &[(usize, Vec<String>)],
) -> Result<Dataset, EditionError> {
    let Some(table) = Table::of(rows) else {
        return Ok(data.clone());
    };
    let (Some(id_at), name_at) = (table.column(ID_HEADER), table.column("指標名")) else {
        return Ok(data.clone());
    };
    let in_file: Vec<(String, String)> = table
        .body
        .iter()
        .map(|(_, cells)| (Table::cell(cells, Some(id_at)), Table::cell(cells, name_at)))
        .collect();
    let mut kept = data.clone();
    kept.indicators.retain(|row| {
        in_file
            .iter()
            .any(|(id, name)| *id == row.id || (!name.is_empty() && *name == row.name))
    });
    let expected = data.indicators.len();
    let found = kept.indicators.len();
    // More than a third left out is not a sheet the city published but a part of one.
    if found * 3 < expected * 2 {
        return Err(EditionError::TooFewRows { found, expected });
    }
    Ok(kept)
}

/// `data` as the city's sheet of fiscal `year`: its rows and its title say so. A device's
/// notes (the sheet's この端末のメモ column) are not the city's and are not published.
fn published(mut data: Dataset, year: u16) -> Dataset {
    let reiwa = year - 2018;
    let full_width = full_width_digits(reiwa);
    data.fiscal_year = year;
    data.title =
        format!("令和{full_width}年度　第２期伊勢崎市まち・ひと・しごと創生総合戦略効果検証シート");
    data.source = format!(
        "伊勢崎市 第2期まち・ひと・しごと創生総合戦略 効果検証シート (令和{reiwa}年度実績)"
    );
    for row in &mut data.indicators {
        row.edition = year;
        row.local_note = None;
    }
    data
}
