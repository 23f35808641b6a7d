//! The FY2023 achievement as a card and a detail both state it: the percentage, or why
//! none can be computed, and a note where the actual and the target are of different
//! years (令和3年 actual against a 令和4年 target: said, not hidden in a 100 %).

use crate::domain::charts::achievement::reason_not_computable;
use crate::domain::describe::shown::achievement_text;
use crate::domain::i18n::chart_words::ChartWords;
use crate::domain::i18n::progress_words::year_mismatch;
use crate::domain::i18n::reader_words::ReaderWords;
use crate::domain::i18n::{Lang, Messages, Words};
use crate::domain::model::Indicator;
use crate::domain::progress::reference_years::achievement_years;

pub struct AchievementLine {
    /// 「92%」, or 「算出できません（…）」 with the reason.
    pub text: String,
    /// The years compared, where they differ.
    pub years_differ: Option<String>,
}

pub fn achievement_line(row: &Indicator, lang: Lang) -> AchievementLine {
    match achievement_text(row, lang) {
        Some(text) => AchievementLine {
            text,
            years_differ: achievement_years(row).and_then(|years| year_mismatch(&years, lang)),
        },
        None => AchievementLine {
            text: (ReaderWords::of(lang).with_note)(
                Messages::of(lang).not_computable,
                reason_not_computable(row, ChartWords::of(lang)),
            ),
            years_differ: None,
        },
    }
}
