//! Components, one per file. The folder says which wasm module a file lands in:
//! `browse` (overview, filters, cards), `frame` (header, footers, notices, accessibility
//! statement) and `widgets` (shared pieces) are the main module; `detail` (one indicator),
//! `staff` (edit mode, draft sheet), `kiosk`, `open_data`, `editions` (what an edition
//! changed) and `charts` (the overview's charts and the chart pages) are each a module of
//! their own, fetched on demand through `on_demand`.

mod app;
mod browse;
mod charts;
mod detail;
mod editions;
mod frame;
mod kiosk;
mod on_demand;
mod open_data;
mod staff;
mod widgets;

pub use app::App;
