//! The verification sheet as typed Rust values. Field names are the public
//! JSON contract of the app's `data/editions/fy2023.json`; do not rename them.

use serde::{Deserialize, Serialize, Serializer};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dataset {
    pub title: String,
    pub city: String,
    pub fiscal_year: u16,
    pub source: String,
    pub notes: Vec<String>,
    pub goals: Vec<Goal>,
    pub indicators: Vec<Indicator>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Goal {
    pub id: String,
    pub name: String,
    pub name_en: String,
    /// The name in やさしい日本語 (our wording, not the city's); empty in old exports.
    #[serde(default)]
    pub name_easy: String,
    pub subgoals: Vec<Subgoal>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Subgoal {
    pub id: String,
    pub name: String,
    pub name_en: String,
    /// The name in やさしい日本語 (our wording, not the city's); empty in old exports.
    #[serde(default)]
    pub name_easy: String,
    pub measures: Vec<Measure>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Measure {
    pub no: u8,
    pub name: String,
    pub name_en: String,
    /// The name in やさしい日本語 (our wording, not the city's); empty in old exports.
    #[serde(default)]
    pub name_easy: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    NumericalTarget,
    Kpi,
}

/// The city's own published assessment; ordered from best to worst.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    OnTrack,
    MostlyOnTrack,
    Delayed,
}

impl Status {
    pub const ALL: [Status; 3] = [Status::OnTrack, Status::MostlyOnTrack, Status::Delayed];

    /// The key used in JSON and in URLs.
    pub fn key(self) -> &'static str {
        match self {
            Status::OnTrack => "on_track",
            Status::MostlyOnTrack => "mostly_on_track",
            Status::Delayed => "delayed",
        }
    }

    pub fn from_key(key: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.key() == key)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Indicator {
    pub id: String,
    pub subgoal: String,
    pub measure: Option<u8>,
    pub kind: Kind,
    pub name: String,
    pub name_en: String,
    /// The name in やさしい日本語 (our wording, not the city's); empty in old exports.
    #[serde(default)]
    pub name_easy: String,
    pub department: String,
    pub department_en: String,
    /// The English noun for what is counted ("visit" / "visits"), chosen per row.
    #[serde(default)]
    pub unit_en: UnitEn,
    pub status: Status,
    pub delay_reason: Option<String>,
    pub initiatives: String,
    pub challenges: String,
    pub plans: String,
    pub higher_is_better: bool,
    pub values: Values,
    /// English for cells whose printed text is prose, by column key ("target_final").
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub values_en: std::collections::BTreeMap<String, String>,
    /// Actuals for FY2024–FY2027: published by a later edition (up to `edition`) or added
    /// on this device.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub later_actuals: std::collections::BTreeMap<u16, Value>,
    /// Targets for FY2024–FY2027 (each year's sheet sets its year's target): published by
    /// a later edition (up to `edition`) or drafted on this device.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub later_targets: std::collections::BTreeMap<u16, Value>,
    /// A note added on this device.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub local_note: Option<String>,
    /// The fiscal year of the verification sheet (the edition) this row was published in.
    /// Its later actuals and targets up to this year are the city's; any after it were
    /// added on this device. Absent in the FY2023 sheet's JSON, the first edition.
    #[serde(default = "first_edition", skip_serializing_if = "is_first_edition")]
    pub edition: u16,
}

/// The first edition the app holds: the FY2023 verification sheet.
pub const FIRST_EDITION: u16 = 2023;

fn first_edition() -> u16 {
    FIRST_EDITION
}

fn is_first_edition(year: &u16) -> bool {
    *year == FIRST_EDITION
}

impl Indicator {
    /// The English rendering of a cell whose printed text is Japanese prose, if any.
    pub fn value_en(&self, column: Column) -> Option<&str> {
        self.values_en.get(column.key()).map(String::as_str)
    }

    /// True when the actual or target of fiscal `year` outside the five columns was added
    /// on this device rather than published in this row's edition.
    pub fn later_is_local(&self, year: u16) -> bool {
        year > self.edition
    }

    /// The most recent actual: a FY2024+ figure (published or added here) if any, else
    /// FY2023's, with the fiscal year of its column.
    pub fn latest_actual(&self) -> (u16, &Value) {
        self.later_actuals
            .iter()
            .rev()
            .find(|(_, v)| !v.parts.is_empty())
            .map(|(year, v)| (*year, v))
            .unwrap_or((2023, &self.values.actual_fy2023))
    }
}

/// An English unit noun in its two forms: `{ "one": "visit", "other": "visits" }`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct UnitEn {
    pub one: String,
    pub other: String,
}

impl UnitEn {
    /// The form for a figure: singular only for exactly 1.
    pub fn for_value(&self, value: f64) -> &str {
        if value == 1.0 {
            &self.one
        } else {
            &self.other
        }
    }
}

/// The sheet's five value columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Column {
    Baseline,
    ActualFy2022,
    ActualFy2023,
    TargetFy2023,
    TargetFinal,
}

