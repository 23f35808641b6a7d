//! The `spreadsheet` module: the draft sheet written as an Excel workbook, and a filled
//! workbook read back. Its two libraries (a writer and a reader of .xlsx) are the largest
//! code staff use, so neither edit mode nor the CSV import waits for them: the module is
//! fetched when staff export a workbook or choose an .xlsx file.

use crate::split_off::split_off;
use std::sync::Arc;

use super::PartMissing;
use crate::domain::edits::sheet_import::SheetImportError;
use crate::domain::edits::workbook_reader::read_workbook;
use crate::domain::edits::EditSet;
use crate::domain::exports::draft_sheet::DraftSheet;
use crate::domain::exports::draft_sheet_xlsx::draft_sheet_xlsx;
use crate::domain::model::Dataset;

split_off!(spreadsheet =>
/// The workbook's bytes, or why it could not be written.
pub fn workbook_of(sheet: DraftSheet) -> Result<Result<Vec<u8>, String>, PartMissing> {
    Ok(draft_sheet_xlsx(&sheet).map_err(|error| error.to_string()))
});

split_off!(spreadsheet =>
/// A filled workbook as edits against `sheet` (see [`read_workbook`]).
pub fn edits_from_workbook(
    bytes: Vec<u8>,
    sheet: DraftSheet,
    official: Arc<Dataset>,
    now: String,
) -> Result<Result<EditSet, SheetImportError>, PartMissing> {
    Ok(read_workbook(&bytes, &sheet, &official, &now))
});
