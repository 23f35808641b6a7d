//! The home page: the overview, the filters and the cards.

pub mod achievement_section;
pub mod card;
pub mod card_list;
pub mod card_track;
pub mod empty_state;
pub mod filters;
pub mod glossary;
pub mod headline_figure;
pub mod overview;
pub mod overview_chart;
pub mod progress_counts;
pub mod sheet_footnotes;
