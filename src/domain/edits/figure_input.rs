//! A figure as staff type it, completed from the row before it is checked: `1510`,
//! `1,510` and `１５１０` all become `1,510件` on a row counted in 件, and
//! `男性79.6 女性84.1` becomes `男性79.6歳 女性84.1歳`. What is typed with its unit stays as
//! typed (digits grouped); year notes `（令和6年）` and ※ notes are left alone.

use crate::domain::cells::parse::to_half_width;
use crate::domain::model::{Part, Value};

/// Units and grouping filled in from `model`, the official cell the figure replaces (its
/// parts are the row's parts, in order).
pub fn complete_figure(text: &str, model: &Value) -> String {
    let chars: Vec<char> = text.trim().chars().collect();
    let mut out = String::new();
    let mut depth = 0usize;
    let mut figure = 0usize;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '※' {
            out.extend(&chars[i..]);
            break;
        }
        match c {
            '(' | '（' => depth += 1,
            ')' | '）' => depth = depth.saturating_sub(1),
            _ => {}
        }
        let after_letter = i > 0 && chars[i - 1].is_ascii_alphabetic();
        if depth > 0 || after_letter || !is_digit(c) {
            out.push(c);
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && (is_digit(chars[i]) || matches!(chars[i], ',' | '，' | '.' | '．'))
        {
            i += 1;
        }
        // A trailing separator is punctuation, not part of the number.
        while i > start + 1 && matches!(chars[i - 1], ',' | '，' | '.' | '．') {
            i -= 1;
        }
        let number = to_half_width(&chars[start..i].iter().collect::<String>());
        let after = to_half_width(&chars[i..].iter().collect::<String>());
        let after = after.trim_start();
        let part = model.parts.get(figure);
        match figure_end(after, model) {
            FigureEnd::Unit => {
                out.push_str(&grouped(&number));
                figure += 1;
            }
            FigureEnd::Bare => {
                out.push_str(&grouped(&number));
                out.push_str(part.and_then(|p| p.unit.as_deref()).unwrap_or_default());
                figure += 1;
            }
            // 令和6年3月: words, not a figure.
            FigureEnd::NotAFigure => out.push_str(&number),
        }
    }
    out
}

enum FigureEnd {
    /// Followed by one of the sheet's units.
    Unit,
    /// Followed by nothing, a space, a note or the next part's label: its unit is missing.
    Bare,
    NotAFigure,
}

fn figure_end(after: &str, model: &Value) -> FigureEnd {
    let units = model.parts.iter().filter_map(|p| p.unit.as_deref());
    if units
        .chain(crate::domain::cells::parse::UNITS)
        .any(|u| after.starts_with(u))
    {
        return FigureEnd::Unit;
    }
    let next_label = model
        .parts
        .iter()
        .filter_map(|p: &Part| p.label.as_deref())
        .any(|l| after.starts_with(l));
    if after.is_empty() || next_label || after.starts_with(['(', '※', '/', '・', '、']) {
        FigureEnd::Bare
    } else {
        FigureEnd::NotAFigure
    }
}

fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

/// `1510` → `1,510`; a number already grouped, or with fewer than four digits before
/// the point, keeps its form.
fn grouped(number: &str) -> String {
    if number.contains(',') {
        return number.to_string();
    }
    let (whole, fraction) = number
        .split_once('.')
        .map_or((number, None), |(w, f)| (w, Some(f)));
    if whole.len() < 4 {
        return number.to_string();
    }
    let mut out = String::new();
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    if let Some(fraction) = fraction {
        out.push('.');
        out.push_str(fraction);
    }
    out
}
