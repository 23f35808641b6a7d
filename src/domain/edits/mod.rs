//! Local edits as an overlay on the official sheet: one entry per (indicator, field), the
//! newest wins. A revert is kept as an entry without a value (a tombstone), so two tabs or
//! an import merging their sets never bring back something the user took away.
//!
//! Every entry in an `EditSet` has been validated once, where it came in: by the form
//! (`input`) or by `exchange::read_edits` for storage and imported files.

pub mod exchange;
pub mod field;
pub mod input;

use std::collections::BTreeMap;

use serde::Serialize;

pub use field::{Field, LATER_YEARS};

use super::model::{Column, Dataset, Period, Status};
use super::parse::parse_value;

pub const SCHEMA_VERSION: u32 = 1;

/// One change, as stored and exported. `value: None` records a revert.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Edit {
    pub kpi: String,
    pub field: Field,
    pub value: Option<String>,
    /// ISO 8601 UTC (`2026-11-25T14:00:00.000Z`), so text order is time order.
    pub edited_at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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
        self.edits.retain(|e| !(e.kpi == kpi && e.field == field));
        self.edits.push(Edit { kpi: kpi.to_string(), field, value, edited_at: now.to_string() });
        self.edits.sort_by(|a, b| (&a.kpi, a.field).cmp(&(&b.kpi, b.field)));
    }

    /// The current local value of (kpi, field), if edited.
    pub fn get(&self, kpi: &str, field: Field) -> Option<&str> {
        self.edits.iter().find(|e| e.kpi == kpi && e.field == field).and_then(|e| e.value.as_deref())
    }

    /// Edits that change something (reverts left out).
    pub fn active(&self) -> impl Iterator<Item = &Edit> {
        self.edits.iter().filter(|e| e.value.is_some())
    }

    pub fn active_count(&self) -> usize {
        self.active().count()
    }

    pub fn revert_row(&mut self, kpi: &str, now: &str) {
        let fields: Vec<Field> = self.active().filter(|e| e.kpi == kpi).map(|e| e.field).collect();
        for field in fields {
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
        let mut by_key: BTreeMap<(String, Field), Edit> = BTreeMap::new();
        for edit in self.edits.iter().chain(&other.edits) {
            let key = (edit.kpi.clone(), edit.field);
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

/// The official sheet with the edits laid over it. The edits were validated when they
/// came in, so each is applied as it stands; an id that is not in the sheet is skipped.
pub fn apply(official: &Dataset, edits: &EditSet) -> Dataset {
    let mut data = official.clone();
    for edit in edits.active() {
        let Some(value) = edit.value.as_deref() else { continue };
        let Some(row) = data.indicators.iter_mut().find(|r| r.id == edit.kpi) else { continue };
        match edit.field {
            Field::Value(column) => *row.values.get_mut(column) = parse_value(value, column),
            Field::LaterActual(year) => {
                let mut parsed = parse_value(value, Column::ActualFy2023);
                if parsed.period == Some(Period { year: 2023, fiscal: true }) {
                    parsed.period = Some(Period { year, fiscal: true });
                }
                row.later_actuals.insert(year, parsed);
            }
            Field::Status => {
                if let Some(status) = Status::from_key(value) {
                    row.status = status;
                    if status != Status::Delayed {
                        row.delay_reason = None;
                    }
                }
            }
            Field::Note => row.local_note = Some(value.to_string()),
        }
    }
    data
}
