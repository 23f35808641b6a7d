//! Staff-only views (edit mode's panel and form, the draft sheet), built in the `staff`
//! wasm chunk: the release build splits them, and all code only they reach, off the main
//! module (xtask/src/split.rs), and the first staff view shown downloads the chunk. A
//! failed download shows a message instead of aborting the app; the next try fetches again.

use std::future::Future;

use leptos::prelude::*;

use crate::state::AppState;
use crate::ui::widgets::text::ruby_text;

use crate::ui::edit::edit_form::EditForm;
use crate::ui::edit::edit_panel::EditPanel;
use crate::ui::sheet::sheet_page::DraftSheetPage;

/// The staff chunk could not be downloaded (offline, or a failed request).
pub struct StaffCodeMissing;

impl From<leptos::wasm_split::SplitLoaderError> for StaffCodeMissing {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        StaffCodeMissing
    }
}

#[leptos::wasm_split::wasm_split(staff, wasm_split_path = ::leptos::wasm_split, fallible)]
fn draft_sheet_view() -> Result<AnyView, StaffCodeMissing> {
    Ok(view! { <DraftSheetPage/> }.into_any())
}

#[leptos::wasm_split::wasm_split(staff, wasm_split_path = ::leptos::wasm_split, fallible)]
fn edit_panel_view() -> Result<AnyView, StaffCodeMissing> {
    Ok(view! { <EditPanel/> }.into_any())
}

#[leptos::wasm_split::wasm_split(staff, wasm_split_path = ::leptos::wasm_split, fallible)]
fn edit_form_view(kpi: String) -> Result<AnyView, StaffCodeMissing> {
    Ok(view! { <EditForm kpi/> }.into_any())
}

/// The view `load` builds once the chunk is there, or the message that it is missing.
fn on_demand(load: impl Future<Output = Result<AnyView, StaffCodeMissing>> + Send + 'static) -> impl IntoView {
    let lang = AppState::expect().lang;
    let missing = Signal::derive(move || lang.get().edit_words().staff_code_missing.to_string());
    Suspend::new(async move {
        match load.await {
            Ok(view) => view,
            Err(StaffCodeMissing) => view! {
                <p class="section-note" role="alert" data-chunk-error="staff">{ruby_text(missing)}</p>
            }
            .into_any(),
        }
    })
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
