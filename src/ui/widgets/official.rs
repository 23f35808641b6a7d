//! The city's own words, kept as printed: marked `lang="ja"` (WCAG 3.1.2) and
//! `data-official`, with readings in easy Japanese; and a name as the city prints it, one
//! tap away from the English or easy name shown.

use leptos::prelude::*;

use crate::domain::describe::shown::official_text;
use crate::domain::i18n::reader_words::ReaderWords;
use crate::domain::i18n::Lang;
use crate::domain::i18n::Words;
use crate::ui::widgets::disclosure::Disclosure;
use crate::ui::widgets::text::ruby_view;

/// A text of the city's (①②③, a delay reason), as printed.
#[component]
pub fn OfficialText(
    /// The text as printed.
    text: String,
    /// The language shown: easy Japanese adds readings.
    lang: Lang,
) -> impl IntoView {
    view! { <p class="official-text" lang="ja" data-official="">{ruby_view(&official_text(&text, lang))}</p> }
}

/// The official name behind a translated or easy one, in a disclosure; nothing where the
/// name shown is the official one.
#[component]
pub fn OfficialName(
    /// The official name, ready to show (`shown::official_name`), if it differs.
    name: Option<String>,
    /// The language shown.
    lang: Lang,
) -> impl IntoView {
    let label = ReaderWords::of(lang).official_name;
    name.zip(label).map(|(name, label)| {
        // Built when opened, like the cards' texts: most are never opened.
        view! {
            <Disclosure class="official-name" summary=move || ruby_view(label)>
                <span lang="ja" data-official="">{ruby_view(&name)}</span>
            </Disclosure>
        }
    })
}
