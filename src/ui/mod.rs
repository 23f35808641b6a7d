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
mod kiosk;
mod later;
mod local_banner;
mod local_mark;
mod nav_link;
mod overview;
mod print_footer;
mod status_badge;
mod text;
mod update_prompt;
mod values;

pub use app::App;
