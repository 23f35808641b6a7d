//! FY2023 actual as a share of the FY2023 target for every indicator where that can be
//! computed (direction-aware), sorted, with the 100% line. A bar whose actual and target
//! refer to different years (a 令和3年 count against a 令和4年 target) is marked ※ and says
//! so in its tooltip, the summary and the table.

use charming::component::{Axis, Grid};
use charming::datatype::{DataPoint, DataPointItem};
use charming::element::{
    AxisLabel, AxisType, ItemStyle, Label, LabelPosition, LineStyle, LineStyleType, MarkLine,
    MarkLineData, MarkLineVariant, Symbol, Tooltip, Trigger,
};
use charming::series::Bar;
use charming::Chart;

use super::{status_colour, ChartSpec, DataTable};
use crate::domain::cells::format::percent;
use crate::domain::describe::shown::{canvas_text, name};
use crate::domain::i18n::chart_words::ChartWords;
use crate::domain::i18n::progress_ui_words::ProgressUiWords;
use crate::domain::i18n::progress_words::year_mismatch;
use crate::domain::i18n::Lang;
use crate::domain::i18n::Messages;
use crate::domain::i18n::Words;
use crate::domain::progress::achievement::achievement;
use crate::domain::progress::achievement::achievement_basis;
use crate::domain::progress::reference_years::achievement_years;
use crate::domain::{Dataset, Indicator};

/// Where the axis ends; bars beyond it are drawn to the edge.
pub const AXIS_CAP_PERCENT: f64 = 200.0;

