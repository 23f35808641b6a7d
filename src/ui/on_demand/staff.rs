//! The `staff` module: edit mode's panel and form, the draft sheet.

use crate::split_off::split_off;
use std::sync::Arc;

use leptos::prelude::*;

use super::{on_demand_with_texts, Build, PartMissing};
use crate::ui::staff::edit_form::EditForm;
use crate::ui::staff::edit_panel::EditPanel;
use crate::ui::staff::sheet_page::DraftSheetPage;

split_off!(staff =>
fn draft_sheet_view() -> Result<Build, PartMissing> {
    Ok(Arc::new(|| view! { <DraftSheetPage/> }.into_any()))
});

split_off!(staff =>
fn edit_panel_view() -> Result<Build, PartMissing> {
    Ok(Arc::new(|| view! { <EditPanel/> }.into_any()))
});

split_off!(staff =>
fn edit_form_view(kpi: String) -> Result<Build, PartMissing> {
    Ok(Arc::new(move || {
        view! { <EditForm kpi=kpi.clone()/> }.into_any()
    }))
});

/// `?view=sheet[&dept=…]` (see [`DraftSheetPage`]), from the staff chunk.
#[component]
pub fn LazyDraftSheetPage() -> impl IntoView {
    on_demand_with_texts(draft_sheet_view())
}

/// Edit mode's panel (see [`EditPanel`]), from the staff chunk.
#[component]
pub fn LazyEditPanel() -> impl IntoView {
    on_demand_with_texts(edit_panel_view())
}

/// Edit mode's form for one indicator (see [`EditForm`]), from the staff chunk.
#[component]
pub fn LazyEditForm(kpi: String) -> impl IntoView {
    on_demand_with_texts(edit_form_view(kpi))
}
