//! The city's published FY2023 verification sheet, and how the app decodes a sheet.

use crate::domain::Dataset;

/// The public data file as the repository holds it, for native tests and tools. The app
/// itself embeds a minified copy in its binary (`src/main.rs`), so that another sheet can
/// be built without compiling this library again.
pub const DATASET_JSON: &str = include_str!("isesaki_fy2023.json");

/// Decodes the official sheet.
pub fn official_dataset() -> Result<Dataset, serde_json::Error> {
    decode(DATASET_JSON)
}

/// Decodes an embedded sheet. The file is checked by native tests, so a failure here
/// means a broken build, which the app reports in its error view.
pub fn decode(json: &str) -> Result<Dataset, serde_json::Error> {
    serde_json::from_str(json)
}
