use leptos::prelude::*;

use super::local_mark::LocalMark;
use super::status_badge::StatusBadge;
use super::values::PrintedValue;
use crate::domain::achievement::achievement_parts;
use crate::domain::filter::Filter;
use crate::domain::format::parts_percent;
use crate::domain::edits::Field;
use crate::domain::{Column, Kind};
use crate::state::{AppState, HistoryMode};

/// One indicator at a glance: where it sits, who is responsible, FY2023 actual against
/// target, final target, achievement and the city's status; texts on demand.
#[component]
pub fn KpiCard(
    /// Index of the indicator in the dataset.
    index: usize,
) -> impl IntoView {
    let state = AppState::expect();
    // Re-rendered when this row's shown figures change (an edit, or the official-only switch).
    let row = Memo::new(move |_| state.data.with(|d| d.indicators[index].clone()));
    move || card_view(row.get())
}

fn card_view(row: crate::domain::Indicator) -> impl IntoView {
    let state = AppState::expect();
    let place = state.official.with_value(|d| {
        let subgoal = d.goals.iter().flat_map(|g| &g.subgoals).find(|s| s.id == row.subgoal);
        let measure = subgoal.and_then(|s| s.measures.iter().find(|m| Some(m.no) == row.measure));
        let place = format!(
            "{} {}{}",
            row.subgoal,
            subgoal.map_or("", |s| s.name.as_str()),
            measure.map_or(String::new(), |m| format!(" ・ 施策{} {}", m.no, m.name)),
        );
        place
    });
    let achievement = achievement_parts(&row).and_then(|p| parts_percent(&p));
    let latest = row.later_actuals.iter().next_back().map(|(year, v)| (*year, v.raw.clone()));
    let id = row.id.clone();
    // A plain link to the indicator (good for sharing and new tabs); a click opens it
    // over the current list so Back returns to the same filtered view.
    let open_detail = move |ev: leptos::ev::MouseEvent| {
        if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() || ev.button() != 0 {
            return;
        }
        ev.prevent_default();
        let next = Filter { kpi: Some(id.clone()), ..state.filter.get_untracked() };
        state.navigate(next, HistoryMode::Push);
    };
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
                    <a class="card-link" href=format!("?kpi={}", row.id) on:click=open_detail>{row.name.clone()}</a>
                </h3>
                <StatusBadge status=row.status/>
                <LocalMark kpi=row.id.clone() field=Field::Status/>
            </header>
            <p class="card-place">{place}</p>
            <p class="card-dept">"担当: " {row.department.clone()}</p>
            <dl class="card-figures">
                <div>
                    <dt>"令和5年度実績"</dt>
                    <dd>
                        <PrintedValue value=row.values.actual_fy2023.clone() column=Column::ActualFy2023/>
                        <LocalMark kpi=row.id.clone() field=Field::Value(Column::ActualFy2023)/>
                    </dd>
                </div>
                <div>
                    <dt>"令和5年度目標"</dt>
                    <dd>
                        <PrintedValue value=row.values.target_fy2023.clone() column=Column::TargetFy2023/>
                        <LocalMark kpi=row.id.clone() field=Field::Value(Column::TargetFy2023)/>
                    </dd>
                </div>
                <div>
                    <dt>"最終目標"</dt>
                    <dd>
                        <PrintedValue value=row.values.target_final.clone() column=Column::TargetFinal/>
                        <LocalMark kpi=row.id.clone() field=Field::Value(Column::TargetFinal)/>
                    </dd>
                </div>
                {latest.map(|(year, value)| view! {
                    <div class="latest-actual">
                        <dt>{format!("令和{}年度実績", year - 2018)}</dt>
                        <dd>
                            <span class="printed">{value}</span>
                            <LocalMark kpi=row.id.clone() field=Field::LaterActual(year)/>
                        </dd>
                    </div>
                })}
                <div>
                    <dt>"達成率（令和5年度）"</dt>
                    <dd class="achievement">{achievement.unwrap_or_else(|| "算出できません".to_string())}</dd>
                </div>
            </dl>
            {row.local_note.clone().map(|note| view! {
                <p class="local-note"><span class="local-badge">"この端末のメモ"</span> " " {note}</p>
            })}
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
