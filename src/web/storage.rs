//! localStorage behind one typed API, through gloo-storage. Asking for the storage throws
//! in some private modes, on `file://` and where a policy blocks it (gloo's
//! `LocalStorage::raw()` would panic there: it is asked first), and a full storage throws a
//! `QuotaExceededError`; both become values here, so callers decide what to tell the user.
//! Values are stored as plain text, not gloo's JSON: `js/head.js` reads the language and
//! theme before the first paint, and edits stored by earlier versions stay readable.

use gloo_storage::{LocalStorage, Storage};
use gloo_utils::errors::JsError;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageError {
    /// No storage here (private mode, `file://`, disabled by policy).
    Unavailable,
    /// The browser refused to store more.
    QuotaExceeded,
}

fn storage() -> Result<web_sys::Storage, StorageError> {
    let reachable = web_sys::window().is_some_and(|w| matches!(w.local_storage(), Ok(Some(_))));
    if reachable {
        Ok(LocalStorage::raw())
    } else {
        Err(StorageError::Unavailable)
    }
}

pub fn available() -> bool {
    storage().is_ok()
}

pub fn read(key: &str) -> Result<Option<String>, StorageError> {
    storage()?
        .get_item(key)
        .map_err(|_| StorageError::Unavailable)
}

pub fn write(key: &str, value: &str) -> Result<(), StorageError> {
    storage()?
        .set_item(key, value)
        .map_err(|error| match JsError::try_from(error) {
            Ok(error) if is_quota(&error.name) => StorageError::QuotaExceeded,
            _ => StorageError::Unavailable,
        })
}

pub fn remove(key: &str) {
    if let Ok(storage) = storage() {
        let _ = storage.remove_item(key);
    }
}

/// Browsers name it `QuotaExceededError`; old Firefox used `NS_ERROR_DOM_QUOTA_REACHED`.
fn is_quota(name: &str) -> bool {
    matches!(name, "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED")
}

/// Calls `on_change` with the new text whenever another tab changes `key`.
pub fn on_change_elsewhere(
    key: &'static str,
    on_change: impl Fn(Option<String>) + 'static,
) -> leptos::prelude::WindowListenerHandle {
    leptos::prelude::window_event_listener(leptos::ev::storage, move |event| {
        if event.key().as_deref() == Some(key) {
            on_change(event.new_value());
        }
    })
}
