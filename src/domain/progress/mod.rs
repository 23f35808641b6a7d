//! How far a row has come: achievement, the published progress measure, where its pace
//! leads, the years compared, the city's status beside the label, counts and a card's bar.

pub mod achievement;
pub mod outlook;
pub mod progress_counts;
pub mod progress_measure;
pub mod reference_years;
pub mod status_agreement;
pub mod track;
