//! What an edit changes. Written by its key (`actual_fy2023`, `status` …) and read back
//! into this enum once, where a file or the storage is read (`exchange::read_edits`).

use std::fmt;

use serde::{Serialize, Serializer};

use crate::domain::model::Column;

/// Years staff may add actuals for, after the sheet's FY2023.
pub const LATER_YEARS: std::ops::RangeInclusive<u16> = 2024..=2027;

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
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.key())
    }
}

impl Serialize for Field {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.key())
    }
}
