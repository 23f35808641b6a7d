//! Edit ordering that no clock can break, checked on random histories: two tabs of one
//! browser sharing one storage save, revert, reload, hear of each other's saves late, and
//! import files from a second device, which edits and imports too, while the clock jumps
//! back and forth. The model below says what must come out:
//! - no acknowledged save is lost: the stored edits (what every tab shows after it hears
//!   of them, and what a reload shows) are, per field, the last acknowledged write;
//! - between devices, a field is a conflict exactly when both devices changed it since
//!   they last shared, and then the user's choice is what stays.
//!
//! The storage, the tabs and the other device are simulated here; the steps each takes are
//! the app's own (`saving::to_store`, `confirms`, `merged_with`, `read_edits`,
//! `edits_json`, `plan_import`, `apply_import`).

use std::collections::{BTreeMap, BTreeSet};

mod support;
use isesaki_kpi::domain::edits::exchange::{edits_json, read_edits};
use isesaki_kpi::domain::edits::import_plan::{apply_import, plan_import, Choice, Choices};
use isesaki_kpi::domain::edits::saving::{confirms, stored_text, to_store};
use isesaki_kpi::domain::edits::{DeviceId, EditSet, Field};
use isesaki_kpi::domain::Dataset;
use proptest::prelude::*;
use support::official_dataset;

const KPIS: [&str; 3] = ["1-1-00", "1-1-01", "2-1-05"];
const FIELDS: [Field; 2] = [Field::Note, Field::Status];
const NOTES: [&str; 3] = ["速報値", "=1+1", "\t確認中"];
const STATUSES: [&str; 3] = ["on_track", "mostly_on_track", "delayed"];

type Key = (String, Field);

fn key(k: usize) -> Key {
    (KPIS[k / FIELDS.len()].to_string(), FIELDS[k % FIELDS.len()])
}

fn value_for(field: Field, v: usize) -> String {
    match field {
        Field::Status => STATUSES[v % 3].to_string(),
        _ => NOTES[v % 3].to_string(),
    }
}

#[derive(Debug, Clone)]
enum Op {
    Save {
        tab: usize,
        key: usize,
        value: usize,
    },
    Revert {
        tab: usize,
        key: usize,
    },
    RevertRow {
        tab: usize,
        kpi: usize,
    },
    RevertAll {
        tab: usize,
    },
    /// The `storage` event of the other tab's saves reaches this tab.
    Hear {
        tab: usize,
    },
    Reload {
        tab: usize,
    },
    /// The device's clock is set forward or back by this many minutes.
    ClockJump {
        minutes: i64,
    },
    OtherSaves {
        key: usize,
        value: usize,
    },
    /// This device imports the other device's export; bit `i` chooses for conflict `i`.
    ImportFromOther {
        tab: usize,
        picks: u32,
    },
    /// The other device imports this tab's export.
    OtherImports {
        tab: usize,
        picks: u32,
    },
}

fn op() -> impl Strategy<Value = Op> {
    let tab = 0..2usize;
    let key = 0..KPIS.len() * FIELDS.len();
    prop_oneof![
        4 => (tab.clone(), key.clone(), 0..3usize).prop_map(|(tab, key, value)| Op::Save { tab, key, value }),
        2 => (tab.clone(), key.clone()).prop_map(|(tab, key)| Op::Revert { tab, key }),
        1 => (tab.clone(), 0..KPIS.len()).prop_map(|(tab, kpi)| Op::RevertRow { tab, kpi }),
        1 => tab.clone().prop_map(|tab| Op::RevertAll { tab }),
        2 => tab.clone().prop_map(|tab| Op::Hear { tab }),
        1 => tab.clone().prop_map(|tab| Op::Reload { tab }),
        2 => (-100_000i64..100_000).prop_map(|minutes| Op::ClockJump { minutes }),
        3 => (key, 0..3usize).prop_map(|(key, value)| Op::OtherSaves { key, value }),
        2 => (tab.clone(), any::<u32>()).prop_map(|(tab, picks)| Op::ImportFromOther { tab, picks }),
        2 => (tab, any::<u32>()).prop_map(|(tab, picks)| Op::OtherImports { tab, picks }),
    ]
}

