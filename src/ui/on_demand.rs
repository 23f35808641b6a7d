//! Views most visits never show, each group in a wasm module of its own: the release build
//! splits them, and all code only they reach, off the main module (xtask/src/split.rs),
//! and the first of them shown downloads its module.
//! - `staff`: edit mode's panel and form, the draft sheet (city staff);
//! - `open_data`: the sheet as CSV, JSON and a data package (`?view=data`);
//! - `kiosk`: the city-hall kiosk's start screen, idle reset and QR code (`?kiosk=1`; the
//!   kiosk's service worker keeps the module, so it stays a kiosk offline);
//! - `charts` (in `web::echarts`): the writer of ECharts options, fetched with ECharts.
//!
//! A failed download shows a message instead of aborting the app; the next try fetches
//! again. Each view is built untracked: it is built while the `Suspend` that waits for its
//! module resolves, and a `Suspend` runs again when a signal read then changes, which would
//! build the view anew (a form losing what was typed, a kiosk restarting at a reset).

use std::future::Future;

use leptos::prelude::*;

use crate::state::AppState;
use crate::ui::edit::edit_form::EditForm;
use crate::ui::edit::edit_panel::EditPanel;
use crate::ui::info::open_data_page::OpenDataPage;
use crate::ui::kiosk::kiosk_mode::KioskMode;
use crate::ui::sheet::sheet_page::DraftSheetPage;
use crate::ui::widgets::text::ruby_text;

/// A module could not be downloaded (offline without a cache, or a failed request).
pub struct PartMissing;

impl From<leptos::wasm_split::SplitLoaderError> for PartMissing {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        PartMissing
    }
}

#[leptos::wasm_split::wasm_split(staff, wasm_split_path = ::leptos::wasm_split, fallible)]
fn draft_sheet_view() -> Result<AnyView, PartMissing> {
    Ok(untrack(|| view! { <DraftSheetPage/> }.into_any()))
}

#[leptos::wasm_split::wasm_split(staff, wasm_split_path = ::leptos::wasm_split, fallible)]
fn edit_panel_view() -> Result<AnyView, PartMissing> {
    Ok(untrack(|| view! { <EditPanel/> }.into_any()))
}

#[leptos::wasm_split::wasm_split(staff, wasm_split_path = ::leptos::wasm_split, fallible)]
fn edit_form_view(kpi: String) -> Result<AnyView, PartMissing> {
    Ok(untrack(|| view! { <EditForm kpi/> }.into_any()))
}

#[leptos::wasm_split::wasm_split(open_data, wasm_split_path = ::leptos::wasm_split, fallible)]
fn open_data_view() -> Result<AnyView, PartMissing> {
    Ok(untrack(|| view! { <OpenDataPage/> }.into_any()))
}

#[leptos::wasm_split::wasm_split(kiosk, wasm_split_path = ::leptos::wasm_split, fallible)]
fn kiosk_view() -> Result<AnyView, PartMissing> {
    Ok(untrack(|| view! { <KioskMode/> }.into_any()))
}

/// The view `load` builds once the chunk is there, or the message that it is missing.
fn on_demand(load: impl Future<Output = Result<AnyView, PartMissing>> + Send + 'static) -> impl IntoView {
    let lang = AppState::expect().lang;
    let missing = Signal::derive(move || lang.get().messages().part_missing.to_string());
    Suspend::new(async move {
        match load.await {
            Ok(view) => view,
            Err(PartMissing) => view! {
                <p class="section-note" role="alert" data-chunk-error="">{ruby_text(missing)}</p>
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

/// `?view=data` (see [`OpenDataPage`]), from the open-data module.
#[component]
pub fn LazyOpenDataPage() -> impl IntoView {
    on_demand(open_data_view())
}

/// `?kiosk=1` (see [`KioskMode`]), from the kiosk module.
#[component]
pub fn LazyKioskMode() -> impl IntoView {
    on_demand(kiosk_view())
}
