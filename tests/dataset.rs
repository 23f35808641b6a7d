//! The embedded sheet is a public record: these tests pin its shape and check that every
//! figure agrees with the text printed in the city's PDF.

use std::collections::{BTreeMap, HashSet};

mod support;
use isesaki_kpi::domain::cells::parse::parse_value;
use isesaki_kpi::domain::{Column, Kind, Period, Status};
use support::{official_dataset, DATASET_JSON};

#[test]
fn rows_per_subgoal_follow_the_sheet() {
    let data = official_dataset().unwrap();
    let mut per_subgoal: BTreeMap<&str, usize> = BTreeMap::new();
    for row in &data.indicators {
        *per_subgoal.entry(row.subgoal.as_str()).or_default() += 1;
    }
    let counts: Vec<_> = per_subgoal.into_iter().collect();
    assert_eq!(
        counts,
        [
            ("1-1", 11),
            ("1-2", 6),
            ("2-1", 9),
            ("2-2", 4),
            ("3-1", 11),
            ("3-2", 6)
        ]
    );
    assert_eq!(data.indicators.len(), 47);
}

#[test]
fn sixteen_rows_are_delayed_and_only_they_give_a_reason() {
    let data = official_dataset().unwrap();
    let delayed: Vec<_> = data
        .indicators
        .iter()
        .filter(|i| i.status == Status::Delayed)
        .collect();
    assert_eq!(delayed.len(), 16);
    for row in &data.indicators {
        assert_eq!(
            row.delay_reason.is_some(),
            row.status == Status::Delayed,
            "{}",
            row.id
        );
    }
}

#[test]
fn one_numerical_target_per_subgoal_then_kpis_by_measure() {
    let data = official_dataset().unwrap();
    let subgoals: Vec<_> = data.goals.iter().flat_map(|g| &g.subgoals).collect();
    assert_eq!(data.goals.len(), 3);
    assert_eq!(subgoals.len(), 6);
    // The PDF prints 17 measures (4+3+2+2+4+2), one more than the strategy's summary says.
    let measures: Vec<_> = subgoals.iter().map(|s| s.measures.len()).collect();
    assert_eq!(measures, [4, 3, 2, 2, 4, 2]);
    for subgoal in subgoals {
        let rows: Vec<_> = data
            .indicators
            .iter()
            .filter(|i| i.subgoal == subgoal.id)
            .collect();
        assert_eq!(rows[0].kind, Kind::NumericalTarget);
        assert_eq!(rows[0].measure, None);
        assert_eq!(rows[0].id, format!("{}-00", subgoal.id));
        let mut last_measure = 0;
        for (n, kpi) in rows[1..].iter().enumerate() {
            assert_eq!(kpi.kind, Kind::Kpi);
            assert_eq!(kpi.id, format!("{}-{:02}", subgoal.id, n + 1));
            let measure = kpi.measure.expect("every KPI has a measure");
            assert!(measure >= last_measure, "{} measures in order", kpi.id);
            assert!(
                subgoal.measures.iter().any(|m| m.no == measure),
                "{}",
                kpi.id
            );
            last_measure = measure;
        }
        // Every measure has at least one KPI.
        for m in &subgoal.measures {
            assert!(
                rows.iter().any(|r| r.measure == Some(m.no)),
                "{} measure {}",
                subgoal.id,
                m.no
            );
        }
    }
}

#[test]
fn ids_are_unique() {
    let data = official_dataset().unwrap();
    let ids: HashSet<_> = data.indicators.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(ids.len(), data.indicators.len());
}

#[test]
fn every_value_agrees_with_its_printed_text() {
    let data = official_dataset().unwrap();
    for row in &data.indicators {
        for column in Column::ALL {
            let stored = row.values.get(column);
            let reread = parse_value(&stored.raw, column);
            assert_eq!(&reread, stored, "{} {}", row.id, column.key());
        }
    }
}

#[test]
fn figures_with_year_notes_keep_their_reference_year() {
    let data = official_dataset().unwrap();
    let shipments = data
        .indicators
        .iter()
        .find(|i| i.name == "製造品出荷額等")
        .unwrap();
    let years: Vec<_> = Column::ALL
        .iter()
        .map(|c| shipments.values.get(*c).period.unwrap())
        .collect();
    let calendar = |year| Period {
        year,
        fiscal: false,
    };
    assert_eq!(
        years,
        [
            calendar(2018),
            calendar(2020),
            calendar(2021),
            calendar(2021),
            calendar(2026)
        ]
    );
    assert_eq!(shipments.values.baseline.parts[0].value, 11942.0);
    assert_eq!(
        shipments.values.baseline.parts[0].unit.as_deref(),
        Some("億円")
    );
}

#[test]
fn words_meaning_none_are_zero_and_other_text_cells_have_no_figures() {
    let data = official_dataset().unwrap();
    let waiting = data
        .indicators
        .iter()
        .find(|i| i.name == "保育施設待機児童数")
        .unwrap();
    assert!(!waiting.higher_is_better);
    for column in Column::ALL {
        let value = waiting.values.get(column);
        assert_eq!(value.raw, "待機児童なし");
        assert_eq!(value.parts.len(), 1);
        assert_eq!(
            (value.parts[0].value, value.parts[0].unit.as_deref()),
            (0.0, Some("人"))
        );
        assert_eq!(
            value.period,
            Some(Period {
                year: column.default_fiscal_year(),
                fiscal: true
            })
        );
    }
    let centre = data.indicators.iter().find(|i| i.id == "2-1-03").unwrap();
    assert!(centre.values.baseline.parts.is_empty() && centre.values.baseline.period.is_none());
}

#[test]
fn json_round_trips_through_the_model_without_loss() {
    let data = official_dataset().unwrap();
    let original: serde_json::Value = serde_json::from_str(DATASET_JSON).unwrap();
    // The embedded copy is the public file, only minified.
    let public: serde_json::Value =
        serde_json::from_str(include_str!("../data/editions/fy2023.json")).unwrap();
    assert_eq!(original, public);
    let again = serde_json::to_value(&data).unwrap();
    assert_eq!(again, original);
}

#[test]
fn texts_are_present_for_every_row() {
    let data = official_dataset().unwrap();
    for row in &data.indicators {
        for (what, text) in [
            ("name_en", &row.name_en),
            ("name_easy", &row.name_easy),
            ("department", &row.department),
            ("department_en", &row.department_en),
            ("initiatives", &row.initiatives),
            ("challenges", &row.challenges),
            ("plans", &row.plans),
        ] {
            assert!(!text.trim().is_empty(), "{} {what}", row.id);
        }
    }
}
