//! The draft sheet as one table that Excel and other systems read without clean-up: one
//! record per indicator (per part where a cell holds two, 男性/女性), and for each figure
//! column its number without separators or unit, the unit, the reference year in 西暦, 年度
//! or 年, and the text as printed, each in a cell of its own. Which cells this device
//! edited, and their published values, are named after the sheet's columns. Last comes the
//! block the app computed: the progress label of the record's part and R with its inputs
//! (docs/progress-method.md), in Japanese words, which departments do not fill in and the
//! import ignores. The CSV (`draft_sheet_csv`) and the workbook (`draft_sheet_xlsx`) are
//! both written from this one table.

use crate::domain::cells::format::{year, YearStyle};
use crate::domain::edits::Field;
use crate::domain::exports::csv;
use crate::domain::exports::draft_sheet::{column_name_ja, Cell, DraftSheet, SheetRow};
use crate::domain::i18n::progress_words::{caution_text, outcome_label, unassessable_reason};
use crate::domain::i18n::Messages;
use crate::domain::i18n::Words;
use crate::domain::i18n::{plain, Lang};
use crate::domain::model::{Kind, Status, Value};
use crate::domain::progress::progress_measure::{Outcome, ZERO_REPLACEMENT};

/// One cell: a number stays a number in a workbook; everything else is text.
#[derive(Debug, Clone, PartialEq)]
pub enum TableCell {
    Text(String),
    Number(f64),
}

impl TableCell {
    /// As a CSV writes it: a number without separators or trailing zeros.
    pub fn text(&self) -> String {
        match self {
            TableCell::Text(text) => text.clone(),
            TableCell::Number(value) => csv::number(*value),
        }
    }

    fn of_number(value: Option<f64>) -> TableCell {
        value.map_or_else(|| TableCell::Text(String::new()), TableCell::Number)
    }
}

/// What a column holds, which tells a workbook how to show it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnKind {
    /// 指標ID, 施策番号: text that a spreadsheet must never read as a date or number.
    Code,
    /// Names, units, status: short text.
    Label,
    /// A figure or a year as a number.
    Number,
    /// ①②③, 遅れの理由, notes: long text, wrapped.
    Prose,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub header: String,
    pub kind: ColumnKind,
}

/// The whole table: the columns departments fill (`columns[..computed_from]`), then the
/// app's own.
#[derive(Debug, Clone, PartialEq)]
pub struct SheetTable {
    pub columns: Vec<Column>,
    pub computed_from: usize,
    pub records: Vec<Vec<TableCell>>,
}

/// What each figure column is split into, after the column's name.
const FIGURE_PARTS: [(&str, ColumnKind); 5] = [
    ("値", ColumnKind::Number),
    ("単位", ColumnKind::Label),
    ("対象年（西暦）", ColumnKind::Number),
    ("年度・年の別", ColumnKind::Label),
    ("シートの表記", ColumnKind::Label),
];

/// The app's block: the label and R with its inputs, in the order `computed_cells` writes.
pub const COMPUTED_HEADERS: [(&str, ColumnKind); 12] = [
    ("進捗の評価", ColumnKind::Label),
    ("評価できない理由", ColumnKind::Prose),
    ("R（これまでの伸び÷必要な伸び）", ColumnKind::Number),
    ("これまでの伸び（年率、0.01＝1%）", ColumnKind::Number),
    ("必要な伸び（年率、0.01＝1%）", ColumnKind::Number),
    ("計算に使った基準値", ColumnKind::Number),
    ("基準値の年", ColumnKind::Label),
    ("計算に使った最新の実績", ColumnKind::Number),
    ("最新の実績の年", ColumnKind::Label),
    ("計算に使った最終目標", ColumnKind::Number),
    ("最終目標の年", ColumnKind::Label),
    ("注意", ColumnKind::Prose),
];

/// The columns that say which row a record is (every sheet of a workbook repeats them).
pub const ROW_KEYS: [&str; 3] = ["指標ID", "指標名", "内訳"];

