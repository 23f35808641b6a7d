//! The sheet as open data, following 総務省「統計表における機械判読可能なデータの表記方法の
//! 統一ルール」: one record per figure (indicator × column × part), one value per cell,
//! numbers without separators or units, the unit and the reference year (西暦, with 和暦 in
//! a column of its own) in their own columns, every header filled in, and the local
//! government code and name in every record. Beside it the whole sheet as JSON, and a
//! Frictionless `datapackage.json` that describes both files' fields.
//!
//! Built from the official sheet only: local edits never reach the open data.

use serde_json::{json, Value as Json};

use crate::domain::cells::format::era;
use crate::domain::cells::sheet_phrases::{method_side, MethodSide};
use crate::domain::exports::csv;
use crate::domain::i18n::Messages;
use crate::domain::i18n::Words;
use crate::domain::i18n::{plain, Lang};
use crate::domain::model::{Column, Dataset, Indicator, Kind};

/// 全国地方公共団体コード of Isesaki City (Gunma), with its check digit.
pub const LOCAL_GOVERNMENT_CODE: &str = "102041";
pub const PACKAGE_FILE: &str = "datapackage.json";

/// The CSV's file name for an edition (the sheet's fiscal year).
pub fn csv_file(data: &Dataset) -> String {
    format!("isesaki-kpi-fy{}.csv", data.fiscal_year)
}

/// The JSON's file name for an edition.
pub fn json_file(data: &Dataset) -> String {
    format!("isesaki-kpi-fy{}.json", data.fiscal_year)
}
/// The licence the city's open data is published under (政府標準利用規約 2.0, which is
/// compatible with CC BY 4.0).
pub const LICENCE_URL: &str = "https://creativecommons.org/licenses/by/4.0/";
pub const SOURCE_SITE: &str = "https://www.city.isesaki.lg.jp/";

/// One column of the CSV: its header (Japanese, which is also its name in the data
/// package, as Frictionless matches names to headers), an English title, its type for the
/// data package, and a description.
struct Field {
    header: &'static str,
    title: &'static str,
    kind: &'static str,
    description: &'static str,
}

const FIELDS: [Field; 21] = [
    Field {
        header: "全国地方公共団体コード",
        title: "Local government code",
        kind: "string",
        description: "全国地方公共団体コード（6桁、検査数字付き）",
    },
    Field {
        header: "地方公共団体名",
        title: "Local government name",
        kind: "string",
        description: "地方公共団体名",
    },
    Field {
        header: "指標ID",
        title: "Indicator ID",
        kind: "string",
        description: "指標の識別子（基本目標-施策番号-連番）",
    },
    Field {
        header: "指標URL",
        title: "Indicator URL",
        kind: "string",
        description: "指標の詳細ページのURL（ファイルを書き出したページのアドレスから作る。識別子として使える）",
    },
    Field {
        header: "種別",
        title: "Kind (numerical target or KPI)",
        kind: "string",
        description: "数値目標 または KPI",
    },
    Field {
        header: "基本目標",
        title: "Sub-goal number",
        kind: "string",
        description: "基本目標の番号（例: 1-2）",
    },
    Field {
        header: "施策番号",
        title: "Measure number",
        kind: "integer",
        description: "基本目標の中の施策の番号（数値目標は空）",
    },
    Field {
        header: "指標名",
        title: "Indicator name",
        kind: "string",
        description: "指標名（市の表記）",
    },
    Field {
        header: "指標名（英語）",
        title: "Indicator name (English)",
        kind: "string",
        description: "指標名の英訳",
    },
    Field {
        header: "担当課",
        title: "Department",
        kind: "string",
        description: "担当課",
    },
    Field {
        header: "項目",
        title: "Column of the sheet",
        kind: "string",
        description: "基準値・令和4年度実績・令和5年度実績・令和5年度目標・最終目標（令和9年度）",
    },
    Field {
        header: "内訳",
        title: "Part",
        kind: "string",
        description: "一つの欄に複数の値があるときの内訳（男性・女性など）。なければ空",
    },
    Field {
        header: "値",
        title: "Value",
        kind: "number",
        description: "値（桁区切り・単位なし）。数値でない欄は空",
    },
    Field {
        header: "単位",
        title: "Unit",
        kind: "string",
        description: "値の単位",
    },
    Field {
        header: "対象年（西暦）",
        title: "Reference year",
        kind: "integer",
        description: "値が指す年または年度（西暦）",
    },
    Field {
        header: "年・年度の別",
        title: "Year type",
        kind: "string",
        description: "年度（4月〜翌3月）または 年（1月〜12月）",
    },
    Field {
        header: "対象年（和暦）",
        title: "Reference year (Japanese era)",
        kind: "string",
        description: "値が指す年または年度（和暦）",
    },
    Field {
        header: "シートの表記",
        title: "As printed",
        kind: "string",
        description: "検証シートに印刷されたとおりの文字列",
    },
    Field {
        header: "算出方法の区分",
        title: "Method of measurement",
        kind: "string",
        description: "算出方法が途中で変わった指標で、値がどちらの方法によるか（変更前・変更後）。空は変更なし。変更前と変更後の値は比べられない（系列の断絶）",
    },
    Field {
        header: "検証シートの年度（西暦）",
        title: "Edition",
        kind: "integer",
        description: "値を載せた効果検証シートの年度（西暦。2023は令和5年度の検証シート）",
    },
    Field {
        header: "進捗状況（市の評価）",
        title: "City's status",
        kind: "string",
        description: "市による進捗の評価",
    },
];

