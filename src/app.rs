//! Mounting: the panic hook, the embedded dataset, shared state, then the UI.

use leptos::prelude::*;

use crate::state::AppState;
use crate::ui::App;
use crate::web::{fatal, startup, tasks};

/// Entry point called from `main` with the embedded sheet, packed by the build
/// (`isesaki_sheet::packed`). Starting the wasm, reading the sheet and building the app
/// are three tasks, so a slow phone stays responsive between them.
pub fn mount(packed_sheet: &'static str) {
    tasks::next_task(move || {
        startup::mark("app-start");
        fatal::install_panic_hook();
        match crate::domain::packed::unpack(packed_sheet) {
            Ok(dataset) => tasks::next_task(move || mount_now(dataset)),
            Err(error) => fatal::show(&format!("embedded sheet: {error}")),
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
