//! The open-data page (`?view=data`), in the `open_data` wasm module.

pub mod open_data_page;
