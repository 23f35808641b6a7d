//! Code most visits never run goes into wasm modules of its own, fetched on first use.
//! A function marked `split_off!(<module> => fn …)` is a split point: the release build
//! (`xtask/src/split.rs`) cuts the app there and moves into `split_<module>.wasm` all code
//! only such functions reach. The function returns a future that fetches the module first,
//! and its `Result` is `Err` when the module cannot be downloaded (the app goes on).
//!
//! Every module's name is listed once, in [`crate::shared_names::SPLIT_MODULES`]; the build
//! fails when a split point names a module that list does not have, or the reverse.
//! Adding a lazy screen: its component in its own folder under `ui/`, a `split_off!`
//! builder and a `Lazy…` component in `ui/on_demand/<module>.rs`, and, for a new module,
//! its name in that list.

/// Marks a function as the entry of a wasm module loaded on demand (see the module docs).
macro_rules! split_off {
    ($module:ident => $($item:tt)*) => {
        #[::leptos::wasm_split::wasm_split($module, wasm_split_path = ::leptos::wasm_split, fallible)]
        $($item)*
    };
}

pub(crate) use split_off;
