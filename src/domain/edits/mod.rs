//! Local edits as an overlay on the official sheet: one entry per (indicator, field). A
//! revert is kept as an entry without a value (a tombstone), so two tabs or an import
//! merging their sets never bring back something the user took away.
//!
//! Which of two saves is newer is decided by revision, never by the clock: every set
//! carries a Lamport counter (`clock`) that each save increments and each merge moves past
//! every revision seen, so a save made after another always has the higher revision even
//! when the device's clock was wrong or corrected in between. `edited_at` is only shown.
//! Between devices the set also remembers how far it has seen each other device
//! (`seen`), which is what tells a real conflict from an old value (see `import_plan`).
//!
//! Every entry in an `EditSet` has been validated once, where it came in: by the form
//! (`input`) or by `exchange::read_edits` for storage and imported files.

pub mod device;
pub mod exchange;
pub mod field;
pub mod figure_input;
pub mod import_plan;
pub mod input;
mod migrate;
pub mod row_form;
pub mod saving;
pub mod sheet_import;
pub mod workbook_reader;

use std::collections::BTreeMap;

use serde::Serialize;

pub use device::DeviceId;
pub use field::{Field, SheetText, LATER_YEARS};

use crate::domain::cells::parse::{parse_value, states_its_year};
use crate::domain::model::{Column, Dataset, Indicator, Period, Status, Value};

/// 3 added the sheet's texts (`delay_reason`, `initiatives`, `challenges`, `plans`), 2
/// revisions and device names; 2, 1 and 0 are still read (`migrate`). The number went up
/// with the texts so that an older copy of the app refuses a file holding them as newer,
/// rather than as a file with unknown fields.
pub const SCHEMA_VERSION: u32 = 3;

/// One change, as stored and exported. `value: None` records a revert.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Edit {
    pub kpi: String,
    pub field: Field,
    pub value: Option<String>,
    /// When it was saved, by the device's clock (ISO 8601 UTC), for people to read. Never
    /// compared: a clock set wrong must not decide which save counts.
    pub edited_at: String,
    /// The writing set's counter at this save: of two entries for one field, the higher
    /// revision is the newer.
    pub rev: u64,
    pub device: DeviceId,
}

