use leptos::prelude::*;

use crate::domain::cells::format::period_differs;
use crate::domain::cells::sheet_phrases::says_none_waiting;
use crate::domain::describe::shown::CellText;
use crate::domain::i18n::Lang;
use crate::domain::i18n::Messages;
use crate::domain::i18n::Words;
use crate::domain::{Column, Value};
use crate::ui::widgets::text::ruby_view;

/// A cell in the reader's language (`shown::cell`: as printed, in English with the row's
/// unit, or with readings), plus a note when its figure is from another year than the
/// column's (e.g. 令和3年 data in the FY2023 column).
#[component]
pub fn PrintedValue(
    /// The cell.
    value: Value,
    /// The column it sits in.
    column: Column,
    /// The cell as shown in `lang`.
    text: CellText,
    /// The language shown.
    lang: Lang,
    /// Whether to add the "data from another year" note (off where a year column says it).
    #[prop(default = true)]
    year_note: bool,
) -> impl IntoView {
    let year_note = (year_note && period_differs(&value, column))
        .then(|| value.period.map(|p| view! { <span class="year-note">{ruby_view(&(Messages::of(lang).year_note)(p))}</span> }))
        .flatten();
    // A cell of words (a revision note, 待機児童なし) reads as a sentence, not as a figure.
    let class = if value.parts.is_empty() || says_none_waiting(&value) {
        "printed printed-words"
    } else {
        "printed"
    };
    let shown = if text.as_printed {
        // Words of the city's that have no translation stay as printed, marked as such.
        view! { <span class=class lang="ja" data-official="">{ruby_view(&text.text)}</span> }
            .into_any()
    } else if lang == Lang::En {
        // The sheet's own text stays one hover away, so the official wording is never lost.
        view! { <span class=class title=value.raw.clone()>{text.text}</span> }.into_any()
    } else {
        view! { <span class=class>{ruby_view(&text.text)}</span> }.into_any()
    };
    view! { {shown} {year_note} }
}
