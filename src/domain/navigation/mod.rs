//! What is shown and how to get there: the view and its URL, filters and their options,
//! the kiosk's settings and the tab's title.

pub mod filter;
pub mod filter_options;
pub mod kiosk;
pub mod page_title;
pub mod url;
pub mod view;
