//! The last line of defence: any panic or startup failure replaces the page with a
//! readable message (Japanese first) instead of leaving a blank screen.

use wasm_bindgen::JsCast;

use crate::domain::i18n::fatal_words;

pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show(&info.to_string());
    }));
}

/// Shows the error view. Built with DOM calls and `textContent` only, because the
/// reactive runtime may be what failed.
pub fn show(detail: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(root) = document
        .get_element_by_id("app")
        .or_else(|| document.body().map(|b| b.unchecked_into()))
    else {
        return;
    };
    root.set_inner_html("");
    let section = element(&document, "section", "");
    let _ = section.set_attribute("role", "alert");
    section.set_class_name("fatal-error");
    for (tag, text) in [
        ("h1", fatal_words::TITLE),
        ("p", fatal_words::ADVICE_JA),
        ("p", fatal_words::ADVICE_EN),
    ] {
        let _ = section.append_child(&element(&document, tag, text));
    }
    let details = element(&document, "details", "");
    let _ = details.append_child(&element(&document, "summary", fatal_words::DETAILS));
    let _ = details.append_child(&element(&document, "pre", detail));
    let _ = section.append_child(&details);
    let _ = root.append_child(&section);
}

fn element(document: &web_sys::Document, tag: &str, text: &str) -> web_sys::Element {
    let element = document.create_element(tag).expect("create_element");
    element.set_text_content((!text.is_empty()).then_some(text));
    element
}
