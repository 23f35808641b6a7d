//! Components, one per file.

mod achievement_section;
mod app;
mod card;
mod card_list;
mod chart_view;
mod detail;
mod filters;
mod header;
mod nav_link;
mod overview;
mod status_badge;
mod values;

pub use app::App;
