use leptos::prelude::*;

use crate::domain::edits::exchange::{edit_value_text, shown_text};
use crate::domain::edits::{superseded, Field};
use crate::domain::i18n::edit_words::EditWords;
use crate::domain::i18n::plain;
use crate::domain::i18n::sheet_words::SheetWords;
use crate::domain::i18n::Words;
use crate::state::{AppState, HistoryMode};
use crate::ui::staff::import_edits::ImportEdits;
use crate::ui::staff::sheet_exports::SheetExports;
use crate::ui::widgets::nav_link::{stays_in_place, NavLink};
use crate::ui::widgets::text::{ruby_view, tr};
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
                    let edited =
                        edit_value_text(e.field, e.value.as_deref().unwrap_or_default(), lang);
                    let name = lang.name(&row.name, &row.name_en).to_string();
                    Some((
                        e.kpi.clone(),
                        name,
                        e.field,
                        shown_text(row, e.field, lang),
                        edited,
                        e.edited_at.clone(),
                        superseded(row, e.field),
                    ))
                })
                .collect::<Vec<_>>()
        })
    });
    let superseded_count = Memo::new(move |_| rows.with(|r| r.iter().filter(|r| r.6).count()));
    let has_superseded = move || superseded_count.get() > 0;
    let edition_year = state.edition_year();
    // The draft sheet opens on the department the list is narrowed to, if any.
    let sheet =
        Signal::derive(move || state.view.with(|v| v.sheet_of(v.filter.department.clone())));

    view! {
        <section class="edit-panel" aria-labelledby="edit-panel-title">
            <h2 id="edit-panel-title" tabindex="-1">{tr(|w: &EditWords| w.panel_title)}</h2>
            <p>{tr(|w: &EditWords| w.panel_intro)}</p>
            <h3>{tr(move |w: &EditWords| (w.changes_title)(rows.with(Vec::len)))}</h3>
            <Show when=move || rows.with(|r| !r.is_empty()) fallback=move || view! { <p class="section-note">{tr(|w: &EditWords| w.no_changes)}</p> }>
                <Show when=has_superseded>
                    <div class="superseded-summary" role="note">
                        <p>{tr(move |w: &EditWords| (w.superseded_summary)(superseded_count.get(), edition_year))}</p>
                        <button type="button" class="button" on:click=move |_| {
                            let published: Vec<(String, Field)> = rows.with_untracked(|r| {
                                r.iter().filter(|r| r.6).map(|r| (r.0.clone(), r.2)).collect()
                            });
                            for (kpi, field) in published {
                                let _ = edits.set(&kpi, field, None);
                            }
                        }>{tr(|w: &EditWords| w.drop_all_superseded)}</button>
                    </div>
                </Show>
                <div class="table-scroll">
                    <table class="changes-table">
                        <thead><tr>
                            {(0..6).map(|i| view! { <th scope="col">{tr(move |w: &EditWords| w.change_headers[i])}</th> }).collect_view()}
                        </tr></thead>
                        <tbody>
                            <For each=move || rows.get() key=|r| (r.0.clone(), r.2, r.4.clone()) let((kpi, name, field, official, edited, at, published))>
                                <tr data-change=format!("{kpi}/{}", field.key()) data-superseded=published.to_string()>
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
                                    <td>
                                        {edited}
                                        {published.then(|| view! { <p class="superseded-note">{tr(move |w: &EditWords| (w.superseded_note)(edition_year))}</p> })}
                                    </td>
                                    <td>{at.replace('T', " ").chars().take(16).collect::<String>()}</td>
                                    <td class="row-actions">
                                        <button type="button" class="button button-quiet" on:click={
                                            let kpi = kpi.clone();
                                            move |_| { let _ = edits.set(&kpi, field, None); }
                                        }>{if published { tr(|w: &EditWords| w.drop_superseded).into_any() } else { tr(|w: &EditWords| w.revert_this_field).into_any() }}</button>
                                        <button type="button" class="button button-quiet" on:click={
                                            let kpi = kpi.clone();
                                            move |_| if confirm(&plain(EditWords::of(state.lang.get_untracked()).confirm_revert_row)) { let _ = edits.revert_row(&kpi); }
                                        }>{tr(|w: &EditWords| w.revert_this_row)}</button>
                                    </td>
                                </tr>
                            </For>
                        </tbody>
                    </table>
                </div>
                <button type="button" class="button" on:click=move |_| {
                    if confirm(&plain(EditWords::of(state.lang.get_untracked()).confirm_revert_all)) {
                        let _ = edits.revert_all();
                    }
                }>{tr(|w: &EditWords| w.revert_all)}</button>
            </Show>
            <p class="sheet-link"><NavLink to=sheet focus="sheet-title">{tr(|w: &SheetWords| w.open_sheet)}</NavLink></p>
            <p class="section-note">{tr(|w: &SheetWords| w.open_sheet_note)}</p>
            <h3>{tr(|w: &EditWords| w.export_title)}</h3>
            <SheetExports department=Signal::stored(None::<String>)/>
            <ImportEdits/>
        </section>
    }
}
