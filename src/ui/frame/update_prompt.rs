use leptos::prelude::*;

use crate::shared_names::{EVENT_APPLY_UPDATE, EVENT_UPDATE_READY};
use crate::state::AppState;
use crate::ui::widgets::text::tr;

/// Shown when a newer build has been downloaded by the service worker: the user decides
/// when to switch, so nobody is stuck on old files and nothing reloads under their hands.
#[component]
pub fn UpdatePrompt() -> impl IntoView {
    let state = AppState::expect();
    let (ready, set_ready) = signal(false);
    let listener = window_event_listener_untyped(EVENT_UPDATE_READY, move |_| set_ready.set(true));
    on_cleanup(move || listener.remove());
    let apply = move |_| {
        if let Ok(event) = web_sys::Event::new(EVENT_APPLY_UPDATE) {
            let _ = window().dispatch_event(&event);
        }
    };
    view! {
        // A kiosk applies a new version at its next reset instead of asking.
        <Show when=move || ready.get() && state.view.with(|v| v.kiosk.is_none())>
            <div class="update-prompt" role="status">
                <p>{tr(|m| m.update_ready)}</p>
                <button type="button" class="button" on:click=apply>{tr(|m| m.update_apply)}</button>
            </div>
        </Show>
    }
}
