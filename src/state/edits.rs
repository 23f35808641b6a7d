//! Where local edits live: loaded once from localStorage, persisted from one Effect,
//! kept in step with other tabs through the `storage` event. Every failure leaves the
//! edits in memory and says so; nothing typed is ever dropped silently.

use leptos::prelude::*;

use crate::domain::edits::exchange::{read_edits, ImportError};
use crate::domain::edits::{EditSet, Field};
use crate::domain::Dataset;
use crate::shared_names::KEY_EDITS;
use crate::web::storage::{self, StorageError};

/// What the app knows about its storage, shown to the user when it is not `Saved`.
#[derive(Debug, Clone, PartialEq)]
pub enum StorageHealth {
    Saved,
    /// Private mode, `file://`, or storage disabled: edits last until the page closes.
    Unavailable,
    /// The stored text could not be read. It is kept untouched until the user downloads
    /// it or resets; until then new edits stay in memory only.
    Corrupted { raw: String, error: ImportError },
    /// The browser refused to store more.
    QuotaExceeded,
}

#[derive(Clone, Copy)]
pub struct EditsState {
    pub edits: RwSignal<EditSet>,
    pub health: RwSignal<StorageHealth>,
    /// Show the city's figures only, hiding every local edit.
    pub official_only: RwSignal<bool>,
    pub edit_mode: RwSignal<bool>,
}

impl EditsState {
    pub fn new(official: StoredValue<Dataset>) -> EditsState {
        let (initial, health) = official.with_value(load);
        let state = EditsState {
            edits: RwSignal::new(initial),
            health: RwSignal::new(health),
            official_only: RwSignal::new(false),
            edit_mode: RwSignal::new(false),
        };
        state.persist_on_change(official);
        state.follow_other_tabs(official);
        state
    }

    /// Records one field's new value (or a revert with `None`).
    pub fn set(&self, kpi: &str, field: Field, value: Option<String>) {
        let now = now_iso();
        self.edits.update(|set| set.set(kpi, field, value, &now));
    }

    pub fn revert_row(&self, kpi: &str) {
        let now = now_iso();
        self.edits.update(|set| set.revert_row(kpi, &now));
    }

    pub fn revert_all(&self) {
        let now = now_iso();
        self.edits.update(|set| set.revert_all(&now));
    }

    /// After a corrupted store: forget the unreadable text and start saving again.
    pub fn reset_storage(&self) {
        if storage::available() {
            storage::remove(KEY_EDITS);
            self.health.set(StorageHealth::Saved);
            // Save what was edited in the meantime.
            self.edits.update(|_| {});
        }
    }

    fn persist_on_change(&self, official: StoredValue<Dataset>) {
        let (edits, health) = (self.edits, self.health);
        Effect::new(move |first_run: Option<()>| {
            let current = edits.get();
            if first_run.is_none() {
                return;
            }
            if !matches!(health.get_untracked(), StorageHealth::Saved | StorageHealth::QuotaExceeded) {
                return;
            }
            // Another tab may have saved since we loaded: keep both.
            let stored = read_stored(official);
            let merged = match &stored {
                Some(stored) => stored.merged_with(&current),
                None => current.clone(),
            };
            if stored.as_ref() != Some(&merged) {
                let text = serde_json::to_string(&merged).unwrap_or_default();
                match storage::write(KEY_EDITS, &text) {
                    Ok(()) => health.set(StorageHealth::Saved),
                    Err(StorageError::QuotaExceeded) => health.set(StorageHealth::QuotaExceeded),
                    Err(StorageError::Unavailable) => health.set(StorageHealth::Unavailable),
                }
            }
            if merged != current {
                edits.set(merged);
            }
        });
    }

    fn follow_other_tabs(&self, official: StoredValue<Dataset>) {
        let (edits, health) = (self.edits, self.health);
        let listener = storage::on_change_elsewhere(KEY_EDITS, move |text| {
            if health.get_untracked() != StorageHealth::Saved {
                return;
            }
            let Some(text) = text else { return };
            let now = now_iso();
            if let Ok(incoming) = official.with_value(|d| read_edits(&text, d, &now)) {
                let merged = edits.with_untracked(|current| current.merged_with(&incoming));
                if edits.with_untracked(|current| *current != merged) {
                    edits.set(merged);
                }
            }
        });
        on_cleanup(move || listener.remove());
    }
}

fn load(official: &Dataset) -> (EditSet, StorageHealth) {
    let raw = match storage::read(KEY_EDITS) {
        Ok(Some(raw)) => raw,
        Ok(None) => return (EditSet::default(), StorageHealth::Saved),
        Err(_) => return (EditSet::default(), StorageHealth::Unavailable),
    };
    match read_edits(&raw, official, &now_iso()) {
        Ok(set) => (set, StorageHealth::Saved),
        Err(error) => (EditSet::default(), StorageHealth::Corrupted { raw, error }),
    }
}

fn read_stored(official: StoredValue<Dataset>) -> Option<EditSet> {
    let raw = storage::read(KEY_EDITS).ok().flatten()?;
    official.with_value(|d| read_edits(&raw, d, &now_iso()).ok())
}

pub fn now_iso() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}
