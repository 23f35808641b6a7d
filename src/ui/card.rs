use leptos::prelude::*;

use super::nav_link::NavLink;
use super::status_badge::StatusBadge;
use super::values::PrintedValue;
use crate::domain::achievement::achievement_parts;
use crate::domain::filter::Filter;
use crate::domain::format::parts_percent;
use crate::domain::{Column, Kind};
use crate::state::AppState;

/// One indicator at a glance: where it sits, who is responsible, FY2023 actual against
/// target, final target, achievement and the city's status; texts on demand.
#[component]
pub fn KpiCard(
    /// Index of the indicator in the dataset.
    index: usize,
) -> impl IntoView {
    let state = AppState::expect();
    let (row, place) = state.official.with_value(|d| {
        let row = d.indicators[index].clone();
        let subgoal = d.goals.iter().flat_map(|g| &g.subgoals).find(|s| s.id == row.subgoal);
        let measure = subgoal.and_then(|s| s.measures.iter().find(|m| Some(m.no) == row.measure));
        let place = format!(
            "{} {}{}",
            row.subgoal,
            subgoal.map_or("", |s| s.name.as_str()),
            measure.map_or(String::new(), |m| format!(" ・ 施策{} {}", m.no, m.name)),
        );
        (row, place)
    });
    let achievement = achievement_parts(&row).and_then(|p| parts_percent(&p));
    let id = row.id.clone();
    let to_detail = Signal::derive(move || Filter { kpi: Some(id.clone()), ..state.filter.get() });
    let heading_id = format!("kpi-{}", row.id);
    let labelled_by = heading_id.clone();
    let kind = match row.kind {
        Kind::NumericalTarget => "数値目標",
        Kind::Kpi => "KPI",
    };
    view! {
        <article class=format!("card status-{}", row.status.key()) data-kpi=row.id.clone() aria-labelledby=labelled_by>
            <header class="card-head">
                <p class="card-kind"><span class="tag">{kind}</span> " " {row.id.clone()}</p>
                <h3 id=heading_id class="card-title">
                    <NavLink to=to_detail class="card-link">{row.name.clone()}</NavLink>
                </h3>
                <StatusBadge status=row.status/>
            </header>
            <p class="card-place">{place}</p>
            <p class="card-dept">"担当: " {row.department.clone()}</p>
            <dl class="card-figures">
                <div>
                    <dt>"令和5年度実績"</dt>
                    <dd><PrintedValue value=row.values.actual_fy2023.clone() column=Column::ActualFy2023/></dd>
                </div>
                <div>
                    <dt>"令和5年度目標"</dt>
                    <dd><PrintedValue value=row.values.target_fy2023.clone() column=Column::TargetFy2023/></dd>
                </div>
                <div>
                    <dt>"最終目標"</dt>
                    <dd><PrintedValue value=row.values.target_final.clone() column=Column::TargetFinal/></dd>
                </div>
                <div>
                    <dt>"達成率（令和5年度）"</dt>
                    <dd class="achievement">{achievement.unwrap_or_else(|| "算出できません".to_string())}</dd>
                </div>
            </dl>
            <details class="card-texts">
                <summary>"取組・課題・今後の方策" {row.delay_reason.is_some().then_some("・遅れの理由")}</summary>
                {row.delay_reason.clone().map(|reason| view! {
                    <h4>"進捗が遅れている理由"</h4>
                    <p>{reason}</p>
                })}
                <h4>"①取組"</h4>
                <p>{row.initiatives.clone()}</p>
                <h4>"②課題"</h4>
                <p>{row.challenges.clone()}</p>
                <h4>"③今後の方策"</h4>
                <p>{row.plans.clone()}</p>
            </details>
        </article>
    }
}
