use std::rc::Rc;

use leptos::prelude::*;

use super::chart_view::ChartView;
use super::nav_link::{focus_after_render, NavLink};
use super::text::{ruby_view, tr};
use crate::domain::i18n::{plain, Lang};
use super::status_badge::status_icon;
use crate::domain::charts::overview::overview_chart;
use crate::domain::filter::{status_counts, Filter};
use crate::domain::{Column, Goal, Indicator, Kind, Status, Subgoal};
use crate::state::{AppState, HistoryMode};

/// Per major goal and sub-goal: its numerical target and how many KPIs are in each
/// status. Each count is a link that filters the cards.
#[component]
pub fn Overview() -> impl IntoView {
    let state = AppState::expect();
    let goals = state.official.with_value(|d| d.goals.clone());
    let totals = Memo::new(move |_| state.data.with(|d| status_counts(&d.indicators, "", None)));
    // Memoised as text, so an unchanged chart is not sent to ECharts again.
    let chart = Memo::new(move |_| {
        state.data.with(|d| {
            let c = overview_chart(d, state.lang.get());
            (serde_json::to_string(&c.chart).unwrap_or_default(), c.summary, c.table)
        })
    });
    let option = Signal::derive(move || chart.with(|c| c.0.clone()));
    let subgoals = state.official.with_value(|d| d.goals.iter().flat_map(|g| g.subgoals.iter().map(|s| s.id.clone())).collect::<Vec<_>>());
    // A click on a segment shows that sub-goal's KPIs with that status.
    let on_click = Callback::new(move |click: crate::chart::ChartClick| {
        let (Some(status), Some(subgoal)) = (Status::ALL.get(click.series_index), subgoals.get(click.data_index)) else { return };
        let base = state.filter.with_untracked(|f| f.cleared());
        let next = Filter { goal: Some(subgoal.clone()), statuses: [*status].into_iter().collect(), kind: Some(Kind::Kpi), ..base };
        state.navigate(next, HistoryMode::Push);
        focus_after_render("results-title");
    });
    view! {
        <section class="overview" aria-labelledby="overview-title">
            <h2 id="overview-title">{tr(|m| m.overview_title)}</h2>
            <p class="overview-total">
                {tr(move |m| (m.total_prefix)(state.data.with(|d| d.indicators.len())))}
                {move || Status::ALL.iter().zip(totals.get()).map(|(s, n)| view! {
                    <span class=format!("count-inline status-{}", s.key())>
                        <span aria-hidden="true">{status_icon(*s)}</span>
                        {tr(move |m| format!("{}{}", m.status(*s), (m.count_suffix)(n)))}
                    </span>
                }).collect_view()}
            </p>
            <ChartView id="overview-chart" title=Signal::derive(move || plain(state.lang.get().messages().overview_chart_title))
                option summary=Signal::derive(move || chart.with(|c| c.1.clone()))
                table=Signal::derive(move || chart.with(|c| c.2.clone())) height=Signal::stored(300u32)
                file_name=Signal::stored("overview".to_string()) on_click/>
            <div class="goal-grid">
                {move || {
                    let lang = state.lang.get();
                    let indicators: Rc<[Indicator]> = state.data.with(|d| d.indicators.clone().into());
                    goals.iter().map(|goal| view! {
                        <GoalSummary goal=goal.clone() indicators=indicators.clone() lang/>
                    }).collect_view()
                }}
            </div>
        </section>
    }
}

/// One major goal with its sub-goals.
#[component]
fn GoalSummary(
    /// The major goal.
    goal: Goal,
    /// All indicators of the sheet.
    indicators: Rc<[Indicator]>,
    /// The language shown.
    lang: Lang,
) -> impl IntoView {
    let m = lang.messages();
    let heading_id = format!("goal-{}", goal.id);
    let labelled_by = heading_id.clone();
    view! {
        <section class="goal" aria-labelledby=labelled_by>
            <h3 id=heading_id>
                <span class="goal-no">{ruby_view(&(m.goal_no)(&goal.id))}</span>
                " " {if lang.uses_english_names() { goal.name_en.clone() } else { goal.name.clone() }}
            </h3>
            <ul class="subgoal-list">
                {goal.subgoals.into_iter().map(|subgoal| view! {
                    <SubgoalSummary subgoal indicators=indicators.clone() lang/>
                }).collect_view()}
            </ul>
        </section>
    }
}

/// A sub-goal: its numerical target (数値目標) and its KPI counts by status.
#[component]
fn SubgoalSummary(
    /// The sub-goal.
    subgoal: Subgoal,
    /// All indicators of the sheet.
    indicators: Rc<[Indicator]>,
    /// The language shown.
    lang: Lang,
) -> impl IntoView {
    let state = AppState::expect();
    let m = lang.messages();
    let en = lang.uses_english_names();
    let target = indicators.iter().find(|i| i.subgoal == subgoal.id && i.kind == Kind::NumericalTarget).cloned();
    let counts = status_counts(&indicators, &subgoal.id, Some(Kind::Kpi));
    let kpi_total: usize = counts.iter().sum();
    let id = subgoal.id.clone();
    let name = if en { subgoal.name_en.clone() } else { subgoal.name.clone() };
    let subgoal_name = name.clone();
    let subgoal_id = subgoal.id.clone();
    let links = Status::ALL.into_iter().zip(counts).map(move |(status, n)| {
        let id = id.clone();
        let subgoal_id = subgoal_id.clone();
        let to = Signal::derive(move || Filter {
            goal: Some(id.clone()),
            statuses: [status].into_iter().collect(),
            kind: Some(Kind::Kpi),
            ..state.filter.with(|f| f.cleared())
        });
        // The accessible name starts with the visible words (WCAG 2.5.3), then says more.
        let context = (m.of_subgoal)(&format!("{} {}", subgoal_id, name));
        view! {
            <li>
                <NavLink to class=format!("count-link status-{}", status.key()) focus="results-title">
                    <span class="status-icon" aria-hidden="true">{status_icon(status)}</span>
                    <span class="visually-hidden">{context}</span>
                    <span class="count-label">{ruby_view(m.status(status))}</span>
                    <span class="count-number">{n}</span>
                    <span class="visually-hidden">{ruby_view(m.show_kpis_suffix)}</span>
                </NavLink>
            </li>
        }
    });
    view! {
        <li class="subgoal">
            <p class="subgoal-name">
                <span class="subgoal-id">{subgoal.id.clone()}</span> " " {subgoal_name}
            </p>
            {target.map(|t| {
                let to = Signal::derive({ let id = t.id.clone(); move || Filter { kpi: Some(id.clone()), ..state.filter.get() } });
                view! {
                    <p class="numerical-target">
                        <span class="tag">{ruby_view(m.numerical_target)}</span> " "
                        <NavLink to class="target-link">{if en { t.name_en.clone() } else { t.name.clone() }}</NavLink>
                        ": " {t.values.get(Column::ActualFy2023).raw.clone()}
                        " （" {ruby_view(m.target_fy2023_short)} " " {t.values.get(Column::TargetFy2023).raw.clone()} "） "
                        <span class="status-inline">
                            <span aria-hidden="true">{status_icon(t.status)}</span> {ruby_view(m.status(t.status))}
                        </span>
                    </p>
                }
            })}
            <p class="kpi-count-caption">{ruby_view(&(m.kpi_progress)(kpi_total))}</p>
            <ul class="count-links">{links.collect_view()}</ul>
        </li>
    }
}
