use leptos::prelude::*;

use crate::domain::{Column, Indicator, Kind};
use crate::state::AppState;

/// Every indicator of the sheet in document order.
#[component]
pub fn IndicatorList() -> impl IntoView {
    let state = AppState::expect();
    let rows = state.official.with_value(|d| d.indicators.clone());
    view! {
        <h2 class="section-title">"成果指標（" {rows.len()} "件）"</h2>
        <ul class="indicator-list">
            {rows.into_iter().map(|row| view! { <IndicatorItem row/> }).collect_view()}
        </ul>
    }
}

/// One indicator as a list item: name, status and its FY2023 actual against target.
#[component]
fn IndicatorItem(
    /// The indicator to show.
    row: Indicator,
) -> impl IntoView {
    let kind = match row.kind {
        Kind::NumericalTarget => "数値目標",
        Kind::Kpi => "KPI",
    };
    view! {
        <li class="indicator" data-kpi=row.id.clone()>
            <span class="indicator-kind">{kind}</span>
            <span class="indicator-name">{row.name.clone()}</span>
            <span class="indicator-status">{row.status.label_ja()}</span>
            <span class="indicator-figures">
                {row.values.get(Column::ActualFy2023).raw.clone()}
                " / 目標 "
                {row.values.get(Column::TargetFy2023).raw.clone()}
            </span>
        </li>
    }
}
