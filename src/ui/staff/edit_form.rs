use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::edits::input::InputError;
use crate::domain::edits::row_form::{
    form_text, official_text, other_fields, plan_row_save, yearly_fields,
};
use crate::domain::edits::saving::SaveOutcome;
use crate::domain::edits::Field;
use crate::domain::i18n::edit_words::EditWords;
use crate::domain::i18n::plain;
use crate::domain::i18n::row_form_words::RowFormWords;
use crate::domain::i18n::Words;
use crate::state::AppState;
use crate::ui::staff::form_field::{control_id, FieldDraft, FormField};
use crate::ui::widgets::disclosure::{Content, Disclosure};
use crate::ui::widgets::text::{ruby_view, tr};
use crate::web::dialogs::confirm;

/// What the last press of 保存 came to.
#[derive(Clone, PartialEq)]
enum FormOutcome {
    Saved(SaveOutcome),
    NothingChanged,
    /// Nothing saved: this many fields need a look.
    Problems(usize),
}

/// Edit mode's form for one indicator, near the top of its detail: the drafted year's
/// actual, the status (with the computed label the figures would get), the delay reason
/// and ①②③ first; the other values folded below. One 保存 checks every changed field
/// and stores all of them or none; each problem is shown at its field.
#[component]
pub fn EditForm(
    /// The indicator edited.
    kpi: String,
) -> impl IntoView {
    let state = AppState::expect();
    let Some(official) = state
        .official
        .with_value(|d| d.indicators.iter().find(|r| r.id == kpi).cloned())
    else {
        return ().into_any();
    };
    let draft_year = state.official.with_value(|d| d.fiscal_year + 1);
    let start = |field: Field| {
        state
            .edits
            .edits
            .with_untracked(|set| form_text(&official, set, field))
    };
    let yearly: Vec<FieldDraft> = yearly_fields(draft_year)
        .into_iter()
        .map(|f| FieldDraft::new(f, start(f)))
        .collect();
    let others: Vec<FieldDraft> = other_fields(draft_year)
        .into_iter()
        .map(|f| FieldDraft::new(f, start(f)))
        .collect();
    let all: StoredValue<Vec<FieldDraft>> =
        StoredValue::new(yearly.iter().chain(&others).copied().collect());
    // Boxes not being typed in follow the edits: another tab, an import, a revert in the
    // changes list.
    {
        let official = official.clone();
        Effect::new(move |_| {
            state.edits.edits.with(|set| {
                all.with_value(|drafts| {
                    drafts
                        .iter()
                        .for_each(|d| d.follow(form_text(&official, set, d.field)))
                })
            });
        });
    }
    let errors = RwSignal::new(Vec::<(Field, InputError)>::new());
    let outcome = RwSignal::new(None::<FormOutcome>);
    let others_open = RwSignal::new(
        state
            .edits
            .edits
            .with_untracked(|set| others.iter().any(|d| set.get(&kpi, d.field).is_some())),
    );
    let status_text = yearly
        .iter()
        .find(|d| d.field == Field::Status)
        .map_or_else(|| RwSignal::new(String::new()), |d| d.text);
    let figures_typed = Signal::derive(move || {
        all.with_value(|drafts| {
            drafts
                .iter()
                .filter(|d| {
                    matches!(d.field, Field::Value(_) | Field::LaterActual(_)) && d.changed()
                })
                .map(|d| (d.field, d.text.get()))
                .collect::<Vec<_>>()
        })
    });
    let unsaved = move || all.with_value(|drafts| drafts.iter().any(FieldDraft::changed));

    let save = {
        let (kpi, official) = (kpi.clone(), official.clone());
        move || {
            let changed: Vec<(Field, String)> = all.with_value(|drafts| {
                drafts
                    .iter()
                    .filter(|d| d.changed_untracked())
                    .map(|d| (d.field, d.text.get_untracked()))
                    .collect()
            });
            match state
                .edits
                .edits
                .with_untracked(|set| plan_row_save(&official, set, &changed))
            {
                Ok(planned) => {
                    errors.set(Vec::new());
                    let fields: Vec<(Field, Option<String>)> =
                        planned.iter().map(|p| (p.field, p.value.clone())).collect();
                    let result = state.edits.save_row(&kpi, &fields);
                    // The boxes show what was stored (1510 → 1,510件).
                    all.with_value(|drafts| {
                        for p in &planned {
                            if let Some(draft) = drafts.iter().find(|d| d.field == p.field) {
                                draft.settle(
                                    p.value
                                        .clone()
                                        .unwrap_or_else(|| official_text(&official, p.field)),
                                );
                            }
                        }
                    });
                    outcome.set(Some(
                        result.map_or(FormOutcome::NothingChanged, FormOutcome::Saved),
                    ));
                }
                Err(problems) => {
                    let first = problems[0].0;
                    if problems
                        .iter()
                        .any(|(field, _)| !yearly_fields(draft_year).contains(field))
                    {
                        others_open.set(true);
                    }
                    outcome.set(Some(FormOutcome::Problems(problems.len())));
                    errors.set(problems);
                    focus_field(&kpi, first);
                }
            }
        }
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        save();
    };
    let field_view = {
        let (kpi, official) = (kpi.clone(), official.clone());
        move |draft: FieldDraft| {
            let error = Signal::derive(move || {
                errors.with(|e| {
                    e.iter()
                        .find(|(f, _)| *f == draft.field)
                        .map(|(_, e)| e.clone())
                })
            });
            view! { <FormField kpi=kpi.clone() official=official.clone() draft error status_text figures_typed/> }
        }
    };
    let revert_kpi = kpi.clone();
    view! {
        <section class="edit-form" aria-labelledby="edit-form-title">
            <h3 id="edit-form-title" tabindex="-1">{move || ruby_view(RowFormWords::of(state.lang.get()).title)}</h3>
            <p class="section-note">{move || ruby_view(RowFormWords::of(state.lang.get()).note)}</p>
            <form class="row-form" novalidate on:submit=on_submit>
                <fieldset class="form-group">
                    <legend>{move || ruby_view(&(RowFormWords::of(state.lang.get()).yearly_legend)(draft_year))}</legend>
                    {yearly.into_iter().map(field_view.clone()).collect_view()}
                </fieldset>
                <Disclosure class="form-group other-fields" open=others_open content=Content::Always
                    summary=move || ruby_view(RowFormWords::of(state.lang.get()).other_legend)>
                    {others.iter().copied().map(field_view.clone()).collect_view()}
                </Disclosure>
                <div class="form-actions">
                    <button type="submit" class="button button-primary">{tr(|w: &EditWords| w.save)}</button>
                    <p class="form-unsaved" hidden=move || !unsaved()>{move || ruby_view(RowFormWords::of(state.lang.get()).unsaved)}</p>
                    {move || outcome.get().map(outcome_view)}
                </div>
            </form>
            <button type="button" class="button button-quiet"
                disabled=move || state.edits.edits.with(|s| !s.active().any(|e| e.kpi == revert_kpi))
                on:click={
                    let kpi = kpi.clone();
                    move |_| {
                        if confirm(&plain(EditWords::of(state.lang.get_untracked()).confirm_revert_row)) {
                            let _ = state.edits.revert_row(&kpi);
                            outcome.set(None);
                        }
                    }
                }>
                {tr(|w: &EditWords| w.revert_row)}
            </button>
        </section>
    }
    .into_any()
}

