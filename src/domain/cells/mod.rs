//! The sheet's cells as text and figures: reading a printed cell (eras, units, years),
//! formatting figures and years, English amounts, readings for search, the sheet's notes
//! and the few of its phrases that change how a cell is read.

pub mod amount_en;
pub mod format;
pub mod parse;
pub mod readings;
pub mod search;
pub mod sheet_notes;
pub mod sheet_phrases;
