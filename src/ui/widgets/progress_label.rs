use leptos::prelude::*;

use crate::domain::i18n::progress_ui_words::outcome_icon;
use crate::domain::i18n::progress_words::outcome_label;
use crate::domain::i18n::Lang;
use crate::domain::progress::progress_measure::Outcome;
use crate::ui::widgets::text::ruby_view;

/// The computed progress label as icon + text (never colour alone), drawn apart from the
/// city's status badge so the two are never mistaken for each other.
#[component]
pub fn ProgressLabel(
    /// The method's result for a row or one part of it.
    outcome: Outcome,
    /// The language shown.
    lang: Lang,
) -> impl IntoView {
    view! {
        <span class=format!("progress-label progress-{}", outcome.key())>
            <span class="progress-icon" aria-hidden="true">{outcome_icon(outcome)}</span>
            <span class="progress-text">{ruby_view(outcome_label(outcome, lang))}</span>
        </span>
    }
}
