use leptos::prelude::*;

use super::text::ruby_view;
use crate::domain::format::period_differs;
use crate::domain::{Column, Value};

/// A cell as printed on the sheet, plus a note when its figure is from another year than
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
    view! {
        <span class="printed">{value.raw.clone()}</span>
        {year_note}
    }
}
