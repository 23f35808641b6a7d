//! QR codes that hand a view over to a visitor's phone, as SVG markup.

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

/// The QR code for `text`: dark modules on white, with a quiet zone.
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
