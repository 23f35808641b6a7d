//! Mounting: the panic hook, the embedded dataset, shared state, then the UI.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::i18n::Lang;
use crate::domain::navigation::view::View;
use crate::domain::Dataset;
use crate::state::edits::StoredAtStart;
use crate::state::AppState;
use crate::ui::App;
use crate::web::{fatal, history, startup, tasks};

/// Entry point called from `main` with the embedded editions of the sheet, packed by the
/// build (`domain::editions::pack_editions`). Starting the wasm, reading the sheet (and this device's
/// stored edits, if any) and building the app are separate tasks, so a slow phone stays
/// responsive between them.
pub fn mount(packed_sheet: &'static str) {
    tasks::next_task(move || {
        startup::mark("app-start");
        fatal::install_panic_hook();
        match crate::domain::editions::unpack_editions(packed_sheet) {
            Ok(editions) => {
                let editions: Vec<Arc<Dataset>> = editions.into_iter().map(Arc::new).collect();
                // This device's edits are an overlay on the newest edition.
                let newest = editions
                    .last()
                    .cloned()
                    .expect("the build embeds an edition");
                // Not leptos' `spawn_local`: its executor is set up by the mount, which
                // waits for the stored edits.
                let easy = starts_in_easy_japanese(&newest);
                wasm_bindgen_futures::spawn_local(async move {
                    // Its readings first (preloaded beside the module by js/boot.js), so
                    // the first screen is not drawn without them.
                    if easy {
                        crate::state::readings::load().await;
                    }
                    let stored = StoredAtStart::read(newest).await;
                    tasks::next_task(move || mount_now(editions, stored));
                });
            }
            Err(error) => fatal::show(&format!("embedded sheet: {error}")),
        }
    });
}

/// The address asks for やさしい日本語, or names no language and this device chose it.
fn starts_in_easy_japanese(data: &Dataset) -> bool {
    let asked = View::from_query(&history::current_query(), data).lang;
    asked.or_else(crate::state::readings::saved_lang) == Some(Lang::JaEasy)
}

fn mount_now(editions: Vec<Arc<Dataset>>, stored: StoredAtStart) {
    let live_root = match startup::live_root() {
        Ok(root) => root,
        Err(problem) => return fatal::show(problem),
    };
    leptos::mount::mount_to(live_root, move || {
        AppState::provide(editions.clone(), stored);
        view! { <App/> }
    })
    .forget();
}
