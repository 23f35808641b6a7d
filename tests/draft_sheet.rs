//! The draft of next year's verification sheet: its rows in the printed order and columns,
//! edited cells told apart from the city's, the department filter, the progress line, and
//! the CSV that Excel and other systems read with numbers as numbers.

mod support;
use isesaki_kpi::domain::edits::{apply, EditSet, Field};
use isesaki_kpi::domain::exports::draft_sheet::DraftSheet;
use isesaki_kpi::domain::exports::draft_sheet_csv::{draft_sheet_csv, file_name};
use isesaki_kpi::domain::navigation::view::{Page, View};
use isesaki_kpi::domain::{Column, Dataset, Status};
use support::{edits_made, official_dataset};

const NOW: &str = "2026-11-25T10:00:00.000Z";

fn data() -> Dataset {
    official_dataset().unwrap()
}

/// Edits as a file or the storage holds them: `(kpi, field, value)`.
fn edits(entries: &[(&str, &str, &str)]) -> EditSet {
    edits_made(entries, NOW)
}

/// The draft as the page builds it, with `set` laid over the official sheet.
fn draft(set: &EditSet, department: Option<&str>) -> DraftSheet {
    let official = data();
    DraftSheet::build(&official, &apply(&official, set), Some(set), department)
}

#[test]
fn every_row_in_the_printed_order_with_the_sheets_columns() {
    let official = data();
    let sheet = DraftSheet::build(&official, &official, None, None);
    assert_eq!(sheet.draft_year, 2024);
    assert_eq!(sheet.rows.len(), 47);
    let ids: Vec<&str> = sheet.rows.iter().map(|r| r.id.as_str()).collect();
    let sheet_order: Vec<&str> = official.indicators.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, sheet_order);
    assert_eq!(
        sheet.fields,
        [
            Field::Value(Column::Baseline),
            Field::Value(Column::ActualFy2023),
            Field::LaterActual(2024),
            Field::LaterTarget(2024),
            Field::Value(Column::TargetFinal),
        ]
    );
    let first = &sheet.rows[0];
    assert_eq!(first.subgoal.ja, "安定した雇用の創出");
    assert_eq!(first.figures[1].shown.as_ref().unwrap().raw, "1,472件");
    assert_eq!(
        first.figures[2].shown, None,
        "no FY2024 actual is published"
    );
    assert_eq!(first.status.shown, Status::MostlyOnTrack);
    assert!(!sheet.includes_edits());
    assert_eq!(sheet.rows_with_draft_actual(), 0);
}

#[test]
fn sub_goals_and_measures_are_merged_down_their_rows_like_the_printed_sheet() {
    let official = data();
    let sheet = DraftSheet::build(&official, &official, None, None);
    let spans: Vec<usize> = sheet
        .rows
        .iter()
        .map(|r| r.subgoal_span)
        .filter(|n| *n > 0)
        .collect();
    assert_eq!(spans, [11, 6, 9, 4, 11, 6]);
    assert_eq!(spans.iter().sum::<usize>(), 47);
    // The numerical target stands alone; the measures below it cover their KPIs.
    assert!(sheet.rows[0].measure.is_none());
    let measure_spans: Vec<usize> = sheet.rows[..11].iter().map(|r| r.measure_span).collect();
    assert_eq!(measure_spans, [1, 3, 0, 0, 3, 0, 0, 2, 0, 2, 0]);
    assert_eq!(sheet.rows.iter().map(|r| r.measure_span).sum::<usize>(), 47);
}

#[test]
fn edited_cells_are_marked_and_keep_the_official_value() {
    let set = edits(&[
        ("1-1-00", "actual_fy2024", "1,510件"),
        ("1-1-00", "actual_fy2023", "1,600件"),
        ("1-1-02", "status", "on_track"),
    ]);
    let sheet = draft(&set, None);
    let jobs = &sheet.rows[0];
    assert!(jobs.figures[2].edited);
    assert_eq!(jobs.figures[2].shown.as_ref().unwrap().raw, "1,510件");
    assert_eq!(jobs.figures[2].official, None);
    assert!(jobs.figures[1].edited);
    assert_eq!(jobs.figures[1].official.as_ref().unwrap().raw, "1,472件");
    assert!(!jobs.figures[0].edited && !jobs.figures[3].edited && !jobs.figures[4].edited);
    assert!(!jobs.status.edited);

    // A status no longer delayed leaves the delay reason out: the status is an edit, the
    // reason is said to be left out, not marked as an edit that no file holds.
    let delayed = sheet.rows.iter().find(|r| r.id == "1-1-02").unwrap();
    assert!(delayed.status.edited);
    assert_eq!(
        (delayed.status.shown, delayed.status.official),
        (Status::OnTrack, Status::Delayed)
    );
    assert!(!delayed.delay_reason.edited);
    assert!(delayed.reason_left_out);
    assert_eq!(delayed.delay_reason.shown, None);
    assert!(delayed.delay_reason.official.is_some());
    assert!(delayed.texts().iter().all(|t| !t.edited));

    assert!(sheet.includes_edits());
    assert_eq!(sheet.rows_with_draft_actual(), 1);
    assert_eq!(sheet.rows.iter().filter(|r| r.edited()).count(), 2);
}

