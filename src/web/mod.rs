//! Browser adapters, one per file: the only code that talks to browser APIs directly.
//! State and UI reach them through the narrow functions here.

pub mod canvas;
pub mod clipboard;
pub mod dialogs;
pub mod download;
pub mod echarts;
pub mod embed;
pub mod fatal;
pub mod history;
pub mod media;
pub mod observers;
pub mod share;
pub mod startup;
pub mod storage;
pub mod tasks;
