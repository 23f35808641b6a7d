use leptos::prelude::*;

use super::chart_view::ChartView;
use crate::domain::charts::achievement::achievement_chart;
use crate::domain::filter::Filter;
use crate::state::{AppState, HistoryMode};

/// Every indicator's FY2023 achievement in one sorted chart; a bar opens its detail.
#[component]
pub fn AchievementSection() -> impl IntoView {
    let state = AppState::expect();
    let chart = state.official.with_value(achievement_chart);
    let option = serde_json::to_string(&chart.chart).unwrap_or_default();
    let ids = chart.ids.clone();
    let on_click = Callback::new(move |click: crate::chart::ChartClick| {
        let Some(id) = ids.get(click.data_index) else { return };
        let next = Filter { kpi: Some(id.clone()), ..state.filter.get_untracked() };
        state.navigate(next, HistoryMode::Push);
    });
    let left_out = state.official.with_value(|d| {
        chart
            .left_out
            .iter()
            .filter_map(|(id, reason)| d.indicators.iter().find(|i| &i.id == id).map(|i| format!("{}（{}）", i.name, reason)))
            .collect::<Vec<_>>()
            .join("、")
    });
    view! {
        <section class="achievement-section" aria-labelledby="achievement-title">
            <h2 id="achievement-title">"令和5年度の達成率"</h2>
            <p class="section-note">"実績 ÷ 目標（少ないほど良い指標は 目標 ÷ 実績）。100% 以上で目標達成。棒を押すとその指標の詳細を開きます。"</p>
            <ChartView id="achievement-chart" title="指標ごとの達成率（低い順）"
                option=Signal::stored(option) summary=Signal::stored(chart.summary.clone())
                table=Signal::stored(chart.table.clone()) height=Signal::stored(chart.height)
                file_name=Signal::stored("achievement".to_string()) on_click/>
            <p class="section-note">"算出できない指標: " {left_out}</p>
        </section>
    }
}
