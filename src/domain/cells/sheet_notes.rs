//! The sheet's own notes, and warnings about targets that no longer say much, for the rows
//! they apply to. Typed values only; the words are in `progress_words`.
//!
//! - A footnote of the sheet applies to a row when it names the row in 「」 (the 健康寿命
//!   footnote: new method from FY2023, figures not simply comparable, published two years
//!   late, still rated 概ね順調).
//! - 令和6年3月の改訂: the sheet says 2-1-00 and 2-1-01 are replaced by 「年少人口」 from
//!   FY2024; their final-target cell is that note.
//! - A final target easier than the FY2023 target (fewer visitors in FY2027 than planned for
//!   FY2023, where more is better). The sheet gives no reason for these rows; it only
//!   mentions the 令和6年3月 revision elsewhere, so the note says exactly that.
//! - An FY2023 target far below the actual: the actual is at least [`FAR_BEYOND`] times the
//!   target (1-2-04: 17,342 donations against a target of 1,000), so meeting it says little.
//! - A final target still to be set (3-1-03: 設定予定).

use crate::domain::cells::sheet_phrases::{says_replaced_in_revision, says_target_pending};
use crate::domain::model::{Column, Indicator, Value};
use crate::domain::progress::achievement::same_method;

/// "Far below": the actual is at least twice the target (for lower-is-better rows, at most
/// half of it). Twice is easy to say and check: 「目標の2倍以上」.
pub const FAR_BEYOND: f64 = 2.0;

#[derive(Debug, Clone, PartialEq)]
pub enum SheetNote {
    /// The dataset's footnote `notes[index]`, which names this row.
    Footnote { index: usize },
    /// The final-target cell says the indicator is replaced after the 令和6年3月 revision.
    ReplacedInRevision,
    /// The final target is easier than the FY2023 target, for these parts (`None` = the
    /// whole cell).
    FinalTargetEasier { parts: Vec<Option<String>> },
    /// The FY2023 actual is at least `FAR_BEYOND` times the FY2023 target.
    Fy2023TargetFarBelowActual {
        parts: Vec<Option<String>>,
        times: f64,
    },
    /// The final target is still to be set.
    FinalTargetPending,
}

impl SheetNote {
    pub fn key(&self) -> &'static str {
        match self {
            SheetNote::Footnote { .. } => "footnote",
            SheetNote::ReplacedInRevision => "replaced_in_revision",
            SheetNote::FinalTargetEasier { .. } => "final_target_easier",
            SheetNote::Fy2023TargetFarBelowActual { .. } => "fy2023_target_far_below_actual",
            SheetNote::FinalTargetPending => "final_target_pending",
        }
    }
}

/// The notes that apply to `indicator`, given the dataset's footnotes.
pub fn sheet_notes(indicator: &Indicator, footnotes: &[String]) -> Vec<SheetNote> {
    let mut notes: Vec<SheetNote> = footnotes
        .iter()
        .enumerate()
        .filter(|(_, text)| text.contains(&format!("「{}」", indicator.name)))
        .map(|(index, _)| SheetNote::Footnote { index })
        .collect();
    let values = &indicator.values;
    let final_target = values.get(Column::TargetFinal);
    if final_target.parts.is_empty() {
        if says_replaced_in_revision(final_target) {
            notes.push(SheetNote::ReplacedInRevision);
        } else if says_target_pending(final_target) {
            notes.push(SheetNote::FinalTargetPending);
        }
    }
    let better = |a: f64, b: f64| {
        if indicator.higher_is_better {
            a > b
        } else {
            a < b
        }
    };
    let easier = parts_where(values.get(Column::TargetFy2023), final_target, better);
    if !easier.is_empty() {
        notes.push(SheetNote::FinalTargetEasier { parts: easier });
    }
    let actual = values.get(Column::ActualFy2023);
    let target = values.get(Column::TargetFy2023);
    let beyond = |a: f64, t: f64| {
        if indicator.higher_is_better {
            t > 0.0 && a >= FAR_BEYOND * t
        } else {
            a > 0.0 && t >= FAR_BEYOND * a
        }
    };
    let far = parts_where(actual, target, beyond);
    if !far.is_empty() {
        let times = paired(actual, target)
            .filter(|(a, t)| beyond(*a, *t))
            .map(|(a, t)| {
                if indicator.higher_is_better {
                    a / t
                } else {
                    t / a
                }
            })
            .fold(0.0, f64::max);
        notes.push(SheetNote::Fy2023TargetFarBelowActual { parts: far, times });
    }
    notes
}

/// Base-unit figures of two cells paired by part, if measured the same way.
fn paired<'a>(a: &'a Value, b: &'a Value) -> impl Iterator<Item = (f64, f64)> + 'a {
    let comparable = same_method(a, b) && a.parts.len() == b.parts.len();
    a.parts
        .iter()
        .zip(&b.parts)
        .filter(move |(x, y)| comparable && x.label == y.label && x.base_unit() == y.base_unit())
        .map(|(x, y)| (x.base_value(), y.base_value()))
}

/// The labels of the parts where `test(a, b)` holds.
fn parts_where(a: &Value, b: &Value, test: impl Fn(f64, f64) -> bool) -> Vec<Option<String>> {
    if !same_method(a, b) || a.parts.len() != b.parts.len() {
        return Vec::new();
    }
    a.parts
        .iter()
        .zip(&b.parts)
        .filter(|(x, y)| {
            x.label == y.label
                && x.base_unit() == y.base_unit()
                && test(x.base_value(), y.base_value())
        })
        .map(|(x, _)| x.label.clone())
        .collect()
}
