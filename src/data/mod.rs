//! The embedded dataset: the city's published FY2023 verification sheet.

use crate::domain::Dataset;

/// The public data file (`isesaki_fy2023.json`, minified by build.rs), compiled into the
/// app so it works from any static URL.
pub const DATASET_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/dataset.json"));

/// Decodes the embedded sheet. The file is checked by native tests, so a failure here
/// means a broken build, which the app reports in its error view.
pub fn official_dataset() -> Result<Dataset, serde_json::Error> {
    serde_json::from_str(DATASET_JSON)
}
