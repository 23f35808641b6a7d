//! The progress measure (Statistics Canada / Open SDG), paces and projection guards, years,
//! the sheet's notes and the city's status, checked by hand against the sheet.

mod support;
use isesaki_kpi::domain::cells::format::{year, YearStyle};
use isesaki_kpi::domain::cells::sheet_notes::{sheet_notes, SheetNote};
use isesaki_kpi::domain::exports::draft_sheet::DraftSheet;
use isesaki_kpi::domain::exports::draft_sheet_table::{table, TableCell};
use isesaki_kpi::domain::i18n::progress_words::{
    agreement_text, category_label, how_computed, outcome_label, sheet_note_text, year_mismatch,
};
use isesaki_kpi::domain::i18n::{ruby_segments, Lang};
use isesaki_kpi::domain::progress::progress_measure::{
    assess, Caution, Outcome, ProgressCategory, Unassessable,
};
use isesaki_kpi::domain::progress::reference_years::achievement_years;
use isesaki_kpi::domain::progress::status_agreement::{agreement, Agreement};
use isesaki_kpi::domain::{Column, Indicator, Part, Period, Status, Value};
use support::official_dataset;

use ProgressCategory::*;

fn row(id: &str) -> Indicator {
    official_dataset()
        .unwrap()
        .indicators
        .into_iter()
        .find(|i| i.id == id)
        .unwrap()
}

fn close(a: f64, b: f64, tolerance: f64) -> bool {
    (a - b).abs() < tolerance
}

fn cell(value: f64, year: u16, unit: &str) -> Value {
    Value {
        raw: format!("{value}{unit}"),
        period: Some(Period { year, fiscal: true }),
        parts: vec![Part {
            label: None,
            value,
            unit: Some(unit.into()),
        }],
        note: None,
    }
}

/// A higher-is-better row with the given baseline, latest actual and final target.
fn synthetic(
    baseline: (f64, u16),
    latest: (f64, u16),
    target: (f64, u16),
    unit: &str,
) -> Indicator {
    let mut ind = row("1-1-00");
    ind.values.baseline = cell(baseline.0, baseline.1, unit);
    ind.values.actual_fy2022 = cell(baseline.0, baseline.1, unit);
    ind.values.actual_fy2023 = cell(latest.0, latest.1, unit);
    ind.values.target_final = cell(target.0, target.1, unit);
    ind
}

fn ratio_of(ind: &Indicator) -> f64 {
    assess(ind).ratio().unwrap()
}

// ---- The method, checked by hand ----

#[test]
fn hand_checked_target_in_2024_is_limited_progress() {
    // CAGR_o = (110/100)^(1/4) − 1 = 0.024114; CAGR_r = (130/100)^(1/5) − 1 = 0.053874;
    // R = 0.024114 / 0.053874 = 0.4476.
    let ind = synthetic((100.0, 2019), (110.0, 2023), (130.0, 2024), "件");
    let a = assess(&ind);
    assert!(close(a.ratio().unwrap(), 0.448, 0.001), "{:?}", a.ratio());
    assert_eq!(a.category(), Some(Limited));
    let p = &a.parts[0];
    assert!(close(p.cagr_observed.unwrap(), 0.024114, 1e-6));
    assert!(close(p.cagr_required.unwrap(), 0.053874, 1e-6));
}

#[test]
fn hand_checked_target_in_2027_is_moderate_progress() {
    // CAGR_r = (130/100)^(1/8) − 1 = 0.033339; R = 0.024114 / 0.033339 = 0.7233.
    let ind = synthetic((100.0, 2019), (110.0, 2023), (130.0, 2027), "件");
    assert!(close(ratio_of(&ind), 0.723, 0.001));
    assert_eq!(assess(&ind).category(), Some(Moderate));
}

#[test]
fn thresholds_and_the_target_achieved_override() {
    assert_eq!(ProgressCategory::from_ratio(0.95), Substantial);
    assert_eq!(ProgressCategory::from_ratio(0.9499), Moderate);
    assert_eq!(ProgressCategory::from_ratio(0.6), Moderate);
    assert_eq!(ProgressCategory::from_ratio(0.0), Limited);
    assert_eq!(ProgressCategory::from_ratio(-0.0001), Deterioration);
    // Meeting the final target wins over R.
    let ind = synthetic((100.0, 2019), (131.0, 2023), (130.0, 2027), "件");
    assert_eq!(assess(&ind).category(), Some(TargetAchieved));
    assert_eq!(TargetAchieved.key(), "target_achieved");
    assert_eq!(
        ProgressCategory::from_key("limited_progress"),
        Some(Limited)
    );
}

