//! Moving edits and figures in and out: edits as JSON (backup and hand-over between
//! devices), the merged sheet as JSON and as CSV for Excel. Imports are checked in full
//! before anything changes, and every rejection names the entry and the problem.

use serde_json::{json, Value as Json};

use super::input::{validate_field, InputError};
use super::migrate::{migrate, truncate, MigrateError};
use super::{DeviceId, Edit, EditSet, Field, LATER_YEARS, SCHEMA_VERSION};
use crate::domain::achievement::achievement;
use crate::domain::csv;
use crate::domain::format::percent;
use crate::domain::i18n::progress_words::outcome_label;
use crate::domain::i18n::{plain, Lang};
use crate::domain::model::{Column, Dataset, Indicator, Kind, Status};
use crate::domain::progress_measure::{assess, csv_rows, CSV_HEADERS};

/// Larger files are refused before parsing: 47 rows × 11 fields fit in a few tens of kB.
pub const MAX_IMPORT_BYTES: usize = 256 * 1024;
pub const APP_ID: &str = "isesaki-kpi";
/// The highest revision read: JavaScript's largest exact integer, so a file stays exact in
/// any tool that reads it. No device saves that often.
pub const MAX_REV: u64 = (1 << 53) - 1;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    TooLarge { bytes: usize },
    NotJson { detail: String },
    WrongShape { detail: String },
    UnsupportedSchema { found: u64 },
    UnknownIndicator { entry: usize, id: String },
    UnknownField { entry: usize, field: String },
    InvalidValue { entry: usize, id: String, field: Field, error: InputError },
}

impl ImportError {
    pub fn message(&self, lang: Lang) -> String {
        let w = lang.edit_words();
        match self {
            ImportError::TooLarge { bytes } => (w.too_large)(bytes / 1024, MAX_IMPORT_BYTES / 1024),
            ImportError::NotJson { detail } => (w.not_json)(detail),
            ImportError::WrongShape { detail } => (w.wrong_shape)(detail),
            ImportError::UnsupportedSchema { found } => (w.newer_schema)(*found),
            ImportError::UnknownIndicator { entry, id } => (w.unknown_indicator)(*entry, id),
            ImportError::UnknownField { entry, field } => (w.unknown_field)(*entry, field),
            ImportError::InvalidValue { entry, id, field, error } => {
                (w.invalid_value)(*entry, id, &plain(&lang.field_label(*field)), &error.message(lang))
            }
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
    let json: Json = serde_json::from_str(text).map_err(|e| ImportError::NotJson { detail: e.to_string() })?;
    let raw = migrate(json, text, now)?;
    let device = |name: &str| DeviceId::parse(name).ok_or_else(|| ImportError::WrongShape { detail: format!("端末名「{}」が読めません", truncate(name)) });
    let revision = |rev: u64| if rev <= MAX_REV { Ok(rev) } else { Err(ImportError::WrongShape { detail: format!("rev {rev} が大きすぎます") }) };
    let mut set = EditSet::new(device(&raw.device)?);
    set.clock = revision(raw.clock)?;
    for (name, rev) in raw.seen {
        set.seen.insert(device(&name)?, revision(rev)?);
    }
    for (i, entry) in raw.edits.into_iter().enumerate() {
        let number = i + 1;
        let Some(row) = official.indicators.iter().find(|r| r.id == entry.kpi) else {
            return Err(ImportError::UnknownIndicator { entry: number, id: truncate(&entry.kpi) });
        };
        let Some(field) = Field::from_key(&entry.field) else {
            return Err(ImportError::UnknownField { entry: number, field: truncate(&entry.field) });
        };
        if let Some(value) = &entry.value {
            validate_field(row, field, value).map_err(|error| ImportError::InvalidValue { entry: number, id: entry.kpi.clone(), field, error })?;
        }
        let edit = Edit { kpi: entry.kpi, field, value: entry.value, edited_at: entry.edited_at, rev: revision(entry.rev)?, device: device(&entry.device)? };
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
                Some(value) => value.clone(),
                None => shown_text(official.indicators.iter().find(|r| r.id == edit.kpi)?, field, Lang::Ja),
            };
            (before != after).then(|| PreviewLine { kpi: edit.kpi.clone(), name: row.name.clone(), field, before, after })
        })
        .collect()
}

