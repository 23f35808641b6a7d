//! Names the Rust app and its JavaScript (`js/`) must agree on. This file is the only
//! place they are written: the build (`xtask`, which includes this file) replaces each
//! `__NAME__` placeholder in the JS with its value here.

/// Window events between `js/boot.js` and the app.
pub const EVENT_ECHARTS_READY: &str = "echarts-ready";
pub const EVENT_ECHARTS_FAILED: &str = "echarts-failed";
pub const EVENT_APP_LIVE: &str = "app-live";
/// The app shows its first chart: ECharts is loaded then (once the app is live), not before.
pub const EVENT_CHARTS_WANTED: &str = "charts-wanted";
pub const EVENT_UPDATE_READY: &str = "app-update-ready";
pub const EVENT_APPLY_UPDATE: &str = "app-apply-update";

/// localStorage keys; `js/head.js` reads them before the first paint.
pub const KEY_EDITS: &str = "isesaki-kpi/edits/v1";
pub const KEY_LANG: &str = "isesaki-kpi/lang";
pub const KEY_THEME: &str = "isesaki-kpi/theme";

/// Cards in the pre-rendered first screen (`js/prerender.mjs` waits for this many).
pub const FIRST_SCREEN_CARDS: usize = 48;
/// The tab icon's size in pixels (a PNG drawn by the build).
pub const TAB_ICON_PX: u32 = 48;

/// The wasm modules split off the main one, each named by its `split_off!` functions
/// (`src/split_off.rs`). The build fails unless the split produced exactly these.
pub const SPLIT_DETAIL: &str = "detail";
pub const SPLIT_STORED_EDITS: &str = "stored_edits";
pub const SPLIT_WORDS_EN: &str = "words_en";
pub const SPLIT_WORDS_EASY: &str = "words_easy";
/// Made only by a build with a public address (`ISESAKI_PUBLIC_URL`), the only one that
/// prints a QR code: without one, nothing reaches its split point.
pub const SPLIT_PRINT_QR: &str = "print_qr";
pub const SPLIT_MODULES: [&str; 11] = [
    SPLIT_DETAIL,
    "editions",
    "staff",
    "spreadsheet",
    "open_data",
    "kiosk",
    "charts",
    SPLIT_PRINT_QR,
    SPLIT_STORED_EDITS,
    SPLIT_WORDS_EN,
    SPLIT_WORDS_EASY,
];

/// Every placeholder the build replaces in the JS and HTML, with its value.
pub fn js_placeholders() -> Vec<(&'static str, String)> {
    vec![
        ("__EVENT_ECHARTS_READY__", EVENT_ECHARTS_READY.into()),
        ("__EVENT_ECHARTS_FAILED__", EVENT_ECHARTS_FAILED.into()),
        ("__EVENT_APP_LIVE__", EVENT_APP_LIVE.into()),
        ("__EVENT_CHARTS_WANTED__", EVENT_CHARTS_WANTED.into()),
        ("__EVENT_UPDATE_READY__", EVENT_UPDATE_READY.into()),
        ("__EVENT_APPLY_UPDATE__", EVENT_APPLY_UPDATE.into()),
        ("__KEY_EDITS__", KEY_EDITS.into()),
        ("__KEY_LANG__", KEY_LANG.into()),
        ("__KEY_THEME__", KEY_THEME.into()),
        ("__FIRST_SCREEN_CARDS__", FIRST_SCREEN_CARDS.to_string()),
        ("__TAB_ICON_PX__", TAB_ICON_PX.to_string()),
    ]
}
