use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::i18n::kiosk_words::KioskWords;
use crate::ui::widgets::text::tr;

/// The warning before an idle kiosk resets (WCAG 2.2.1 Timing Adjustable): how many
/// seconds are left, and a button to keep the current view. Focus moves to the button so
/// a keyboard or switch user can answer at once.
#[component]
pub fn Countdown(
    /// Seconds until the reset.
    seconds_left: u32,
    /// Keeps using the kiosk as it is.
    on_continue: Callback<()>,
) -> impl IntoView {
    let button = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        if let Some(button) = button.get() {
            let _ = button.unchecked_ref::<web_sys::HtmlElement>().focus();
        }
    });
    view! {
        <div class="kiosk-countdown-backdrop">
            <div class="kiosk-countdown" role="alertdialog" aria-modal="true"
                aria-labelledby="kiosk-countdown-title" aria-describedby="kiosk-countdown-text">
                <h2 id="kiosk-countdown-title">{tr(|w: &KioskWords| w.countdown_title)}</h2>
                <p id="kiosk-countdown-text" data-seconds=seconds_left>{tr(move |w: &KioskWords| (w.countdown)(seconds_left))}</p>
                <button type="button" class="button kiosk-continue" node_ref=button on:click=move |_| on_continue.run(())>
                    {tr(|w: &KioskWords| w.keep_using)}
                </button>
            </div>
        </div>
    }
}
