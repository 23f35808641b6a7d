use leptos::prelude::*;

use crate::domain::i18n::edition_words::EditionWords;
use crate::domain::i18n::info_words::InfoWords;
use crate::domain::navigation::view::Page;
use crate::state::AppState;
use crate::ui::frame::header::EditToggle;
use crate::ui::widgets::nav_link::NavLink;
use crate::ui::widgets::text::{tr, tr_plain};

/// Under every page: the source of the figures, the open data and the accessibility
/// statement.
#[component]
pub fn SiteFooter() -> impl IntoView {
    let state = AppState::expect();
    let data = Signal::derive(move || state.home.with(|h| h.show(Page::Data)));
    let statement = Signal::derive(move || state.home.with(|h| h.show(Page::Accessibility)));
    let year = state.edition_year();
    view! {
        <footer class="site-footer" aria-label=tr_plain(|w: &InfoWords| w.footer_label)>
            <p class="footer-source">{tr(move |w: &InfoWords| (w.footer_source)(year))}</p>
            <ul class="footer-links">
                // Downloads are for visitors' own devices, not the kiosk.
                <Show when=move || state.view.with(|v| v.kiosk.is_none())>
                    <li><NavLink to=data focus="data-title">{tr(|w: &InfoWords| w.footer_data)}</NavLink></li>
                </Show>
                <li><NavLink to=statement focus="a11y-title">{tr(|w: &InfoWords| w.footer_accessibility)}</NavLink></li>
            </ul>
            // Staff start editing here, out of residents' way; kiosks never can.
            <Show when=move || state.view.with(|v| v.kiosk.is_none()) && !state.editing.get()>
                {if state.earlier_edition() {
                    view! { <p class="footer-staff section-note">{tr(|w: &EditionWords| w.edits_on_newest)}</p> }.into_any()
                } else {
                    view! { <p class="footer-staff"><EditToggle/></p> }.into_any()
                }}
            </Show>
        </footer>
    }
}
