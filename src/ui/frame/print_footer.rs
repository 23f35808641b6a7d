use leptos::prelude::*;

use super::{BUILD_DATE, PUBLIC_URL};
use crate::domain::i18n::sheet_words::SheetWords;
use crate::domain::i18n::Messages;
use crate::state::AppState;
use crate::ui::on_demand::print_qr::qr_now;
use crate::ui::widgets::text::tr;

/// Shown on paper only: where the printed view lives online, and how old its figures are.
#[component]
pub fn PrintFooter() -> impl IntoView {
    let state = AppState::expect();
    let edits_shown = Memo::new(move |_| state.edits_shown());
    let year = state.edition_year();
    let link = Memo::new(move |_| {
        state
            .view
            .with(|v| v.public_link(PUBLIC_URL))
            .unwrap_or_else(|| window().location().href().unwrap_or_default())
    });
    // Drawing the QR code was a third of the wasm's work in every view change, so it is
    // drawn only while the page is being printed (by a module fetched ahead of that).
    let qr = Memo::new(move |_| {
        if state.printing.get() {
            PUBLIC_URL.and_then(|_| qr_now(&link.get()))
        } else {
            None
        }
    });
    view! {
        <footer class="print-only print-footer">
            <p>{tr(move |m: &Messages| (m.print_source)(year))}</p>
            // 「市の公表値」 only when no edit is shown.
            <p class="print-as-of">
                {move || if edits_shown.get() { tr(move |w: &SheetWords| (w.as_of_with_edits)(year)).into_any() } else { tr(move |m: &Messages| (m.as_of)(year)).into_any() }}
                {BUILD_DATE.map(|d| tr(move |m: &Messages| (m.print_built)(d)))}</p>
            <p class="print-link">{tr(|m: &Messages| m.print_link)} {move || link.get()}</p>
            {move || qr.get().map(|svg| view! { <div class="print-qr" inner_html=svg></div> })}
        </footer>
    }
}
