//! Words and numbers as the sheet's readers expect them.

use crate::domain::model::{Column, Period, Value};

/// 令和5年度 / 令和3年 / 平成30年度 for a period.
pub fn period_ja(period: Period) -> String {
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
    format!(
        "{}{}{}{}",
        if negative { "-" } else { "" },
        grouped,
        if frac.is_empty() { "" } else { "." },
        frac
    )
}
