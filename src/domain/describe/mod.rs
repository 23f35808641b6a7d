//! Rows as each reader gets them: the sheet's content in the reader's language (`shown`)
//! and the sentences about a row's progress (`progress`).

pub mod progress;
pub mod shown;