#[derive(Debug, Clone, PartialEq)]
pub struct AchievementChart {
    pub spec: ChartSpec,
    /// Indicator id of each bar, in order: a click on bar `i` opens `ids[i]`.
    pub ids: Vec<String>,
    /// Indicators left out because no ratio can be computed, with the reason.
    pub left_out: Vec<(String, &'static str)>,
}

pub fn achievement_chart(data: &Dataset, lang: Lang) -> AchievementChart {
    let w = ChartWords::of(lang);
    let m = Messages::of(lang);
    let name_of = |r: &Indicator| name(r, lang);
    let room = match lang {
        Lang::En => 22,
        Lang::Ja => 12,
        Lang::JaEasy => 14,
    };
    let mut rows: Vec<(&Indicator, f64)> = Vec::new();
    let mut left_out = Vec::new();
    for row in &data.indicators {
        match achievement(row) {
            Some(ratio) => rows.push((row, ratio)),
            None => left_out.push((row.id.clone(), reason_not_computable(row, w))),
        }
    }
    rows.sort_by(|a, b| a.1.partial_cmp(&b.1).unwrap_or(std::cmp::Ordering::Equal));
    let year = chart_year(rows.iter().map(|(r, _)| *r));
    // A bar that compares other years than the chart's says which, after a ※.
    let years_differ: Vec<Option<String>> = rows
        .iter()
        .map(|(r, _)| {
            let basis_year = achievement_basis(r).year;
            let mismatch = achievement_years(r).and_then(|y| year_mismatch(&y, lang));
            let other = (basis_year != year).then(|| (w.other_year)(basis_year));
            match (other, mismatch) {
                (Some(other), Some(mismatch)) => Some(format!("{other}・{mismatch}")),
                (other, mismatch) => other.or(mismatch),
            }
        })
        .collect();
    let mark = |i: usize| if years_differ[i].is_some() { "※" } else { "" };

    // Short labels keep room for the bars on a phone; tooltips and the table have full names.
    let names: Vec<String> = rows
        .iter()
        .enumerate()
        .map(|(i, (r, _))| {
            shorten(
                &format!("{}{}", mark(i), canvas_text(&name_of(r), lang)),
                room,
            )
        })
        .collect();
    let bars: Vec<DataPoint> = rows
        .iter()
        .enumerate()
        .map(|(i, (row, ratio))| {
            // Bars stop at the axis cap so one indicator at 1,700% does not flatten the rest;
            // the tooltip still tells the true figure.
            let value = ((ratio * 1000.0).round() / 10.0).min(AXIS_CAP_PERCENT);
            let item = (w.achievement_item)(&name_of(row), &percent(*ratio), m.status(row.status));
            DataPointItem::new(value)
                .name(canvas_text(
                    &years_differ[i]
                        .as_ref()
                        .map_or(item.clone(), |years| format!("{item} ※{years}")),
                    lang,
                ))
                .item_style(ItemStyle::new().color(status_colour(row.status)))
                .into()
        })
        .collect();
    let hundred = MarkLine::new()
        .symbol(vec![Symbol::None, Symbol::None])
        .silent(true)
        .line_style(
            LineStyle::new()
                .type_(LineStyleType::Dashed)
                .width(2)
                .color("#444444"),
        )
        // Its words at the top of the line: at the default bottom end they overprinted the
        // axis's own 「100%」 on a phone.
        .label(Label::new().position(LabelPosition::Start).formatter("{b}"))
        .data(vec![MarkLineVariant::Simple(
            MarkLineData::new()
                .name(canvas_text(w.target_line, lang))
                .x_axis(100),
        )]);
    let chart = Chart::new()
        .tooltip(Tooltip::new().trigger(Trigger::Item).formatter("{b}"))
        .grid(
            Grid::new()
                .left(8)
                .right(24)
                .top(28)
                .bottom(8)
                .contain_label(true),
        )
        .x_axis(
            Axis::new()
                .type_(AxisType::Value)
                .name("%")
                .min(0)
                .max(AXIS_CAP_PERCENT)
                // 0% / 100% / 200% only: five labels ran together on a 320 px phone.
                .interval(100)
                .axis_label(AxisLabel::new().formatter("{value}%")),
        )
        // Every name fits (the height grows with the rows); a fixed interval also spares
        // ECharts from measuring all labels to pick one.
        .y_axis(
            Axis::new()
                .type_(AxisType::Category)
                .inverse(true)
                .axis_label(AxisLabel::new().interval(0))
                .data(names),
        )
        .series(
            Bar::new()
                .name(canvas_text(w.achievement, lang))
                .bar_width("70%")
                .mark_line(hundred)
                .data(bars),
        );

    let met = rows.iter().filter(|(_, r)| *r >= 1.0).count();
    let beyond = rows
        .iter()
        .filter(|(_, r)| *r * 100.0 > AXIS_CAP_PERCENT)
        .count();
    let mut summary = (w.achievement_summary)(
        year,
        rows.len(),
        met,
        &rows.first().map_or(String::new(), |(r, _)| name_of(r)),
        &rows
            .first()
            .map_or(String::new(), |(_, ratio)| percent(*ratio)),
    );
    if beyond > 0 {
        summary.push_str(&(w.beyond_cap)(beyond));
    }
    let marked = years_differ.iter().flatten().count();
    if marked > 0 {
        summary.push_str(&(ProgressUiWords::of(lang).years_differ_bars)(marked));
    }
    let table = DataTable {
        caption: (w.achievement_caption)(year),
        headers: w.achievement_headers.map(String::from).to_vec(),
        rows: rows
            .iter()
            .zip(&years_differ)
            .map(|((r, ratio), years)| {
                let achieved = years.as_ref().map_or(percent(*ratio), |years| {
                    format!("{} ※{years}", percent(*ratio))
                });
                vec![name_of(r), achieved, m.status(r.status).to_string()]
            })
            .collect(),
    };
    let height = 52 + 24 * rows.len() as u32;
    let spec = ChartSpec::new(
        m.achievement_chart_title.to_string(),
        chart,
        summary,
        table,
        height,
    );
    AchievementChart {
        spec,
        ids: rows.iter().map(|(r, _)| r.id.clone()).collect(),
        left_out,
    }
}

/// The first `max` characters, with "…" when cut.
pub fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let mut short: String = text.chars().take(max - 1).collect();
        short.push('…');
        short
    }
}

/// The fiscal year the chart is about: the year most rows compare (the latest sheet's,
/// once it prints targets for its year), the later one on a tie; FY2023 for no rows.
pub fn chart_year<'a>(rows: impl Iterator<Item = &'a Indicator>) -> u16 {
    let mut counts: std::collections::BTreeMap<u16, usize> = std::collections::BTreeMap::new();
    for row in rows {
        *counts.entry(achievement_basis(row).year).or_default() += 1;
    }
    counts
        .into_iter()
        .max_by_key(|(year, n)| (*n, *year))
        .map_or(crate::domain::model::FIRST_EDITION, |(year, _)| year)
}

/// Why a row has no achievement, in the chart's words (also said on its card).
pub fn reason_not_computable(row: &Indicator, w: &ChartWords) -> &'static str {
    let basis = crate::domain::progress::achievement::achievement_basis(row);
    let (actual, target) = (basis.actual, basis.target);
    if actual.parts.is_empty() || target.parts.is_empty() {
        w.reason_text
    } else if actual.note != target.note {
        w.reason_method
    } else {
        w.reason_parts
    }
}
