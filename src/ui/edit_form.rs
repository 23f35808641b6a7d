use leptos::prelude::*;

use crate::domain::edit_input::{validate_field, MAX_NOTE_CHARS, MAX_VALUE_CHARS};
use crate::domain::edits::Field;
use crate::domain::exchange::shown_text;
use crate::domain::Status;
use crate::state::AppState;

/// Edit mode's form for one indicator: every value, FY2024–FY2027 actuals, status and a
/// note. Each field saves on its own, after the same checks the sheet's figures pass.
#[component]
pub fn EditForm(
    /// The indicator edited.
    kpi: String,
) -> impl IntoView {
    let fields = Field::all();
    let heading = "この端末で編集";
    let kpi_for_revert = kpi.clone();
    let state = AppState::expect();
    view! {
        <section class="edit-form" aria-labelledby="edit-form-title">
            <h3 id="edit-form-title">{heading}</h3>
            <p class="section-note">"入力した値はこの端末（ブラウザ）だけに保存され、市の公表値は変わりません。値はシートと同じ書き方で入力してください（例: 1,650件、男性79.6歳 女性84.1歳）。"</p>
            {fields.into_iter().map(|field| view! { <FieldEditor kpi=kpi.clone() field/> }).collect_view()}
            <button type="button" class="button"
                disabled=move || state.edits.edits.with(|s| !s.active().any(|e| e.kpi == kpi_for_revert))
                on:click={
                    let kpi = kpi.clone();
                    move |_| {
                        if confirm("この指標の編集をすべて取り消し、公表値に戻しますか？") {
                            state.edits.revert_row(&kpi);
                        }
                    }
                }>
                "この指標の編集をすべて取り消す"
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
    let official_text = shown_text(&official_row, field);
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
    let error = RwSignal::new(None::<String>);
    let saved = RwSignal::new(false);

    let save = {
        let kpi = kpi.clone();
        let row = official_row.clone();
        move || {
            let text = draft.get_untracked().trim().to_string();
            if field == Field::Note && text.is_empty() {
                state.edits.set(&kpi, field, None);
                error.set(None);
                saved.set(true);
                return;
            }
            match validate_field(&row, field, &text) {
                Ok(()) => {
                    state.edits.set(&kpi, field, Some(text));
                    error.set(None);
                    saved.set(true);
                }
                Err(problem) => {
                    error.set(Some(problem.message_ja()));
                    saved.set(false);
                }
            }
        }
    };
    let revert = {
        let kpi = kpi.clone();
        let official_text = official_text.clone();
        let official_status = official_row.status.key().to_string();
        move |_| {
            state.edits.set(&kpi, field, None);
            draft.set(match field {
                Field::Status => official_status.clone(),
                Field::Value(_) => official_text.clone(),
                _ => String::new(),
            });
            error.set(None);
            saved.set(false);
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
                on:change:target=move |ev| { draft.set(ev.target().value()); saved.set(false); }>
                {Status::ALL.into_iter().map(|s| view! {
                    <option value=s.key() prop:selected=move || draft.with(|d| d == s.key())>{s.label_ja()}</option>
                }).collect_view()}
            </select>
        }.into_any(),
        Field::Note => view! {
            <textarea id=input_id.clone() rows="3" maxlength=MAX_NOTE_CHARS.to_string() aria-describedby=described_by.clone()
                prop:value=move || draft.get()
                on:input:target=move |ev| { draft.set(ev.target().value()); saved.set(false); }></textarea>
        }.into_any(),
        _ => view! {
            <input id=input_id.clone() type="text" inputmode="text" autocomplete="off" maxlength=(MAX_VALUE_CHARS * 2).to_string()
                aria-describedby=described_by.clone() aria-invalid=move || error.with(|e| e.is_some()).to_string()
                prop:value=move || draft.get()
                on:input:target=move |ev| { draft.set(ev.target().value()); saved.set(false); }/>
        }.into_any(),
    };
    view! {
        <form class="field-editor" data-field=field.key() on:submit=on_submit>
            <label for=input_id.clone()>{field.label_ja()}</label>
            <div class="field-editor-row">
                {control}
                <button type="submit" class="button">"保存"</button>
                <button type="button" class="button button-quiet" on:click=revert disabled=move || stored.get().is_none()>
                    "公表値に戻す"
                </button>
            </div>
            <p class="field-official" id=format!("{input_id}-official")>"市の公表値: " {official_text}</p>
            <p class="field-error" id=error_id role="alert">{move || error.get()}</p>
            <Show when=move || saved.get()>
                <p class="field-saved" role="status">"保存しました（この端末のみ）"</p>
            </Show>
        </form>
    }
    .into_any()
}

/// The browser's own confirmation dialog: simple, keyboard- and screen-reader-friendly.
pub fn confirm(message: &str) -> bool {
    window().confirm_with_message(message).unwrap_or(false)
}
