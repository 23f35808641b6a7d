//! The address bar: the current query, new entries and replacements, and Back/Forward,
//! which return to where the reader was on that view.

use std::cell::RefCell;

use leptos::prelude::*;
use wasm_bindgen::JsValue;

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
    /// Where the reader was on each entry of this tab's history that this page has seen.
    static PLACES: RefCell<Places> = RefCell::new(Places::default());
}

/// Scroll positions by history entry. The browser's own restoration cannot be used: it
/// scrolls when Back is pressed, before the app has shown the list again (the list is
/// hidden behind a detail), so a reader always landed at the top. Each entry's state holds
/// an id and, once left by a link, its position, which also survives a reload.
#[derive(Default)]
struct Places {
    current: u32,
    next: u32,
    positions: Vec<(u32, f64)>,
    /// The same by address, for links back to a view left earlier (a detail's link back
    /// to the list is a new entry, not Back).
    by_query: Vec<(String, f64)>,
}

/// Sets `key`'s value in a short list of pairs (a tab's history is short; a map would
/// cost more code than it saves time).
fn remember<K: PartialEq>(pairs: &mut Vec<(K, f64)>, key: K, y: f64) {
    match pairs.iter_mut().find(|(k, _)| *k == key) {
        Some(pair) => pair.1 = y,
        None => pairs.push((key, y)),
    }
}

fn recall<K: PartialEq + ?Sized, Q: std::borrow::Borrow<K>>(
    pairs: &[(Q, f64)],
    key: &K,
) -> Option<f64> {
    pairs
        .iter()
        .find(|(k, _)| k.borrow() == key)
        .map(|(_, y)| *y)
}

const ID: &str = "i";
const Y: &str = "y";

fn entry_state(id: u32, y: Option<f64>) -> JsValue {
    let state = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&state, &ID.into(), &id.into());
    if let Some(y) = y {
        let _ = js_sys::Reflect::set(&state, &Y.into(), &y.into());
    }
    state.into()
}

fn read_state(state: &JsValue) -> (Option<u32>, Option<f64>) {
    let number = |key: &str| {
        js_sys::Reflect::get(state, &key.into())
            .ok()
            .and_then(|v| v.as_f64())
    };
    (number(ID).map(|id| id as u32), number(Y))
}

/// A fresh entry id: unique within the tab, also across reloads (ids come from the clock).
fn fresh_id(places: &mut Places) -> u32 {
    if places.next == 0 {
        places.next = (js_sys::Date::now() as u64 % 1_000_000_000) as u32 + 1;
    }
    places.next += 1;
    places.next
}

/// Loads `href` as a new page (another edition of the sheet starts the app again).
pub fn load(href: &str) {
    let _ = window().location().assign(href);
}

pub fn current_query() -> String {
    window().location().search().unwrap_or_default()
}

/// Puts `href` (`?a=1` or `./`) in the address bar now, for a change of page; a new entry
/// for a view left earlier by a link returns to where the reader was on it.
pub fn write(href: &str, mode: HistoryMode) {
    flush();
    write_now(href, mode);
    let query = if href.starts_with('?') { href } else { "" };
    if mode == HistoryMode::Push {
        if let Some(y) = PLACES.with(|places| recall(&places.borrow().by_query, query)) {
            // After the effects that build the view; a page that starts at its top (a
            // detail) scrolls there later in the same frame.
            request_animation_frame(move || jump_to(y));
        }
    }
}

/// Puts `href` in the address bar once the frame that shows the change has been painted.
/// Chrome spends 3–5 ms on a same-document navigation (≈ 20 ms on a slow phone), a third
/// of what a filter tap cost before its paint. Only for changes within the same page: the
/// scroll position of the entry being left is recorded when the next one is pushed, and a
/// new page scrolls to its top before that frame is painted.
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
    let url = if href.starts_with('?') {
        format!("{path}{href}")
    } else {
        path
    };
    let Ok(history) = window().history() else {
        return;
    };
    PLACES.with(|places| {
        let mut places = places.borrow_mut();
        let current = places.current;
        let _ = match mode {
            HistoryMode::Push => {
                // The entry being left keeps where the reader was, for Back.
                let y = window().scroll_y().unwrap_or(0.0);
                remember(&mut places.positions, current, y);
                remember(&mut places.by_query, current_query(), y);
                let _ = history.replace_state(&entry_state(current, Some(y)), "");
                let id = fresh_id(&mut places);
                places.current = id;
                history.push_state_with_url(&entry_state(id, None), "", Some(&url))
            }
            HistoryMode::Replace => {
                history.replace_state_with_url(&entry_state(current, None), "", Some(&url))
            }
        };
    });
}

/// Scrolls to `y` at once: a return to a place, or a new page starting at its top, is not
/// a journey along the page (links within a page scroll smoothly).
pub fn jump_to(y: f64) {
    let options = web_sys::ScrollToOptions::new();
    options.set_top(y);
    options.set_behavior(web_sys::ScrollBehavior::Instant);
    window().scroll_to_with_scroll_to_options(&options);
}

/// Calls `on_move` with the new query after Back or Forward, for as long as the calling
/// owner lives, then scrolls to where the reader was on that entry (when known) once the
/// view it shows has been built.
pub fn on_back_forward(on_move: impl Fn(String) + 'static) {
    let Ok(history) = window().history() else {
        return;
    };
    let _ = js_sys::Reflect::set(&history, &"scrollRestoration".into(), &"manual".into());
    PLACES.with(|places| {
        let mut places = places.borrow_mut();
        let state = history.state().unwrap_or(JsValue::NULL);
        match read_state(&state) {
            (Some(id), _) => places.current = id,
            (None, _) => {
                let id = fresh_id(&mut places);
                places.current = id;
                let _ = history.replace_state(&entry_state(id, None), "");
            }
        }
    });
    let listener = window_event_listener(leptos::ev::popstate, move |ev| {
        // A write still waiting belongs to the view being left: the address moved on.
        PENDING.with(|p| p.borrow_mut().take());
        let (id, saved) = read_state(&ev.state());
        let position = PLACES.with(|places| {
            let mut places = places.borrow_mut();
            let left = places.current;
            remember(
                &mut places.positions,
                left,
                window().scroll_y().unwrap_or(0.0),
            );
            let id = id.unwrap_or_else(|| fresh_id(&mut places));
            places.current = id;
            recall(&places.positions, &id).or(saved)
        });
        on_move(current_query());
        // The view is rendered by effects queued by `on_move`; a frame callback runs after them.
        if let Some(y) = position {
            request_animation_frame(move || jump_to(y));
        }
    });
    on_cleanup(move || listener.remove());
}
