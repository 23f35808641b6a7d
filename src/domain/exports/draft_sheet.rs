//! The draft of next year's verification sheet, as plain rows: every indicator in the
//! printed sheet's order and columns (基本目標 / 施策 / 指標, 基準値, the last two actuals,
//! the year's target, the final target, 進捗状況, 遅れの理由, 担当課, ①②③), each cell
//! holding what is shown, the city's published value and whether this device changed it.
//! The page, its print and the CSV (`draft_sheet_csv`) are all drawn from these rows.

use crate::domain::edits::{EditSet, Field, SheetText};
use crate::domain::i18n::{plain, Lang};
use crate::domain::model::{Column, Dataset, Indicator, Kind, Status, Value, FIRST_EDITION};
use crate::domain::progress::progress_measure::{assess, Assessment};

/// One cell: what the draft shows, the city's published value, and whether this device
/// changed it.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell<T> {
    pub shown: T,
    pub official: T,
    pub edited: bool,
}

/// A name as the dataset gives it, in Japanese and in English.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Names {
    pub ja: String,
    pub en: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SheetRow {
    pub id: String,
    pub kind: Kind,
    pub subgoal_id: String,
    pub subgoal: Names,
    /// The measure's number and name; `None` for a sub-goal's numerical target.
    pub measure: Option<(u8, Names)>,
    pub name: Names,
    pub department: Names,
    /// The printed sheet merges a sub-goal's cells down its rows: on the first row of a
    /// run, how many rows it covers; 0 on the rows below.
    pub subgoal_span: usize,
    /// The same for the measure (a numerical target is a run of its own).
    pub measure_span: usize,
    /// The figure cells, in the order of [`DraftSheet::fields`]; `None` where nothing is
    /// written (most rows have no actual for the drafted year yet).
    pub figures: Vec<Cell<Option<Value>>>,
    pub status: Cell<Status>,
    pub delay_reason: Cell<Option<String>>,
    /// The status was changed here away from 進捗の遅れ, so the city's delay reason is not
    /// printed: nothing was edited in it, and it comes back with the status.
    pub reason_left_out: bool,
    pub initiatives: Cell<String>,
    pub challenges: Cell<String>,
    pub plans: Cell<String>,
    /// A note kept on this device (never part of the printed sheet).
    pub note: Option<String>,
    /// The computed progress label of the row as shown, with R and its inputs per part
    /// (not on the printed sheet; the CSV carries it for whoever checks the status).
    pub progress: Assessment,
}

impl SheetRow {
    /// ①取組, ②課題, ③今後の方策, in the printed order.
    pub fn texts(&self) -> [&Cell<String>; 3] {
        [&self.initiatives, &self.challenges, &self.plans]
    }

