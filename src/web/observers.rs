//! Watching elements: when they come near the viewport.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Calls `on_near` once, the first time `element` comes within about a screen of the
/// viewport, so charts far down the page are not drawn during start-up. Dropping it stops
/// watching.
pub struct NearViewport {
    observer: Option<web_sys::IntersectionObserver>,
    _on_intersect: Closure<dyn FnMut(js_sys::Array, web_sys::IntersectionObserver)>,
}

impl NearViewport {
    pub fn watch(element: &web_sys::Element, on_near: impl FnOnce() + 'static) -> NearViewport {
        let mut on_near = Some(on_near);
        let on_intersect = Closure::<dyn FnMut(js_sys::Array, web_sys::IntersectionObserver)>::new(
            move |entries: js_sys::Array, observer: web_sys::IntersectionObserver| {
                let near = entries.iter().any(|e| {
                    e.unchecked_into::<web_sys::IntersectionObserverEntry>()
                        .is_intersecting()
                });
                if near {
                    observer.disconnect();
                    if let Some(callback) = on_near.take() {
                        callback();
                    }
                }
            },
        );
        let options = web_sys::IntersectionObserverInit::new();
        options.set_root_margin("100% 0px");
        let observer = web_sys::IntersectionObserver::new_with_options(
            on_intersect.as_ref().unchecked_ref(),
            &options,
        )
        .ok();
        if let Some(observer) = &observer {
            observer.observe(element);
        }
        NearViewport {
            observer,
            _on_intersect: on_intersect,
        }
    }
}

impl Drop for NearViewport {
    fn drop(&mut self) {
        if let Some(observer) = &self.observer {
            observer.disconnect();
        }
    }
}
