//! The sheet's own content as each reader gets it: names, departments, cells, years and
//! ratios in 日本語 (as printed), English (the dataset's `*_en` fields, English amounts
//! with each row's unit noun, no Japanese era years) and やさしい日本語 (easy names, and a
//! reading over every kanji as `{漢字|かんじ}` marks, drawn as `<ruby>` by the UI).
//! Chart canvases cannot draw `<ruby>`: [`canvas_text`] turns any of these into what a
//! canvas can show.

use crate::domain::cells::amount_en::{cell_en, figure_en, part_label_en};
use crate::domain::cells::format::{format_number, percent};
use crate::domain::cells::parse::without_year_note;
use crate::domain::cells::readings::{read_marked, with_readings};
use crate::domain::cells::sheet_phrases::unit::{HUNDRED_MILLION_YEN, PEOPLE, TEN_THOUSAND_PEOPLE};
use crate::domain::cells::sheet_phrases::{
    marks_leap_year, method_side, says_none_waiting, MethodSide,
};
use crate::domain::i18n::chart_words::ChartWords;
use crate::domain::i18n::reader_words::ReaderWords;
use crate::domain::i18n::Words;
use crate::domain::i18n::{plain, Lang};
use crate::domain::model::{Column, Goal, Indicator, Measure, Subgoal, UnitEn, Value};
use crate::domain::progress::achievement::{achievement_basis, achievement_parts, PartRatio};

/// Anything with the dataset's three names.
pub trait Named {
    /// The official (Japanese) name, the English one and the easy Japanese one.
    fn names(&self) -> (&str, &str, &str);
}

impl Named for Goal {
    fn names(&self) -> (&str, &str, &str) {
        (&self.name, &self.name_en, &self.name_easy)
    }
}

impl Named for Subgoal {
    fn names(&self) -> (&str, &str, &str) {
        (&self.name, &self.name_en, &self.name_easy)
    }
}

impl Named for Measure {
    fn names(&self) -> (&str, &str, &str) {
        (&self.name, &self.name_en, &self.name_easy)
    }
}

impl Named for Indicator {
    fn names(&self) -> (&str, &str, &str) {
        (&self.name, &self.name_en, &self.name_easy)
    }
}

/// The name to show: official, English, or the easy name with readings. A missing
/// translation (an old export) falls back to the official name.
pub fn name(item: &impl Named, lang: Lang) -> String {
    let (official, en, easy) = item.names();
    match lang {
        Lang::Ja => official.to_string(),
        Lang::En if !en.trim().is_empty() => en.to_string(),
        Lang::JaEasy if !easy.trim().is_empty() => with_readings(easy).into_owned(),
        _ => with_readings(official).into_owned(),
    }
}

/// The official name, for readers shown another one (one tap away); `None` in 日本語 or
/// when the name shown is the official one. In easy Japanese with readings.
pub fn official_name(item: &impl Named, lang: Lang) -> Option<String> {
    let (official, _, easy) = item.names();
    match lang {
        Lang::Ja => None,
        Lang::En => Some(official.to_string()),
        Lang::JaEasy => (easy.trim() != official && !easy.trim().is_empty())
            .then(|| with_readings(official).into_owned()),
    }
}

/// The department in charge.
pub fn department(row: &Indicator, lang: Lang) -> String {
    match lang {
        Lang::Ja => row.department.clone(),
        Lang::En if !row.department_en.trim().is_empty() => row.department_en.clone(),
        _ => with_readings(&row.department).into_owned(),
    }
}

/// A city's text kept as printed (①②③, delay reasons, footnotes): with readings in easy
/// Japanese, unchanged otherwise.
pub fn official_text(text: &str, lang: Lang) -> String {
    match lang {
        Lang::JaEasy => with_readings(text).into_owned(),
        _ => text.to_string(),
    }
}

/// A cell as the reader gets it.
#[derive(Debug, Clone, PartialEq)]
pub struct CellText {
    pub text: String,
    /// The sheet's Japanese words kept as printed (a cell of words with no translation):
    /// shown as the city's text, in Japanese.
    pub as_printed: bool,
}

