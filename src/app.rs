//! Mounting: the panic hook, the embedded dataset, shared state, then the UI.

use leptos::prelude::*;

use crate::data::official_dataset;
use crate::state::AppState;
use crate::ui::App;
use crate::web::{fatal, startup, tasks};

/// Entry point called from `main`. Mounting waits for the next task, so compiling and
/// starting the wasm is one task and building the app another.
pub fn mount() {
    tasks::next_task(mount_now);
}

fn mount_now() {
    startup::mark("app-start");
    fatal::install_panic_hook();
    let dataset = match official_dataset() {
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
