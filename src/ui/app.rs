use leptos::prelude::*;

use crate::state::AppState;
use crate::ui::browse::achievement_section::AchievementSection;
use crate::ui::browse::card_list::CardList;
use crate::ui::browse::filters::FilterPanel;
use crate::ui::browse::overview::Overview;
use crate::ui::detail::detail_view::DetailView;
use crate::ui::edit::edit_panel::EditPanel;
use crate::ui::edit::local_banner::LocalBanner;
use crate::ui::frame::header::Header;
use crate::ui::frame::print_footer::PrintFooter;
use crate::ui::frame::update_prompt::UpdatePrompt;
use crate::ui::kiosk::kiosk_mode::KioskMode;
use crate::ui::widgets::later::Later;
use crate::ui::widgets::text::tr;

/// The page: overview and filters above the cards; an open indicator replaces them with
/// its detail view (the list stays mounted, hidden, so its scroll position survives).
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::expect();
    let detail_open = Memo::new(move |_| state.view.with(|v| v.detail().is_some()));
    view! {
        <a class="skip-link" href="#results">{tr(|m| m.skip_to_list)}</a>
        <UpdatePrompt/>
        <Show when=move || state.view.with(|v| v.kiosk.is_some())>
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
