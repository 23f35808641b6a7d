use leptos::prelude::*;

use crate::domain::edits::exchange::{dataset_csv, dataset_json, edit_value_text, edits_json, shown_text};
use crate::domain::i18n::plain;
use crate::state::edits::now_iso;
use crate::state::{AppState, HistoryMode};
use crate::ui::edit::import_edits::ImportEdits;
use crate::ui::widgets::nav_link::stays_in_place;
use crate::ui::widgets::text::{ruby_view, tr_edit as ew};
use crate::web::dialogs::confirm;
use crate::web::download::{date_part, download_text};

/// Edit mode's workbench: every edit (official vs edited, with revert), export of the
/// merged sheet and of the edits, and import with a preview.
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
                                                if !stays_in_place(&ev, state.view.with_untracked(|v| v.kiosk.is_some())) {
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
                                            move |_| { let _ = edits.set(&kpi, field, None); }
                                        }>{ew(|w| w.revert_this_field)}</button>
                                        <button type="button" class="button button-quiet" on:click={
                                            let kpi = kpi.clone();
                                            move |_| if confirm(&plain(state.lang.get_untracked().edit_words().confirm_revert_row)) { let _ = edits.revert_row(&kpi); }
                                        }>{ew(|w| w.revert_this_row)}</button>
                                    </td>
                                </tr>
                            </For>
                        </tbody>
                    </table>
                </div>
                <button type="button" class="button" on:click=move |_| {
                    if confirm(&plain(state.lang.get_untracked().edit_words().confirm_revert_all)) {
                        let _ = edits.revert_all();
                    }
                }>{ew(|w| w.revert_all)}</button>
            </Show>
            <h3>{ew(|w| w.export_title)}</h3>
            <div class="button-row">
                <button type="button" class="button" on:click=export_json>{ew(|w| w.export_json)}</button>
                <button type="button" class="button" on:click=export_csv>{ew(|w| w.export_csv)}</button>
                <button type="button" class="button" on:click=export_edits>{ew(|w| w.export_edits)}</button>
            </div>
            <ImportEdits/>
        </section>
    }
}
