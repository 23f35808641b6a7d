use leptos::prelude::*;

use crate::domain::i18n::reader_words::ReaderWords;
use crate::domain::i18n::{Messages, Words};
use crate::domain::navigation::filter::Narrowing;
use crate::domain::navigation::filter_options::FilterOptions;
use crate::state::{AppState, HistoryMode};
use crate::ui::widgets::text::{ruby_view, tr};

/// What an empty list says: that nothing matches, which condition emptied it (each one
/// whose removal alone shows rows, with how many, and a button that removes it), the
/// search advice only when a keyword was typed, and a way to clear everything.
#[component]
pub fn EmptyState() -> impl IntoView {
    let state = AppState::expect();
    let ways_out = Memo::new(move |_| {
        let lang = state.lang.get();
        let m = Messages::of(lang);
        let counts = state.emptied_by.get();
        if counts.iter().all(|(_, n)| *n == 0) {
            return Vec::new();
        }
        let options = state.official.with_value(|d| FilterOptions::of(d, lang));
        state.view.with(|view| {
            counts
                .into_iter()
                .filter(|(_, n)| *n > 0)
                .map(|(narrowing, n)| {
                    let label = options.narrowing_label(narrowing, &view.filter, lang);
                    let quoted = if narrowing == Narrowing::Query {
                        label
                    } else {
                        (ReaderWords::of(lang).quoted)(&label)
                    };
                    (
                        narrowing,
                        (m.emptied_by)(&quoted, n),
                        (m.remove_narrowing)(&quoted),
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    let searched = Memo::new(move |_| state.view.with(|v| !v.filter.query.trim().is_empty()));
    view! {
        <div class="empty-state">
            <p><strong>{tr(|m: &Messages| m.empty_title)}</strong></p>
            <Show when=move || ways_out.with(|w| !w.is_empty())>
                <ul class="empty-ways">
                    {move || ways_out.get().into_iter().map(|(narrowing, sentence, button)| view! {
                        <li>
                            {ruby_view(&sentence)} " "
                            <button type="button" class="button" on:click=move |_| {
                                state.update(HistoryMode::Push, |v| *v = v.filtered(v.filter.without(narrowing)));
                            }>{ruby_view(&button)}</button>
                        </li>
                    }).collect_view()}
                </ul>
            </Show>
            <Show when=move || searched.get()>
                <p>{tr(|m: &Messages| m.empty_hint)}</p>
            </Show>
            <button type="button" class="button" on:click=move |_| {
                state.update(HistoryMode::Push, |v| *v = v.cleared());
            }>{tr(|m: &Messages| m.clear_all)}</button>
        </div>
    }
}
