//! Edit mode's one form per row: which fields it shows and in what order (what each
//! year's sheet asks first), what each box starts from, what one press of 保存 stores,
//! and the computed progress label the figures being typed would get.
//!
//! Only the fields the user changed in the form are saved, so a box left as it was never
//! writes over what another tab or an import changed meanwhile. A value equal to the
//! city's is stored as a revert, so the overlay only ever holds real changes.

use super::field::{Field, SheetText};
use super::input::{normalise_text, normalise_value, validate_note, validate_status, InputError};
use super::{set_field, EditSet, LATER_YEARS};
use crate::domain::model::{Column, Indicator, Status};
use crate::domain::progress::progress_measure::{assess, Assessment};

/// The fields staff fill in every year, in the sheet's order: the drafted year's actual
/// and target, the status, the delay reason and ①②③.
pub fn yearly_fields(draft_year: u16) -> [Field; 7] {
    [
        Field::LaterActual(draft_year),
        Field::LaterTarget(draft_year),
        Field::Status,
        Field::Text(SheetText::DelayReason),
        Field::Text(SheetText::Initiatives),
        Field::Text(SheetText::Challenges),
        Field::Text(SheetText::Plans),
    ]
}

/// The rest, rarely changed: the printed values, the other years' actuals and targets,
/// the note.
pub fn other_fields(draft_year: u16) -> Vec<Field> {
    let mut fields: Vec<Field> = Column::ALL.into_iter().map(Field::Value).collect();
    fields.extend(
        LATER_YEARS
            .filter(|y| *y != draft_year)
            .map(Field::LaterActual),
    );
    fields.extend(
        LATER_YEARS
            .filter(|y| *y != draft_year)
            .map(Field::LaterTarget),
    );
    fields.push(Field::Note);
    fields
}

/// What a box shows when nothing is edited: the city's text, or nothing where the sheet
/// has no such cell (later actuals, the note, the reason of a row that is not delayed).
pub fn official_text(official: &Indicator, field: Field) -> String {
    match field {
        Field::Value(column) => official.values.get(column).raw.clone(),
        Field::LaterActual(year) => official
            .later_actuals
            .get(&year)
            .map_or_else(String::new, |v| v.raw.clone()),
        Field::LaterTarget(year) => official
            .later_targets
            .get(&year)
            .map_or_else(String::new, |v| v.raw.clone()),
        Field::Status => official.status.key().to_string(),
        Field::Note => String::new(),
        Field::Text(SheetText::DelayReason) => official.delay_reason.clone().unwrap_or_default(),
        Field::Text(SheetText::Initiatives) => official.initiatives.clone(),
        Field::Text(SheetText::Challenges) => official.challenges.clone(),
        Field::Text(SheetText::Plans) => official.plans.clone(),
    }
}

/// What a box starts from: this device's value, else the city's.
pub fn form_text(official: &Indicator, edits: &EditSet, field: Field) -> String {
    edits
        .get(&official.id, field)
        .map_or_else(|| official_text(official, field), str::to_string)
}

/// One field after a save: its value, or `None` for the city's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Planned {
    pub field: Field,
    pub value: Option<String>,
}

/// What 保存 stores for the fields the user changed (`changed`: each field with the text
/// in its box), checked all together: either every field is stored or none is, and then
/// every problem is returned, each with its field.
pub fn plan_row_save(
    official: &Indicator,
    edits: &EditSet,
    changed: &[(Field, String)],
) -> Result<Vec<Planned>, Vec<(Field, InputError)>> {
    let typed = |field: Field| {
        changed
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, text)| text.as_str())
    };
    let status_typed = typed(Field::Status).map(validate_status);
    let status = match &status_typed {
        Some(Ok(status)) => *status,
        _ => edits
            .get(&official.id, Field::Status)
            .and_then(Status::from_key)
            .unwrap_or(official.status),
    };
    let mut planned = Vec::new();
    let mut problems = Vec::new();
    for (field, text) in changed {
        let field = *field;
        let value = match field {
            Field::Value(_) => normalise_value(official, field, text).map(Some),
            Field::LaterActual(_) | Field::LaterTarget(_) if text.trim().is_empty() => Ok(None),
            Field::LaterActual(_) | Field::LaterTarget(_) => {
                normalise_value(official, field, text).map(Some)
            }
            Field::Status => validate_status(text).map(|s| Some(s.key().to_string())),
            Field::Note if text.trim().is_empty() => Ok(None),
            Field::Note => validate_note(text.trim()).map(|()| Some(text.trim().to_string())),
            // The sheet has no reason beside another status: what is typed waits, unsaved.
            Field::Text(SheetText::DelayReason) if status != Status::Delayed => continue,
            Field::Text(SheetText::DelayReason) if text.trim().is_empty() => {
                Err(InputError::ReasonNeeded)
            }
            Field::Text(kind) => normalise_text(kind, text).map(Some),
        };
        match value {
            Ok(value) => {
                let official_value = official_text(official, field);
                planned.push(Planned {
                    field,
                    value: value.filter(|v| *v != official_value),
                });
            }
            Err(problem) => problems.push((field, problem)),
        }
    }
    let reason_field = Field::Text(SheetText::DelayReason);
    match status_typed {
        // A row made 進捗の遅れ needs its reason, as on the printed sheet.
        Some(Ok(Status::Delayed))
            if typed(reason_field).is_none()
                && form_text(official, edits, reason_field).trim().is_empty() =>
        {
            problems.push((reason_field, InputError::ReasonNeeded));
        }
        // A reason is kept only beside 進捗の遅れ.
        Some(Ok(other))
            if other != Status::Delayed && edits.get(&official.id, reason_field).is_some() =>
        {
            planned.push(Planned {
                field: reason_field,
                value: None,
            });
        }
        _ => {}
    }
    if problems.is_empty() {
        Ok(planned)
    } else {
        Err(problems)
    }
}

/// The computed progress label the row would get with the figures being typed (those
/// that read as figures; an emptied later actual counts as removed). `shown` is the row
/// as shown now, edits included. Staff decide the status: this is only a suggestion.
pub fn suggested_assessment(shown: &Indicator, typed: &[(Field, String)]) -> Assessment {
    let mut row = shown.clone();
    for (field, text) in typed {
        match field {
            Field::LaterActual(year) if text.trim().is_empty() => {
                row.later_actuals.remove(year);
            }
            Field::LaterTarget(year) if text.trim().is_empty() => {
                row.later_targets.remove(year);
            }
            Field::Value(_) | Field::LaterActual(_) | Field::LaterTarget(_) => {
                if let Ok(value) = normalise_value(shown, *field, text) {
                    set_field(&mut row, *field, &value);
                }
            }
            _ => {}
        }
    }
    assess(&row)
}
