//! The city's long texts of every row (遅れの理由, ①取組, ②課題, ③今後の方策) travel apart
//! from the sheet the app embeds: the list shows none of them until a card's texts, a
//! detail, a search or a staff view asks, so a visit that only reads the list never
//! downloads them. The build takes them out of the embedded editions ([`take_texts`]) into
//! a data file of their own; the app puts them back ([`put_texts`]) when they arrive.
//!
//! A row keeps the shape of its texts while they are away: a delay reason stays `Some`,
//! so the list can say that the row has one; what stands in a text's place is not text
//! to show ([`take_texts`]).

use std::collections::BTreeMap;

use crate::domain::model::{Dataset, Indicator};

/// One row's texts: delay reason (if the sheet gives one), ①, ②, ③.
type RowTexts = (Option<String>, String, String, String);

/// One line of the file: an edition's row and its texts, in the editions' order.
struct FileRow {
    fiscal_year: u16,
    id: String,
    texts: RowTexts,
}

/// Takes every row's long texts out of `editions` (oldest first) and returns them as the
/// data file's text (check [`unfit_text`] first).
///
/// What is left in a text's place tells only how it compares with the edition before, so
/// "what changed since the last sheet", counted on the list before any text is fetched,
/// still counts a row whose only change is its ①②③ (`edition_changes`): empty where the
/// text is empty, the place of the edition before where the text is the same, and the
/// edition's year where it is new or rewritten.
pub fn take_texts(editions: &mut [Dataset]) -> String {
    let mut lines: Vec<String> = Vec::new();
    // The edition before's texts and their places, by row id.
    let mut before: BTreeMap<String, (RowTexts, RowTexts)> = BTreeMap::new();
    for edition in editions.iter_mut() {
        let year = edition.fiscal_year.to_string();
        let mut now = BTreeMap::new();
        for row in &mut edition.indicators {
            let texts = take_row(row);
            let earlier = before.get(&row.id);
            let place = |text: &str, then: Option<(&str, &str)>| match then {
                _ if text.trim().is_empty() => String::new(),
                Some((then, place)) if then.trim() == text.trim() => place.to_string(),
                _ => year.clone(),
            };
            let places: RowTexts = (
                texts.0.as_deref().map(|reason| {
                    let then = earlier
                        .map(|(t, p)| (t.0.as_deref().unwrap_or(""), p.0.as_deref().unwrap_or("")));
                    place(reason, then)
                }),
                place(&texts.1, earlier.map(|(t, p)| (t.1.as_str(), p.1.as_str()))),
                place(&texts.2, earlier.map(|(t, p)| (t.2.as_str(), p.2.as_str()))),
                place(&texts.3, earlier.map(|(t, p)| (t.3.as_str(), p.3.as_str()))),
            );
            row.delay_reason.clone_from(&places.0);
            row.initiatives.clone_from(&places.1);
            row.challenges.clone_from(&places.2);
            row.plans.clone_from(&places.3);
            let (reason, initiatives, challenges, plans) = &texts;
            lines.push(
                [
                    year.as_str(),
                    &row.id,
                    if reason.is_some() { "1" } else { "0" },
                    reason.as_deref().unwrap_or(""),
                    initiatives,
                    challenges,
                    plans,
                ]
                .join(FIELD),
            );
            now.insert(row.id.clone(), (texts, places));
        }
        before = now;
    }
    // The count of rows closes the file: a file cut short is never read as whole.
    lines.push(lines.len().to_string());
    lines.join(ROW)
}

/// Separators of the file: control characters no sheet text holds (the build refuses a
/// text with them, and one with `</`, which the single-file page could not carry inline:
/// [`unfit_text`]). Not JSON: the main module holds no JSON reader.
const ROW: &str = "\u{1e}";
const FIELD: &str = "\u{1f}";

/// A text the file cannot carry, if any: the build stops and names it.
pub fn unfit_text(editions: &[Dataset]) -> Option<(String, String)> {
    editions.iter().flat_map(|d| &d.indicators).find_map(|row| {
        [
            row.delay_reason.as_deref().unwrap_or(""),
            &row.initiatives,
            &row.challenges,
            &row.plans,
        ]
        .into_iter()
        .find(|t| t.contains(ROW) || t.contains(FIELD) || t.contains("</"))
        .map(|t| (row.id.clone(), t.to_string()))
    })
}

