//! The home page: the overview, the filters and the cards.

pub mod card;
pub mod card_list;
pub mod card_track;
pub mod charts_section;
pub mod empty_state;
pub mod filters;
pub mod glossary;
pub mod headline_figure;
pub mod overview;
pub mod progress_counts;
pub mod sheet_footnotes;
