//! Staff editing: the form per indicator, the edit-mode workbench and the marks and
//! notices that say a figure was edited on this device.

pub mod edit_form;
pub mod edit_panel;
pub mod form_field;
pub mod import_conflicts;
pub mod import_edits;
pub mod local_banner;
pub mod local_mark;
pub mod progress_suggestion;
