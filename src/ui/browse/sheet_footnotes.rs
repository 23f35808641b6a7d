use leptos::prelude::*;

use crate::domain::describe::shown::name;
use crate::domain::i18n::progress_ui_words::ProgressUiWords;
use crate::domain::i18n::Words;
use crate::state::AppState;
use crate::ui::widgets::nav_link::NavLink;
use crate::ui::widgets::text::ruby_view;

/// The sheet's own footnotes under the overview, as the city wrote them (official text,
/// Japanese), each with links to the indicators it names in 「」.
#[component]
pub fn SheetFootnotes() -> impl IntoView {
    let state = AppState::expect();
    let notes: Vec<(String, Vec<crate::domain::Indicator>)> = state.official.with_value(|d| {
        d.notes
            .iter()
            .map(|note| {
                let named = d
                    .indicators
                    .iter()
                    .filter(|i| note.contains(&format!("「{}」", i.name)))
                    .cloned()
                    .collect();
                (note.clone(), named)
            })
            .collect()
    });
    (!notes.is_empty()).then_some({
        move || {
            let lang = state.lang.get();
            let w = ProgressUiWords::of(lang);
            view! {
                <section class="sheet-footnotes" aria-labelledby="footnotes-title">
                    <h3 id="footnotes-title">{ruby_view(w.footnotes_title)}</h3>
                    {notes.iter().map(|(note, named)| view! {
                        <p class="official-label">{ruby_view(w.official_footnote)}</p>
                        <blockquote lang="ja" data-official="footnote">{note.clone()}</blockquote>
                        <p class="footnote-rows">
                            {ruby_view(w.footnote_rows)}
                            {named.iter().map(|row| {
                                let to = Signal::derive({ let id = row.id.clone(); move || state.view.with(|v| v.open(&id)) });
                                let label = ruby_view(&format!("{} {}", row.id, name(row, lang)));
                                view! { <NavLink to>{label}</NavLink> " " }
                            }).collect_view()}
                        </p>
                    }).collect_view()}
                </section>
            }
        }
    })
}
