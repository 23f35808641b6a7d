//! What may be typed into the edit form. A value is read with the sheet's own rules and
//! must look like the official cell it replaces: same parts (男性/女性), same kind of unit.

use super::field::{Field, SheetText};
use super::figure_input::complete_figure;
use crate::domain::cells::format::format_number;
use crate::domain::cells::parse::parse_value;
use crate::domain::i18n::edit_words::EditWords;
use crate::domain::i18n::row_form_words::RowFormWords;
use crate::domain::i18n::Lang;
use crate::domain::i18n::Words;
use crate::domain::model::{Column, Indicator, Status, Value};

pub const MAX_VALUE_CHARS: usize = 60;
pub const MAX_NOTE_CHARS: usize = 500;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputError {
    Empty,
    TooLong {
        max: usize,
    },
    ControlCharacters,
    NoFigure {
        example: String,
    },
    PartsMismatch {
        expected: Vec<String>,
        example: String,
    },
    UnitMismatch {
        expected: String,
    },
    UnknownStatus,
    NotEditable,
    /// A row made 進捗の遅れ without a reason.
    ReasonNeeded,
}

impl InputError {
    /// The inline message shown under the field, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let w = EditWords::of(lang);
        match self {
            InputError::Empty => w.empty.into(),
            InputError::TooLong { max } => (w.too_long)(*max),
            InputError::ControlCharacters => w.control_chars.into(),
            InputError::NoFigure { example } => (w.no_figure)(example),
            InputError::PartsMismatch { expected, example } => {
                (w.parts_mismatch)(&expected.join("・"), example)
            }
            InputError::UnitMismatch { expected } => (w.unit_mismatch)(expected),
            InputError::UnknownStatus => w.unknown_status.into(),
            InputError::NotEditable => w.not_editable.into(),
            InputError::ReasonNeeded => RowFormWords::of(lang).reason_needed.into(),
        }
    }
}

/// Checks a typed value for `field` of `row` (the official row).
pub fn validate_value(row: &Indicator, field: Field, text: &str) -> Result<(), InputError> {
    let column = match field {
        Field::Value(column) => column,
        Field::LaterActual(_) => Column::ActualFy2023,
        Field::LaterTarget(_) => Column::TargetFy2023,
        _ => return Err(InputError::NotEditable),
    };
    let text = text.trim();
    if text.is_empty() {
        return Err(InputError::Empty);
    }
    if text.chars().count() > MAX_VALUE_CHARS {
        return Err(InputError::TooLong {
            max: MAX_VALUE_CHARS,
        });
    }
    if text.chars().any(char::is_control) {
        return Err(InputError::ControlCharacters);
    }
    let model = reference_cell(row, column);
    let parsed = parse_value(text, column);
    // A row whose official cells are all words (待機児童なし) may be edited to words again.
    let official_texts: Vec<&str> = Column::ALL
        .iter()
        .map(|c| row.values.get(*c))
        .filter(|v| v.parts.is_empty())
        .map(|v| v.raw.as_str())
        .collect();
    if parsed.parts.is_empty() {
        if official_texts.contains(&text) || model.is_none() {
            return Ok(());
        }
        return Err(InputError::NoFigure {
            example: example_of(row, column),
        });
    }
    let Some(model) = model else { return Ok(()) };
    let labels = |v: &Value| v.parts.iter().map(|p| p.label.clone()).collect::<Vec<_>>();
    if labels(&parsed) != labels(model) {
        let expected = model
            .parts
            .iter()
            .filter_map(|p| p.label.clone())
            .collect::<Vec<_>>();
        if expected.is_empty() {
            return Err(InputError::NoFigure {
                example: example_of(row, column),
            });
        }
        return Err(InputError::PartsMismatch {
            expected,
            example: example_of(row, column),
        });
    }
    for (typed, official) in parsed.parts.iter().zip(&model.parts) {
        if typed.base_unit() != official.base_unit() && official.unit.is_some() {
            return Err(InputError::UnitMismatch {
                expected: official.unit.clone().unwrap_or_default(),
            });
        }
    }
    Ok(())
}

