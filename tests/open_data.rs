//! Open data as 総務省's machine-readable rules ask: one value per cell, plain numbers,
//! unit and years in their own columns, the local government code in every record.

mod support;
use isesaki_kpi::domain::exports::open_data::{
    datapackage_json, sheet_csv, sheet_json, LOCAL_GOVERNMENT_CODE,
};
use support::official_dataset;

fn records() -> (Vec<String>, Vec<Vec<String>>) {
    let csv = sheet_csv(
        &official_dataset().unwrap(),
        "https://kpi.example.jp/isesaki/",
    );
    assert!(csv.starts_with('\u{FEFF}'));
    assert!(csv.ends_with("\r\n"));
    let mut lines = csv
        .trim_start_matches('\u{FEFF}')
        .trim_end()
        .split("\r\n")
        .map(split);
    let headers = lines.next().unwrap();
    (headers, lines.collect())
}

/// Splits one CSV line (quoted cells may hold commas).
fn split(line: &str) -> Vec<String> {
    let (mut cells, mut cell, mut quoted) = (Vec::new(), String::new(), false);
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                cell.push('"');
                chars.next();
            }
            '"' => quoted = !quoted,
            ',' if !quoted => cells.push(std::mem::take(&mut cell)),
            other => cell.push(other),
        }
    }
    cells.push(cell);
    cells
}

fn column(headers: &[String], name: &str) -> usize {
    headers
        .iter()
        .position(|h| h == name)
        .unwrap_or_else(|| panic!("no column {name}"))
}

#[test]
fn every_record_has_the_code_the_city_and_one_plain_value() {
    let (headers, rows) = records();
    assert!(
        headers.iter().all(|h| !h.trim().is_empty()),
        "no blank headers"
    );
    let unique: std::collections::BTreeSet<&String> = headers.iter().collect();
    assert_eq!(unique.len(), headers.len(), "no repeated headers");
    let (code, city, value, year) = (
        column(&headers, "全国地方公共団体コード"),
        column(&headers, "地方公共団体名"),
        column(&headers, "値"),
        column(&headers, "対象年（西暦）"),
    );
    // 47 rows × 5 columns, plus a record per extra part (男性/女性, 小学校/中学校).
    assert!(rows.len() > 47 * 5, "{}", rows.len());
    for row in &rows {
        assert_eq!(row.len(), headers.len(), "{row:?}");
        assert_eq!(row[code], LOCAL_GOVERNMENT_CODE);
        assert_eq!(row[city], "伊勢崎市");
        assert!(
            row[value].is_empty() || row[value].parse::<f64>().is_ok(),
            "plain number: {row:?}"
        );
        assert!(!row[value].contains(','), "{row:?}");
        assert!(
            (2010..=2030).contains(&row[year].parse::<u16>().unwrap()),
            "{row:?}"
        );
    }
}

#[test]
fn figures_keep_their_own_year_unit_and_part() {
    let (headers, rows) = records();
    let find = |id: &str, col: &str, part: &str| {
        rows.iter()
            .find(|r| {
                r[column(&headers, "指標ID")] == id
                    && r[column(&headers, "項目")] == col
                    && r[column(&headers, "内訳")] == part
            })
            .unwrap_or_else(|| panic!("{id} {col} {part}"))
            .clone()
    };
    let jobs = find("1-1-00", "令和5年度実績", "");
    assert_eq!(jobs[column(&headers, "値")], "1472");
    assert_eq!(jobs[column(&headers, "単位")], "件");
    assert_eq!(jobs[column(&headers, "シートの表記")], "1,472件");
    // 製造業の事業所数: a 令和3年 figure printed in the FY2023 column.
    let plants = find("1-1-07", "令和5年度実績", "");
    assert_eq!(plants[column(&headers, "対象年（西暦）")], "2021");
    assert_eq!(plants[column(&headers, "年・年度の別")], "年");
    assert_eq!(plants[column(&headers, "対象年（和暦）")], "令和3年");
    let men = find("3-1-01", "基準値", "男性");
    assert!(men[column(&headers, "値")].parse::<f64>().unwrap() > 70.0);
    assert_eq!(men[column(&headers, "単位")], "歳");
}

#[test]
fn the_package_describes_every_csv_column_and_both_files() {
    let data = official_dataset().unwrap();
    let package: serde_json::Value = serde_json::from_str(&datapackage_json(&data)).unwrap();
    let (headers, _) = records();
    let fields = package["resources"][0]["schema"]["fields"]
        .as_array()
        .unwrap();
    // Frictionless matches a field's name to the CSV's header.
    let names: Vec<&str> = fields.iter().map(|f| f["name"].as_str().unwrap()).collect();
    assert_eq!(
        names,
        headers.iter().map(String::as_str).collect::<Vec<_>>()
    );
    assert!(fields
        .iter()
        .all(|f| f["title"].as_str().is_some_and(|t| t.is_ascii())));
    assert_eq!(package["resources"].as_array().unwrap().len(), 2);
    assert_eq!(package["licenses"][0]["name"], "CC-BY-4.0");
    let again: isesaki_kpi::domain::Dataset = serde_json::from_str(&sheet_json(&data)).unwrap();
    assert_eq!(again, data);
}

#[test]
fn each_indicator_has_an_absolute_address_its_edition_and_its_method() {
    let (headers, rows) = records();
    let at = |name: &str| column(&headers, name);
    for row in &rows {
        assert_eq!(
            row[at("指標URL")],
            format!("https://kpi.example.jp/isesaki/?kpi={}", row[at("指標ID")])
        );
        assert_eq!(row[at("検証シートの年度（西暦）")], "2023");
    }
    // 健康寿命: the method changed between the baseline and the FY2023 actual.
    let lifespan = |col: &str| {
        rows.iter()
            .find(|r| {
                r[at("指標ID")] == "3-1-01" && r[at("項目")] == col && r[at("内訳")] == "男性"
            })
            .unwrap()[at("算出方法の区分")]
        .clone()
    };
    assert_eq!(lifespan("基準値"), "変更前");
    assert_eq!(lifespan("令和5年度実績"), "変更後");
    let others = rows
        .iter()
        .filter(|r| r[at("指標ID")] != "3-1-01")
        .all(|r| r[at("算出方法の区分")].is_empty());
    assert!(others);
}
