//! The verification sheet as typed values (`model`), and the packed text the app embeds
//! (`packed`). A crate of its own so that the build tool packs a sheet with the same
//! types the app reads it into, without compiling the app.

pub mod model;
pub mod packed;
