use leptos::prelude::*;

use crate::domain::i18n::info_words::InfoWords;
use crate::state::AppState;
use crate::ui::widgets::text::tr;
use crate::web::embed::report_height;

/// At the foot of an embedded view: where it comes from, as a link to the full view
/// (in the top window, out of the host's frame). Also keeps the host informed of the
/// frame's height.
#[component]
pub fn EmbedLink() -> impl IntoView {
    let state = AppState::expect();
    report_height();
    let href = move || state.view.with(|v| v.full_page().href());
    view! {
        <p class="embed-link">
            <a href=href target="_top">{tr(|w: &InfoWords| w.embed_full_link)} " ↗"</a>
        </p>
    }
}
