//! Pieces shared by the pages: translated text, links between views, charts, badges.

pub mod assessment_pair;
pub mod chart_view;
pub mod how_computed;
pub mod later;
pub mod nav_link;
pub mod official;
pub mod progress_label;
pub mod share_button;
pub mod status_badge;
pub mod text;
