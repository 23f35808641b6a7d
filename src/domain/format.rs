//! Words and numbers as the sheet's readers expect them.

use super::achievement::PartRatio;
use super::model::{Column, Period, Value};

/// 令和5年度 / 令和3年 / 平成30年度 for a period.
pub fn period_ja(period: Period) -> String {
    let (era, year) = if period.year >= 2019 { ("令和", period.year - 2018) } else { ("平成", period.year - 1988) };
    let year = if year == 1 { "元".to_string() } else { year.to_string() };
    format!("{era}{year}年{}", if period.fiscal { "度" } else { "" })
}

/// FY2023 / 2021 for a period.
pub fn period_en(period: Period) -> String {
    if period.fiscal {
        format!("FY{}", period.year)
    } else {
        period.year.to_string()
    }
}

/// True when the figure in this cell does not refer to the column's own year
/// (e.g. 令和3年 data printed in the FY2023 column).
pub fn period_differs(value: &Value, column: Column) -> bool {
    value.period.is_some_and(|p| p != Period { year: column.default_fiscal_year(), fiscal: true })
}

/// 92% (rounded to whole percent; one decimal below 10%).
pub fn percent(ratio: f64) -> String {
    let pct = ratio * 100.0;
    if pct.abs() < 10.0 {
        format!("{pct:.1}%")
    } else {
        format!("{pct:.0}%")
    }
}

/// "小学校 92% / 中学校 85%", or "92%" for a single part.
pub fn parts_percent(parts: &[PartRatio]) -> Option<String> {
    join_parts(parts, percent)
}

/// Each part as "label text", joined with " / "; `None` if any part has no ratio.
fn join_parts(parts: &[PartRatio], text: impl Fn(f64) -> String) -> Option<String> {
    let pieces: Option<Vec<String>> = parts
        .iter()
        .map(|p| p.ratio.map(|r| format!("{}{}", p.label.as_ref().map_or(String::new(), |l| format!("{l} ")), text(r))))
        .collect();
    pieces.map(|p| p.join(" / "))
}

/// A cell in English: numbers with English units and labels (1,563件 → 1,563 cases,
/// 331万人 → 3.31 million people). The year note is left to the caller; text cells the
/// app cannot translate stay as printed.
pub fn value_en(value: &Value) -> String {
    // Words that stand for a zero (待機児童なし) read as words, not as "0 people".
    if value.raw.trim() == "待機児童なし" {
        return "No children on waiting lists".to_string();
    }
    if value.parts.is_empty() {
        return match value.raw.trim() {
            "－" | "-" => "—".to_string(),
            other => other.to_string(),
        };
    }
    let parts: Vec<String> = value
        .parts
        .iter()
        .map(|part| {
            let label = part.label.as_deref().map(|l| match l {
                "男性" => "Men ",
                "女性" => "Women ",
                "小学校" => "Elementary ",
                "中学校" => "Junior high ",
                _ => "",
            });
            format!("{}{}", label.unwrap_or(""), figure_en(part.value, part.unit.as_deref()))
        })
        .collect();
    let note = match value.note.as_deref() {
        Some(n) if n.contains("変更前") => " (old method)".to_string(),
        Some(n) if n.contains("変更後") => " (new method)".to_string(),
        Some(n) => format!(" {n}"),
        None => String::new(),
    };
    format!("{}{note}", parts.join(", "))
}

fn figure_en(value: f64, unit: Option<&str>) -> String {
    match unit {
        Some("件") => format!("{} cases", format_number(value)),
        Some("人") => format!("{} people", format_number(value)),
        Some("万人") => {
            let people = value * 10_000.0;
            if people >= 1_000_000.0 {
                format!("{} million people", format_number((people / 10_000.0).round() / 100.0))
            } else {
                format!("{} people", format_number(people))
            }
        }
        Some("億円") => format!("¥{} billion", format_number(value / 10.0)),
        Some("%") => format!("{}%", format_number(value)),
        Some("ha") => format!("{} ha", format_number(value)),
        Some("事業所") => format!("{} establishments", format_number(value)),
        Some("カ所") => format!("{} sites", format_number(value)),
        Some("教室") => format!("{} classrooms", format_number(value)),
        Some("歳") => format!("{} years", format_number(value)),
        Some("日") => format!("{} days", format_number(value)),
        Some("基") => format!("{} units", format_number(value)),
        Some(other) => format!("{} {other}", format_number(value)),
        None => format_number(value),
    }
}

/// 1,563 / 80.5 / 0.12: thousands separators, at most two decimals, no trailing zeros.
pub fn format_number(value: f64) -> String {
    let rounded = (value * 100.0).round() / 100.0;
    let negative = rounded < 0.0;
    let text = format!("{:.2}", rounded.abs());
    let (int_part, frac_part) = text.split_once('.').unwrap_or((&text, ""));
    let mut grouped = String::new();
    for (i, digit) in int_part.chars().enumerate() {
        if i > 0 && (int_part.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    let frac = frac_part.trim_end_matches('0');
    format!("{}{}{}{}", if negative { "-" } else { "" }, grouped, if frac.is_empty() { "" } else { "." }, frac)
}
