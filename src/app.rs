//! Mounting: the panic hook, the embedded dataset, shared state, then the UI.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::data::official_dataset;
use crate::fatal;
use crate::state::AppState;
use crate::ui::App;

/// Entry point called from `main`: replaces the static loading screen with the app.
pub fn mount() {
    if let Some(performance) = window().performance() {
        let _ = performance.mark("app-start");
    }
    fatal::install_panic_hook();
    let dataset = match official_dataset() {
        Ok(dataset) => dataset,
        Err(error) => return fatal::show(&format!("embedded dataset: {error}")),
    };
    let Some(root) = document().get_element_by_id("app") else {
        return fatal::show("#app element missing from index.html");
    };
    root.set_inner_html("");
    let root: web_sys::HtmlElement = root.unchecked_into();
    leptos::mount::mount_to(root, move || {
        AppState::provide(dataset);
        view! { <App/> }
    })
    .forget();
    // The first cards are in the document now (mounting renders synchronously).
    if let Some(performance) = window().performance() {
        let _ = performance.mark("app-mounted");
    }
}