/// The text a field shows now, in `lang` (`—` when empty).
pub fn shown_text(row: &Indicator, field: Field, lang: Lang) -> String {
    match field {
        Field::Value(column) => row.values.get(column).raw.clone(),
        Field::LaterActual(year) => row.later_actuals.get(&year).map_or("—".into(), |v| v.raw.clone()),
        Field::Status => plain(lang.messages().status(row.status)),
        Field::Note => row.local_note.clone().unwrap_or_else(|| "—".into()),
    }
}

/// An edit's stored value as a reader should see it: a status by its name, not its key.
pub fn edit_value_text(field: Field, value: &str, lang: Lang) -> String {
    match (field, Status::from_key(value)) {
        (Field::Status, Some(status)) => plain(lang.messages().status(status)),
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

/// The merged sheet in the embedded file's schema, plus a block naming every local edit.
pub fn dataset_json(merged: &Dataset, edits: &EditSet, now: &str) -> String {
    let mut json = serde_json::to_value(merged).unwrap_or(Json::Null);
    if let Json::Object(map) = &mut json {
        let active: Vec<&Edit> = edits.active().collect();
        map.insert(
            "local_edits".into(),
            json!({
                "notice": "この端末で編集した値を含みます。市の公表値ではありません。 / Includes values edited on this device; not official figures.",
                "exported_at": now,
                "edits": active,
            }),
        );
    }
    serde_json::to_string_pretty(&json).unwrap_or_default()
}

/// One row per indicator, UTF-8 with a byte-order mark and CRLF so Excel opens it
/// correctly in Japanese. Every cell is neutralised against formulas (`csv::neutralise`).
pub fn dataset_csv(merged: &Dataset, edits: &EditSet) -> String {
    let mut headers: Vec<String> = ["id", "基本目標", "施策", "種類", "指標名", "担当課", "進捗状況"].map(String::from).to_vec();
    let label = |field: Field| plain(&Lang::Ja.field_label(field));
    headers.extend(Column::ALL.map(|c| label(Field::Value(c))));
    headers.extend(LATER_YEARS.map(|y| label(Field::LaterActual(y))));
    headers.extend(["達成率（令和5年度）", "メモ", "この端末で編集した項目"].map(String::from));
    // The computed progress label and R with its inputs (docs/progress-method.md); a
    // two-part row joins its parts' figures with " / ".
    headers.push("進捗の評価（計算）".into());
    headers.extend(CSV_HEADERS[1..].iter().map(|h| format!("progress.{h}")));
    let rows = merged.indicators.iter().map(|row| {
        let edited: Vec<String> = edits
            .active()
            .filter(|e| e.kpi == row.id)
            .map(|e| label(e.field))
            .collect();
        let mut cells = vec![
            row.id.clone(),
            row.subgoal.clone(),
            row.measure.map_or(String::new(), |m| m.to_string()),
            if row.kind == Kind::NumericalTarget { "数値目標".into() } else { "KPI".into() },
            row.name.clone(),
            row.department.clone(),
            plain(Lang::Ja.messages().status(row.status)),
        ];
        cells.extend(Column::ALL.map(|c| row.values.get(c).raw.clone()));
        cells.extend(LATER_YEARS.map(|y| row.later_actuals.get(&y).map_or(String::new(), |v| v.raw.clone())));
        cells.push(achievement(row).map_or(String::new(), percent));
        cells.push(row.local_note.clone().unwrap_or_default());
        cells.push(edited.join("・"));
        let assessment = assess(row);
        let parts = csv_rows(row, &assessment);
        cells.push(plain(outcome_label(assessment.outcome, Lang::Ja)));
        cells.extend((1..CSV_HEADERS.len()).map(|i| {
            let column: Vec<&str> = parts.iter().map(|p| p[i].as_str()).collect();
            if column.iter().all(|c| c.is_empty()) { String::new() } else { column.join(" / ") }
        }));
        cells
    });
    csv::document(&headers, rows)
}
