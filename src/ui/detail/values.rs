use leptos::prelude::*;

use crate::ui::widgets::text::ruby_view;
use crate::domain::format::period_differs;
use crate::domain::{Column, Value};

/// A cell as printed on the sheet (in English: with English units), plus a note when its figure is from another year than
/// the column's (e.g. 令和3年 data in the FY2023 column).
#[component]
pub fn PrintedValue(
    /// The cell.
    value: Value,
    /// The column it sits in.
    column: Column,
    /// Whether to add the "data from another year" note (off where a year column says it).
    #[prop(default = true)]
    year_note: bool,
) -> impl IntoView {
    let state = crate::state::AppState::expect();
    let year_note = (year_note && period_differs(&value, column))
        .then(|| value.period.map(|p| view! { <span class="year-note">{move || ruby_view(&(state.lang.get().messages().year_note)(p))}</span> }))
        .flatten();
    // In English the figure is rewritten with English units; the sheet's text stays one
    // hover away (title) so the official wording is never lost.
    let english = crate::domain::format::value_en(&value);
    let raw = value.raw.clone();
    view! {
        {move || if state.lang.get() == crate::domain::i18n::Lang::En {
            view! { <span class="printed" title=raw.clone()>{english.clone()}</span> }.into_any()
        } else {
            view! { <span class="printed">{raw.clone()}</span> }.into_any()
        }}
        {year_note}
    }
}