pub fn columns(sheet: &DraftSheet) -> Vec<Column> {
    let column = |header: &str, kind| Column {
        header: header.to_string(),
        kind,
    };
    use ColumnKind::*;
    let mut columns = vec![
        column("指標ID", Code),
        column("種別", Label),
        column("基本目標", Code),
        column("基本目標名", Label),
        column("施策番号", Code),
        column("施策名", Label),
        column("指標名", Label),
        column("内訳", Label),
    ];
    for field in sheet.fields {
        let name = column_name_ja(field);
        columns.extend(FIGURE_PARTS.map(|(part, kind)| column(&format!("{name}（{part}）"), kind)));
    }
    columns.extend(
        [
            ("進捗状況", Label),
            ("進捗が遅れている理由", Prose),
            ("担当課", Label),
            ("①取組", Prose),
            ("②課題", Prose),
            ("③今後の方策", Prose),
            ("この端末のメモ", Prose),
            ("この端末で編集した項目", Label),
            ("編集した項目の市の公表値", Prose),
        ]
        .map(|(header, kind)| column(header, kind)),
    );
    columns.extend(COMPUTED_HEADERS.map(|(header, kind)| column(header, kind)));
    columns
}

pub fn table(sheet: &DraftSheet) -> SheetTable {
    let columns = columns(sheet);
    SheetTable {
        computed_from: columns.len() - COMPUTED_HEADERS.len(),
        columns,
        records: sheet
            .rows
            .iter()
            .flat_map(|row| records(sheet, row))
            .collect(),
    }
}

fn records<'a>(
    sheet: &'a DraftSheet,
    row: &'a SheetRow,
) -> impl Iterator<Item = Vec<TableCell>> + 'a {
    part_labels(row).into_iter().map(move |label| {
        let text = |s: &str| TableCell::Text(s.to_string());
        let mut cells = vec![
            text(&row.id),
            text(match row.kind {
                Kind::NumericalTarget => "数値目標",
                Kind::Kpi => "KPI",
            }),
            text(&row.subgoal_id),
            text(&row.subgoal.ja),
            TableCell::Text(
                row.measure
                    .as_ref()
                    .map_or(String::new(), |(no, _)| no.to_string()),
            ),
            text(
                row.measure
                    .as_ref()
                    .map_or("", |(_, name)| name.ja.as_str()),
            ),
            text(&row.name.ja),
            text(label.as_deref().unwrap_or_default()),
        ];
        for cell in &row.figures {
            cells.extend(figure_cells(cell.shown.as_ref(), &label));
        }
        cells.extend([
            TableCell::Text(status_name(row.status.shown)),
            text(row.delay_reason.shown.as_deref().unwrap_or_default()),
            text(&row.department.ja),
            text(&row.initiatives.shown),
            text(&row.challenges.shown),
            text(&row.plans.shown),
            text(row.note.as_deref().unwrap_or_default()),
        ]);
        let edited = edited_cells(sheet, row);
        cells.push(TableCell::Text(
            edited
                .iter()
                .map(|(name, _)| name.as_str())
                .collect::<Vec<_>>()
                .join("・"),
        ));
        cells.push(TableCell::Text(
            edited
                .iter()
                .map(|(name, official)| format!("{name}: {official}"))
                .collect::<Vec<_>>()
                .join(" / "),
        ));
        cells.extend(computed_cells(row, &label));
        cells
    })
}

