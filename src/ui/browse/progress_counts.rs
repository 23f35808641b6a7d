use leptos::prelude::*;

use crate::domain::i18n::progress_ui_words::outcome_icon;
use crate::domain::i18n::progress_ui_words::ProgressUiWords;
use crate::domain::i18n::progress_words::{city_status_explanation, outcome_label};
use crate::domain::i18n::Messages;
use crate::domain::i18n::Words;
use crate::domain::progress::progress_counts::outcome_counts;
use crate::domain::progress::progress_measure::{Outcome, Unassessable};
use crate::state::AppState;
use crate::ui::widgets::disclosure::Disclosure;
use crate::ui::widgets::how_computed::HowComputed;
use crate::ui::widgets::text::ruby_view;

/// The overview's second headline: how many rows carry each computed progress label, under
/// the city's own counts by status, with what the difference is one tap away.
#[component]
pub fn ProgressCounts() -> impl IntoView {
    let state = AppState::expect();
    let counts = Memo::new(move |_| state.data.with(|d| outcome_counts(&d.indicators)));
    move || {
        let lang = state.lang.get();
        let m = Messages::of(lang);
        let w = ProgressUiWords::of(lang);
        view! {
            <p class="overview-total overview-computed">
                <span class="assessment-who">{ruby_view(w.counts_prefix)}</span>
                {counts.get().into_iter().filter(|(_, n)| *n > 0).map(|(category, n)| {
                    // Any reason names "Unable to assess"; the icon and words are the same.
                    let outcome = category.map_or(Outcome::UnableToAssess(Unassessable::NoActual), Outcome::Assessed);
                    view! {
                        <span class=format!("count-inline progress-{}", outcome.key())>
                            <span aria-hidden="true">{outcome_icon(outcome)}</span>
                            {ruby_view(&format!("{}{}", outcome_label(outcome, lang), (m.count_suffix)(n)))}
                        </span>
                    }
                }).collect_view()}
            </p>
            <Disclosure class="rating-why overview-why" summary=move || ruby_view(w.why_summary)>
                <p>{ruby_view(city_status_explanation(lang))}</p>
                <HowComputed lang/>
            </Disclosure>
        }
    }
}
