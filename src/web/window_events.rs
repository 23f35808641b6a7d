//! Listeners on `window` that last as long as the component or state that adds them, and
//! the app's own window events (named in `shared_names`) sent and received.

use leptos::ev::EventDescriptor;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Listens to a window event (`leptos::ev::keydown`, …) until the current reactive owner
/// is cleaned up.
pub fn on_window<E: EventDescriptor + 'static>(event: E, handler: impl Fn(E::EventType) + 'static)
where
    E::EventType: JsCast,
{
    let handle = window_event_listener(event, handler);
    on_cleanup(move || handle.remove());
}

/// Listens to a window event known by name only (the app's own events, `beforeprint`)
/// until the current reactive owner is cleaned up.
pub fn on_window_named(name: &str, handler: impl Fn(web_sys::Event) + 'static) {
    let handle = window_event_listener_untyped(name, handler);
    on_cleanup(move || handle.remove());
}

/// Sends one of the app's own events (`js/boot.js` listens to some of them).
pub fn send_to_window(name: &str) {
    if let Ok(event) = web_sys::Event::new(name) {
        let _ = window().dispatch_event(&event);
    }
}

/// Whether the `<details>` a `toggle` event came from is now open.
pub fn details_open(event: &web_sys::Event) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok())
        .is_some_and(|details| details.open())
}
