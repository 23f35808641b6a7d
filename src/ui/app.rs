use leptos::prelude::*;

use crate::domain::i18n::Messages;
use crate::domain::navigation::view::Page;
use crate::shared_names::EVENT_APP_LIVE;
use crate::state::AppState;
use crate::ui::browse::card_list::CardList;
use crate::ui::browse::filters::FilterPanel;
use crate::ui::browse::overview::Overview;
use crate::ui::browse::sheet_footnotes::SheetFootnotes;
use crate::ui::frame::accessibility_page::AccessibilityPage;
use crate::ui::frame::embed_link::EmbedLink;
use crate::ui::frame::header::Header;
use crate::ui::frame::print_footer::PrintFooter;
use crate::ui::frame::site_footer::SiteFooter;
use crate::ui::frame::update_prompt::UpdatePrompt;
use crate::ui::frame::PUBLIC_URL;
use crate::ui::on_demand::charts::LazyCharts;
use crate::ui::on_demand::detail::{prefetch_detail, LazyDetailView};
use crate::ui::on_demand::editions::LazyChangesPage;
use crate::ui::on_demand::kiosk::LazyKioskMode;
use crate::ui::on_demand::open_data::LazyOpenDataPage;
use crate::ui::on_demand::print_qr::prefetch_qr_encoder;
use crate::ui::on_demand::staff::{LazyDraftSheetPage, LazyEditPanel};
use crate::ui::widgets::later::Later;
use crate::ui::widgets::local_banner::LocalBanner;
use crate::ui::widgets::nav_link::focus_without_scrolling;
use crate::ui::widgets::text::tr;
use crate::web::startup::first_screen_ready;
use crate::web::tasks::next_task;
use crate::web::window_events::on_window_named;

/// The page: overview and filters above the cards; an open indicator (or another page)
/// replaces them (the list stays mounted, hidden, so going back does not build it again).
/// Embedded in another site (`embed=1`), only the content is shown, with the official
/// figures, and a link to the full view.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::expect();
    let page = Memo::new(move |_| state.view.with(|v| v.page.clone()));
    let embedded = Memo::new(move |_| state.view.with(|v| v.embed));
    // An embedded view on the city's site shows what the city published, never what
    // someone edited in this browser.
    Effect::new(move |_| {
        if embedded.get() {
            state.edits.official_only.set(true);
            state.edits.edit_mode.set(false);
        }
    });
    let narrowed = Memo::new(move |_| state.view.with(|v| v.filter.is_narrowing()));
    // A chart shown on its own is not also drawn, hidden, in the overview behind it.
    let chart_page = Memo::new(move |_| matches!(page.get(), Page::Chart(_)));
    // The card list says when the live app can replace the pre-rendered first screen;
    // a view without the list (an embedded detail or chart) is ready once built.
    let list_shown = move || {
        !chart_page.get_untracked() && (!embedded.get_untracked() || narrowed.get_untracked())
    };
    if !list_shown() {
        next_task(first_screen_ready);
    }
    // Once the app is live, the detail's module comes while the reader reads the list (an
    // embedded list links out to the full site instead).
    on_window_named(EVENT_APP_LIVE, move |_| {
        if !embedded.get_untracked() {
            next_task(prefetch_detail);
        }
        // Only a build with a public address prints a QR code.
        if PUBLIC_URL.is_some() {
            next_task(prefetch_qr_encoder);
        }
    });
    // Back to the list from a detail (Back, or its link back): focus goes to the card that
    // was opened, so keyboard and screen-reader users carry on from it. The page keeps the
    // scroll position it was returned to.
    Effect::new(move |previous: Option<Page>| {
        let now = page.get();
        if let (Some(Page::Detail(id)), Page::Overview) = (&previous, &now) {
            focus_without_scrolling(format!("article[data-kpi=\"{id}\"] .card-link"));
        }
        now
    });
    view! {
        <Show when=move || !embedded.get()>
            <a class="skip-link" href="#results">{tr(|m: &Messages| m.skip_to_list)}</a>
            <UpdatePrompt/>
            <Show when=move || state.view.with(|v| v.kiosk.is_some())>
                <LazyKioskMode/>
            </Show>
            <Later><Header/></Later>
        </Show>
        <main id="main" class="page" class:embedded=move || embedded.get()>
            <Show when=move || !embedded.get()>
                <LocalBanner/>
            </Show>
            <div class="browse" hidden=move || page.get() != Page::Overview>
                <Show when=move || state.editing.get()>
                    <LazyEditPanel/>
                </Show>
                // Embedded, a list view shows its cards and the plain overview its summary.
                <Show when=move || !chart_page.get() && (!embedded.get() || !narrowed.get())>
                    <Later><Overview/></Later>
                </Show>
                <Show when=move || !embedded.get()>
                    <Later><FilterPanel/></Later>
                </Show>
                <Show when=move || !embedded.get() || narrowed.get()>
                    <Later><CardList/></Later>
                </Show>
                // The sheet's own footnotes, after the cards they explain.
                <Show when=move || !embedded.get()>
                    <Later><SheetFootnotes/></Later>
                </Show>

            </div>
            {move || match page.get() {
                Page::Detail(_) => view! { <LazyDetailView/> }.into_any(),
                Page::Data => view! { <LazyOpenDataPage/> }.into_any(),
                Page::Sheet => view! { <LazyDraftSheetPage/> }.into_any(),
                Page::Accessibility => view! { <AccessibilityPage/> }.into_any(),
                Page::Changes => view! { <LazyChangesPage/> }.into_any(),
                Page::Chart(name) => view! { <LazyCharts page=name/> }.into_any(),
                Page::Overview => ().into_any(),
            }}
        </main>
        <Show when=move || !embedded.get() fallback=|| view! { <EmbedLink/> }>
            <Later><SiteFooter/></Later>
        </Show>
        <Later><PrintFooter/></Later>
    }
}
