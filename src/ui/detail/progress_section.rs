use leptos::prelude::*;

use crate::domain::edits::Field;
use crate::domain::i18n::progress_ui_words::part_name;
use crate::domain::i18n::progress_words::{category_explanation, unassessable_reason};
use crate::domain::i18n::Lang;
use crate::domain::progress_measure::{assess, Outcome};
use crate::domain::sheet_notes::sheet_notes;
use crate::domain::Indicator;
use crate::state::AppState;
use crate::ui::detail::method_inputs::MethodInputs;
use crate::ui::detail::sheet_notes_view::SheetNotesView;
use crate::ui::edit::local_mark::LocalMark;
use crate::ui::widgets::assessment_pair::AssessmentPair;
use crate::ui::widgets::text::ruby_view;

/// The first thing the detail says: the city's status beside the computed label, what the
/// label means in one sentence (per part where the parts differ), the sheet's notes on the
/// row, and the method's figures one tap away.
#[component]
pub fn ProgressSection(
    /// The indicator shown.
    row: Indicator,
    /// The language shown.
    lang: Lang,
) -> impl IntoView {
    let state = AppState::expect();
    let w = lang.progress_ui_words();
    let assessment = assess(&row);
    let meaning = |outcome: Outcome| match outcome {
        Outcome::Assessed(category) => category_explanation(category, lang),
        Outcome::UnableToAssess(why) => unassessable_reason(why, lang),
    };
    let parts_differ = assessment.parts.windows(2).any(|pair| pair[0].outcome != pair[1].outcome);
    let sentences: Vec<String> = if parts_differ {
        assessment
            .parts
            .iter()
            .map(|p| format!("{}: {}", p.label.as_deref().map(|l| part_name(l, lang)).unwrap_or_default(), meaning(p.outcome)))
            .collect()
    } else {
        vec![meaning(assessment.outcome).to_string()]
    };
    let footnotes = state.official.with_value(|d| d.notes.clone());
    let notes = sheet_notes(&row, &footnotes);
    let kpi = row.id.clone();
    let status_mark = move || view! { <LocalMark kpi=kpi.clone() field=Field::Status/> };
    view! {
        <section class="progress-section" aria-labelledby="progress-title">
            <h3 id="progress-title">{ruby_view(w.section_title)}</h3>
            <AssessmentPair row=row.clone() lang meaning=sentences status_mark/>
            <SheetNotesView notes footnotes lang/>
            <MethodInputs parts=assessment.parts unit_en=row.unit_en.clone() lang/>
        </section>
    }
}
