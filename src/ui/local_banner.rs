use leptos::prelude::*;

use super::download::download_text;
use super::text::tr;
use crate::state::edits::StorageHealth;
use crate::state::AppState;

/// Always-visible notices about local data: that edited figures are shown (with a switch
/// to the official figures), and any storage problem with what the user can do about it.
#[component]
pub fn LocalBanner() -> impl IntoView {
    let state = AppState::expect();
    let edits = state.edits;
    let count = Memo::new(move |_| edits.edits.with(|s| s.active_count()));
    view! {
        <Show when=move || { count.get() > 0 }>
            <div class="local-banner" role="region" aria-label="この端末での編集">
                <p>
                    <span class="local-badge">{tr(|m| m.local_badge)}</span>
                    {tr(move |m| if edits.official_only.get() { (m.official_only_shown)(count.get()) } else { (m.edits_shown)(count.get()) })}
                </p>
                <label class="switch">
                    <input type="checkbox" role="switch"
                        prop:checked=move || edits.official_only.get()
                        on:change:target=move |ev| edits.official_only.set(ev.target().checked())/>
                    {tr(|m| m.official_only_switch)}
                </label>
            </div>
        </Show>
        {move || match edits.health.get() {
            StorageHealth::Saved => None,
            StorageHealth::Unavailable => Some(view! {
                <div class="storage-warning" role="alert">
                    <p>"この環境ではブラウザに保存できません（プライベートモードやファイルから開いた場合など）。編集はこのページを閉じるまで有効です。残すには「編集データを書き出す」で保存してください。"</p>
                </div>
            }.into_any()),
            StorageHealth::QuotaExceeded => Some(view! {
                <div class="storage-warning" role="alert">
                    <p>"ブラウザの保存容量がいっぱいで、最新の編集を保存できませんでした。編集はこのページを開いている間は残っています。「編集データを書き出す」で保存してください。"</p>
                </div>
            }.into_any()),
            StorageHealth::Corrupted { raw, error } => Some(view! {
                <div class="storage-warning" role="alert">
                    <p>"保存されていた編集データを読み込めなかったため、市の公表値で表示しています。読めなかったデータはそのまま残してあります。"</p>
                    <p class="section-note">"理由: " {error}</p>
                    <div class="button-row">
                        <button type="button" class="button" on:click=move |_| download_text("isesaki-kpi-unreadable-edits.txt", "text/plain;charset=utf-8", &raw)>
                            "読めなかったデータをダウンロード"
                        </button>
                        <button type="button" class="button" on:click=move |_| {
                            if super::edit_form::confirm("読めなかった編集データを削除して、保存をやり直しますか？") {
                                edits.reset_storage();
                            }
                        }>"リセットして保存を再開"</button>
                    </div>
                </div>
            }.into_any()),
        }}
    }
}
