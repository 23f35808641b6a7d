// The whole app lives in the library so native tests can use it; this only mounts it.
fn main() {
    #[cfg(target_arch = "wasm32")]
    isesaki_kpi::app::mount();
}
