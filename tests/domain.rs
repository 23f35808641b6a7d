//! Reading cells and judging progress, with the sheet's own examples.

mod support;
use isesaki_kpi::domain::cells::parse::{
    era_to_western, parse_era_period, parse_value, to_half_width,
};
use isesaki_kpi::domain::i18n::Messages;
use isesaki_kpi::domain::i18n::Words;
use isesaki_kpi::domain::progress::achievement::{
    achievement, achievement_parts, distance_to_final, progress, progress_parts,
};
use isesaki_kpi::domain::{Column, Indicator, Period};
use support::official_dataset;

fn row(name: &str) -> Indicator {
    official_dataset()
        .unwrap()
        .indicators
        .into_iter()
        .find(|i| i.name == name)
        .unwrap()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn era_years_convert_to_western_years() {
    assert_eq!(era_to_western("平成", 30), Some(2018));
    assert_eq!(era_to_western("令和", 1), Some(2019));
    assert_eq!(era_to_western("令和", 9), Some(2027));
    assert_eq!(era_to_western("令和", 0), None);
    assert_eq!(
        parse_era_period("令和元年"),
        Some(Period {
            year: 2019,
            fiscal: false
        })
    );
    assert_eq!(
        parse_era_period("令和３年度"),
        Some(Period {
            year: 2021,
            fiscal: true
        })
    );
    assert_eq!(
        parse_era_period("Ｈ３０年度"),
        Some(Period {
            year: 2018,
            fiscal: true
        })
    );
    assert_eq!(
        parse_era_period("平成30年"),
        Some(Period {
            year: 2018,
            fiscal: false
        })
    );
    assert_eq!(parse_era_period("閏年"), None);
    assert_eq!(to_half_width("１２３％（）"), "123%()");
}

#[test]
fn numbers_units_and_labels_are_read_from_printed_cells() {
    let v = parse_value("1,563件", Column::Baseline);
    assert_eq!(
        (v.parts[0].value, v.parts[0].unit.as_deref()),
        (1563.0, Some("件"))
    );
    assert_eq!(
        v.period,
        Some(Period {
            year: 2019,
            fiscal: true
        })
    );

    let v = parse_value("331万人", Column::TargetFinal);
    assert_eq!(
        (v.parts[0].value, v.parts[0].unit.as_deref()),
        (331.0, Some("万人"))
    );
    assert_eq!(v.parts[0].base_value(), 3_310_000.0);
    assert_eq!(
        v.period,
        Some(Period {
            year: 2027,
            fiscal: true
        })
    );

    let v = parse_value("80.5％", Column::ActualFy2022);
    assert_eq!(
        (v.parts[0].value, v.parts[0].unit.as_deref()),
        (80.5, Some("%"))
    );

    let v = parse_value(
        "男性77.41歳女性79.89歳（令和元年）※変更前",
        Column::Baseline,
    );
    let labels: Vec<_> = v
        .parts
        .iter()
        .map(|p| (p.label.as_deref(), p.value))
        .collect();
    assert_eq!(labels, [(Some("男性"), 77.41), (Some("女性"), 79.89)]);
    assert_eq!(v.note.as_deref(), Some("※変更前"));
    assert_eq!(
        v.period,
        Some(Period {
            year: 2019,
            fiscal: false
        })
    );

    let v = parse_value("1.41（平成３０年）", Column::Baseline);
    assert_eq!((v.parts[0].value, v.parts[0].unit.as_deref()), (1.41, None));
}

#[test]
fn cells_without_figures_keep_only_their_text() {
    for raw in [
        "－",
        "令和6年3月の改訂に伴い、令和6年度以降は「年少人口」へ変更",
        "",
    ] {
        let v = parse_value(raw, Column::TargetFinal);
        assert!(v.parts.is_empty(), "{raw}");
        assert_eq!(v.period, None);
        assert_eq!(v.raw, raw);
    }
    let v = parse_value("※第3期保険事業実施計画で設定予定", Column::TargetFinal);
    assert!(v.parts.is_empty());
    assert_eq!(v.note.as_deref(), Some("※第3期保険事業実施計画で設定予定"));
}

#[test]
fn words_meaning_none_are_a_zero_with_the_text_kept() {
    let v = parse_value("待機児童なし", Column::TargetFinal);
    assert_eq!(
        (
            v.parts[0].value,
            v.parts[0].unit.as_deref(),
            v.parts[0].label.as_deref()
        ),
        (0.0, Some("人"), None)
    );
    assert_eq!(
        v.period,
        Some(Period {
            year: 2027,
            fiscal: true
        })
    );
    assert_eq!(v.raw, "待機児童なし");
    assert_eq!(
        parse_value("該当なし", Column::Baseline).parts[0].unit,
        None
    );
    // A dash is a missing figure, not a zero; a number before なし is not this rule.
    assert!(parse_value("－", Column::Baseline).parts.is_empty());
    assert!(parse_value("令和6年なし", Column::Baseline)
        .parts
        .is_empty());
}

#[test]
fn achievement_compares_the_fy2023_actual_with_its_target() {
    // 新規求人数: 1,472件 against 1,594件.
    assert!(close(
        achievement(&row("新規求人数")).unwrap(),
        1472.0 / 1594.0
    ));
    // コミュニティバス: 266,189人 against 34万人 — units are scaled before comparing.
    assert!(close(
        achievement(&row("コミュニティバス利用者数")).unwrap(),
        266_189.0 / 340_000.0
    ));
}

#[test]
fn achievement_is_inverted_when_lower_is_better() {
    // 刑法犯認知件数: 1,869件 against a ceiling of 1,450件 — worse than target, so below 1.
    let crime = row("刑法犯認知件数");
    assert!(!crime.higher_is_better);
    assert!(close(achievement(&crime).unwrap(), 1450.0 / 1869.0));
    // 交通事故発生件数: 1,185件 against 1,190件 — slightly better than target.
    assert!(achievement(&row("交通事故発生件数")).unwrap() > 1.0);
}

#[test]
fn multi_part_values_are_judged_per_part() {
    let english = row("英語の学習が楽しいと感じている児童・生徒の割合");
    let parts = achievement_parts(&english).unwrap();
    assert_eq!(parts.len(), 2);
    assert_eq!(parts[0].label.as_deref(), Some("小学校"));
    assert!(close(parts[0].ratio.unwrap(), 87.1 / 94.5));
    assert_eq!(parts[1].label.as_deref(), Some("中学校"));
    assert!(close(parts[1].ratio.unwrap(), 72.2 / 85.0));
    // The single figure is the weaker part.
    assert!(close(achievement(&english).unwrap(), 72.2 / 85.0));
}

#[test]
fn nothing_is_computed_across_a_change_of_method_or_from_text() {
    // 健康寿命: the FY2023 actual is ※変更後, the FY2023 target ※変更前.
    let lifespan = row("健康寿命");
    assert_eq!(achievement_parts(&lifespan), None);
    assert_eq!(progress_parts(&lifespan), None);
    // 待機児童なし in every column: 0 against a target of 0 is met, not "not computable".
    assert_eq!(achievement(&row("保育施設待機児童数")), Some(1.0));
    assert_eq!(distance_to_final(&row("保育施設待機児童数")), Some(0.0));
    // 子育て世代包括支援センター: no baseline (－), so no progress, but achievement exists.
    let centre = row("子育て世代包括支援センター相談件数");
    assert_eq!(progress(&centre), None);
    assert!(achievement(&centre).is_some());
}

#[test]
fn progress_runs_from_baseline_to_final_target() {
    // 新規就農者数: 21 → 144 of the way to 157.
    assert!(close(
        progress(&row("新規就農者数")).unwrap(),
        (144.0 - 21.0) / (157.0 - 21.0)
    ));
    // 刑法犯認知件数 (lower is better): from 1,634 the count rose to 1,869 while the
    // target is 1,318, so progress is negative.
    assert!(progress(&row("刑法犯認知件数")).unwrap() < 0.0);
    // コミュニティバス: the final target (29万人) is below the baseline (294,758人) although
    // more riders is better, so "share of the way" has no meaning.
    assert_eq!(progress(&row("コミュニティバス利用者数")), None);
}

#[test]
fn distance_to_final_is_zero_once_reached() {
    assert_eq!(distance_to_final(&row("創業相談件数")), Some(0.0));
    let jobs = distance_to_final(&row("新規求人数")).unwrap();
    assert!(close(jobs, (1630.0 - 1472.0) / 1630.0));
}

#[test]
fn every_language_has_every_message_and_furigana_markup_is_well_formed() {
    use isesaki_kpi::domain::i18n::{plain, ruby_segments, Lang, Segment};
    for lang in Lang::ALL {
        let m = Messages::of(lang);
        // The struct makes a missing message a compile error; here, none may be empty or
        // carry broken `{漢字|かんじ}` markup.
        let as_of = (m.as_of)(2024);
        let texts = [
            m.kicker,
            &as_of,
            m.overview_title,
            m.search,
            m.search_placeholder,
            m.clear_all,
            m.empty_title,
            m.empty_hint,
            m.back,
            m.trend_title,
        ];
        for text in texts
            .iter()
            .chain(m.status.iter())
            .chain(m.columns.iter())
            .chain(m.sorts.iter())
            .chain(m.kinds.iter())
        {
            assert!(!text.trim().is_empty(), "{lang:?}");
            assert!(!plain(text).contains(['{', '}', '|']), "{lang:?}: {text}");
        }
        assert!(!(m.result_count)(3, 47).is_empty());
        assert_eq!(Lang::from_key(lang.key()), Some(lang));
    }
    assert_eq!(
        ruby_segments("{漢字|かんじ}です"),
        [
            Segment::Ruby {
                base: "漢字",
                reading: "かんじ"
            },
            Segment::Text("です")
        ]
    );
    assert_eq!(
        plain("{目標|もくひょう}ごとの {進|すす}み"),
        "目標ごとの 進み"
    );
    // Easy Japanese puts readings on its kanji.
    assert!(Messages::of(Lang::JaEasy).overview_title.contains('|'));
    assert_eq!(Lang::En.html_lang(), "en");
    assert_eq!(Lang::JaEasy.html_lang(), "ja");
}

#[test]
fn english_figures_use_each_rows_unit_noun() {
    use isesaki_kpi::domain::cells::amount_en::cell_en;
    use isesaki_kpi::domain::UnitEn;
    let cell = |raw: &str| parse_value(raw, Column::ActualFy2023);
    let unit = |one: &str, other: &str| UnitEn {
        one: one.into(),
        other: other.into(),
    };
    let en = |raw: &str, u: &UnitEn| cell_en(&cell(raw), u).unwrap();
    assert_eq!(
        en("1,563件", &unit("job opening", "job openings")),
        "1,563 job openings"
    );
    assert_eq!(
        en("17,342件", &unit("donation", "donations")),
        "17,342 donations"
    );
    assert_eq!(
        en("331万人", &unit("visit", "visits")),
        "3.31 million visits"
    );
    assert_eq!(
        en("34万人", &unit("passenger journey", "passenger journeys")),
        "340,000 passenger journeys"
    );
    assert_eq!(
        en("11,942億円（平成30年）", &unit("yen", "yen")),
        "¥1,194.2 billion"
    );
    assert_eq!(
        en(
            "男性77.41歳女性79.89歳（令和元年）※変更前",
            &unit("year", "years")
        ),
        "Men 77.41 years, Women 79.89 years (old method)"
    );
    assert_eq!(
        en("小学校88.7%中学校82.8%", &unit("%", "%")),
        "Elementary school 88.7%, Junior high school 82.8%"
    );
    assert_eq!(
        en("待機児童なし", &unit("child", "children")),
        "No children on waiting lists"
    );
    assert_eq!(
        en(
            "1.41（平成３０年）",
            &unit("child per woman", "children per woman")
        ),
        "1.41 children per woman"
    );
    assert_eq!(
        en("366日（閏年）", &unit("day", "days")),
        "366 days (leap year)"
    );
    // Words the app cannot translate are left to the caller, to show as printed.
    assert_eq!(
        cell_en(
            &cell("令和6年3月の改訂に伴い変更"),
            &unit("birth", "births")
        ),
        None
    );
}
