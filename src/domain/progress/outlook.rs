//! What the progress label's own pace says about the final target, and the last change
//! between two actuals as context. One method end to end: the outlook continues the pace
//! the label is computed from (CAGR_o, the growth per year since the baseline), so it can
//! never contradict the label. One year's change is never extrapolated: it is shown as
//! what it is, the last change (Eurostat shows a short-term trend beside the long-term one
//! in the same way).
//!
//! Rules (see `docs/progress-method.md`):
//! - a target already met gets no forecast: it is met, since the first of the latest
//!   actuals that all meet it;
//! - a pace that reaches the target by the final target's year gives the year it would be
//!   reached, never a value at the final year that overshoots it;
//! - a pace that falls short gives the value at the final target's year, rounded to the
//!   data's precision and in its printed unit (万人 data in 万人), and the shortfall;
//! - a value outside the observed range (over twice the largest or under half the smallest
//!   of baseline, latest actual and target, or beyond what the unit allows) is not stated.

use crate::domain::cells::sheet_phrases::marks_leap_year;
use crate::domain::cells::sheet_phrases::method_side;
use crate::domain::cells::sheet_phrases::unit::{DAYS, PERCENT};
use crate::domain::cells::sheet_phrases::MethodSide;
use crate::domain::model::{Column, Indicator, Part, Period, Value};
use crate::domain::progress::progress_measure::{
    assess, reference_period, Caution, Outcome, PartAssessment, ProgressCategory, Unassessable,
    SUBSTANTIAL_AT,
};

/// How far from the observed figures a projected value may be stated: the projection must
/// stay within [smallest ÷ FAR, largest × FAR] of baseline, latest actual and target.
pub const FAR: f64 = 2.0;

/// How a figure is printed on the sheet: its unit (万人, 件, %) and its decimals, so a
/// projection reads like the figures it continues (258万人 → 201万人, not 2,010,997人).
#[derive(Debug, Clone, PartialEq)]
pub struct Precision {
    /// The printed unit of the final target (else of the latest actual).
    pub unit: Option<String>,
    /// Base units per printed unit (10,000 for 万人).
    pub scale: f64,
    /// Decimals the row's figures are printed with (the most any of them uses).
    pub decimals: u32,
}

impl Precision {
    /// A projected base-unit figure in the printed unit, rounded to the printed decimals
    /// and to three significant digits (a projection is no more precise than that:
    /// 240,389人 reads 240,000人, 368.27万人 reads 368万人).
    pub fn projected(&self, base_value: f64) -> f64 {
        let value = base_value / self.scale;
        if value == 0.0 {
            return 0.0;
        }
        let digits = value.abs().log10().floor() as i32 + 1;
        if digits > 3 {
            let step = 10f64.powi(digits - 3);
            (value / step).round() * step
        } else {
            round_to(value, self.decimals.min((3 - digits).max(0) as u32))
        }
    }

    /// The decimals a projection of `value` (printed unit) is given with.
    fn decimals_of(&self, value: f64) -> u32 {
        let digits = if value == 0.0 {
            1
        } else {
            value.abs().log10().floor() as i32 + 1
        };
        self.decimals.min((3 - digits).max(0) as u32)
    }
}

/// The figures that meet the final target, the latest unbroken run of them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MetRun {
    pub since: Period,
    /// A day count of 365 in a year without 29 February counted as meeting a target of
    /// 366 days (open every day).
    pub every_day: bool,
    /// Only figures of the target's method count: figures of an earlier method exist.
    pub new_method: bool,
}