/// Without its long texts (nor their places).
pub fn without_texts(row: &Indicator) -> Indicator {
    let mut row = row.clone();
    take_row(&mut row);
    row
}

fn take_row(row: &mut Indicator) -> RowTexts {
    (
        row.delay_reason.as_mut().map(std::mem::take),
        std::mem::take(&mut row.initiatives),
        std::mem::take(&mut row.challenges),
        std::mem::take(&mut row.plans),
    )
}

/// Why the texts file could not be put back.
#[derive(Debug, Clone, PartialEq)]
pub enum TextsError {
    /// Not the file the build wrote (truncated, or another file served in its place).
    Unreadable(String),
    /// The file holds no texts for an edition or a row the app embeds: it is from
    /// another build.
    Missing { fiscal_year: u16, id: String },
}

impl std::fmt::Display for TextsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TextsError::Unreadable(detail) => write!(f, "the texts file is unreadable: {detail}"),
            TextsError::Missing { fiscal_year, id } => {
                write!(f, "the texts file has no texts for {id} of FY{fiscal_year}")
            }
        }
    }
}

/// The texts file read, ready to be put back into the editions.
pub struct LongTexts(Vec<FileRow>);

impl LongTexts {
    pub fn parse(text: &str) -> Result<LongTexts, TextsError> {
        let mut all = Vec::new();
        let (rows, count) = text
            .rsplit_once(ROW)
            .ok_or_else(|| TextsError::Unreadable("no rows".into()))?;
        let complete = rows.split(ROW).count();
        if count.parse() != Ok(complete) {
            return Err(TextsError::Unreadable(format!(
                "{complete} rows where the file says {count}"
            )));
        }
        for (n, line) in rows.split(ROW).enumerate() {
            let unreadable = || TextsError::Unreadable(format!("row {}", n + 1));
            let fields: Vec<&str> = line.split(FIELD).collect();
            let [year, id, has_reason, reason, initiatives, challenges, plans] = fields[..] else {
                return Err(unreadable());
            };
            let year: u16 = year.parse().map_err(|_| unreadable())?;
            let reason = match has_reason {
                "1" => Some(reason.to_string()),
                "0" => None,
                _ => return Err(unreadable()),
            };
            all.push(FileRow {
                fiscal_year: year,
                id: id.to_string(),
                texts: (reason, initiatives.into(), challenges.into(), plans.into()),
            });
        }
        Ok(LongTexts(all))
    }

    /// `edition` with its rows' texts back, or why not (then nothing is changed: a row
    /// never shows another build's texts).
    pub fn put_texts(&self, edition: &Dataset) -> Result<Dataset, TextsError> {
        let missing = |id: &str| TextsError::Missing {
            fiscal_year: edition.fiscal_year,
            id: id.to_string(),
        };
        let rows: Vec<&FileRow> = self
            .0
            .iter()
            .filter(|r| r.fiscal_year == edition.fiscal_year)
            .collect();
        let mut filled = edition.clone();
        for (n, row) in filled.indicators.iter_mut().enumerate() {
            // The file lists an edition's rows in its order: look there first.
            let line = rows
                .get(n)
                .filter(|r| r.id == row.id)
                .or_else(|| rows.iter().find(|r| r.id == row.id))
                .ok_or_else(|| missing(&row.id))?;
            let (reason, initiatives, challenges, plans) = line.texts.clone();
            // The shape kept in the embedded sheet says whether the row has a reason.
            if row.delay_reason.is_some() != reason.is_some() {
                return Err(missing(&row.id));
            }
            row.delay_reason = reason;
            row.initiatives = initiatives;
            row.challenges = challenges;
            row.plans = plans;
        }
        Ok(filled)
    }
}

/// `a` and `b` differ in more than their long texts: what a view without the texts (the
/// list's overview, a card's face) must be drawn again for.
pub fn differs_beyond_texts(a: &Indicator, b: &Indicator) -> bool {
    without_texts(a) != without_texts(b)
}

/// [`differs_beyond_texts`] for every row of two sheets.
pub fn sheet_differs_beyond_texts(a: &Dataset, b: &Dataset) -> bool {
    a.fiscal_year != b.fiscal_year
        || a.title != b.title
        || a.city != b.city
        || a.source != b.source
        || a.notes != b.notes
        || a.goals != b.goals
        || a.indicators.len() != b.indicators.len()
        || a.indicators
            .iter()
            .zip(&b.indicators)
            .any(|(x, y)| differs_beyond_texts(x, y))
}
