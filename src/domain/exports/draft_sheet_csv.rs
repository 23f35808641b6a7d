//! The draft sheet as one CSV that Excel and other systems read without clean-up: one
//! record per indicator (per part where a cell holds two, 男性/女性), and for each figure
//! column its number without separators or unit, the unit, the reference year in 西暦, 年度
//! or 年, and the text as printed, each in a cell of its own. Which cells this device
//! edited, and their published values, are named after the sheet's columns; last come the
//! computed progress label of the record's part and R with its inputs
//! (docs/progress-method.md). Written with `csv` (BOM, CRLF, formula-safe cells).

use crate::domain::edits::Field;
use crate::domain::exports::csv;
use crate::domain::exports::draft_sheet::{column_name_ja, Cell, DraftSheet, SheetRow};
use crate::domain::i18n::progress_words::outcome_label;
use crate::domain::i18n::Messages;
use crate::domain::i18n::Words;
use crate::domain::i18n::{plain, Lang};
use crate::domain::model::{Kind, Status, Value};
use crate::domain::progress::progress_measure::{csv_rows, CSV_HEADERS};

const _: () = assert!(COMPUTED_HEADERS.len() == CSV_HEADERS.len() - 1);

/// The file's name: what it is, the drafted year, the department when narrowed, the date.
pub fn file_name(sheet: &DraftSheet, date: &str) -> String {
    let department = sheet
        .department
        .as_deref()
        .map_or(String::new(), |d| format!("-{d}"));
    format!(
        "isesaki-kpi-draft-sheet-fy{}{department}-{date}.csv",
        sheet.draft_year
    )
}

/// What each figure column is split into, after the column's name.
const FIGURE_PARTS: [&str; 5] = [
    "値",
    "単位",
    "対象年（西暦）",
    "年度・年の別",
    "シートの表記",
];

pub fn headers(sheet: &DraftSheet) -> Vec<String> {
    let mut headers: Vec<String> = [
        "指標ID",
        "種別",
        "基本目標",
        "基本目標名",
        "施策番号",
        "施策名",
        "指標名",
        "内訳",
    ]
    .map(String::from)
    .to_vec();
    for field in sheet.fields {
        let name = column_name_ja(field);
        headers.extend(FIGURE_PARTS.map(|part| format!("{name}（{part}）")));
    }
    headers.extend(
        [
            "進捗状況",
            "進捗が遅れている理由",
            "担当課",
            "①取組",
            "②課題",
            "③今後の方策",
            "この端末のメモ",
            "この端末で編集した項目",
            "編集した項目の市の公表値",
        ]
        .map(String::from),
    );
    // The app's own columns come last, each headed 【アプリの計算】 so that no department
    // takes them for a field to fill in (the import ignores them).
    headers.extend(COMPUTED_HEADERS.map(|h| format!("{COMPUTED}{h}")));
    headers
}

/// Marks a column the app computed (the progress measure, docs/progress-method.md).
const COMPUTED: &str = "【アプリの計算】";

/// The computed block's columns, in the order `progress_cells` writes them: the label,
/// then `CSV_HEADERS[2..]` (category … cautions) in words.
const COMPUTED_HEADERS: [&str; 13] = [
    "進捗の評価",
    "評価の区分（キー）",
    "評価できない理由（キー）",
    "R（これまでの伸び÷必要な伸び）",
    "これまでの伸び（年率）CAGR_o",
    "必要な伸び（年率）CAGR_r",
    "基準値 y0",
    "基準値の年 t0",
    "最新の実績 yt",
    "最新の実績の年 t",
    "最終目標 yT",
    "最終目標の年 T",
    "注意（キー）",
];

/// The whole file.
pub fn draft_sheet_csv(sheet: &DraftSheet) -> String {
    csv::document(
        &headers(sheet),
        sheet.rows.iter().flat_map(|row| records(sheet, row)),
    )
}

fn records<'a>(sheet: &'a DraftSheet, row: &'a SheetRow) -> impl Iterator<Item = Vec<String>> + 'a {
    part_labels(row).into_iter().map(move |label| {
        let mut cells = vec![
            row.id.clone(),
            match row.kind {
                Kind::NumericalTarget => "数値目標".to_string(),
                Kind::Kpi => "KPI".to_string(),
            },
            row.subgoal_id.clone(),
            row.subgoal.ja.clone(),
            row.measure
                .as_ref()
                .map_or(String::new(), |(no, _)| no.to_string()),
            row.measure
                .as_ref()
                .map_or(String::new(), |(_, name)| name.ja.clone()),
            row.name.ja.clone(),
            label.clone().unwrap_or_default(),
        ];
        for cell in &row.figures {
            cells.extend(figure_cells(cell.shown.as_ref(), &label));
        }
        cells.extend([
            status_name(row.status.shown),
            row.delay_reason.shown.clone().unwrap_or_default(),
            row.department.ja.clone(),
            row.initiatives.shown.clone(),
            row.challenges.shown.clone(),
            row.plans.shown.clone(),
            row.note.clone().unwrap_or_default(),
        ]);
        let edited = edited_cells(sheet, row);
        cells.push(
            edited
                .iter()
                .map(|(name, _)| name.as_str())
                .collect::<Vec<_>>()
                .join("・"),
        );
        cells.push(
            edited
                .iter()
                .map(|(name, official)| format!("{name}: {official}"))
                .collect::<Vec<_>>()
                .join(" / "),
        );
        cells.extend(progress_cells(row, &label));
        cells
    })
}

/// The computed label of the record's part (of the row, for a one-part row) and R with
/// its inputs.
fn progress_cells(row: &SheetRow, label: &Option<String>) -> Vec<String> {
    let assessment = &row.progress;
    let at = assessment
        .parts
        .iter()
        .position(|p| &p.label == label)
        .unwrap_or(0);
    let Some(part) = assessment.parts.get(at) else {
        return vec![String::new(); CSV_HEADERS.len() - 1];
    };
    let figures = csv_rows(&row.id, assessment).swap_remove(at);
    let mut cells = vec![plain(outcome_label(part.outcome, Lang::Ja))];
    cells.extend(figures.into_iter().skip(2));
    cells
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
fn figure_cells(value: Option<&Value>, label: &Option<String>) -> [String; 5] {
    let Some(value) = value else {
        return Default::default();
    };
    let part = value.parts.iter().find(|p| &p.label == label);
    [
        part.map_or(String::new(), |p| csv::number(p.value)),
        part.and_then(|p| p.unit.clone()).unwrap_or_default(),
        value.period.map_or(String::new(), |p| p.year.to_string()),
        value.period.map_or(String::new(), |p| {
            if p.fiscal { "年度" } else { "年" }.to_string()
        }),
        value.raw.clone(),
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
