//! Pieces shared by the pages: translated text, links between views, charts, badges.

pub mod chart_view;
pub mod later;
pub mod nav_link;
pub mod official;
pub mod status_badge;
pub mod text;
