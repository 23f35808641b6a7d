//! The editions the app embeds: every verification sheet in `data/editions/`, one file a
//! year, `fy2023.json` (the transcribed first edition) and then each year's filled draft
//! sheet as the staff export writes it (`fy2024.xlsx` or `fy2024.csv`, UTF-8 or Shift_JIS).
//! Each later file is read against the edition before it by the app's own reader, so a bad
//! cell fails the build with the import's message, named by row and column.

use std::fs;
use std::path::{Path, PathBuf};

use isesaki_kpi::domain::editions::{next_edition, pack_editions, sheet_rows};
use isesaki_kpi::domain::i18n::Lang;
use isesaki_kpi::domain::Dataset;

/// A file of `data/editions/`: its fiscal year and kind, from its name (`fy2024.xlsx`).
struct EditionFile {
    year: u16,
    path: PathBuf,
    json: bool,
}

fn edition_files(dir: &Path) -> Result<Vec<EditionFile>, String> {
    let entries = fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut files = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        if name.starts_with('.') || name.eq_ignore_ascii_case("README.md") {
            continue;
        }
        let parsed = name.strip_prefix("fy").and_then(|rest| {
            let (year, extension) = rest.split_once('.')?;
            let year: u16 = year.parse().ok()?;
            let kind = extension.to_ascii_lowercase();
            ["json", "csv", "xlsx"]
                .contains(&kind.as_str())
                .then_some((year, kind == "json"))
        });
        let Some((year, json)) = parsed else {
            return Err(format!(
                "{}: not an edition: name each year's sheet fy<year>.xlsx or fy<year>.csv (fy2024.xlsx), the first one fy2023.json",
                path.display()
            ));
        };
        files.push(EditionFile { year, path, json });
    }
    files.sort_by_key(|f| f.year);
    Ok(files)
}

/// Every edition, oldest first, each read and checked against the one before it.
pub fn read_editions(dir: &Path) -> Result<Vec<Dataset>, String> {
    let files = edition_files(dir)?;
    let mut editions: Vec<Dataset> = Vec::new();
    for file in files {
        let shown = file.path.display().to_string();
        let bytes = fs::read(&file.path).map_err(|e| format!("{shown}: {e}"))?;
        let edition = match editions.last() {
            None if file.json => {
                let text = String::from_utf8(bytes).map_err(|e| format!("{shown}: {e}"))?;
                serde_json::from_str::<Dataset>(&text).map_err(|e| format!("{shown}: {e}"))?
            }
            None => {
                return Err(format!(
                    "{shown}: the first edition must be the transcribed sheet (fy2023.json)"
                ))
            }
            Some(previous) if file.year != previous.fiscal_year + 1 => {
                return Err(format!(
                    "{shown}: the FY{} sheet must come before it (each edition is read against the one before)",
                    previous.fiscal_year + 1
                ))
            }
            Some(_) if file.json => {
                return Err(format!(
                    "{shown}: a later edition is the filled draft sheet (.xlsx or .csv)"
                ))
            }
            Some(previous) => sheet_rows(&bytes)
                .map_err(|e| e.message(Lang::Ja))
                .and_then(|rows| next_edition(previous, rows, &bytes).map_err(|e| e.message(Lang::Ja)))
                .map_err(|message| format!("{shown}: {message}"))?,
        };
        if edition.fiscal_year != file.year {
            return Err(format!(
                "{shown}: the sheet is of FY{}, the file's name says FY{}",
                edition.fiscal_year, file.year
            ));
        }
        editions.push(edition);
    }
    if editions.is_empty() {
        return Err(format!("{}: no edition", dir.display()));
    }
    Ok(editions)
}

/// The editions packed for the app, oldest first.
pub fn pack(editions: &[Dataset]) -> Result<String, String> {
    pack_editions(editions).map_err(|e| e.to_string())
}

/// Rows and cells the browser tests' second edition changes (`tests/e2e/editions.spec.ts`
/// checks exactly these): a new actual and target, a text, a revised FY2023 actual, a
/// status.
const TEST_EDITION_CHANGES: [(&str, &str, &str); 5] = [
    ("1-1-00", "令和6年度実績（値）", "1600"),
    ("1-1-00", "令和6年度目標（値）", "1650"),
    ("1-1-00", "①取組", "求人開拓を強化した。"),
    ("1-1-01", "令和5年度実績（値）", "11100"),
    ("1-1-02", "進捗状況", "順調に進捗"),
];

/// The browser tests' editions, made the way the city would: the FY2023 sheet as it is,
/// and its draft sheet exported by the app, filled in (`TEST_EDITION_CHANGES`) and saved
/// as Japanese Excel saves CSV (Shift_JIS, no byte-order mark) as the FY2024 sheet.
pub fn write_test_editions(dir: &Path) -> Result<(), String> {
    use isesaki_kpi::domain::exports::csv;
    use isesaki_kpi::domain::exports::draft_sheet::DraftSheet;
    use isesaki_kpi::domain::exports::draft_sheet_csv::draft_sheet_csv;

    let first = crate::root().join("data/editions/fy2023.json");
    let text = fs::read_to_string(&first).map_err(|e| format!("{}: {e}", first.display()))?;
    let fy2023: Dataset = serde_json::from_str(&text).map_err(|e| e.to_string())?;
    let sheet = DraftSheet::build(&fy2023, &fy2023, None, None);
    let mut rows = csv::parse(&draft_sheet_csv(&sheet));
    let headers = rows.remove(0);
    for (id, header, value) in TEST_EDITION_CHANGES {
        let at = headers
            .iter()
            .position(|h| h == header)
            .ok_or_else(|| format!("the draft sheet has no column {header}"))?;
        let row = rows
            .iter_mut()
            .find(|r| r[0] == id)
            .ok_or_else(|| format!("the draft sheet has no row {id}"))?;
        row[at] = value.to_string();
    }
    let filled = csv::document(&headers, rows);
    let (bytes, _, unmappable) =
        encoding_rs::SHIFT_JIS.encode(filled.trim_start_matches('\u{FEFF}'));
    if unmappable {
        return Err("the test edition holds text Shift_JIS cannot write".into());
    }
    fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    fs::write(dir.join("fy2023.json"), text).map_err(|e| e.to_string())?;
    fs::write(dir.join("fy2024.csv"), bytes).map_err(|e| e.to_string())
}
