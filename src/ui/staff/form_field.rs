use leptos::prelude::*;

use crate::domain::edits::exchange::shown_text;
use crate::domain::edits::input::{reference_unit, InputError, MAX_NOTE_CHARS, MAX_VALUE_CHARS};
use crate::domain::edits::row_form::official_text;
use crate::domain::edits::saving::SaveOutcome;
use crate::domain::edits::{Field, SheetText};
use crate::domain::i18n::edit_words::EditWords;
use crate::domain::i18n::plain;
use crate::domain::i18n::row_form_words::RowFormWords;
use crate::domain::i18n::Messages;
use crate::domain::i18n::Words;
use crate::domain::{Indicator, Status};
use crate::state::AppState;
use crate::ui::staff::progress_suggestion::ProgressSuggestion;
use crate::ui::widgets::text::{ruby_view, tr};

/// One box of the form: what is in it, and what it held when last in step with the edits
/// (it counts as changed, and is saved, only when the two differ).
#[derive(Clone, Copy)]
pub struct FieldDraft {
    pub field: Field,
    pub text: RwSignal<String>,
    base: RwSignal<String>,
}

impl FieldDraft {
    pub fn new(field: Field, text: String) -> FieldDraft {
        FieldDraft {
            field,
            text: RwSignal::new(text.clone()),
            base: RwSignal::new(text),
        }
    }

    pub fn changed(&self) -> bool {
        self.text.with(|t| self.base.with(|b| t != b))
    }

    pub fn changed_untracked(&self) -> bool {
        self.text
            .with_untracked(|t| self.base.with_untracked(|b| t != b))
    }

    /// The field now holds `now` (saved here, in another tab or by an import): a box the
    /// user has not touched shows it; a box being typed in keeps what is typed.
    pub fn follow(&self, now: String) {
        if !self.changed_untracked() {
            self.text.set(now.clone());
        }
        self.base.set(now);
    }

    /// The field was just saved as `now`: the box shows it, unchanged.
    pub fn settle(&self, now: String) {
        self.text.set(now.clone());
        self.base.set(now);
    }
}

/// The id of a field's box, for its label and for focus.
pub fn control_id(kpi: &str, field: Field) -> String {
    format!("edit-{kpi}-{}", field.key())
}

