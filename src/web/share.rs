//! Sharing a link: the system's share sheet (Web Share API) where the browser has one,
//! else the clipboard.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::clipboard::copy_text;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shared {
    /// Handed to the share sheet (or the user closed it).
    Sheet,
    /// Copied to the clipboard.
    Copied,
    /// Neither worked: show the link to copy by hand.
    Failed,
}

pub async fn share_link(title: &str, url: &str) -> Shared {
    let navigator: JsValue = leptos::prelude::window().navigator().into();
    let share = js_sys::Reflect::get(&navigator, &"share".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(share) = share {
        let data = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&data, &"title".into(), &title.into());
        let _ = js_sys::Reflect::set(&data, &"url".into(), &url.into());
        if let Ok(promise) = share
            .call1(&navigator, &data)
            .and_then(|p| p.dyn_into::<js_sys::Promise>())
        {
            // A cancelled sheet rejects too; the user chose not to share, nothing to report.
            let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
            return Shared::Sheet;
        }
    }
    if copy_text(url).await {
        Shared::Copied
    } else {
        Shared::Failed
    }
}

/// The tab's title (and what a shared link is labelled with).
pub fn set_title(title: &str) {
    leptos::prelude::document().set_title(title);
}
