//! Synthetic sheets for the bench and the long-list browser tests.

use std::fs;
use std::path::Path;

use serde_json::Value;

use crate::root;

/// The synthetic sheet: the real rows repeated with new ids until there are `rows`.
pub fn write(path: &Path, rows: usize) -> Result<(), String> {
    let text =
        fs::read_to_string(root().join("data/editions/fy2023.json")).map_err(|e| e.to_string())?;
    let mut data: Value = serde_json::from_str(&text).map_err(|e| e.to_string())?;
    let originals = data["indicators"].as_array().cloned().unwrap_or_default();
    let mut indicators = Vec::with_capacity(rows);
    for i in 0..rows {
        let mut row = originals[i % originals.len()].clone();
        let copy = i / originals.len();
        let subgoal = row["subgoal"].as_str().unwrap_or("1-1").to_string();
        row["id"] = Value::from(format!("{subgoal}-{:04}", i));
        if copy > 0 {
            row["name"] = Value::from(format!(
                "{}（複製{copy}）",
                row["name"].as_str().unwrap_or("")
            ));
        }
        indicators.push(row);
    }
    data["indicators"] = Value::Array(indicators);
    fs::create_dir_all(path.parent().unwrap()).map_err(|e| e.to_string())?;
    fs::write(path, serde_json::to_string(&data).unwrap()).map_err(|e| e.to_string())
}
