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
use crate::domain::exports::csv;
use crate::domain::i18n::Messages;
use crate::domain::i18n::Words;
use crate::domain::i18n::{plain, Lang};
use crate::domain::model::{Column, Dataset, Indicator, Kind};

/// 全国地方公共団体コード of Isesaki City (Gunma), with its check digit.
pub const LOCAL_GOVERNMENT_CODE: &str = "102041";
pub const CSV_FILE: &str = "isesaki-kpi-fy2023.csv";
pub const JSON_FILE: &str = "isesaki-kpi-fy2023.json";
pub const PACKAGE_FILE: &str = "datapackage.json";
/// The licence the city's open data is published under (政府標準利用規約 2.0, which is
/// compatible with CC BY 4.0).
pub const LICENCE_URL: &str = "https://creativecommons.org/licenses/by/4.0/";
pub const SOURCE_SITE: &str = "https://www.city.isesaki.lg.jp/";

/// One column of the CSV: its header as printed (Japanese), a machine name, its type for
/// the data package, and a description.
struct Field {
    header: &'static str,
    name: &'static str,
    kind: &'static str,
    description: &'static str,
}

const FIELDS: [Field; 19] = [
    Field {
        header: "全国地方公共団体コード",
        name: "local_government_code",
        kind: "string",
        description: "全国地方公共団体コード（6桁、検査数字付き）",
    },
    Field {
        header: "地方公共団体名",
        name: "local_government_name",
        kind: "string",
        description: "地方公共団体名",
    },
    Field {
        header: "指標ID",
        name: "indicator_id",
        kind: "string",
        description: "指標の識別子（基本目標-施策番号-連番）",
    },
    Field {
        header: "指標URL",
        name: "indicator_url",
        kind: "string",
        description: "指標の詳細ページへの相対URL（識別子として使える）",
    },
    Field {
        header: "種別",
        name: "kind",
        kind: "string",
        description: "数値目標 または KPI",
    },
    Field {
        header: "基本目標",
        name: "subgoal_id",
        kind: "string",
        description: "基本目標の番号（例: 1-2）",
    },
    Field {
        header: "施策番号",
        name: "measure_no",
        kind: "integer",
        description: "基本目標の中の施策の番号（数値目標は空）",
    },
    Field {
        header: "指標名",
        name: "indicator_name",
        kind: "string",
        description: "指標名（市の表記）",
    },
    Field {
        header: "指標名（英語）",
        name: "indicator_name_en",
        kind: "string",
        description: "指標名の英訳",
    },
    Field {
        header: "担当課",
        name: "department",
        kind: "string",
        description: "担当課",
    },
    Field {
        header: "項目",
        name: "column",
        kind: "string",
        description: "基準値・令和4年度実績・令和5年度実績・令和5年度目標・最終目標（令和9年度）",
    },
    Field {
        header: "内訳",
        name: "part",
        kind: "string",
        description: "一つの欄に複数の値があるときの内訳（男性・女性など）。なければ空",
    },
    Field {
        header: "値",
        name: "value",
        kind: "number",
        description: "値（桁区切り・単位なし）。数値でない欄は空",
    },
    Field {
        header: "単位",
        name: "unit",
        kind: "string",
        description: "値の単位",
    },
    Field {
        header: "対象年（西暦）",
        name: "reference_year",
        kind: "integer",
        description: "値が指す年または年度（西暦）",
    },
    Field {
        header: "年・年度の別",
        name: "year_type",
        kind: "string",
        description: "年度（4月〜翌3月）または 年（1月〜12月）",
    },
    Field {
        header: "対象年（和暦）",
        name: "reference_year_ja",
        kind: "string",
        description: "値が指す年または年度（和暦）",
    },
    Field {
        header: "シートの表記",
        name: "as_printed",
        kind: "string",
        description: "検証シートに印刷されたとおりの文字列",
    },
    Field {
        header: "進捗状況（市の評価）",
        name: "city_status",
        kind: "string",
        description: "市による進捗の評価",
    },
];

/// The sheet as CSV (UTF-8 with BOM, CRLF), one record per figure.
pub fn sheet_csv(data: &Dataset) -> String {
    let headers: Vec<String> = FIELDS.iter().map(|f| f.header.to_string()).collect();
    csv::document(
        &headers,
        data.indicators.iter().flat_map(|row| records(data, row)),
    )
}

fn records<'a>(data: &'a Dataset, row: &'a Indicator) -> impl Iterator<Item = Vec<String>> + 'a {
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
                format!("?kpi={}", row.id),
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

/// A Frictionless Data Package describing both files.
pub fn datapackage_json(data: &Dataset) -> String {
    let fields: Vec<Json> =
        FIELDS.iter().map(|f| json!({ "name": f.name, "title": f.header, "type": f.kind, "description": f.description })).collect();
    let package = json!({
        "profile": "data-package",
        "name": "isesaki-kpi-fy2023",
        "title": data.title,
        "description": "伊勢崎市 第2期まち・ひと・しごと創生総合戦略 効果検証シート（令和5年度）の数値目標・KPI。/ Isesaki City's FY2023 verification sheet of its 2nd regional revitalization strategy: numerical targets and KPIs.",
        "homepage": "./?view=data",
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
                "path": CSV_FILE,
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8-sig",
                "dialect": { "delimiter": ",", "lineTerminator": "\r\n", "header": true },
                "schema": {
                    "fields": fields,
                    "primaryKey": ["indicator_id", "column", "part"],
                    "missingValues": [""]
                }
            },
            {
                "name": "sheet",
                "path": JSON_FILE,
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
