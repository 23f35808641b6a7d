use leptos::prelude::*;

use crate::domain::describe::progress::difference_facts;
use crate::domain::i18n::progress_ui_words::part_name;
use crate::domain::i18n::progress_ui_words::ProgressUiWords;
use crate::domain::i18n::progress_words::{
    agreement_text, city_status_explanation, short_term_note, short_term_title,
};
use crate::domain::i18n::Lang;
use crate::domain::i18n::Words;
use crate::domain::progress::progress_measure::{assess, Outcome};
use crate::domain::progress::status_agreement::agreement;
use crate::domain::Indicator;
use crate::ui::widgets::disclosure::Disclosure;
use crate::ui::widgets::how_computed::HowComputed;
use crate::ui::widgets::progress_label::ProgressLabel;
use crate::ui::widgets::status_badge::StatusBadge;
use crate::ui::widgets::text::ruby_view;

/// The city's own status and, beside it, the computed progress label, each named; one tap
/// explains that the status is the city's assessment and how the two relate.
#[component]
pub fn AssessmentPair(
    /// The row (its status and figures).
    row: Indicator,
    /// The language shown.
    lang: Lang,
    /// What the label means, read before the explanation (the detail has room for it).
    #[prop(optional)]
    meaning: Vec<String>,
    /// The last change between two actuals, shown after the meaning as context (the detail).
    #[prop(optional)]
    short_terms: Vec<String>,
    /// Drawn right after the city's status (the detail's 「この端末で編集」 mark).
    #[prop(optional, into)]
    status_mark: Option<ViewFn>,
) -> impl IntoView {
    let w = ProgressUiWords::of(lang);
    let assessment = assess(&row);
    let outcome = assessment.outcome;
    // A row the method cannot label as a whole may still have parts it can (健康寿命: men
    // have reached the target, women cannot be assessed): then the parts speak.
    let part_outcomes: Vec<(String, Outcome)> = assessment
        .parts
        .iter()
        .filter_map(|p| p.label.as_ref().map(|l| (part_name(l, lang), p.outcome)))
        .collect();
    let parts_differ = part_outcomes.windows(2).any(|pair| pair[0].1 != pair[1].1);
    let row_label = (outcome.category().is_some() || !parts_differ)
        .then(|| view! { <ProgressLabel outcome lang/> });
    let part_labels = parts_differ.then(|| {
        view! {
            <span class="progress-parts">
                {part_outcomes.into_iter().map(|(name, outcome)| view! {
                    <span class="progress-part">{ruby_view(&name)} " " <ProgressLabel outcome lang/></span>
                }).collect_view()}
            </span>
        }
    });
    let status = row.status;
    // Written when opened, with the figures that differ between the two ratings; the row
    // and its assessment move in, neither copied nor computed again.
    let relation = move || {
        agreement_text(
            agreement(status, outcome),
            status,
            outcome,
            &difference_facts(&row, &assessment, lang),
            lang,
        )
    };
    view! {
        <div class="assessments">
            // A div, not a p: the mark is a <details>, which a paragraph cannot hold.
            <div class="assessment city-assessment">
                <span class="assessment-who">{ruby_view(w.city_status)}</span>
                <StatusBadge status/>
                {status_mark.map(|mark| mark.run())}
            </div>
            <p class="assessment">
                <span class="assessment-who">{ruby_view(w.computed)}</span>
                {row_label}
                {part_labels}
            </p>
        </div>
        {match meaning.as_slice() {
            [] => None,
            [one] => Some(view! { <p class="label-meaning">{ruby_view(one)}</p> }.into_any()),
            many => Some(view! {
                <ul class="label-meaning">{many.iter().map(|s| view! { <li>{ruby_view(s)}</li> }).collect_view()}</ul>
            }.into_any()),
        }}
        {(!short_terms.is_empty()).then(|| view! {
            <div class="short-term">
                <p class="short-term-title">{ruby_view(short_term_title(lang))}</p>
                <ul>{short_terms.into_iter().map(|line| view! { <li>{ruby_view(&line)}</li> }).collect_view()}</ul>
                <p class="short-term-note">{ruby_view(short_term_note(outcome.category().is_some(), lang))}</p>
            </div>
        })}
        // Drawn when opened: most readers never open it, and a list has one per card.
        <Disclosure class="rating-why" summary=move || ruby_view(w.why_summary)>
            <p>{ruby_view(city_status_explanation(lang))}</p>
            <p class="agreement">{ruby_view(&relation())}</p>
            <HowComputed lang/>
        </Disclosure>
    }
}
