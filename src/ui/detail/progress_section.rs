use leptos::prelude::*;

use crate::domain::cells::sheet_notes::sheet_notes;
use crate::domain::describe::progress::{label_meanings, short_term_lines};
use crate::domain::edits::Field;
use crate::domain::i18n::progress_ui_words::ProgressUiWords;
use crate::domain::i18n::Lang;
use crate::domain::i18n::Words;
use crate::domain::progress::progress_measure::assess;
use crate::domain::Indicator;
use crate::state::AppState;
use crate::ui::detail::method_inputs::MethodInputs;
use crate::ui::detail::sheet_notes_view::SheetNotesView;
use crate::ui::widgets::assessment_pair::AssessmentPair;
use crate::ui::widgets::local_mark::LocalMark;
use crate::ui::widgets::text::ruby_view;

/// The first thing the detail says: the city's status beside the computed label, what the
/// label means in one sentence (per part where the parts differ), the last change as
/// context, the sheet's notes on the row, and the method's figures one tap away.
#[component]
pub fn ProgressSection(
    /// The indicator shown.
    row: Indicator,
    /// The language shown.
    lang: Lang,
) -> impl IntoView {
    let state = AppState::expect();
    let w = ProgressUiWords::of(lang);
    let assessment = assess(&row);
    let sentences = label_meanings(&row, &assessment, lang);
    // The last change beside the label, as context: one change is not a trend.
    let short_terms = short_term_lines(&row, lang);
    let footnotes = state.official.with_value(|d| d.notes.clone());
    let notes = sheet_notes(&row, &footnotes);
    let kpi = row.id.clone();
    let status_mark = move || view! { <LocalMark kpi=kpi.clone() field=Field::Status/> };
    view! {
        <section class="progress-section" aria-labelledby="progress-title">
            <h3 id="progress-title">{ruby_view(w.section_title)}</h3>
            <AssessmentPair row=row.clone() lang meaning=sentences short_terms status_mark/>
            <SheetNotesView notes footnotes lang/>
            <MethodInputs parts=assessment.parts unit_en=row.unit_en.clone() lang/>
        </section>
    }
}