/// The sheet as CSV (UTF-8 with BOM, CRLF), one record per figure. `page` is the app's
/// address (without a query), from which each indicator's address is made; empty gives
/// addresses relative to the app.
pub fn sheet_csv(data: &Dataset, page: &str) -> String {
    let headers: Vec<String> = FIELDS.iter().map(|f| f.header.to_string()).collect();
    csv::document(
        &headers,
        data.indicators
            .iter()
            .flat_map(|row| records(data, row, page)),
    )
}

fn records<'a>(
    data: &'a Dataset,
    row: &'a Indicator,
    page: &'a str,
) -> impl Iterator<Item = Vec<String>> + 'a {
    Column::ALL.into_iter().flat_map(move |column| {
        let value = row.values.get(column);
        let period = value.period.unwrap_or(crate::domain::model::Period {
            year: column.default_fiscal_year(),
            fiscal: true,
        });
        let common = move |part: Option<&str>, figure: String, unit: String| {
            vec![
                LOCAL_GOVERNMENT_CODE.to_string(),
                data.city.clone(),
                row.id.clone(),
                format!("{page}?kpi={}", row.id),
                match row.kind {
                    Kind::NumericalTarget => "数値目標".to_string(),
                    Kind::Kpi => "KPI".to_string(),
                },
                row.subgoal.clone(),
                row.measure.map_or(String::new(), |m| m.to_string()),
                row.name.clone(),
                row.name_en.clone(),
                row.department.clone(),
                column_name(column).to_string(),
                part.unwrap_or_default().to_string(),
                figure,
                unit,
                period.year.to_string(),
                if period.fiscal { "年度" } else { "年" }.to_string(),
                era(period),
                value.raw.clone(),
                match method_side(value) {
                    Some(MethodSide::Before) => "変更前",
                    Some(MethodSide::After) => "変更後",
                    None => "",
                }
                .to_string(),
                data.fiscal_year.to_string(),
                status_name(row),
            ]
        };
        let lines: Vec<Vec<String>> = if value.parts.is_empty() {
            vec![common(None, String::new(), String::new())]
        } else {
            value
                .parts
                .iter()
                .map(|p| {
                    common(
                        p.label.as_deref(),
                        csv::number(p.value),
                        p.unit.clone().unwrap_or_default(),
                    )
                })
                .collect()
        };
        lines
    })
}

fn column_name(column: Column) -> &'static str {
    match column {
        Column::Baseline => "基準値",
        Column::ActualFy2022 => "令和4年度実績",
        Column::ActualFy2023 => "令和5年度実績",
        Column::TargetFy2023 => "令和5年度目標",
        Column::TargetFinal => "最終目標（令和9年度）",
    }
}

