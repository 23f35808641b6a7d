//! The `kiosk` module: the city-hall kiosk's screens.

use crate::split_off::split_off;
use std::sync::Arc;

use leptos::prelude::*;

use super::{on_demand, Build, PartMissing};
use crate::ui::kiosk::kiosk_mode::KioskMode;

split_off!(kiosk =>
fn kiosk_view() -> Result<Build, PartMissing> {
    Ok(Arc::new(|| view! { <KioskMode/> }.into_any()))
});

/// `?kiosk=1` (see [`KioskMode`]), from the kiosk module.
#[component]
pub fn LazyKioskMode() -> impl IntoView {
    on_demand(kiosk_view())
}
