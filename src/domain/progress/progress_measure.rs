//! The published progress measure of Statistics Canada, as built into Open SDG
//! (`sdg-build`, `sdg/ProgressMeasure.py`; method text: open-sdg `docs/progress-methodology.md`),
//! computed for every row so a reader can set it beside the city's own status.
//!
//! For a series with a quantitative target:
//!
//! - CAGR_o = (y_t / y_0)^(1/(t − t_0)) − 1, the observed growth from the baseline to the
//!   latest actual;
//! - CAGR_r = (y_T / y_0)^(1/(T − t_0)) − 1, the growth needed from the baseline to the
//!   final target;
//! - R = s·d·CAGR_o / |CAGR_r|, with d = +1 when higher is better and −1 when lower is
//!   better, s = −1 for a negative baseline and +1 otherwise;
//! - Target achieved when the latest actual meets the final target (whatever R says), else
//!   Substantial progress (R ≥ 0.95), Moderate progress (0.6 ≤ R < 0.95), Limited progress
//!   (0 ≤ R < 0.6), Deterioration (R < 0).
//!
//! Rules taken from the method: a baseline or target of 0 is replaced by 0.001 (flagged with
//! a caution, as the method asks results near zero to be read carefully); at least two years
//! of data (t − t_0 ≥ 1); the baseline and the latest actual must have the same sign;
//! otherwise the row is "Unable to assess" with the reason. Several series are combined by
//! the method's own score (−5…+5, target achieved = +5): the mean score gives the category,
//! and "Target achieved" needs every series to have achieved it.
//!
//! Where the method is silent, this module decides (see `docs/progress-method.md`):
//!
//! - Times are the figures' reference years (`Value::period`: 令和3年 → 2021, 令和4年度 →
//!   FY2022), not the sheet's columns; fiscal and calendar years count as the same year.
//! - The latest actual is the most recent cell with a figure: an FY2024+ actual added on
//!   this device (flagged), else FY2023's, else FY2022's.
//! - A change of method (※変更前/※変更後) is a break in the series. R needs the baseline,
//!   the latest actual and the target on one method; "Target achieved" needs only the
//!   latest actual and the target on one method, so 健康寿命 men (79.4, new method, equal to
//!   the new-method target) are Target achieved with a caution, women are Unable to assess.
//! - Two-part cells (男性/女性, 小学校/中学校) are assessed per part. The method averages the
//!   series it could score; here the row gets an overall category only when every part has
//!   one, so a label never speaks for a part that could not be assessed.
//! - A final target on the worse side of the baseline (3-1-09: fewer riders than at the
//!   baseline) is handled by the formula's |CAGR_r| and flagged with a caution: R is then
//!   measured against a small planned change.
//! - A final target equal to the baseline, not yet met: R is undefined; a move away from the
//!   target is Deterioration, no move is Unable to assess.

use crate::domain::cells::sheet_phrases::method_side;
use crate::domain::model::{Column, Indicator, Part, Period, Value};

pub const SUBSTANTIAL_AT: f64 = 0.95;
pub const MODERATE_AT: f64 = 0.6;
/// What the method puts in place of a zero baseline or target (an exponential model
/// cannot start from or aim at zero).
pub const ZERO_REPLACEMENT: f64 = 0.001;

/// The method's categories, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ProgressCategory {
    TargetAchieved,
    Substantial,
    Moderate,
    Limited,
    Deterioration,
}

impl ProgressCategory {
    pub const ALL: [ProgressCategory; 5] = [
        ProgressCategory::TargetAchieved,
        ProgressCategory::Substantial,
        ProgressCategory::Moderate,
        ProgressCategory::Limited,
        ProgressCategory::Deterioration,
    ];

    /// Open SDG's status keys, used in CSV and URLs.
    pub fn key(self) -> &'static str {
        match self {
            ProgressCategory::TargetAchieved => "target_achieved",
            ProgressCategory::Substantial => "substantial_progress",
            ProgressCategory::Moderate => "moderate_progress",
            ProgressCategory::Limited => "limited_progress",
            ProgressCategory::Deterioration => "deterioration",
        }
    }

    pub fn from_key(key: &str) -> Option<ProgressCategory> {
        ProgressCategory::ALL.into_iter().find(|c| c.key() == key)
    }

    /// The category of a ratio R (before the "Target achieved" override).
    pub fn from_ratio(ratio: f64) -> ProgressCategory {
        if ratio >= SUBSTANTIAL_AT {
            ProgressCategory::Substantial
        } else if ratio >= MODERATE_AT {
            ProgressCategory::Moderate
        } else if ratio >= 0.0 {
            ProgressCategory::Limited
        } else {
            ProgressCategory::Deterioration
        }
    }

    /// The method's score ranges: [2.5, 5] substantial, [0, 2.5) moderate, [−2.5, 0) limited.
    fn from_score(score: f64) -> ProgressCategory {
        if score >= 2.5 {
            ProgressCategory::Substantial
        } else if score >= 0.0 {
            ProgressCategory::Moderate
        } else if score >= -2.5 {
            ProgressCategory::Limited
        } else {
            ProgressCategory::Deterioration
        }
    }
}

