//! Taking in another device's edits (an exported file). Each entry of the file is, seen
//! from here:
//! - already known: this set has seen it (or something newer from its device); when its
//!   value differs, this device changed the field after the file was written (an undo
//!   included), and it is `older`: kept as it is here unless the user takes the file's
//!   value, which is how a backup restores;
//! - a change: new here, and it replaces nothing this device changed since the other
//!   device last saw it: taken as it is;
//! - a conflict: new here, and this device changed the same field in a way the other
//!   device has not seen: both values are shown and the user picks one per field. A
//!   conflict is never settled without a choice.
//!
//! An old file (schema 0/1) has seen nothing of this device, so any field it changes that
//! this device changed too is a conflict.

use std::collections::BTreeMap;

use super::exchange::ImportError;
use super::{Edit, EditSet, Field};

/// A file's revisions may be at most this far ahead of the largest one here, so that no
/// file can push the counter to where it stops counting.
const MAX_REV_LEAD: u64 = 1 << 40;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportPlan {
    /// Entries taken as they are.
    pub changes: Vec<Edit>,
    /// Fields both devices changed since they last shared their edits.
    pub conflicts: Vec<Conflict>,
    /// Entries of the file that this device has changed since (undone included), with both
    /// values: kept as they are here unless the user chooses the file's.
    pub older: Vec<Conflict>,
}

/// One field changed on both devices: this device's value and the file's (`None`: the
/// official figure, after a revert).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    pub kpi: String,
    pub field: Field,
    pub here: Option<String>,
    pub file: Option<String>,
}

impl Conflict {
    pub fn key(&self) -> (String, Field) {
        (self.kpi.clone(), self.field)
    }
}

/// What the user keeps of a conflicting field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    KeepHere,
    TakeFile,
}

pub type Choices = BTreeMap<(String, Field), Choice>;

/// Sorts the entries of `incoming` into changes, conflicts and older ones.
pub fn plan_import(current: &EditSet, incoming: &EditSet) -> Result<ImportPlan, ImportError> {
    let ceiling = current
        .clock
        .max(current.seen.values().copied().max().unwrap_or(0))
        .saturating_add(MAX_REV_LEAD);
    if incoming.clock > ceiling {
        return Err(ImportError::WrongShape {
            detail: format!("rev {} が大きすぎます", incoming.clock),
        });
    }
    let mut plan = ImportPlan {
        changes: Vec::new(),
        conflicts: Vec::new(),
        older: Vec::new(),
    };
    for edit in &incoming.edits {
        let here = current.entry(&edit.kpi, edit.field);
        let same_value = here.map_or(edit.value.is_none(), |h| h.value == edit.value);
        if current.has_seen(edit) {
            if !same_value {
                plan.older.push(Conflict {
                    kpi: edit.kpi.clone(),
                    field: edit.field,
                    here: here.and_then(|h| h.value.clone()),
                    file: edit.value.clone(),
                });
            }
        } else if same_value {
            // Nothing to change.
        } else if here.is_none_or(|h| incoming.has_seen(h)) {
            plan.changes.push(edit.clone());
        } else {
            plan.conflicts.push(Conflict {
                kpi: edit.kpi.clone(),
                field: edit.field,
                here: here.and_then(|h| h.value.clone()),
                file: edit.value.clone(),
            });
        }
    }
    Ok(plan)
}

/// Takes in `incoming` with the user's `choices` for its conflicts and for the fields this
/// device changed after the file was written (kept here unless chosen otherwise). The
/// conflicts are found again against `current`, which may have changed since the preview
/// (another tab): any without a choice are returned, and nothing changes.
pub fn apply_import(
    current: &EditSet,
    incoming: &EditSet,
    choices: &Choices,
) -> Result<EditSet, NotApplied> {
    let plan = plan_import(current, incoming).map_err(NotApplied::Refused)?;
    let open: Vec<Conflict> = plan
        .conflicts
        .iter()
        .filter(|c| !choices.contains_key(&c.key()))
        .cloned()
        .collect();
    if !open.is_empty() {
        return Err(NotApplied::Unresolved(open));
    }
    let mut next = current.clone();
    next.learn(incoming);
    for edit in plan.changes {
        next.put(edit);
    }
    for conflict in plan.conflicts {
        // The choice is a new save here, newer than both sides, so no tab or later
        // import brings the other value back.
        let kept = match choices[&conflict.key()] {
            Choice::KeepHere => current.entry(&conflict.kpi, conflict.field),
            Choice::TakeFile => incoming.entry(&conflict.kpi, conflict.field),
        };
        let (value, edited_at) = kept.map_or((None, String::new()), |e| {
            (e.value.clone(), e.edited_at.clone())
        });
        next.set(&conflict.kpi, conflict.field, value, &edited_at);
    }
    for older in plan.older {
        if choices.get(&older.key()) == Some(&Choice::TakeFile) {
            let edited_at = incoming
                .entry(&older.kpi, older.field)
                .map_or(String::new(), |e| e.edited_at.clone());
            next.set(&older.kpi, older.field, older.file.clone(), &edited_at);
        }
    }
    Ok(next)
}

/// Why an import was not applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotApplied {
    Refused(ImportError),
    /// Conflicts that have no choice yet.
    Unresolved(Vec<Conflict>),
}
