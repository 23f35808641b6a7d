//! The `print_qr` module: the QR encoder of the printed page's footer. Printing cannot wait
//! for a download (the browser lays out the page for paper right after `beforeprint`), so
//! a build with a public address fetches the module once the app is live and idle; a page
//! printed before it arrives has its address in words only.

use std::cell::Cell;

use crate::domain::exports::qr::qr_svg;
use crate::split_off::split_off;

/// Draws a QR code of an address as SVG markup; none when it cannot be encoded.
pub type QrEncoder = fn(&str) -> Option<String>;

split_off!(print_qr =>
fn encoder() -> Result<QrEncoder, leptos::wasm_split::SplitLoaderError> {
    Ok(qr_svg)
});

thread_local! {
    static LOADED: Cell<Option<QrEncoder>> = const { Cell::new(None) };
}

/// Fetches the module ahead of printing; a failure leaves the footer without its QR code.
pub fn prefetch_qr_encoder() {
    if LOADED.with(Cell::get).is_some() {
        return;
    }
    leptos::task::spawn_local(async {
        if let Ok(encoder) = encoder().await {
            LOADED.with(|loaded| loaded.set(Some(encoder)));
        }
    });
}

/// The QR code of `link` if the module is here; otherwise none, and it is asked for so a
/// later printing has it.
pub fn qr_now(link: &str) -> Option<String> {
    match LOADED.with(Cell::get) {
        Some(encode) => encode(link),
        None => {
            prefetch_qr_encoder();
            None
        }
    }
}
