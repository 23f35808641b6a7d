//! The address bar: the current query, new entries and replacements, and Back/Forward.

use std::cell::RefCell;

use leptos::prelude::*;

/// How a view change enters the browser history.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum HistoryMode {
    /// A new entry: the back button returns to the previous view.
    Push,
    /// Rewrite the current entry: for typing in the search box.
    Replace,
}

thread_local! {
    /// A write waiting for the frame that shows its view to be painted.
    static PENDING: RefCell<Option<(String, HistoryMode)>> = const { RefCell::new(None) };
}

pub fn current_query() -> String {
    window().location().search().unwrap_or_default()
}

/// Puts `href` (`?a=1` or `./`) in the address bar now.
pub fn write(href: &str, mode: HistoryMode) {
    flush();
    write_now(href, mode);
}

/// Puts `href` in the address bar once the frame that shows the change has been painted.
/// Chrome spends 3–5 ms on a same-document navigation (≈ 20 ms on a slow phone), a third
/// of what a filter tap cost before its paint. Only for changes within the same page: the
/// browser saves the scroll position of the entry being left when the next one is pushed,
/// and a new page scrolls to its top before that frame is painted.
pub fn write_after_paint(href: String, mode: HistoryMode) {
    flush();
    PENDING.with(|p| *p.borrow_mut() = Some((href, mode)));
    // The timeout writes anyway where no frame comes (a hidden tab).
    crate::web::tasks::after_paint(flush);
    set_timeout(flush, std::time::Duration::from_millis(200));
}

/// Writes the pending address now, if there is one.
fn flush() {
    if let Some((href, mode)) = PENDING.with(|p| p.borrow_mut().take()) {
        write_now(&href, mode);
    }
}

fn write_now(href: &str, mode: HistoryMode) {
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
    let listener = window_event_listener(leptos::ev::popstate, move |_| {
        // A write still waiting belongs to the view being left: the address moved on.
        PENDING.with(|p| p.borrow_mut().take());
        on_move(current_query())
    });
    on_cleanup(move || listener.remove());
}
