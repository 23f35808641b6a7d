use leptos::prelude::*;

use crate::domain::i18n::edition_words::EditionWords;
use crate::state::AppState;
use crate::ui::widgets::text::{tr, tr_plain};

/// Which year's verification sheet is shown, with links to the others; said only when
/// the build holds more than one. Each link is a page load: an edition is the whole app's
/// sheet. On an earlier edition, a notice names the newest.
#[component]
pub fn EditionSwitch() -> impl IntoView {
    let state = AppState::expect();
    let years: Vec<u16> = state
        .editions
        .with_value(|all| all.iter().map(|d| d.fiscal_year).collect());
    let newest = years.last().copied().unwrap_or_default();
    let shown = state.edition_year();
    (years.len() > 1).then(|| {
        let others: Vec<u16> = years.iter().rev().copied().filter(|y| *y != shown).collect();
        let href = move |year: u16| {
            state.view.with(|v| {
                v.in_edition((year != newest).then_some(year)).href()
            })
        };
        view! {
            <nav class="edition-switch" aria-label=tr_plain(|w: &EditionWords| w.nav_label)>
                <p class="edition-shown" data-edition=shown.to_string()>
                    {tr(move |w: &EditionWords| (w.shown)(shown, shown == newest))}
                    " "
                    <span class="edition-others">
                        {tr(|w: &EditionWords| w.others)}
                        {others.into_iter().map(|year| view! {
                            " "
                            <a href=move || href(year) data-edition-link=year.to_string()>{tr(move |w: &EditionWords| (w.edition)(year))}</a>
                        }).collect_view()}
                    </span>
                </p>
                {(shown != newest).then(|| view! {
                    <p class="edition-notice" role="note">{tr(move |w: &EditionWords| (w.older_notice)(shown, newest))}</p>
                })}
            </nav>
        }
    })
}