/// A write as the model knows it: which one (0 is "never edited", known everywhere) and
/// the value it left.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct WriteId(u32);

/// One side's view in the model: the current write of every field and every write it
/// knows of.
#[derive(Debug, Clone)]
struct Knowledge {
    current: BTreeMap<Key, WriteId>,
    knows: BTreeSet<WriteId>,
}

impl Knowledge {
    fn new() -> Knowledge {
        Knowledge {
            current: BTreeMap::new(),
            knows: [WriteId(0)].into(),
        }
    }
    fn current(&self, key: &Key) -> WriteId {
        self.current.get(key).copied().unwrap_or(WriteId(0))
    }
}

struct World {
    data: Dataset,
    storage: Option<String>,
    tabs: [EditSet; 2],
    other: EditSet,
    /// The clock, in minutes from a start; only ever shown (`edited_at`).
    minutes: i64,
    // The model.
    values: BTreeMap<WriteId, Option<String>>,
    next_write: u32,
    stored: Knowledge,
    tab_knows: [Knowledge; 2],
    other_knows: Knowledge,
}

impl World {
    fn new() -> World {
        let device = |name: &str| EditSet::new(DeviceId::parse(name).unwrap());
        World {
            data: official_dataset().unwrap(),
            storage: None,
            // Two tabs opened before anything was stored each name the device themselves.
            tabs: [device("d-tab-0"), device("d-tab-1")],
            other: device("d-other"),
            minutes: 0,
            values: [(WriteId(0), None)].into(),
            next_write: 1,
            stored: Knowledge::new(),
            tab_knows: [Knowledge::new(), Knowledge::new()],
            other_knows: Knowledge::new(),
        }
    }

    /// The device's clock as the app writes it (ISO 8601 UTC), from 2026-11-25 10:00.
    fn now(&self) -> String {
        let minutes = 29_926_680 + self.minutes; // 2026-11-25T10:00Z in minutes since 1970
        let (days, minute_of_day) = (minutes.div_euclid(1440), minutes.rem_euclid(1440));
        // Days to a civil date (H. Hinnant's algorithm).
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        format!(
            "{year:04}-{month:02}-{day:02}T{:02}:{:02}:00.000Z",
            minute_of_day / 60,
            minute_of_day % 60
        )
    }

    fn read_storage(&self) -> Option<EditSet> {
        self.storage.as_deref().map(|text| {
            read_edits(text, &self.data, &self.now()).expect("the stored edits read back")
        })
    }

    fn new_write(&mut self, value: Option<String>) -> WriteId {
        let id = WriteId(self.next_write);
        self.next_write += 1;
        self.values.insert(id, value);
        id
    }

    /// One change in `tab`, as `EditsState::commit` makes it: merged into what is stored,
    /// written, read back. Returns whether the save was acknowledged.
    fn commit(&mut self, tab: usize, change: impl FnOnce(&mut EditSet)) -> bool {
        let stored = self.read_storage();
        let next = to_store(stored.as_ref(), &self.tabs[tab], change);
        self.storage = Some(stored_text(&next));
        let acknowledged = confirms(&next, self.storage.as_deref(), &self.data, &self.now());
        self.tabs[tab] = next;
        acknowledged
    }

    /// The model after an acknowledged commit of `tab` that made `writes`.
    fn acknowledge(&mut self, tab: usize, writes: Vec<(Key, WriteId)>) {
        for (key, write) in writes {
            self.stored.current.insert(key, write);
            self.stored.knows.insert(write);
        }
        self.tab_knows[tab] = self.stored.clone();
    }

    fn expected(&self, knowledge: &Knowledge, key: &Key) -> Option<String> {
        self.values[&knowledge.current(key)].clone()
    }

    fn all_keys() -> impl Iterator<Item = Key> {
        (0..KPIS.len() * FIELDS.len()).map(key)
    }

