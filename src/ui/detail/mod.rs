//! One indicator: its progress, figures, trend and the city's texts.

pub mod detail_head;
pub mod detail_texts;
pub mod detail_view;
pub mod embed_code;
pub mod key_figures;
pub mod method_inputs;
pub mod progress_section;
pub mod sheet_notes_view;
