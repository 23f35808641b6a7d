//! Saving text as a file, entirely in the browser (no server round trip).

use wasm_bindgen::JsCast;

/// Offers `text` as a download named `file_name`.
pub fn download_text(file_name: &str, mime: &str, text: &str) {
    download(file_name, mime, &wasm_bindgen::JsValue::from_str(text));
}

/// Offers `bytes` as a download named `file_name`.
pub fn download_bytes(file_name: &str, mime: &str, bytes: &[u8]) {
    download(file_name, mime, &js_sys::Uint8Array::from(bytes));
}

fn download(file_name: &str, mime: &str, content: &wasm_bindgen::JsValue) {
    let parts = js_sys::Array::of1(content);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let document = leptos::prelude::document();
    if let Ok(anchor) = document.create_element("a") {
        let anchor: web_sys::HtmlAnchorElement = anchor.unchecked_into();
        anchor.set_href(&url);
        anchor.set_download(file_name);
        anchor.click();
    }
    // Give the browser a moment to start the download before the URL is released.
    let release = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    let _ = leptos::prelude::window()
        .set_timeout_with_callback_and_timeout_and_arguments_0(release.unchecked_ref(), 10_000);
}

/// `2026-11-25` from an ISO timestamp, for file names.
pub fn date_part(iso: &str) -> &str {
    iso.get(..10).unwrap_or(iso)
}

/// Today on this device's calendar (year, month, day), for what people read and file:
/// the UTC date of an ISO timestamp is yesterday in Japan until 9 a.m.
pub fn local_date() -> (i32, u32, u32) {
    let now = js_sys::Date::new_0();
    (
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
}
