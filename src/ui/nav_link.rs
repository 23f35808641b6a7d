use leptos::prelude::*;

use crate::domain::filter::Filter;
use crate::state::{href_for, AppState, HistoryMode};

/// A real link to another view: opens in a new tab or copies like any link, and a plain
/// click changes the view in place (with a history entry, so Back returns).
#[component]
pub fn NavLink(
    /// The view this link leads to.
    #[prop(into)]
    to: Signal<Filter>,
    /// CSS class of the `<a>`.
    #[prop(optional, into)]
    class: String,
    /// Accessible name, when the visible text alone is not enough.
    #[prop(optional, into)]
    label: Option<String>,
    /// Element id to move focus to after navigating (e.g. the results heading).
    #[prop(optional, into)]
    focus: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    let state = AppState::expect();
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() || ev.button() != 0 {
            return;
        }
        ev.prevent_default();
        state.navigate(to.get_untracked(), HistoryMode::Push);
        if let Some(id) = focus {
            focus_after_render(id);
        }
    };
    view! {
        <a class=class href=move || to.with(href_for) aria-label=label on:click=on_click>
            {children()}
        </a>
    }
}

/// Moves keyboard and screen-reader focus to `id` once the new view has rendered.
pub fn focus_after_render(id: &'static str) {
    request_animation_frame(move || {
        if let Some(element) = document().get_element_by_id(id) {
            use wasm_bindgen::JsCast;
            if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
                let _ = element.focus();
                element.scroll_into_view();
            }
        }
    });
}
