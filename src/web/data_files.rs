//! Data the main module does not carry, fetched when a visit needs it (the furigana table,
//! the rows' long texts).
//! The page names each file in a `<meta name="isesaki-file-<name>">` (the build writes the
//! hashed name; `js/boot.js` preloads it when the address asks for it, and the service
//! worker caches it for offline use). The single-file copy holds the text itself in a
//! `<script type="text/plain" id="isesaki-file-<name>">`, so it works from `file://`.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The rows' long texts (`domain::long_texts`).
pub const TEXTS: &str = "texts";

/// The furigana table (`domain::cells::readings`).
pub const READINGS: &str = "readings";

/// The text of the data file `name`, or why it could not be had.
pub async fn fetch_text(name: &str) -> Result<String, String> {
    let document = leptos::prelude::document();
    let id = format!("isesaki-file-{name}");
    if let Some(inline) = document.get_element_by_id(&id) {
        return Ok(inline.text_content().unwrap_or_default());
    }
    let url = document
        .query_selector(&format!("meta[name=\"{id}\"]"))
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"))
        .ok_or_else(|| format!("the page names no file for {name}"))?;
    let response: web_sys::Response =
        JsFuture::from(leptos::prelude::window().fetch_with_str(&url))
            .await
            .map_err(|e| format!("{url}: {e:?}"))?
            .dyn_into()
            .map_err(|_| format!("{url}: not a response"))?;
    if !response.ok() {
        return Err(format!("{url}: HTTP {}", response.status()));
    }
    let text = response.text().map_err(|e| format!("{url}: {e:?}"))?;
    JsFuture::from(text)
        .await
        .map_err(|e| format!("{url}: {e:?}"))?
        .as_string()
        .ok_or_else(|| format!("{url}: not text"))
}