    /// True when any cell of the row differs from the city's sheet.
    pub fn edited(&self) -> bool {
        self.figures.iter().any(|c| c.edited)
            || self.status.edited
            || self.delay_reason.edited
            || self.texts().iter().any(|c| c.edited)
            || self.note.is_some()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct DraftSheet {
    /// The fiscal year being drafted: the year after the published sheet's.
    pub draft_year: u16,
    /// The figure columns, in the printed order.
    pub fields: [Field; 5],
    /// The department whose rows these are; `None` for the whole sheet.
    pub department: Option<String>,
    pub rows: Vec<SheetRow>,
}

impl DraftSheet {
    /// The draft from the official sheet and the sheet as shown. `edits` is `None` when
    /// the user asked for the official figures only (then `shown` is the official sheet).
    pub fn build(
        official: &Dataset,
        shown: &Dataset,
        edits: Option<&EditSet>,
        department: Option<&str>,
    ) -> DraftSheet {
        let draft_year = official.fiscal_year + 1;
        let fields = figure_fields(draft_year);
        let mut rows: Vec<SheetRow> = official
            .indicators
            .iter()
            .filter(|row| department.is_none_or(|d| row.department == d))
            .filter_map(|row| {
                let shown_row = shown.indicators.iter().find(|r| r.id == row.id)?;
                Some(sheet_row(official, row, shown_row, edits, &fields))
            })
            .collect();
        set_spans(&mut rows);
        DraftSheet {
            draft_year,
            fields,
            department: department.map(str::to_string),
            rows,
        }
    }

    /// The field of the drafted year's actual.
    pub fn draft_actual_field(&self) -> Field {
        Field::LaterActual(self.draft_year)
    }

    /// How many rows have an actual for the drafted year: the progress of the draft.
    pub fn rows_with_draft_actual(&self) -> usize {
        let at = self
            .fields
            .iter()
            .position(|f| *f == self.draft_actual_field())
            .unwrap_or(0);
        self.rows
            .iter()
            .filter(|r| {
                r.figures[at]
                    .shown
                    .as_ref()
                    .is_some_and(|v| !v.raw.trim().is_empty())
            })
            .count()
    }

    /// True when anything shown differs from the city's sheet: the draft must say so.
    pub fn includes_edits(&self) -> bool {
        self.rows.iter().any(SheetRow::edited)
    }
}

/// The five figure columns of the draft: the baseline, the last two actuals (the
/// published year's and the drafted year's), the drafted year's target and the final
/// target.
pub fn figure_fields(draft_year: u16) -> [Field; 5] {
    // The FY2023 sheet printed its actual in a column of its own; later editions hold
    // theirs by year.
    let published = draft_year - 1;
    let previous_actual = if published > FIRST_EDITION {
        Field::LaterActual(published)
    } else {
        Field::Value(Column::ActualFy2023)
    };
    [
        Field::Value(Column::Baseline),
        previous_actual,
        Field::LaterActual(draft_year),
        Field::LaterTarget(draft_year),
        Field::Value(Column::TargetFinal),
    ]
}

fn sheet_row(
    official: &Dataset,
    row: &Indicator,
    shown: &Indicator,
    edits: Option<&EditSet>,
    fields: &[Field],
) -> SheetRow {
    let by_edit = |field: Field| edits.is_some_and(|set| set.get(&row.id, field).is_some());
    // ①②③ are compared rather than looked up by field, so any change the overlay makes to
    // them is marked.
    let text = |shown: &String, official: &String| Cell {
        shown: shown.clone(),
        official: official.clone(),
        edited: shown != official,
    };
    let subgoal = official
        .goals
        .iter()
        .flat_map(|g| &g.subgoals)
        .find(|s| s.id == row.subgoal);
    let measure = subgoal.and_then(|s| s.measures.iter().find(|m| Some(m.no) == row.measure));
    SheetRow {
        id: row.id.clone(),
        kind: row.kind,
        subgoal_id: row.subgoal.clone(),
        subgoal: subgoal
            .map(|s| Names {
                ja: s.name.clone(),
                en: s.name_en.clone(),
            })
            .unwrap_or_default(),
        measure: measure.map(|m| {
            (
                m.no,
                Names {
                    ja: m.name.clone(),
                    en: m.name_en.clone(),
                },
            )
        }),
        name: Names {
            ja: row.name.clone(),
            en: row.name_en.clone(),
        },
        department: Names {
            ja: row.department.clone(),
            en: row.department_en.clone(),
        },
        subgoal_span: 0,
        measure_span: 0,
        figures: fields
            .iter()
            .map(|&field| Cell {
                shown: cell_of(shown, field),
                official: cell_of(row, field),
                edited: by_edit(field),
            })
            .collect(),
        status: Cell {
            shown: shown.status,
            official: row.status,
            edited: by_edit(Field::Status) || shown.status != row.status,
        },
        // Marked only where this device wrote a reason: a reason the new status leaves out
        // is said as such (`reason_left_out`), not as an edit no file holds.
        delay_reason: Cell {
            shown: shown.delay_reason.clone(),
            official: row.delay_reason.clone(),
            edited: by_edit(Field::Text(SheetText::DelayReason)),
        },
        reason_left_out: shown.delay_reason.is_none()
            && row.delay_reason.is_some()
            && shown.status != row.status,
        initiatives: text(&shown.initiatives, &row.initiatives),
        challenges: text(&shown.challenges, &row.challenges),
        plans: text(&shown.plans, &row.plans),
        note: shown.local_note.clone(),
        progress: assess(shown),
    }
}

fn cell_of(row: &Indicator, field: Field) -> Option<Value> {
    match field {
        Field::Value(column) => Some(row.values.get(column).clone()),
        Field::LaterActual(year) => row.later_actuals.get(&year).cloned(),
        Field::LaterTarget(year) => row.later_targets.get(&year).cloned(),
        Field::Status | Field::Note | Field::Text(_) => None,
    }
}

/// Marks the runs of rows that share a sub-goal, and within it a measure.
fn set_spans(rows: &mut [SheetRow]) {
    let mut start = 0;
    while start < rows.len() {
        let subgoal_end = run_end(rows, start, |r| r.subgoal_id.clone());
        rows[start].subgoal_span = subgoal_end - start;
        let mut at = start;
        while at < subgoal_end {
            // A numerical target (no measure) is never merged with the row below.
            let end = if rows[at].measure.is_none() {
                at + 1
            } else {
                run_end(&rows[..subgoal_end], at, |r| {
                    r.measure.as_ref().map(|m| m.0)
                })
            };
            rows[at].measure_span = end - at;
            at = end;
        }
        start = subgoal_end;
    }
}

/// The end (exclusive) of the run of rows from `start` with the same key.
fn run_end<K: PartialEq>(rows: &[SheetRow], start: usize, key: impl Fn(&SheetRow) -> K) -> usize {
    let first = key(&rows[start]);
    rows[start..]
        .iter()
        .position(|r| key(r) != first)
        .map_or(rows.len(), |n| start + n)
}

/// A figure column's name on the printed sheet (Japanese, the sheet's own words).
pub fn column_name_ja(field: Field) -> String {
    match field {
        Field::Value(Column::Baseline) => "基準値".into(),
        Field::Value(Column::ActualFy2022) => "令和4年度実績".into(),
        Field::Value(Column::ActualFy2023) => "令和5年度実績".into(),
        Field::Value(Column::TargetFy2023) => "令和5年度目標".into(),
        Field::Value(Column::TargetFinal) => "最終目標".into(),
        Field::LaterActual(year) => format!("令和{}年度実績", year - 2018),
        Field::LaterTarget(year) => format!("令和{}年度目標", year - 2018),
        Field::Status => "進捗状況".into(),
        Field::Note => "メモ".into(),
        Field::Text(text) => plain(Lang::Ja.sheet_text_label(text)),
    }
}
