//! Minifies the furigana table (`src/data/readings.json`, see `js/readings.mjs`) into
//! OUT_DIR for the app to embed. The sheet itself is embedded by `src/main.rs`.

use std::path::PathBuf;

fn main() {
    let readings = "src/data/readings.json";
    println!("cargo:rerun-if-changed={readings}");
    let value: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(readings).expect(readings)).expect(readings);
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("readings.json");
    std::fs::write(out, serde_json::to_string(&value).expect("serialize")).expect("write OUT_DIR/readings.json");
}
