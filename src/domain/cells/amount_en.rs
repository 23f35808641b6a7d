//! A figure in English with the row's own unit noun (`unit_en` in the dataset):
//! 1,563件 → "1,563 job openings", 258万人 → "2.58 million visits",
//! 11,942億円 → "¥1,194.2 billion", 366日 → "366 days"; and whole cells in English
//! ([`cell_en`]), with part labels and the method notes. The year note is left to the caller.

use crate::domain::cells::format::{format_fixed, format_number};
use crate::domain::cells::sheet_phrases::says_none_waiting;
use crate::domain::cells::sheet_phrases::{marks_leap_year, method_side, MethodSide};
use crate::domain::model::{UnitEn, Value};

pub fn figure_en(value: f64, unit: Option<&str>, unit_en: &UnitEn) -> String {
    match unit {
        // 1億円 is exactly ¥0.1 billion: billions keep every digit the sheet printed, so
        // two figures differ in English by what they differ in Japanese (¥1.1 trillion and
        // ¥1.19 trillion would hide most of the change between 11,017億円 and 11,942億円).
        Some("億円") => format!("¥{} billion", format_number(value / 10.0)),
        Some("%") => format!("{}%", format_number(value)),
        Some("ha") => format!("{} ha", format_number(value)),
        Some("万人") => {
            let count = value * 1e4;
            let noun = unit_en.for_value(count);
            if count >= 1e6 {
                format!("{} million {noun}", format_number(count / 1e6))
            } else {
                format!("{} {noun}", format_number(count))
            }
        }
        _ => {
            let noun = unit_en.for_value(value);
            // Counts in base units (万人 figures read as 人 in a trend) read like the sheet's.
            let number = if value >= 1e6 {
                format!("{} million", format_number(value / 1e6))
            } else {
                format_number(value)
            };
            if noun.is_empty() || noun == "%" {
                number
            } else {
                format!("{number} {noun}")
            }
        }
    }
}

/// The decimals the sheet printed a figure with (85.0% has one): English shows the same
/// precision as the Japanese, not 85%. 0 when the figure is not found as printed.
fn printed_decimals(raw: &str, value: f64) -> usize {
    raw.split(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .filter(|token| token.contains('.'))
        .find(|token| {
            token
                .replace(',', "")
                .parse::<f64>()
                .is_ok_and(|n| (n - value).abs() < 1e-9)
        })
        .and_then(|token| token.split_once('.'))
        .map_or(0, |(_, decimals)| decimals.len())
}

/// `figure` with its number written to `decimals` places where it shows `value` itself.
fn with_printed_decimals(figure: String, value: f64, decimals: usize) -> String {
    let shown = format_number(value);
    let printed = format_fixed(value, decimals);
    if decimals == 0 || shown == printed {
        figure
    } else {
        figure.replacen(&shown, &printed, 1)
    }
}

/// A part's label in English: 男性 → Men, 小学校 → Elementary school.
pub fn part_label_en(label: &str) -> &str {
    match label {
        "男性" => "Men",
        "女性" => "Women",
        "小学校" => "Elementary school",
        "中学校" => "Junior high school",
        other => other,
    }
}

/// A cell in English with the row's unit noun: "1,563 job openings", "Men 77.41 years,
/// Women 79.89 years (old method)". `None` for a cell of words the app cannot translate
/// (the caller shows it as printed, marked as Japanese).
pub fn cell_en(value: &Value, unit_en: &UnitEn) -> Option<String> {
    let raw = value.raw.trim();
    // Words that stand for a zero (待機児童なし) read as words, not as "0 children".
    if says_none_waiting(value) {
        return Some("No children on waiting lists".to_string());
    }
    if value.parts.is_empty() {
        return match raw {
            "－" | "-" | "" => Some("—".to_string()),
            _ => None,
        };
    }
    let parts: Vec<String> = value
        .parts
        .iter()
        .map(|part| {
            let figure = with_printed_decimals(
                figure_en(part.value, part.unit.as_deref(), unit_en),
                part.value,
                printed_decimals(raw, part.value),
            );
            match part.label.as_deref() {
                Some(label) => format!("{} {figure}", part_label_en(label)),
                None => figure,
            }
        })
        .collect();
    let note = match method_side(value) {
        Some(MethodSide::Before) => " (old method)",
        Some(MethodSide::After) => " (new method)",
        None if marks_leap_year(value) => " (leap year)",
        None => "",
    };
    Some(format!("{}{note}", parts.join(", ")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(one: &str, other: &str) -> UnitEn {
        UnitEn {
            one: one.into(),
            other: other.into(),
        }
    }

    #[test]
    fn figures_read_as_english_amounts() {
        assert_eq!(
            figure_en(1563.0, Some("件"), &unit("job opening", "job openings")),
            "1,563 job openings"
        );
        assert_eq!(
            figure_en(1.0, Some("件"), &unit("donation", "donations")),
            "1 donation"
        );
        assert_eq!(
            figure_en(258.0, Some("万人"), &unit("visit", "visits")),
            "2.58 million visits"
        );
        assert_eq!(
            figure_en(
                34.0,
                Some("万人"),
                &unit("passenger journey", "passenger journeys")
            ),
            "340,000 passenger journeys"
        );
        assert_eq!(
            figure_en(11942.0, Some("億円"), &unit("yen", "yen")),
            "¥1,194.2 billion"
        );
        assert_eq!(figure_en(78.1, Some("%"), &unit("%", "%")), "78.1%");
        assert_eq!(
            figure_en(1.41, None, &unit("child per woman", "children per woman")),
            "1.41 children per woman"
        );
        assert_eq!(
            figure_en(3_650_000.0, Some("人"), &unit("visit", "visits")),
            "3.65 million visits"
        );
    }
}
