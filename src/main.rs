// The whole app lives in the library so native tests can use it; this only mounts it with
// the sheet to show. The sheet is embedded here, not in the library, so a build of another
// sheet (the browser tests' 150 rows, the bench's 2,000) recompiles this file and links,
// and the library is not compiled again. `ISESAKI_DATASET` names the file: xtask passes a
// minified copy, `.cargo/config.toml` defaults to the official sheet.
fn main() {
    #[cfg(target_arch = "wasm32")]
    isesaki_kpi::app::mount(include_str!(env!("ISESAKI_DATASET")));
}
