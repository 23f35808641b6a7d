use leptos::prelude::*;

use super::header::Header;
use super::indicator_list::IndicatorList;

/// The page: header, then the indicators.
#[component]
pub fn App() -> impl IntoView {
    view! {
        <Header/>
        <main id="main" class="page">
            <IndicatorList/>
        </main>
    }
}
