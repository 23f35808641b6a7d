use leptos::prelude::*;

use crate::domain::edits::exchange::{edit_value_text, shown_text};
use crate::domain::edits::import_plan::{Choice, Choices, Conflict};
use crate::domain::i18n::save_words::SaveWords;
use crate::domain::i18n::Lang;
use crate::domain::i18n::Words;
use crate::state::AppState;
use crate::ui::widgets::text::ruby_view;

/// The fields an import and this device both changed: both values side by side and a
/// choice for each. Nothing is chosen in advance, so nothing is settled without the user.
#[component]
pub fn ImportConflicts(
    /// The conflicting fields, in the file's order.
    conflicts: Vec<Conflict>,
    /// The choice made for each, by (indicator, field).
    choices: RwSignal<Choices>,
) -> impl IntoView {
    let state = AppState::expect();
    let count = conflicts.len();
    view! {
        <section class="import-conflicts" aria-labelledby="import-conflicts-title">
            <h4 id="import-conflicts-title">{move || ruby_view(&(SaveWords::of(state.lang.get()).conflicts_title)(count))}</h4>
            <p class="section-note">{move || ruby_view(SaveWords::of(state.lang.get()).conflicts_intro)}</p>
            {conflicts.into_iter().map(|conflict| view! { <ConflictChoice conflict choices preset=None/> }).collect_view()}
        </section>
    }
}

/// The fields this device changed after the file was written (undos included): kept as
/// they are here unless the user takes the file's value, one by one or all at once. This is
/// how a backup restores.
#[component]
pub fn ImportRestores(
    /// The fields, in the file's order.
    older: Vec<Conflict>,
    /// The choice made for each, by (indicator, field); none means this device's value.
    choices: RwSignal<Choices>,
) -> impl IntoView {
    let state = AppState::expect();
    let count = older.len();
    let keys: Vec<_> = older.iter().map(Conflict::key).collect();
    let take_all = move |_| {
        choices.update(|c| {
            for key in &keys {
                c.insert(key.clone(), Choice::TakeFile);
            }
        })
    };
    view! {
        <section class="import-conflicts import-restores" aria-labelledby="import-restores-title">
            <h4 id="import-restores-title">{move || ruby_view(&(SaveWords::of(state.lang.get()).restore_title)(count))}</h4>
            <p class="section-note">{move || ruby_view(SaveWords::of(state.lang.get()).restore_intro)}</p>
            <p><button type="button" class="button" on:click=take_all>{move || ruby_view(SaveWords::of(state.lang.get()).take_file_all)}</button></p>
            {older.into_iter().map(|conflict| view! { <ConflictChoice conflict choices preset=Some(Choice::KeepHere)/> }).collect_view()}
        </section>
    }
}

/// One conflicting field as a radio group: keep this device's value or take the file's.
#[component]
fn ConflictChoice(
    /// The field and its two values.
    conflict: Conflict,
    /// Where the choice is recorded.
    choices: RwSignal<Choices>,
    /// What counts as chosen before the user chooses (`None`: nothing).
    preset: Option<Choice>,
) -> impl IntoView {
    let state = AppState::expect();
    let key = conflict.key();
    let official_row = state
        .official
        .with_value(|d| d.indicators.iter().find(|r| r.id == conflict.kpi).cloned());
    let Some(official_row) = official_row else {
        return ().into_any();
    };
    let group = format!(
        "{}-{}-{}",
        if preset.is_some() {
            "restore"
        } else {
            "conflict"
        },
        conflict.kpi,
        conflict.field.key()
    );
    let field = conflict.field;
    let (name_ja, name_en) = (official_row.name.clone(), official_row.name_en.clone());
    // A value as a reader sees it; no value means the city's figure, named as such.
    let value_text = move |value: &Option<String>, lang: Lang| match value {
        Some(value) => edit_value_text(field, value, lang),
        None => format!(
            "{} {}",
            SaveWords::of(lang).official_figure,
            shown_text(&official_row, field, lang)
        ),
    };
    let option = move |choice: Choice, value: Option<String>| {
        let (checked_key, chosen_key) = (key.clone(), key.clone());
        let value_text = value_text.clone();
        view! {
            <label class="conflict-option">
                <input type="radio" name=group.clone() value=match choice { Choice::KeepHere => "here", Choice::TakeFile => "file" }
                    prop:checked=move || choices.with(|c| c.get(&checked_key).copied().or(preset) == Some(choice))
                    on:change=move |_| choices.update(|c| { c.insert(chosen_key.clone(), choice); })/>
                <span class="conflict-choice">{move || ruby_view(match choice {
                    Choice::KeepHere => SaveWords::of(state.lang.get()).keep_here,
                    Choice::TakeFile => SaveWords::of(state.lang.get()).take_file,
                })}</span>
                <span class="conflict-value">{move || value_text(&value, state.lang.get())}</span>
            </label>
        }
    };
    let kpi = conflict.kpi.clone();
    let name = move || format!("{kpi} {}", state.lang.get().name(&name_ja, &name_en));
    view! {
        <fieldset class="conflict" data-conflict=format!("{}/{}", conflict.kpi, field.key())>
            <legend>{name} " — " {move || ruby_view(&state.lang.get().field_label(field))}</legend>
            {option(Choice::KeepHere, conflict.here.clone())}
            {option(Choice::TakeFile, conflict.file.clone())}
        </fieldset>
    }
    .into_any()
}