    fn check_shows(&self, set: &EditSet, knowledge: &Knowledge, what: &str, history: &[Op]) {
        for key in Self::all_keys() {
            assert_eq!(
                set.get(&key.0, key.1).map(str::to_string),
                self.expected(knowledge, &key),
                "{what}, field {key:?}, after {history:#?}"
            );
        }
    }

    fn apply(&mut self, op: &Op, history: &[Op]) {
        let now = self.now();
        match *op {
            Op::Save { tab, key: k, value } => {
                let (kpi, field) = key(k);
                let text = value_for(field, value);
                let write = self.new_write(Some(text.clone()));
                assert!(self.commit(tab, |set| set.set(&kpi, field, Some(text), &now)));
                self.acknowledge(tab, vec![((kpi, field), write)]);
            }
            Op::Revert { tab, key: k } => {
                let (kpi, field) = key(k);
                let write = self.new_write(None);
                assert!(self.commit(tab, |set| set.set(&kpi, field, None, &now)));
                self.acknowledge(tab, vec![((kpi, field), write)]);
            }
            Op::RevertRow { tab, kpi } => {
                let reverted: Vec<Key> = FIELDS
                    .iter()
                    .map(|f| (KPIS[kpi].to_string(), *f))
                    .filter(|k| self.expected(&self.stored, k).is_some())
                    .collect();
                let writes = reverted
                    .into_iter()
                    .map(|k| (k, self.new_write(None)))
                    .collect();
                assert!(self.commit(tab, |set| set.revert_row(KPIS[kpi], &now)));
                self.acknowledge(tab, writes);
            }
            Op::RevertAll { tab } => {
                let reverted: Vec<Key> = Self::all_keys()
                    .filter(|k| self.expected(&self.stored, k).is_some())
                    .collect();
                let writes = reverted
                    .into_iter()
                    .map(|k| (k, self.new_write(None)))
                    .collect();
                assert!(self.commit(tab, |set| set.revert_all(&now)));
                self.acknowledge(tab, writes);
            }
            Op::Hear { tab } => {
                if let Some(stored) = self.read_storage() {
                    self.tabs[tab] = stored.merged_with(&self.tabs[tab]);
                    self.tab_knows[tab] = self.stored.clone();
                    self.check_shows(
                        &self.tabs[tab],
                        &self.stored,
                        "a tab that heard of the other's saves",
                        history,
                    );
                }
            }
            Op::Reload { tab } => {
                if let Some(stored) = self.read_storage() {
                    self.tabs[tab] = stored;
                    self.tab_knows[tab] = self.stored.clone();
                }
            }
            Op::ClockJump { minutes } => self.minutes += minutes,
            Op::OtherSaves { key: k, value } => {
                let (kpi, field) = key(k);
                let text = value_for(field, value);
                let write = self.new_write(Some(text.clone()));
                self.other.set(&kpi, field, Some(text), &now);
                self.other_knows.current.insert((kpi, field), write);
                self.other_knows.knows.insert(write);
            }
            Op::ImportFromOther { tab, picks } => {
                let file = read_edits(&edits_json(&self.other, &now), &self.data, &now).unwrap();
                // The commit merges what is stored first, so the import meets the stored edits.
                let here = self.stored.clone();
                let there = self.other_knows.clone();
                let current = self
                    .read_storage()
                    .unwrap_or_else(|| self.tabs[tab].clone());
                let (choices, writes) =
                    self.expect_plan(&current, &file, &here, &there, picks, history);
                let mut applied = Ok(());
                assert!(
                    self.commit(tab, |set| match apply_import(set, &file, &choices) {
                        Ok(next) => *set = next,
                        Err(why) => applied = Err(why),
                    })
                );
                applied.expect("every conflict has a choice");
                self.acknowledge(tab, writes);
                self.stored.knows.extend(there.knows);
                self.tab_knows[tab] = self.stored.clone();
            }
            Op::OtherImports { tab, picks } => {
                let file =
                    read_edits(&edits_json(&self.tabs[tab], &now), &self.data, &now).unwrap();
                let here = self.other_knows.clone();
                let there = self.tab_knows[tab].clone();
                let current = self.other.clone();
                let (choices, writes) =
                    self.expect_plan(&current, &file, &here, &there, picks, history);
                self.other = apply_import(&self.other, &file, &choices)
                    .expect("every conflict has a choice");
                for (key, write) in writes {
                    self.other_knows.current.insert(key, write);
                    self.other_knows.knows.insert(write);
                }
                self.other_knows.knows.extend(there.knows);
                self.check_shows(
                    &self.other.clone(),
                    &self.other_knows.clone(),
                    "the other device after its import",
                    history,
                );
            }
        }
    }

