use leptos::prelude::*;

use crate::domain::format::{period_ja, period_differs};
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
    let year_note = (year_note && period_differs(&value, column))
        .then(|| value.period.map(|p| view! { <span class="year-note">{format!("{}のデータ", period_ja(p))}</span> }))
        .flatten();
    view! {
        <span class="printed">{value.raw.clone()}</span>
        {year_note}
    }
}

/// Column headings as on the sheet.
pub fn column_label(column: Column) -> &'static str {
    match column {
        Column::Baseline => "基準値",
        Column::ActualFy2022 => "令和4年度実績",
        Column::ActualFy2023 => "令和5年度実績",
        Column::TargetFy2023 => "令和5年度目標",
        Column::TargetFinal => "最終目標（令和9年度）",
    }
}