/// A cell of `row`: as printed in 日本語; in English with the row's unit noun (prose cells
/// from `values_en`); with readings in easy Japanese. `column` is `None` for a cell that is
/// not one of the sheet's five (a later actual added on this device).
pub fn cell(row: &Indicator, value: &Value, column: Option<Column>, lang: Lang) -> CellText {
    match lang {
        Lang::Ja => CellText {
            text: value.raw.clone(),
            as_printed: false,
        },
        Lang::JaEasy => cell_easy(value, lang),
        Lang::En => {
            let prose = column
                .filter(|_| value.parts.is_empty())
                .and_then(|c| row.value_en(c));
            match prose
                .map(str::to_string)
                .or_else(|| cell_en(value, &row.unit_en))
            {
                Some(text) => CellText {
                    text,
                    as_printed: false,
                },
                None => CellText {
                    text: value.raw.clone(),
                    as_printed: true,
                },
            }
        }
    }
}

/// A cell's figures for a place that shows the figure's year beside it once (a card, the
/// detail's first screen): in 日本語 without the printed era year, and a cell of several
/// parts as its parts (「男性 79.4歳、女性 83.7歳（算出方法変更後）」); English and easy
/// Japanese cells carry no era year already.
pub fn figure_cell(row: &Indicator, value: &Value, column: Option<Column>, lang: Lang) -> CellText {
    match lang {
        Lang::Ja if value.parts.len() > 1 => {
            let parts: Vec<String> = value
                .parts
                .iter()
                .map(|part| {
                    let figure = format!(
                        "{}{}",
                        format_number(part.value),
                        part.unit.as_deref().unwrap_or("")
                    );
                    part.label
                        .as_deref()
                        .map_or(figure.clone(), |label| format!("{label} {figure}"))
                })
                .collect();
            let words = ChartWords::of(lang);
            let note = match method_side(value) {
                Some(MethodSide::Before) => words.before_change,
                Some(MethodSide::After) => words.after_change,
                None => "",
            };
            CellText {
                text: format!("{}{note}", parts.join("、")),
                as_printed: false,
            }
        }
        Lang::Ja if !value.parts.is_empty() => CellText {
            text: without_year_note(&value.raw),
            as_printed: false,
        },
        _ => cell(row, value, column, lang),
    }
}

/// A cell in easy Japanese: its figures with readings, parts apart (「男性 77.41歳、女性
/// 79.89歳」), the method note in easy words, and no era year (the year is said in 西暦
/// beside it). A cell of words keeps the city's words, with readings.
fn cell_easy(value: &Value, lang: Lang) -> CellText {
    let words = ReaderWords::of(lang);
    let raw = value.raw.trim();
    if says_none_waiting(value) {
        return CellText {
            text: words.none_waiting.to_string(),
            as_printed: false,
        };
    }
    if value.parts.is_empty() {
        return CellText {
            text: with_readings(raw).into_owned(),
            as_printed: is_words(raw),
        };
    }
    let parts: Vec<String> = value
        .parts
        .iter()
        .map(|part| {
            let figure = with_readings(&format!(
                "{}{}",
                format_number(part.value),
                part.unit.as_deref().unwrap_or("")
            ))
            .into_owned();
            match part.label.as_deref() {
                Some(label) => format!("{} {figure}", part_label(label, lang)),
                None => figure,
            }
        })
        .collect();
    let chart_words = ChartWords::of(lang);
    let note = match method_side(value) {
        Some(MethodSide::Before) => chart_words.before_change,
        Some(MethodSide::After) => chart_words.after_change,
        None if marks_leap_year(value) => words.leap_year,
        None => "",
    };
    CellText {
        text: format!("{}{note}", parts.join("、")),
        as_printed: false,
    }
}

/// True for a cell of words rather than a figure or a dash.
fn is_words(raw: &str) -> bool {
    !matches!(raw.trim(), "" | "－" | "-")
}

/// A part's label (男性, 小学校) in the reader's language.
pub fn part_label(label: &str, lang: Lang) -> String {
    match lang {
        Lang::Ja => label.to_string(),
        Lang::En => part_label_en(label).to_string(),
        Lang::JaEasy => with_readings(label).into_owned(),
    }
}

