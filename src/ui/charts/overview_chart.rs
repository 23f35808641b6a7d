use leptos::prelude::*;

use crate::domain::charts::overview::overview_chart;
use crate::domain::Status;
use crate::state::{AppState, HistoryMode};
use crate::ui::charts::chart_view::ChartView;
use crate::ui::widgets::nav_link::focus_after_render;
use crate::web::echarts::ChartClick;

/// KPIs by status per sub-goal, as a stacked bar chart; a segment shows its cards.
#[component]
pub fn OverviewChart() -> impl IntoView {
    let state = AppState::expect();
    let chart = Memo::new(move |_| state.data.with(|d| overview_chart(d, state.lang.get())));
    let on_click = Callback::new(move |click: ChartClick| {
        let Some(status) = Status::ALL.get(click.series_index).copied() else {
            return;
        };
        let Some(subgoal) = chart.with_untracked(|c| c.subgoals.get(click.data_index).cloned())
        else {
            return;
        };
        state.update(HistoryMode::Push, |v| {
            *v = v.with_status_in(&subgoal, status)
        });
        focus_after_render("results-title");
    });
    view! {
        <ChartView id="overview-chart" spec=Signal::derive(move || chart.with(|c| c.spec.clone()))
            file_name="overview".to_string() on_click/>
    }
}
