use leptos::prelude::*;

use crate::ui::edit::local_mark::LocalMark;
use crate::ui::widgets::text::ruby_view;
use crate::domain::i18n::Lang;
use crate::ui::widgets::assessment_pair::AssessmentPair;
use crate::ui::detail::values::PrintedValue;
use crate::domain::charts::achievement::reason_not_computable;
use crate::domain::i18n::progress_ui_words::achievement_text;
use crate::domain::i18n::progress_words::year_mismatch;
use crate::domain::reference_years::fy2023_achievement_years;
use crate::domain::edits::{texts_rewritten, Field, SheetText};
use crate::domain::{Column, Kind};
use crate::state::{AppState, HistoryMode};
use crate::ui::widgets::nav_link::stays_in_place;

/// One indicator at a glance: where it sits, who is responsible, FY2023 actual against
/// target, final target, achievement, the city's status beside the computed progress
/// label; texts on demand.
#[component]
pub fn KpiCard(
    /// Index of the indicator in the dataset.
    index: usize,
) -> impl IntoView {
    let state = AppState::expect();
    // Re-rendered when this row's shown figures change (an edit, or the official-only switch).
    let row = Memo::new(move |_| state.data.with(|d| d.indicators[index].clone()));
    // Also re-rendered when the language changes.
    move || card_view(row.get(), state.lang.get())
}

fn card_view(row: crate::domain::Indicator, lang: Lang) -> impl IntoView {
    let state = AppState::expect();
    let m = lang.messages();
    let en = lang.uses_english_names();
    let pick = move |ja: &str, english: &str| if en { english.to_string() } else { ja.to_string() };
    let place = state.official.with_value(|d| {
        let subgoal = d.goals.iter().flat_map(|g| &g.subgoals).find(|s| s.id == row.subgoal);
        let measure = subgoal.and_then(|s| s.measures.iter().find(|ms| Some(ms.no) == row.measure));
        format!(
            "{} {}{}",
            row.subgoal,
            subgoal.map_or(String::new(), |s| pick(&s.name, &s.name_en)),
            measure.map_or(String::new(), |ms| format!(" ・ {}", (m.measure_label)(ms.no, &pick(&ms.name, &ms.name_en)))),
        )
    });
    let name = pick(&row.name, &row.name_en);
    let department = pick(&row.department, &row.department_en);
    let achievement = achievement_text(&row, lang);
    let why_not = format!("{}（{}）", m.not_computable, reason_not_computable(&row, lang.chart_words()));
    // 令和3年 actual against a 令和4年 target: said, not hidden in a 100%.
    let years_differ = achievement.is_some().then(|| fy2023_achievement_years(&row).and_then(|years| year_mismatch(&years, lang))).flatten();
    // The sheet's texts this device rewrote, marked like its figures.
    let rewritten = state.official.with_value(|d| d.indicators.iter().find(|o| o.id == row.id).map(|o| texts_rewritten(o, &row)).unwrap_or_default());
    let mark = {
        let (id, rewritten) = (row.id.clone(), rewritten.clone());
        move |text: SheetText| rewritten.contains(&text).then(|| view! { <LocalMark kpi=id.clone() field=Field::Text(text)/> })
    };
    let latest = row.later_actuals.iter().next_back().map(|(year, v)| (*year, v.raw.clone()));
    let id = row.id.clone();
    // The link carries the current mode (kiosk, language, embedding) like every other.
    let href = { let id = id.clone(); move || state.home.with(|home| home.open(&id).href()) };
    // A plain link to the indicator (good for sharing and new tabs); a click opens it
    // over the current list so Back returns to the same filtered view.
    let open_detail = move |ev: leptos::ev::MouseEvent| {
        if !stays_in_place(&ev, state.view.with_untracked(|v| v.kiosk.is_some())) {
            return;
        }
        ev.prevent_default();
        state.update(HistoryMode::Push, |v| *v = v.open(&id));
    };
    let heading_id = format!("kpi-{}", row.id);
    let labelled_by = heading_id.clone();
    let kind = match row.kind {
        Kind::NumericalTarget => m.numerical_target,
        Kind::Kpi => m.kpi,
    };
    view! {
        <article class=format!("card status-{}", row.status.key()) data-kpi=row.id.clone() aria-labelledby=labelled_by>
            <header class="card-head">
                <p class="card-kind"><span class="tag">{ruby_view(kind)}</span> " " {row.id.clone()}</p>
                <h3 id=heading_id class="card-title">
                    <a class="card-link" href=href on:click=open_detail>{name}</a>
                </h3>
                <AssessmentPair row=row.clone() lang/>
                <LocalMark kpi=row.id.clone() field=Field::Status/>
            </header>
            <p class="card-place">{ruby_view(&place)}</p>
            <p class="card-dept">{ruby_view(m.responsible)} {department}</p>
            <dl class="card-figures">
                {[Column::ActualFy2023, Column::TargetFy2023, Column::TargetFinal].map(|column| view! {
                    <div>
                        <dt>{ruby_view(m.column(column))}</dt>
                        <dd>
                            <PrintedValue value=row.values.get(column).clone() column/>
                            <LocalMark kpi=row.id.clone() field=Field::Value(column)/>
                        </dd>
                    </div>
                }).into_iter().collect_view()}
                {latest.map(|(year, value)| view! {
                    <div class="latest-actual">
                        <dt>{ruby_view(&(m.later_actual)(year))}</dt>
                        <dd>
                            <span class="printed">{value}</span>
                            <LocalMark kpi=row.id.clone() field=Field::LaterActual(year)/>
                        </dd>
                    </div>
                })}
                <div>
                    <dt>{ruby_view(m.achievement)}</dt>
                    <dd class="achievement">
                        {ruby_view(achievement.as_deref().unwrap_or(&why_not))}
                        {years_differ.map(|text| view! { <span class="year-note">{ruby_view(&text)}</span> })}
                    </dd>
                </div>
            </dl>
            {row.local_note.clone().map(|note| view! {
                <p class="local-note"><span class="local-badge">{ruby_view(m.local_note)}</span> " " {note}</p>
            })}
            <details class="card-texts">
                <summary>
                    {ruby_view(m.texts_summary)} {row.delay_reason.is_some().then(|| ruby_view(m.texts_summary_delay))}
                    {(!rewritten.is_empty()).then(|| view! { " " <span class="local-badge">{ruby_view(m.local_badge)}</span> })}
                </summary>
                {m.official_text_note.map(|note| view! { <p class="section-note">{ruby_view(note)}</p> })}
                {row.delay_reason.clone().map(|reason| view! {
                    <h4>{ruby_view(m.delay_reason)}</h4>
                    {mark(SheetText::DelayReason)}
                    <p lang="ja">{reason}</p>
                })}
                <h4>{ruby_view(m.initiatives)}</h4>
                {mark(SheetText::Initiatives)}
                <p lang="ja">{row.initiatives.clone()}</p>
                <h4>{ruby_view(m.challenges)}</h4>
                {mark(SheetText::Challenges)}
                <p lang="ja">{row.challenges.clone()}</p>
                <h4>{ruby_view(m.plans)}</h4>
                {mark(SheetText::Plans)}
                <p lang="ja">{row.plans.clone()}</p>
            </details>
        </article>
    }
}
