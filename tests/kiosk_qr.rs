//! The kiosk's QR code must open the visitor's current view: decode it and compare.

use isesaki_kpi::data::official_dataset;
use isesaki_kpi::domain::filter::Filter;
use isesaki_kpi::domain::kiosk::{qr_modules, qr_svg, share_url, Kiosk, DEFAULT_IDLE_SECONDS};

fn decode(text: &str) -> String {
    let (width, modules) = qr_modules(text).unwrap();
    // Draw it at 4 px per module with a 4-module quiet zone, then read it back.
    let (scale, quiet) = (4, 4);
    let size = (width + 2 * quiet) * scale;
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(size, size, |x, y| {
        let (mx, my) = ((x / scale) as isize - quiet as isize, (y / scale) as isize - quiet as isize);
        let dark = mx >= 0 && my >= 0 && (mx as usize) < width && (my as usize) < width && modules[my as usize * width + mx as usize];
        if dark { 0 } else { 255 }
    });
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1);
    grids[0].decode().unwrap().1
}

#[test]
fn the_qr_code_decodes_to_the_current_view_without_kiosk_settings() {
    let data = official_dataset().unwrap();
    let view = Filter::from_query("kiosk=1&idle=30&attract=1&goal=1-2&status=delayed&kpi=1-2-01", &data);
    assert_eq!(view.kiosk, Some(Kiosk { idle_seconds: 30, attract: true }));
    let url = share_url(Some("https://kpi.example.jp/isesaki/"), &view).unwrap();
    assert_eq!(url, "https://kpi.example.jp/isesaki/?goal=1-2&status=delayed&kpi=1-2-01");
    assert_eq!(decode(&url), url);
    assert!(qr_svg(&url).unwrap().starts_with("<?xml"));
}

#[test]
fn no_public_url_means_no_qr_code() {
    assert_eq!(share_url(None, &Filter::default()), None);
    assert_eq!(share_url(Some("  "), &Filter::default()), None);
}

#[test]
fn kiosk_settings_survive_clearing_and_fall_back_when_malformed() {
    let data = official_dataset().unwrap();
    let view = Filter::from_query("kiosk=1&idle=abc&q=バス", &data);
    assert_eq!(view.kiosk.unwrap().idle_seconds, DEFAULT_IDLE_SECONDS);
    assert_eq!(Filter::from_query("kiosk=1&idle=2", &data).kiosk.unwrap().idle_seconds, DEFAULT_IDLE_SECONDS);
    let home = view.home();
    assert_eq!(home.query, "");
    assert_eq!(home.kiosk, view.kiosk);
    assert_eq!(home.to_query(), "kiosk=1");
    assert_eq!(Filter::from_query("kiosk=0", &data).kiosk, None);
}
