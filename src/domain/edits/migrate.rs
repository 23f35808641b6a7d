//! Every format edits were ever stored or exported in, read into one shape:
//! - schema 3: as schema 2; its entries may also edit the sheet's texts (`delay_reason`,
//!   `initiatives`, `challenges`, `plans`);
//! - schema 2: `{ "schema": 2, "device", "clock", "seen": { device: rev }, "edits": [ { kpi,
//!   field, value, edited_at, rev, device } ] }`
//! - schema 1: `{ "schema": 1, "edits": [ { kpi, field, value, edited_at } ] }`
//! - schema 0 (early prototype, no `schema`): `{ "<kpi>": { "<field>": "<value>" } }`
//!
//! Files from before schema 2 name no device and carry no revisions. They get a device name
//! of their own (`DeviceId::for_unnamed_file`) and revisions in the order of their
//! `edited_at`, the only order they knew; nothing in them is dropped.

use std::collections::BTreeMap;

use serde::Deserialize;
use serde_json::Value as Json;

use super::{DeviceId, SCHEMA_VERSION};

/// A set as written in a file, before its names and values are checked.
pub(super) struct RawSet {
    pub device: String,
    pub clock: u64,
    pub seen: BTreeMap<String, u64>,
    pub edits: Vec<RawEdit>,
}

/// An entry as written in a file, before its field is known to exist.
#[derive(Deserialize)]
pub(super) struct RawEdit {
    pub kpi: String,
    pub field: String,
    pub value: Option<String>,
    pub edited_at: String,
    pub rev: u64,
    pub device: String,
}

#[derive(Deserialize)]
struct Schema2 {
    device: String,
    clock: u64,
    #[serde(default)]
    seen: BTreeMap<String, u64>,
    edits: Vec<RawEdit>,
}

#[derive(Deserialize)]
struct Schema1Edit {
    kpi: String,
    field: String,
    value: Option<String>,
    edited_at: String,
}

pub(super) enum MigrateError {
    WrongShape(String),
    UnsupportedSchema(u64),
}

/// Brings any known format to the current one. `text` is the file as read (it names the
/// device of an older file), `now` dates the entries of a schema 0 file, which had no dates.
pub(super) fn migrate(json: Json, text: &str, now: &str) -> Result<RawSet, MigrateError> {
    let Json::Object(map) = json else {
        return Err(MigrateError::WrongShape(
            "最上位がオブジェクトではありません".into(),
        ));
    };
    let shape = |e: serde_json::Error| MigrateError::WrongShape(e.to_string());
    match map.get("schema") {
        // Schema 3 only added fields, so a schema 2 set reads as it is.
        Some(Json::Number(n))
            if n.as_u64()
                .is_some_and(|v| v == 2 || v == u64::from(SCHEMA_VERSION)) =>
        {
            let set: Schema2 = serde_json::from_value(Json::Object(map)).map_err(shape)?;
            Ok(RawSet {
                device: set.device,
                clock: set.clock,
                seen: set.seen,
                edits: set.edits,
            })
        }
        Some(Json::Number(n)) if n.as_u64() == Some(1) => {
            let edits = map
                .get("edits")
                .cloned()
                .ok_or(MigrateError::WrongShape("edits がありません".into()))?;
            let edits: Vec<Schema1Edit> = serde_json::from_value(edits).map_err(shape)?;
            Ok(unnamed(text, edits))
        }
        Some(Json::Number(n)) => Err(MigrateError::UnsupportedSchema(n.as_u64().unwrap_or(0))),
        Some(_) => Err(MigrateError::WrongShape(
            "schema が数値ではありません".into(),
        )),
        None => {
            let mut edits = Vec::new();
            for (kpi, fields) in map {
                let Json::Object(fields) = fields else {
                    return Err(MigrateError::WrongShape(format!(
                        "「{}」の中身がオブジェクトではありません",
                        truncate(&kpi)
                    )));
                };
                for (field, value) in fields {
                    let Json::String(value) = value else {
                        return Err(MigrateError::WrongShape(format!(
                            "「{}」の値が文字列ではありません",
                            truncate(&field)
                        )));
                    };
                    edits.push(Schema1Edit {
                        kpi: kpi.clone(),
                        field,
                        value: Some(value),
                        edited_at: now.to_string(),
                    });
                }
            }
            Ok(unnamed(text, edits))
        }
    }
}

/// An older file's entries under a device name of their own, numbered oldest first.
fn unnamed(text: &str, edits: Vec<Schema1Edit>) -> RawSet {
    let device = DeviceId::for_unnamed_file(text.as_bytes())
        .as_str()
        .to_string();
    let mut order: Vec<usize> = (0..edits.len()).collect();
    // Stable: entries with the same time keep the file's order.
    order.sort_by(|a, b| edits[*a].edited_at.cmp(&edits[*b].edited_at));
    let mut revs = vec![0; edits.len()];
    for (position, index) in order.into_iter().enumerate() {
        revs[index] = position as u64 + 1;
    }
    let edits: Vec<RawEdit> = edits
        .into_iter()
        .zip(revs)
        .map(|(e, rev)| RawEdit {
            kpi: e.kpi,
            field: e.field,
            value: e.value,
            edited_at: e.edited_at,
            rev,
            device: device.clone(),
        })
        .collect();
    RawSet {
        device,
        clock: edits.len() as u64,
        seen: BTreeMap::new(),
        edits,
    }
}

pub(super) fn truncate(text: &str) -> String {
    text.chars().take(40).collect()
}
