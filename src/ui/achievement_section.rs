use leptos::prelude::*;

use super::chart_view::ChartView;
use super::text::tr;
use crate::domain::charts::achievement::achievement_chart;
use crate::domain::filter::Filter;
use crate::state::{AppState, HistoryMode};

#[derive(Clone, PartialEq)]
struct Rendered {
    option: String,
    ids: Vec<String>,
    left_out: Vec<(String, &'static str)>,
    summary: String,
    table: crate::domain::charts::DataTable,
    height: u32,
}

/// Every indicator's FY2023 achievement in one sorted chart; a bar opens its detail.
#[component]
pub fn AchievementSection() -> impl IntoView {
    let state = AppState::expect();
    // Memoised as text (plus what the page needs), so an unchanged chart is not redrawn.
    let chart = Memo::new(move |_| {
        state.data.with(|d| {
            let c = achievement_chart(d, state.lang.get());
            Rendered { option: serde_json::to_string(&c.chart).unwrap_or_default(), ids: c.ids, left_out: c.left_out, summary: c.summary, table: c.table, height: c.height }
        })
    });
    let option = Signal::derive(move || chart.with(|c| c.option.clone()));
    let on_click = Callback::new(move |click: crate::chart::ChartClick| {
        let Some(id) = chart.with_untracked(|c| c.ids.get(click.data_index).cloned()) else { return };
        let next = Filter { kpi: Some(id.clone()), ..state.filter.get_untracked() };
        state.navigate(next, HistoryMode::Push);
    });
    let left_out = move || state.data.with(|d| {
        chart.read()
            .left_out
            .iter()
            .filter_map(|(id, reason)| d.indicators.iter().find(|i| &i.id == id).map(|i| format!("{}（{}）", i.name, reason)))
            .collect::<Vec<_>>()
            .join("、")
    });
    view! {
        <section class="achievement-section" aria-labelledby="achievement-title">
            <h2 id="achievement-title">{tr(|m| m.achievement_title)}</h2>
            <p class="section-note">{tr(|m| m.achievement_note)}</p>
            <ChartView id="achievement-chart" title=Signal::derive(move || crate::domain::i18n::plain(state.lang.get().messages().achievement_chart_title))
                option summary=Signal::derive(move || chart.with(|c| c.summary.clone()))
                table=Signal::derive(move || chart.with(|c| c.table.clone())) height=Signal::derive(move || chart.with(|c| c.height))
                file_name=Signal::stored("achievement".to_string()) on_click/>
            <p class="section-note">{tr(|m| m.not_computable_list)} {left_out}</p>
        </section>
    }
}
