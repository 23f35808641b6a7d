//! What the screens and exports build from the progress measure: the overview's counts, the
//! CSV columns, the filled projection band, English amounts, one year style per language
//! and the figures of the method's table.

mod support;
use isesaki_kpi::domain::charts::option_json;
use isesaki_kpi::domain::charts::trend::{trend, trend_chart, Role};
use isesaki_kpi::domain::describe::shown::achievement_text;
use isesaki_kpi::domain::exports::draft_sheet::DraftSheet;
use isesaki_kpi::domain::exports::draft_sheet_csv::draft_sheet_csv;
use isesaki_kpi::domain::i18n::progress_ui_words::{
    figure_text, outcome_icon, part_name, rate_text, ratio_text,
};
use isesaki_kpi::domain::i18n::Lang;
use isesaki_kpi::domain::progress::outlook::unit_limit;
use isesaki_kpi::domain::progress::progress_counts::outcome_counts;
use isesaki_kpi::domain::progress::progress_measure::{
    assess, Outcome, ProgressCategory, Unassessable,
};
use isesaki_kpi::domain::{Indicator, UnitEn};
use serde_json::Value;
use support::official_dataset;

use isesaki_kpi::domain::i18n::Messages;
use isesaki_kpi::domain::i18n::Words;
use ProgressCategory::*;

fn rows() -> Vec<Indicator> {
    official_dataset().unwrap().indicators
}

fn row(id: &str) -> Indicator {
    rows().into_iter().find(|i| i.id == id).unwrap()
}

fn has_japanese(text: &str) -> bool {
    text.chars()
        .any(|c| matches!(c, '\u{3040}'..='\u{30ff}' | '\u{4e00}'..='\u{9fff}'))
}

#[test]
fn the_overview_counts_every_row_once_by_its_computed_label() {
    let rows = rows();
    let counts = outcome_counts(&rows);
    assert_eq!(
        counts,
        [
            (Some(TargetAchieved), 7),
            (Some(Substantial), 13),
            (Some(Moderate), 6),
            (Some(Limited), 2),
            (Some(Deterioration), 14),
            (None, 5)
        ]
    );
    assert_eq!(counts.iter().map(|(_, n)| n).sum::<usize>(), 47);
    // The same numbers as the cards: one assessment per row.
    let deteriorating = rows
        .iter()
        .filter(|r| assess(r).category() == Some(Deterioration))
        .count();
    assert_eq!(deteriorating, 14);
}

#[test]
fn the_csv_carries_the_label_and_r_with_its_inputs() {
    let data = official_dataset().unwrap();
    let csv = draft_sheet_csv(&DraftSheet::build(&data, &data, None, None));
    let lines: Vec<&str> = csv
        .trim_start_matches('\u{FEFF}')
        .trim_end()
        .split("\r\n")
        .collect();
    // One record per part: 47 rows, two of them in two parts.
    assert_eq!(lines.len(), 50);
    let headers: Vec<&str> = lines[0].split(',').collect();
    for header in [
        "【アプリの計算】進捗の評価",
        "【アプリの計算】評価できない理由",
        "【アプリの計算】R（これまでの伸び÷必要な伸び）",
        "【アプリの計算】これまでの伸び（年率、0.01＝1%）",
        "【アプリの計算】必要な伸び（年率、0.01＝1%）",
        "【アプリの計算】計算に使った基準値",
        "【アプリの計算】基準値の年",
        "【アプリの計算】計算に使った最新の実績",
        "【アプリの計算】最新の実績の年",
        "【アプリの計算】計算に使った最終目標",
        "【アプリの計算】最終目標の年",
        "【アプリの計算】注意",
    ] {
        assert!(headers.contains(&header), "{header}");
    }
    // Every machine name is gone from the sheet that departments fill in.
    assert!(!lines[0].contains("progress."), "{}", lines[0]);
    // The computed block is last: no field to fill comes after it.
    let first_computed = headers
        .iter()
        .position(|h| h.starts_with("【アプリの計算】"))
        .unwrap();
    assert!(headers[first_computed..]
        .iter()
        .all(|h| h.starts_with("【アプリの計算】")));
    let records = |id: &str| {
        lines
            .iter()
            .filter(|l| l.starts_with(&format!("{id},")))
            .map(|l| l.to_string())
            .collect::<Vec<_>>()
    };
    let sakai = &records("1-2-01")[0];
    // Words, not keys; years in one notation, as the sheet's figure columns write them.
    for piece in ["後退", "88271,2019年度,42867,2023年度,94000,2027年度"] {
        assert!(sakai.contains(piece), "{piece} in {sakai}");
    }
    // Two-part rows: each part's record carries its own label and figures.
    let schools = records("2-2-03");
    assert_eq!(schools.len(), 2);
    assert!(schools[0].contains(",小学校,") && schools[1].contains(",中学校,"));
    let lifespan = records("3-1-01");
    assert!(
        lifespan
            .iter()
            .any(|l| l.contains(",男性,") && l.contains("目標達成")),
        "{lifespan:?}"
    );
    assert!(
        lifespan.iter().any(|l| l.contains(",女性,")
            && l.contains("評価できません")
            && l.contains("算出方法が変わったため")),
        "{lifespan:?}"
    );
    // 待機児童なし: met, with the zero rule named and the figures as they are (never 0.001).
    let waiting = &records("2-1-05")[0];
    assert!(
        waiting.contains("目標達成") && waiting.contains("基準値が0のため"),
        "{waiting}"
    );
    assert!(!waiting.contains("0.001"), "{waiting}");
    assert_eq!(records("1-1-03").len(), 1);
    // No machine key or English year anywhere in the computed block.
    for line in &lines[1..] {
        let computed: Vec<&str> = line.split(',').skip(first_computed).collect();
        let computed = computed.join(",");
        assert!(
            !computed.contains('_') && !computed.contains("FY"),
            "{computed}"
        );
    }
}

