//! Translated text in views: `tr(|m: &Messages| m.search)` follows the language switch
//! and draws `{漢字|かんじ}` furigana as `<ruby>`; `tr_plain` gives the same text for
//! places that cannot hold `<ruby>` (attributes, `<option>`s: in easy Japanese read out in
//! kana). Both take a word from any of `domain::i18n`'s tables, named by the closure's
//! argument type.

use leptos::prelude::*;

use crate::domain::describe::shown::canvas_text;
use crate::domain::i18n::{ruby_segments, Segment, Words};
use crate::state::AppState;

pub fn tr<W: Words, S: Into<String>>(
    pick: impl Fn(&'static W) -> S + Send + Sync + 'static,
) -> impl IntoView {
    let state = AppState::expect();
    ruby_text(Signal::derive(move || pick(W::of(state.lang.get())).into()))
}

pub fn tr_plain<W: Words, S: Into<String>>(
    pick: impl Fn(&'static W) -> S + Send + Sync + 'static,
) -> Signal<String> {
    let state = AppState::expect();
    Signal::derive(move || {
        let lang = state.lang.get();
        canvas_text(&pick(W::of(lang)).into(), lang)
    })
}

/// The one view behind every `tr`: not generic, so the rendering code exists once in the
/// wasm instead of once per call site.
pub fn ruby_text(text: Signal<String>) -> impl IntoView {
    move || text.with(|t| ruby_view(t))
}

/// Text with furigana as `<ruby>` elements (text nodes only: nothing is parsed as HTML).
/// Every browser the app runs in draws ruby, so there is no `<rp>` fallback: it would be
/// two more elements per reading, which on a long easy-Japanese page is thousands, for
/// text no one sees or hears (`<rp>` is not displayed and not in the accessibility tree).
/// Words marked one after another (商工・労働・課) share one `<ruby>`, each base with its
/// own reading.
pub fn ruby_view(text: &str) -> AnyView {
    let segments = ruby_segments(text);
    if let [Segment::Text(only)] = segments.as_slice() {
        return only.to_string().into_any();
    }
    let mut groups: Vec<Result<Vec<(String, String)>, String>> = Vec::new();
    for segment in segments {
        match (segment, groups.last_mut()) {
            (Segment::Ruby { base, reading }, Some(Ok(pairs))) => {
                pairs.push((base.to_string(), reading.to_string()))
            }
            (Segment::Ruby { base, reading }, _) => {
                groups.push(Ok(vec![(base.to_string(), reading.to_string())]))
            }
            (Segment::Text(t), _) => groups.push(Err(t.to_string())),
        }
    }
    groups
        .into_iter()
        .map(|group| match group {
            Ok(pairs) => view! {
                <ruby>
                    {pairs.into_iter().map(|(base, reading)| view! { {base}<rt>{reading}</rt> }).collect_view()}
                </ruby>
            }.into_any(),
            Err(text) => text.into_any(),
        })
        .collect_view()
        .into_any()
}
