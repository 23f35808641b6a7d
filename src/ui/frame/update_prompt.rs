use leptos::prelude::*;

use crate::domain::i18n::Messages;
use crate::shared_names::{EVENT_APPLY_UPDATE, EVENT_UPDATE_READY};
use crate::state::AppState;
use crate::ui::widgets::text::tr;
use crate::web::window_events::{on_window_named, send_to_window};

/// Shown when a newer build has been downloaded by the service worker: the user decides
/// when to switch, so nobody is stuck on old files and nothing reloads under their hands.
#[component]
pub fn UpdatePrompt() -> impl IntoView {
    let state = AppState::expect();
    let (ready, set_ready) = signal(false);
    on_window_named(EVENT_UPDATE_READY, move |_| set_ready.set(true));
    let apply = move |_| send_to_window(EVENT_APPLY_UPDATE);
    view! {
        // A kiosk applies a new version at its next reset instead of asking.
        <Show when=move || ready.get() && state.view.with(|v| v.kiosk.is_none())>
            <div class="update-prompt" role="status">
                <p>{tr(|m: &Messages| m.update_ready)}</p>
                <button type="button" class="button" on:click=apply>{tr(|m: &Messages| m.update_apply)}</button>
            </div>
        </Show>
    }
}