#[test]
fn lower_is_better_turns_the_ratio_round() {
    // 100 → 90 with a target of 80 (lower is better): CAGR_o = 0.9^(1/4) − 1 = −0.025996,
    // CAGR_r = 0.8^(1/8) − 1 = −0.027508; R = −1 × −0.025996 / 0.027508 = 0.9451 (just under 0.95).
    let mut ind = synthetic((100.0, 2019), (90.0, 2023), (80.0, 2027), "件");
    ind.higher_is_better = false;
    assert!(close(ratio_of(&ind), 0.9451, 0.0001));
    assert_eq!(assess(&ind).category(), Some(Moderate));
}

#[test]
fn a_zero_baseline_or_target_becomes_one_thousandth_with_a_caution() {
    // 0 → 5 toward 10: y0 = 0.001; CAGR_o = 5000^(1/4) − 1 = 7.409; CAGR_r = 10000^(1/8) − 1 = 2.162.
    let ind = synthetic((0.0, 2019), (5.0, 2023), (10.0, 2027), "件");
    let a = assess(&ind);
    let p = &a.parts[0];
    assert_eq!(p.inputs.unwrap().y0, 0.001);
    assert!(close(p.ratio.unwrap(), 7.409 / 2.162, 0.01));
    assert_eq!(a.category(), Some(Substantial));
    assert_eq!(a.cautions(), [Caution::ZeroReplaced(Column::Baseline)]);
    // Lower is better with a target of 0, not met: the target becomes 0.001.
    let mut ind = synthetic((10.0, 2019), (5.0, 2023), (0.0, 2027), "件");
    ind.higher_is_better = false;
    let a = assess(&ind);
    assert_eq!(a.parts[0].inputs.unwrap().y_target, 0.001);
    assert!(a
        .cautions()
        .contains(&Caution::ZeroReplaced(Column::TargetFinal)));
}

#[test]
fn too_few_years_and_other_limits_are_unable_to_assess() {
    // Baseline and latest refer to the same year.
    let ind = synthetic((100.0, 2023), (110.0, 2023), (130.0, 2027), "件");
    assert_eq!(
        assess(&ind).outcome,
        Outcome::UnableToAssess(Unassessable::TooFewYears)
    );
    // ... unless the target is already met, which needs no growth rate.
    let ind = synthetic((100.0, 2023), (140.0, 2023), (130.0, 2027), "件");
    assert_eq!(assess(&ind).category(), Some(TargetAchieved));
    // Different signs.
    let ind = synthetic((100.0, 2019), (-10.0, 2023), (130.0, 2027), "件");
    assert_eq!(
        assess(&ind).outcome,
        Outcome::UnableToAssess(Unassessable::SignsDiffer)
    );
}

#[test]
fn a_change_of_method_breaks_the_series() {
    let mut ind = synthetic((100.0, 2019), (110.0, 2023), (130.0, 2027), "件");
    ind.values.actual_fy2023.note = Some("※変更後".into());
    ind.values.target_final.note = Some("※変更後".into());
    ind.values.baseline.note = Some("※変更前".into());
    let a = assess(&ind);
    assert_eq!(
        a.outcome,
        Outcome::UnableToAssess(Unassessable::MethodChanged)
    );
    assert_eq!(a.cautions(), [Caution::MethodChanged]);
}

#[test]
fn text_cells_cannot_be_assessed_and_say_which_cell() {
    // 2-1-00, 2-1-01: the final target is the 令和6年3月 revision note; 3-1-03: 設定予定.
    for id in ["2-1-00", "2-1-01", "3-1-03"] {
        assert_eq!(
            assess(&row(id)).outcome,
            Outcome::UnableToAssess(Unassessable::NoFigure(Column::TargetFinal)),
            "{id}"
        );
    }
    // 2-1-03: the baseline is 「－」.
    assert_eq!(
        assess(&row("2-1-03")).outcome,
        Outcome::UnableToAssess(Unassessable::NoFigure(Column::Baseline))
    );
}

#[test]
fn the_latest_actual_includes_figures_added_later() {
    // 1-2-01 with a FY2025 actual of 90,000: CAGR_o = (90,000/88,271)^(1/6) − 1 = 0.003238,
    // CAGR_r = (94,000/88,271)^(1/8) − 1 = 0.007891; R = 0.4103.
    let mut ind = row("1-2-01");
    ind.later_actuals.insert(2025, cell(90000.0, 2025, "人"));
    let a = assess(&ind);
    assert!(close(a.ratio().unwrap(), 0.4103, 0.0005), "{:?}", a.ratio());
    assert_eq!(a.category(), Some(Limited));
    assert!(a.cautions().contains(&Caution::LocalActual(2025)));
}

