//! Pages about the data and the app itself: the open-data downloads and the
//! accessibility statement.

pub mod accessibility_page;
pub mod open_data_page;
