//! Rows as each reader gets them: the sheet's content in the reader's language (`shown`),
//! a headline figure in one line (`headline`) and the sentences about a row's progress
//! (`progress`).

pub mod achievement_line;
pub mod headline;
pub mod progress;
pub mod shown;
