//! How many rows carry each computed progress label, for the overview beside the city's
//! own counts by status. Computed with `progress_measure::assess`, the same as every card
//! and detail, so the totals always add up to what the cards show.

use crate::domain::model::Indicator;
use crate::domain::progress::progress_measure::{assess, Outcome, ProgressCategory};

/// The count of each category, best first, then of the rows the method cannot assess
/// (`None`). Every row is counted once.
pub fn outcome_counts(indicators: &[Indicator]) -> Vec<(Option<ProgressCategory>, usize)> {
    let outcomes: Vec<Outcome> = indicators.iter().map(|i| assess(i).outcome).collect();
    ProgressCategory::ALL
        .into_iter()
        .map(Some)
        .chain([None])
        .map(|category| {
            (
                category,
                outcomes.iter().filter(|o| o.category() == category).count(),
            )
        })
        .collect()
}
