//! The city-hall kiosk (`?kiosk=1`).

pub mod kiosk_mode;
