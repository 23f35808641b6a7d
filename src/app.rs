//! Mounting: the panic hook, the embedded dataset, shared state, then the UI.

use leptos::prelude::*;

use crate::state::AppState;
use crate::ui::App;
use crate::web::{fatal, startup, tasks};

/// Entry point called from `main` with the embedded sheet. Mounting waits for the next
/// task, so compiling and starting the wasm is one task and building the app another.
pub fn mount(sheet_json: &'static str) {
    tasks::next_task(move || mount_now(sheet_json));
}

fn mount_now(sheet_json: &str) {
    startup::mark("app-start");
    fatal::install_panic_hook();
    let dataset = match crate::data::decode(sheet_json) {
        Ok(dataset) => dataset,
        Err(error) => return fatal::show(&format!("embedded dataset: {error}")),
    };
    let live_root = match startup::live_root() {
        Ok(root) => root,
        Err(problem) => return fatal::show(problem),
    };
    leptos::mount::mount_to(live_root, move || {
        AppState::provide(dataset);
        view! { <App/> }
    })
    .forget();
}