// ---- Real rows, computed by hand ----

#[test]
fn real_rows_get_the_hand_computed_category() {
    let cases: [(&str, ProgressCategory, Option<f64>); 10] = [
        // 1-2-01 境地区: 88,271 (FY2019) → 42,867 (FY2023), target 94,000 (FY2027).
        // CAGR_o = 0.48563^(1/4) − 1 = −0.1652; CAGR_r = 1.06490^(1/8) − 1 = 0.00789; R = −20.94.
        ("1-2-01", Deterioration, Some(-20.94)),
        // 1-1-08 製造業の従業者数: 27,517 (平成29年 = 2017) → 28,002 (令和3年 = 2021), target
        // 28,560 (令和8年 = 2026). CAGR_o = 1.017625^(1/4) − 1 = 0.004378;
        // CAGR_r = 1.037904^(1/9) − 1 = 0.004142; R = 1.057.
        ("1-1-08", Substantial, Some(1.057)),
        // 1-1-07 製造業の事業所数: 187 (2017) → 187 (2021): CAGR_o = 0, R = 0 → Limited.
        ("1-1-07", Limited, Some(0.0)),
        // 1-1-02: 4 → 5 toward 8. CAGR_o = 1.25^(1/4) − 1 = 0.05737; CAGR_r = 2^(1/8) − 1 = 0.09051; R = 0.634.
        ("1-1-02", Moderate, Some(0.634)),
        // 1-2-03 マラソン: 1,059 → 1,089 toward 1,210. CAGR_o = 1.028329^(1/4) − 1 = 0.006999;
        // CAGR_r = 1.142587^(1/8) − 1 = 0.016803; R = 0.4165.
        ("1-2-03", Limited, Some(0.4165)),
        // 3-2-03 交通事故 (lower is better): 1,465 (2019) → 1,185 (2023) toward 1,050 (2027).
        // CAGR_o = 0.808874^(1/4) − 1 = −0.05162; CAGR_r = 0.716724^(1/8) − 1 = −0.04077;
        // R = −1 × −0.05162 / 0.04077 = 1.266.
        ("3-2-03", Substantial, Some(1.266)),
        // 3-2-00 刑法犯 (lower is better): 1,634 → 1,869 toward 1,318. CAGR_o = 1.143819^(1/4) − 1
        // = 0.03416; CAGR_r = 0.806610^(1/8) − 1 = −0.02650; R = −1 × 0.03416 / 0.02650 = −1.289.
        ("3-2-00", Deterioration, Some(-1.289)),
        // 3-1-07 中心市街地整備: 53.0 → 67.7 toward 83.3. CAGR_o = 1.277358^(1/4) − 1 = 0.06310;
        // CAGR_r = 1.571698^(1/8) − 1 = 0.05815; R = 1.085.
        ("3-1-07", Substantial, Some(1.085)),
        // 1-2-04 ふるさと納税: 448 → 17,342 toward 46,000 (not yet met). CAGR_o = 38.710^(1/4) − 1
        // = 1.4944; CAGR_r = 102.679^(1/8) − 1 = 0.7842; R = 1.906.
        ("1-2-04", Substantial, Some(1.906)),
        // 3-1-08 歩行者: 2,555 already above the final target 1,190 → Target achieved (R = 19.4).
        ("3-1-08", TargetAchieved, Some(19.37)),
    ];
    for (id, category, ratio) in cases {
        let a = assess(&row(id));
        assert_eq!(a.category(), Some(category), "{id}");
        if let Some(expected) = ratio {
            assert!(
                close(a.ratio().unwrap(), expected, 0.005),
                "{id}: R = {:?}",
                a.ratio()
            );
        }
    }
}

#[test]
fn zero_children_waiting_is_target_achieved() {
    // 2-1-05 待機児童なし: 0人 against a target of 0人 (lower is better).
    let ind = row("2-1-05");
    assert_eq!(ind.values.actual_fy2023.parts[0].value, 0.0);
    let a = assess(&ind);
    assert_eq!(a.category(), Some(TargetAchieved));
    assert_eq!(
        a.ratio(),
        None,
        "R is undefined when the target equals the baseline"
    );
    assert!(a
        .cautions()
        .contains(&Caution::ZeroReplaced(Column::Baseline)));
}

