//! Words and numbers as the sheet's readers expect them.

use crate::domain::i18n::lang::Lang;
use crate::domain::model::{Column, Period, Value};

/// How much a year says, in the language's one style of years.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YearStyle {
    /// 「2021年（令和3年）」「2023年度（令和5年度）」, "2021" / "FY2023", 「2023{年度|ねんど}」:
    /// 西暦 with 和暦 in Japanese, as the 総務省 rules for machine-readable tables ask.
    Full,
    /// 「2021年」「2023年度」: short enough for both ends of a card's bar on one phone line.
    Short,
    /// A data table's year column: in English a fiscal year with its months,
    /// "FY2023 (April 2023–March 2024)"; as `Full` otherwise.
    Explained,
}

/// A figure's year in the reader's language: the one place years are written.
pub fn year(period: Period, lang: Lang, style: YearStyle) -> String {
    let Period { year, fiscal } = period;
    match (lang, style) {
        (Lang::En, YearStyle::Explained) if fiscal => {
            format!("FY{year} (April {year}–March {})", year + 1)
        }
        (Lang::En, _) if fiscal => format!("FY{year}"),
        (Lang::En, _) => year.to_string(),
        (Lang::Ja, YearStyle::Short) => format!("{year}{}", if fiscal { "年度" } else { "年" }),
        (Lang::Ja, _) => format!(
            "{year}{}（{}）",
            if fiscal { "年度" } else { "年" },
            era(period)
        ),
        (Lang::JaEasy, _) => format!(
            "{year}{}",
            if fiscal {
                "{年度|ねんど}"
            } else {
                "{年|ねん}"
            }
        ),
    }
}

/// 令和5年度 / 令和3年 / 平成30年度: the 和暦 alone (the open data's era column).
pub fn era(period: Period) -> String {
    let (era, year) = if period.year >= 2019 {
        ("令和", period.year - 2018)
    } else {
        ("平成", period.year - 1988)
    };
    let year = if year == 1 {
        "元".to_string()
    } else {
        year.to_string()
    };
    format!("{era}{year}年{}", if period.fiscal { "度" } else { "" })
}

/// True when the figure in this cell does not refer to the column's own year
/// (e.g. 令和3年 data printed in the FY2023 column).
pub fn period_differs(value: &Value, column: Column) -> bool {
    value.period.is_some_and(|p| {
        p != Period {
            year: column.default_fiscal_year(),
            fiscal: true,
        }
    })
}

/// 92% (rounded to whole percent; one decimal below 10%).
pub fn percent(ratio: f64) -> String {
    let pct = ratio * 100.0;
    if pct.abs() < 10.0 {
        format!("{pct:.1}%")
    } else {
        format!("{}%", format_number(pct.round()))
    }
}

/// A number with thousands separators and exactly `decimals` places (as printed: 85.0).
pub fn format_fixed(value: f64, decimals: usize) -> String {
    let text = format!("{:.*}", decimals, value.abs());
    let (int_part, frac) = text.split_once('.').unwrap_or((&text, ""));
    let grouped = group_thousands(int_part);
    let sign = if value < 0.0 && text.chars().any(|c| c.is_ascii_digit() && c != '0') {
        "-"
    } else {
        ""
    };
    if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}.{frac}")
    }
}

/// Digits with a comma before each group of three from the right: 1563 → 1,563.
pub fn group_thousands(digits: &str) -> String {
    let mut grouped = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    grouped
}

/// 1,563 / 80.5 / 0.12: thousands separators, at most two decimals, no trailing zeros.
pub fn format_number(value: f64) -> String {
    let rounded = (value * 100.0).round() / 100.0;
    let negative = rounded < 0.0;
    let text = format!("{:.2}", rounded.abs());
    let (int_part, frac_part) = text.split_once('.').unwrap_or((&text, ""));
    let grouped = group_thousands(int_part);
    let frac = frac_part.trim_end_matches('0');
    format!(
        "{}{}{}{}",
        if negative { "-" } else { "" },
        grouped,
        if frac.is_empty() { "" } else { "." },
        frac
    )
}

/// A number in full-width digits, as the city prints years in titles (令和５年度).
pub fn full_width_digits(n: u16) -> String {
    n.to_string()
        .chars()
        .map(|c| char::from_u32(c as u32 - '0' as u32 + '０' as u32).unwrap_or(c))
        .collect()
}
