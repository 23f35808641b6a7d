//! Components, one per file.

mod app;
mod header;
mod indicator_list;

pub use app::App;
