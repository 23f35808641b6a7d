//! When the furigana table (`domain::cells::readings`) is fetched: before the first mount
//! of a visit that starts in やさしい日本語, at a switch to it, or at the first search (for
//! search by reading). Until it is there, the shown language stays the previous one, so
//! a switch never shows やさしい日本語 without its readings.

use leptos::prelude::*;

use crate::domain::cells::readings;
use crate::web::data_files;

/// Fetches and installs the table once; a second call while it is on its way waits for
/// nothing and returns (the caller's signal follows the first).
pub async fn load() {
    if readings::installed() {
        return;
    }
    match data_files::fetch_text(data_files::READINGS).await {
        Ok(text) => readings::install(text),
        // やさしい日本語 is then shown without readings: better than not at all.
        Err(problem) => leptos::logging::warn!("furigana table not loaded: {problem}"),
    }
}

/// Whether the table has arrived (or could not be had): tracked, so what depends on the
/// readings is worked out again when they come.
#[derive(Clone, Copy)]
pub struct ReadingsLoading {
    settled: RwSignal<bool>,
    asked: StoredValue<bool>,
}

impl ReadingsLoading {
    pub fn new() -> Self {
        Self {
            settled: RwSignal::new(readings::installed()),
            asked: StoredValue::new(false),
        }
    }

    pub fn settled(self) -> bool {
        self.settled.get()
    }

    /// Starts fetching the table unless it is here or on its way.
    pub fn request(self) {
        if self.settled.get_untracked() || self.asked.get_value() {
            return;
        }
        self.asked.set_value(true);
        leptos::task::spawn_local(async move {
            load().await;
            self.settled.set(true);
        });
    }
}

impl Default for ReadingsLoading {
    fn default() -> Self {
        Self::new()
    }
}
