use leptos::prelude::*;

use crate::web::window_events::details_open;

/// When a [`Disclosure`]'s content is built.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Content {
    /// While it is open, and dropped when closed: most readers never open a card's texts,
    /// a chart's table or a rating's explanation, and with readings over every kanji (easy
    /// Japanese) they would be most of the page.
    #[default]
    WhenOpen,
    /// When first opened, then kept (the charts: costly to draw twice).
    OnceOpened,
    /// At once (a form's folded fields, which a save reads and a fix focuses).
    Always,
}

/// A `<details>` with its summary, whose content is built as `content` says.
#[component]
pub fn Disclosure(
    class: &'static str,
    #[prop(optional)] id: Option<&'static str>,
    /// Open or not, kept in step with the element; the owner may open it (a chart whose
    /// library failed shows its table open; a form opens the group of the field to fix).
    #[prop(optional)]
    open: Option<RwSignal<bool>>,
    #[prop(optional)] content: Content,
    #[prop(into)] summary: ViewFn,
    children: ChildrenFn,
) -> impl IntoView {
    let open = open.unwrap_or_else(|| RwSignal::new(false));
    let opened_once = RwSignal::new(open.get_untracked());
    let content = move || {
        let shown = match content {
            Content::WhenOpen => open.get(),
            Content::OnceOpened => opened_once.get(),
            Content::Always => true,
        };
        shown.then(|| children())
    };
    view! {
        <details class=class id=id prop:open=move || open.get()
            on:toggle=move |ev| {
                let now = details_open(&ev);
                open.set(now);
                if now {
                    opened_once.set(true);
                }
            }>
            <summary>{summary.run()}</summary>
            {content}
        </details>
    }
}