/// One field of the row's form: its label (marked when this device changed it), its box,
/// hints, the problem found at the last 保存, the city's value to compare with, and a way
/// back to it.
#[component]
pub fn FormField(
    /// Indicator id.
    kpi: String,
    /// The city's row.
    official: Indicator,
    /// The box's text.
    draft: FieldDraft,
    /// The problem found at the last 保存, if any.
    #[prop(into)]
    error: Signal<Option<InputError>>,
    /// The status box's text: the delay reason is asked for only beside 進捗の遅れ.
    status_text: RwSignal<String>,
    /// The figures being typed, for the status's suggestion.
    #[prop(into)]
    figures_typed: Signal<Vec<(Field, String)>>,
) -> impl IntoView {
    let state = AppState::expect();
    let field = draft.field;
    let id = control_id(&kpi, field);
    let (error_id, hint_id, official_id) = (
        format!("{id}-error"),
        format!("{id}-hint"),
        format!("{id}-official"),
    );
    // A text's official version sits folded away: it is a tap, not a description.
    let described_by = match field {
        Field::Text(_) => format!("{error_id} {hint_id}"),
        _ => format!("{error_id} {hint_id} {official_id}"),
    };
    let stored = {
        let kpi = kpi.clone();
        Memo::new(move |_| state.edits.edits.with(|s| s.get(&kpi, field).is_some()))
    };
    let official_value = official_text(&official, field);
    let invalid = move || error.with(Option::is_some).to_string();
    let on_input = move |text: String| draft.text.set(text);
    let control = match field {
        Field::Status => view! {
            <select id=id.clone() aria-describedby=format!("{described_by} {id}-suggestion") aria-invalid=invalid
                on:change:target=move |ev| on_input(ev.target().value())>
                {Status::ALL.into_iter().map(|s| view! {
                    <option value=s.key() prop:selected=move || draft.text.with(|t| t == s.key())>{move || plain(Messages::of(state.lang.get()).status(s))}</option>
                }).collect_view()}
            </select>
        }
        .into_any(),
        Field::Text(_) | Field::Note => view! {
            // No maxlength: a paste longer than allowed is kept whole and the count says so.
            <textarea id=id.clone() rows=if field == Field::Note { "2" } else { "4" } lang="ja" aria-describedby=described_by.clone() aria-invalid=invalid
                prop:value=move || draft.text.get() on:input:target=move |ev| on_input(ev.target().value())></textarea>
        }
        .into_any(),
        _ => {
            // A one-part figure with a unit needs only digits: phones show the number pad.
            let digits_only = reference_unit(&official, field).is_some_and(|(parts, _)| parts == 1);
            view! {
                <input id=id.clone() type="text" inputmode=if digits_only { "decimal" } else { "text" } autocomplete="off"
                    maxlength=(MAX_VALUE_CHARS * 2).to_string() aria-describedby=described_by.clone() aria-invalid=invalid
                    prop:value=move || draft.text.get() on:input:target=move |ev| on_input(ev.target().value())/>
            }
            .into_any()
        }
    };
    let max_chars = match field {
        Field::Text(text) => Some(text.max_chars()),
        Field::Note => Some(MAX_NOTE_CHARS),
        _ => None,
    };
    let unit = reference_unit(&official, field).map(|(_, unit)| unit);
    let hint = move || {
        let lang = state.lang.get();
        let w = RowFormWords::of(lang);
        let mut lines: Vec<String> = Vec::new();
        if field == Field::Text(SheetText::DelayReason) {
            lines.push(w.reason_only_delayed.into());
        }
        if let Some(unit) = &unit {
            lines.push((w.unit_hint)(unit));
        }
        if let Some(max) = max_chars {
            lines.push((w.count)(
                draft.text.with(|t| t.trim().chars().count()),
                max,
            ));
        }
        lines
            .into_iter()
            .map(|line| view! { <span>{ruby_view(&line)}</span> })
            .collect_view()
    };
    let over_limit =
        move || max_chars.is_some_and(|max| draft.text.with(|t| t.trim().chars().count() > max));
    let official_row = official.clone();
    let compare = match field {
        // A row the city gave no reason has nothing to compare with.
        Field::Text(_) if official_value.is_empty() => ().into_any(),
        // The city's texts are long: one tap shows them, marked as the official text.
        Field::Text(_) => view! {
            <details class="field-compare" id=official_id.clone()>
                <summary>{move || ruby_view(RowFormWords::of(state.lang.get()).compare)}</summary>
                <p class="field-official">{tr(|m: &Messages| m.official_value)}</p>
                <p class="official-text" lang="ja" data-official="">{official_value.clone()}</p>
            </details>
        }
        .into_any(),
        _ => view! {
            <p class="field-official" id=official_id.clone()>{tr(|m: &Messages| m.official_value)} {move || shown_text(&official_row, field, state.lang.get())}</p>
        }
        .into_any(),
    };
    let not_reverted = RwSignal::new(None::<SaveOutcome>);
    let revert = {
        let (kpi, official_value) = (kpi.clone(), official_text(&official, field));
        move |_| {
            if stored.get_untracked() {
                let result = state.edits.set(&kpi, field, None);
                not_reverted.set((result != SaveOutcome::Saved).then_some(result));
            }
            draft.text.set(official_value.clone());
        }
    };
    let official_value = official_text(&official, field);
    let can_revert = move || stored.get() || draft.text.with(|t| *t != official_value);
    let hidden = move || {
        field == Field::Text(SheetText::DelayReason)
            && status_text.with(|s| s != Status::Delayed.key())
    };
    let suggestion = (field == Field::Status).then(|| view! { <ProgressSuggestion kpi=kpi.clone() id=format!("{id}-suggestion") figures_typed/> });
    view! {
        <div class="form-field" data-field=field.key() hidden=hidden>
            <label for=id.clone()>
                {move || ruby_view(&state.lang.get().field_label(field))}
                <Show when=move || stored.get()>" " <span class="local-badge">{tr(|m: &Messages| m.local_badge)}</span></Show>
            </label>
            {control}
            <p class="field-hint" class:over-limit=over_limit id=hint_id>{hint}</p>
            <p class="field-error" id=error_id>{move || error.get().map(|e| ruby_view(&e.message(state.lang.get())))}</p>
            {suggestion}
            {compare}
            <div class="field-tools">
                <button type="button" class="button button-quiet" on:click=revert hidden=move || !can_revert()>{tr(|w: &EditWords| w.revert_field)}</button>
                {move || not_reverted.get().and_then(|o| match o {
                    SaveOutcome::NotSaved(reason) => Some(view! { <p class="field-not-saved" role="alert">{ruby_view(reason.message(state.lang.get()))}</p> }),
                    SaveOutcome::Saved => None,
                })}
            </div>
        </div>
    }
}
