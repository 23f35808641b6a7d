use leptos::prelude::*;

use super::header::BUILD_DATE;
use super::kiosk::PUBLIC_URL;
use crate::domain::kiosk::{qr_svg, share_url};
use crate::state::AppState;

/// Shown on paper only: where the printed view lives online, and how old its figures are.
#[component]
pub fn PrintFooter() -> impl IntoView {
    let state = AppState::expect();
    let link = Memo::new(move |_| {
        state.filter.with(|f| share_url(PUBLIC_URL, f)).unwrap_or_else(|| window().location().href().unwrap_or_default())
    });
    let qr = Memo::new(move |_| PUBLIC_URL.and(qr_svg(&link.get())));
    view! {
        <footer class="print-only print-footer">
            <p>"出典: 伊勢崎市「第２期伊勢崎市まち・ひと・しごと創生総合戦略 効果検証シート（令和５年度）」"</p>
            <p>"データ時点: 令和5年度（FY2023）実績" {BUILD_DATE.map(|d| format!(" ・ 印刷したページの作成日: {d}"))}</p>
            <p class="print-link">"このページ: " {move || link.get()}</p>
            {move || qr.get().map(|svg| view! { <div class="print-qr" inner_html=svg></div> })}
        </footer>
    }
}
