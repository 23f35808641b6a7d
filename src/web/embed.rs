//! Living inside another site's `<iframe>`: the page tells its host how tall it is, so the
//! host can size the frame to fit (see README, "Embedding").

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The message the host listens for: `{ source: "isesaki-kpi", type: "height", height }`.
const SOURCE: &str = "isesaki-kpi";

/// Posts the document's height to the parent window now and whenever it changes, for as
/// long as the calling owner lives. Does nothing outside a frame.
pub fn report_height() {
    let window = window();
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    if parent == window {
        return;
    }
    let Some(root) = document().document_element() else {
        return;
    };
    let measured = root.clone();
    let post = move || {
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"source".into(), &SOURCE.into());
        let _ = js_sys::Reflect::set(&message, &"type".into(), &"height".into());
        let _ = js_sys::Reflect::set(
            &message,
            &"height".into(),
            &JsValue::from(measured.scroll_height()),
        );
        // Only a height leaves the page, so any host may read it.
        let _ = parent.post_message(&message, "*");
    };
    post();
    let on_resize = Closure::<dyn FnMut()>::new(post);
    let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) else {
        return;
    };
    observer.observe(&root);
    let keep = StoredValue::new_local(Some((observer, on_resize)));
    on_cleanup(move || {
        if let Some((observer, _)) = keep.try_update_value(|k| k.take()).flatten() {
            observer.disconnect();
        }
    });
}
