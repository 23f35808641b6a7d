use leptos::prelude::*;

use super::card::KpiCard;
use super::text::tr;
use crate::state::{AppState, HistoryMode};

const FIRST_BATCH: usize = 12;
const BATCH: usize = 24;

/// The matching indicators as cards, with a count that screen readers announce.
#[component]
pub fn CardList() -> impl IntoView {
    let state = AppState::expect();
    let total = state.total();
    let shown = Memo::new(move |_| state.visible.with(Vec::len));
    // Cards are mounted a batch per frame, so start-up is many short tasks instead of one
    // long one (the page stays responsive and paints the first cards sooner).
    let mounted = RwSignal::new(FIRST_BATCH);
    Effect::new(move |_| {
        let limit = mounted.get();
        if limit < state.order.with(Vec::len) {
            request_animation_frame(move || mounted.set(limit + BATCH));
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
