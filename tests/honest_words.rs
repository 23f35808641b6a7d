//! Every sentence, projection and share beside the progress label follows from the numbers
//! and the label's own method: one pace end to end, no forecast for a met target, no
//! projection far outside the data, direction in true words, differences explained by the
//! data, no impossible share, a figure said once with its year once.

mod support;
use isesaki_kpi::domain::charts::trend::{trend, Role};
use isesaki_kpi::domain::describe::progress::{
    difference_facts, label_meanings, outlook_sentences, short_term_lines,
};
use isesaki_kpi::domain::describe::shown::figure_cell;
use isesaki_kpi::domain::i18n::progress_words::{
    agreement_text, city_status_explanation, difference_text, growth_text,
};
use isesaki_kpi::domain::i18n::Lang;
use isesaki_kpi::domain::progress::outlook::{outlooks, Outlook, FAR};
use isesaki_kpi::domain::progress::progress_measure::{assess, ProgressCategory};
use isesaki_kpi::domain::progress::status_agreement::agreement;
use isesaki_kpi::domain::progress::track::track;
use isesaki_kpi::domain::{Column, Indicator};
use support::official_dataset;

fn rows() -> Vec<Indicator> {
    official_dataset().unwrap().indicators
}

fn row(id: &str) -> Indicator {
    rows().into_iter().find(|i| i.id == id).unwrap()
}

fn relation(row: &Indicator, lang: Lang) -> String {
    let a = assess(row);
    agreement_text(
        agreement(row.status, a.outcome),
        row.status,
        a.outcome,
        &difference_facts(row, &a, lang),
        lang,
    )
}

#[test]
fn the_outlook_never_contradicts_the_label() {
    use ProgressCategory::*;
    for row in rows() {
        let assessment = assess(&row);
        for (part, outlook) in assessment.parts.iter().zip(outlooks(&row)) {
            let on_course = matches!(
                outlook.outlook,
                Outlook::Met(_)
                    | Outlook::Reaches { .. }
                    | Outlook::NearlyReaches { .. }
                    | Outlook::FarAhead
            );
            match part.outcome.category() {
                Some(TargetAchieved) => assert!(
                    matches!(outlook.outlook, Outlook::Met(_)),
                    "{}: {:?}",
                    row.id,
                    outlook.outlook
                ),
                Some(Substantial) => assert!(on_course, "{}: {:?}", row.id, outlook.outlook),
                Some(Moderate | Limited | Deterioration) => {
                    assert!(!on_course, "{}: {:?}", row.id, outlook.outlook)
                }
                None => assert!(
                    matches!(outlook.outlook, Outlook::Unavailable(_)),
                    "{}: {:?}",
                    row.id,
                    outlook.outlook
                ),
            }
            // The pace in the outlook is the label's own (CAGR_o), never a second method.
            assert_eq!(
                outlook.observed,
                part.cagr_observed.filter(|_| outlook.observed.is_some()),
                "{}",
                row.id
            );
        }
    }
}

#[test]
fn a_substantial_percentage_row_is_on_course_by_its_growth_rate() {
    // 3-1-07 中心市街地整備事業の進捗率: R = 1.09 (growth rates). Was 「約0.9ポイント届かない見込み」
    // with paces in points, a second method.
    let row = row("3-1-07");
    let outlook = outlook_sentences(&row, Lang::Ja);
    assert_eq!(outlook, ["基準値からのペース（1年あたり+6.3%）が続けば、2027年度（令和9年度）ごろに最終目標（83.3%）に届きます。"]);
    let meaning = label_meanings(&row, &assess(&row), Lang::Ja).join("");
    assert!(
        meaning.contains("1年あたり+6.3%") && meaning.contains("1年あたり+5.8%"),
        "{meaning}"
    );
    // Growth rates of a share, said to be such, never a second pace in points.
    assert!(
        meaning.ends_with("ペースは割合そのものの伸び率で、ポイントの差ではありません。"),
        "{meaning}"
    );
    assert!(!outlook[0].contains("ポイント"));
}

#[test]
fn a_deteriorating_row_is_never_said_to_reach_its_target() {
    for id in ["1-1-01", "1-2-01"] {
        for lang in Lang::ALL {
            let text = outlook_sentences(&row(id), lang).join(" ");
            for word in [
                "届きます",
                "届く見込み",
                "reached around",
                "will be reached",
                "とどきます",
            ] {
                assert!(!text.contains(word), "{id}: {text}");
            }
        }
    }
}