/// Why the method gives no category ("Unable to assess").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Unassessable {
    /// The cell holds words, not a figure (baseline 「－」, a revision note as final target).
    NoFigure(Column),
    /// No actual has a figure.
    NoActual,
    /// The baseline, latest actual and target are not all measured the same way.
    MethodChanged,
    /// The cells' parts or units do not match.
    PartsNotComparable,
    /// Baseline and latest actual refer to the same year: fewer than two years of data.
    TooFewYears,
    /// Baseline and latest actual have different signs.
    SignsDiffer,
    /// The final target's year is not after the baseline's.
    TargetNotAfterBaseline,
    /// The final target equals the baseline and nothing moved.
    NoRequiredChange,
}

impl Unassessable {
    pub fn key(self) -> &'static str {
        match self {
            Unassessable::NoFigure(_) => "no_figure",
            Unassessable::NoActual => "no_actual",
            Unassessable::MethodChanged => "method_changed",
            Unassessable::PartsNotComparable => "parts_not_comparable",
            Unassessable::TooFewYears => "too_few_years",
            Unassessable::SignsDiffer => "signs_differ",
            Unassessable::TargetNotAfterBaseline => "target_not_after_baseline",
            Unassessable::NoRequiredChange => "no_required_change",
        }
    }
}

/// Something a reader should know before trusting the result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Caution {
    /// A zero in this column was replaced by 0.001.
    ZeroReplaced(Column),
    /// Some of the row's figures were measured by another method.
    MethodChanged,
    /// The final target is on the worse side of the baseline.
    TargetOnWorseSide,
    /// The latest actual was added on this device for this fiscal year.
    LocalActual(u16),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Assessed(ProgressCategory),
    UnableToAssess(Unassessable),
}

impl Outcome {
    pub fn category(self) -> Option<ProgressCategory> {
        match self {
            Outcome::Assessed(c) => Some(c),
            Outcome::UnableToAssess(_) => None,
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Outcome::Assessed(c) => c.key(),
            Outcome::UnableToAssess(_) => "unable_to_assess",
        }
    }
}

/// The figures R is computed from, in the part's base unit (万人 → 人), after any zero
/// replacement. Years are the figures' reference periods.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Inputs {
    pub y0: f64,
    pub t0: Period,
    pub yt: f64,
    pub t: Period,
    pub y_target: f64,
    pub t_target: Period,
    /// d: +1 higher is better, −1 lower is better.
    pub direction: i8,
    /// s: −1 for a negative baseline, else +1.
    pub sign: i8,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PartAssessment {
    pub label: Option<String>,
    pub unit: Option<String>,
    /// `None` when the baseline, latest actual and target cannot be used together.
    pub inputs: Option<Inputs>,
    pub cagr_observed: Option<f64>,
    pub cagr_required: Option<f64>,
    /// R; `None` when it cannot be computed or is undefined.
    pub ratio: Option<f64>,
    /// Why there is no R (also for a target achieved without one, like 健康寿命 men).
    pub ratio_missing: Option<Unassessable>,
    pub outcome: Outcome,
    /// The method's −5…+5 score, used to combine parts.
    pub score: Option<f64>,
    pub cautions: Vec<Caution>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Assessment {
    pub outcome: Outcome,
    /// Mean of the parts' scores, when every part has one.
    pub score: Option<f64>,
    pub parts: Vec<PartAssessment>,
}

impl Assessment {
    pub fn category(&self) -> Option<ProgressCategory> {
        self.outcome.category()
    }

    /// R of a one-part row (two-part rows show R per part).
    pub fn ratio(&self) -> Option<f64> {
        match self.parts.as_slice() {
            [only] => only.ratio,
            _ => None,
        }
    }

    /// Every part's cautions, once each.
    pub fn cautions(&self) -> Vec<Caution> {
        let mut all: Vec<Caution> = self
            .parts
            .iter()
            .flat_map(|p| p.cautions.iter().copied())
            .collect();
        all.sort();
        all.dedup();
        all
    }
}

/// The latest actual with a figure, and its fiscal year when it lies outside the sheet's
/// five columns (published by a later edition, or added on this device).
pub fn latest_actual(indicator: &Indicator) -> Option<(&Value, Column, Option<u16>)> {
    let later = indicator
        .later_actuals
        .iter()
        .rev()
        .find(|(_, v)| !v.parts.is_empty())
        .map(|(y, v)| (v, Column::ActualFy2023, Some(*y)));
    later.or_else(|| {
        [Column::ActualFy2023, Column::ActualFy2022]
            .into_iter()
            .map(|c| (indicator.values.get(c), c, None))
            .find(|(v, _, _)| !v.parts.is_empty())
    })
}

/// The year a figure refers to: its own note, else its column's year.
pub fn reference_period(value: &Value, column: Column) -> Period {
    value.period.unwrap_or(Period {
        year: column.default_fiscal_year(),
        fiscal: true,
    })
}

fn part_named<'a>(value: &'a Value, like: &Part) -> Option<&'a Part> {
    value
        .parts
        .iter()
        .find(|p| p.label == like.label && p.base_unit() == like.base_unit())
}