#[test]
fn healthy_life_expectancy_says_what_can_honestly_be_said() {
    // 3-1-01: baseline ※変更前, FY2023 actual and final target ※変更後. Men 79.4 (new method,
    // 令和4年) equal the final target 79.4: Target achieved, with a caution. Women 83.7 of 84.0:
    // no growth rate across the change of method, so unable to assess; so is the row.
    let a = assess(&row("3-1-01"));
    assert_eq!(
        a.outcome,
        Outcome::UnableToAssess(Unassessable::MethodChanged)
    );
    let men = &a.parts[0];
    assert_eq!(men.label.as_deref(), Some("男性"));
    assert_eq!(men.outcome, Outcome::Assessed(TargetAchieved));
    assert_eq!(men.ratio_missing, Some(Unassessable::MethodChanged));
    assert!(men.cautions.contains(&Caution::MethodChanged));
    let women = &a.parts[1];
    assert_eq!(
        women.outcome,
        Outcome::UnableToAssess(Unassessable::MethodChanged)
    );
}

#[test]
fn two_part_rows_are_combined_by_the_methods_score() {
    // 2-2-03 英語: 小学校 88.7 → 87.1 toward 90.0: CAGR_o = 0.981962^(1/4) − 1 = −0.004541,
    // CAGR_r = 1.014656^(1/8) − 1 = 0.001820, R = −2.49; 中学校 82.8 → 72.2 toward 85.0: R = −10.25.
    // Both scores are −5 (floor), mean −5 → Deterioration.
    let a = assess(&row("2-2-03"));
    assert_eq!(a.parts.len(), 2);
    assert!(close(a.parts[0].ratio.unwrap(), -2.49, 0.01));
    assert_eq!(a.score, Some(-5.0));
    assert_eq!(a.category(), Some(Deterioration));
    // Synthetic: one part achieved (score 5), one at R = 0.7233 (score 7.1429 × 0.7233 −
    // 4.2857 = 0.88): mean 2.94 ≥ 2.5 → Substantial, not Target achieved (all must achieve).
    let mut ind = synthetic((100.0, 2019), (110.0, 2023), (130.0, 2027), "件");
    for (column, a, b) in [
        (Column::Baseline, 100.0, 100.0),
        (Column::ActualFy2022, 100.0, 100.0),
        (Column::ActualFy2023, 140.0, 110.0),
        (Column::TargetFinal, 130.0, 130.0),
    ] {
        let v = ind.values.get_mut(column);
        v.parts = vec![
            Part {
                label: Some("A".into()),
                value: a,
                unit: Some("件".into()),
            },
            Part {
                label: Some("B".into()),
                value: b,
                unit: Some("件".into()),
            },
        ];
    }
    let a = assess(&ind);
    assert!(
        close(
            a.score.unwrap(),
            (5.0 + 7.1429 * 0.72330 - 4.2857) / 2.0,
            0.01
        ),
        "{:?}",
        a.score
    );
    assert_eq!(a.category(), Some(Substantial));
}

#[test]
fn a_final_target_on_the_worse_side_is_flagged() {
    // 3-1-09 コミュニティバス: final target 29万人 below the baseline 294,758人 (more is better).
    let a = assess(&row("3-1-09"));
    assert_eq!(a.category(), Some(Deterioration));
    assert!(a.cautions().contains(&Caution::TargetOnWorseSide));
}

#[test]
fn every_row_gets_a_category_or_a_reason_and_a_csv_row_per_part() {
    let data = official_dataset().unwrap();
    let mut unable = Vec::new();
    for ind in &data.indicators {
        let a = assess(ind);
        if a.category().is_none() {
            unable.push(ind.id.clone());
        }
    }
    assert_eq!(unable, ["2-1-00", "2-1-01", "2-1-03", "3-1-01", "3-1-03"]);
    // The draft sheet's computed block: one record per part, R with its inputs.
    let sheet = table(&DraftSheet::build(&data, &data, None, None));
    let at = |header: &str| {
        sheet
            .columns
            .iter()
            .position(|c| c.header == header)
            .unwrap()
    };
    for ind in &data.indicators {
        let records = sheet
            .records
            .iter()
            .filter(|r| r[0] == TableCell::Text(ind.id.clone()))
            .count();
        assert_eq!(records, assess(ind).parts.len(), "{}", ind.id);
    }
    let record = sheet
        .records
        .iter()
        .find(|r| r[0] == TableCell::Text("1-1-08".into()))
        .unwrap();
    assert_eq!(record[at("進捗の評価")].text(), "大きく前進");
    assert!(record[at("R（これまでの伸び÷必要な伸び）")]
        .text()
        .starts_with("1.05"));
    assert_eq!(
        ["基準値の年", "最新の実績の年", "最終目標の年"].map(|h| record[at(h)].text()),
        ["2017年", "2021年", "2026年"]
    );
}

