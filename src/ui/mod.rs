//! Components, one per file.

mod achievement_section;
mod app;
mod card;
mod card_list;
mod chart_view;
mod detail;
mod download;
mod edit_panel;
mod edit_form;
mod filters;
mod header;
mod local_banner;
mod local_mark;
mod nav_link;
mod overview;
mod status_badge;
mod values;

pub use app::App;
