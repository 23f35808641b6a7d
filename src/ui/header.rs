use leptos::prelude::*;

use crate::state::AppState;

/// The day this copy of the app was built, so an offline copy never looks newer than it is.
pub const BUILD_DATE: Option<&str> = option_env!("ISESAKI_BUILD_DATE");

/// The sheet's title and the date its figures are as of.
#[component]
pub fn Header() -> impl IntoView {
    let state = AppState::expect();
    let title = state.official.with_value(|d| d.title.clone());
    view! {
        <header class="site-header">
            <p class="site-kicker">"伊勢崎市 総合戦略 KPIダッシュボード"</p>
            <h1 class="site-title">{title}</h1>
            <p class="as-of">
                "データ時点: 令和5年度（FY2023）実績 ・ 市の公表値"
                {BUILD_DATE.map(|date| view! { <span class="build-date">{format!(" ・ このページの作成日: {date}")}</span> })}
            </p>
            <Show when=move || state.edits.edit_mode.get()>
                <p class="edit-mode-flag">"編集モード中 — 変更はこの端末だけに保存されます"</p>
            </Show>
            <div class="header-tools" hidden=move || state.filter.with(|f| f.kiosk.is_some())>
                <button type="button" class="button edit-toggle"
                    aria-pressed=move || state.edits.edit_mode.get().to_string()
                    on:click=move |_| state.edits.edit_mode.update(|on| *on = !*on)>
                    {move || if state.edits.edit_mode.get() { "編集モードを終わる" } else { "編集モード" }}
                </button>
            </div>
        </header>
    }
}
