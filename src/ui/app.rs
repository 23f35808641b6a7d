use leptos::prelude::*;

use super::achievement_section::AchievementSection;
use super::card_list::CardList;
use super::detail::DetailView;
use super::filters::FilterPanel;
use super::edit_panel::EditPanel;
use super::header::Header;
use super::text::tr;
use super::kiosk::KioskMode;
use super::later::Later;
use super::local_banner::LocalBanner;
use super::overview::Overview;
use super::print_footer::PrintFooter;
use super::update_prompt::UpdatePrompt;
use crate::state::AppState;

/// The page: overview and filters above the cards; an open indicator replaces them with
/// its detail view (the list stays mounted, hidden, so its scroll position survives).
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::expect();
    let detail_open = Memo::new(move |_| state.filter.with(|f| f.kpi.is_some()));
    view! {
        <a class="skip-link" href="#results">{tr(|m| m.skip_to_list)}</a>
        <UpdatePrompt/>
        <Show when=move || state.filter.with(|f| f.kiosk.is_some())>
            <KioskMode/>
        </Show>
        <Header/>
        <main id="main" class="page">
            <LocalBanner/>
            <div class="browse" hidden=move || detail_open.get()>
                <Show when=move || state.edits.edit_mode.get()>
                    <EditPanel/>
                </Show>
                <Later><Overview/></Later>
                <Later><FilterPanel/></Later>
                <Later><CardList/></Later>
                <Later><AchievementSection/></Later>
            </div>
            <Show when=move || detail_open.get()>
                <DetailView/>
            </Show>
        </main>
        <Later><PrintFooter/></Later>
    }
}
