use std::time::Duration;

use leptos::prelude::*;

/// Renders its children one task after its parent. The app is built out of the document
/// until its first screen is complete (see `app.rs`), so splitting the build into several
/// short tasks costs nothing visible and keeps the page responsive on slow phones.
#[component]
pub fn Later(children: ChildrenFn) -> impl IntoView {
    let ready = RwSignal::new(false);
    set_timeout(move || { let _ = ready.try_set(true); }, Duration::ZERO);
    view! { <Show when=move || ready.get()>{children()}</Show> }
}
