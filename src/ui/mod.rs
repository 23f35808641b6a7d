//! Components, one per file, grouped by what a reader looks for:
//! `browse` (overview, filters, cards), `detail` (one indicator), `edit` (staff editing),
//! `kiosk`, `info` (open data, accessibility statement), `sheet` (the draft sheet),
//! `frame` (header, footers, update notice) and `widgets` shared by them.

mod app;
mod browse;
mod detail;
mod edit;
mod frame;
mod info;
mod kiosk;
mod on_demand;
mod sheet;
mod widgets;

pub use app::App;
