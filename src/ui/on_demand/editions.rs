//! The `editions` module: what an edition changed since the one before it.

use crate::split_off::split_off;
use std::sync::Arc;

use leptos::prelude::*;

use super::{on_demand_with_texts, Build, PartMissing};
use crate::ui::editions::changes_page::ChangesPage;

split_off!(editions =>
fn changes_view() -> Result<Build, PartMissing> {
    Ok(Arc::new(|| view! { <ChangesPage/> }.into_any()))
});

/// `?view=changes` (see [`ChangesPage`]), from the editions module.
#[component]
pub fn LazyChangesPage() -> impl IntoView {
    on_demand_with_texts(changes_view())
}
