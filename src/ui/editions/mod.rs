//! The `editions` module: what an edition of the sheet changed since the one before it.

pub mod changes_page;
