use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::edits::exchange::{apply_import, edit_value_text, preview, read_edits, shown_text, ImportError, PreviewLine, MAX_IMPORT_BYTES};
use crate::domain::edits::EditSet;
use crate::domain::i18n::plain;
use crate::state::edits::now_iso;
use crate::state::{AppState, HistoryMode};
use crate::ui::sheet::sheet_exports::SheetExports;
use crate::ui::widgets::nav_link::NavLink;
use crate::ui::widgets::text::{ruby_view, tr_edit as ew, tr_sheet};
use crate::web::dialogs::confirm;

/// Edit mode's workbench: every edit (official vs edited, with revert), the way to the
/// draft sheet, its CSV and the edits' JSON, and import with a preview.
#[component]
pub fn EditPanel() -> impl IntoView {
    let state = AppState::expect();
    let edits = state.edits;
    let rows = Memo::new(move |_| {
        let set = edits.edits.get();
        let lang = state.lang.get();
        state.official.with_value(|official| {
            set.active()
                .filter_map(|e| {
                    let row = official.indicators.iter().find(|r| r.id == e.kpi)?;
                    let edited = edit_value_text(e.field, e.value.as_deref().unwrap_or_default(), lang);
                    let name = lang.name(&row.name, &row.name_en).to_string();
                    Some((e.kpi.clone(), name, e.field, shown_text(row, e.field, lang), edited, e.edited_at.clone()))
                })
                .collect::<Vec<_>>()
        })
    });
    // The draft sheet opens on the department the list is narrowed to, if any.
    let sheet = Signal::derive(move || state.view.with(|v| v.sheet_of(v.filter.department.clone())));

    view! {
        <section class="edit-panel" aria-labelledby="edit-panel-title">
            <h2 id="edit-panel-title">{ew(|w| w.panel_title)}</h2>
            <p>{ew(|w| w.panel_intro)}</p>
            <h3>{ew(move |w| (w.changes_title)(rows.with(Vec::len)))}</h3>
            <Show when=move || rows.with(|r| !r.is_empty()) fallback=move || view! { <p class="section-note">{ew(|w| w.no_changes)}</p> }>
                <div class="table-scroll">
                    <table class="changes-table">
                        <thead><tr>
                            {(0..6).map(|i| view! { <th scope="col">{ew(move |w| w.change_headers[i])}</th> }).collect_view()}
                        </tr></thead>
                        <tbody>
                            <For each=move || rows.get() key=|r| (r.0.clone(), r.2, r.4.clone()) let((kpi, name, field, official, edited, at))>
                                <tr data-change=format!("{kpi}/{}", field.key())>
                                    <th scope="row">
                                        <a href={ let kpi = kpi.clone(); move || state.home.with(|home| home.open(&kpi).href()) } on:click={
                                            let kpi = kpi.clone();
                                            move |ev: leptos::ev::MouseEvent| {
                                                if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() || ev.button() != 0 {
                                                    return;
                                                }
                                                ev.prevent_default();
                                                state.update(HistoryMode::Push, |v| *v = v.open(&kpi));
                                            }
                                        }>{format!("{kpi} {name}")}</a>
                                    </th>
                                    <td>{move || ruby_view(&state.lang.get().field_label(field))}</td>
                                    <td>{official}</td>
                                    <td>{edited}</td>
                                    <td>{at.replace('T', " ").chars().take(16).collect::<String>()}</td>
                                    <td class="row-actions">
                                        <button type="button" class="button button-quiet" on:click={
                                            let kpi = kpi.clone();
                                            move |_| edits.set(&kpi, field, None)
                                        }>{ew(|w| w.revert_this_field)}</button>
                                        <button type="button" class="button button-quiet" on:click={
                                            let kpi = kpi.clone();
                                            move |_| if confirm(&plain(state.lang.get_untracked().edit_words().confirm_revert_row)) { edits.revert_row(&kpi) }
                                        }>{ew(|w| w.revert_this_row)}</button>
                                    </td>
                                </tr>
                            </For>
                        </tbody>
                    </table>
                </div>
                <button type="button" class="button" on:click=move |_| {
                    if confirm(&plain(state.lang.get_untracked().edit_words().confirm_revert_all)) {
                        edits.revert_all();
                    }
                }>{ew(|w| w.revert_all)}</button>
            </Show>
            <p class="sheet-link"><NavLink to=sheet focus="sheet-title">{tr_sheet(|w| w.open_sheet)}</NavLink></p>
            <p class="section-note">{tr_sheet(|w| w.open_sheet_note)}</p>
            <h3>{ew(|w| w.export_title)}</h3>
            <SheetExports department=Signal::stored(None::<String>)/>
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
        let lang = state.lang.get_untracked();
        let w = lang.edit_words();
        if file.size() > MAX_IMPORT_BYTES as f64 {
            message.set(Some(ImportError::TooLarge { bytes: file.size() as usize }.message(lang)));
            return;
        }
        leptos::task::spawn_local(async move {
            let text = match wasm_bindgen_futures::JsFuture::from(file.text()).await {
                Ok(text) => text.as_string().unwrap_or_default(),
                Err(_) => {
                    message.set(Some(w.import_unreadable_file.into()));
                    return;
                }
            };
            let now = now_iso();
            match state.official.with_value(|d| read_edits(&text, d, &now)) {
                Err(error) => message.set(Some(format!("{}{}", w.import_failed, error.message(lang)))),
                Ok(set) => {
                    let lines = state.data.with_untracked(|d| preview(d, &set));
                    if lines.is_empty() {
                        message.set(Some(w.import_nothing_new.into()));
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
            message.set(Some((state.lang.get_untracked().edit_words().imported)(lines.len())));
            pending.set(None);
        }
    };
    view! {
        <h3>{ew(|w| w.import_title)}</h3>
        <div class="field">
            <label for="import-edits">{ew(|w| w.import_choose)}</label>
            <input id="import-edits" type="file" accept="application/json,.json" on:change=on_file/>
        </div>
        <p class="import-message" role="status">{move || message.get().map(|m| ruby_view(&m))}</p>
        {move || pending.get().map(|(_, lines)| view! {
            <div class="import-preview">
                <p><strong>{ew({ let n = lines.len(); move |w| (w.import_preview)(n) })}</strong></p>
                <div class="table-scroll">
                    <table class="changes-table">
                        <thead><tr>{(0..4).map(|i| view! { <th scope="col">{ew(move |w| w.preview_headers[i])}</th> }).collect_view()}</tr></thead>
                        <tbody>
                            {lines.into_iter().map(|l| view! {
                                <tr><th scope="row">{format!("{} {}", l.kpi, l.name)}</th><td>{ruby_view(&state.lang.get_untracked().field_label(l.field))}</td><td>{l.before}</td><td>{l.after}</td></tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
                <div class="button-row">
                    <button type="button" class="button" on:click=apply>{ew(|w| w.import_apply)}</button>
                    <button type="button" class="button button-quiet" on:click=move |_| pending.set(None)>{ew(|w| w.import_cancel)}</button>
                </div>
            </div>
        })}
    }
}
