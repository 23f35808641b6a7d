//! The draft of next year's verification sheet (`?view=sheet`), a staff page reached from
//! edit mode: the page, its table, and the two exports (the sheet as CSV, the edits as
//! JSON) that the edit panel offers too.

pub mod sheet_exports;
pub mod sheet_page;
pub mod sheet_table;
