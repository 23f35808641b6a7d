//! Moving edits and figures in and out: edits as JSON (backup and hand-over between
//! devices), the merged sheet as JSON and as CSV for Excel. Imports are checked in full
//! before anything changes, and every rejection names the entry and the problem.

use serde_json::{json, Value as Json};

use serde::Deserialize;

use super::input::{validate_field, InputError};
use super::{Edit, EditSet, Field, LATER_YEARS, SCHEMA_VERSION};
use crate::domain::achievement::achievement;
use crate::domain::format::percent;
use crate::domain::i18n::progress_words::outcome_label;
use crate::domain::i18n::{plain, Lang};
use crate::domain::model::{Column, Dataset, Indicator, Kind, Status};
use crate::domain::progress_measure::{assess, csv_rows, CSV_HEADERS};

/// Larger files are refused before parsing: 47 rows × 11 fields fit in a few tens of kB.
pub const MAX_IMPORT_BYTES: usize = 256 * 1024;
pub const APP_ID: &str = "isesaki-kpi";

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

/// Reads an edits file, migrating older formats, and checks every entry against the
/// sheet. Returns the edits only if all of them are valid.
pub fn read_edits(text: &str, official: &Dataset, now: &str) -> Result<EditSet, ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    let text = text.trim_start_matches('\u{FEFF}');
    let json: Json = serde_json::from_str(text).map_err(|e| ImportError::NotJson { detail: e.to_string() })?;
    let entries = migrate(json, now)?;
    let mut set = EditSet::default();
    for (i, entry) in entries.into_iter().enumerate() {
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
        set.edits.push(Edit { kpi: entry.kpi, field, value: entry.value, edited_at: entry.edited_at });
    }
    Ok(set)
}

/// An entry as written in a file, before its field is known to exist.
#[derive(Deserialize)]
struct RawEdit {
    kpi: String,
    field: String,
    value: Option<String>,
    edited_at: String,
}

/// Brings any known format to the current schema.
/// - schema 1: `{ "schema": 1, "edits": [ { kpi, field, value, edited_at } ] }`
/// - schema 0 (early prototype, no `schema`): `{ "<kpi>": { "<field>": "<value>" } }`
fn migrate(json: Json, now: &str) -> Result<Vec<RawEdit>, ImportError> {
    let Json::Object(map) = json else {
        return Err(ImportError::WrongShape { detail: "最上位がオブジェクトではありません".into() });
    };
    match map.get("schema") {
        Some(Json::Number(n)) if n.as_u64() == Some(u64::from(SCHEMA_VERSION)) => {
            let edits = map.get("edits").cloned().ok_or(ImportError::WrongShape { detail: "edits がありません".into() })?;
            serde_json::from_value(edits).map_err(|e| ImportError::WrongShape { detail: e.to_string() })
        }
        Some(Json::Number(n)) => Err(ImportError::UnsupportedSchema { found: n.as_u64().unwrap_or(0) }),
        Some(_) => Err(ImportError::WrongShape { detail: "schema が数値ではありません".into() }),
        None => {
            let mut entries = Vec::new();
            for (kpi, fields) in map {
                let Json::Object(fields) = fields else {
                    return Err(ImportError::WrongShape { detail: format!("「{}」の中身がオブジェクトではありません", truncate(&kpi)) });
                };
                for (field, value) in fields {
                    let Json::String(value) = value else {
                        return Err(ImportError::WrongShape { detail: format!("「{}」の値が文字列ではありません", truncate(&field)) });
                    };
                    entries.push(RawEdit { kpi: kpi.clone(), field, value: Some(value), edited_at: now.to_string() });
                }
            }
            Ok(entries)
        }
    }
}

fn truncate(text: &str) -> String {
    text.chars().take(40).collect()
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

/// What applying `incoming` would change, compared with what is shown now.
pub fn preview(current: &Dataset, incoming: &EditSet) -> Vec<PreviewLine> {
    incoming
        .active()
        .filter_map(|edit| {
            let row = current.indicators.iter().find(|r| r.id == edit.kpi)?;
            let field = edit.field;
            let before = shown_text(row, field, Lang::Ja);
            let after = edit.value.clone()?;
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

/// Applies an import: every entry in it becomes the newest edit of its field.
pub fn apply_import(current: &EditSet, incoming: &EditSet, now: &str) -> EditSet {
    let mut next = current.clone();
    for edit in incoming.active() {
        next.set(&edit.kpi, edit.field, edit.value.clone(), now);
    }
    next
}

/// The edits alone, for backup or to move them to another device.
pub fn edits_json(edits: &EditSet, now: &str) -> String {
    let active: Vec<&Edit> = edits.active().collect();
    let json = json!({ "schema": SCHEMA_VERSION, "app": APP_ID, "exported_at": now, "edits": active });
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
/// correctly in Japanese.
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
    let mut out = String::from("\u{FEFF}");
    out.push_str(&csv_line(&headers));
    for row in &merged.indicators {
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
        out.push_str(&csv_line(&cells));
    }
    out
}

fn csv_line(cells: &[String]) -> String {
    let quoted: Vec<String> = cells
        .iter()
        .map(|c| {
            // A leading = + - @ would run as a formula in Excel; a quote mark keeps it text.
            let c = if c.starts_with(['=', '+', '-', '@']) && c != "-" { format!("'{c}") } else { c.clone() };
            if c.contains([',', '"', '\n', '\r']) {
                format!("\"{}\"", c.replace('"', "\"\""))
            } else {
                c
            }
        })
        .collect();
    format!("{}\r\n", quoted.join(","))
}
