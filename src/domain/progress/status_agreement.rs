//! The city's own status (順調/概ね順調/遅れ) beside the computed progress category. They
//! answer different questions: the city judges the year's work, mostly against the FY2023
//! target; the progress measure asks whether the pace since the baseline would reach the
//! final target. So they can disagree, and the UI says so neutrally.
//!
//! Mapping, by rank (2 best):
//! - 順調に進捗 = 2 ↔ Target achieved, Substantial progress = 2
//! - 概ね順調に進捗 = 1 ↔ Moderate progress = 1
//! - 進捗の遅れ = 0 ↔ Limited progress, Deterioration = 0

use crate::domain::model::Status;
use crate::domain::progress::progress_measure::{Outcome, ProgressCategory};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Agreement {
    Agree,
    /// The city's status is better than the computed category.
    CityMorePositive,
    /// The city's status is worse than the computed category.
    CityMoreNegative,
    /// The measure gives no category, so there is nothing to compare.
    NotComparable,
}

impl Agreement {
    pub fn key(self) -> &'static str {
        match self {
            Agreement::Agree => "agree",
            Agreement::CityMorePositive => "city_more_positive",
            Agreement::CityMoreNegative => "city_more_negative",
            Agreement::NotComparable => "not_comparable",
        }
    }
}

fn status_rank(status: Status) -> u8 {
    match status {
        Status::OnTrack => 2,
        Status::MostlyOnTrack => 1,
        Status::Delayed => 0,
    }
}

/// The city status a category corresponds to.
pub fn matching_status(category: ProgressCategory) -> Status {
    match category {
        ProgressCategory::TargetAchieved | ProgressCategory::Substantial => Status::OnTrack,
        ProgressCategory::Moderate => Status::MostlyOnTrack,
        ProgressCategory::Limited | ProgressCategory::Deterioration => Status::Delayed,
    }
}

pub fn agreement(status: Status, outcome: Outcome) -> Agreement {
    let Some(category) = outcome.category() else {
        return Agreement::NotComparable;
    };
    let (city, computed) = (status_rank(status), status_rank(matching_status(category)));
    match city.cmp(&computed) {
        std::cmp::Ordering::Equal => Agreement::Agree,
        std::cmp::Ordering::Greater => Agreement::CityMorePositive,
        std::cmp::Ordering::Less => Agreement::CityMoreNegative,
    }
}
