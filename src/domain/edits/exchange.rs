//! Moving edits in and out: edits as JSON (backup and hand-over between devices). Imports
//! are checked in full before anything changes, and every rejection names the entry and
//! the problem. The sheet with the edits goes out as the draft sheet's CSV
//! (`draft_sheet_csv`).

use serde_json::{json, Value as Json};

use super::input::{validate_field, InputError};
use super::migrate::{migrate, truncate, MigrateError};
use super::{DeviceId, Edit, EditSet, Field, SheetText, SCHEMA_VERSION};
use crate::domain::i18n::edit_words::EditWords;
use crate::domain::i18n::Messages;
use crate::domain::i18n::Words;
use crate::domain::i18n::{plain, Lang};
use crate::domain::model::{Dataset, Indicator, Status};

/// Larger files are refused before parsing: 47 rows × 15 fields, the texts at their
/// longest, fit in well under half of it.
pub const MAX_IMPORT_BYTES: usize = 1024 * 1024;
pub const APP_ID: &str = "isesaki-kpi";
/// The highest revision read: JavaScript's largest exact integer, so a file stays exact in
/// any tool that reads it. No device saves that often.
pub const MAX_REV: u64 = (1 << 53) - 1;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    TooLarge {
        bytes: usize,
    },
    NotJson {
        detail: String,
    },
    WrongShape {
        detail: String,
    },
    UnsupportedSchema {
        found: u64,
    },
    UnknownIndicator {
        entry: usize,
        id: String,
    },
    UnknownField {
        entry: usize,
        field: String,
    },
    InvalidValue {
        entry: usize,
        id: String,
        field: Field,
        error: InputError,
    },
}

impl ImportError {
    pub fn message(&self, lang: Lang) -> String {
        let w = EditWords::of(lang);
        match self {
            ImportError::TooLarge { bytes } => (w.too_large)(bytes / 1024, MAX_IMPORT_BYTES / 1024),
            ImportError::NotJson { detail } => (w.not_json)(detail),
            ImportError::WrongShape { detail } => (w.wrong_shape)(detail),
            ImportError::UnsupportedSchema { found } => (w.newer_schema)(*found),
            ImportError::UnknownIndicator { entry, id } => (w.unknown_indicator)(*entry, id),
            ImportError::UnknownField { entry, field } => (w.unknown_field)(*entry, field),
            ImportError::InvalidValue {
                entry,
                id,
                field,
                error,
            } => (w.invalid_value)(
                *entry,
                id,
                &plain(&lang.field_label(*field)),
                &error.message(lang),
            ),
        }
    }
}

/// Reads an edits file or the stored edits, migrating older formats, and checks every
/// entry against the sheet. Returns the edits only if all of them are valid.
pub fn read_edits(text: &str, official: &Dataset, now: &str) -> Result<EditSet, ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    let text = text.trim_start_matches('\u{FEFF}');
    let json: Json = serde_json::from_str(text).map_err(|e| ImportError::NotJson {
        detail: e.to_string(),
    })?;
    let raw = migrate(json, text, now)?;
    let device = |name: &str| {
        DeviceId::parse(name).ok_or_else(|| ImportError::WrongShape {
            detail: format!("端末名「{}」が読めません", truncate(name)),
        })
    };
    let revision = |rev: u64| {
        if rev <= MAX_REV {
            Ok(rev)
        } else {
            Err(ImportError::WrongShape {
                detail: format!("rev {rev} が大きすぎます"),
            })
        }
    };
    let mut set = EditSet::new(device(&raw.device)?);
    set.clock = revision(raw.clock)?;
    for (name, rev) in raw.seen {
        set.seen.insert(device(&name)?, revision(rev)?);
    }
    for (i, entry) in raw.edits.into_iter().enumerate() {
        let number = i + 1;
        let Some(row) = official.indicators.iter().find(|r| r.id == entry.kpi) else {
            return Err(ImportError::UnknownIndicator {
                entry: number,
                id: truncate(&entry.kpi),
            });
        };
        let Some(field) = Field::from_key(&entry.field) else {
            return Err(ImportError::UnknownField {
                entry: number,
                field: truncate(&entry.field),
            });
        };
        if let Some(value) = &entry.value {
            validate_field(row, field, value).map_err(|error| ImportError::InvalidValue {
                entry: number,
                id: entry.kpi.clone(),
                field,
                error,
            })?;
        }
        let edit = Edit {
            kpi: entry.kpi,
            field,
            value: entry.value,
            edited_at: entry.edited_at,
            rev: revision(entry.rev)?,
            device: device(&entry.device)?,
        };
        set.put_newer(edit);
    }
    set.cover_entries();
    Ok(set)
}

