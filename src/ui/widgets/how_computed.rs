use leptos::prelude::*;

use crate::domain::i18n::progress_ui_words::ProgressUiWords;
use crate::domain::i18n::progress_words::how_computed;
use crate::domain::i18n::Lang;
use crate::domain::i18n::Words;
use crate::ui::widgets::text::ruby_view;

/// 「計算のしかた」: the short text of how the progress label is computed, one tap away
/// wherever a label appears.
#[component]
pub fn HowComputed(
    /// The language shown.
    lang: Lang,
) -> impl IntoView {
    view! {
        <details class="how-computed">
            <summary>{ruby_view(ProgressUiWords::of(lang).how_summary)}</summary>
            <p>{ruby_view(how_computed(lang))}</p>
        </details>
    }
}
