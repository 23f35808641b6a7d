//! How far an indicator has come: the latest year's actual against that year's target
//! (FY2023's columns, or a later edition's published actual and target), and the path
//! from the baseline toward the final target. Both are `None` whenever the sheet's
//! figures cannot honestly be compared (text cells, a change of method, mismatched parts).

use crate::domain::cells::sheet_phrases::method_side;
use crate::domain::model::{Column, Indicator, Part, Value};

/// One comparable figure of a value: a whole cell, or one part of a two-part cell (男性/女性).
#[derive(Debug, Clone, PartialEq)]
pub struct PartRatio {
    pub label: Option<String>,
    pub ratio: Option<f64>,
}

/// True when two cells were measured the same way; ※変更前 and ※変更後 mark a change of method.
pub fn same_method(a: &Value, b: &Value) -> bool {
    method_side(a) == method_side(b)
}

/// Pairs the parts of two cells by position, if both have the same labels and
/// comparable units.
fn paired<'a>(a: &'a Value, b: &'a Value) -> Option<Vec<(&'a Part, &'a Part)>> {
    if a.parts.is_empty() || a.parts.len() != b.parts.len() || !same_method(a, b) {
        return None;
    }
    let pairs: Vec<_> = a.parts.iter().zip(&b.parts).collect();
    let comparable = pairs
        .iter()
        .all(|(x, y)| x.label == y.label && x.base_unit() == y.base_unit());
    comparable.then_some(pairs)
}

/// The actual and the target an achievement compares: those of the latest fiscal year
/// the row's edition published both for (FY2024's in the FY2024 sheet), else the FY2023
/// columns. Figures only this device added never count: the rate is the city's.
#[derive(Debug, Clone, Copy)]
pub struct AchievementBasis<'a> {
    /// The fiscal year of the columns compared.
    pub year: u16,
    pub actual: &'a Value,
    pub target: &'a Value,
    /// The sheet column whose year a cell without a year of its own refers to.
    pub actual_column: Column,
    pub target_column: Column,
}

pub fn achievement_basis(indicator: &Indicator) -> AchievementBasis<'_> {
    let published = indicator
        .later_actuals
        .iter()
        .rev()
        .filter(|(year, _)| !indicator.later_is_local(**year))
        .find_map(|(year, actual)| {
            let target = indicator.later_targets.get(year)?;
            (!actual.parts.is_empty() && !target.parts.is_empty())
                .then_some((*year, actual, target))
        });
    match published {
        Some((year, actual, target)) => AchievementBasis {
            year,
            actual,
            target,
            actual_column: Column::ActualFy2023,
            target_column: Column::TargetFy2023,
        },
        None => AchievementBasis {
            year: Column::ActualFy2023.default_fiscal_year(),
            actual: indicator.values.get(Column::ActualFy2023),
            target: indicator.values.get(Column::TargetFy2023),
            actual_column: Column::ActualFy2023,
            target_column: Column::TargetFy2023,
        },
    }
}

/// The basis year's actual as a share of its target, per part. A ratio of 1.0 means the
/// target was met; for lower-is-better indicators (crime, accidents) it is target ÷ actual.
pub fn achievement_parts(indicator: &Indicator) -> Option<Vec<PartRatio>> {
    let basis = achievement_basis(indicator);
    achievement_between(basis.actual, basis.target, indicator.higher_is_better)
}

pub fn achievement_between(
    actual: &Value,
    target: &Value,
    higher_is_better: bool,
) -> Option<Vec<PartRatio>> {
    let pairs = paired(actual, target)?;
    Some(
        pairs
            .into_iter()
            .map(|(a, t)| PartRatio {
                label: a.label.clone(),
                // Zero against a zero target (待機児童なし both times) is the target met exactly.
                ratio: if a.base_value() == 0.0 && t.base_value() == 0.0 {
                    Some(1.0)
                } else if higher_is_better {
                    safe_div(a.base_value(), t.base_value())
                } else {
                    safe_div(t.base_value(), a.base_value())
                },
            })
            .collect(),
    )
}

/// A single achievement figure for sorting and summaries: the lowest part (a cell is only
/// as achieved as its weakest part), `None` if any part is not computable.
pub fn achievement(indicator: &Indicator) -> Option<f64> {
    weakest(achievement_parts(indicator)?)
}

/// Share of the way from the baseline to the final target covered by the latest actual,
/// per part: 0.0 at the baseline, 1.0 at the final target. Works for lower-is-better
/// indicators too; `None` when the final target lies on the worse side of the baseline.
pub fn progress_parts(indicator: &Indicator) -> Option<Vec<PartRatio>> {
    let values = &indicator.values;
    let baseline = values.get(Column::Baseline);
    let current = indicator.latest_actual().1;
    let target = values.get(Column::TargetFinal);
    let to_current = paired(baseline, current)?;
    let to_target = paired(baseline, target)?;
    Some(
        to_current
            .into_iter()
            .zip(to_target)
            .map(|((b, c), (_, t))| {
                let planned = t.base_value() - b.base_value();
                // A final target on the "worse" side of the baseline (コミュニティバス: 29万人
                // after 294,758人) makes a share of the way meaningless: none is given.
                let sensible = if indicator.higher_is_better {
                    planned > 0.0
                } else {
                    planned < 0.0
                };
                PartRatio {
                    label: b.label.clone(),
                    ratio: if sensible {
                        safe_div(c.base_value() - b.base_value(), planned)
                    } else {
                        None
                    },
                }
            })
            .collect(),
    )
}

pub fn progress(indicator: &Indicator) -> Option<f64> {
    weakest(progress_parts(indicator)?)
}

/// How far the latest actual still is from the final target, as a share of the final
/// target (0.0 = reached or passed). Used to sort by "distance to final target".
pub fn distance_to_final(indicator: &Indicator) -> Option<f64> {
    let current = indicator.latest_actual().1;
    let target = indicator.values.get(Column::TargetFinal);
    let pairs = paired(current, target)?;
    pairs
        .into_iter()
        .map(|(c, t)| {
            let gap = if indicator.higher_is_better {
                t.base_value() - c.base_value()
            } else {
                c.base_value() - t.base_value()
            };
            if gap <= 0.0 {
                Some(0.0)
            } else {
                safe_div(gap, t.base_value().abs())
            }
        })
        .try_fold(0.0_f64, |acc, d| d.map(|d| acc.max(d)))
}

fn weakest(parts: Vec<PartRatio>) -> Option<f64> {
    parts
        .into_iter()
        .map(|p| p.ratio)
        .try_fold(f64::INFINITY, |acc, r| r.map(|r| acc.min(r)))
}

fn safe_div(numerator: f64, denominator: f64) -> Option<f64> {
    (denominator != 0.0 && numerator.is_finite()).then(|| numerator / denominator)
}