impl Column {
    pub const ALL: [Column; 5] = [
        Column::Baseline,
        Column::ActualFy2022,
        Column::ActualFy2023,
        Column::TargetFy2023,
        Column::TargetFinal,
    ];

    /// The fiscal year a figure in this column refers to unless its cell says otherwise.
    pub fn default_fiscal_year(self) -> u16 {
        match self {
            Column::Baseline => 2019,
            Column::ActualFy2022 => 2022,
            Column::ActualFy2023 | Column::TargetFy2023 => 2023,
            Column::TargetFinal => 2027,
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Column::Baseline => "baseline",
            Column::ActualFy2022 => "actual_fy2022",
            Column::ActualFy2023 => "actual_fy2023",
            Column::TargetFy2023 => "target_fy2023",
            Column::TargetFinal => "target_final",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Values {
    pub baseline: Value,
    pub actual_fy2022: Value,
    pub actual_fy2023: Value,
    pub target_fy2023: Value,
    pub target_final: Value,
}

impl Values {
    pub fn get(&self, column: Column) -> &Value {
        match column {
            Column::Baseline => &self.baseline,
            Column::ActualFy2022 => &self.actual_fy2022,
            Column::ActualFy2023 => &self.actual_fy2023,
            Column::TargetFy2023 => &self.target_fy2023,
            Column::TargetFinal => &self.target_final,
        }
    }

    pub fn get_mut(&mut self, column: Column) -> &mut Value {
        match column {
            Column::Baseline => &mut self.baseline,
            Column::ActualFy2022 => &mut self.actual_fy2022,
            Column::ActualFy2023 => &mut self.actual_fy2023,
            Column::TargetFy2023 => &mut self.target_fy2023,
            Column::TargetFinal => &mut self.target_final,
        }
    }
}

/// One cell of the sheet: the text as printed plus what could be read from it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Value {
    pub raw: String,
    pub period: Option<Period>,
    pub parts: Vec<Part>,
    pub note: Option<String>,
}

/// The year a figure refers to: a fiscal year (April–March) or a calendar year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Period {
    pub year: u16,
    pub fiscal: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Part {
    pub label: Option<String>,
    #[serde(serialize_with = "number_as_printed")]
    pub value: f64,
    pub unit: Option<String>,
}

impl Part {
    /// The figure in the unit's base (万人 → 人), so 34万人 and 266,189人 compare.
    pub fn base_value(&self) -> f64 {
        self.value * unit_scale(self.unit.as_deref()).0
    }

    pub fn base_unit(&self) -> Option<&str> {
        unit_scale(self.unit.as_deref()).1
    }
}

fn unit_scale(unit: Option<&str>) -> (f64, Option<&str>) {
    match unit {
        Some("万人") => (10_000.0, Some("人")),
        other => (1.0, other),
    }
}

/// Whole numbers stay integers in JSON (1563, not 1563.0), so the file round-trips.
fn number_as_printed<S: Serializer>(value: &f64, serializer: S) -> Result<S::Ok, S::Error> {
    if value.fract() == 0.0 && value.abs() < 9.0e15 {
        serializer.serialize_i64(*value as i64)
    } else {
        serializer.serialize_f64(*value)
    }
}
