//! A row's way from its baseline to its final target at a glance, for a card's small bar:
//! the share of the planned change the latest actual has made (the same figure as
//! [`progress_parts`]), in words with its year, and the baseline with its year. The final
//! target is not repeated: the card shows it once, with its year, beside the bar.
//! Rows of several parts (男性/女性) or with no sensible share get no bar: their figures
//! are on the card as printed.

use crate::domain::cells::format::{year, YearStyle};
use crate::domain::describe::shown::{figure_cell, progress_text};
use crate::domain::i18n::Lang;
use crate::domain::model::{Column, Indicator, Period};
use crate::domain::progress::achievement::progress_parts;

/// One end of the bar: 「2018年」 and 「11,942億円」.
#[derive(Debug, Clone, PartialEq)]
pub struct TrackEnd {
    pub year: String,
    pub figure: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Track {
    /// How much of the bar is filled, 0–1: a move away from the target fills none, a
    /// target passed fills it all (the words say how far).
    pub filled: f64,
    /// The share in words after the latest actual's year: 「2023年度: 62%」,
    /// 「2023年度: 基準値より後退」 (a share beyond 0–100 % is said in words).
    pub share: String,
    pub baseline: TrackEnd,
}

pub fn track(row: &Indicator, lang: Lang) -> Option<Track> {
    let parts = progress_parts(row)?;
    let [part] = parts.as_slice() else {
        return None;
    };
    let ratio = part.ratio?;
    let end = |column: Column| {
        let value = row.values.get(column);
        Some(TrackEnd {
            year: year(value.period?, lang, YearStyle::Short),
            figure: figure_cell(row, value, Some(column), lang).text,
        })
    };
    let (latest_year, latest) = row.latest_actual();
    let latest_period = latest.period.unwrap_or(Period {
        year: latest_year,
        fiscal: true,
    });
    Some(Track {
        filled: ratio.clamp(0.0, 1.0),
        share: format!(
            "{}: {}",
            year(latest_period, lang, YearStyle::Short),
            progress_text(&parts, lang)?
        ),
        baseline: end(Column::Baseline)?,
    })
}
