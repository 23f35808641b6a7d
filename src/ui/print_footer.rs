use leptos::prelude::*;

use super::header::BUILD_DATE;
use super::kiosk::PUBLIC_URL;
use super::text::tr;
use crate::domain::kiosk::{qr_svg, share_url};
use crate::state::AppState;

/// Shown on paper only: where the printed view lives online, and how old its figures are.
#[component]
pub fn PrintFooter() -> impl IntoView {
    let state = AppState::expect();
    let link = Memo::new(move |_| {
        state.filter.with(|f| share_url(PUBLIC_URL, f)).unwrap_or_else(|| window().location().href().unwrap_or_default())
    });
    // Drawing the QR code was a third of the wasm's work in every view change, so it is
    // drawn only while the page is being printed.
    let qr = Memo::new(move |_| if state.printing.get() { PUBLIC_URL.and(qr_svg(&link.get())) } else { None });
    view! {
        <footer class="print-only print-footer">
            <p>{tr(|m| m.print_source)}</p>
            <p>{tr(|m| m.as_of)} {BUILD_DATE.map(|d| tr(move |m| (m.print_built)(d)))}</p>
            <p class="print-link">{tr(|m| m.print_link)} {move || link.get()}</p>
            {move || qr.get().map(|svg| view! { <div class="print-qr" inner_html=svg></div> })}
        </footer>
    }
}

