//! Isesaki City KPI dashboard: the FY2023 verification sheet of the 2nd regional
//! revitalisation strategy as a browser app. Layers, one way: `domain` (plain Rust; the
//! sheet itself is embedded packed by `main.rs` from `src/data/`) → `state` → `ui`; `web`
//! holds the browser adapters that `state` and `ui` call, and `app` mounts it all.
//! `tests/structure.rs` checks that no import runs against this order.

pub mod domain;
pub mod shared_names;
#[cfg(target_arch = "wasm32")]
mod split_off;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod state;
#[cfg(target_arch = "wasm32")]
pub mod ui;
#[cfg(target_arch = "wasm32")]
pub mod web;
