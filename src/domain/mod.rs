//! Plain Rust: the sheet's values, years, achievement and progress, the view and its
//! filters, edits, chart specs, readings and every word. Nothing here touches the
//! browser, so all of it is tested natively with `cargo test`.

pub mod cells;
pub mod charts;
pub mod describe;
pub mod edition_changes;
pub mod editions;
pub mod edits;
pub mod exports;
pub mod i18n;
pub mod long_texts;
pub mod navigation;
pub mod progress;

/// The sheet's types and its packed form live in the `isesaki-sheet` crate (`sheet/`), which
/// the build tool shares.
pub use isesaki_sheet::{model, packed};
pub use model::*;