#[test]
fn a_met_target_gets_no_forecast_but_the_year_since_it_is_met() {
    for (id, since) in [
        ("3-1-02", "2019年度"),
        ("1-1-03", "2022年度"),
        ("1-1-06", "2023年度"),
        ("2-2-01", "2022年度"),
        ("3-1-08", "2023年度"),
        ("3-2-01", "2022年度"),
    ] {
        let row = row(id);
        let sentences = outlook_sentences(&row, Lang::Ja);
        assert_eq!(sentences.len(), 1, "{id}");
        assert!(
            sentences[0].starts_with(since)
                && sentences[0].contains("それまで保つ必要があります。見込みは示しません"),
            "{id}: {sentences:?}"
        );
        assert!(
            trend(&row, Lang::Ja)
                .series
                .iter()
                .all(|s| s.role != Role::Projection),
            "{id} draws no projection"
        );
    }
    // 3-1-08: was 「見込み 6,056〜74,911人」 against a met target of 1,190.
    let walkers = trend(&row("3-1-08"), Lang::Ja);
    assert!(walkers
        .outlook
        .iter()
        .chain(walkers.projection_ends.iter().map(|e| &e.2))
        .all(|s| !s.contains("74,911") && !s.contains("6,056")));
}

#[test]
fn a_pace_that_reaches_the_target_gives_the_year_not_an_overshooting_value() {
    // 3-2-03 交通事故: falling 5.2% a year reaches 1,050 around 2026; the line stops there.
    let accidents = row("3-2-03");
    assert_eq!(outlook_sentences(&accidents, Lang::Ja), ["基準値からのペース（1年あたり-5.2%）が続けば、2026年（令和8年）ごろに最終目標（1,050件）に届きます。なお、直近の変化（2022年（令和4年）→2023年（令和5年））は増加で、このペースとは逆の向きのため、このペースが続くとは限りません。"]);
    assert_eq!(outlook_sentences(&accidents, Lang::En), ["If the pace since the baseline (-5.2% a year) continues, the final target (1,050 accidents) would be reached around 2026. The latest change (2022 → 2023) was a rise, the other way from this pace, so it may not continue."]);
    let line = trend(&accidents, Lang::Ja)
        .series
        .into_iter()
        .find(|s| s.role == Role::Projection)
        .unwrap();
    assert_eq!(
        line.points.last().map(|p| (p.period.year, p.value)),
        Some((2026, 1050.0))
    );
    // 1-2-04 ふるさと納税: was 「約671,306件」 against a target of 46,000. +149% a year would
    // pass twice the largest figure by FY2027: only that the pace is far ahead is said.
    let donations = row("1-2-04");
    let ja = outlook_sentences(&donations, Lang::Ja);
    assert_eq!(ja, ["基準値からのペース（1年あたり+149%）は、基準値から最終目標（46,000件）までに必要な平均ペース（1年あたり+78%）を上回っています。ただし、このペースが目標の年まで続くとこれまでの最大の数値の2倍を超えるため、届く年や値は示しません。なお、直近の変化（2022年度（令和4年度）→2023年度（令和5年度））は減少で、このペースとは逆の向きのため、このペースが続くとは限りません。"]);
    assert!(trend(&donations, Lang::Ja)
        .series
        .iter()
        .all(|s| s.role != Role::Projection));
    for id in ["1-1-09", "3-2-05"] {
        assert_eq!(outlooks(&row(id))[0].outlook, Outlook::FarAhead, "{id}");
    }
}

