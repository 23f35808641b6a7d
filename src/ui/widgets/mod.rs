//! Pieces shared by the pages, all in the main wasm module: translated text, links between
//! views, badges, and the marks of figures edited on this device.

pub mod assessment_pair;
pub mod disclosure;
pub mod how_computed;
pub mod later;
pub mod local_banner;
pub mod local_mark;
pub mod nav_link;
pub mod official;
pub mod printed_value;
pub mod progress_label;
pub mod share_button;
pub mod status_badge;
pub mod text;
