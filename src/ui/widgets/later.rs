use leptos::prelude::*;

use crate::web::startup::{part_built, part_waiting};
use crate::web::tasks::next_task;

/// Renders its children one task after its parent. The app is built out of the document
/// until its first screen is complete (see `app.rs`), so splitting the build into several
/// short tasks costs nothing visible and keeps the page responsive on slow phones.
#[component]
pub fn Later(children: ChildrenFn) -> impl IntoView {
    let ready = RwSignal::new(false);
    // The swap from the pre-rendered copy never shows a page with a part still missing.
    part_waiting();
    next_task(move || {
        let _ = ready.try_set(true);
        part_built();
    });
    view! { <Show when=move || ready.get()>{children()}</Show> }
}
