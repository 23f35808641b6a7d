//! Chart options as charming `Chart` values, built from the sheet in plain Rust so they are
//! tested natively. No `JsFunction` anywhere: the page's CSP forbids eval, so tooltips use
//! ECharts' string templates and names prepared here.

pub mod achievement;
pub mod overview;
pub mod trend;

use std::sync::Arc;

use charming::element::Color;
use charming::Chart;

/// Everything a page needs to show one chart: the ECharts option (a charming `Chart`) and
/// its text alternatives. Every chart of the app is built as one of these.
#[derive(Debug, Clone)]
pub struct ChartSpec {
    /// Accessible name and visible caption. Title, summary and table are HTML: in easy
    /// Japanese they carry `{漢字|かんじ}` marks; the option never does (a canvas cannot
    /// draw readings, see `shown::canvas_text`).
    pub title: String,
    /// Written as JSON ([`option_json`]) only when drawn: the serialiser is most
    /// of charming's code, and the app loads it with ECharts, not at start-up.
    pub option: Arc<Chart>,
    /// One or two sentences saying what the chart shows.
    pub summary: String,
    pub table: DataTable,
    /// Pixel height of the drawing area.
    pub height: u32,
}

impl ChartSpec {
    pub fn new(
        title: String,
        option: Chart,
        summary: String,
        table: DataTable,
        height: u32,
    ) -> ChartSpec {
        ChartSpec {
            title,
            option: Arc::new(option),
            summary,
            table,
            height,
        }
    }

    /// The PNG download's file name: `prefix` (an id) and the title in the reader's
    /// language, without readings and without characters file systems refuse.
    pub fn file_name(&self, prefix: &str) -> String {
        let title: String = crate::domain::i18n::plain(&self.title)
            .chars()
            .map(|c| {
                if matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|')
                    || c.is_control()
                {
                    ' '
                } else {
                    c
                }
            })
            .collect();
        let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
        format!("{prefix} {title}.png")
    }
}

/// Two specs are equal when their texts are and they share one option. Options are not
/// compared field by field: charming's derived comparison (and its clones) would be about
/// 80 KB of the app's start-up code; the chart view compares the written JSON before it
/// redraws instead.
impl PartialEq for ChartSpec {
    fn eq(&self, other: &ChartSpec) -> bool {
        Arc::ptr_eq(&self.option, &other.option)
            && self.title == other.title
            && self.summary == other.summary
            && self.table == other.table
            && self.height == other.height
    }
}

/// `chart` as the JSON ECharts' `setOption` reads.
pub fn option_json(chart: &Chart) -> String {
    serde_json::to_string(chart).unwrap_or_default()
}

/// A chart's data as a plain table, for users who cannot or prefer not to read the chart.
#[derive(Debug, Clone, PartialEq)]
pub struct DataTable {
    pub caption: String,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// Okabe–Ito colours, distinguishable with every common colour-vision deficiency.
pub const PALETTE: [&str; 7] = [
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000",
];

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
