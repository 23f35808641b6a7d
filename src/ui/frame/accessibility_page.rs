use leptos::prelude::*;

use crate::domain::i18n::info_words::InfoWords;
use crate::domain::i18n::Words;
use crate::state::AppState;
use crate::ui::widgets::nav_link::{focus_page_top, NavLink};
use crate::ui::widgets::text::{ruby_view, tr};

/// `?view=accessibility`: what the app aims for (JIS X 8341-3:2016 AA), what was tested
/// and how, and what was not.
#[component]
pub fn AccessibilityPage() -> impl IntoView {
    let state = AppState::expect();
    let back = Signal::derive(move || state.view.with(|v| v.back()));
    focus_page_top("a11y-title");
    view! {
        <section class="info-page accessibility-statement" aria-labelledby="a11y-title">
            <NavLink to=back class="back-link">{tr(|w: &InfoWords| w.back_to_overview)}</NavLink>
            <h2 id="a11y-title" tabindex="-1">{tr(|w: &InfoWords| w.a11y_title)}</h2>
            {move || InfoWords::of(state.lang.get()).a11y_sections.iter().map(|(heading, items)| view! {
                <section class="statement-section">
                    <h3>{ruby_view(heading)}</h3>
                    <ul>{items.iter().map(|item| view! { <li>{ruby_view(item)}</li> }).collect_view()}</ul>
                </section>
            }).collect_view()}
        </section>
    }
}
