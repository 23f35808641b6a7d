use std::time::Duration;

use leptos::prelude::*;

use crate::domain::navigation::kiosk::{attract_index, Idle};
use crate::shared_names::{EVENT_APPLY_UPDATE, EVENT_UPDATE_READY};
use crate::state::{AppState, HistoryMode};
use crate::ui::kiosk::countdown::Countdown;
use crate::ui::kiosk::kiosk_qr::KioskQr;
use crate::ui::kiosk::one_window::keep_in_one_window;
use crate::ui::kiosk::welcome::Welcome;
use crate::web::scroll::to_page_top;
use crate::web::window_events::{on_window, on_window_named, send_to_window};

/// Kiosk behaviour for `?kiosk=1`: large text, no selection or context menu, no editing
/// or downloads, no other window or tab; a start screen that invites passers-by (and,
/// with `attract=1`, moves through the sub-goals); a countdown before an idle kiosk resets to its start; a QR
/// code that hands the current view to a phone; a new version applied only at a reset.
/// Mounted only while the URL asks for a kiosk, so other visitors pay for no timer.
#[component]
pub fn KioskMode() -> impl IntoView {
    let state = AppState::expect();
    let kiosk = Memo::new(move |_| state.view.with(|v| v.kiosk));
    if let Some(root) = document().document_element() {
        let _ = root.class_list().add_1("kiosk");
    }
    state.edits.edit_mode.set(false);

    // The start screen shows until someone touches the kiosk, and again after a reset.
    let welcome = RwSignal::new(true);
    let warning = RwSignal::new(None::<u32>);
    let last_input = StoredValue::new(js_sys::Date::now());
    let welcome_since = StoredValue::new(js_sys::Date::now());
    let start = move || {
        welcome.set(false);
        highlight_subgoal(None);
    };
    // Any input counts as use and ends the start screen, except on the start screen's own
    // language buttons, which start the kiosk themselves once clicked.
    let on_input = move |target: Option<web_sys::EventTarget>| {
        last_input.set_value(js_sys::Date::now());
        warning.set(None);
        if welcome.get_untracked() && !inside(target, ".kiosk-welcome") {
            start();
        }
    };
    on_window(leptos::ev::pointerdown, move |ev| on_input(ev.target()));
    on_window(leptos::ev::keydown, move |ev| on_input(ev.target()));
    on_window(leptos::ev::wheel, move |ev| on_input(ev.target()));
    on_window(leptos::ev::touchstart, move |ev| on_input(ev.target()));
    on_window(leptos::ev::contextmenu, move |ev| ev.prevent_default());
    keep_in_one_window();
    // A new version waits for the next reset, so nobody's visit is interrupted.
    let update_waiting = StoredValue::new(false);
    on_window_named(EVENT_UPDATE_READY, move |_| update_waiting.set_value(true));

    let reset = move || {
        if update_waiting.get_value() {
            send_to_window(EVENT_APPLY_UPDATE);
        }
        let start = state.view.with_untracked(|v| v.kiosk_reset());
        state.navigate(start, HistoryMode::Replace);
        state.edits.edit_mode.set(false);
        warning.set(None);
        welcome.set(true);
        welcome_since.set_value(js_sys::Date::now());
        // At once, not smoothly: the next visitor should find the start, not a moving page.
        to_page_top(None);
    };
    let subgoals: Vec<String> = state.official.with_value(|d| {
        d.goals
            .iter()
            .flat_map(|g| g.subgoals.iter().map(|s| s.id.clone()))
            .collect()
    });
    let shown_subgoal = StoredValue::new(None::<usize>);
    let tick = set_interval_with_handle(
        move || {
            let Some(settings) = kiosk.get_untracked() else {
                return;
            };
            if welcome.get_untracked() {
                // Nobody is here: the start screen is the idle state; move if asked to.
                if settings.attract {
                    let index = attract_index(
                        js_sys::Date::now() - welcome_since.get_value(),
                        subgoals.len(),
                    );
                    // Also when the mark is gone: the first one may have gone with the
                    // pre-rendered copy the app replaced.
                    if index != shown_subgoal.get_value()
                        || (index.is_some() && !subgoal_highlighted())
                    {
                        shown_subgoal.set_value(index);
                        highlight_subgoal(index.map(|i| subgoals[i].as_str()));
                    }
                }
                return;
            }
            match settings.idle(js_sys::Date::now() - last_input.get_value()) {
                Idle::InUse => warning.set(None),
                Idle::Warning { seconds_left } => warning.set(Some(seconds_left)),
                Idle::Reset => reset(),
            }
        },
        Duration::from_millis(500),
    )
    .ok();
    on_cleanup(move || {
        if let Some(root) = document().document_element() {
            let _ = root.class_list().remove_1("kiosk");
        }
        if let Some(tick) = tick {
            tick.clear();
        }
        highlight_subgoal(None);
    });

    view! {
        <Show when=move || welcome.get()>
            <Welcome on_start=Callback::new(move |()| start())/>
        </Show>
        {move || warning.get().map(|seconds_left| view! {
            <Countdown seconds_left on_continue=Callback::new(move |()| on_input(None))/>
        })}
        <KioskQr/>
    }
}

fn inside(target: Option<web_sys::EventTarget>, selector: &str) -> bool {
    target
        .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
        .and_then(|element| element.closest(selector).ok().flatten())
        .is_some()
}

fn subgoal_highlighted() -> bool {
    document()
        .query_selector(".attract-highlight")
        .ok()
        .flatten()
        .is_some()
}

/// Scrolls the overview to one sub-goal and marks it (the attract loop), or clears the mark.
fn highlight_subgoal(id: Option<&str>) {
    let document = document();
    if let Ok(marked) = document.query_selector_all(".attract-highlight") {
        for i in 0..marked.length() {
            if let Some(element) = marked
                .item(i)
                .and_then(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok())
            {
                let _ = element.class_list().remove_1("attract-highlight");
            }
        }
    }
    let Some(id) = id else { return };
    if let Ok(Some(element)) = document.query_selector(&format!("[data-subgoal=\"{id}\"]")) {
        let _ = element.class_list().add_1("attract-highlight");
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Center);
        options.set_behavior(web_sys::ScrollBehavior::Smooth);
        element.scroll_into_view_with_scroll_into_view_options(&options);
    }
}
