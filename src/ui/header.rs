use leptos::prelude::*;

use crate::state::AppState;

/// The sheet's title and the date its figures are as of.
#[component]
pub fn Header() -> impl IntoView {
    let state = AppState::expect();
    let title = state.official.with_value(|d| d.title.clone());
    view! {
        <header class="site-header">
            <p class="site-kicker">"伊勢崎市 総合戦略 KPIダッシュボード"</p>
            <h1 class="site-title">{title}</h1>
            <p class="as-of">"データ時点: 令和5年度（FY2023）実績 ・ 市の公表値"</p>
        </header>
    }
}