/// The official cell whose shape an edit must follow: the same column, or any figure of
/// the row when that column holds words (a revision note).
fn reference_cell(row: &Indicator, column: Column) -> Option<&Value> {
    let own = row.values.get(column);
    if !own.parts.is_empty() {
        return Some(own);
    }
    [
        Column::ActualFy2023,
        Column::ActualFy2022,
        Column::Baseline,
        Column::TargetFy2023,
    ]
    .into_iter()
    .map(|c| row.values.get(c))
    .find(|v| !v.parts.is_empty())
}

/// What a figure typed for `field` is stored as: the unit and grouping filled in from the
/// row (`1510` → `1,510件`), then checked like any figure.
pub fn normalise_value(row: &Indicator, field: Field, text: &str) -> Result<String, InputError> {
    let column = match field {
        Field::Value(column) => column,
        Field::LaterActual(_) => Column::ActualFy2023,
        Field::LaterTarget(_) => Column::TargetFy2023,
        _ => return Err(InputError::NotEditable),
    };
    let text = text.trim();
    if text.is_empty() {
        return Err(InputError::Empty);
    }
    let completed = reference_cell(row, column)
        .map_or_else(|| text.to_string(), |model| complete_figure(text, model));
    validate_value(row, field, &completed)?;
    Ok(completed)
}

/// How many parts the figure of `field` has and the unit staff may leave out, when the
/// row's figures have one (`件`; `歳` for 男性/女性).
pub fn reference_unit(row: &Indicator, field: Field) -> Option<(usize, String)> {
    let column = match field {
        Field::Value(column) => column,
        Field::LaterActual(_) => Column::ActualFy2023,
        Field::LaterTarget(_) => Column::TargetFy2023,
        _ => return None,
    };
    let model = reference_cell(row, column)?;
    let unit = model.parts.iter().find_map(|p| p.unit.clone())?;
    Some((model.parts.len(), unit))
}

/// One of the sheet's texts as it is stored: plain text, line breaks kept (as `\n`), no
/// other control characters, within the text's length.
pub fn normalise_text(text: SheetText, value: &str) -> Result<String, InputError> {
    let value = value.replace("\r\n", "\n").replace('\r', "\n");
    let value = value.trim();
    if value.is_empty() {
        return Err(InputError::Empty);
    }
    if value.chars().count() > text.max_chars() {
        return Err(InputError::TooLong {
            max: text.max_chars(),
        });
    }
    if value
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t')
    {
        return Err(InputError::ControlCharacters);
    }
    Ok(value.to_string())
}

/// An example in the row's own format, e.g. "男性79.6歳 女性84.1歳" or "1,650件".
fn example_of(row: &Indicator, column: Column) -> String {
    reference_cell(row, column)
        .map(|v| {
            v.parts
                .iter()
                .map(|p| {
                    format!(
                        "{}{}{}",
                        p.label.clone().unwrap_or_default(),
                        format_number(p.value),
                        p.unit.clone().unwrap_or_default()
                    )
                })
                .collect::<Vec<_>>()
                .join(" ")
        })
        .unwrap_or_else(|| "1,650件".into())
}

pub fn validate_status(text: &str) -> Result<Status, InputError> {
    Status::from_key(text).ok_or(InputError::UnknownStatus)
}

pub fn validate_note(text: &str) -> Result<(), InputError> {
    if text.chars().count() > MAX_NOTE_CHARS {
        return Err(InputError::TooLong {
            max: MAX_NOTE_CHARS,
        });
    }
    if text
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t')
    {
        return Err(InputError::ControlCharacters);
    }
    Ok(())
}

/// Validates any field's text the way the form does.
pub fn validate_field(row: &Indicator, field: Field, text: &str) -> Result<(), InputError> {
    match field {
        Field::Value(_) | Field::LaterActual(_) | Field::LaterTarget(_) => {
            validate_value(row, field, text)
        }
        Field::Status => validate_status(text).map(|_| ()),
        Field::Note => validate_note(text),
        Field::Text(kind) => normalise_text(kind, text).map(|_| ()),
    }
}