/// Where the pace since the baseline leads.
#[derive(Debug, Clone, PartialEq)]
pub enum Outlook {
    /// The latest actual meets the final target, as every actual has since `since`.
    Met(MetRun),
    /// At the pace since the baseline the final target is reached around `year` (no later
    /// than the final target's year).
    Reaches { year: Period },
    /// R is between 0.95 and 1: at the final target's year the figure is `value`, just
    /// `shortfall` short (both in the printed unit; the shortfall may round to 0).
    NearlyReaches {
        at: Period,
        value: f64,
        shortfall: f64,
    },
    /// At the final target's year the figure is `value`, `shortfall` short of the target.
    FallsShort {
        at: Period,
        value: f64,
        shortfall: f64,
    },
    /// The pace does not reach the target and its value at the final year would lie far
    /// outside the figures observed: no value is stated.
    FarOff,
    /// The pace reaches the target, but continued to the final year it would pass twice the
    /// largest figure observed: only that the pace is far ahead is said, no year or value.
    FarAhead,
    /// No outlook: why.
    Unavailable(NoOutlook),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoOutlook {
    /// The method could not compute a pace (the reason is the label's).
    Unassessed(Unassessable),
    /// The latest actual already refers to the final target's year.
    TargetYearReached,
    /// A zero baseline or target: the method's stand-in makes a pace meaningless.
    ZeroFigure,
}

/// One part's outlook with the paces and figures it rests on.
#[derive(Debug, Clone, PartialEq)]
pub struct PartOutlook {
    pub label: Option<String>,
    pub outlook: Outlook,
    /// The final target as printed: its figure and unit (29万人).
    pub target: Option<(f64, Option<String>)>,
    pub precision: Precision,
    /// The label's pace: growth per year since the baseline (CAGR_o).
    pub observed: Option<f64>,
    /// Where a projection starts: the latest actual's year and figure (base unit).
    pub start: Option<(Period, f64)>,
    /// The final target in the base unit, as the label uses it.
    pub target_base: Option<f64>,
}

/// The last change between two actuals measured the same way, as context beside the label.
#[derive(Debug, Clone, PartialEq)]
pub struct ShortTerm {
    pub label: Option<String>,
    pub from: Period,
    pub to: Period,
    /// In the part's base unit.
    pub from_value: f64,
    pub to_value: f64,
    pub unit: Option<String>,
}

impl ShortTerm {
    /// Years between the two figures (1 for a year-on-year change).
    pub fn years(&self) -> u16 {
        self.to.year - self.from.year
    }

    /// The change as a share of the earlier figure; `None` from zero.
    pub fn relative(&self) -> Option<f64> {
        (self.from_value > 0.0).then(|| self.to_value / self.from_value - 1.0)
    }

