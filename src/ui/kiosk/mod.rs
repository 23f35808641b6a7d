//! The city-hall kiosk (`?kiosk=1`).

pub mod countdown;
pub mod kiosk_mode;
pub mod kiosk_qr;
pub mod one_window;
pub mod welcome;
