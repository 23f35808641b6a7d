//! Where local edits live: loaded once from localStorage, written at every change, kept in
//! step with other tabs through the `storage` event. Every change first takes in what is
//! stored (another tab may have saved since), so its revision is past all of them; it is
//! confirmed as saved only after the storage, read back, holds it. Every failure leaves
//! the edits in memory and says so; nothing typed is ever dropped silently.
//!
//! Reading stored edits needs a JSON parser and the migration of every older format,
//! which most visits (no edits on the device) never use. That code is in wasm modules of
//! its own: `stored_edits` decodes at start-up and when another tab saves, and saving is
//! reached only from edit mode's views (the `staff` module) and from [`EditsState::reset_storage`].

use crate::split_off::split_off;
use std::sync::Arc;

use leptos::prelude::*;

use leptos::wasm_split::SplitLoaderError;

use crate::domain::edits::exchange::{read_edits, ImportError};
use crate::domain::edits::import_plan::{apply_import, Choices, NotApplied};
use crate::domain::edits::saving::{confirms, stored_text, to_store, NotSaved, SaveOutcome};
use crate::domain::edits::{DeviceId, EditSet, Field};
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
    Corrupted {
        raw: String,
        error: ImportError,
    },
    /// The browser refused to store more.
    QuotaExceeded,
    /// There are stored edits, but the module that reads them could not be downloaded.
    /// They stay stored untouched; nothing is saved until the page is loaded again.
    NotRead,
}

/// What the storage held when the app started, read before the app is built.
pub struct StoredAtStart {
    set: EditSet,
    health: StorageHealth,
}

impl StoredAtStart {
    /// Whether this device holds stored edits (read or not).
    pub fn any() -> bool {
        matches!(storage::read(KEY_EDITS), Ok(Some(_)))
    }

    /// Reads this device's stored edits; the module that decodes them is fetched only when
    /// there are some.
    pub async fn read(official: Arc<Dataset>) -> StoredAtStart {
        let fresh = |health| StoredAtStart {
            set: EditSet::new(new_device()),
            health,
        };
        let mut raw = match storage::read(KEY_EDITS) {
            Ok(Some(raw)) => raw,
            Ok(None) => return fresh(StorageHealth::Saved),
            Err(_) => return fresh(StorageHealth::Unavailable),
        };
        loop {
            let decoded = decode_stored(raw.clone(), official.clone(), now_iso()).await;
            // Another tab may have saved while the module was fetched, before this tab
            // listens for its saves: what is stored now is what is shown.
            match storage::read(KEY_EDITS) {
                Ok(Some(now)) if now != raw && decoded.is_ok() => {
                    raw = now;
                    continue;
                }
                _ => {}
            }
            return match decoded {
                Ok(Ok(set)) => StoredAtStart {
                    set,
                    health: StorageHealth::Saved,
                },
                Ok(Err(error)) => fresh(StorageHealth::Corrupted { raw, error }),
                Err(_) => fresh(StorageHealth::NotRead),
            };
        }
    }
}

split_off!(stored_edits =>
/// Stored text → edits, in the `stored_edits` module.
fn decode_stored(
    raw: String,
    official: Arc<Dataset>,
    now: String,
) -> Result<Result<EditSet, ImportError>, SplitLoaderError> {
    Ok(read_edits(&raw, &official, &now))
});

split_off!(staff =>
/// Writes this tab's edits again (after a reset of the storage), from the `staff` module,
/// where saving is.
fn save_again(state: EditsState) -> Result<(), SplitLoaderError> {
    let _ = state.commit(|_| {});
    Ok(())
});

#[derive(Clone, Copy)]
pub struct EditsState {
    /// Read it freely; change it only through the methods here, which save.
    pub edits: RwSignal<EditSet>,
    pub health: RwSignal<StorageHealth>,
    /// Show the city's figures only, hiding every local edit.
    pub official_only: RwSignal<bool>,
    /// The user's wish for edit mode; `AppState::editing` says whether it is on (never
    /// in a kiosk).
    pub edit_mode: RwSignal<bool>,
    official: StoredValue<Arc<Dataset>>,
}

impl EditsState {
    pub fn new(official: StoredValue<Arc<Dataset>>, stored: StoredAtStart) -> EditsState {
        let state = EditsState {
            edits: RwSignal::new(stored.set),
            health: RwSignal::new(stored.health),
            official_only: RwSignal::new(false),
            edit_mode: RwSignal::new(false),
            official,
        };
        state.follow_other_tabs();
        state
    }

    /// Records one field's new value (or a revert with `None`).
    pub fn set(&self, kpi: &str, field: Field, value: Option<String>) -> SaveOutcome {
        let now = now_iso();
        self.commit(|set| set.set(kpi, field, value, &now))
    }

    /// Records the fields of one row's form at once; `None` when none of them changed
    /// (nothing is written then).
    pub fn save_row(&self, kpi: &str, fields: &[(Field, Option<String>)]) -> Option<SaveOutcome> {
        let differs = self.edits.with_untracked(|set| {
            fields
                .iter()
                .any(|(field, value)| set.get(kpi, *field) != value.as_deref())
        });
        if !differs {
            return None;
        }
        let now = now_iso();
        Some(self.commit(|set| {
            set.set_row(kpi, fields, &now);
        }))
    }

