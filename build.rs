//! Writes the furigana table (`src/data/readings.json`, see `js/readings.mjs`) into OUT_DIR
//! for the app to embed, as its texts joined by U+001F: the app splits them without a JSON
//! parser. The sheet itself is embedded by `src/main.rs`.

use std::path::PathBuf;

fn main() {
    let readings = "src/data/readings.json";
    println!("cargo:rerun-if-changed={readings}");
    let texts: Vec<String> =
        serde_json::from_str(&std::fs::read_to_string(readings).expect(readings)).expect(readings);
    if let Some(text) = texts.iter().find(|t| t.contains('\u{1f}')) {
        panic!("{readings}: a text holds U+001F, the separator of the embedded table: {text:?}");
    }
    let out =
        PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("readings.txt");
    std::fs::write(out, texts.join("\u{1f}")).expect("write OUT_DIR/readings.txt");
}
