//! Paces per year a resident can weigh against each other: the pace needed from the latest
//! actual to the final target, the recent pace (the last two actuals) and the pace since the
//! baseline, and a projection band to the final year between the recent pace and the pace
//! since the baseline.
//!
//! Counts grow or shrink by a share each year (compound, like the progress measure's CAGR),
//! so a projection never crosses zero. Shares (%) move by percentage points each year,
//! because "+2%" of a percentage is ambiguous. Every projected figure is kept within what can
//! physically happen: never below zero, a share never above 100 %, days in a year never
//! above 366 (see [`physical_limit`]). Figures measured by different methods (※変更前/後)
//! are never joined.

use super::achievement::method_of;
use super::model::{Column, Indicator, Part, Period, Value};
use super::progress_measure::reference_period;

/// The largest figure a unit allows, read from the sheet's unit text. Every unit on the
/// sheet is a count, a share or a number of days, so the smallest figure is always 0.
pub fn physical_limit(unit: Option<&str>) -> Option<f64> {
    match unit {
        // 受診率, 割合, 実施率, 進捗率: every % on the sheet is a share of a whole.
        Some("%") => Some(100.0),
        // 開設日数: days open in a (leap) year.
        Some("日") => Some(366.0),
        _ => None,
    }
}

/// A figure moved into what the unit allows.
pub fn within_limits(value: f64, unit: Option<&str>) -> f64 {
    let floor = value.max(0.0);
    physical_limit(unit).map_or(floor, |max| floor.min(max))
}

/// How a pace is stated: a share per year for counts, points per year for percentages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PaceScale {
    /// Growth per year as a share of the figure (+0.21 = +21 % a year).
    Relative,
    /// Change per year in the figure's own unit (for %: percentage points).
    Absolute,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Pace {
    pub from: Period,
    pub from_value: f64,
    pub to: Period,
    pub to_value: f64,
    /// Change per year in the base unit (人 for 万人).
    pub absolute_per_year: f64,
    /// Compound growth per year; `None` when a figure is zero or negative.
    pub relative_per_year: Option<f64>,
}

impl Pace {
    /// The pace between two figures; `None` when they refer to the same year.
    pub fn between(from: Period, from_value: f64, to: Period, to_value: f64) -> Option<Pace> {
        let years = f64::from(to.year) - f64::from(from.year);
        if years <= 0.0 {
            return None;
        }
        let relative = (from_value > 0.0 && to_value >= 0.0).then(|| (to_value / from_value).powf(1.0 / years) - 1.0);
        Some(Pace { from, from_value, to, to_value, absolute_per_year: (to_value - from_value) / years, relative_per_year: relative })
    }

    /// The pace per year on `scale`: a share (Relative) or unit per year (Absolute).
    pub fn per_year(&self, scale: PaceScale) -> f64 {
        match (scale, self.relative_per_year) {
            (PaceScale::Relative, Some(r)) => r,
            _ => self.absolute_per_year,
        }
    }

    /// Where this pace leads `years` after `start`, within the unit's limits.
    pub fn project(&self, start: f64, years: f64, scale: PaceScale, unit: Option<&str>) -> f64 {
        let raw = match (scale, self.relative_per_year) {
            (PaceScale::Relative, Some(r)) => start * (1.0 + r).powf(years),
            _ => start + self.absolute_per_year * years,
        };
        within_limits(raw, unit)
    }
}

/// Which pace drew an edge of the band.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PaceKind {
    Needed,
    Recent,
    SinceBaseline,
}

#[derive(Debug, Clone, PartialEq)]
pub struct BandPoint {
    pub year: u16,
    pub low: f64,
    pub high: f64,
}

/// The projection from the latest actual to the final target's year: every year between
/// the recent pace and the pace since the baseline (one line if only one pace is known).
#[derive(Debug, Clone, PartialEq)]
pub struct Band {
    pub start: Period,
    pub end: Period,
    pub points: Vec<BandPoint>,
    /// The paces drawn, with where each ends.
    pub edges: Vec<(PaceKind, f64)>,
    /// True when a projection was stopped at zero or at the unit's limit.
    pub limited: bool,
}

impl Band {
    pub fn last(&self) -> Option<&BandPoint> {
        self.points.last()
    }
}

/// Why no band is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoBand {
    /// The final target is words (a revision note, 設定予定) or missing.
    NoFinalTarget,
    NoActual,
    /// The final target is on another method than the actuals, with too few new figures.
    MethodChanged,
    /// Only one year of comparable actuals.
    TooFewYears,
    /// The latest actual already refers to the final target's year (or later).
    TargetYearReached,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PartPaces {
    pub label: Option<String>,
    /// The base unit (人 for 万人).
    pub unit: Option<String>,
    pub scale: PaceScale,
    pub latest: Option<(Period, f64)>,
    pub target: Option<(Period, f64)>,
    pub needed: Option<Pace>,
    pub recent: Option<Pace>,
    pub since_baseline: Option<Pace>,
    /// True when the latest actual already meets the final target.
    pub target_met: bool,
    pub band: Result<Band, NoBand>,
}

/// The paces of every part of an indicator (one for most rows; 男性/女性 give two).
pub fn paces(indicator: &Indicator) -> Vec<PartPaces> {
    let values = &indicator.values;
    let shape = [Column::TargetFinal, Column::ActualFy2023, Column::ActualFy2022, Column::Baseline]
        .into_iter()
        .map(|c| values.get(c))
        .chain(indicator.later_actuals.values())
        .find(|v| !v.parts.is_empty());
    match shape {
        Some(v) => v.parts.iter().map(|part| part_paces(indicator, part)).collect(),
        None => Vec::new(),
    }
}