    /// Checks the app's plan for importing `file` into `current` against the model (`here`
    /// takes in `there`), picks a value for each conflict from `picks`, and returns the
    /// choices and the writes the import makes.
    fn expect_plan(
        &mut self,
        current: &EditSet,
        file: &EditSet,
        here: &Knowledge,
        there: &Knowledge,
        picks: u32,
        history: &[Op],
    ) -> (Choices, Vec<(Key, WriteId)>) {
        let plan = plan_import(current, file).unwrap();
        let (mut changes, mut conflicts, mut older) = (BTreeSet::new(), BTreeSet::new(), 0);
        for key in Self::all_keys() {
            let (mine, theirs) = (here.current(&key), there.current(&key));
            if self.values[&mine] == self.values[&theirs] {
                continue;
            }
            if here.knows.contains(&theirs) {
                // Counted only for what the file holds: a field it never touched is not in it.
                older += usize::from(theirs != WriteId(0));
            } else if there.knows.contains(&mine) {
                changes.insert(key);
            } else {
                conflicts.insert(key);
            }
        }
        let planned_changes: BTreeSet<Key> = plan
            .changes
            .iter()
            .map(|e| (e.kpi.clone(), e.field))
            .collect();
        let planned_conflicts: BTreeSet<Key> = plan.conflicts.iter().map(|c| c.key()).collect();
        assert_eq!(
            planned_conflicts, conflicts,
            "conflicts, after {history:#?}"
        );
        assert_eq!(planned_changes, changes, "changes, after {history:#?}");
        assert_eq!(plan.older.len(), older, "older entries, after {history:#?}");

        let mut choices = Choices::new();
        let mut writes: Vec<(Key, WriteId)> = changes
            .into_iter()
            .map(|k| (k.clone(), there.current(&k)))
            .collect();
        for (i, conflict) in plan.conflicts.iter().enumerate() {
            let choice = if picks >> (i % 32) & 1 == 1 {
                Choice::TakeFile
            } else {
                Choice::KeepHere
            };
            choices.insert(conflict.key(), choice);
            let kept = match choice {
                Choice::KeepHere => conflict.here.clone(),
                Choice::TakeFile => conflict.file.clone(),
            };
            // Settling a conflict is a new write, on the importing side only.
            writes.push((conflict.key(), self.new_write(kept)));
        }
        (choices, writes)
    }
}

#[test]
fn the_simulated_clock_writes_what_the_app_writes() {
    let mut world = World::new();
    assert_eq!(world.now(), "2026-11-25T10:00:00.000Z");
    world.minutes = -(10 * 60 + 1);
    assert_eq!(world.now(), "2026-11-24T23:59:00.000Z");
    world.minutes = 37 * 24 * 60;
    assert_eq!(world.now(), "2027-01-01T10:00:00.000Z");
}

