use leptos::prelude::*;

use crate::domain::cells::format::{year, YearStyle};
use crate::domain::edits::row_form::suggested_assessment;
use crate::domain::edits::Field;
use crate::domain::i18n::progress_words::unassessable_reason;
use crate::domain::i18n::row_form_words::RowFormWords;
use crate::domain::i18n::Messages;
use crate::domain::i18n::Words;
use crate::domain::progress::progress_measure::Outcome;
use crate::domain::progress::status_agreement::matching_status;
use crate::state::AppState;
use crate::ui::widgets::progress_label::ProgressLabel;
use crate::ui::widgets::text::ruby_view;

/// Beside the status picker: the computed progress label the row would get with the
/// figures being typed, the year of the actual it is computed from and the city status it
/// corresponds to. Staff choose the status; this only suggests.
#[component]
pub fn ProgressSuggestion(
    /// Indicator id.
    kpi: String,
    /// The element's id (the status picker is described by it).
    id: String,
    /// The figures being typed in the form.
    #[prop(into)]
    figures_typed: Signal<Vec<(Field, String)>>,
) -> impl IntoView {
    let state = AppState::expect();
    let row = Memo::new(move |_| {
        state
            .data
            .with(|d| d.indicators.iter().find(|r| r.id == kpi).cloned())
    });
    // Redrawn only when the suggestion changes, not at every key.
    let suggestion = Memo::new(move |_| {
        let assessment = row.with(|row| {
            row.as_ref()
                .map(|row| figures_typed.with(|typed| suggested_assessment(row, typed)))
        })?;
        let from = assessment.parts.iter().find_map(|p| p.inputs.map(|i| i.t));
        Some((assessment.outcome, from))
    });
    view! {
        <div class="progress-suggestion" id=id aria-live="polite">
            {move || suggestion.get().map(|(outcome, from)| {
                let lang = state.lang.get();
                let w = RowFormWords::of(lang);
                let status = outcome.category().map(|c| (w.suggestion_status)(Messages::of(lang).status(matching_status(c))));
                view! {
                    <p class="suggestion-line">
                        <span class="assessment-who">{ruby_view(w.suggestion_title)}</span> " "
                        <ProgressLabel outcome lang/>
                        {from.map(|period| ruby_view(&(w.suggestion_from)(&year(period, lang, YearStyle::Full))))}
                    </p>
                    {status.map(|s| view! { <p class="suggestion-status">{ruby_view(&s)}</p> })}
                    {match outcome {
                        Outcome::UnableToAssess(why) => Some(view! { <p class="suggestion-why">{ruby_view(unassessable_reason(why, lang))}</p> }),
                        Outcome::Assessed(_) => None,
                    }}
                    <p class="section-note">{ruby_view(w.suggestion_note)}</p>
                }
            })}
        </div>
    }
}