impl Edit {
    /// Newer entries sort higher. Equal revisions from one device happen only when two tabs
    /// saved at the very same moment; any fixed order will do then, as long as every tab
    /// picks the same.
    fn recency(&self) -> (u64, &DeviceId, &Option<String>, &str) {
        (self.rev, &self.device, &self.value, &self.edited_at)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EditSet {
    pub schema: u32,
    /// This device; its saves are written under this name.
    pub device: DeviceId,
    /// The Lamport counter: at least every revision in this set, its own or merged in.
    pub clock: u64,
    /// For every other device, the highest of its revisions this set has taken in.
    pub seen: BTreeMap<DeviceId, u64>,
    pub edits: Vec<Edit>,
}

impl EditSet {
    pub fn new(device: DeviceId) -> EditSet {
        EditSet {
            schema: SCHEMA_VERSION,
            device,
            clock: 0,
            seen: BTreeMap::new(),
            edits: Vec::new(),
        }
    }

    /// Records `value` for (kpi, field) as a new revision; `None` reverts to the official
    /// figure. `now` is only shown.
    pub fn set(&mut self, kpi: &str, field: Field, value: Option<String>, now: &str) {
        self.clock = self.clock.saturating_add(1);
        let edit = Edit {
            kpi: kpi.to_string(),
            field,
            value,
            edited_at: now.to_string(),
            rev: self.clock,
            device: self.device.clone(),
        };
        self.put(edit);
    }

    /// Records the fields of one row saved together; a field that already holds its value
    /// gets no new revision. Returns how many fields changed.
    pub fn set_row(&mut self, kpi: &str, fields: &[(Field, Option<String>)], now: &str) -> usize {
        let mut changed = 0;
        for (field, value) in fields {
            if self.get(kpi, *field) != value.as_deref() {
                self.set(kpi, *field, value.clone(), now);
                changed += 1;
            }
        }
        changed
    }

    /// Puts `edit` in place of the entry of its field, whatever their revisions.
    fn put(&mut self, edit: Edit) {
        match self
            .edits
            .binary_search_by(|e| (e.kpi.as_str(), e.field).cmp(&(edit.kpi.as_str(), edit.field)))
        {
            Ok(at) => self.edits[at] = edit,
            Err(at) => self.edits.insert(at, edit),
        }
    }

    /// Keeps whichever of `edit` and the entry of its field is newer.
    fn put_newer(&mut self, edit: Edit) {
        if self
            .entry(&edit.kpi, edit.field)
            .is_none_or(|here| here.recency() < edit.recency())
        {
            self.put(edit);
        }
    }

    /// The entry of (kpi, field), a revert included.
    pub fn entry(&self, kpi: &str, field: Field) -> Option<&Edit> {
        self.edits.iter().find(|e| e.kpi == kpi && e.field == field)
    }

    /// The current local value of (kpi, field), if edited.
    pub fn get(&self, kpi: &str, field: Field) -> Option<&str> {
        self.entry(kpi, field).and_then(|e| e.value.as_deref())
    }

    /// Edits that change something (reverts left out).
    pub fn active(&self) -> impl Iterator<Item = &Edit> {
        self.edits.iter().filter(|e| e.value.is_some())
    }

    pub fn active_count(&self) -> usize {
        self.active().count()
    }

    pub fn revert_row(&mut self, kpi: &str, now: &str) {
        let fields: Vec<Field> = self
            .active()
            .filter(|e| e.kpi == kpi)
            .map(|e| e.field)
            .collect();
        for field in fields {
            self.set(kpi, field, None, now);
        }
    }

    pub fn revert_all(&mut self, now: &str) {
        let keys: Vec<(String, Field)> = self.active().map(|e| (e.kpi.clone(), e.field)).collect();
        for (kpi, field) in keys {
            self.set(&kpi, field, None, now);
        }
    }

    /// Whether this set has taken in `edit` (or something newer of its device).
    pub fn has_seen(&self, edit: &Edit) -> bool {
        edit.rev <= self.seen_of(&edit.device)
    }

    /// How far this set has seen `device`'s revisions.
    fn seen_of(&self, device: &DeviceId) -> u64 {
        if *device == self.device {
            self.clock
        } else {
            self.seen.get(device).copied().unwrap_or(0)
        }
    }

    /// Takes in what `other` has seen: the counter moves past its revisions, so the next
    /// save here is newer than all of them.
    fn learn(&mut self, other: &EditSet) {
        self.clock = self.clock.max(other.clock);
        let others = other
            .seen
            .iter()
            .map(|(d, rev)| (d, *rev))
            .chain([(&other.device, other.clock)]);
        for (device, rev) in others {
            if *device != self.device {
                let known = self.seen.entry(device.clone()).or_insert(0);
                *known = (*known).max(rev);
            }
        }
    }

    /// Moves the counters past every entry, so a set read from a file that understates
    /// them still orders its next save after everything in it.
    fn cover_entries(&mut self) {
        for edit in &self.edits {
            if edit.device == self.device {
                self.clock = self.clock.max(edit.rev);
            } else {
                let known = self.seen.entry(edit.device.clone()).or_insert(0);
                *known = (*known).max(edit.rev);
            }
        }
        self.clock = self
            .clock
            .max(self.seen.values().copied().max().unwrap_or(0));
    }

    /// Combines the sets of two tabs sharing one storage, entry by entry; the higher
    /// revision wins, so edits made in another tab and here are both kept. The device
    /// name of `self` (the stored set) is kept.
    pub fn merged_with(&self, other: &EditSet) -> EditSet {
        let mut merged = self.clone();
        merged.learn(other);
        for edit in &other.edits {
            merged.put_newer(edit.clone());
        }
        merged
    }
}

/// The official sheet with the edits laid over it. The edits were validated when they
/// came in, so each is applied as it stands; an id that is not in the sheet is skipped.
pub fn apply(official: &Dataset, edits: &EditSet) -> Dataset {
    let mut data = official.clone();
    for edit in edits.active() {
        let Some(value) = edit.value.as_deref() else {
            continue;
        };
        let Some(row) = data.indicators.iter_mut().find(|r| r.id == edit.kpi) else {
            continue;
        };
        set_field(row, edit.field, value);
    }
    // The sheet prints a delay reason only beside 進捗の遅れ, whichever was edited.
    for row in &mut data.indicators {
        if row.status != Status::Delayed {
            row.delay_reason = None;
        }
    }
    data
}

/// A later year's figure, read as the FY2023 cell of its kind is, but of its own year
/// (a cell without a year of its own would otherwise read as FY2023).
fn later_value(value: &str, like: Column, year: u16) -> Value {
    let mut parsed = parse_value(value, like);
    if parsed.period
        == Some(Period {
            year: 2023,
            fiscal: true,
        })
    {
        parsed.period = Some(Period { year, fiscal: true });
    }
    parsed
}

/// Writes one edited field's value into a row, read as the sheet's cells are read.
pub fn set_field(row: &mut Indicator, field: Field, value: &str) {
    match field {
        Field::Value(column) => {
            let mut parsed = parse_value(value, column);
            // A figure typed without its year keeps the year the cell had: the FY2023
            // column's 市内総生産 is 2021's, and a bare number there revises that figure.
            let kept = row.values.get(column).period;
            if !states_its_year(value) && parsed.period.is_some() && kept.is_some() {
                parsed.period = kept;
            }
            *row.values.get_mut(column) = parsed;
        }
        Field::LaterActual(year) => {
            let parsed = later_value(value, Column::ActualFy2023, year);
            row.later_actuals.insert(year, parsed);
        }
        Field::LaterTarget(year) => {
            let parsed = later_value(value, Column::TargetFy2023, year);
            row.later_targets.insert(year, parsed);
        }
        Field::Status => {
            if let Some(status) = Status::from_key(value) {
                row.status = status;
            }
        }
        Field::Note => row.local_note = Some(value.to_string()),
        Field::Text(text) => *text_of(row, text) = value.to_string(),
    }
}

/// One of a row's texts as it reads (`None`: the row has no delay reason).
pub fn text_in(row: &Indicator, text: SheetText) -> Option<&str> {
    match text {
        SheetText::DelayReason => row.delay_reason.as_deref(),
        SheetText::Initiatives => Some(&row.initiatives),
        SheetText::Challenges => Some(&row.challenges),
        SheetText::Plans => Some(&row.plans),
    }
}

/// True for an edit of a later year's actual or target that the city has since published
/// (this device drafted it before that year's sheet came out): the row's edition holds the
/// city's figure for it now.
pub fn superseded(official: &Indicator, field: Field) -> bool {
    let published = |year: u16, values: &std::collections::BTreeMap<u16, Value>| {
        !official.later_is_local(year)
            && values.get(&year).is_some_and(|v| !v.raw.trim().is_empty())
    };
    match field {
        Field::LaterActual(year) => published(year, &official.later_actuals),
        Field::LaterTarget(year) => published(year, &official.later_targets),
        _ => false,
    }
}

/// The texts of `shown` that differ from the city's `official` row: what this device
/// rewrote, as far as it is shown.
pub fn texts_rewritten(official: &Indicator, shown: &Indicator) -> Vec<SheetText> {
    SheetText::ALL
        .into_iter()
        .filter(|t| text_in(shown, *t).is_some_and(|text| text_in(official, *t) != Some(text)))
        .collect()
}

/// Where a row keeps one of its texts (a row without a delay reason gets an empty one).
fn text_of(row: &mut Indicator, text: SheetText) -> &mut String {
    match text {
        SheetText::DelayReason => row.delay_reason.get_or_insert_with(String::new),
        SheetText::Initiatives => &mut row.initiatives,
        SheetText::Challenges => &mut row.challenges,
        SheetText::Plans => &mut row.plans,
    }
}
