use leptos::prelude::*;

use crate::domain::edits::exchange::shown_text;
use crate::domain::edits::input::{validate_field, InputError, MAX_NOTE_CHARS, MAX_VALUE_CHARS};
use crate::domain::edits::saving::SaveOutcome;
use crate::domain::edits::Field;
use crate::domain::i18n::{plain, Lang};
use crate::domain::Status;
use crate::state::AppState;
use crate::ui::widgets::text::{ruby_view, tr, tr_edit as ew};
use crate::web::dialogs::confirm;

/// Edit mode's form for one indicator: every value, FY2024–FY2027 actuals, status and a
/// note. Each field saves on its own, after the same checks the sheet's figures pass.
#[component]
pub fn EditForm(
    /// The indicator edited.
    kpi: String,
) -> impl IntoView {
    let fields = Field::all();

    let kpi_for_revert = kpi.clone();
    let state = AppState::expect();
    view! {
        <section class="edit-form" aria-labelledby="edit-form-title">
            <h3 id="edit-form-title">{tr(|m| m.local_badge)}</h3>
            <p class="section-note">{ew(|w| w.form_note)}</p>
            {fields.into_iter().map(|field| view! { <FieldEditor kpi=kpi.clone() field/> }).collect_view()}
            <button type="button" class="button"
                disabled=move || state.edits.edits.with(|s| !s.active().any(|e| e.kpi == kpi_for_revert))
                on:click={
                    let kpi = kpi.clone();
                    move |_| {
                        if confirm(&plain(state.lang.get_untracked().edit_words().confirm_revert_row)) {
                            let _ = state.edits.revert_row(&kpi);
                        }
                    }
                }>
                {ew(|w| w.revert_row)}
            </button>
        </section>
    }
}

/// One field: input, save, revert, and the reason when the input is refused.
#[component]
fn FieldEditor(
    /// Indicator id.
    kpi: String,
    /// The field edited.
    field: Field,
) -> impl IntoView {
    let state = AppState::expect();
    let official_row = state.official.with_value(|d| d.indicators.iter().find(|r| r.id == kpi).cloned());
    let Some(official_row) = official_row else { return ().into_any() };
    // A value's draft starts from the figure as printed (the same in every language).
    let official_text = shown_text(&official_row, field, Lang::Ja);
    let official_shown = {
        let row = official_row.clone();
        move || shown_text(&row, field, state.lang.get())
    };
    let input_id = format!("edit-{}-{}", kpi, field.key());
    let error_id = format!("{input_id}-error");
    let stored = {
        let kpi = kpi.clone();
        Memo::new(move |_| state.edits.edits.with(|s| s.get(&kpi, field).map(str::to_string)))
    };
    let draft = RwSignal::new(stored.get_untracked().unwrap_or_else(|| match field {
        Field::Status => official_row.status.key().to_string(),
        Field::Note | Field::LaterActual(_) => String::new(),
        Field::Value(_) => official_text.clone(),
    }));
    let error = RwSignal::new(None::<InputError>);
    // What the last save (or revert) came to; "saved" only once the storage, read back,
    // holds it.
    let outcome = RwSignal::new(None::<SaveOutcome>);

    let save = {
        let kpi = kpi.clone();
        let row = official_row.clone();
        move || {
            let text = draft.get_untracked().trim().to_string();
            if field == Field::Note && text.is_empty() {
                error.set(None);
                outcome.set(Some(state.edits.set(&kpi, field, None)));
                return;
            }
            match validate_field(&row, field, &text) {
                Ok(()) => {
                    error.set(None);
                    outcome.set(Some(state.edits.set(&kpi, field, Some(text))));
                }
                Err(problem) => {
                    error.set(Some(problem));
                    outcome.set(None);
                }
            }
        }
    };
    let revert = {
        let kpi = kpi.clone();
        let official_text = official_text.clone();
        let official_status = official_row.status.key().to_string();
        move |_| {
            let result = state.edits.set(&kpi, field, None);
            draft.set(match field {
                Field::Status => official_status.clone(),
                Field::Value(_) => official_text.clone(),
                _ => String::new(),
            });
            error.set(None);
            // A revert that was stored needs no word; one that was not must say so.
            outcome.set((result != SaveOutcome::Saved).then_some(result));
        }
    };
    let on_submit = {
        let save = save.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            save();
        }
    };
    let described_by = format!("{error_id} {input_id}-official");
    let control = match field {
        Field::Status => view! {
            <select id=input_id.clone() aria-describedby=described_by.clone()
                on:change:target=move |ev| { draft.set(ev.target().value()); outcome.set(None); }>
                {Status::ALL.into_iter().map(|s| view! {
                    <option value=s.key() prop:selected=move || draft.with(|d| d == s.key())>{move || plain(state.lang.get().messages().status(s))}</option>
                }).collect_view()}
            </select>
        }.into_any(),
        Field::Note => view! {
            <textarea id=input_id.clone() rows="3" maxlength=MAX_NOTE_CHARS.to_string() aria-describedby=described_by.clone()
                prop:value=move || draft.get()
                on:input:target=move |ev| { draft.set(ev.target().value()); outcome.set(None); }></textarea>
        }.into_any(),
        _ => view! {
            <input id=input_id.clone() type="text" inputmode="text" autocomplete="off" maxlength=(MAX_VALUE_CHARS * 2).to_string()
                aria-describedby=described_by.clone() aria-invalid=move || error.with(|e| e.is_some()).to_string()
                prop:value=move || draft.get()
                on:input:target=move |ev| { draft.set(ev.target().value()); outcome.set(None); }/>
        }.into_any(),
    };
    view! {
        <form class="field-editor" data-field=field.key() on:submit=on_submit>
            <label for=input_id.clone()>{move || ruby_view(&state.lang.get().field_label(field))}</label>
            <div class="field-editor-row">
                {control}
                <button type="submit" class="button">{ew(|w| w.save)}</button>
                <button type="button" class="button button-quiet" on:click=revert disabled=move || stored.get().is_none()>
                    {ew(|w| w.revert_field)}
                </button>
            </div>
            <p class="field-official" id=format!("{input_id}-official")>{tr(|m| m.official_value)} {official_shown}</p>
            <p class="field-error" id=error_id role="alert">{move || error.get().map(|e| ruby_view(&e.message(state.lang.get())))}</p>
            {move || match outcome.get() {
                Some(SaveOutcome::Saved) => Some(view! { <p class="field-saved" role="status">{ew(|w| w.saved)}</p> }.into_any()),
                Some(SaveOutcome::NotSaved(reason)) => Some(view! {
                    <p class="field-not-saved" role="alert">{move || ruby_view(reason.message(state.lang.get()))}</p>
                }.into_any()),
                None => None,
            }}
        </form>
    }
    .into_any()
}