// ---- Years, notes, the city's status ----

#[test]
fn comparisons_of_different_years_say_so() {
    let data = official_dataset().unwrap();
    let differing: Vec<&str> = data
        .indicators
        .iter()
        .filter(|i| achievement_years(i).is_some_and(|y| y.differs()))
        .map(|i| i.id.as_str())
        .collect();
    // 1-1-07/08: 令和3年 actual against a 令和4年 target; 3-1-01: 令和4年 against 令和5年;
    // 3-1-03: FY2022 actual against the FY2023 target.
    assert_eq!(differing, ["1-1-07", "1-1-08", "3-1-01", "3-1-03"]);
    let years = achievement_years(&row("1-1-07")).unwrap();
    assert_eq!(
        year_mismatch(&years, Lang::Ja).unwrap(),
        "2021年（令和3年）の実績を2022年（令和4年）の目標と比べています（年が異なります）。"
    );
    assert_eq!(
        year_mismatch(&years, Lang::En).unwrap(),
        "Compares a 2021 figure with a 2022 target: the years differ."
    );
    assert_eq!(
        year_mismatch(&achievement_years(&row("1-1-00")).unwrap(), Lang::Ja),
        None
    );
    assert_eq!(
        year(
            Period {
                year: 2023,
                fiscal: true
            },
            Lang::Ja,
            YearStyle::Full
        ),
        "2023年度（令和5年度）"
    );
    assert_eq!(
        year(
            Period {
                year: 2023,
                fiscal: true
            },
            Lang::JaEasy,
            YearStyle::Full
        ),
        "2023{年度|ねんど}"
    );
}

#[test]
fn the_healthy_life_footnote_applies_to_3_1_01_only() {
    let data = official_dataset().unwrap();
    for ind in &data.indicators {
        let has = sheet_notes(ind, &data.notes).contains(&SheetNote::Footnote { index: 0 });
        assert_eq!(has, ind.id == "3-1-01", "{}", ind.id);
    }
    let text = sheet_note_text(&SheetNote::Footnote { index: 0 }, &data.notes, Lang::Ja);
    assert!(text.contains("２年遅れで公表"));
}

#[test]
fn ten_final_targets_are_easier_than_the_fy2023_targets() {
    let data = official_dataset().unwrap();
    let easier: Vec<(&str, Vec<Option<String>>)> = data
        .indicators
        .iter()
        .filter_map(|i| {
            sheet_notes(i, &data.notes)
                .into_iter()
                .find_map(|n| match n {
                    SheetNote::FinalTargetEasier { parts } => Some((i.id.as_str(), parts)),
                    _ => None,
                })
        })
        .collect();
    let ids: Vec<&str> = easier.iter().map(|(id, _)| *id).collect();
    assert_eq!(
        ids,
        [
            "1-1-02", "1-1-06", "1-2-00", "2-1-04", "2-1-08", "2-2-03", "3-1-04", "3-1-08",
            "3-1-09", "3-1-10"
        ]
    );
    // 2-2-03: only 小学校 (94.5% → 90.0%); 中学校 stays at 85.0%.
    assert_eq!(easier[5].1, [Some("小学校".to_string())]);
    let note = SheetNote::FinalTargetEasier {
        parts: easier[5].1.clone(),
    };
    // The sheet links no row's target to its revision, and "easier" would be a judgement.
    let ja = sheet_note_text(&note, &data.notes, Lang::Ja);
    assert!(
        ja.contains("低い水準") && ja.contains("理由は書かれていません"),
        "{ja}"
    );
    assert!(!ja.contains("改訂") && !ja.contains("易し"), "{ja}");
}

