//! The years behind a comparison. A figure and the figure it is compared with each carry
//! the year they refer to (令和3年 → 2021), which is not always their column's year: the
//! FY2023 column of 製造業の事業所数 holds a 令和3年 count, compared with a 令和4年 target.
//! The UI says so wherever the two differ.

use crate::domain::model::{Column, Indicator, Period, Value};
use crate::domain::progress::achievement::achievement_basis;
use crate::domain::progress::progress_measure::reference_period;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct YearComparison {
    /// The year the figure (usually an actual) refers to.
    pub figure: Period,
    /// The year of the figure it is compared with (usually a target).
    pub compared_with: Period,
}

impl YearComparison {
    /// True when the two figures do not refer to the same year (or one is a fiscal year
    /// and the other a calendar year).
    pub fn differs(&self) -> bool {
        self.figure != self.compared_with
    }
}

/// The reference years of two cells; `None` when either holds no figure.
pub fn compare_years(
    figure: &Value,
    figure_column: Column,
    compared_with: &Value,
    with_column: Column,
) -> Option<YearComparison> {
    if figure.parts.is_empty() || compared_with.parts.is_empty() {
        return None;
    }
    Some(YearComparison {
        figure: reference_period(figure, figure_column),
        compared_with: reference_period(compared_with, with_column),
    })
}

/// The achievement's years: the basis year's actual against its target
/// (`achievement::achievement_basis`).
pub fn achievement_years(indicator: &Indicator) -> Option<YearComparison> {
    let basis = achievement_basis(indicator);
    compare_years(
        basis.actual,
        basis.actual_column,
        basis.target,
        basis.target_column,
    )
}
