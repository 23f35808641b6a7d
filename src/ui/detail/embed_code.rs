use leptos::prelude::*;

use crate::domain::i18n::info_words::InfoWords;
use crate::domain::i18n::plain;
use crate::domain::i18n::Messages;
use crate::domain::i18n::Words;
use crate::state::AppState;
use crate::ui::frame::PUBLIC_URL;
use crate::ui::widgets::text::tr;
use crate::web::clipboard::copy_text;

/// 「埋め込みコード」: the `<iframe>` that shows this indicator on another page (the city's
/// own site), ready to copy.
#[component]
pub fn EmbedCode(
    /// The indicator shown in the frame.
    kpi: String,
    /// Its name, for the frame's accessible title.
    name: String,
) -> impl IntoView {
    let state = AppState::expect();
    let snippet = Memo::new(move |_| {
        let view = state.view.with(|v| v.open(&kpi).embedded());
        let base = PUBLIC_URL.map(str::to_string).unwrap_or_else(|| {
            let location = window().location();
            format!(
                "{}{}",
                location.origin().unwrap_or_default(),
                location.pathname().unwrap_or_default()
            )
        });
        let title = plain(&format!(
            "{} — {}",
            name,
            Messages::of(state.lang.get()).kicker
        ));
        format!(
            "<iframe src=\"{base}{}\" title=\"{}\" style=\"width:100%;border:0\" height=\"720\" loading=\"lazy\"></iframe>",
            view.href().trim_start_matches("./"),
            title.replace('"', "&quot;")
        )
    });
    let outcome = RwSignal::new(None::<bool>);
    let copy = move |_| {
        let text = snippet.get_untracked();
        leptos::task::spawn_local(async move { outcome.set(Some(copy_text(&text).await)) });
    };
    view! {
        <details class="embed-code">
            <summary>{tr(|w: &InfoWords| w.embed_code)}</summary>
            <p class="section-note">{tr(|w: &InfoWords| w.embed_code_note)}</p>
            <label for="embed-code-text" class="visually-hidden">{tr(|w: &InfoWords| w.embed_code_label)}</label>
            <textarea id="embed-code-text" readonly rows="4" prop:value=move || snippet.get()></textarea>
            <button type="button" class="button button-small" on:click=copy>{tr(|w: &InfoWords| w.copy)}</button>
            <p class="copy-result" role="status">
                {move || outcome.get().map(|ok| if ok { tr(|w: &InfoWords| w.copied).into_any() } else { tr(|w: &InfoWords| w.copy_by_hand).into_any() })}
            </p>
        </details>
    }
}
