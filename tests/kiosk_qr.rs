//! The kiosk: its settings from the URL, what an idle kiosk shows, and the QR code that
//! must open the visitor's current view (decoded and compared).

mod support;
use isesaki_kpi::domain::exports::qr::qr_svg;
use isesaki_kpi::domain::navigation::kiosk::{
    attract_index, Idle, Kiosk, ATTRACT_STEP_SECONDS, DEFAULT_IDLE_SECONDS,
};
use isesaki_kpi::domain::navigation::view::View;
use qrcode::{EcLevel, QrCode};
use support::official_dataset;

fn decode(text: &str) -> String {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).unwrap();
    let width = code.width();
    let modules: Vec<bool> = code
        .to_colors()
        .into_iter()
        .map(|c| c == qrcode::Color::Dark)
        .collect();
    // Draw it at 4 px per module with a 4-module quiet zone, then read it back.
    let (scale, quiet) = (4, 4);
    let size = (width + 2 * quiet) * scale;
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(size, size, |x, y| {
        let (mx, my) = (
            (x / scale) as isize - quiet as isize,
            (y / scale) as isize - quiet as isize,
        );
        let dark = mx >= 0
            && my >= 0
            && (mx as usize) < width
            && (my as usize) < width
            && modules[my as usize * width + mx as usize];
        if dark {
            0
        } else {
            255
        }
    });
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1);
    grids[0].decode().unwrap().1
}

#[test]
fn the_qr_code_decodes_to_the_current_view_without_kiosk_settings() {
    let data = official_dataset().unwrap();
    let view = View::from_query(
        "kiosk=1&idle=30&attract=1&goal=1-2&status=delayed&kpi=1-2-01",
        &data,
    );
    assert_eq!(
        view.kiosk,
        Some(Kiosk {
            idle_seconds: 30,
            attract: true
        })
    );
    let url = view
        .public_link(Some("https://kpi.example.jp/isesaki/"))
        .unwrap();
    assert_eq!(
        url,
        "https://kpi.example.jp/isesaki/?goal=1-2&status=delayed&kpi=1-2-01"
    );
    assert_eq!(decode(&url), url);
    assert!(qr_svg(&url).unwrap().starts_with("<?xml"));
    // The SVG is the same code: its dark squares are drawn from the same modules.
    assert!(qr_svg(&url).unwrap().contains("#000000"));
}

#[test]
fn no_public_url_means_no_qr_code() {
    assert_eq!(View::default().public_link(None), None);
    assert_eq!(View::default().public_link(Some("  ")), None);
}

#[test]
fn kiosk_settings_survive_clearing_and_fall_back_when_malformed() {
    let data = official_dataset().unwrap();
    let view = View::from_query("kiosk=1&idle=abc&q=バス&lang=en", &data);
    assert_eq!(view.kiosk.unwrap().idle_seconds, DEFAULT_IDLE_SECONDS);
    assert_eq!(
        View::from_query("kiosk=1&idle=2", &data)
            .kiosk
            .unwrap()
            .idle_seconds,
        DEFAULT_IDLE_SECONDS
    );
    let home = view.home();
    assert_eq!(home.filter.query, "");
    assert_eq!(home.kiosk, view.kiosk);
    assert_eq!(home.to_query(), "lang=en&kiosk=1");
    assert_eq!(view.cleared().to_query(), "lang=en&kiosk=1");
    // An idle kiosk also forgets the visitor's language.
    assert_eq!(view.kiosk_reset().to_query(), "kiosk=1");
    assert_eq!(View::from_query("kiosk=0", &data).kiosk, None);
}

#[test]
fn an_idle_kiosk_warns_with_a_countdown_before_it_resets() {
    let kiosk = Kiosk {
        idle_seconds: 90,
        attract: true,
    };
    assert_eq!(kiosk.warning_seconds(), 20);
    assert_eq!(kiosk.idle(69_999.0), Idle::InUse);
    assert_eq!(kiosk.idle(70_000.0), Idle::Warning { seconds_left: 20 });
    assert_eq!(kiosk.idle(89_100.0), Idle::Warning { seconds_left: 1 });
    assert_eq!(kiosk.idle(90_000.0), Idle::Reset);
    // A short idle time warns for half of it.
    let short = Kiosk {
        idle_seconds: 30,
        attract: false,
    };
    assert_eq!(short.warning_seconds(), 15);
    assert_eq!(short.idle(14_000.0), Idle::InUse);
    assert_eq!(short.idle(15_000.0), Idle::Warning { seconds_left: 15 });
}

#[test]
fn the_attract_loop_points_at_each_subgoal_in_turn() {
    let step = f64::from(ATTRACT_STEP_SECONDS) * 1000.0;
    assert_eq!(attract_index(0.0, 6), Some(0));
    assert_eq!(attract_index(step * 1.5, 6), Some(1));
    assert_eq!(attract_index(step * 6.0, 6), Some(0));
    assert_eq!(attract_index(step, 0), None);
}

#[test]
fn a_shared_link_carries_only_what_its_view_needs_and_the_tab_names_it() {
    use isesaki_kpi::domain::i18n::Lang;
    use isesaki_kpi::domain::navigation::page_title::page_title;
    let data = official_dataset().unwrap();
    let detail = View::from_query("status=delayed&goal=1-2&kpi=1-2-01&kiosk=1&lang=en", &data);
    assert_eq!(detail.shareable().to_query(), "kpi=1-2-01&lang=en");
    assert_eq!(
        page_title(&detail, &data, Lang::En),
        format!(
            "1-2-01 {} — Isesaki City strategy KPI dashboard",
            data.indicators
                .iter()
                .find(|i| i.id == "1-2-01")
                .unwrap()
                .name_en
        )
    );
    let list = View::from_query("status=delayed&goal=1-2", &data);
    assert_eq!(list.shareable().to_query(), "goal=1-2&status=delayed");
    assert_eq!(
        page_title(&list, &data, Lang::Ja),
        "1-2 ひとの流れの創出・進捗の遅れ — 伊勢崎市 総合戦略 KPIダッシュボード"
    );
    assert_eq!(
        page_title(&View::default(), &data, Lang::Ja),
        "伊勢崎市 総合戦略 KPIダッシュボード"
    );
}
