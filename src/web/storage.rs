//! localStorage behind one typed API. Asking for the storage throws in some private modes
//! and on `file://`, and a full storage throws a `QuotaExceededError` `DOMException`; both
//! become values here, so callers decide what to tell the user.

use wasm_bindgen::JsCast;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageError {
    /// No storage here (private mode, `file://`, disabled by policy).
    Unavailable,
    /// The browser refused to store more.
    QuotaExceeded,
}

fn storage() -> Result<web_sys::Storage, StorageError> {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or(StorageError::Unavailable)
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
    storage()?.set_item(key, value).map_err(|error| {
        if is_quota_error(&error) {
            StorageError::QuotaExceeded
        } else {
            StorageError::Unavailable
        }
    })
}

pub fn remove(key: &str) {
    if let Ok(storage) = storage() {
        let _ = storage.remove_item(key);
    }
}

/// Browsers name it `QuotaExceededError` (code 22); old Firefox used
/// `NS_ERROR_DOM_QUOTA_REACHED` (code 1014).
fn is_quota_error(error: &wasm_bindgen::JsValue) -> bool {
    error.dyn_ref::<web_sys::DomException>().is_some_and(|e| {
        matches!(
            e.name().as_str(),
            "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED"
        ) || matches!(e.code(), 22 | 1014)
    })
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