fn run(ops: &[Op]) {
    let mut world = World::new();
    for (i, op) in ops.iter().enumerate() {
        world.apply(op, &ops[..=i]);
        // What is stored, which a reload or any tab that hears of it shows, is the last
        // acknowledged write of every field.
        if let Some(stored) = world.read_storage() {
            world.check_shows(&stored, &world.stored, "the stored edits", &ops[..=i]);
        }
    }
    for tab in 0..2 {
        world.apply(&Op::Hear { tab }, ops);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn no_acknowledged_save_is_lost_and_conflicts_are_exactly_the_real_ones(ops in prop::collection::vec(op(), 1..40)) {
        run(&ops);
    }
}

#[test]
fn a_clock_set_back_between_two_saves_keeps_the_second() {
    // The case: a note saved while the clock is a day ahead, the clock corrected,
    // a new note saved. The second save is the one that stays, in this tab and the other.
    let ops = [
        Op::ClockJump { minutes: 24 * 60 },
        Op::Save {
            tab: 0,
            key: 0,
            value: 0,
        },
        Op::ClockJump { minutes: -24 * 60 },
        Op::Save {
            tab: 0,
            key: 0,
            value: 1,
        },
        Op::Save {
            tab: 1,
            key: 2,
            value: 0,
        },
        Op::ClockJump { minutes: -60 },
        Op::Save {
            tab: 1,
            key: 0,
            value: 2,
        },
        Op::Hear { tab: 0 },
    ];
    let mut world = World::new();
    for (i, op) in ops.iter().enumerate() {
        world.apply(op, &ops[..=i]);
    }
    assert_eq!(
        world.read_storage().unwrap().get("1-1-00", Field::Note),
        Some("\t確認中")
    );
    assert_eq!(world.tabs[0].get("1-1-00", Field::Note), Some("\t確認中"));
}

#[test]
fn an_edit_made_here_after_sharing_and_one_made_there_conflict() {
    let data = official_dataset().unwrap();
    let mut here = EditSet::new(DeviceId::parse("d-here").unwrap());
    let mut there = EditSet::new(DeviceId::parse("d-there").unwrap());
    here.set("1-1-00", Field::Note, Some("共有前".into()), "t1");
    let shared = read_edits(&edits_json(&here, "t1"), &data, "t1").unwrap();
    there = apply_import(&there, &shared, &Choices::new()).unwrap();
    // Both change the shared note, and the other device also edits a second field.
    here.set("1-1-00", Field::Note, Some("こちら".into()), "t2");
    there.set("1-1-00", Field::Note, Some("あちら".into()), "t0");
    there.set("1-1-01", Field::Note, Some("追加".into()), "t0");
    let file = read_edits(&edits_json(&there, "t3"), &data, "t3").unwrap();
    let plan = plan_import(&here, &file).unwrap();
    assert_eq!(plan.conflicts.len(), 1);
    assert_eq!(
        (
            plan.conflicts[0].here.as_deref(),
            plan.conflicts[0].file.as_deref()
        ),
        (Some("こちら"), Some("あちら"))
    );
    assert_eq!(plan.changes.len(), 1);
    // Without a choice nothing is applied; with one, the choice stays, newer than both.
    assert!(apply_import(&here, &file, &Choices::new()).is_err());
    let choices: Choices = [(("1-1-00".to_string(), Field::Note), Choice::TakeFile)].into();
    let merged = apply_import(&here, &file, &choices).unwrap();
    assert_eq!(merged.get("1-1-00", Field::Note), Some("あちら"));
    assert_eq!(merged.get("1-1-01", Field::Note), Some("追加"));
    // The same file again brings nothing new.
    let again = plan_import(&merged, &file).unwrap();
    assert!(again.changes.is_empty() && again.conflicts.is_empty());
}

#[test]
fn a_save_is_newer_than_everything_either_tab_had() {
    // A tab may hold an entry the storage never took (the storage was full then): the next
    // save must still come after it, in this tab and wherever the two sets meet again.
    let data = official_dataset().unwrap();
    let device = DeviceId::parse("d-this").unwrap();
    let mut stored = EditSet::new(device.clone());
    stored.set("1-1-00", Field::Note, Some("保存済み".into()), "t1");
    let mut mine = read_edits(&stored_text(&stored), &data, "t1").unwrap();
    for _ in 0..5 {
        mine.set("1-1-00", Field::Note, Some("保存できなかった".into()), "t2");
    }
    let next = to_store(Some(&stored), &mine, |set| {
        set.set("1-1-00", Field::Note, Some("最新".into()), "t0")
    });
    assert_eq!(next.get("1-1-00", Field::Note), Some("最新"));
    assert_eq!(
        next.merged_with(&mine).get("1-1-00", Field::Note),
        Some("最新")
    );
    assert_eq!(
        mine.merged_with(&next).get("1-1-00", Field::Note),
        Some("最新")
    );
}
