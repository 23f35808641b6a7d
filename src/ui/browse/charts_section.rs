use leptos::prelude::*;

use crate::domain::i18n::Messages;
use crate::ui::on_demand::charts::LazyCharts;
use crate::ui::widgets::disclosure::{Content, Disclosure};
use crate::ui::widgets::text::tr;

/// The charts, folded under one 「グラフで見る」 between the overview and the cards: one tap
/// away, and built only once opened, from a module of their own (`ui::on_demand::charts`).
/// Their code, data, summaries and options would cost every visit a download and a slow
/// phone ≈ 20 ms of its start-up, and most visits never open them; once built they stay.
#[component]
pub fn ChartsSection() -> impl IntoView {
    view! {
        <Disclosure class="charts-section" id="charts" content=Content::OnceOpened
            summary=|| view! { <h2 id="charts-title">{tr(|m: &Messages| m.charts_title)}</h2> }>
            <LazyCharts/>
        </Disclosure>
    }
}
