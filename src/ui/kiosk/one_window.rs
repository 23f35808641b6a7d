use wasm_bindgen::JsCast;

use crate::web::window_events::on_window;

/// Keeps a kiosk in its one window for as long as the calling owner lives. In another
/// window or tab the app would run without the kiosk's limits, or show another site, so
/// middle clicks, modified clicks (new tab, new window, download) and plain clicks on a
/// link with a `target` are stopped, and links cannot be dragged out. The app's own links
/// then open in place (`stays_in_place`), and every link carries the kiosk's mode anyway,
/// in case a browser finds another way. Ctrl+N and Ctrl+T belong to the browser, which a
/// kiosk runs in its own kiosk mode.
pub fn keep_in_one_window() {
    on_window(leptos::ev::auxclick, move |ev| {
        if link_of(&ev).is_some() {
            ev.prevent_default();
        }
    });
    on_window(leptos::ev::click, move |ev| {
        let modified =
            ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() || ev.button() != 0;
        if link_of(&ev).is_some_and(|link| modified || link.has_attribute("target")) {
            ev.prevent_default();
        }
    });
    on_window(leptos::ev::dragstart, move |ev| ev.prevent_default());
}

/// The link `event` happened on (or inside).
fn link_of(event: &web_sys::Event) -> Option<web_sys::Element> {
    event
        .target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest("a[href]")
        .ok()
        .flatten()
}
