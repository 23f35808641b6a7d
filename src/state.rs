//! Shared state, provided once through context as small `Copy` handles.

use leptos::prelude::*;

use crate::domain::Dataset;

/// The data everything reads. The official sheet never changes after start-up.
#[derive(Clone, Copy)]
pub struct AppState {
    pub official: StoredValue<Dataset>,
}

impl AppState {
    pub fn provide(dataset: Dataset) {
        provide_context(AppState { official: StoredValue::new(dataset) });
    }

    pub fn expect() -> AppState {
        expect_context::<AppState>()
    }
}
