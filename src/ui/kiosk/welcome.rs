use leptos::prelude::*;

use crate::domain::i18n::kiosk_words::{KioskWords, START_SCREEN_LABEL};
use crate::domain::i18n::Lang;
use crate::domain::i18n::Words;
use crate::state::AppState;
use crate::ui::widgets::text::ruby_view;

/// The kiosk's start screen: an invitation in all three languages at once, in large type.
/// Touching one starts in that language; touching anywhere else starts as it is.
#[component]
pub fn Welcome(
    /// Ends the start screen.
    on_start: Callback<()>,
) -> impl IntoView {
    let state = AppState::expect();
    view! {
        <div class="kiosk-welcome" role="region" aria-label=START_SCREEN_LABEL>
            {Lang::ALL.into_iter().map(|lang| view! {
                <button type="button" class="kiosk-start" lang=lang.html_lang()
                    on:click=move |_| {
                        state.set_language(lang);
                        on_start.run(());
                    }>
                    <span class="kiosk-start-text">{ruby_view(KioskWords::of(lang).touch_to_start)}</span>
                    <span class="kiosk-start-lang">{lang.endonym()}</span>
                </button>
            }).collect_view()}
        </div>
    }
}
