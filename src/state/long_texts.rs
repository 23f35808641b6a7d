//! When the rows' long texts (`domain::long_texts`) are fetched: when a card's texts are
//! opened, at the first search, and before a view from a module of its own (a detail, the
//! staff views, open data, what changed) is built; before the app is built on a device
//! with stored edits, whose marks and merges compare against the city's texts. A visit
//! that only reads the list never fetches them.
//!
//! They are put back into the sheets the app holds, so every reader of a row finds them
//! where it always has; what only needs the figures (a card's face, the overview) is not
//! drawn again when they arrive.

use std::sync::Arc;

use futures_channel::oneshot;
use leptos::prelude::*;

use crate::domain::long_texts::LongTexts;
use crate::domain::Dataset;
use crate::web::data_files;

/// The texts file, fetched and read.
pub async fn fetch() -> Result<LongTexts, String> {
    let text = data_files::fetch_text(data_files::TEXTS).await?;
    LongTexts::parse(&text).map_err(|e| e.to_string())
}

/// `editions` with their texts back, or why not.
pub fn put_back(texts: &LongTexts, editions: &[Arc<Dataset>]) -> Result<Vec<Arc<Dataset>>, String> {
    let mut filled = Vec::with_capacity(editions.len());
    for edition in editions {
        filled.push(Arc::new(
            texts.put_texts(edition).map_err(|e| e.to_string())?,
        ));
    }
    Ok(filled)
}

/// Where the app holds sheets that carry texts: each is replaced by its filled copy.
#[derive(Clone, Copy)]
pub struct HeldSheets {
    pub official: StoredValue<Arc<Dataset>>,
    pub editions: StoredValue<Arc<[Arc<Dataset>]>>,
    /// The newest edition, which this device's edits are laid over.
    pub edits_official: StoredValue<Arc<Dataset>>,
}

#[derive(Clone, Copy)]
pub struct LongTextsLoading {
    arrived: RwSignal<bool>,
    failed: RwSignal<bool>,
    on_the_way: StoredValue<bool>,
    waiting: StoredValue<Vec<oneshot::Sender<bool>>>,
    sheets: HeldSheets,
}

impl LongTextsLoading {
    /// `here`: the sheets already carry their texts (put back before the app was built).
    pub fn new(sheets: HeldSheets, here: bool) -> Self {
        Self {
            arrived: RwSignal::new(here),
            failed: RwSignal::new(false),
            on_the_way: StoredValue::new(false),
            waiting: StoredValue::new(Vec::new()),
            sheets,
        }
    }

    /// Tracked: what shows the texts is drawn again when they come.
    pub fn arrived(self) -> bool {
        self.arrived.get()
    }

    /// Tracked: the last try could not fetch them (offline without a cache); the next
    /// request tries again.
    pub fn failed(self) -> bool {
        self.failed.get()
    }

    /// Starts fetching the texts unless they are here or on their way.
    pub fn request(self) {
        if self.arrived.get_untracked() || self.on_the_way.get_value() {
            return;
        }
        self.on_the_way.set_value(true);
        if self.failed.get_untracked() {
            self.failed.set(false);
        }
        leptos::task::spawn_local(async move {
            let outcome = match fetch().await {
                Ok(texts) => self.put(&texts),
                Err(problem) => Err(problem),
            };
            self.on_the_way.set_value(false);
            let here = outcome.is_ok();
            match outcome {
                Ok(()) => self.arrived.set(true),
                Err(problem) => {
                    leptos::logging::warn!("long texts not loaded: {problem}");
                    self.failed.set(true);
                }
            }
            self.waiting.update_value(|waiting| {
                for waiter in waiting.drain(..) {
                    let _ = waiter.send(here);
                }
            });
        });
    }

    /// Waits for the texts (fetching them if need be): true once they are here, false if
    /// they could not be had.
    pub async fn ready(self) -> bool {
        if self.arrived.get_untracked() {
            return true;
        }
        let (waiter, told) = oneshot::channel();
        self.waiting.update_value(|waiting| waiting.push(waiter));
        self.request();
        told.await.unwrap_or(false)
    }

    fn put(self, texts: &LongTexts) -> Result<(), String> {
        let filled = self
            .sheets
            .editions
            .with_value(|all| put_back(texts, all))?;
        let newest = filled.last().cloned().ok_or("no edition")?;
        let year = self.sheets.official.with_value(|d| d.fiscal_year);
        let shown = filled
            .iter()
            .find(|d| d.fiscal_year == year)
            .cloned()
            .unwrap_or_else(|| newest.clone());
        self.sheets.editions.set_value(filled.into());
        self.sheets.official.set_value(shown);
        self.sheets.edits_official.set_value(newest);
        Ok(())
    }
}
