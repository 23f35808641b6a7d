use leptos::prelude::*;

use crate::domain::describe::headline::headline_values;
use crate::domain::describe::shown::name;
use crate::domain::i18n::progress_ui_words::ProgressUiWords;
use crate::domain::i18n::reader_words::ReaderWords;
use crate::domain::i18n::{Lang, Messages, Words};
use crate::domain::progress::progress_measure::assess;
use crate::domain::Indicator;
use crate::state::AppState;
use crate::ui::widgets::nav_link::NavLink;
use crate::ui::widgets::progress_label::ProgressLabel;
use crate::ui::widgets::status_badge::status_icon;
use crate::ui::widgets::text::ruby_view;

/// A sub-goal's numerical target, first in its overview entry on every width: its name and
/// figures (latest actual and final target, each with its year) as one link to its detail,
/// then the city's status and the computed label, each with its icon and words.
#[component]
pub fn HeadlineFigure(
    /// The numerical target's row.
    row: Indicator,
    /// The language shown.
    lang: Lang,
) -> impl IntoView {
    let state = AppState::expect();
    let m = Messages::of(lang);
    let w = ProgressUiWords::of(lang);
    let to = Signal::derive({
        let id = row.id.clone();
        move || state.home.with(|home| home.open(&id))
    });
    let outcome = assess(&row).outcome;
    let status = row.status;
    view! {
        <div class="headline-figure">
            <NavLink to class="headline-link">
                <span class="tag">{ruby_view(m.numerical_target)}</span> " "
                <span class="headline-name">{ruby_view(&name(&row, lang))}</span>
                {ReaderWords::of(lang).headline_separator}
                <span class="headline-values">{ruby_view(&headline_values(&row, lang))}</span>
            </NavLink>
            <p class="headline-ratings">
                <span class="headline-rating">
                    <span class="assessment-who">{ruby_view(w.city_status)}</span> " "
                    <span class=format!("status-inline status-{}", status.key())>
                        <span aria-hidden="true">{status_icon(status)}</span> {ruby_view(m.status(status))}
                    </span>
                </span>
                " "
                <span class="headline-rating">
                    <span class="assessment-who">{ruby_view(w.computed)}</span> " "
                    <ProgressLabel outcome lang/>
                </span>
            </p>
        </div>
    }
}
