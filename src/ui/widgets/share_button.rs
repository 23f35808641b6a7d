use leptos::prelude::*;

use crate::domain::i18n::info_words::InfoWords;
use crate::state::AppState;
use crate::ui::frame::PUBLIC_URL;
use crate::ui::widgets::text::tr;
use crate::web::share::{share_link, Shared};

/// 共有: the link to what is shown, carrying only what that view needs, through the
/// phone's share sheet or the clipboard.
#[component]
pub fn ShareButton() -> impl IntoView {
    let state = AppState::expect();
    let outcome = RwSignal::new(None::<(Shared, String)>);
    let share = move |_| {
        let base = PUBLIC_URL.map(str::to_string).unwrap_or_else(|| {
            let location = window().location();
            format!(
                "{}{}",
                location.origin().unwrap_or_default(),
                location.pathname().unwrap_or_default()
            )
        });
        let Some(url) = state
            .view
            .with_untracked(|v| v.shareable().public_link(Some(&base)))
        else {
            return;
        };
        let title = document().title();
        leptos::task::spawn_local(async move {
            let result = share_link(&title, &url).await;
            outcome.set(Some((result, url)));
        });
    };
    view! {
        <span class="share">
            <button type="button" class="button button-small share-button" on:click=share>{tr(|w: &InfoWords| w.share)}</button>
            <span class="share-result" role="status">
                {move || outcome.get().and_then(|(result, url)| match result {
                    Shared::Sheet => None,
                    Shared::Copied => Some(tr(|w: &InfoWords| w.share_copied).into_any()),
                    Shared::Failed => Some(view! { {tr(|w: &InfoWords| w.copy_by_hand)} " " <span class="share-url">{url}</span> }.into_any()),
                })}
            </span>
        </span>
    }
}