    pub fn revert_row(&self, kpi: &str) -> SaveOutcome {
        let now = now_iso();
        self.commit(|set| set.revert_row(kpi, &now))
    }

    pub fn revert_all(&self) -> SaveOutcome {
        let now = now_iso();
        self.commit(|set| set.revert_all(&now))
    }

    /// Takes in another device's edits with the user's choice for each conflict.
    pub fn import(&self, incoming: &EditSet, choices: &Choices) -> Result<SaveOutcome, NotApplied> {
        let mut refused = None;
        let outcome = self.commit(|set| match apply_import(set, incoming, choices) {
            Ok(next) => *set = next,
            Err(why) => refused = Some(why),
        });
        refused.map_or(Ok(outcome), Err)
    }

    /// After a corrupted store: forget the unreadable text and start saving again.
    pub fn reset_storage(&self) {
        if !storage::available() {
            return;
        }
        // Only the text this tab could not read: if another tab has saved since, that is
        // kept and the save below merges with it.
        let unreadable = match self.health.get_untracked() {
            StorageHealth::Corrupted { raw, .. } => Some(raw),
            _ => None,
        };
        if unreadable.is_some() && storage::read(KEY_EDITS).ok().flatten() == unreadable {
            storage::remove(KEY_EDITS);
        }
        self.health.set(StorageHealth::Saved);
        // Save what was edited in the meantime. Edits are only made in edit mode, so its
        // module is already here whenever there is something to save.
        if self.edits.with_untracked(|set| !set.edits.is_empty()) {
            let state = *self;
            leptos::task::spawn_local(async move {
                let _ = save_again(state).await;
            });
        }
    }

    /// Applies `change` on top of what is stored and this tab's edits, writes the result
    /// and reads it back.
    fn commit(&self, change: impl FnOnce(&mut EditSet)) -> SaveOutcome {
        let not_saved = match self.health.get_untracked() {
            StorageHealth::Saved | StorageHealth::QuotaExceeded => None,
            StorageHealth::Unavailable => Some(NotSaved::Unavailable),
            StorageHealth::Corrupted { .. } | StorageHealth::NotRead => {
                Some(NotSaved::StoreUnreadable)
            }
        };
        let stored = if not_saved.is_none() {
            self.read_stored()
        } else {
            None
        };
        let next = self
            .edits
            .with_untracked(|mine| to_store(stored.as_ref(), mine, change));
        let outcome = match not_saved {
            Some(reason) => SaveOutcome::NotSaved(reason),
            None => self.write(&next),
        };
        if self.edits.with_untracked(|current| *current != next) {
            self.edits.set(next);
        }
        outcome
    }

    fn write(&self, set: &EditSet) -> SaveOutcome {
        match storage::write(KEY_EDITS, &stored_text(set)) {
            Err(StorageError::QuotaExceeded) => {
                self.health.set(StorageHealth::QuotaExceeded);
                return SaveOutcome::NotSaved(NotSaved::Full);
            }
            Err(StorageError::Unavailable) => {
                self.health.set(StorageHealth::Unavailable);
                return SaveOutcome::NotSaved(NotSaved::Unavailable);
            }
            Ok(()) => {}
        }
        let read_back = storage::read(KEY_EDITS).ok().flatten();
        if self
            .official
            .with_value(|d| confirms(set, read_back.as_deref(), d, &now_iso()))
        {
            self.health.set(StorageHealth::Saved);
            SaveOutcome::Saved
        } else {
            SaveOutcome::NotSaved(NotSaved::Unconfirmed)
        }
    }

    fn read_stored(&self) -> Option<EditSet> {
        let raw = storage::read(KEY_EDITS).ok().flatten()?;
        self.official
            .with_value(|d| read_edits(&raw, d, &now_iso()).ok())
    }

    fn follow_other_tabs(&self) {
        let (edits, health, official) = (self.edits, self.health, self.official);
        let listener = storage::on_change_elsewhere(KEY_EDITS, move |text| {
            if health.get_untracked() != StorageHealth::Saved {
                return;
            }
            let Some(text) = text else { return };
            let official = official.get_value();
            leptos::task::spawn_local(async move {
                if let Ok(Ok(incoming)) = decode_stored(text, official, now_iso()).await {
                    // Entry by entry the higher revision wins, so two saves decoded out of
                    // order still end in the same set.
                    let Some(merged) =
                        edits.try_with_untracked(|current| incoming.merged_with(current))
                    else {
                        return;
                    };
                    if edits.with_untracked(|current| *current != merged) {
                        edits.set(merged);
                    }
                }
            });
        });
        on_cleanup(move || listener.remove());
    }
}

/// A name for this browser, used until its first save is stored (then the stored name is
/// read by every tab).
fn new_device() -> DeviceId {
    let half = || (js_sys::Math::random() * f64::from(u32::MAX)) as u64;
    DeviceId::from_random((half() << 32) | half())
}

pub fn now_iso() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}