pub fn assess(indicator: &Indicator) -> Assessment {
    let values = &indicator.values;
    let baseline = values.get(Column::Baseline);
    let target = values.get(Column::TargetFinal);
    let latest = latest_actual(indicator);
    // The parts to assess: the final target's, else whatever has figures.
    let shape = [Some(target), latest.map(|l| l.0), Some(baseline)]
        .into_iter()
        .flatten()
        .find(|v| !v.parts.is_empty());
    let labels: Vec<&Part> = shape.map(|v| v.parts.iter().collect()).unwrap_or_default();
    let row_problem = if target.parts.is_empty() {
        Some(Unassessable::NoFigure(Column::TargetFinal))
    } else {
        None
    };
    let parts: Vec<PartAssessment> = match (row_problem, latest) {
        (None, Some(latest)) if !labels.is_empty() => labels
            .into_iter()
            .map(|like| assess_part(indicator, like, baseline, latest, target))
            .collect(),
        _ => {
            let why = row_problem.unwrap_or(Unassessable::NoActual);
            let named: Vec<(Option<String>, Option<&str>)> = labels
                .iter()
                .map(|p| (p.label.clone(), p.base_unit()))
                .collect();
            let named = if named.is_empty() {
                vec![(None, None)]
            } else {
                named
            };
            named
                .into_iter()
                .map(|(label, unit)| unable(label, unit, why, Vec::new()))
                .collect()
        }
    };
    combine(parts)
}

fn unable(
    label: Option<String>,
    unit: Option<&str>,
    why: Unassessable,
    cautions: Vec<Caution>,
) -> PartAssessment {
    PartAssessment {
        label,
        unit: unit.map(str::to_string),
        inputs: None,
        cagr_observed: None,
        cagr_required: None,
        ratio: None,
        ratio_missing: Some(why),
        outcome: Outcome::UnableToAssess(why),
        score: None,
        cautions,
    }
}

