//! Local edits as an overlay on the official sheet: one entry per (indicator, field), the
//! newest wins. A revert is kept as an entry without a value (a tombstone), so two tabs or
//! an import merging their sets never bring back something the user took away.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::edit_input::{validate_note, validate_status, validate_value};
use super::model::{Column, Dataset, Status};
use super::parse::parse_value;

pub const SCHEMA_VERSION: u32 = 1;
/// Versioned so a future format can live beside this one while it migrates.
pub const STORAGE_KEY: &str = "isesaki-kpi/edits/v1";
/// Years staff may add actuals for, after the sheet's FY2023.
pub const LATER_YEARS: std::ops::RangeInclusive<u16> = 2024..=2027;

/// What an edit changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    Value(Column),
    /// An actual for a fiscal year after FY2023.
    LaterActual(u16),
    Status,
    Note,
}

impl Field {
    pub fn key(self) -> String {
        match self {
            Field::Value(column) => column.key().to_string(),
            Field::LaterActual(year) => format!("actual_fy{year}"),
            Field::Status => "status".into(),
            Field::Note => "note".into(),
        }
    }

    pub fn from_key(key: &str) -> Option<Field> {
        if let Some(column) = Column::ALL.into_iter().find(|c| c.key() == key) {
            return Some(Field::Value(column));
        }
        match key {
            "status" => Some(Field::Status),
            "note" => Some(Field::Note),
            _ => key
                .strip_prefix("actual_fy")
                .and_then(|y| y.parse().ok())
                .filter(|y| LATER_YEARS.contains(y))
                .map(Field::LaterActual),
        }
    }

    /// Every editable field of a row, in form order.
    pub fn all() -> Vec<Field> {
        let mut fields: Vec<Field> = Column::ALL.into_iter().map(Field::Value).collect();
        fields.extend(LATER_YEARS.map(Field::LaterActual));
        fields.extend([Field::Status, Field::Note]);
        fields
    }

    pub fn label_ja(self) -> String {
        self.label(super::i18n::Lang::Ja)
    }

    /// The field's name in `lang` (may carry `{漢字|かんじ}` furigana markup).
    pub fn label(self, lang: super::i18n::Lang) -> String {
        let m = lang.messages();
        let w = super::edit_words::edit_words(lang);
        match self {
            Field::Value(column) => m.column(column).to_string(),
            Field::LaterActual(year) => (m.later_actual)(year),
            Field::Status => w.status_field.into(),
            Field::Note => w.note_field.into(),
        }
    }
}

/// One change, as stored and exported. `value: None` records a revert.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Edit {
    pub kpi: String,
    pub field: String,
    pub value: Option<String>,
    /// ISO 8601 UTC (`2026-11-25T14:00:00.000Z`), so text order is time order.
    pub edited_at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EditSet {
    pub schema: u32,
    pub edits: Vec<Edit>,
}

impl Default for EditSet {
    fn default() -> Self {
        EditSet { schema: SCHEMA_VERSION, edits: Vec::new() }
    }
}

impl EditSet {
    /// Records `value` for (kpi, field) at `now`; `None` reverts to the official figure.
    pub fn set(&mut self, kpi: &str, field: Field, value: Option<String>, now: &str) {
        let key = field.key();
        self.edits.retain(|e| !(e.kpi == kpi && e.field == key));
        self.edits.push(Edit { kpi: kpi.to_string(), field: key, value, edited_at: now.to_string() });
        self.edits.sort_by(|a, b| (&a.kpi, &a.field).cmp(&(&b.kpi, &b.field)));
    }

    /// The current local value of (kpi, field), if edited.
    pub fn get(&self, kpi: &str, field: Field) -> Option<&str> {
        let key = field.key();
        self.edits.iter().find(|e| e.kpi == kpi && e.field == key).and_then(|e| e.value.as_deref())
    }

    /// Edits that change something (reverts left out).
    pub fn active(&self) -> impl Iterator<Item = &Edit> {
        self.edits.iter().filter(|e| e.value.is_some())
    }

    pub fn active_count(&self) -> usize {
        self.active().count()
    }

    pub fn revert_row(&mut self, kpi: &str, now: &str) {
        let fields: Vec<String> = self.active().filter(|e| e.kpi == kpi).map(|e| e.field.clone()).collect();
        for field in fields.iter().filter_map(|f| Field::from_key(f)) {
            self.set(kpi, field, None, now);
        }
    }

    pub fn revert_all(&mut self, now: &str) {
        for edit in self.edits.iter_mut() {
            edit.value = None;
            edit.edited_at = now.to_string();
        }
    }

    /// Combines two sets entry by entry; the newer entry wins, so edits made in another
    /// tab and here are both kept.
    pub fn merged_with(&self, other: &EditSet) -> EditSet {
        let mut by_key: BTreeMap<(String, String), Edit> = BTreeMap::new();
        for edit in self.edits.iter().chain(&other.edits) {
            let key = (edit.kpi.clone(), edit.field.clone());
            match by_key.get(&key) {
                Some(existing) if existing.edited_at >= edit.edited_at => {}
                _ => {
                    by_key.insert(key, edit.clone());
                }
            }
        }
        EditSet { schema: SCHEMA_VERSION, edits: by_key.into_values().collect() }
    }
}

/// The official sheet with the edits laid over it. Entries that no longer validate (an
/// id that vanished, a value the rules now reject) are skipped, never applied half-way.
pub fn apply(official: &Dataset, edits: &EditSet) -> Dataset {
    let mut data = official.clone();
    for edit in edits.active() {
        let (Some(field), Some(value)) = (Field::from_key(&edit.field), edit.value.as_deref()) else { continue };
        let Some(row) = data.indicators.iter_mut().find(|r| r.id == edit.kpi) else { continue };
        let official_row = official.indicators.iter().find(|r| r.id == edit.kpi).expect("same ids");
        match field {
            Field::Value(column) => {
                if validate_value(official_row, field, value).is_ok() {
                    *row.values.get_mut(column) = parse_value(value, column);
                }
            }
            Field::LaterActual(year) => {
                if validate_value(official_row, field, value).is_ok() {
                    let mut parsed = parse_value(value, Column::ActualFy2023);
                    if parsed.period == Some(super::model::Period { year: 2023, fiscal: true }) {
                        parsed.period = Some(super::model::Period { year, fiscal: true });
                    }
                    row.later_actuals.insert(year, parsed);
                }
            }
            Field::Status => {
                if let Ok(status) = validate_status(value) {
                    row.status = status;
                    if status != Status::Delayed {
                        row.delay_reason = None;
                    }
                }
            }
            Field::Note => {
                if validate_note(value).is_ok() {
                    row.local_note = Some(value.to_string());
                }
            }
        }
    }
    data
}
