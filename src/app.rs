//! Mounting: the panic hook, the embedded dataset, shared state, then the UI.

use leptos::prelude::*;

use crate::state::AppState;
use crate::ui::App;
use crate::web::{fatal, startup, tasks};

/// Entry point called from `main` with the embedded sheet. Starting the wasm, decoding the
/// sheet and building the app are three tasks, so a slow phone stays responsive between
/// them.
pub fn mount(sheet_json: &'static str) {
    tasks::next_task(move || {
        startup::mark("app-start");
        fatal::install_panic_hook();
        match crate::data::decode(sheet_json) {
            Ok(dataset) => tasks::next_task(move || mount_now(dataset)),
            Err(error) => fatal::show(&format!("embedded dataset: {error}")),
        }
    });
}

fn mount_now(dataset: crate::domain::Dataset) {
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
