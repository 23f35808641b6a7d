//! Plain Rust: the sheet's values, years, achievement, filters and chart options.
//! Nothing here touches the browser, so all of it is tested natively with `cargo test`.

pub mod achievement;
pub mod amount_en;
pub mod charts;
pub mod edit_input;
pub mod edit_words;
pub mod edits;
pub mod exchange;
pub mod filter;
pub mod format;
pub mod i18n;
pub mod kiosk;
pub mod model;
pub mod parse;
pub mod readings;
pub mod search;
pub mod url;

pub use model::*;
