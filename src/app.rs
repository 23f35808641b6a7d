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
                let newest = editions
                    .last()
                    .cloned()
                    .expect("the build embeds an edition");
                // Not leptos' `spawn_local`: its executor is set up by the mount, which
                // waits for the stored edits.
                let language = start_language(&newest);
                wasm_bindgen_futures::spawn_local(async move {
                    // Its words and readings first (preloaded beside the module by
                    // js/boot.js), so the first screen is drawn in the language asked for.
                    crate::state::words::load(language).await;
                    if language == Lang::JaEasy {
                        crate::state::readings::load().await;
                    }
                    // A device with stored edits compares them with the city's texts
                    // (marks, merges with other tabs): it has them before the app is built.
                    let (editions, texts_here) = if StoredAtStart::any() {
                        with_long_texts(editions).await
                    } else {
                        (editions, false)
                    };
                    // This device's edits are an overlay on the newest edition.
                    let newest = editions
                        .last()
                        .cloned()
                        .expect("the build embeds an edition");
                    let stored = StoredAtStart::read(newest).await;
                    tasks::next_task(move || mount_now(editions, stored, texts_here));
                });
            }
            Err(error) => fatal::show(&format!("embedded sheet: {error}")),
        }
    });
}

/// The language the address asks for, else the one this device chose last, else 日本語.
fn start_language(data: &Dataset) -> Lang {
    let asked = View::from_query(&history::current_query(), data).lang;
    asked
        .or_else(crate::state::words::saved_lang)
        .unwrap_or_default()
}

/// `editions` with the rows' long texts put back, and whether they are; without them
/// (offline with nothing cached) the app still starts, and asks again when they are needed.
async fn with_long_texts(editions: Vec<Arc<Dataset>>) -> (Vec<Arc<Dataset>>, bool) {
    use crate::state::long_texts::{fetch, put_back};
    match fetch().await.and_then(|texts| put_back(&texts, &editions)) {
        Ok(filled) => (filled, true),
        Err(problem) => {
            leptos::logging::warn!("long texts not loaded: {problem}");
            (editions, false)
        }
    }
}

fn mount_now(editions: Vec<Arc<Dataset>>, stored: StoredAtStart, texts_here: bool) {
    let live_root = match startup::live_root() {
        Ok(root) => root,
        Err(problem) => return fatal::show(problem),
    };
    // The shared state in one task and the page in the next: together they were one of a
    // slow phone's longest start-up tasks. The page's owner is a child of the state's, so
    // it finds the state in context; the app lives as long as the page, so neither owner
    // is ever dropped.
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let state_owner = Owner::new();
    state_owner.with(|| AppState::provide(editions, stored, texts_here));
    tasks::next_task(move || {
        state_owner.with(|| leptos::mount::mount_to(live_root, App).forget());
        std::mem::forget(state_owner);
    });
}
