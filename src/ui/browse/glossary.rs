use leptos::prelude::*;

use crate::domain::i18n::reader_words::ReaderWords;
use crate::domain::i18n::Lang;
use crate::domain::i18n::Words;
use crate::ui::widgets::text::ruby_view;

/// The sheet's terms explained once (KPI, numerical target, 年度, the city's status words),
/// closed until asked for.
#[component]
pub fn Glossary(
    /// The language shown.
    lang: Lang,
) -> impl IntoView {
    let words = ReaderWords::of(lang);
    view! {
        <details class="glossary">
            <summary>{ruby_view(words.glossary_title)}</summary>
            <dl>
                {words.glossary.iter().map(|(term, meaning)| view! {
                    <div><dt>{ruby_view(term)}</dt><dd>{ruby_view(meaning)}</dd></div>
                }).collect_view()}
            </dl>
        </details>
    }
}
