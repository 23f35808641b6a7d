use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::describe::shown::{name, official_name};
use crate::domain::edition_changes::changes;
use crate::domain::i18n::edition_words::EditionWords;
use crate::domain::i18n::Lang;
use crate::domain::i18n::Messages;
use crate::domain::i18n::Words;
use crate::domain::long_texts::sheet_differs_beyond_texts;
use crate::domain::navigation::filter::status_counts;
use crate::domain::navigation::view::Page;
use crate::domain::{Dataset, Goal, Kind, Status, Subgoal};
use crate::state::AppState;
use crate::ui::browse::charts_section::ChartsSection;
use crate::ui::browse::glossary::Glossary;
use crate::ui::browse::headline_figure::HeadlineFigure;
use crate::ui::browse::progress_counts::ProgressCounts;
use crate::ui::widgets::later::Later;
use crate::ui::widgets::nav_link::NavLink;
use crate::ui::widgets::official::OfficialName;
use crate::ui::widgets::status_badge::status_icon;
use crate::ui::widgets::text::{ruby_view, tr};

/// Per major goal and sub-goal: its numerical target and how many KPIs are in each
/// status. Each count is a link that filters the cards.
#[component]
pub fn Overview() -> impl IntoView {
    let state = AppState::expect();
    let goals = StoredValue::new(state.official.with_value(|d| d.goals.clone()));
    let totals = Memo::new(move |_| state.data.with(|d| status_counts(&d.indicators, "", None)));
    // The sheet as the overview shows it: not drawn again when the rows' long texts arrive.
    let sheet = Memo::new_with_compare(
        move |_| state.data.get(),
        |before, now| match (before, now) {
            (Some(before), Some(now)) => sheet_differs_beyond_texts(before, now),
            _ => true,
        },
    );
    view! {
        <section class="overview" aria-labelledby="overview-title">
            <h2 id="overview-title" tabindex="-1">{tr(|m: &Messages| m.overview_title)}</h2>
            <p class="overview-total">
                {tr(move |m: &Messages| sheet.with(|d| {
                    let targets = d.indicators.iter().filter(|i| i.kind == Kind::NumericalTarget).count();
                    (m.total_prefix)(d.indicators.len(), targets, d.indicators.len() - targets)
                }))}
                {move || Status::ALL.iter().zip(totals.get()).map(|(s, n)| view! {
                    <span class=format!("count-inline status-{}", s.key())>
                        <span aria-hidden="true">{status_icon(*s)}</span>
                        {tr(move |m: &Messages| format!("{}{}", m.status(*s), (m.count_suffix)(n)))}
                    </span>
                }).collect_view()}
            </p>
            <ProgressCounts/>
            <EditionChangesLink/>
            // The charts and the words explained, folded side by side: one tap opens either,
            // and until then they cost a phone one line.
            // Each part a task of its own, so no step of a slow phone's start-up is long.
            <Later><div class="overview-folds">
                <ChartsSection/>
                {move || view! { <Glossary lang=state.lang.get()/> }}
            </div></Later>
            <Later><div class="goal-grid">
                {move || {
                    let lang = state.lang.get();
                    // Shared, not copied: the rows with their long texts are the bulk of the sheet.
                    let sheet = sheet.get();
                    goals.with_value(|goals| goals.iter().map(|goal| view! {
                        <GoalSummary goal=goal.clone() sheet=sheet.clone() lang/>
                    }).collect_view())
                }}
            </div></Later>
        </section>
    }
}

