use leptos::prelude::*;

/// Shown when a newer build has been downloaded by the service worker: the user decides
/// when to switch, so nobody is stuck on old files and nothing reloads under their hands.
#[component]
pub fn UpdatePrompt() -> impl IntoView {
    let (ready, set_ready) = signal(false);
    let listener = window_event_listener_untyped("app-update-ready", move |_| set_ready.set(true));
    on_cleanup(move || listener.remove());
    let apply = move |_| {
        if let Ok(event) = web_sys::Event::new("app-apply-update") {
            let _ = window().dispatch_event(&event);
        }
    };
    view! {
        <Show when=move || ready.get()>
            <div class="update-prompt" role="status">
                <p>"新しいバージョンがあります。 / A new version is available."</p>
                <button type="button" class="button" on:click=apply>"更新する / Update"</button>
            </div>
        </Show>
    }
}
