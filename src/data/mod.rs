//! The city's published FY2023 verification sheet, as the repository holds it (JSON).
//! The app itself embeds the sheet packed (`isesaki_sheet::packed`, written by the build).

use crate::domain::Dataset;

/// The public data file as the repository holds it, for native tests and tools. The app
/// embeds a packed copy in its binary (`src/main.rs`), so that another sheet can be built
/// without compiling this library again.
pub const DATASET_JSON: &str = include_str!("isesaki_fy2023.json");

/// Decodes the official sheet from its public JSON form.
pub fn official_dataset() -> Result<Dataset, serde_json::Error> {
    serde_json::from_str(DATASET_JSON)
}
