//! A figure in English with the row's own unit noun (`unit_en` in the dataset):
//! 1,563件 → "1,563 job openings", 258万人 → "2.58 million visits",
//! 11,942億円 → "¥1.19 trillion", 366日 → "366 days". The part label and year note are
//! left to the caller.

use super::format::format_number;
use super::model::UnitEn;

pub fn figure_en(value: f64, unit: Option<&str>, unit_en: &UnitEn) -> String {
    match unit {
        Some("億円") => {
            let yen = value * 1e8;
            if yen >= 1e12 {
                format!("¥{} trillion", format_number(yen / 1e12))
            } else {
                format!("¥{} billion", format_number(yen / 1e9))
            }
        }
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
            if noun.is_empty() || noun == "%" {
                format_number(value)
            } else {
                format!("{} {noun}", format_number(value))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(one: &str, other: &str) -> UnitEn {
        UnitEn { one: one.into(), other: other.into() }
    }

    #[test]
    fn figures_read_as_english_amounts() {
        assert_eq!(figure_en(1563.0, Some("件"), &unit("job opening", "job openings")), "1,563 job openings");
        assert_eq!(figure_en(1.0, Some("件"), &unit("donation", "donations")), "1 donation");
        assert_eq!(figure_en(258.0, Some("万人"), &unit("visit", "visits")), "2.58 million visits");
        assert_eq!(figure_en(34.0, Some("万人"), &unit("passenger journey", "passenger journeys")), "340,000 passenger journeys");
        assert_eq!(figure_en(11942.0, Some("億円"), &unit("yen", "yen")), "¥1.19 trillion");
        assert_eq!(figure_en(78.1, Some("%"), &unit("%", "%")), "78.1%");
        assert_eq!(figure_en(1.41, None, &unit("child per woman", "children per woman")), "1.41 children per woman");
    }
}
