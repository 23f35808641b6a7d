//! The address bar: the current query, new entries and replacements, and Back/Forward.

use leptos::prelude::*;

/// How a view change enters the browser history.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum HistoryMode {
    /// A new entry: the back button returns to the previous view.
    Push,
    /// Rewrite the current entry: for typing in the search box.
    Replace,
}

pub fn current_query() -> String {
    window().location().search().unwrap_or_default()
}

/// Puts `href` (`?a=1` or `./`) in the address bar.
pub fn write(href: &str, mode: HistoryMode) {
    let location = window().location();
    let path = location.pathname().unwrap_or_default();
    let url = if href.starts_with('?') { format!("{path}{href}") } else { path };
    let Ok(history) = window().history() else { return };
    let _ = match mode {
        HistoryMode::Push => history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url)),
        HistoryMode::Replace => history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url)),
    };
}

/// Calls `on_move` with the new query after Back or Forward, for as long as the calling
/// owner lives.
pub fn on_back_forward(on_move: impl Fn(String) + 'static) {
    let listener = window_event_listener(leptos::ev::popstate, move |_| on_move(current_query()));
    on_cleanup(move || listener.remove());
}
