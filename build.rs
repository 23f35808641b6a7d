//! Embeds the dataset: `src/data/isesaki_fy2023.json`, or the file named by
//! `ISESAKI_DATASET` (the bench uses a synthetic 2,000-row sheet). The JSON is minified on
//! the way in; the app decodes it once at start-up. The furigana table
//! (`src/data/readings.json`, see `js/readings.mjs`) is minified the same way.

use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-env-changed=ISESAKI_DATASET");
    let source = std::env::var("ISESAKI_DATASET").map(PathBuf::from).unwrap_or_else(|_| PathBuf::from("src/data/isesaki_fy2023.json"));
    println!("cargo:rerun-if-changed={}", source.display());
    let text = std::fs::read_to_string(&source).unwrap_or_else(|e| panic!("{}: {e}", source.display()));
    let value: serde_json::Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", source.display()));
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("dataset.json");
    std::fs::write(out, serde_json::to_string(&value).expect("serialize")).expect("write OUT_DIR/dataset.json");

    let readings = "src/data/readings.json";
    println!("cargo:rerun-if-changed={readings}");
    let value: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(readings).expect(readings)).expect(readings);
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("readings.json");
    std::fs::write(out, serde_json::to_string(&value).expect("serialize")).expect("write OUT_DIR/readings.json");
}