/// One major goal with its sub-goals.
#[component]
fn GoalSummary(
    /// The major goal.
    goal: Goal,
    /// The sheet as shown.
    sheet: Arc<Dataset>,
    /// The language shown.
    lang: Lang,
) -> impl IntoView {
    let m = Messages::of(lang);
    let heading_id = format!("goal-{}", goal.id);
    let labelled_by = heading_id.clone();
    view! {
        <section class="goal" aria-labelledby=labelled_by>
            <h3 id=heading_id>
                <span class="goal-no">{ruby_view(&(m.goal_no)(&goal.id))}</span>
                " " {ruby_view(&name(&goal, lang))}
            </h3>
            {(lang == Lang::JaEasy).then(|| view! { <OfficialName name=official_name(&goal, lang) lang/> })}
            <ul class="subgoal-list">
                {goal.subgoals.into_iter().map(|subgoal| view! {
                    <SubgoalSummary subgoal sheet=sheet.clone() lang/>
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
    /// The sheet as shown.
    sheet: Arc<Dataset>,
    /// The language shown.
    lang: Lang,
) -> impl IntoView {
    let state = AppState::expect();
    let m = Messages::of(lang);
    let target = sheet
        .indicators
        .iter()
        .find(|i| i.subgoal == subgoal.id && i.kind == Kind::NumericalTarget)
        .cloned();
    let counts = status_counts(&sheet.indicators, &subgoal.id, Some(Kind::Kpi));
    let kpi_total: usize = counts.iter().sum();
    let id = subgoal.id.clone();
    let subgoal_name = name(&subgoal, lang);
    let plain_name = crate::domain::i18n::plain(&subgoal_name);
    let official = if lang == Lang::JaEasy {
        official_name(&subgoal, lang)
    } else {
        None
    };
    let subgoal_id = subgoal.id.clone();
    let links = Status::ALL.into_iter().zip(counts).map(move |(status, n)| {
        let id = id.clone();
        let subgoal_id = subgoal_id.clone();
        // The accessible name starts with the visible words (WCAG 2.5.3), then says more.
        let context = (m.of_subgoal)(&format!("{} {}", subgoal_id, plain_name));
        let inner = view! {
            <span class="status-icon" aria-hidden="true">{status_icon(status)}</span>
            <span class="visually-hidden">{context}</span>
            <span class="count-label">{ruby_view(m.status(status))}</span>
            <span class="count-number">{n}</span>
        };
        // A count of none leads nowhere: it is a figure, not a link to an empty list.
        let count = if n == 0 {
            view! { <span class=format!("count-link count-zero status-{}", status.key())>{inner}</span> }.into_any()
        } else {
            let to = Signal::derive(move || state.view.with(|v| v.with_status_in(&id, status)));
            view! {
                <NavLink to class=format!("count-link status-{}", status.key()) focus="results-title">
                    {inner}
                    <span class="visually-hidden">{ruby_view(&(m.show_kpis_suffix)(n))}</span>
                </NavLink>
            }.into_any()
        };
        view! { <li>{count}</li> }
    });
    view! {
        <li class="subgoal" data-subgoal=subgoal.id.clone()>
            <p class="subgoal-name">
                <span class="subgoal-id">{subgoal.id.clone()}</span> " " {ruby_view(&subgoal_name)}
            </p>
            <OfficialName name=official lang/>
            {target.map(|row| view! { <HeadlineFigure row lang/> })}
            <div class="kpi-counts">
                <p class="kpi-count-caption">{ruby_view(&(m.kpi_progress)(kpi_total))}</p>
                <ul class="count-links">{links.collect_view()}</ul>
            </div>
        </li>
    }
}

/// When the build holds the edition before the one shown: a link to what this one changed,
/// with the number of rows it changed.
#[component]
fn EditionChangesLink() -> impl IntoView {
    let state = AppState::expect();
    state.previous_edition().map(|earlier| {
        let rows = state.official.with_value(|shown| changes(&earlier, shown).len());
        let year = earlier.fiscal_year;
        let to = Signal::derive(move || state.home.with(|h| h.show(Page::Changes)));
        view! {
            <p class="edition-changes">
                <NavLink to focus="changes-title">{tr(move |w: &EditionWords| (w.changes_link)(year, rows))}</NavLink>
            </p>
        }
    })
}