/// The computed label of the record's part (of the row, for a one-part row) and R with
/// its inputs, in words.
fn computed_cells(row: &SheetRow, label: &Option<String>) -> Vec<TableCell> {
    let assessment = &row.progress;
    let part = assessment
        .parts
        .iter()
        .find(|p| &p.label == label)
        .or(assessment.parts.first());
    let Some(part) = part else {
        return vec![TableCell::Text(String::new()); COMPUTED_HEADERS.len()];
    };
    // The method's stand-in for zero is written as the 0 it stands for (the caution says so).
    let number = |x: Option<f64>| {
        TableCell::of_number(x.map(|x| if x == ZERO_REPLACEMENT { 0.0 } else { x }))
    };
    let when = |p: Option<_>| {
        TableCell::Text(p.map_or(String::new(), |p| year(p, Lang::Ja, YearStyle::Short)))
    };
    let inputs = part.inputs;
    vec![
        TableCell::Text(plain(outcome_label(part.outcome, Lang::Ja))),
        TableCell::Text(match part.outcome {
            Outcome::UnableToAssess(why) => plain(unassessable_reason(why, Lang::Ja)),
            Outcome::Assessed(_) => String::new(),
        }),
        number(part.ratio),
        number(part.cagr_observed),
        number(part.cagr_required),
        number(inputs.map(|i| i.y0)),
        when(inputs.map(|i| i.t0)),
        number(inputs.map(|i| i.yt)),
        when(inputs.map(|i| i.t)),
        number(inputs.map(|i| i.y_target)),
        when(inputs.map(|i| i.t_target)),
        TableCell::Text(
            part.cautions
                .iter()
                .map(|c| plain(&caution_text(*c, Lang::Ja)))
                .collect::<Vec<_>>()
                .join(" "),
        ),
    ]
}

/// One record per part when a cell holds several (男性/女性); one unlabelled otherwise.
pub fn part_labels(row: &SheetRow) -> Vec<Option<String>> {
    row.figures
        .iter()
        .filter_map(|c| c.shown.as_ref())
        .map(|v| v.parts.iter().map(|p| p.label.clone()).collect::<Vec<_>>())
        .max_by_key(Vec::len)
        .filter(|labels| labels.len() > 1)
        .unwrap_or_else(|| vec![None])
}

/// Value, unit, year, 年度/年 and the printed text of one part of a cell.
fn figure_cells(value: Option<&Value>, label: &Option<String>) -> [TableCell; 5] {
    let empty = || TableCell::Text(String::new());
    let Some(value) = value else {
        return [empty(), empty(), empty(), empty(), empty()];
    };
    let part = value.parts.iter().find(|p| &p.label == label);
    [
        TableCell::of_number(part.map(|p| p.value)),
        TableCell::Text(part.and_then(|p| p.unit.clone()).unwrap_or_default()),
        TableCell::of_number(value.period.map(|p| f64::from(p.year))),
        TableCell::Text(value.period.map_or(String::new(), |p| {
            if p.fiscal { "年度" } else { "年" }.to_string()
        })),
        TableCell::Text(value.raw.clone()),
    ]
}

/// The cells this device changed, each with the city's published text.
fn edited_cells(sheet: &DraftSheet, row: &SheetRow) -> Vec<(String, String)> {
    let printed =
        |value: &Option<Value>| value.as_ref().map_or("なし".to_string(), |v| v.raw.clone());
    let mut out: Vec<(String, String)> = sheet
        .fields
        .iter()
        .zip(&row.figures)
        .filter(|(_, cell)| cell.edited)
        .map(|(field, cell)| (column_name_ja(*field), printed(&cell.official)))
        .collect();
    if row.status.edited {
        out.push((
            column_name_ja(Field::Status),
            status_name(row.status.official),
        ));
    }
    if row.delay_reason.edited {
        out.push((
            "進捗が遅れている理由".into(),
            row.delay_reason
                .official
                .clone()
                .unwrap_or_else(|| "なし".into()),
        ));
    }
    let texts: [(&str, &Cell<String>); 3] = [
        ("①取組", &row.initiatives),
        ("②課題", &row.challenges),
        ("③今後の方策", &row.plans),
    ];
    out.extend(
        texts
            .into_iter()
            .filter(|(_, cell)| cell.edited)
            .map(|(name, cell)| (name.to_string(), cell.official.clone())),
    );
    out
}

fn status_name(status: Status) -> String {
    plain(Messages::of(Lang::Ja).status(status))
}
