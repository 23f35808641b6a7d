use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::edits::exchange::{
    preview, read_edits, ImportError, PreviewLine, MAX_IMPORT_BYTES,
};
use crate::domain::edits::import_plan::{plan_import, Choice, Choices, Conflict, NotApplied};
use crate::domain::edits::saving::SaveOutcome;
use crate::domain::edits::sheet_import::{decode, looks_like_sheet, read_sheet};
use crate::domain::edits::workbook_reader::looks_like_workbook;
use crate::domain::edits::EditSet;
use crate::domain::exports::draft_sheet::DraftSheet;
use crate::domain::i18n::edit_words::EditWords;
use crate::domain::i18n::save_words::SaveWords;
use crate::domain::i18n::Words;
use crate::domain::i18n::{Lang, Messages};
use crate::state::edits::now_iso;
use crate::state::AppState;
use crate::ui::on_demand::spreadsheet::edits_from_workbook;
use crate::ui::staff::import_conflicts::{ImportConflicts, ImportRestores};
use crate::ui::widgets::text::{ruby_view, tr};

/// A file read and sorted, waiting for the user: what it changes, and the fields changed
/// on both devices, each waiting for a choice.
#[derive(Clone)]
struct Pending {
    incoming: EditSet,
    lines: Vec<PreviewLine>,
    conflicts: Vec<Conflict>,
    /// Fields this device changed after the file was written: kept unless chosen.
    older: Vec<Conflict>,
}

