//! Media queries as signals: the system's dark setting can change while the page is open
//! (evening mode on a phone), and the charts must follow it.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// True while the system prefers a dark colour scheme; follows changes.
pub fn prefers_dark() -> ReadSignal<bool> {
    let query = window()
        .match_media("(prefers-color-scheme: dark)")
        .ok()
        .flatten();
    let (dark, set_dark) = signal(query.as_ref().is_some_and(|q| q.matches()));
    if let Some(query) = query {
        let on_change = Closure::<dyn FnMut(web_sys::MediaQueryListEvent)>::new(
            move |event: web_sys::MediaQueryListEvent| {
                set_dark.set(event.matches());
            },
        );
        let _ =
            query.add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
        // Removed with the owner that asked for it, instead of leaking the listener.
        let listener = send_wrapper::SendWrapper::new((query, on_change));
        on_cleanup(move || {
            let (query, on_change) = listener.take();
            let _ = query
                .remove_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
        });
    }
    dark
}
