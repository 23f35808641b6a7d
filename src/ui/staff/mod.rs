//! City staff's screens, all in the `staff` wasm module (fetched when edit mode or the
//! draft sheet opens): the form per indicator, the edit-mode panel with its imports, and
//! the draft of next year's verification sheet (`?view=sheet`) with its two exports.
//! The marks that say a figure was edited on this device are in `widgets/`: every visit
//! with edits shows them.

pub mod edit_form;
pub mod edit_panel;
pub mod form_field;
pub mod import_conflicts;
pub mod import_edits;
pub mod progress_suggestion;
pub mod sheet_exports;
pub mod sheet_page;
pub mod sheet_table;
