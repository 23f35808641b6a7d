//! Translated text in views: `tr(|m| m.search)` follows the language switch and draws
//! `{漢字|かんじ}` furigana as `<ruby>`; `tr_plain` gives the same text without readings,
//! for attributes and `<option>`s; `tr_edit` and `tr_info` do the same for the edit
//! screens' words and the words of the pages about the app, `tr_sheet` for the draft
//! sheet's.
//! The words themselves live in `domain::i18n`.

use leptos::prelude::*;

use crate::domain::i18n::edit_words::EditWords;
use crate::domain::i18n::info_words::InfoWords;
use crate::domain::i18n::kiosk_words::KioskWords;
use crate::domain::i18n::sheet_words::SheetWords;
use crate::domain::i18n::{plain, ruby_segments, Messages, Segment};
use crate::state::AppState;

pub fn tr<S: Into<String>>(pick: impl Fn(&'static Messages) -> S + Send + Sync + 'static) -> impl IntoView {
    let state = AppState::expect();
    ruby_text(Signal::derive(move || pick(state.lang.get().messages()).into()))
}

pub fn tr_plain<S: Into<String>>(pick: impl Fn(&'static Messages) -> S + Send + Sync + 'static) -> Signal<String> {
    let state = AppState::expect();
    Signal::derive(move || plain(&pick(state.lang.get().messages()).into()))
}

pub fn tr_edit<S: Into<String>>(pick: impl Fn(&'static EditWords) -> S + Send + Sync + 'static) -> impl IntoView {
    let state = AppState::expect();
    ruby_text(Signal::derive(move || pick(state.lang.get().edit_words()).into()))
}

pub fn tr_info<S: Into<String>>(pick: impl Fn(&'static InfoWords) -> S + Send + Sync + 'static) -> impl IntoView {
    let state = AppState::expect();
    ruby_text(Signal::derive(move || pick(state.lang.get().info_words()).into()))
}

pub fn tr_plain_info<S: Into<String>>(pick: impl Fn(&'static InfoWords) -> S + Send + Sync + 'static) -> Signal<String> {
    let state = AppState::expect();
    Signal::derive(move || plain(&pick(state.lang.get().info_words()).into()))
}

pub fn tr_kiosk<S: Into<String>>(pick: impl Fn(&'static KioskWords) -> S + Send + Sync + 'static) -> impl IntoView {
    let state = AppState::expect();
    ruby_text(Signal::derive(move || pick(state.lang.get().kiosk_words()).into()))
}

pub fn tr_sheet<S: Into<String>>(pick: impl Fn(&'static SheetWords) -> S + Send + Sync + 'static) -> impl IntoView {
    let state = AppState::expect();
    ruby_text(Signal::derive(move || pick(state.lang.get().sheet_words()).into()))
}

/// The one view behind every `tr`: not generic, so the rendering code exists once in the
/// wasm instead of once per call site.
fn ruby_text(text: Signal<String>) -> impl IntoView {
    move || text.with(|t| ruby_view(t))
}

/// Text with furigana as `<ruby>` elements (text nodes only: nothing is parsed as HTML).
pub fn ruby_view(text: &str) -> AnyView {
    let segments: Vec<(String, Option<String>)> = ruby_segments(text)
        .into_iter()
        .map(|s| match s {
            Segment::Text(t) => (t.to_string(), None),
            Segment::Ruby { base, reading } => (base.to_string(), Some(reading.to_string())),
        })
        .collect();
    if segments.len() == 1 && segments[0].1.is_none() {
        return segments.into_iter().next().map(|(t, _)| t).unwrap_or_default().into_any();
    }
    segments
        .into_iter()
        .map(|(base, reading)| match reading {
            Some(reading) => view! { <ruby>{base}<rp>"（"</rp><rt>{reading}</rt><rp>"）"</rp></ruby> }.into_any(),
            None => base.into_any(),
        })
        .collect_view()
        .into_any()
}