/// One part's paces; `like` names the part (label and unit).
pub fn part_paces(indicator: &Indicator, like: &Part) -> PartPaces {
    let unit = like.base_unit().map(str::to_string);
    let scale = if unit.as_deref() == Some("%") { PaceScale::Absolute } else { PaceScale::Relative };
    let target_cell = indicator.values.get(Column::TargetFinal);
    let target = figure(target_cell, Column::TargetFinal, like);
    // Actuals in time order, grouped by method; the projection follows the latest one's method.
    let actuals = actual_figures(indicator, like);
    let latest_method = actuals.last().map(|(m, _, _)| *m);
    let same_method: Vec<(Period, f64)> = actuals.iter().filter(|(m, _, _)| Some(*m) == latest_method).map(|(_, p, v)| (*p, *v)).collect();
    let latest = same_method.last().copied();
    let baseline = indicator.values.get(Column::Baseline);
    let since_baseline = match (figure(baseline, Column::Baseline, like), latest) {
        (Some((p0, y0)), Some((p, y))) if Some(method_of(baseline)) == latest_method => Pace::between(p0, y0, p, y),
        _ => None,
    };
    let recent = match same_method.as_slice() {
        [.., (p1, y1), (p2, y2)] => Pace::between(*p1, *y1, *p2, *y2),
        _ => None,
    };
    let target_on_same_method = latest_method == Some(method_of(target_cell));
    let needed = match (latest, target) {
        (Some((p, y)), Some((pt, yt))) if target_on_same_method => Pace::between(p, y, pt, yt),
        _ => None,
    };
    let target_met = match (latest, target) {
        (Some((_, y)), Some((_, yt))) if target_on_same_method => {
            if indicator.higher_is_better { y >= yt } else { y <= yt }
        }
        _ => false,
    };
    let band = match (latest, target) {
        (None, _) => Err(NoBand::NoActual),
        (_, None) => Err(NoBand::NoFinalTarget),
        (Some(_), Some(_)) if !target_on_same_method => Err(NoBand::MethodChanged),
        (Some((start, _)), Some((end, _))) if end.year <= start.year => Err(NoBand::TargetYearReached),
        (Some((start, y)), Some((end, _))) => {
            let edges: Vec<(PaceKind, Pace)> =
                [(PaceKind::Recent, recent), (PaceKind::SinceBaseline, since_baseline)].into_iter().filter_map(|(k, p)| p.map(|p| (k, p))).collect();
            if edges.is_empty() {
                Err(if actuals.iter().any(|(m, _, _)| Some(*m) != latest_method) { NoBand::MethodChanged } else { NoBand::TooFewYears })
            } else {
                Ok(band(start, y, end, &edges, scale, unit.as_deref()))
            }
        }
    };
    PartPaces { label: like.label.clone(), unit, scale, latest, target, needed, recent, since_baseline, target_met, band }
}

fn band(start: Period, from: f64, end: Period, edges: &[(PaceKind, Pace)], scale: PaceScale, unit: Option<&str>) -> Band {
    let mut limited = false;
    let points = (start.year..=end.year)
        .map(|year| {
            let years = f64::from(year - start.year);
            let projected: Vec<f64> = edges
                .iter()
                .map(|(_, pace)| {
                    let value = pace.project(from, years, scale, unit);
                    let free = match (scale, pace.relative_per_year) {
                        (PaceScale::Relative, Some(r)) => from * (1.0 + r).powf(years),
                        _ => from + pace.absolute_per_year * years,
                    };
                    limited |= (free - value).abs() > 1e-9;
                    value
                })
                .collect();
            let low = projected.iter().copied().fold(f64::INFINITY, f64::min);
            let high = projected.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            BandPoint { year, low, high }
        })
        .collect();
    let years = f64::from(end.year - start.year);
    let edges = edges.iter().map(|(kind, pace)| (*kind, pace.project(from, years, scale, unit))).collect();
    Band { start, end, points, edges, limited }
}

/// The figure of `like`'s part in a cell, at its reference year, in the base unit.
fn figure(value: &Value, column: Column, like: &Part) -> Option<(Period, f64)> {
    let part = value.parts.iter().find(|p| p.label == like.label && p.base_unit() == like.base_unit())?;
    Some((reference_period(value, column), part.base_value()))
}

/// Every actual of the part with its method, in time order; the same year printed twice
/// (製造業の事業所数: 令和3年 in both columns) counts once.
fn actual_figures(indicator: &Indicator, like: &Part) -> Vec<(Option<&'static str>, Period, f64)> {
    let sheet = [Column::Baseline, Column::ActualFy2022, Column::ActualFy2023].into_iter().map(|c| (indicator.values.get(c), c));
    let later = indicator.later_actuals.values().map(|v| (v, Column::ActualFy2023));
    let mut out: Vec<(Option<&'static str>, Period, f64)> = Vec::new();
    for (value, column) in sheet.chain(later) {
        let Some((period, y)) = figure(value, column, like) else { continue };
        let method = method_of(value);
        out.retain(|(m, p, _)| !(*m == method && p.year == period.year));
        out.push((method, period, y));
    }
    // A stable sort keeps sheet order for ties, so a new-method figure for the same year
    // (健康寿命 令和4年 ※変更後) stays the latest.
    out.sort_by_key(|(_, p, _)| p.year);
    out
}