/// The word after 保存: saved, not saved and why, nothing to save, or what to fix.
fn outcome_view(outcome: FormOutcome) -> AnyView {
    let state = AppState::expect();
    match outcome {
        FormOutcome::Saved(SaveOutcome::Saved) => view! { <p class="field-saved" role="status">{tr(|w: &EditWords| w.saved)}</p> }.into_any(),
        FormOutcome::Saved(SaveOutcome::NotSaved(reason)) => {
            view! { <p class="field-not-saved" role="alert">{move || ruby_view(reason.message(state.lang.get()))}</p> }.into_any()
        }
        FormOutcome::NothingChanged => {
            view! { <p class="form-nothing" role="status">{move || ruby_view(RowFormWords::of(state.lang.get()).nothing_changed)}</p> }.into_any()
        }
        FormOutcome::Problems(n) => {
            view! { <p class="form-problems" role="alert">{move || ruby_view(&(RowFormWords::of(state.lang.get()).fix_first)(n))}</p> }.into_any()
        }
    }
}

/// Puts the keyboard on the first field to fix, once the folded group it may sit in is open.
fn focus_field(kpi: &str, field: Field) {
    let id = control_id(kpi, field);
    request_animation_frame(move || {
        if let Some(element) = document()
            .get_element_by_id(&id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = element.focus();
        }
    });
}
