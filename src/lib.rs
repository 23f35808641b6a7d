//! Isesaki City KPI dashboard: the FY2023 verification sheet of the 2nd regional
//! revitalisation strategy as a browser app. Layers, one way:
//! `data` (embedded sheet) → `domain` (plain Rust) → `state` → `ui` → `chart` adapter.

pub mod data;
pub mod domain;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod chart;
#[cfg(target_arch = "wasm32")]
mod fatal;
#[cfg(target_arch = "wasm32")]
pub mod state;
#[cfg(target_arch = "wasm32")]
pub mod ui;
#[cfg(target_arch = "wasm32")]
mod tasks;
