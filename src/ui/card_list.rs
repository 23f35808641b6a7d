use leptos::prelude::*;

use super::card::KpiCard;
use crate::state::{AppState, HistoryMode};

/// The matching indicators as cards, with a count that screen readers announce.
#[component]
pub fn CardList() -> impl IntoView {
    let state = AppState::expect();
    let total = state.total();
    let shown = Memo::new(move |_| state.visible.with(Vec::len));
    view! {
        <section class="results" id="results" aria-labelledby="results-title">
            <h2 id="results-title" tabindex="-1">"成果指標"</h2>
            <p class="result-count" role="status" aria-live="polite" aria-atomic="true">
                <span class="result-number">{move || shown.get()}</span> " / " {total} " 件を表示"
            </p>
            <Show when=move || shown.get() == 0>
                <div class="empty-state">
                    <p><strong>"条件に合う指標はありません。"</strong></p>
                    <p>"キーワードを短くするか、ほかの言葉（例: 「観光」「子育て」「バス」）で探してみてください。ひらがな・カタカナ・半角全角の違いは区別しません。"</p>
                    <button type="button" class="button" on:click=move |_| {
                        let cleared = state.filter.with_untracked(|f| f.cleared());
                        state.navigate(cleared, HistoryMode::Push);
                    }>"条件をすべて解除"</button>
                </div>
            </Show>
            <ol class="card-list">
                <For each=move || state.order.get() key=|index| *index let(index)>
                    <li hidden=move || !state.shown.with(|s| s.get(index).copied().unwrap_or(false))><KpiCard index/></li>
                </For>
            </ol>
        </section>
    }
}