#[test]
fn the_projection_is_one_line_at_the_labels_pace_and_never_leaves_what_can_happen() {
    for indicator in rows() {
        for lang in Lang::ALL {
            let t = trend(&indicator, lang);
            let limit = unit_limit(t.unit.as_deref());
            let lines: Vec<_> = t
                .series
                .iter()
                .filter(|s| s.role == Role::Projection)
                .collect();
            // One line per part at most: never a band from two paces.
            let parts: std::collections::HashSet<_> =
                lines.iter().map(|s| s.part.clone()).collect();
            assert_eq!(parts.len(), lines.len(), "{}", indicator.id);
            for line in lines {
                for point in &line.points {
                    assert!(
                        point.value >= 0.0 && limit.is_none_or(|max| point.value <= max),
                        "{} {:?}",
                        indicator.id,
                        point
                    );
                }
            }
        }
    }
}

#[test]
fn the_projection_is_drawn_as_a_dashed_line_named_in_the_legend() {
    let lights = row("3-2-02");
    let t = trend(&lights, Lang::Ja);
    let option: Value = serde_json::from_str(&option_json(
        &trend_chart(&lights, &t, Lang::Ja).unwrap().option,
    ))
    .unwrap();
    let series = option["series"].as_array().unwrap();
    assert!(
        series
            .iter()
            .all(|s| s["stack"].is_null() && s["areaStyle"].is_null()),
        "no band"
    );
    let legend: Vec<&str> = option["legend"]["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["name"].as_str().unwrap())
        .collect();
    assert!(legend.contains(&"基準値からのペースの見込み"), "{legend:?}");
    let line = t
        .series
        .iter()
        .find(|s| s.role == Role::Projection)
        .unwrap();
    assert_eq!(line.points.first().unwrap().value, 17187.0);
    assert_eq!(line.points.last().unwrap().value, 18900.0);
}

#[test]
fn english_outlooks_use_english_amounts_and_part_names() {
    let visits = trend(&row("1-2-00"), Lang::En);
    assert!(
        visits.outlook[0].contains("2.01 million visits")
            && visits.outlook[0].contains("3.65 million visits"),
        "{:?}",
        visits.outlook
    );
    let english = trend(&row("2-2-03"), Lang::En);
    assert!(
        english.outlook[1].starts_with("Junior high school: "),
        "{:?}",
        english.outlook
    );
    assert!(english
        .series
        .iter()
        .any(|s| s.name == "Elementary school – Actual"));
    for indicator in rows() {
        let t = trend(&indicator, Lang::En);
        for sentence in &t.outlook {
            assert!(!has_japanese(sentence), "{}: {sentence}", indicator.id);
        }
    }
}

#[test]
fn years_read_western_with_the_era_in_japanese_and_plain_in_english() {
    let shipments = row("1-1-01");
    let ja = trend_chart(&shipments, &trend(&shipments, Lang::Ja), Lang::Ja).unwrap();
    assert!(
        ja.summary.contains("2018年（平成30年） 11,942億円"),
        "{}",
        ja.summary
    );
    assert!(
        ja.summary.contains("2026年（令和8年）に約9,630億円"),
        "{}",
        ja.summary
    );
    let en = trend_chart(&shipments, &trend(&shipments, Lang::En), Lang::En).unwrap();
    assert!(
        en.summary.contains("2018 ¥1,194.2 billion"),
        "{}",
        en.summary
    );
    assert!(
        !en.summary.contains("平成") && !en.summary.contains("令和"),
        "{}",
        en.summary
    );
    assert!(en
        .table
        .rows
        .iter()
        .all(|r| !r[1].contains("Reiwa") && !r[1].contains("令和")));
    assert_eq!(
        (Messages::of(Lang::En).as_of)(2023),
        "Data: FY2023 verification sheet · official city data"
    );
    assert_eq!(
        Messages::of(Lang::Ja).column(isesaki_kpi::domain::Column::ActualFy2023),
        "2023年度（令和5年度）実績"
    );
}

#[test]
fn the_methods_figures_read_as_figures() {
    let visits = UnitEn {
        one: "visit".into(),
        other: "visits".into(),
    };
    assert_eq!(
        figure_text(88271.0, Some("人"), &visits, Lang::Ja),
        "88,271人"
    );
    assert_eq!(
        figure_text(88271.0, Some("人"), &visits, Lang::En),
        "88,271 visits"
    );
    // The method's stand-in for zero is never shown: it reads as the 0 it stands for.
    assert_eq!(figure_text(0.001, Some("人"), &visits, Lang::Ja), "0人");
    assert_eq!(ratio_text(0.44776), "0.45");
    assert_eq!(ratio_text(-20.9358), "-20.94");
    assert_eq!(rate_text(0.024114), "+2.41%");
    assert_eq!(rate_text(-0.165212), "-16.52%");
    assert_eq!(rate_text(0.0), "0.00%");
    assert_eq!(part_name("男性", Lang::En), "Men");
    assert_eq!(part_name("男性", Lang::Ja), "男性");
    assert_eq!(part_name("男性", Lang::JaEasy), "{男|おとこ}の {人|ひと}");
}

#[test]
fn achievement_names_its_parts_in_the_language_and_zero_against_zero_is_met() {
    let english = row("2-2-03");
    assert_eq!(
        achievement_text(&english, Lang::Ja).unwrap(),
        "小学校 92% / 中学校 85%"
    );
    assert_eq!(
        achievement_text(&english, Lang::En).unwrap(),
        "Elementary school 92%, Junior high school 85%"
    );
    assert_eq!(
        achievement_text(&row("2-1-05"), Lang::Ja).unwrap(),
        "目標どおり（実績・目標とも0）"
    );
    assert_eq!(achievement_text(&row("3-1-01"), Lang::Ja), None);
}

#[test]
fn every_label_has_its_own_icon_never_the_citys() {
    let outcomes: Vec<Outcome> = ProgressCategory::ALL
        .into_iter()
        .map(Outcome::Assessed)
        .chain([Outcome::UnableToAssess(Unassessable::NoActual)])
        .collect();
    let icons: Vec<&str> = outcomes.iter().map(|o| outcome_icon(*o)).collect();
    let mut unique = icons.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), icons.len());
    assert!(icons.iter().all(|i| !["◎", "○", "▲"].contains(i)));
}

