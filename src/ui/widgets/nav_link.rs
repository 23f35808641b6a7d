use leptos::prelude::*;

use crate::domain::navigation::view::View;
use crate::state::{AppState, HistoryMode};

/// A real link to another view: opens in a new tab or copies like any link, and a plain
/// click changes the view in place (with a history entry, so Back returns).
#[component]
pub fn NavLink(
    /// The view this link leads to.
    #[prop(into)]
    to: Signal<View>,
    /// CSS class of the `<a>`.
    #[prop(optional, into)]
    class: String,
    /// Element id to move focus to after navigating (e.g. the results heading).
    #[prop(optional, into)]
    focus: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    let state = AppState::expect();
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if !stays_in_place(&ev, state.view.with_untracked(|v| v.kiosk.is_some())) {
            return;
        }
        ev.prevent_default();
        state.navigate(to.get_untracked(), HistoryMode::Push);
        if let Some(id) = focus {
            focus_after_render(id);
        }
    };
    view! {
        <a class=class href=move || to.with(View::href) on:click=on_click>
            {children()}
        </a>
    }
}

/// Whether a click on one of the app's links changes the view in place (the app takes it
/// over) rather than going to the browser: a plain click does; a modified one (new tab,
/// new window) does too in a kiosk, which must never open another window or tab.
pub fn stays_in_place(ev: &leptos::ev::MouseEvent, kiosk: bool) -> bool {
    kiosk || !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() || ev.button() != 0)
}

/// Moves keyboard and screen-reader focus to `id` once the new view has rendered, and
/// scrolls it to the top of the screen.
pub fn focus_after_render(id: &'static str) {
    focus_when_rendered(id, 0);
}

/// A view built in a module loaded on demand (src/ui/on_demand/) arrives with it, possibly
/// some frames later: looks for the element for up to about five seconds.
fn focus_when_rendered(id: &'static str, frames: u32) {
    request_animation_frame(move || match document().get_element_by_id(id) {
        Some(element) => {
            use wasm_bindgen::JsCast;
            if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
                element.scroll_into_view();
                let _ = element.focus();
            }
        }
        None if frames < 300 => focus_when_rendered(id, frames + 1),
        None => {}
    });
}

/// Starts a new view at the top of the page, with focus on its heading.
pub fn focus_page_top(id: &'static str) {
    request_animation_frame(move || {
        crate::web::history::jump_to(0.0);
        if let Some(element) = document().get_element_by_id(id) {
            focus_in_place(element);
        }
    });
}

/// Moves focus to the element `selector` finds once the view has rendered, leaving the
/// page where it is.
pub fn focus_without_scrolling(selector: String) {
    request_animation_frame(move || {
        if let Ok(Some(element)) = document().query_selector(&selector) {
            focus_in_place(element);
        }
    });
}

/// Focuses `element` without scrolling it into view.
fn focus_in_place(element: web_sys::Element) {
    use wasm_bindgen::JsCast;
    if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = element.focus_with_options(&options);
    }
}
