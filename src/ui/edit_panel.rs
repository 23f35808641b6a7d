use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::download::{date_part, download_text};
use super::edit_form::confirm;
use crate::domain::edits::{EditSet, Field};
use crate::domain::exchange::{apply_import, dataset_csv, dataset_json, edits_json, preview, read_edits, shown_text, PreviewLine, MAX_IMPORT_BYTES};
use crate::state::edits::now_iso;
use crate::state::{AppState, HistoryMode};

/// Edit mode's workbench: every edit (official vs edited, with revert), export of the
/// merged sheet and of the edits, and import with a preview.
#[component]
pub fn EditPanel() -> impl IntoView {
    let state = AppState::expect();
    let edits = state.edits;
    let rows = Memo::new(move |_| {
        let set = edits.edits.get();
        state.official.with_value(|official| {
            set.active()
                .filter_map(|e| {
                    let row = official.indicators.iter().find(|r| r.id == e.kpi)?;
                    let field = Field::from_key(&e.field)?;
                    Some((e.kpi.clone(), row.name.clone(), field, shown_text(row, field), e.value.clone().unwrap_or_default(), e.edited_at.clone()))
                })
                .collect::<Vec<_>>()
        })
    });
    let export_json = move |_| {
        let now = now_iso();
        let text = state.data.with_untracked(|d| edits.edits.with_untracked(|s| dataset_json(d, s, &now)));
        download_text(&format!("isesaki-kpi-{}-with-local-edits.json", date_part(&now)), "application/json", &text);
    };
    let export_csv = move |_| {
        let now = now_iso();
        let text = state.data.with_untracked(|d| edits.edits.with_untracked(|s| dataset_csv(d, s)));
        download_text(&format!("isesaki-kpi-{}.csv", date_part(&now)), "text/csv;charset=utf-8", &text);
    };
    let export_edits = move |_| {
        let now = now_iso();
        let text = edits.edits.with_untracked(|s| edits_json(s, &now));
        download_text(&format!("isesaki-kpi-edits-{}.json", date_part(&now)), "application/json", &text);
    };

    view! {
        <section class="edit-panel" aria-labelledby="edit-panel-title">
            <h2 id="edit-panel-title">"編集モード"</h2>
            <p>"指標の詳細を開くと、値・進捗状況・メモを編集し、令和6〜9年度の実績を追加できます。編集はこの端末だけに保存されます。"</p>
            <h3>{move || format!("変更一覧（{}件）", rows.with(Vec::len))}</h3>
            <Show when=move || rows.with(|r| !r.is_empty()) fallback=|| view! { <p class="section-note">"まだ編集はありません。"</p> }>
                <div class="table-scroll">
                    <table class="changes-table">
                        <thead><tr>
                            <th scope="col">"指標"</th><th scope="col">"項目"</th><th scope="col">"市の公表値"</th>
                            <th scope="col">"この端末の値"</th><th scope="col">"編集日時"</th><th scope="col">"操作"</th>
                        </tr></thead>
                        <tbody>
                            <For each=move || rows.get() key=|r| (r.0.clone(), r.2, r.4.clone()) let((kpi, name, field, official, edited, at))>
                                <tr data-change=format!("{kpi}/{}", field.key())>
                                    <th scope="row">
                                        <a href=format!("?kpi={kpi}") on:click={
                                            let kpi = kpi.clone();
                                            move |ev: leptos::ev::MouseEvent| {
                                                ev.prevent_default();
                                                state.update(HistoryMode::Push, |f| f.kpi = Some(kpi.clone()));
                                            }
                                        }>{format!("{kpi} {name}")}</a>
                                    </th>
                                    <td>{field.label_ja()}</td>
                                    <td>{official}</td>
                                    <td>{edited}</td>
                                    <td>{at.replace('T', " ").chars().take(16).collect::<String>()}</td>
                                    <td class="row-actions">
                                        <button type="button" class="button button-quiet" on:click={
                                            let kpi = kpi.clone();
                                            move |_| edits.set(&kpi, field, None)
                                        }>"この項目を戻す"</button>
                                        <button type="button" class="button button-quiet" on:click={
                                            let kpi = kpi.clone();
                                            move |_| if confirm("この指標の編集をすべて取り消しますか？") { edits.revert_row(&kpi) }
                                        }>"この指標を戻す"</button>
                                    </td>
                                </tr>
                            </For>
                        </tbody>
                    </table>
                </div>
                <button type="button" class="button" on:click=move |_| {
                    if confirm("この端末の編集をすべて取り消し、市の公表値に戻しますか？") {
                        edits.revert_all();
                    }
                }>"すべての編集を取り消す"</button>
            </Show>
            <h3>"書き出し"</h3>
            <div class="button-row">
                <button type="button" class="button" on:click=export_json>"データ一式（JSON）"</button>
                <button type="button" class="button" on:click=export_csv>"表（CSV・Excel用）"</button>
                <button type="button" class="button" on:click=export_edits>"編集データを書き出す（JSON・バックアップ用）"</button>
            </div>
            <ImportEdits/>
        </section>
    }
}

