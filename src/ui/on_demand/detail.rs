//! The `detail` module: one indicator's page.

use crate::split_off::split_off;
use std::sync::Arc;

use leptos::prelude::*;

use super::{on_demand_with_texts, Build, PartMissing};
use crate::ui::detail::detail_view::DetailView;

split_off!(detail =>
fn detail_view() -> Result<Build, PartMissing> {
    Ok(Arc::new(|| view! { <DetailView/> }.into_any()))
});

split_off!(detail =>
fn detail_loaded() -> Result<(), PartMissing> {
    Ok(())
});

/// Fetches the detail's module ahead of the first tap on a card. A failure is not
/// reported here: the tap tries again and says so.
pub fn prefetch_detail() {
    leptos::task::spawn_local(async {
        let _ = detail_loaded().await;
    });
}

/// `?kpi=<id>` (see [`DetailView`]), from the detail module.
#[component]
pub fn LazyDetailView() -> impl IntoView {
    on_demand_with_texts(detail_view())
}
