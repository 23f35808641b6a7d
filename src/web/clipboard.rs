//! Copying text for the user (links, embed code).

/// Puts `text` on the clipboard; `false` when the browser refuses (no permission, an
/// insecure page), so the caller can show the text to copy by hand.
pub async fn copy_text(text: &str) -> bool {
    let clipboard = leptos::prelude::window().navigator().clipboard();
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text))
        .await
        .is_ok()
}
