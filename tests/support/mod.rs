//! What the native tests share: the official sheet decoded from the public JSON the
//! repository holds. The app never decodes it: it embeds the sheet packed (`src/main.rs`).

#![allow(dead_code)]

use isesaki_kpi::domain::cells::readings::{self, is_kanji};
use isesaki_kpi::domain::edits::exchange::read_edits;
use isesaki_kpi::domain::edits::EditSet;
use isesaki_kpi::domain::Dataset;

/// The public data file as the repository holds it.
pub const DATASET_JSON: &str = include_str!("../../data/editions/fy2023.json");

/// Decodes the official sheet from its public JSON form.
pub fn official_dataset() -> Result<Dataset, serde_json::Error> {
    serde_json::from_str(DATASET_JSON)
}

/// Edits as a file or the storage holds them, each `(kpi, field key, value)` made at `now`.
pub fn edits_made(entries: &[(&str, &str, &str)], now: &str) -> EditSet {
    let entries: Vec<serde_json::Value> = entries
        .iter()
        .map(|(kpi, field, value)| serde_json::json!({ "kpi": kpi, "field": field, "value": value, "edited_at": now }))
        .collect();
    let text = serde_json::json!({ "schema": 1, "edits": entries }).to_string();
    read_edits(&text, &official_dataset().unwrap(), now).unwrap()
}

/// The first kanji of a marked text (`{漢字|かんじ}`) that has no reading over it, if any.
pub fn kanji_without_reading(marked: &str) -> Option<char> {
    let mut inside = false;
    for c in marked.chars() {
        match c {
            '{' => inside = true,
            '}' => inside = false,
            c if !inside && is_kanji(c) => return Some(c),
            _ => {}
        }
    }
    None
}

/// Every marked text of the committed furigana table (`src/data/readings.json`), the
/// table the build ships as a file of its own.
pub fn committed_readings() -> Vec<String> {
    serde_json::from_str(include_str!("../../src/data/readings.json")).expect("readings.json")
}

/// Installs the committed furigana table, as the app does once it has fetched the file.
pub fn with_readings_table() {
    readings::install(committed_readings().join(&readings::SEPARATOR.to_string()));
}
