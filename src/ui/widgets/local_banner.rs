use leptos::prelude::*;

use crate::domain::i18n::edit_words::EditWords;
use crate::domain::i18n::plain;
use crate::domain::i18n::Messages;
use crate::domain::i18n::Words;
use crate::state::edits::StorageHealth;
use crate::state::AppState;
use crate::ui::widgets::text::{ruby_view, tr, tr_plain};
use crate::web::dialogs::confirm;
use crate::web::download::download_text;

/// Always-visible notices about local data: that edited figures are shown (with a switch
/// to the official figures), and any storage problem with what the user can do about it.
#[component]
pub fn LocalBanner() -> impl IntoView {
    let state = AppState::expect();
    let edits = state.edits;
    let count = Memo::new(move |_| edits.edits.with(|s| s.active_count()));
    view! {
        <Show when=move || { count.get() > 0 }>
            <div class="local-banner" role="region" aria-label=tr_plain(|m: &Messages| m.local_badge)>
                <p>
                    <span class="local-badge">{tr(|m: &Messages| m.local_badge)}</span>
                    {tr(move |m: &Messages| if edits.official_only.get() { (m.official_only_shown)(count.get()) } else { (m.edits_shown)(count.get()) })}
                </p>
                <label class="switch">
                    <input type="checkbox" role="switch"
                        prop:checked=move || edits.official_only.get()
                        on:change:target=move |ev| edits.official_only.set(ev.target().checked())/>
                    {tr(|m: &Messages| m.official_only_switch)}
                </label>
            </div>
        </Show>
        {move || {
            let w = EditWords::of(state.lang.get());
            let lang = state.lang.get();
            match edits.health.get() {
            StorageHealth::Saved => None,
            StorageHealth::Unavailable => Some(view! {
                <div class="storage-warning" role="alert">
                    <p>{ruby_view(w.storage_unavailable)}</p>
                </div>
            }.into_any()),
            StorageHealth::NotRead => Some(view! {
                <div class="storage-warning" role="alert">
                    <p>{ruby_view(w.storage_not_read)}</p>
                </div>
            }.into_any()),
            StorageHealth::QuotaExceeded => Some(view! {
                <div class="storage-warning" role="alert">
                    <p>{ruby_view(w.storage_full)}</p>
                </div>
            }.into_any()),
            StorageHealth::Corrupted { raw, error } => Some(view! {
                <div class="storage-warning" role="alert">
                    <p>{ruby_view(w.storage_corrupted)}</p>
                    <p class="section-note">{ruby_view(w.reason)} {ruby_view(&error.message(lang))}</p>
                    // A kiosk exports nothing and changes no storage: staff repair it elsewhere.
                    <Show when=move || state.view.with(|v| v.kiosk.is_none())>
                        <div class="button-row">
                            <button type="button" class="button" on:click={ let raw = raw.clone(); move |_| download_text("isesaki-kpi-unreadable-edits.txt", "text/plain;charset=utf-8", &raw) }>
                                {ruby_view(w.download_unreadable)}
                            </button>
                            <button type="button" class="button" on:click=move |_| {
                                if confirm(&plain(w.confirm_reset)) {
                                    edits.reset_storage();
                                }
                            }>{ruby_view(w.reset_storage)}</button>
                        </div>
                    </Show>
                </div>
            }.into_any()),
        }}}
    }
}
