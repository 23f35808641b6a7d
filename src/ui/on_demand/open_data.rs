//! The `open_data` module: the sheet as CSV, JSON and a data package.

use std::sync::Arc;

use leptos::prelude::*;

use super::{on_demand, Build, PartMissing};
use crate::ui::info::open_data_page::OpenDataPage;

#[leptos::wasm_split::wasm_split(open_data, wasm_split_path = ::leptos::wasm_split, fallible)]
fn open_data_view() -> Result<Build, PartMissing> {
    Ok(Arc::new(|| view! { <OpenDataPage/> }.into_any()))
}

/// `?view=data` (see [`OpenDataPage`]), from the open-data module.
#[component]
pub fn LazyOpenDataPage() -> impl IntoView {
    on_demand(open_data_view())
}
