//! The swap from the pre-rendered first screen to the live app.
//!
//! `index.html` already shows the first screen, pre-rendered at build time. The live app
//! is built beside it, out of the document, and takes its place in one step once it has
//! as many cards as the static copy, so the page never flashes or shrinks while it starts.

use std::cell::RefCell;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::shared_names::EVENT_APP_LIVE;

thread_local! {
    /// The static first screen and the live root waiting to replace it.
    static PENDING_SWAP: RefCell<Option<(web_sys::Element, web_sys::HtmlElement)>> = const { RefCell::new(None) };
}

/// A detached root for the live app, to replace the static `#app` once it is ready.
pub fn live_root() -> Result<web_sys::HtmlElement, &'static str> {
    let static_root = document()
        .get_element_by_id("app")
        .ok_or("#app element missing from index.html")?;
    let live_root: web_sys::HtmlElement = document()
        .create_element("div")
        .map_err(|_| "cannot create the app root")?
        .unchecked_into();
    PENDING_SWAP.with(|p| *p.borrow_mut() = Some((static_root, live_root.clone())));
    Ok(live_root)
}

/// Called once the live app can replace the static first screen; only the first call
/// does anything.
pub fn first_screen_ready() {
    if let Some((static_root, live_root)) = PENDING_SWAP.with(|p| p.borrow_mut().take()) {
        show_live(&static_root, &live_root);
    }
}

fn show_live(static_root: &web_sys::Element, live_root: &web_sys::HtmlElement) {
    let _ = static_root.replace_with_with_node_1(live_root);
    live_root.set_id("app");
    if let Some(message) = document().get_element_by_id("boot-message") {
        message.remove();
    }
    if let Some(html) = document().document_element() {
        let _ = html.remove_attribute("data-prerender");
    }
    mark("app-mounted");
    // js/boot.js loads ECharts now, so it never competes with building the app.
    super::window_events::send_to_window(EVENT_APP_LIVE);
}

/// A `performance.mark`, for traces and the bench.
pub fn mark(name: &str) {
    if let Some(performance) = window().performance() {
        let _ = performance.mark(name);
    }
}