#[test]
fn out_of_date_and_replaced_targets_are_flagged() {
    let data = official_dataset().unwrap();
    let notes = |id: &str| sheet_notes(&row(id), &data.notes);
    // 1-2-04: 17,342 donations against an FY2023 target of 1,000 (17.3 times).
    let far = notes("1-2-04").into_iter().find_map(|n| match n {
        SheetNote::Fy2023TargetFarBelowActual { times, .. } => Some(times),
        _ => None,
    });
    assert!(close(far.unwrap(), 17.342, 0.001));
    let flagged: Vec<String> = data
        .indicators
        .iter()
        .filter(|i| {
            sheet_notes(i, &data.notes)
                .iter()
                .any(|n| n.key() == "fy2023_target_far_below_actual")
        })
        .map(|i| i.id.clone())
        .collect();
    // At least twice the target: 28/13, 144/61, 17,342/1,000, 2,555/1,270.
    assert_eq!(flagged, ["1-1-03", "1-1-09", "1-2-04", "3-1-08"]);
    assert!(notes("2-1-00").contains(&SheetNote::ReplacedInRevision));
    assert!(notes("2-1-01").contains(&SheetNote::ReplacedInRevision));
    assert!(notes("3-1-03").contains(&SheetNote::FinalTargetPending));
}

#[test]
fn the_citys_status_is_compared_neutrally() {
    let agreement_of = |id: &str| {
        let ind = row(id);
        agreement(ind.status, assess(&ind).outcome)
    };
    // 1-2-04 概ね順調, computed Substantial progress: the city is more cautious.
    assert_eq!(agreement_of("1-2-04"), Agreement::CityMoreNegative);
    // 3-1-07 遅れ (95% of the FY2023 target) while its pace since the baseline is enough.
    assert_eq!(agreement_of("3-1-07"), Agreement::CityMoreNegative);
    // 1-2-03 順調 (95.5%) while the pace since the baseline is limited.
    assert_eq!(agreement_of("1-2-03"), Agreement::CityMorePositive);
    assert_eq!(agreement_of("1-1-03"), Agreement::Agree);
    assert_eq!(agreement_of("2-1-00"), Agreement::NotComparable);
    let text = agreement_text(
        Agreement::CityMorePositive,
        Status::OnTrack,
        Outcome::Assessed(Limited),
        &Default::default(),
        Lang::Ja,
    );
    assert_eq!(text, "市の評価は「順調に進捗」、計算した評価は「前進わずか」で、市の評価の方が良くなっています。シートには、市の評価の基準は書かれていません。");
}

// ---- Words ----

#[test]
fn labels_are_the_methods_in_english_and_never_the_citys_words_in_japanese() {
    let english: Vec<&str> = ProgressCategory::ALL
        .iter()
        .map(|c| category_label(*c, Lang::En))
        .collect();
    assert_eq!(
        english,
        [
            "Target achieved",
            "Substantial progress",
            "Moderate progress",
            "Limited progress",
            "Deterioration"
        ]
    );
    for lang in [Lang::Ja, Lang::JaEasy] {
        for c in ProgressCategory::ALL {
            let label = category_label(c, lang);
            assert!(
                !label.contains("順調") && !label.contains("遅れ"),
                "{label}"
            );
        }
    }
    assert_eq!(
        outcome_label(Outcome::UnableToAssess(Unassessable::TooFewYears), Lang::En),
        "Unable to assess"
    );
    for lang in Lang::ALL {
        let text = how_computed(lang);
        assert!(text.contains("カナダ") || text.contains("Statistics Canada"));
        // Furigana marks are well formed: no stray braces once parsed (|CAGR_r| is a formula).
        let plain: String = ruby_segments(text)
            .into_iter()
            .map(|s| match s {
                isesaki_kpi::domain::i18n::Segment::Text(t) => t.to_string(),
                isesaki_kpi::domain::i18n::Segment::Ruby { base, .. } => base.to_string(),
            })
            .collect();
        assert!(!plain.contains('{') && !plain.contains('}'), "{plain}");
    }
}

#[test]
fn every_year_is_written_by_one_formatter_in_three_styles() {
    let fy = Period {
        year: 2023,
        fiscal: true,
    };
    let cy = Period {
        year: 2021,
        fiscal: false,
    };
    assert_eq!(year(cy, Lang::Ja, YearStyle::Full), "2021年（令和3年）");
    assert_eq!(year(fy, Lang::Ja, YearStyle::Short), "2023年度");
    assert_eq!(year(fy, Lang::En, YearStyle::Full), "FY2023");
    assert_eq!(year(cy, Lang::En, YearStyle::Short), "2021");
    assert_eq!(
        year(fy, Lang::En, YearStyle::Explained),
        "FY2023 (April 2023–March 2024)"
    );
    assert_eq!(
        year(fy, Lang::JaEasy, YearStyle::Explained),
        "2023{年度|ねんど}"
    );
}