#[test]
fn a_shortfall_is_in_the_datas_unit_and_precision() {
    // 1-2-00: 万人 data in 万人 (was 「約2,010,997〜2,580,000人」).
    assert_eq!(
        outlook_sentences(&row("1-2-00"), Lang::Ja),
        ["基準値からのペース（1年あたり-6.0%）のままでは、2027年度（令和9年度）に約201万人で、最終目標（365万人）に約164万人届きません。"]
    );
    // 3-1-10: one decimal of 万人, as printed; 3-1-09: read against its target of 29万人.
    assert!(outlook_sentences(&row("3-1-10"), Lang::Ja)[0]
        .contains("約368万人で、最終目標（430万人）に約62万人届きません"));
    // The shortfall is the target less the projection as shown, in English too.
    assert!(outlook_sentences(&row("3-1-10"), Lang::En)[0].contains("about 3.68 million passenger journeys in FY2026, about 0.62 million passenger journeys short"), "{:?}", outlook_sentences(&row("3-1-10"), Lang::En));
    assert!(outlook_sentences(&row("3-1-09"), Lang::Ja)[0]
        .contains("約24万人で、最終目標（29万人）に約5万人届きません"));
    // 1-1-02: whole cases (was 「約12.2件」).
    assert!(outlook_sentences(&row("1-1-02"), Lang::Ja)[0]
        .contains("約6件で、最終目標（8件）に約2件届きません"));
    // Counts of people and cases are whole everywhere.
    for row in rows() {
        for part in outlooks(&row) {
            if let Outlook::FallsShort {
                value, shortfall, ..
            }
            | Outlook::NearlyReaches {
                value, shortfall, ..
            } = part.outlook
            {
                if matches!(
                    part.precision.unit.as_deref(),
                    Some("人" | "件" | "カ所" | "教室" | "基" | "事業所")
                ) {
                    assert!(
                        value.fract() == 0.0 && shortfall.fract() == 0.0,
                        "{}: {value} {shortfall}",
                        row.id
                    );
                }
            }
        }
    }
}

#[test]
fn no_projection_far_outside_the_observed_figures() {
    for row in rows() {
        let assessment = assess(&row);
        for (part, outlook) in assessment.parts.iter().zip(outlooks(&row)) {
            let Some(i) = part.inputs else { continue };
            let (low, high) = (
                i.y0.min(i.yt).min(i.y_target) / FAR,
                i.y0.max(i.yt).max(i.y_target) * FAR,
            );
            let line: Vec<f64> = trend(&row, Lang::Ja)
                .series
                .iter()
                .filter(|s| s.role == Role::Projection && s.part == part.label)
                .flat_map(|s| s.points.iter().map(|p| p.value))
                .collect();
            assert!(
                line.iter().all(|v| (low..=high).contains(v)),
                "{}: {line:?}",
                row.id
            );
            if let Outlook::FallsShort { value, .. } = outlook.outlook {
                let base = value * outlook.precision.scale;
                assert!((low..=high).contains(&base), "{}: {base}", row.id);
            }
        }
    }
    // 1-2-01 境地区: −17% a year since FY2019 would leave the observed range: no value.
    let sakai = outlook_sentences(&row("1-2-01"), Lang::Ja);
    assert!(
        sakai[0].contains("示しません") && !sakai[0].contains("約"),
        "{sakai:?}"
    );
}

#[test]
fn the_last_change_is_context_marked_as_one_years_change() {
    let sakai = row("1-2-01");
    assert_eq!(
        short_term_lines(&sakai, Lang::Ja),
        ["直近1年（2022年度（令和4年度）→2023年度（令和5年度））: 増加（+44%）"]
    );
    assert_eq!(
        short_term_lines(&sakai, Lang::En),
        ["Latest one-year change (FY2022 → FY2023): up 44%"]
    );
    // Two years apart: said so. A share changes by points.
    assert_eq!(
        short_term_lines(&row("3-1-00"), Lang::En),
        ["Latest change over 2 years (FY2021 → FY2023): up 2.8 percentage points"]
    );
    // 365 days then 366 in a leap year: both every day, not a change.
    assert!(short_term_lines(&row("3-1-02"), Lang::Ja).is_empty());
    // The same year printed twice is no change over time; a change of method is no change either.
    assert!(short_term_lines(&row("1-1-07"), Lang::Ja).is_empty());
    assert!(short_term_lines(&row("3-1-01"), Lang::Ja).is_empty());
}