/// "小学校 92% / 中学校 85%", "Elementary school 92%, Junior high school 85%", or "92%";
/// `None` if any part has no ratio.
pub fn parts_percent(parts: &[PartRatio], lang: Lang) -> Option<String> {
    join_parts(parts, lang, percent)
}

/// The achievement per part (of the basis year, `achievement_basis`): 「小学校 92% / 中学校
/// 85%」, "Elementary school 92%, Junior high school 85%".
/// Zero against a target of zero has no percentage (0 ÷ 0): it reads 「目標どおり（0）」.
pub fn achievement_text(indicator: &Indicator, lang: Lang) -> Option<String> {
    let basis = achievement_basis(indicator);
    let zero = |v: &Value| v.parts.iter().all(|p| p.base_value() == 0.0) && !v.parts.is_empty();
    if zero(basis.actual) && zero(basis.target) {
        return Some(ReaderWords::of(lang).zero_on_target.to_string());
    }
    parts_percent(&achievement_parts(indicator)?, lang)
}

/// Progress from the baseline toward the final target, per part, as a share of the way
/// between 0 % and 100 %; beyond either end it is said in words (「基準値より後退」,
/// 「最終目標を超えています」), never as −793 % or 150 %.
pub fn progress_text(parts: &[PartRatio], lang: Lang) -> Option<String> {
    let words = ReaderWords::of(lang);
    join_parts(parts, lang, |r| {
        if r < 0.0 {
            words.moved_away.to_string()
        } else if r > 1.0 {
            words.past_target.to_string()
        } else {
            percent(r)
        }
    })
}

fn join_parts(parts: &[PartRatio], lang: Lang, text: impl Fn(f64) -> String) -> Option<String> {
    let pieces: Option<Vec<String>> = parts
        .iter()
        .map(|p| {
            p.ratio.map(|r| {
                format!(
                    "{}{}",
                    p.label
                        .as_ref()
                        .map_or(String::new(), |l| format!("{} ", part_label(l, lang))),
                    text(r)
                )
            })
        })
        .collect();
    pieces.map(|p| p.join(ReaderWords::of(lang).part_separator))
}

/// Any shown text as a chart canvas can draw it: without marks, and in easy Japanese
/// read out in kana (spaces between words make kana easy to read), since a canvas has
/// no room for readings over the kanji.
pub fn canvas_text(text: &str, lang: Lang) -> String {
    match lang {
        Lang::JaEasy => read_marked(&with_readings(text)),
        _ => plain(text),
    }
}

/// HTML text in the reader's language: in easy Japanese every kanji the readings know
/// gets its reading, including words built around dataset texts.
pub fn html_text(text: &str, lang: Lang) -> String {
    match lang {
        Lang::JaEasy => with_readings(text).into_owned(),
        _ => text.to_string(),
    }
}

/// A figure with its unit: 「1,563件」, "1,563 job openings", 「1,563{件|けん}」.
pub fn amount(value: f64, unit: Option<&str>, unit_en: &UnitEn, lang: Lang) -> String {
    match lang {
        Lang::En => figure_en(value, unit, unit_en),
        // Large counts of people read in 万, as the sheet prints them (2,010,997人 → 201万人).
        Lang::JaEasy if unit == Some(PEOPLE) && value >= 100_000.0 => html_text(
            &format!(
                "{}{TEN_THOUSAND_PEOPLE}",
                format_number((value / 1_000.0).round() / 10.0)
            ),
            lang,
        ),
        _ => html_text(
            &format!("{}{}", format_number(value), unit.unwrap_or("")),
            lang,
        ),
    }
}

/// The name of a chart's value axis: the unit its figures are in (a canvas text).
pub fn axis_unit(unit: Option<&str>, unit_en: &UnitEn, lang: Lang) -> String {
    match (lang, unit) {
        (Lang::En, Some(HUNDRED_MILLION_YEN)) => "100 million yen".into(),
        (Lang::En, Some(unit @ ("%" | "ha"))) => unit.into(),
        (Lang::En, _) => unit_en.other.clone(),
        (_, None) => String::new(),
        (_, Some(unit)) => canvas_text(unit, lang),
    }
}