impl From<MigrateError> for ImportError {
    fn from(error: MigrateError) -> ImportError {
        match error {
            MigrateError::WrongShape(detail) => ImportError::WrongShape { detail },
            MigrateError::UnsupportedSchema(found) => ImportError::UnsupportedSchema { found },
        }
    }
}

/// One line of the import preview: what changes, from what, to what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PreviewLine {
    pub kpi: String,
    pub name: String,
    pub field: Field,
    pub before: String,
    pub after: String,
}

/// What taking `changes` would change in what is shown now (`current`); a revert shows
/// the official figure it brings back.
pub fn preview(current: &Dataset, official: &Dataset, changes: &[Edit]) -> Vec<PreviewLine> {
    changes
        .iter()
        .filter_map(|edit| {
            let row = current.indicators.iter().find(|r| r.id == edit.kpi)?;
            let field = edit.field;
            let before = shown_text(row, field, Lang::Ja);
            let after = match &edit.value {
                Some(value) => edit_value_text(field, value, Lang::Ja),
                None => shown_text(
                    official.indicators.iter().find(|r| r.id == edit.kpi)?,
                    field,
                    Lang::Ja,
                ),
            };
            (before != after).then(|| PreviewLine {
                kpi: edit.kpi.clone(),
                name: row.name.clone(),
                field,
                before,
                after,
            })
        })
        .collect()
}

/// The text a field shows now, in `lang` (`—` when empty).
pub fn shown_text(row: &Indicator, field: Field, lang: Lang) -> String {
    match field {
        Field::Value(column) => row.values.get(column).raw.clone(),
        Field::LaterActual(year) => row
            .later_actuals
            .get(&year)
            .map_or("—".into(), |v| v.raw.clone()),
        Field::LaterTarget(year) => row
            .later_targets
            .get(&year)
            .map_or("—".into(), |v| v.raw.clone()),
        Field::Status => plain(Messages::of(lang).status(row.status)),
        Field::Note => row.local_note.clone().unwrap_or_else(|| "—".into()),
        Field::Text(SheetText::DelayReason) => {
            row.delay_reason.clone().unwrap_or_else(|| "—".into())
        }
        Field::Text(SheetText::Initiatives) => row.initiatives.clone(),
        Field::Text(SheetText::Challenges) => row.challenges.clone(),
        Field::Text(SheetText::Plans) => row.plans.clone(),
    }
}

/// An edit's stored value as a reader should see it: a status by its name, not its key.
pub fn edit_value_text(field: Field, value: &str, lang: Lang) -> String {
    match (field, Status::from_key(value)) {
        (Field::Status, Some(status)) => plain(Messages::of(lang).status(status)),
        _ => value.to_string(),
    }
}

/// The edits alone, for backup or to move them to another device: reverts included, with
/// the device's name and counters, so the receiving device can tell a real conflict from
/// an old value.
pub fn edits_json(edits: &EditSet, now: &str) -> String {
    let json = json!({
        "schema": SCHEMA_VERSION, "app": APP_ID, "exported_at": now,
        "device": edits.device, "clock": edits.clock, "seen": edits.seen, "edits": edits.edits,
    });
    serde_json::to_string_pretty(&json).unwrap_or_default()
}