fn status_name(row: &Indicator) -> String {
    plain(Messages::of(Lang::Ja).status(row.status))
}

/// The official sheet as JSON, in the schema of the embedded file.
pub fn sheet_json(data: &Dataset) -> String {
    serde_json::to_string_pretty(data).unwrap_or_default()
}

/// What a field's values may be, for the data package (Frictionless constraints).
fn constraints(header: &str) -> Json {
    match header {
        "全国地方公共団体コード" => json!({ "required": true, "pattern": "[0-9]{6}" }),
        "地方公共団体名" | "指標ID" | "指標URL" | "指標名" | "項目" | "シートの表記" =>
        {
            json!({ "required": true })
        }
        "種別" => json!({ "required": true, "enum": ["数値目標", "KPI"] }),
        "年・年度の別" => json!({ "required": true, "enum": ["年度", "年"] }),
        "算出方法の区分" => json!({ "enum": ["変更前", "変更後"] }),
        "対象年（西暦）" | "検証シートの年度（西暦）" => {
            json!({ "required": true, "minimum": 2000, "maximum": 2100 })
        }
        "進捗状況（市の評価）" => {
            json!({ "required": true, "enum": ["順調に進捗", "概ね順調に進捗", "進捗の遅れ"] })
        }
        _ => json!({}),
    }
}

/// A Frictionless Data Package describing both files of an edition: the CSV's fields by
/// their headers, with types, what may be missing (an empty cell) and what each may hold.
pub fn datapackage_json(data: &Dataset) -> String {
    let fields: Vec<Json> = FIELDS
        .iter()
        .map(|f| {
            let mut field = json!({ "name": f.header, "title": f.title, "type": f.kind, "description": f.description });
            let limits = constraints(f.header);
            if limits.as_object().is_some_and(|c| !c.is_empty()) {
                field["constraints"] = limits;
            }
            if f.header == "値" {
                // The unit differs by record: it is a column of its own.
                field["bareNumber"] = json!(true);
            }
            field
        })
        .collect();
    let year = data.fiscal_year;
    let reiwa = year - 2018;
    let package = json!({
        "profile": "data-package",
        "name": format!("isesaki-kpi-fy{year}"),
        "title": data.title,
        "description": format!("伊勢崎市 第2期まち・ひと・しごと創生総合戦略 効果検証シート（令和{reiwa}年度）の数値目標・KPI。値の単位は「単位」列、値が指す年は「対象年」列にある。/ Isesaki City's FY{year} verification sheet of its 2nd regional revitalization strategy: numerical targets and KPIs. Each value's unit is in the 単位 (unit) column, its year in the 対象年 (reference year) columns."),
        "homepage": "./?view=data",
        "version": year.to_string(),
        "licenses": [{
            "name": "CC-BY-4.0",
            "path": LICENCE_URL,
            "title": "政府標準利用規約（第2.0版）に準拠 / compatible with Creative Commons Attribution 4.0"
        }],
        "sources": [{ "title": data.source, "path": SOURCE_SITE }],
        "keywords": ["伊勢崎市", "地方創生", "KPI", "効果検証", LOCAL_GOVERNMENT_CODE],
        "resources": [
            {
                "name": "indicators",
                "path": csv_file(data),
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8-sig",
                "dialect": { "delimiter": ",", "lineTerminator": "\r\n", "header": true },
                "schema": {
                    "fields": fields,
                    "primaryKey": ["指標ID", "項目", "内訳"],
                    "missingValues": [""]
                }
            },
            {
                "name": "sheet",
                "path": json_file(data),
                "profile": "data-resource",
                "format": "json",
                "mediatype": "application/json",
                "encoding": "utf-8",
                "description": "The whole sheet: goals, sub-goals, measures and indicators with every cell as printed and as read (period, parts, units)."
            }
        ]
    });
    serde_json::to_string_pretty(&package).unwrap_or_default()
}
