//! Chart options as charming `Chart` values, built from the sheet in plain Rust so they are
//! tested natively. No `JsFunction` anywhere: the page's CSP forbids eval, so tooltips use
//! ECharts' string templates and names prepared here.

pub mod achievement;
pub mod overview;
pub mod trend;
pub mod words;

use charming::element::Color;

/// A chart's data as a plain table, for users who cannot or prefer not to read the chart.
#[derive(Debug, Clone, PartialEq)]
pub struct DataTable {
    pub caption: String,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// Okabe–Ito colours, distinguishable with every common colour-vision deficiency.
pub const PALETTE: [&str; 7] = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000"];

pub fn status_colour(status: crate::domain::Status) -> &'static str {
    match status {
        crate::domain::Status::OnTrack => "#0072B2",
        crate::domain::Status::MostlyOnTrack => "#E69F00",
        crate::domain::Status::Delayed => "#D55E00",
    }
}

pub fn palette() -> Vec<Color> {
    PALETTE.iter().map(|c| Color::from(*c)).collect()
}

/// 1,563 / 80.5 / 0.12: thousands separators, at most two decimals, no trailing zeros.
pub fn format_number(value: f64) -> String {
    let rounded = (value * 100.0).round() / 100.0;
    let negative = rounded < 0.0;
    let text = format!("{:.2}", rounded.abs());
    let (int_part, frac_part) = text.split_once('.').unwrap_or((&text, ""));
    let mut grouped = String::new();
    for (i, digit) in int_part.chars().enumerate() {
        if i > 0 && (int_part.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    let frac = frac_part.trim_end_matches('0');
    format!("{}{}{}{}", if negative { "-" } else { "" }, grouped, if frac.is_empty() { "" } else { "." }, frac)
}