#[test]
fn achievement_bars_of_mixed_years_are_marked_and_say_so() {
    use isesaki_kpi::domain::charts::achievement::achievement_chart;
    let data = official_dataset().unwrap();
    let chart = achievement_chart(&data, Lang::Ja);
    let option: Value = serde_json::from_str(&option_json(&chart.spec.option)).unwrap();
    let at = |id: &str| chart.ids.iter().position(|i| i == id).unwrap();
    let labels = option["yAxis"]["data"].as_array().unwrap();
    // 1-1-07/08: a 令和3年 count against a 令和4年 target; 3-1-03: FY2022 against FY2023.
    for id in ["1-1-07", "1-1-08", "3-1-03"] {
        assert!(labels[at(id)].as_str().unwrap().starts_with('※'), "{id}");
        assert!(
            chart.spec.table.rows[at(id)][1].contains("年が異なります"),
            "{id}"
        );
    }
    assert!(option["series"][0]["data"][at("1-1-08")]["name"]
        .as_str()
        .unwrap()
        .contains("2021年（令和3年）の実績を2022年（令和4年）の目標と比べています"));
    assert!(!labels[at("1-1-00")].as_str().unwrap().starts_with('※'));
    assert!(
        chart.spec.summary.contains("※印の3件"),
        "{}",
        chart.spec.summary
    );
    let english = achievement_chart(&data, Lang::En);
    assert!(
        english.spec.summary.contains("3 bars marked ※ compare"),
        "{}",
        english.spec.summary
    );
}

#[test]
fn english_counts_are_real_plurals() {
    use isesaki_kpi::domain::i18n::chart_words::ChartWords;
    use isesaki_kpi::domain::i18n::edit_words::EditWords;
    use isesaki_kpi::domain::i18n::progress_ui_words::ProgressUiWords;
    let m = Messages::of(Lang::En);
    let charts = ChartWords::of(Lang::En);
    let edits = EditWords::of(Lang::En);
    let progress = ProgressUiWords::of(Lang::En);
    for n in [0, 1, 4] {
        let texts = [
            (m.total_prefix)(47, n, 47 - n),
            (m.kpi_progress)(n),
            (m.edits_shown)(n),
            (m.official_only_shown)(n),
            (m.emptied_by)("“bus”", n),
            (charts.overview_summary)(n, [n, 0, 0], "1-1"),
            (charts.achievement_summary)(2023, n, n, "x", "1%"),
            (charts.beyond_cap)(n),
            (edits.import_preview)(n),
            (edits.imported)(n),
            (progress.years_differ_bars)(n),
        ];
        for text in texts {
            assert!(!text.contains("(s)"), "{text}");
            if n == 1 {
                for plural in [
                    "1 indicators",
                    "1 KPIs",
                    "1 bars",
                    "1 edits",
                    "1 values",
                    "1 changes",
                ] {
                    assert!(!text.contains(plural), "{text}");
                }
            }
        }
    }
    assert_eq!((m.kpi_progress)(1), "Of 1 KPI:");
    assert!((progress.years_differ_bars)(1).contains("1 bar marked ※ compares"));
}
