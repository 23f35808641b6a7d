// The whole app lives in the library so native tests can use it; this only mounts it with
// the sheet to show. The sheet is embedded here, not in the library, so a build of another
// sheet (the browser tests' 150 rows, the bench's 2,000) recompiles this file and links,
// and the library is not compiled again. `ISESAKI_DATASET` names the file: xtask passes the
// sheet packed (`isesaki_sheet::packed`); `.cargo/config.toml` names the official JSON, which
// compiles but does not start (the error page shows "embedded sheet: packed sheet, token 0:
// expected isesaki-sheet-packed/1").
fn main() {
    #[cfg(target_arch = "wasm32")]
    isesaki_kpi::app::mount(include_str!(env!("ISESAKI_DATASET")));
}