/// Choose an edits file, see what it would change, then apply all of it or none.
#[component]
fn ImportEdits() -> impl IntoView {
    let state = AppState::expect();
    let edits = state.edits;
    let pending = RwSignal::new(None::<(EditSet, Vec<PreviewLine>)>);
    let message = RwSignal::new(None::<String>);
    let on_file = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = ev.target().expect("input event target").unchecked_into();
        let Some(file) = input.files().and_then(|files| files.get(0)) else { return };
        input.set_value("");
        pending.set(None);
        if file.size() > MAX_IMPORT_BYTES as f64 {
            message.set(Some(format!("ファイルが大きすぎます（{} KB）。{} KB までの編集データを選んでください。", (file.size() / 1024.0) as u64, MAX_IMPORT_BYTES / 1024)));
            return;
        }
        leptos::task::spawn_local(async move {
            let text = match wasm_bindgen_futures::JsFuture::from(file.text()).await {
                Ok(text) => text.as_string().unwrap_or_default(),
                Err(_) => {
                    message.set(Some("ファイルを読み込めませんでした。".into()));
                    return;
                }
            };
            let now = now_iso();
            match state.official.with_value(|d| read_edits(&text, d, &now)) {
                Err(error) => message.set(Some(format!("読み込めませんでした。{}", error.message_ja()))),
                Ok(set) => {
                    let lines = state.data.with_untracked(|d| preview(d, &set));
                    if lines.is_empty() {
                        message.set(Some("このファイルには、いま表示している値と違う編集がありません。".into()));
                    } else {
                        message.set(None);
                        pending.set(Some((set, lines)));
                    }
                }
            }
        });
    };
    let apply = move |_| {
        if let Some((set, lines)) = pending.get_untracked() {
            let now = now_iso();
            edits.edits.update(|current| *current = apply_import(current, &set, &now));
            message.set(Some(format!("{}件の編集を読み込みました。", lines.len())));
            pending.set(None);
        }
    };
    view! {
        <h3>"編集データの読み込み"</h3>
        <div class="field">
            <label for="import-edits">"編集データ（JSON）を選ぶ"</label>
            <input id="import-edits" type="file" accept="application/json,.json" on:change=on_file/>
        </div>
        <p class="import-message" role="status">{move || message.get()}</p>
        {move || pending.get().map(|(_, lines)| view! {
            <div class="import-preview">
                <p><strong>{format!("次の{}件が変わります。よろしければ「読み込む」を押してください。", lines.len())}</strong></p>
                <div class="table-scroll">
                    <table class="changes-table">
                        <thead><tr><th scope="col">"指標"</th><th scope="col">"項目"</th><th scope="col">"いまの値"</th><th scope="col">"読み込む値"</th></tr></thead>
                        <tbody>
                            {lines.into_iter().map(|l| view! {
                                <tr><th scope="row">{format!("{} {}", l.kpi, l.name)}</th><td>{l.field}</td><td>{l.before}</td><td>{l.after}</td></tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
                <div class="button-row">
                    <button type="button" class="button" on:click=apply>"読み込む"</button>
                    <button type="button" class="button button-quiet" on:click=move |_| pending.set(None)>"やめる"</button>
                </div>
            </div>
        })}
    }
}
