//! Browser adapters, one per file: storage, history, observers, charts, downloads and the
//! other browser APIs with side effects, each behind narrow functions that state and UI
//! call. UI components still use `web_sys` types for their own events and elements
//! (a `<details>` toggle, an input's value, a kiosk's key handling).

pub mod canvas;
pub mod clipboard;
pub mod data_files;
pub mod dialogs;
pub mod download;
pub mod echarts;
pub mod embed;
pub mod fatal;
pub mod history;
pub mod media;
pub mod observers;
pub mod scroll;
pub mod share;
pub mod startup;
pub mod storage;
pub mod tasks;
pub mod window_events;