#[test]
fn direction_is_told_in_true_words() {
    for id in ["2-1-08", "3-1-09", "3-1-10"] {
        let row = row(id);
        let ja = label_meanings(&row, &assess(&row), Lang::Ja).join("");
        assert!(
            ja.starts_with("多いほど良い指標ですが、基準値より減っています"),
            "{id}: {ja}"
        );
        assert!(
            ja.contains("最終目標は基準値より低く設定されています"),
            "{id}: {ja}"
        );
        assert!(!ja.contains("逆の方向"), "{id}: {ja}");
        let en = label_meanings(&row, &assess(&row), Lang::En).join("");
        assert!(
            en.starts_with("Higher is better, but the figure has fallen")
                && !en.contains("moved away"),
            "{id}: {en}"
        );
    }
    let crime = row("3-2-00");
    assert!(label_meanings(&crime, &assess(&crime), Lang::Ja)[0]
        .starts_with("少ないほど良い指標ですが、基準値より増えています"));
    // 1-1-07: 187 → 187, R = 0: unchanged, not "moved the right way".
    let sites = row("1-1-07");
    let ja = label_meanings(&sites, &assess(&sites), Lang::Ja).join("");
    assert!(
        ja.starts_with("基準値から変わっていません（変化なしは「前進わずか」に数えます")
            && !ja.contains("目標の方向に動いています"),
        "{ja}"
    );
    assert!(
        label_meanings(&sites, &assess(&sites), Lang::En)[0].starts_with(
            "No change: the figure is the same as the baseline (counted as Limited progress)"
        )
    );
}

#[test]
fn a_difference_is_explained_by_the_data_and_no_criterion_of_the_city_is_invented() {
    // 1-1-06: city 概ね順調, computed Target achieved: the FY2023 actual (23) missed the FY2023
    // target (24) while meeting the lower final target (22).
    let jobs = relation(&row("1-1-06"), Lang::Ja);
    for piece in [
        "23人",
        "24人",
        "届いていません",
        "最終目標は2023年度の目標より低い水準です",
        "最新の実績は最終目標に達しています",
        "シートには、市の評価の基準は書かれていません",
    ] {
        assert!(jobs.contains(piece), "{piece} in {jobs}");
    }
    assert!(!jobs.contains("ペースを見ているため"), "{jobs}");
    let english = relation(&row("1-1-06"), Lang::En);
    assert!(
        english.contains("missed the FY2023 target (24 people; 96% achieved)")
            && english.contains("does not state the criteria"),
        "{english}"
    );
    // 健康寿命: no row label, but each part has one; the difference says so, not "no label".
    let lifespan = relation(&row("3-1-01"), Lang::Ja);
    assert!(
        lifespan.contains("男性: 目標達成")
            && lifespan.contains("女性: 評価できません")
            && !lifespan.contains("計算した評価がないため"),
        "{lifespan}"
    );
    for lang in Lang::ALL {
        for row in rows() {
            let text = relation(&row, lang);
            assert!(
                !text.contains("ペースを見ているため")
                    && !text.contains("because it looks at the pace"),
                "{}: {text}",
                row.id
            );
        }
        let city = city_status_explanation(lang);
        assert!(
            !city.contains("目標に照らした") && !city.contains("mostly at the year's work"),
            "{city}"
        );
    }
}

#[test]
fn a_share_of_the_way_stays_between_none_and_all_of_it() {
    // Was 「基準値より後退（-793%）」 (1-2-01) and 「-136%」 (1-1-00).
    for lang in Lang::ALL {
        for row in rows() {
            let Some(t) = track(&row, lang) else { continue };
            let share: String = t.share.chars().skip_while(|c| *c != ':').collect();
            if let Some(pct) = share.trim_start_matches(':').trim().strip_suffix('%') {
                let value: f64 = pct
                    .parse()
                    .unwrap_or_else(|_| panic!("{}: {share}", row.id));
                assert!((0.0..=100.0).contains(&value), "{}: {share}", row.id);
            }
            assert!(!share.contains('-'), "{}: {share}", row.id);
        }
    }
    assert_eq!(
        track(&row("1-2-01"), Lang::Ja).unwrap().share,
        "2023年度: 基準値より後退"
    );
    assert_eq!(
        track(&row("1-1-06"), Lang::Ja).unwrap().share,
        "2023年度: 最終目標を超えています"
    );
}

