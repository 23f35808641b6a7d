//! Saving edits on the device: what is written, and when a save may be called saved. A
//! save is confirmed only when the storage, read back, holds exactly what was written;
//! anything else is reported as not saved, with the reason, and the edit stays on screen.

use super::exchange::read_edits;
use super::EditSet;
use crate::domain::i18n::save_words::SaveWords;
use crate::domain::i18n::Lang;
use crate::domain::i18n::Words;
use crate::domain::Dataset;

/// What the user is told after pressing Save (or reverting, or importing).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveOutcome {
    Saved,
    NotSaved(NotSaved),
}

/// Why an edit lives only in this page for now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotSaved {
    /// No storage here (private mode, `file://`, blocked).
    Unavailable,
    /// The browser refused to store more.
    Full,
    /// The stored edits could not be read; they are kept untouched until the user decides.
    StoreUnreadable,
    /// Written, but reading it back did not give the same edits.
    Unconfirmed,
}

impl NotSaved {
    /// The message under the form, in `lang`.
    pub fn message(self, lang: Lang) -> &'static str {
        let w = SaveWords::of(lang);
        match self {
            NotSaved::Unavailable => w.not_saved_unavailable,
            NotSaved::Full => w.not_saved_full,
            NotSaved::StoreUnreadable => w.not_saved_unreadable,
            NotSaved::Unconfirmed => w.not_saved_unconfirmed,
        }
    }
}

/// What a tab writes for `change`: what is stored (another tab may have saved since this
/// one last looked) merged with this tab's edits, with `change` on top, so the change's
/// revision is past every revision either has seen.
pub fn to_store(
    stored: Option<&EditSet>,
    mine: &EditSet,
    change: impl FnOnce(&mut EditSet),
) -> EditSet {
    let mut next = stored.map_or_else(|| mine.clone(), |stored| stored.merged_with(mine));
    change(&mut next);
    next
}

/// The text kept in the storage for `set`.
pub fn stored_text(set: &EditSet) -> String {
    serde_json::to_string(set).unwrap_or_default()
}

/// Whether `read_back`, what the storage returned after `written` was stored, holds
/// exactly those edits.
pub fn confirms(written: &EditSet, read_back: Option<&str>, official: &Dataset, now: &str) -> bool {
    read_back.is_some_and(|text| read_edits(text, official, now).is_ok_and(|back| back == *written))
}
