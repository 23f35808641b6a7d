//! What an edit changes. Written by its key (`actual_fy2023`, `status` …) and read back
//! into this enum once, where a file or the storage is read (`exchange::read_edits`).

use std::fmt;

use serde::{Serialize, Serializer};

use crate::domain::model::{Column, Indicator, Value};

/// Years staff may add actuals and targets for, after the sheet's FY2023.
pub const LATER_YEARS: std::ops::RangeInclusive<u16> = 2024..=2027;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    Value(Column),
    /// An actual for a fiscal year after FY2023.
    LaterActual(u16),
    /// A target for a fiscal year after FY2023 (the drafted year's, set by its sheet).
    LaterTarget(u16),
    Status,
    Note,
    /// One of the sheet's texts, rewritten for next year's sheet.
    Text(SheetText),
}

/// The texts of a row on the printed sheet that each year's sheet rewrites.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SheetText {
    /// 進捗が遅れている理由: printed only for a row whose status is 進捗の遅れ.
    DelayReason,
    /// ①取組
    Initiatives,
    /// ②課題
    Challenges,
    /// ③今後の方策
    Plans,
}

impl SheetText {
    pub const ALL: [SheetText; 4] = [
        SheetText::DelayReason,
        SheetText::Initiatives,
        SheetText::Challenges,
        SheetText::Plans,
    ];

    pub fn key(self) -> &'static str {
        match self {
            SheetText::DelayReason => "delay_reason",
            SheetText::Initiatives => "initiatives",
            SheetText::Challenges => "challenges",
            SheetText::Plans => "plans",
        }
    }

    /// The most characters a text may have: about twice the longest the city printed
    /// (①取組 194, 遅れの理由 79), so a sheet cell still holds it.
    pub fn max_chars(self) -> usize {
        match self {
            SheetText::DelayReason => 200,
            SheetText::Initiatives | SheetText::Challenges | SheetText::Plans => 400,
        }
    }
}

impl Field {
    pub fn key(self) -> String {
        match self {
            Field::Value(column) => column.key().to_string(),
            Field::LaterActual(year) => format!("actual_fy{year}"),
            Field::LaterTarget(year) => format!("target_fy{year}"),
            Field::Status => "status".into(),
            Field::Note => "note".into(),
            Field::Text(text) => text.key().into(),
        }
    }

    pub fn from_key(key: &str) -> Option<Field> {
        if let Some(column) = Column::ALL.into_iter().find(|c| c.key() == key) {
            return Some(Field::Value(column));
        }
        if let Some(text) = SheetText::ALL.into_iter().find(|t| t.key() == key) {
            return Some(Field::Text(text));
        }
        match key {
            "status" => Some(Field::Status),
            "note" => Some(Field::Note),
            _ => {
                let later = |prefix: &str| {
                    key.strip_prefix(prefix)
                        .and_then(|y| y.parse().ok())
                        .filter(|y| LATER_YEARS.contains(y))
                };
                later("actual_fy")
                    .map(Field::LaterActual)
                    .or_else(|| later("target_fy").map(Field::LaterTarget))
            }
        }
    }

    /// Every editable field of a row.
    pub fn all() -> Vec<Field> {
        let mut fields: Vec<Field> = Column::ALL.into_iter().map(Field::Value).collect();
        fields.extend(LATER_YEARS.map(Field::LaterActual));
        fields.extend(LATER_YEARS.map(Field::LaterTarget));
        fields.extend([Field::Status, Field::Note]);
        fields.extend(SheetText::ALL.map(Field::Text));
        fields
    }
}

/// A row's actuals and targets of the years after FY2023 (a later sheet's, or this
/// device's), by year, the actual first.
pub fn later_figures(row: &Indicator) -> Vec<(Field, &Value)> {
    let years: std::collections::BTreeSet<u16> = row
        .later_actuals
        .keys()
        .chain(row.later_targets.keys())
        .copied()
        .collect();
    years
        .into_iter()
        .flat_map(|y| {
            [
                row.later_actuals
                    .get(&y)
                    .map(|v| (Field::LaterActual(y), v)),
                row.later_targets
                    .get(&y)
                    .map(|v| (Field::LaterTarget(y), v)),
            ]
        })
        .flatten()
        .collect()
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