fn assess_part(
    indicator: &Indicator,
    like: &Part,
    baseline: &Value,
    latest: (&Value, Column, Option<u16>),
    target: &Value,
) -> PartAssessment {
    let (current, current_column, local) = latest;
    let label = like.label.clone();
    let unit = like.base_unit();
    let mut cautions: Vec<Caution> = local
        .filter(|year| indicator.later_is_local(*year))
        .map(Caution::LocalActual)
        .into_iter()
        .collect();
    let methods = [
        method_side(baseline),
        method_side(current),
        method_side(target),
    ];
    if methods.iter().any(Option::is_some) {
        cautions.push(Caution::MethodChanged);
    }
    let (Some(y_t_part), Some(y_target_part)) =
        (part_named(current, like), part_named(target, like))
    else {
        return unable(label, unit, Unassessable::PartsNotComparable, cautions);
    };
    let higher_is_better = indicator.higher_is_better;
    let (yt, printed_target) = (y_t_part.base_value(), y_target_part.base_value());
    // "Target achieved" needs only the latest actual and the target on one method.
    let achieved = method_side(current) == method_side(target)
        && if higher_is_better {
            yt >= printed_target
        } else {
            yt <= printed_target
        };
    let verdict_without_ratio = |why: Unassessable, cautions: Vec<Caution>| {
        if achieved {
            PartAssessment {
                outcome: Outcome::Assessed(ProgressCategory::TargetAchieved),
                score: Some(5.0),
                ..unable(label.clone(), unit, why, cautions)
            }
        } else {
            unable(label.clone(), unit, why, cautions)
        }
    };
    if method_side(current) != method_side(target) || method_side(baseline) != method_side(target) {
        return verdict_without_ratio(Unassessable::MethodChanged, cautions);
    }
    if baseline.parts.is_empty() {
        return verdict_without_ratio(Unassessable::NoFigure(Column::Baseline), cautions);
    }
    let Some(y0_part) = part_named(baseline, like) else {
        return verdict_without_ratio(Unassessable::PartsNotComparable, cautions);
    };
    let t0 = reference_period(baseline, Column::Baseline);
    let t = reference_period(current, current_column);
    let t_target = reference_period(target, Column::TargetFinal);
    let mut y0 = y0_part.base_value();
    let mut y_target = printed_target;
    if y0 == 0.0 {
        y0 = ZERO_REPLACEMENT;
        cautions.push(Caution::ZeroReplaced(Column::Baseline));
    }
    if y_target == 0.0 {
        y_target = ZERO_REPLACEMENT;
        cautions.push(Caution::ZeroReplaced(Column::TargetFinal));
    }
    let direction: i8 = if higher_is_better { 1 } else { -1 };
    if f64::from(direction) * (y_target - y0) < 0.0 {
        cautions.push(Caution::TargetOnWorseSide);
    }
    let sign: i8 = if y0 < 0.0 { -1 } else { 1 };
    let inputs = Inputs {
        y0,
        t0,
        yt,
        t,
        y_target,
        t_target,
        direction,
        sign,
    };
    if t.year <= t0.year {
        return PartAssessment {
            inputs: Some(inputs),
            ..verdict_without_ratio(Unassessable::TooFewYears, cautions)
        };
    }
    if (y0 > 0.0 && yt < 0.0) || (y0 < 0.0 && yt > 0.0) {
        return PartAssessment {
            inputs: Some(inputs),
            ..verdict_without_ratio(Unassessable::SignsDiffer, cautions)
        };
    }
    if t_target.year <= t0.year {
        return PartAssessment {
            inputs: Some(inputs),
            ..verdict_without_ratio(Unassessable::TargetNotAfterBaseline, cautions)
        };
    }
    let cagr_observed = growth(yt, y0, t.year, t0.year);
    let cagr_required = growth(y_target, y0, t_target.year, t0.year);
    let toward = f64::from(sign) * f64::from(direction) * cagr_observed;
    let ratio = (cagr_required != 0.0).then(|| toward / cagr_required.abs());
    let outcome = match (achieved, ratio) {
        (true, _) => Outcome::Assessed(ProgressCategory::TargetAchieved),
        (false, Some(r)) => Outcome::Assessed(ProgressCategory::from_ratio(r)),
        // Target equal to the baseline: any move away is deterioration.
        (false, None) if toward < 0.0 => Outcome::Assessed(ProgressCategory::Deterioration),
        (false, None) => Outcome::UnableToAssess(Unassessable::NoRequiredChange),
    };
    let score = match outcome {
        Outcome::Assessed(ProgressCategory::TargetAchieved) => Some(5.0),
        Outcome::Assessed(_) => Some(ratio.map_or(-5.0, score_of_ratio)),
        Outcome::UnableToAssess(_) => None,
    };
    PartAssessment {
        label,
        unit: unit.map(str::to_string),
        inputs: Some(inputs),
        cagr_observed: Some(cagr_observed),
        cagr_required: Some(cagr_required),
        ratio,
        ratio_missing: ratio.is_none().then_some(Unassessable::NoRequiredChange),
        outcome,
        score,
        cautions,
    }
}

/// The compound annual growth rate from (y0, t0) to (y1, t1).
pub fn growth(y1: f64, y0: f64, t1: u16, t0: u16) -> f64 {
    (y1 / y0).powf(1.0 / (f64::from(t1) - f64::from(t0))) - 1.0
}

/// The method's linear map of R to a score: R = 0.6 → 0, 1.3 → +5, −0.6 → −5.
pub fn score_of_ratio(ratio: f64) -> f64 {
    if ratio >= MODERATE_AT {
        (7.1429 * ratio - 4.2857).min(5.0)
    } else {
        (4.1667 * ratio - 2.5).max(-5.0)
    }
}

fn combine(parts: Vec<PartAssessment>) -> Assessment {
    if let [only] = parts.as_slice() {
        return Assessment {
            outcome: only.outcome,
            score: only.score,
            parts,
        };
    }
    let blocked = parts.iter().find_map(|p| match p.outcome {
        Outcome::UnableToAssess(why) => Some(why),
        Outcome::Assessed(_) => None,
    });
    let scores: Option<Vec<f64>> = parts.iter().map(|p| p.score).collect();
    let (outcome, score) = match (blocked, scores) {
        (Some(why), _) => (Outcome::UnableToAssess(why), None),
        (None, Some(scores)) if !scores.is_empty() => {
            let mean = scores.iter().sum::<f64>() / scores.len() as f64;
            let all_achieved = parts
                .iter()
                .all(|p| p.outcome == Outcome::Assessed(ProgressCategory::TargetAchieved));
            let category = if all_achieved {
                ProgressCategory::TargetAchieved
            } else {
                ProgressCategory::from_score(mean)
            };
            (Outcome::Assessed(category), Some(mean))
        }
        _ => (Outcome::UnableToAssess(Unassessable::NoActual), None),
    };
    Assessment {
        outcome,
        score,
        parts,
    }
}
