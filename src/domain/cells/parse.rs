//! Reading a cell as printed on the sheet (`1,563件`, `男性77.41歳女性79.89歳（令和元年）※変更前`)
//! into figures, units, the year they refer to and any ※ note. The same rules read what
//! staff type into the edit form, so an edited value looks exactly like an official one.

use crate::domain::model::{Column, Part, Period, Value};

/// Units printed on the sheet, longest first so `万人` wins over `人`.
pub const UNITS: [&str; 13] = [
    "事業所",
    "億円",
    "万人",
    "カ所",
    "教室",
    "ha",
    "件",
    "人",
    "%",
    "歳",
    "日",
    "基",
    "円",
];

/// Full-width ASCII (digits, letters, ％, （）) to half-width; other characters unchanged.
pub fn to_half_width(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{3000}' => ' ',
            _ => c,
        })
        .collect()
}

/// Converts a Japanese era year to the Western year: 平成30 → 2018, 令和元 (1) → 2019.
pub fn era_to_western(era: &str, year_in_era: u16) -> Option<u16> {
    if year_in_era == 0 {
        return None;
    }
    match era {
        "令和" | "R" => Some(2018 + year_in_era),
        "平成" | "H" => Some(1988 + year_in_era),
        "昭和" | "S" => Some(1925 + year_in_era),
        _ => None,
    }
}

/// A year note such as `（平成30年）`, `（令和３年度）`, `(H30年度）` anywhere in the text:
/// the period it names and the byte range it occupies in the half-width text.
fn find_year_note(text: &str) -> Option<(Period, std::ops::Range<usize>)> {
    for (open, _) in text.match_indices('(') {
        let rest = &text[open + 1..];
        let Some(close) = rest.find(')') else {
            continue;
        };
        let inner = &rest[..close];
        if let Some(period) = parse_era_period(inner) {
            return Some((period, open..open + 1 + close + 1));
        }
    }
    None
}

/// A cell's text without its year note (「11,017億円（令和3年）」 → 「11,017億円」), in
/// half-width, for places that say the year once beside the figure.
pub fn without_year_note(raw: &str) -> String {
    let half = to_half_width(raw);
    match find_year_note(&half) {
        Some((_, range)) => format!("{}{}", &half[..range.start], &half[range.end..])
            .trim()
            .to_string(),
        None => half.trim().to_string(),
    }
}

/// `平成30年` → 2018 calendar year; `令和3年度` → fiscal 2021; `令和元年` → 2019.
pub fn parse_era_period(text: &str) -> Option<Period> {
    let text = to_half_width(text);
    let text = text.trim();
    let (era, rest) = ["令和", "平成", "昭和", "R", "H", "S"]
        .iter()
        .find_map(|era| text.strip_prefix(era).map(|rest| (*era, rest)))?;
    let (year_text, suffix) = match rest.find('年') {
        Some(i) => (&rest[..i], &rest[i + '年'.len_utf8()..]),
        None => return None,
    };
    let year_in_era = if year_text == "元" {
        1
    } else {
        year_text.parse().ok()?
    };
    let fiscal = match suffix {
        "度" => true,
        "" => false,
        _ => return None,
    };
    Some(Period {
        year: era_to_western(era, year_in_era)?,
        fiscal,
    })
}

/// Reads a cell of `column`. Never fails: text it cannot read stays in `raw` with no parts.
/// The cell names the year its figure refers to (（令和3年）, （2021年度）).
pub fn states_its_year(raw: &str) -> bool {
    find_year_note(&to_half_width(raw)).is_some()
}

pub fn parse_value(raw: &str, column: Column) -> Value {
    let half = to_half_width(raw);
    let (figures, note) = match half.find('※') {
        Some(i) => (&half[..i], Some(raw_note(raw))),
        None => (&half[..], None),
    };
    let (period_note, figures) = match find_year_note(figures) {
        Some((period, range)) => (
            Some(period),
            format!("{}{}", &figures[..range.start], &figures[range.end..]),
        ),
        None => (None, figures.to_string()),
    };
    let mut parts = parse_parts(&figures);
    if parts.is_empty() {
        parts.extend(zero_from_words(&figures));
    }
    let period = if parts.is_empty() {
        None
    } else {
        Some(period_note.unwrap_or(Period {
            year: column.default_fiscal_year(),
            fiscal: true,
        }))
    };
    Value {
        raw: raw.to_string(),
        period,
        parts,
        note,
    }
}

/// Words that say "none" are a zero: 待機児童なし (no children waiting) is 0人 against a
/// target of 0人, which is met. The words stay in `raw` and are what the app shows; a bare
/// dash (－) is not a zero but a missing figure, so it stays text.
fn zero_from_words(text: &str) -> Option<Part> {
    let text = text.trim();
    let subject = text
        .strip_suffix("なし")
        .or_else(|| text.strip_suffix("無し"))?;
    if subject.is_empty() || subject.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    // Counts of people (児童, 利用者) are in 人, like the sheet's other head counts.
    let unit = (subject.ends_with("児童") || subject.ends_with('者')).then(|| "人".to_string());
    Some(Part {
        label: None,
        value: 0.0,
        unit,
    })
}

/// The ※ note exactly as printed (full-width characters kept).
fn raw_note(raw: &str) -> String {
    raw.find('※')
        .map(|i| raw[i..].trim().to_string())
        .unwrap_or_default()
}

/// Every figure with a unit (or standing at the end, like a birth rate `1.41`), with the
/// words before it as its label. Numbers followed by other words (`令和6年3月`) are not figures.
fn parse_parts(text: &str) -> Vec<Part> {
    let mut parts = Vec::new();
    let mut label_start = 0;
    let mut i = 0;
    let bytes = text.as_bytes();
    while i < text.len() {
        if !bytes[i].is_ascii_digit() {
            i += text[i..].chars().next().map_or(1, char::len_utf8);
            continue;
        }
        let number_start = i;
        while i < text.len() && (bytes[i].is_ascii_digit() || bytes[i] == b',' || bytes[i] == b'.')
        {
            i += 1;
        }
        let number_text = text[number_start..i].trim_end_matches([',', '.']);
        let number_end = number_start + number_text.len();
        let after = text[number_end..].trim_start();
        let unit = UNITS.iter().find(|u| after.starts_with(**u)).copied();
        let at_end = after.is_empty() || after.starts_with(['(', '（']);
        let Ok(value) = number_text.replace(',', "").parse::<f64>() else {
            continue;
        };
        if unit.is_none() && !at_end {
            continue;
        }
        let label = text[label_start..number_start]
            .trim()
            .trim_matches(['　', ' ', '、', '・']);
        parts.push(Part {
            label: (!label.is_empty()).then(|| label.to_string()),
            value,
            unit: unit.map(str::to_string),
        });
        i = text.len() - after.len() + unit.map_or(0, str::len);
        label_start = i;
    }
    parts
}
