//! The browser's own dialogs: simple, keyboard- and screen-reader-friendly.

/// Asks `message` with OK / Cancel; true for OK.
pub fn confirm(message: &str) -> bool {
    leptos::prelude::window()
        .confirm_with_message(message)
        .unwrap_or(false)
}

/// Opens the print dialog for the page as it is.
pub fn print_page() {
    let _ = leptos::prelude::window().print();
}
