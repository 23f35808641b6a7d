//! One indicator: its figures, trend and the city's texts.

pub mod detail_view;
pub mod embed_code;
pub mod values;