#[test]
fn the_zero_stand_in_and_internal_values_never_reach_a_reader() {
    // 2-1-05 待機児童なし: zero all along; no 0.001, no −100 % rate, no 0 ÷ 0 = 100 %.
    assert_eq!(
        isesaki_kpi::domain::describe::shown::achievement_text(&row("2-1-05"), Lang::Ja).as_deref(),
        Some("目標どおり（実績・目標とも0）")
    );
    let waiting = row("2-1-05");
    for lang in Lang::ALL {
        let text = [
            label_meanings(&waiting, &assess(&waiting), lang),
            outlook_sentences(&waiting, lang),
            vec![relation(&waiting, lang)],
        ]
        .concat()
        .join(" ");
        assert!(
            !text.contains("0.001") && !text.contains("-100") && !text.contains("CAGR"),
            "{text}"
        );
    }
    // Small paces are not rounded to nothing, and one point is one point.
    assert_eq!(growth_text(0.0004), "+0.04%");
    assert_eq!(growth_text(-0.1652), "-17%");
    assert_eq!(
        difference_text("1%", Some("%"), Lang::En),
        "1 percentage point"
    );
    assert_eq!(difference_text("6.2%", Some("%"), Lang::Ja), "6.2ポイント");
}

#[test]
fn a_figure_is_said_once_with_its_year_once() {
    // 1-1-01: the printed era year leaves the figure; the year is said once beside it.
    let shipments = row("1-1-01");
    assert_eq!(
        figure_cell(
            &shipments,
            shipments.values.get(Column::ActualFy2023),
            Some(Column::ActualFy2023),
            Lang::Ja
        )
        .text,
        "11,017億円"
    );
    assert_eq!(
        figure_cell(
            &shipments,
            shipments.values.get(Column::TargetFinal),
            Some(Column::TargetFinal),
            Lang::Ja
        )
        .text,
        "13,500億円"
    );
    // The card's bar names the final target without repeating its figure.
    let t = track(&shipments, Lang::Ja).unwrap();
    assert_eq!(
        (t.baseline.year.as_str(), t.baseline.figure.as_str()),
        ("2018年", "11,942億円")
    );
    // 3-1-01: two parts shown as parts, with the change of method in words.
    let lifespan = row("3-1-01");
    assert_eq!(
        figure_cell(
            &lifespan,
            lifespan.values.get(Column::ActualFy2023),
            Some(Column::ActualFy2023),
            Lang::Ja
        )
        .text,
        "男性 79.4歳、女性 83.7歳（算出方法変更後）"
    );
}
#[test]
fn the_needed_pace_is_said_from_the_baseline_and_from_the_latest_figure() {
    // 1-2-01: the average pace needed from FY2019 (+0.8%) hides what is left to do now.
    let visits = row("1-2-01");
    let en = label_meanings(&visits, &assess(&visits), Lang::En).join(" ");
    assert!(
        en.contains("From the latest figure (FY2023), the final target needs +22% a year."),
        "{en}"
    );
    let ja = label_meanings(&visits, &assess(&visits), Lang::Ja).join("");
    assert!(
        ja.contains(
            "最新の実績（2023年度（令和5年度））からは、最終目標まで1年あたり+22%の変化が必要です"
        ),
        "{ja}"
    );
    let donations = row("1-2-04");
    let en = label_meanings(&donations, &assess(&donations), Lang::En).join(" ");
    assert!(
        en.contains("average pace the final target needs from the baseline (+78% a year)"),
        "{en}"
    );
}

#[test]
fn a_projection_says_when_the_latest_change_went_the_other_way() {
    // 1-2-04: +149% a year since FY2019, but the latest year fell (30,915 → 17,342).
    let en = outlook_sentences(&row("1-2-04"), Lang::En).join(" ");
    assert!(en.ends_with("The latest change (FY2022 → FY2023) was a fall, the other way from this pace, so it may not continue."), "{en}");
    // 1-1-00 fell since the baseline and in the latest year: no such note.
    let en = outlook_sentences(&row("1-1-00"), Lang::En).join(" ");
    assert!(!en.contains("other way"), "{en}");
    // 2-2-01 meets its target: held, not projected, so no pace to doubt.
    let en = outlook_sentences(&row("2-2-01"), Lang::En).join(" ");
    assert!(!en.contains("other way"), "{en}");
}

#[test]
fn a_met_day_count_says_a_common_year_of_365_days_counts_as_every_day() {
    let en = outlook_sentences(&row("3-1-02"), Lang::En).join(" ");
    assert!(
        en.contains("counting 365 days in a year without 29 February as every day"),
        "{en}"
    );
    assert!(en.contains("has to be held until then"), "{en}");
}
