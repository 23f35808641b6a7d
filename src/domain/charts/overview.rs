//! Per sub-goal, how many KPIs the city rated 順調 / 概ね順調 / 遅れ, as stacked bars.

use charming::component::{Axis, Grid, Legend};
use charming::element::{AxisType, ItemStyle, Tooltip, Trigger};
use charming::series::Bar;
use charming::Chart;

use super::{status_colour, ChartSpec, DataTable};
use crate::domain::describe::shown::{canvas_text, name};
use crate::domain::i18n::chart_words::ChartWords;
use crate::domain::i18n::Lang;
use crate::domain::i18n::Messages;
use crate::domain::i18n::Words;
use crate::domain::navigation::filter::status_counts;
use crate::domain::{Dataset, Kind, Status};

/// The chart, its table, and for each bar (in order) the sub-goal id a click filters to.
/// Series are in [`Status::ALL`] order, so a click's series index is the status.
#[derive(Debug, Clone, PartialEq)]
pub struct OverviewChart {
    pub spec: ChartSpec,
    pub subgoals: Vec<String>,
}

pub fn overview_chart(data: &Dataset, lang: Lang) -> OverviewChart {
    let w = ChartWords::of(lang);
    let m = Messages::of(lang);
    let subgoals: Vec<_> = data.goals.iter().flat_map(|g| &g.subgoals).collect();
    let room = match lang {
        Lang::En => 18,
        Lang::Ja => 10,
        Lang::JaEasy => 12,
    };
    let labels: Vec<String> = subgoals
        .iter()
        .map(|s| {
            format!(
                "{} {}",
                s.id,
                super::achievement::shorten(&canvas_text(&name(*s, lang), lang), room)
            )
        })
        .collect();
    // Full names with readings, for the summary and the table.
    let full: Vec<String> = subgoals
        .iter()
        .map(|s| format!("{} {}", s.id, name(*s, lang)))
        .collect();
    let counts: Vec<[usize; 3]> = subgoals
        .iter()
        .map(|s| status_counts(&data.indicators, &s.id, Some(Kind::Kpi)))
        .collect();

    let mut chart = Chart::new()
        .tooltip(
            Tooltip::new()
                .trigger(Trigger::Item)
                .formatter(format!("{{b}}<br/>{{a}}: {{c}}{}", w.count_unit).as_str()),
        )
        .legend(Legend::new().top(0))
        .grid(
            Grid::new()
                .left(8)
                .right(16)
                .top(36)
                .bottom(8)
                .contain_label(true),
        )
        .x_axis(Axis::new().type_(AxisType::Value).min_interval(1))
        // Reversed so the first sub-goal is on top, in reading order.
        .y_axis(
            Axis::new()
                .type_(AxisType::Category)
                .inverse(true)
                .data(labels.clone()),
        );
    for (i, status) in Status::ALL.iter().enumerate() {
        let values: Vec<i64> = counts.iter().map(|c| c[i] as i64).collect();
        chart = chart.series(
            Bar::new()
                .name(canvas_text(m.status(*status), lang))
                .stack("kpis")
                .bar_width("60%")
                .item_style(ItemStyle::new().color(status_colour(*status)))
                .data(values),
        );
    }

    let mut headers = vec![w.subgoal.to_string()];
    headers.extend(Status::ALL.iter().map(|s| m.status(*s).to_string()));
    let table = DataTable {
        caption: w.overview_caption.into(),
        headers,
        rows: full
            .iter()
            .zip(&counts)
            .map(|(label, c)| {
                let mut row = vec![label.clone()];
                row.extend(c.iter().map(|n| n.to_string()));
                row
            })
            .collect(),
    };
    let totals = status_counts(&data.indicators, "", Some(Kind::Kpi));
    let summary = (w.overview_summary)(
        totals.iter().sum::<usize>(),
        totals,
        &most_delayed(&full, &counts),
    );
    let title = m.overview_chart_title.to_string();
    OverviewChart {
        spec: ChartSpec::new(title, chart, summary, table, 300),
        subgoals: subgoals.iter().map(|s| s.id.clone()).collect(),
    }
}

fn most_delayed(labels: &[String], counts: &[[usize; 3]]) -> String {
    let max = counts.iter().map(|c| c[2]).max().unwrap_or(0);
    labels
        .iter()
        .zip(counts)
        .filter(|(_, c)| c[2] == max)
        .map(|(l, _)| l.as_str())
        .collect::<Vec<_>>()
        .join(" / ")
}
