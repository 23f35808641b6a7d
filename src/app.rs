//! Mounting: the panic hook, the embedded dataset, shared state, then the UI.
//!
//! `index.html` already shows the first screen, pre-rendered at build time. The live app
//! is built beside it, out of the document, and takes its place in one step once it has
//! as many cards as the static copy, so the page never flashes or shrinks while it starts.

use std::cell::RefCell;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::data::official_dataset;
use crate::fatal;
use crate::state::AppState;
use crate::ui::App;

/// Cards in the pre-rendered first screen (`js/prerender.mjs` keeps the same number).
pub const FIRST_SCREEN_CARDS: usize = 48;

thread_local! {
    /// The static first screen and the live root waiting to replace it.
    static PENDING_SWAP: RefCell<Option<(web_sys::Element, web_sys::HtmlElement)>> = const { RefCell::new(None) };
}

/// Called by the card list once the live app can replace the static first screen; only
/// the first call does anything.
pub fn first_screen_ready() {
    if let Some((static_root, live_root)) = PENDING_SWAP.with(|p| p.borrow_mut().take()) {
        show_live(&static_root, &live_root);
    }
}

/// Entry point called from `main`. Mounting waits for the next task, so compiling and
/// starting the wasm is one task and building the app another.
pub fn mount() {
    crate::tasks::next_task(mount_now);
}

fn mount_now() {
    mark("app-start");
    fatal::install_panic_hook();
    let dataset = match official_dataset() {
        Ok(dataset) => dataset,
        Err(error) => return fatal::show(&format!("embedded dataset: {error}")),
    };
    let Some(static_root) = document().get_element_by_id("app") else {
        return fatal::show("#app element missing from index.html");
    };
    let Ok(live_root) = document().create_element("div") else { return fatal::show("cannot create the app root") };
    let live_root: web_sys::HtmlElement = live_root.unchecked_into();
    PENDING_SWAP.with(|p| *p.borrow_mut() = Some((static_root, live_root.clone())));
    leptos::mount::mount_to(live_root, move || {
        AppState::provide(dataset);
        view! { <App/> }
    })
    .forget();
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
    let _ = window().dispatch_event(&web_sys::Event::new("app-live").expect("Event"));
}

fn mark(name: &str) {
    if let Some(performance) = window().performance() {
        let _ = performance.mark(name);
    }
}
