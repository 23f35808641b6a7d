//! Kiosk mode (`?kiosk=1`): settings read from the URL, and the QR code that hands the
//! current view over to a visitor's phone.

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

use super::filter::Filter;

pub const DEFAULT_IDLE_SECONDS: u32 = 90;
/// Seconds each sub-goal is shown in the attract loop.
pub const ATTRACT_STEP_SECONDS: u32 = 8;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Kiosk {
    /// Seconds without input before the kiosk returns to the overview.
    pub idle_seconds: u32,
    /// Whether to cycle through the sub-goals while nobody uses it.
    pub attract: bool,
}

impl Default for Kiosk {
    fn default() -> Self {
        Kiosk { idle_seconds: DEFAULT_IDLE_SECONDS, attract: false }
    }
}

impl Kiosk {
    /// `idle` outside 5 s – 1 h falls back to the default rather than locking the screen
    /// in a loop or never resetting.
    pub fn parse_idle(text: &str) -> u32 {
        text.parse::<u32>().ok().filter(|s| (5..=3600).contains(s)).unwrap_or(DEFAULT_IDLE_SECONDS)
    }
}

/// The public address of the view a visitor is looking at, without kiosk settings, so
/// it opens normally on their phone. `None` when no public base URL was set at build time.
pub fn share_url(base: Option<&str>, view: &Filter) -> Option<String> {
    let base = base?.trim();
    if base.is_empty() {
        return None;
    }
    let public_view = Filter { kiosk: None, ..view.clone() };
    let query = public_view.to_query();
    let base = base.split(['?', '#']).next().unwrap_or(base);
    Some(if query.is_empty() { base.to_string() } else { format!("{base}?{query}") })
}

/// The QR code for `text`, as SVG markup (dark modules on white, with a quiet zone).
pub fn qr_svg(text: &str) -> Option<String> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    Some(
        code.render::<svg::Color>()
            .min_dimensions(160, 160)
            .dark_color(svg::Color("#000000"))
            .light_color(svg::Color("#ffffff"))
            .quiet_zone(true)
            .build(),
    )
}

/// The QR modules as rows of dark (true) / light cells, for tests that decode it.
pub fn qr_modules(text: &str) -> Option<(usize, Vec<bool>)> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    let width = code.width();
    Some((width, code.to_colors().into_iter().map(|c| c == qrcode::Color::Dark).collect()))
}
