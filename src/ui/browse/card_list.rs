use leptos::prelude::*;

use crate::domain::i18n::Messages;
use crate::shared_names::FIRST_SCREEN_CARDS;
use crate::state::AppState;
use crate::ui::browse::card::KpiCard;
use crate::ui::browse::empty_state::EmptyState;
use crate::ui::widgets::share_button::ShareButton;
use crate::ui::widgets::text::tr;
use crate::web::observers::NearViewport;
use crate::web::scroll::to_page_top;
use crate::web::startup::{first_screen_ready, is_live, list_complete, rest_out_of_sight};
use crate::web::tasks::next_task;

/// Cards in the first step: the next steps are sized from how long it took (a card costs a
/// slow phone ≈ 25 ms at first, while the code is still cold).
const FIRST_BATCH: usize = 2;
/// How long one mounting step may run before the page gets to paint and handle input.
const SLICE_MS: f64 = 12.0;
const MAX_BATCH: usize = 64;
/// Matching cards shown at once (the sheet has 47); more come with "show more" or when the
/// end of the list is scrolled near. Showing or hiding thousands of cards in one go would
/// cost the browser seconds of layout.
const PAGE: usize = 60;
/// A list longer than this many cards ends with a "page top" button.
const PAGE_TOP_AFTER: usize = 6;

/// The matching indicators as cards, with a count that screen readers announce.
#[component]
pub fn CardList() -> impl IntoView {
    let state = AppState::expect();
    let total = state.total();
    let shown = Memo::new(move |_| state.visible.with(Vec::len));
    // One flag per row: whether its card is displayed (see below).
    let displayed = StoredValue::new((0..total).map(|_| RwSignal::new(false)).collect::<Vec<_>>());
    // Cards are mounted in steps of about SLICE_MS each, sized from how long the last step
    // took, so start-up is many short tasks on any device instead of one long one.
    let mounted = RwSignal::new(FIRST_BATCH);
    // (cards in the last step, when it started, the time a card took).
    let last_step = StoredValue::new((FIRST_BATCH, now_ms(), 0.0));
    Effect::new(move |_| {
        let limit = mounted.get();
        let all = state.order.with(Vec::len);
        // Cards of this view among those mounted (the first screen's, unless filtered):
        // counted only while the static copy is still up, not at every later step or sort.
        let on_page = || {
            displayed.with_value(|flags| {
                state.order.with_untracked(|order| {
                    order
                        .iter()
                        .take(limit)
                        .filter(|&&i| flags[i].get_untracked())
                        .count()
                })
            })
        };
        if limit >= all.min(FIRST_SCREEN_CARDS) || (!is_live() && rest_out_of_sight(on_page())) {
            first_screen_ready();
        }
        if limit >= all {
            list_complete();
        }
        if limit < all {
            next_task(move || {
                let now = now_ms();
                let Some((size, started, measured)) = last_step.try_get_value() else {
                    return;
                };
                // Out of the document, the time between steps is the steps' own. Once the
                // list is live, the browser's frames come between them: the time a card
                // took before is kept.
                let per_card = if is_live() && measured > 0.0 {
                    measured
                } else {
                    ((now - started) / size as f64).max(0.1)
                };
                let next = ((SLICE_MS / per_card) as usize).clamp(1, MAX_BATCH);
                let _ = last_step.try_set_value((next, now, per_card));
                let _ = mounted.try_set(limit + next);
            });
        }
    });
    // One flag per row, flipped only where the displayed set changes, so a filter change
    // touches only the cards that appear or disappear.
    let page = RwSignal::new(PAGE);
    Effect::new(move |_| {
        state.visible.track();
        if page.get_untracked() != PAGE {
            page.set(PAGE);
        }
    });
    // Only cards that have been displayed are in the page (hidden while filtered out): a
    // sheet of thousands of rows would otherwise keep thousands of hidden cards, and the
    // browser pays for every one of them whenever a card is shown again.
    let ever_displayed = RwSignal::new(vec![false; total]);
    Effect::new(move |previous: Option<Vec<usize>>| {
        let now: Vec<usize> = state
            .visible
            .with(|v| v.iter().take(page.get()).copied().collect());
        if ever_displayed.with_untracked(|e| now.iter().any(|&i| !e[i])) {
            ever_displayed.update(|e| now.iter().for_each(|&i| e[i] = true));
        }
        displayed.with_value(|flags| {
            let mut keep = vec![false; flags.len()];
            for &i in &now {
                keep[i] = true;
                if !flags[i].get_untracked() {
                    flags[i].set(true);
                }
            }
            for i in previous.unwrap_or_default() {
                if !keep[i] {
                    flags[i].set(false);
                }
            }
        });
        now
    });
    let not_displayed = Memo::new(move |_| shown.get().saturating_sub(page.get()));
    view! {
        <section class="results" id="results" aria-labelledby="results-title">
            <div class="results-head">
                <h2 id="results-title" tabindex="-1">{tr(|m: &Messages| m.results_title)}</h2>
                <Show when=move || state.view.with(|v| v.kiosk.is_none() && !v.embed)>
                    <ShareButton/>
                </Show>
            </div>
            <p class="result-count" role="status" aria-live="polite" aria-atomic="true">
                {tr(move |m: &Messages| (m.result_count)(shown.get(), total))}
            </p>
            <Show when=move || shown.get() == 0>
                <EmptyState/>
            </Show>
            <ol class="card-list" data-complete=move || (mounted.get() >= state.order.with(Vec::len)).to_string()>
                <For each=move || ever_displayed.with(|e| state.order.with(|o| o.iter().take(mounted.get()).filter(|&&i| e[i]).copied().collect::<Vec<_>>())) key=|index| *index let(index)>
                    <li hidden=move || !displayed.with_value(|flags| flags[index].get())><KpiCard index/></li>
                </For>
            </ol>
            <Show when=move || { not_displayed.get() > 0 }>
                <ShowMore rest=not_displayed on_more=Callback::new(move |()| page.update(|p| *p += PAGE))/>
            </Show>
            // A long list ends with a way back up, to the filters and the overview.
            <Show when=move || { shown.get() > PAGE_TOP_AFTER }>
                <p class="to-top">
                    <button type="button" class="button button-quiet" on:click=move |_| to_page_top(Some("overview-title"))>
                        <span aria-hidden="true">"↑ "</span>{tr(|m: &Messages| m.page_top)}
                    </button>
                </p>
            </Show>
        </section>
    }
}

fn now_ms() -> f64 {
    window().performance().map(|p| p.now()).unwrap_or_default()
}

/// The button under a long list, which also presses itself when scrolled near.
#[component]
fn ShowMore(
    /// Matching cards not shown yet.
    rest: Memo<usize>,
    /// Shows the next page of cards.
    on_more: Callback<()>,
) -> impl IntoView {
    let button = NodeRef::<leptos::html::Button>::new();
    let watch = StoredValue::new_local(None::<NearViewport>);
    // A new watch after every page: the button stays near while the list grows below it.
    Effect::new(move |_| {
        rest.track();
        if let Some(element) = button.get() {
            watch.set_value(Some(NearViewport::watch(&element, move || on_more.run(()))));
        }
    });
    on_cleanup(move || watch.set_value(None));
    view! {
        <p class="show-more">
            <button type="button" class="button" node_ref=button on:click=move |_| on_more.run(())>
                {tr(move |m: &Messages| (m.show_more)(rest.get()))}
            </button>
        </p>
    }
}
