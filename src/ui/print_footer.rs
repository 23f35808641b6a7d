use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast};

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
    // Drawing the QR code costs more than the rest of a filter change on a slow phone, so
    // it is drawn only while the page is being printed (or previewed for print).
    let printing = print_media();
    let qr = Memo::new(move |_| if printing.get() { PUBLIC_URL.and(qr_svg(&link.get())) } else { None });
    view! {
        <footer class="print-only print-footer">
            <p>{tr(|m| m.print_source)}</p>
            <p>{tr(|m| m.as_of)} {BUILD_DATE.map(|d| tr(move |m| (m.print_built)(d)))}</p>
            <p class="print-link">{tr(|m| m.print_link)} {move || link.get()}</p>
            {move || qr.get().map(|svg| view! { <div class="print-qr" inner_html=svg></div> })}
        </footer>
    }
}

/// True while the page is laid out for print: `beforeprint`/`afterprint` for the print
/// dialog, and the `print` media query for print emulation (which fires no print events).
fn print_media() -> ReadSignal<bool> {
    let query = window().match_media("print").ok().flatten();
    let (printing, set_printing) = signal(query.as_ref().is_some_and(|q| q.matches()));
    let before = window_event_listener_untyped("beforeprint", move |_| set_printing.set(true));
    let after = window_event_listener_untyped("afterprint", move |_| set_printing.set(false));
    let on_change = query.map(|query| {
        let changed = Closure::<dyn Fn(web_sys::MediaQueryListEvent)>::new(move |ev: web_sys::MediaQueryListEvent| set_printing.set(ev.matches()));
        let _ = query.add_event_listener_with_callback("change", changed.as_ref().unchecked_ref());
        (query, changed)
    });
    let on_change = StoredValue::new_local(on_change);
    on_cleanup(move || {
        before.remove();
        after.remove();
        on_change.try_with_value(|listener| {
            if let Some((query, changed)) = listener {
                let _ = query.remove_event_listener_with_callback("change", changed.as_ref().unchecked_ref());
            }
        });
    });
    printing
}
