//! What an edition changed since the one before it, row by row: figures newly printed
//! (a new year's actual or target), figures revised (a later sheet printing another value
//! for the same cell), statuses, and the city's texts; rows that appear or go.

use std::borrow::Borrow;
use std::collections::BTreeSet;

use crate::domain::edits::{Field, SheetText};
use crate::domain::model::{Column, Dataset, Indicator, Status, Value};

/// How one cell differs between two editions.
#[derive(Debug, Clone, PartialEq)]
pub enum CellChange {
    /// Printed now, empty before (a new year's actual or target).
    Added { after: Value },
    /// Printed in both, differently: the newer edition revised it.
    Revised { before: Value, after: Value },
    /// Printed before, empty now.
    Removed { before: Value },
    /// The city's status changed.
    Status { before: Status, after: Status },
    /// One of the city's texts (①②③, 遅れの理由) was rewritten.
    Text,
    /// A text printed now, empty before (a reason beside a status now 進捗の遅れ).
    TextAdded,
    /// A text no longer printed (a reason beside a status no longer 進捗の遅れ).
    TextRemoved,
}

/// A row's changes, in the sheet's column order.
#[derive(Debug, Clone, PartialEq)]
pub enum RowChange {
    /// The row is new in this edition.
    New,
    /// The row is no longer in this edition (replaced, or dropped).
    Gone,
    Changed(Vec<(Field, CellChange)>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct RowChanges {
    pub id: String,
    pub change: RowChange,
}

impl RowChanges {
    /// The fields whose figures a later edition revised (not newly printed).
    pub fn revised(&self) -> impl Iterator<Item = (Field, &Value, &Value)> {
        let fields = match &self.change {
            RowChange::Changed(fields) => fields.as_slice(),
            _ => &[],
        };
        fields.iter().filter_map(|(field, change)| match change {
            CellChange::Revised { before, after } => Some((*field, before, after)),
            _ => None,
        })
    }
}

/// Every row `newer` changed since `older`, in `newer`'s order, then the rows it dropped.
/// Rows it left as they were are not listed.
pub fn changes(older: &Dataset, newer: &Dataset) -> Vec<RowChanges> {
    let mut out: Vec<RowChanges> = newer
        .indicators
        .iter()
        .filter_map(|row| {
            let change = match older.indicators.iter().find(|r| r.id == row.id) {
                None => RowChange::New,
                Some(before) => {
                    let fields = row_changes(before, row);
                    if fields.is_empty() {
                        return None;
                    }
                    RowChange::Changed(fields)
                }
            };
            Some(RowChanges {
                id: row.id.clone(),
                change,
            })
        })
        .collect();
    out.extend(
        older
            .indicators
            .iter()
            .filter(|r| !newer.indicators.iter().any(|n| n.id == r.id))
            .map(|r| RowChanges {
                id: r.id.clone(),
                change: RowChange::Gone,
            }),
    );
    out
}

fn row_changes(before: &Indicator, after: &Indicator) -> Vec<(Field, CellChange)> {
    let mut out = Vec::new();
    let mut cell = |field: Field, old: Option<&Value>, new: Option<&Value>| {
        let printed = |v: Option<&Value>| v.filter(|v| !v.raw.trim().is_empty()).cloned();
        let change = match (printed(old), printed(new)) {
            (None, Some(after)) => CellChange::Added { after },
            (Some(before), None) => CellChange::Removed { before },
            (Some(before), Some(after)) if before.raw.trim() != after.raw.trim() => {
                CellChange::Revised { before, after }
            }
            _ => return,
        };
        out.push((field, change));
    };
    for column in Column::ALL {
        cell(
            Field::Value(column),
            Some(before.values.get(column)),
            Some(after.values.get(column)),
        );
    }
    let years: BTreeSet<u16> = before
        .later_actuals
        .keys()
        .chain(after.later_actuals.keys())
        .chain(before.later_targets.keys())
        .chain(after.later_targets.keys())
        .copied()
        .collect();
    for year in years {
        cell(
            Field::LaterActual(year),
            before.later_actuals.get(&year),
            after.later_actuals.get(&year),
        );
        cell(
            Field::LaterTarget(year),
            before.later_targets.get(&year),
            after.later_targets.get(&year),
        );
    }
    if before.status != after.status {
        out.push((
            Field::Status,
            CellChange::Status {
                before: before.status,
                after: after.status,
            },
        ));
    }
    let texts = |row: &Indicator| {
        [
            row.delay_reason.clone().unwrap_or_default(),
            row.initiatives.clone(),
            row.challenges.clone(),
            row.plans.clone(),
        ]
    };
    for ((kind, old), new) in SheetText::ALL
        .into_iter()
        .zip(texts(before))
        .zip(texts(after))
    {
        let change = match (old.trim().is_empty(), new.trim().is_empty()) {
            _ if old.trim() == new.trim() => continue,
            (true, false) => CellChange::TextAdded,
            (false, true) => CellChange::TextRemoved,
            _ => CellChange::Text,
        };
        out.push((Field::Text(kind), change));
    }
    out
}

/// A figure of a row that an edition printed differently from the edition before.
#[derive(Debug, Clone, PartialEq)]
pub struct Revision {
    pub field: Field,
    /// The edition that revised it (its fiscal year).
    pub edition: u16,
    /// What the edition before printed.
    pub before: Value,
}

/// Every revision of row `id`'s figures across `editions` (oldest first), oldest first.
pub fn revisions(editions: &[impl Borrow<Dataset>], id: &str) -> Vec<Revision> {
    editions
        .windows(2)
        .flat_map(|pair| {
            let (older, newer) = (pair[0].borrow(), pair[1].borrow());
            let row = |data: &Dataset| data.indicators.iter().find(|r| r.id == id).cloned();
            let (Some(before), Some(after)) = (row(older), row(newer)) else {
                return Vec::new();
            };
            row_changes(&before, &after)
                .into_iter()
                .filter_map(|(field, change)| match change {
                    CellChange::Revised { before, .. } => Some(Revision {
                        field,
                        edition: newer.fiscal_year,
                        before,
                    }),
                    _ => None,
                })
                .collect()
        })
        .collect()
}
