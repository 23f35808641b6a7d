use leptos::prelude::*;

use super::card::KpiCard;
use super::text::tr;
use crate::app::{first_screen_ready, FIRST_SCREEN_CARDS};
use crate::tasks::next_task;
use crate::state::{AppState, HistoryMode};

/// Cards in the first step: enough to fill a phone screen below the overview.
const FIRST_BATCH: usize = 4;
/// How long one mounting step may run before the page gets to paint and handle input.
const SLICE_MS: f64 = 12.0;
const MAX_BATCH: usize = 64;

/// The matching indicators as cards, with a count that screen readers announce.
#[component]
pub fn CardList() -> impl IntoView {
    let state = AppState::expect();
    let total = state.total();
    let shown = Memo::new(move |_| state.visible.with(Vec::len));
    // Cards are mounted in steps of about SLICE_MS each, sized from how long the last step
    // took, so start-up is many short tasks on any device instead of one long one.
    let mounted = RwSignal::new(FIRST_BATCH);
    let last_step = StoredValue::new((FIRST_BATCH, now_ms()));
    Effect::new(move |_| {
        let limit = mounted.get();
        let all = state.order.with(Vec::len);
        if limit >= all.min(FIRST_SCREEN_CARDS) {
            first_screen_ready();
        }
        if limit < all {
            next_task(move || {
                let now = now_ms();
                let (size, started) = last_step.get_value();
                let per_card = ((now - started) / size as f64).max(0.1);
                let next = ((SLICE_MS / per_card) as usize).clamp(1, MAX_BATCH);
                last_step.set_value((next, now));
                let _ = mounted.try_set(limit + next);
            });
        }
    });
    view! {
        <section class="results" id="results" aria-labelledby="results-title">
            <h2 id="results-title" tabindex="-1">{tr(|m| m.results_title)}</h2>
            <p class="result-count" role="status" aria-live="polite" aria-atomic="true">
                {tr(move |m| (m.result_count)(shown.get(), total))}
            </p>
            <Show when=move || shown.get() == 0>
                <div class="empty-state">
                    <p><strong>{tr(|m| m.empty_title)}</strong></p>
                    <p>{tr(|m| m.empty_hint)}</p>
                    <button type="button" class="button" on:click=move |_| {
                        let cleared = state.filter.with_untracked(|f| f.cleared());
                        state.navigate(cleared, HistoryMode::Push);
                    }>{tr(|m| m.clear_all)}</button>
                </div>
            </Show>
            <ol class="card-list" data-complete=move || (mounted.get() >= state.order.with(Vec::len)).to_string()>
                <For each=move || state.order.with(|o| o.iter().take(mounted.get()).copied().collect::<Vec<_>>()) key=|index| *index let(index)>
                    <li hidden=move || !state.shown.with(|s| s.get(index).copied().unwrap_or(false))><KpiCard index/></li>
                </For>
            </ol>
        </section>
    }
}

fn now_ms() -> f64 {
    window().performance().map(|p| p.now()).unwrap_or_default()
}