#[test]
fn the_official_only_switch_gives_a_draft_without_marks() {
    let official = data();
    let sheet = DraftSheet::build(&official, &official, None, None);
    assert!(sheet.rows.iter().all(|r| !r.edited()));
    assert!(!sheet.includes_edits());
}

#[test]
fn a_department_sees_its_own_rows_and_its_progress() {
    let set = edits(&[
        ("1-1-02", "actual_fy2024", "6件"),
        ("1-1-09", "actual_fy2024", "150人"),
    ]);
    let sheet = draft(&set, Some("商工労働課"));
    let ids: Vec<&str> = sheet.rows.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(
        ids,
        ["1-1-00", "1-1-02", "1-1-03", "1-1-04", "1-1-05", "3-1-08"]
    );
    assert_eq!(sheet.department.as_deref(), Some("商工労働課"));
    // 1-1-09 belongs to 農政課: its actual is not this department's progress.
    assert_eq!(sheet.rows_with_draft_actual(), 1);
    // Runs are of the rows shown: 1-1 covers five, 3-1 one.
    let spans: Vec<usize> = sheet.rows.iter().map(|r| r.subgoal_span).collect();
    assert_eq!(spans, [5, 0, 0, 0, 0, 1]);
    assert_eq!(draft(&set, None).rows_with_draft_actual(), 2);
}

/// The CSV as records of cells (quoted cells may hold commas, quotes and line breaks).
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let (mut records, mut record, mut cell, mut quoted) =
        (Vec::new(), Vec::new(), String::new(), false);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                cell.push('"');
                chars.next();
            }
            '"' => quoted = !quoted,
            ',' if !quoted => record.push(std::mem::take(&mut cell)),
            '\r' if !quoted && chars.peek() == Some(&'\n') => {
                chars.next();
                record.push(std::mem::take(&mut cell));
                records.push(std::mem::take(&mut record));
            }
            other => cell.push(other),
        }
    }
    assert!(
        record.is_empty() && cell.is_empty(),
        "the file ends with CRLF"
    );
    records
}

struct Csv {
    headers: Vec<String>,
    records: Vec<Vec<String>>,
}

impl Csv {
    fn of(sheet: &DraftSheet) -> Csv {
        let text = draft_sheet_csv(sheet);
        assert!(
            text.starts_with('\u{FEFF}'),
            "a byte-order mark, so Excel reads UTF-8"
        );
        let mut records = parse_csv(text.trim_start_matches('\u{FEFF}'));
        let headers = records.remove(0);
        assert!(records.iter().all(|r| r.len() == headers.len()));
        Csv { headers, records }
    }

    fn at(&self, name: &str) -> usize {
        self.headers
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("no column {name}: {:?}", self.headers))
    }

    fn record(&self, id: &str, part: &str) -> &Vec<String> {
        self.records
            .iter()
            .find(|r| r[0] == id && r[self.at("内訳")] == part)
            .unwrap()
    }

    fn cell(&self, id: &str, part: &str, column: &str) -> &str {
        &self.record(id, part)[self.at(column)]
    }
}

#[test]
fn the_csv_has_one_value_per_cell_with_unit_and_year_beside_it() {
    let csv = Csv::of(&draft(&edits(&[]), None));
    // 47 rows, two of which hold two parts each (小学校/中学校, 男性/女性).
    assert_eq!(csv.records.len(), 49);
    assert!(csv.headers.iter().all(|h| !h.trim().is_empty()));
    for name in [
        "基本目標",
        "施策番号",
        "施策名",
        "指標名",
        "進捗状況",
        "進捗が遅れている理由",
        "担当課",
        "①取組",
        "②課題",
        "③今後の方策",
    ] {
        csv.at(name);
    }
    // The sheet's 「11,017億円（令和3年）」 becomes a number, its unit and its year.
    assert_eq!(csv.cell("1-1-01", "", "令和5年度実績（値）"), "11017");
    assert_eq!(csv.cell("1-1-01", "", "令和5年度実績（単位）"), "億円");
    assert_eq!(
        csv.cell("1-1-01", "", "令和5年度実績（対象年（西暦））"),
        "2021"
    );
    assert_eq!(
        csv.cell("1-1-01", "", "令和5年度実績（年度・年の別）"),
        "年"
    );
    assert_eq!(
        csv.cell("1-1-01", "", "令和5年度実績（シートの表記）"),
        "11,017億円（令和3年）"
    );
    assert_eq!(csv.cell("1-1-00", "", "基準値（値）"), "1563");
    assert_eq!(csv.cell("1-1-00", "", "基準値（対象年（西暦））"), "2019");
    assert_eq!(csv.cell("3-1-01", "女性", "令和5年度実績（値）"), "83.7");
    assert_eq!(csv.cell("3-1-01", "男性", "令和5年度実績（値）"), "79.4");
    // Every value cell is a plain number or empty.
    let value_columns: Vec<usize> = csv
        .headers
        .iter()
        .enumerate()
        .filter(|(_, h)| h.ends_with("（値）"))
        .map(|(i, _)| i)
        .collect();
    assert_eq!(value_columns.len(), 5);
    for record in &csv.records {
        for &i in &value_columns {
            let cell = &record[i];
            assert!(
                cell.is_empty() || cell.parse::<f64>().is_ok(),
                "{} {}: {cell}",
                record[0],
                csv.headers[i]
            );
            assert!(!cell.contains(','));
        }
    }
    // A cell with words only keeps them, with no number.
    assert_eq!(csv.cell("2-1-00", "", "最終目標（値）"), "");
    assert!(csv
        .cell("2-1-00", "", "最終目標（シートの表記）")
        .starts_with("令和6年3月の改訂"));
    assert_eq!(csv.cell("1-1-00", "", "進捗状況"), "概ね順調に進捗");
    assert_eq!(csv.cell("1-1-00", "", "担当課"), "商工労働課");
}

