//! The `open_data` module: the sheet as CSV, JSON and a data package.

use crate::split_off::split_off;
use std::sync::Arc;

use leptos::prelude::*;

use super::{on_demand_with_texts, Build, PartMissing};
use crate::ui::open_data::open_data_page::OpenDataPage;

split_off!(open_data =>
fn open_data_view() -> Result<Build, PartMissing> {
    Ok(Arc::new(|| view! { <OpenDataPage/> }.into_any()))
});

/// `?view=data` (see [`OpenDataPage`]), from the open-data module.
#[component]
pub fn LazyOpenDataPage() -> impl IntoView {
    on_demand_with_texts(open_data_view())
}
