//! A sub-goal's numerical target (数値目標) as the overview states it, in one line: the
//! latest actual with its year, then the final target with its year. It is the answer a
//! resident asks for first (jobs, visitors, births, safety), so it comes before the counts.

use crate::domain::cells::format::{year, YearStyle};
use crate::domain::cells::sheet_phrases::{says_replaced_in_revision, says_target_pending};
use crate::domain::describe::shown::{cell, figure_cell};
use crate::domain::i18n::reader_words::ReaderWords;
use crate::domain::i18n::{Lang, Words};
use crate::domain::model::{Column, Indicator, Period};
use crate::domain::progress::progress_measure::{latest_actual, reference_period};

/// 「1,472件（2023年度）→ 最終目標 1,630件（2027年度）」 and its English and easy Japanese
/// forms. The latest actual is the newest with a figure (one added on this device
/// included); a final target printed in words (設定予定) is quoted as printed.
pub fn headline_values(row: &Indicator, lang: Lang) -> String {
    let words = ReaderWords::of(lang);
    let final_cell = row.values.get(Column::TargetFinal);
    // A final target printed in words has no year of its own to show.
    let instead = final_cell.parts.is_empty().then(|| {
        if says_replaced_in_revision(final_cell) {
            words.final_replaced.to_string()
        } else if says_target_pending(final_cell) {
            words.final_pending.to_string()
        } else {
            cell(row, final_cell, Some(Column::TargetFinal), lang).text
        }
    });
    let target = figure_cell(row, final_cell, Some(Column::TargetFinal), lang).text;
    let target_year = year(
        reference_period(final_cell, Column::TargetFinal),
        lang,
        YearStyle::Short,
    );
    match latest_actual(row) {
        Some((value, column, later)) => {
            let period = match later {
                Some(fiscal_year) => value.period.unwrap_or(Period {
                    year: fiscal_year,
                    fiscal: true,
                }),
                None => reference_period(value, column),
            };
            let column = later.is_none().then_some(column);
            let latest = figure_cell(row, value, column, lang).text;
            let latest_year = year(period, lang, YearStyle::Short);
            match &instead {
                Some(instead) => (words.headline_no_final)(&latest, &latest_year, instead),
                None => (words.headline_values)(&latest, &latest_year, &target, &target_year),
            }
        }
        None => (words.headline_target_only)(instead.as_deref().unwrap_or(&target), &target_year),
    }
}