#[test]
fn the_csv_names_what_this_device_edited_with_the_official_text() {
    let set = edits(&[
        ("1-1-00", "actual_fy2024", "1,510件"),
        ("1-1-00", "status", "on_track"),
        ("1-1-00", "note", "速報値"),
    ]);
    let csv = Csv::of(&draft(&set, None));
    assert_eq!(csv.cell("1-1-00", "", "令和6年度実績（値）"), "1510");
    assert_eq!(csv.cell("1-1-00", "", "令和6年度実績（単位）"), "件");
    assert_eq!(
        csv.cell("1-1-00", "", "令和6年度実績（対象年（西暦））"),
        "2024"
    );
    assert_eq!(csv.cell("1-1-00", "", "進捗状況"), "順調に進捗");
    assert_eq!(
        csv.cell("1-1-00", "", "この端末で編集した項目"),
        "令和6年度実績・進捗状況"
    );
    assert_eq!(
        csv.cell("1-1-00", "", "編集した項目の市の公表値"),
        "令和6年度実績: なし / 進捗状況: 概ね順調に進捗"
    );
    assert_eq!(csv.cell("1-1-00", "", "この端末のメモ"), "速報値");
    assert_eq!(csv.cell("1-1-01", "", "この端末で編集した項目"), "");
}

#[test]
fn the_csv_is_crlf_and_formula_safe() {
    let set = edits(&[
        ("1-1-00", "note", "=HYPERLINK(\"http://x\",\"a\")"),
        ("1-1-01", "note", "1行目\n@SUM(A1)"),
    ]);
    let sheet = draft(&set, None);
    let text = draft_sheet_csv(&sheet);
    assert!(text.ends_with("\r\n"));
    // Every line break outside a quoted cell is CRLF.
    let records = parse_csv(text.trim_start_matches('\u{FEFF}'));
    assert_eq!(records.len(), 50);
    let csv = Csv::of(&sheet);
    assert_eq!(
        csv.cell("1-1-00", "", "この端末のメモ"),
        "'=HYPERLINK(\"http://x\",\"a\")"
    );
    assert_eq!(csv.cell("1-1-01", "", "この端末のメモ"), "1行目\n@SUM(A1)");
    for record in &csv.records {
        for cell in record {
            assert!(!cell.starts_with(['=', '+', '@']), "{cell}");
        }
    }
}

#[test]
fn the_files_are_named_for_what_they_hold() {
    let official = data();
    let all = DraftSheet::build(&official, &official, None, None);
    assert_eq!(
        file_name(&all, "2026-11-25", "csv"),
        "isesaki-kpi-draft-sheet-fy2024-2026-11-25.csv"
    );
    let one = DraftSheet::build(&official, &official, None, Some("農政課"));
    assert_eq!(
        file_name(&one, "2026-11-25", "xlsx"),
        "isesaki-kpi-draft-sheet-fy2024-農政課-2026-11-25.xlsx"
    );
}

#[test]
fn the_sheet_is_a_link_of_its_own_and_never_in_a_kiosk_or_an_embed() {
    let data = data();
    let view = View::from_query("view=sheet&dept=商工労働課", &data);
    assert_eq!(view.page, Page::Sheet);
    assert_eq!(view.filter.department.as_deref(), Some("商工労働課"));
    assert!(view.to_query().contains("view=sheet"));
    assert_eq!(View::from_query(&view.to_query(), &data), view);
    assert_eq!(
        View::from_query("view=sheet&kiosk=1", &data).page,
        Page::Overview
    );
    assert_eq!(
        View::from_query("view=sheet&embed=1", &data).page,
        Page::Overview
    );
    // From a filtered list, the sheet keeps only the department.
    let list = View::from_query("status=delayed&q=バス&dept=交通政策課&lang=en", &data);
    let sheet = list.sheet_of(list.filter.department.clone());
    assert_eq!(sheet.page, Page::Sheet);
    assert_eq!(sheet.filter.department.as_deref(), Some("交通政策課"));
    assert!(sheet.filter.statuses.is_empty() && sheet.filter.query.is_empty());
    assert_eq!(sheet.lang, list.lang);
    let kiosk = View::from_query("kiosk=1", &data);
    assert_eq!(kiosk.sheet_of(None), kiosk);
}