/// Choose an edits file, see what it would change and settle each conflict, then apply
/// all of it or none.
#[component]
pub fn ImportEdits() -> impl IntoView {
    let state = AppState::expect();
    let edits = state.edits;
    let pending = RwSignal::new(None::<Pending>);
    let choices = RwSignal::new(Choices::new());
    let message = RwSignal::new(None::<String>);
    // Sorts `incoming` against the edits here now; says so when nothing would change.
    let prepare = move |incoming: EditSet, lang: Lang| {
        choices.set(Choices::new());
        let plan = edits
            .edits
            .with_untracked(|current| plan_import(current, &incoming));
        let plan = match plan {
            Ok(plan) => plan,
            Err(error) => {
                message.set(Some(format!(
                    "{}{}",
                    EditWords::of(lang).import_failed,
                    error.message(lang)
                )));
                return pending.set(None);
            }
        };
        let lines = state.data.with_untracked(|d| {
            state
                .official
                .with_value(|official| preview(d, official, &plan.changes))
        });
        let older =
            (!plan.older.is_empty()).then(|| (SaveWords::of(lang).older_left)(plan.older.len()));
        if lines.is_empty() && plan.conflicts.is_empty() && plan.older.is_empty() {
            message.set(Some(
                [
                    Some(EditWords::of(lang).import_nothing_new.to_string()),
                    older,
                ]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" "),
            ));
            pending.set(None);
        } else {
            message.set(older);
            pending.set(Some(Pending {
                incoming,
                lines,
                conflicts: plan.conflicts,
                older: plan.older,
            }));
        }
    };
    let on_file = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement =
            ev.target().expect("input event target").unchecked_into();
        let Some(file) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        input.set_value("");
        pending.set(None);
        let lang = state.lang.get_untracked();
        let w = EditWords::of(lang);
        if file.size() > MAX_IMPORT_BYTES as f64 {
            message.set(Some(
                ImportError::TooLarge {
                    bytes: file.size() as usize,
                }
                .message(lang),
            ));
            return;
        }
        leptos::task::spawn_local(async move {
            let bytes = match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
                Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
                Err(_) => {
                    message.set(Some(w.import_unreadable_file.into()));
                    return;
                }
            };
            // The draft as this device shows it: what a sheet file is compared with.
            let shown_sheet = move || {
                state.data.with_untracked(|shown| {
                    state.official.with_value(|official| {
                        edits.edits.with_untracked(|set| {
                            DraftSheet::build(official, shown, Some(set), None)
                        })
                    })
                })
            };
            if looks_like_workbook(&bytes) {
                message.set(Some(w.import_reading_workbook.into()));
                let read = edits_from_workbook(
                    bytes,
                    shown_sheet(),
                    state.official.get_value(),
                    now_iso(),
                )
                .await;
                match read {
                    Ok(Ok(set)) => {
                        message.set(None);
                        prepare(set, lang);
                    }
                    Ok(Err(error)) => {
                        message.set(Some(format!("{}{}", w.import_failed, error.message(lang))))
                    }
                    Err(_) => message.set(Some(format!(
                        "{}{}",
                        w.import_failed,
                        Messages::of(lang).part_missing
                    ))),
                }
                return;
            }
            let text = match decode(&bytes) {
                Ok(text) => text,
                Err(error) => {
                    message.set(Some(format!("{}{}", w.import_failed, error.message(lang))));
                    return;
                }
            };
            let now = now_iso();
            // A sheet filled in Excel (CSV) or an edits file (JSON): both end in the same
            // preview, against what this device shows now.
            let read = if looks_like_sheet(&text) {
                let sheet = shown_sheet();
                state
                    .official
                    .with_value(|d| read_sheet(&text, &sheet, d, &now))
                    .map_err(|error| error.message(lang))
            } else {
                state
                    .official
                    .with_value(|d| read_edits(&text, d, &now))
                    .map_err(|error| error.message(lang))
            };
            match read {
                Err(error) => message.set(Some(format!("{}{error}", w.import_failed))),
                Ok(set) => prepare(set, lang),
            }
        });
    };
    let apply = move |_| {
        let Some(Pending {
            incoming, lines, ..
        }) = pending.get_untracked()
        else {
            return;
        };
        let lang = state.lang.get_untracked();
        let chosen = choices.get_untracked();
        match edits.import(&incoming, &chosen) {
            Ok(outcome) => {
                let taken =
                    lines.len() + chosen.values().filter(|c| **c == Choice::TakeFile).count();
                let mut text = (EditWords::of(lang).imported)(taken);
                if let SaveOutcome::NotSaved(reason) = outcome {
                    text = format!("{text} {}", reason.message(lang));
                }
                message.set(Some(text));
                pending.set(None);
            }
            Err(NotApplied::Unresolved(_)) => {
                // This device's edits changed while the user was choosing: sort again.
                prepare(incoming, lang);
                message.set(Some(SaveWords::of(lang).conflicts_changed.into()));
            }
            Err(NotApplied::Refused(error)) => {
                message.set(Some(format!(
                    "{}{}",
                    EditWords::of(lang).import_failed,
                    error.message(lang)
                )));
                pending.set(None);
            }
        }
    };
    let undecided = move || {
        pending.with(|p| {
            p.as_ref().is_some_and(|p| {
                choices.with(|c| {
                    p.conflicts
                        .iter()
                        .any(|conflict| !c.contains_key(&conflict.key()))
                })
            })
        })
    };
    view! {
        <h3>{tr(|w: &EditWords| w.import_title)}</h3>
        <div class="field">
            <label for="import-edits">{tr(|w: &EditWords| w.import_choose)}</label>
            <input id="import-edits" type="file" accept="application/json,.json,text/csv,.csv,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" on:change=on_file/>
        </div>
        <p class="import-message" role="status">{move || message.get().map(|m| ruby_view(&m))}</p>
        {move || pending.get().map(|Pending { lines, conflicts, older, .. }| view! {
            <div class="import-preview">
                {(!lines.is_empty()).then(|| view! {
                    <p><strong>{tr({ let n = lines.len(); move |w: &EditWords| (w.import_preview)(n) })}</strong></p>
                    <div class="table-scroll">
                        <table class="changes-table">
                            <thead><tr>{(0..4).map(|i| view! { <th scope="col">{tr(move |w: &EditWords| w.preview_headers[i])}</th> }).collect_view()}</tr></thead>
                            <tbody>
                                {lines.into_iter().map(|l| view! {
                                    <tr><th scope="row">{format!("{} {}", l.kpi, l.name)}</th><td>{ruby_view(&state.lang.get_untracked().field_label(l.field))}</td><td>{l.before}</td><td>{l.after}</td></tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                })}
                {(!conflicts.is_empty()).then(|| view! { <ImportConflicts conflicts choices/> })}
                {(!older.is_empty()).then(|| view! { <ImportRestores older choices/> })}
                <div class="button-row">
                    <button type="button" class="button" on:click=apply disabled=undecided>{tr(|w: &EditWords| w.import_apply)}</button>
                    <button type="button" class="button button-quiet" on:click=move |_| pending.set(None)>{tr(|w: &EditWords| w.import_cancel)}</button>
                </div>
                <Show when=undecided>
                    <p class="section-note">{move || ruby_view(SaveWords::of(state.lang.get()).choose_each)}</p>
                </Show>
            </div>
        })}
    }
}
