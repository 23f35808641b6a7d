//! Moving the page: to its top at once (a kiosk's reset, the list's "page top" control).

use leptos::prelude::*;

/// Scrolls to the top of the page without animation, then puts the keyboard on the
/// element with `focus_id` (if any), so a keyboard or screen-reader user starts there too.
pub fn to_page_top(focus_id: Option<&str>) {
    let top = web_sys::ScrollToOptions::new();
    top.set_top(0.0);
    top.set_behavior(web_sys::ScrollBehavior::Instant);
    window().scroll_to_with_scroll_to_options(&top);
    if let Some(element) = focus_id.and_then(|id| document().get_element_by_id(id)) {
        if let Ok(element) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(element) {
            let options = web_sys::FocusOptions::new();
            options.set_prevent_scroll(true);
            let _ = element.focus_with_options(&options);
        }
    }
}
