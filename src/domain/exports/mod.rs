//! Files and codes made from the sheet: CSV writing, open data, the draft sheet and its
//! CSV, QR codes.

pub mod csv;
pub mod draft_sheet;
pub mod draft_sheet_csv;
pub mod draft_sheet_table;
pub mod draft_sheet_xlsx;
pub mod open_data;
pub mod qr;
