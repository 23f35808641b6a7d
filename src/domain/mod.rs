//! Plain Rust: the sheet's values, years, achievement and progress, the view and its
//! filters, edits, chart specs, readings and every word. Nothing here touches the
//! browser, so all of it is tested natively with `cargo test`.

pub mod achievement;
pub mod amount_en;
pub mod charts;
pub mod csv;
pub mod describe;
pub mod draft_sheet;
pub mod draft_sheet_csv;
pub mod edits;
pub mod filter;
pub mod filter_options;
pub mod format;
pub mod i18n;
pub mod kiosk;
pub mod open_data;
pub mod outlook;
pub mod page_title;
pub mod parse;
pub mod progress_counts;
pub mod progress_measure;
pub mod qr;
pub mod readings;
pub mod reference_years;
pub mod search;
pub mod sheet_notes;
pub mod shown;
pub mod status_agreement;
pub mod track;
pub mod url;
pub mod view;

/// The sheet's types and its packed form live in the `isesaki-sheet` crate (`sheet/`), which
/// the build tool shares.
pub use isesaki_sheet::{model, packed};
pub use model::*;