    /// The change in the figure's own unit (percentage points for %).
    pub fn absolute(&self) -> f64 {
        self.to_value - self.from_value
    }
}

/// Every part's outlook, in the order of the label's parts.
pub fn outlooks(indicator: &Indicator) -> Vec<PartOutlook> {
    assess(indicator)
        .parts
        .iter()
        .map(|part| part_outlook(indicator, part))
        .collect()
}

/// The outlook of one assessed part.
pub fn part_outlook(indicator: &Indicator, part: &PartAssessment) -> PartOutlook {
    let like = like_part(indicator, part.label.as_deref());
    let precision = like.as_ref().map_or(
        Precision {
            unit: part.unit.clone(),
            scale: 1.0,
            decimals: 0,
        },
        |l| precision(indicator, l),
    );
    let target_cell = indicator.values.get(Column::TargetFinal);
    let printed_target = like
        .as_ref()
        .and_then(|l| target_cell.parts.iter().find(|p| p.label == l.label))
        .map(|p| (p.value, p.unit.clone()));
    let base = PartOutlook {
        label: part.label.clone(),
        outlook: Outlook::Unavailable(NoOutlook::Unassessed(Unassessable::NoActual)),
        target: printed_target,
        precision,
        observed: None,
        start: part.inputs.map(|i| (i.t, i.yt)),
        target_base: part.inputs.map(|i| i.y_target),
    };
    if part.outcome == Outcome::Assessed(ProgressCategory::TargetAchieved) {
        let since = like
            .as_ref()
            .and_then(|l| met_since(indicator, l))
            .or(part.inputs.map(|i| MetRun {
                since: i.t,
                every_day: false,
                new_method: false,
            }));
        return match since {
            Some(run) => PartOutlook {
                outlook: Outlook::Met(run),
                ..base
            },
            None => base,
        };
    }
    let (Some(inputs), Some(observed), Some(_)) =
        (part.inputs, part.cagr_observed, part.cagr_required)
    else {
        let why = part.ratio_missing.or(match part.outcome {
            Outcome::UnableToAssess(why) => Some(why),
            Outcome::Assessed(_) => None,
        });
        return PartOutlook {
            outlook: Outlook::Unavailable(NoOutlook::Unassessed(
                why.unwrap_or(Unassessable::NoActual),
            )),
            ..base
        };
    };
    let base = PartOutlook {
        observed: Some(observed),
        ..base
    };
    if part
        .cautions
        .iter()
        .any(|c| matches!(c, Caution::ZeroReplaced(_)))
    {
        return PartOutlook {
            outlook: Outlook::Unavailable(NoOutlook::ZeroFigure),
            ..base
        };
    }
    if inputs.t.year >= inputs.t_target.year {
        return PartOutlook {
            outlook: Outlook::Unavailable(NoOutlook::TargetYearReached),
            ..base
        };
    }
    let higher_is_better = inputs.direction > 0;
    let meets = |v: f64| {
        if higher_is_better {
            v >= inputs.y_target
        } else {
            v <= inputs.y_target
        }
    };
    let years_left = f64::from(inputs.t_target.year - inputs.t.year);
    let at_final = inputs.yt * (1.0 + observed).powf(years_left);
    let largest = inputs.y0.max(inputs.yt).max(inputs.y_target);
    let smallest = inputs.y0.min(inputs.yt).min(inputs.y_target);
    if meets(at_final) && observed != 0.0 {
        if at_final > largest * FAR || at_final < smallest / FAR {
            return PartOutlook {
                outlook: Outlook::FarAhead,
                ..base
            };
        }
        // The first whole year whose projected figure meets the target.
        let years = ((inputs.y_target / inputs.yt).ln() / (1.0 + observed).ln())
            .ceil()
            .clamp(1.0, years_left);
        let year = Period {
            year: inputs.t.year + years as u16,
            fiscal: inputs.t.fiscal,
        };
        return PartOutlook {
            outlook: Outlook::Reaches { year },
            ..base
        };
    }
    let beyond_unit = unit_limit(base.precision.unit.as_deref()).is_some_and(|max| at_final > max);
    if at_final > largest * FAR || at_final < smallest / FAR || beyond_unit {
        return PartOutlook {
            outlook: Outlook::FarOff,
            ..base
        };
    }
    let value = base.precision.projected(at_final);
    let target = round_to(
        inputs.y_target / base.precision.scale,
        base.precision.decimals,
    );
    // Said to the projection's own precision, so that target − projection = shortfall as
    // the reader can check it on the page (about 18,900 of 19,100: about 200 short).
    let shortfall = round_to((target - value).abs(), base.precision.decimals_of(value));
    let at = inputs.t_target;
    let nearly = part.ratio.is_some_and(|r| r >= SUBSTANTIAL_AT);
    let outlook = if nearly {
        Outlook::NearlyReaches {
            at,
            value,
            shortfall,
        }
    } else {
        Outlook::FallsShort {
            at,
            value,
            shortfall,
        }
    };
    PartOutlook { outlook, ..base }
}

/// The largest figure a unit allows. Every unit on the sheet is a count, a share of a
/// whole (every % on the sheet: 受診率, 割合, 実施率, 進捗率) or days open in a year.
pub fn unit_limit(unit: Option<&str>) -> Option<f64> {
    match unit {
        Some(PERCENT) => Some(100.0),
        Some(DAYS) => Some(366.0),
        _ => None,
    }
}

fn round_to(value: f64, decimals: u32) -> f64 {
    let factor = 10f64.powi(decimals as i32);
    (value * factor).round() / factor
}

/// The part of the row's cells named `label` (the final target's, else any cell's).
fn like_part(indicator: &Indicator, label: Option<&str>) -> Option<Part> {
    let values = &indicator.values;
    [
        Column::TargetFinal,
        Column::ActualFy2023,
        Column::ActualFy2022,
        Column::Baseline,
    ]
    .into_iter()
    .map(|c| values.get(c))
    .chain(indicator.later_actuals.values())
    .flat_map(|v| v.parts.iter())
    .find(|p| p.label.as_deref() == label)
    .cloned()
}

/// The printed unit of the final target (a projection is read against it: 24万人 beside a
/// target of 29万人), else of the latest actual, and the most decimals any of the row's
/// figures in that unit is printed with.
pub fn precision(indicator: &Indicator, like: &Part) -> Precision {
    let named = |value: &Value| {
        value
            .parts
            .iter()
            .find(|p| p.label == like.label && p.base_unit() == like.base_unit())
            .cloned()
    };
    let unit_part = named(indicator.values.get(Column::TargetFinal))
        .or_else(|| named(indicator.latest_actual().1))
        .unwrap_or_else(|| like.clone());
    let unit = unit_part.unit.clone();
    let scale = if unit_part.value != 0.0 {
        unit_part.base_value() / unit_part.value
    } else {
        1.0
    };
    let decimals = Column::ALL
        .into_iter()
        .map(|c| indicator.values.get(c))
        .chain(indicator.later_actuals.values())
        .flat_map(|v| {
            v.parts
                .iter()
                .filter(|p| p.label == like.label && p.unit == unit)
        })
        .map(|p| printed_decimals(p.value))
        .max()
        .unwrap_or(0);
    Precision {
        unit,
        scale,
        decimals,
    }
}

/// Decimals of a printed figure (80.5 → 1, 1.22 → 2, 258 → 0).
fn printed_decimals(value: f64) -> u32 {
    let text = format!("{value}");
    text.split_once('.')
        .map_or(0, |(_, frac)| frac.len().min(3) as u32)
}

/// The first year of the latest unbroken run of figures (baseline and actuals, measured
/// like the target) that meet the final target.
fn met_since(indicator: &Indicator, like: &Part) -> Option<MetRun> {
    let target_cell = indicator.values.get(Column::TargetFinal);
    let target = target_cell
        .parts
        .iter()
        .find(|p| p.label == like.label)?
        .base_value();
    let method = method_side(target_cell);
    let meets = |v: f64| {
        if indicator.higher_is_better {
            v >= target
        } else {
            v <= target
        }
    };
    // 366 days open in a leap year is every day; so is 365 in a common year (休日夜間急患
    // センター: 366日（閏年）, 365日, 366日（閏年）, target 366日（閏年）).
    let every_day = |period: Period, v: f64| {
        like.unit.as_deref() == Some(DAYS)
            && v == 365.0
            && target == 366.0
            && !leap_year_cell(indicator, period)
    };
    let all = figures_in_order(indicator, like, true);
    let new_method = all.iter().any(|(m, _, _)| *m != method);
    let figures: Vec<(Period, f64)> = all
        .into_iter()
        .filter(|(m, _, _)| *m == method)
        .map(|(_, p, v)| (p, v))
        .collect();
    let run_start = figures
        .iter()
        .rposition(|(p, v)| !meets(*v) && !every_day(*p, *v))
        .map_or(0, |i| i + 1);
    let counted_every_day = figures[run_start.min(figures.len())..]
        .iter()
        .any(|(p, v)| !meets(*v) && every_day(*p, *v));
    figures.get(run_start).map(|(p, _)| MetRun {
        since: *p,
        every_day: counted_every_day,
        new_method,
    })
}

/// The last change between the row's two latest actuals (FY2022, FY2023 and any later
/// ones, not the baseline) when both were measured the same way and refer to different
/// years; one per part.
pub fn short_terms(indicator: &Indicator) -> Vec<ShortTerm> {
    let labels: Vec<Part> = assess(indicator)
        .parts
        .iter()
        .filter_map(|p| like_part(indicator, p.label.as_deref()))
        .collect();
    labels
        .iter()
        .filter_map(|like| short_term(indicator, like))
        .collect()
}

fn short_term(indicator: &Indicator, like: &Part) -> Option<ShortTerm> {
    let actuals = figures_in_order(indicator, like, false);
    let [.., (m1, p1, y1), (m2, p2, y2)] = actuals.as_slice() else {
        return None;
    };
    // Days open in a leap year and in a common year count different years, not a change
    // (休日夜間急患センター: 365日 then 366日（閏年）, open every day both times).
    if leap_year_cell(indicator, *p1) != leap_year_cell(indicator, *p2) {
        return None;
    }
    (m1 == m2 && p2.year > p1.year).then(|| ShortTerm {
        label: like.label.clone(),
        from: *p1,
        to: *p2,
        from_value: *y1,
        to_value: *y2,
        unit: like.base_unit().map(str::to_string),
    })
}

/// True when the row's cell for `period` is marked as a leap year (閏年).
fn leap_year_cell(indicator: &Indicator, period: Period) -> bool {
    Column::ALL
        .into_iter()
        .map(|c| indicator.values.get(c))
        .chain(indicator.later_actuals.values())
        .any(|v| v.period == Some(period) && marks_leap_year(v))
}

/// The part's figures with their method, in time order: the baseline (when asked for),
/// the sheet's actuals and any added later. The same year printed twice (令和3年 in both
/// columns) counts once, and a new-method figure of a year stays after the old one.
fn figures_in_order(
    indicator: &Indicator,
    like: &Part,
    with_baseline: bool,
) -> Vec<(Option<MethodSide>, Period, f64)> {
    let columns: &[Column] = if with_baseline {
        &[Column::Baseline, Column::ActualFy2022, Column::ActualFy2023]
    } else {
        &[Column::ActualFy2022, Column::ActualFy2023]
    };
    let sheet = columns.iter().map(|c| (indicator.values.get(*c), *c));
    let later = indicator
        .later_actuals
        .values()
        .map(|v| (v, Column::ActualFy2023));
    let mut out: Vec<(Option<MethodSide>, Period, f64)> = Vec::new();
    for (value, column) in sheet.chain(later) {
        let Some(y) = figure(value, like) else {
            continue;
        };
        let period = reference_period(value, column);
        let method = method_side(value);
        out.retain(|(m, p, _)| !(*m == method && p.year == period.year));
        out.push((method, period, y));
    }
    // A stable sort keeps sheet order within a year.
    out.sort_by_key(|(_, p, _)| p.year);
    out
}

fn figure(value: &Value, like: &Part) -> Option<f64> {
    value
        .parts
        .iter()
        .find(|p| p.label == like.label && p.base_unit() == like.base_unit())
        .map(Part::base_value)
}
