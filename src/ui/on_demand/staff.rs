//! The `staff` module: edit mode's panel and form, the draft sheet.

use std::sync::Arc;

use leptos::prelude::*;

use super::{on_demand, Build, PartMissing};
use crate::ui::edit::edit_form::EditForm;
use crate::ui::edit::edit_panel::EditPanel;
use crate::ui::sheet::sheet_page::DraftSheetPage;

#[leptos::wasm_split::wasm_split(staff, wasm_split_path = ::leptos::wasm_split, fallible)]
fn draft_sheet_view() -> Result<Build, PartMissing> {
    Ok(Arc::new(|| view! { <DraftSheetPage/> }.into_any()))
}

#[leptos::wasm_split::wasm_split(staff, wasm_split_path = ::leptos::wasm_split, fallible)]
fn edit_panel_view() -> Result<Build, PartMissing> {
    Ok(Arc::new(|| view! { <EditPanel/> }.into_any()))
}

#[leptos::wasm_split::wasm_split(staff, wasm_split_path = ::leptos::wasm_split, fallible)]
fn edit_form_view(kpi: String) -> Result<Build, PartMissing> {
    Ok(Arc::new(move || {
        view! { <EditForm kpi=kpi.clone()/> }.into_any()
    }))
}

/// `?view=sheet[&dept=…]` (see [`DraftSheetPage`]), from the staff chunk.
#[component]
pub fn LazyDraftSheetPage() -> impl IntoView {
    on_demand(draft_sheet_view())
}

/// Edit mode's panel (see [`EditPanel`]), from the staff chunk.
#[component]
pub fn LazyEditPanel() -> impl IntoView {
    on_demand(edit_panel_view())
}

/// Edit mode's form for one indicator (see [`EditForm`]), from the staff chunk.
#[component]
pub fn LazyEditForm(kpi: String) -> impl IntoView {
    on_demand(edit_form_view(kpi))
}
