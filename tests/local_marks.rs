//! Figures edited on this device are marked wherever they are drawn: the trend chart gives
//! them a marker and a legend entry of their own, and says so in its title (which the PNG
//! carries) and its summary.

mod support;
use isesaki_kpi::domain::charts::option_json;
use isesaki_kpi::domain::charts::trend::{trend, trend_chart, with_local_edits, Role};
use isesaki_kpi::domain::edits::apply;
use isesaki_kpi::domain::edits::exchange::read_edits;
use isesaki_kpi::domain::i18n::Lang;
use isesaki_kpi::domain::{Column, Dataset, Indicator};
use serde_json::Value;
use support::official_dataset;

const NOW: &str = "2026-11-25T10:00:00.000Z";

/// The row `id` with `(field, value)` edits laid over it.
fn edited_row(id: &str, entries: &[(&str, &str)]) -> Indicator {
    let data: Dataset = official_dataset().unwrap();
    let entries: Vec<Value> = entries.iter().map(|(field, value)| serde_json::json!({ "kpi": id, "field": field, "value": value, "edited_at": NOW })).collect();
    let set = read_edits(
        &serde_json::json!({ "schema": 1, "edits": entries }).to_string(),
        &data,
        NOW,
    )
    .unwrap();
    apply(&data, &set)
        .indicators
        .into_iter()
        .find(|r| r.id == id)
        .unwrap()
}

fn local_series(option: &Value) -> Vec<&Value> {
    option["series"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["name"] == "この端末で編集した値")
        .collect()
}

#[test]
fn a_later_actual_gets_its_own_marker_legend_entry_and_title() {
    let row = edited_row("1-1-09", &[("actual_fy2024", "150人")]);
    let marked = with_local_edits(trend(&row, Lang::Ja), &row, &[], Lang::Ja);
    let local: Vec<_> = marked
        .series
        .iter()
        .filter(|s| s.role == Role::LocalEdit)
        .collect();
    assert_eq!(local.len(), 1);
    assert_eq!(
        local[0]
            .points
            .iter()
            .map(|p| p.period.year)
            .collect::<Vec<_>>(),
        [2024]
    );

    let spec = trend_chart(&row, &marked, Lang::Ja).unwrap();
    assert!(
        spec.title.ends_with("（この端末で編集した値を含む）"),
        "{}",
        spec.title
    );
    assert!(spec.summary.contains("□はこの端末で編集した値です（市の公表値ではありません）: 2024年度（令和6年度） 150人。"), "{}", spec.summary);
    let option: Value = serde_json::from_str(&option_json(&spec.option)).unwrap();
    let series = local_series(&option);
    assert_eq!(series.len(), 1);
    assert_eq!(series[0]["symbol"], "rect");
    assert_eq!(series[0]["data"].as_array().unwrap().len(), 1);
    // The legend names every series, the local one included.
    assert!(option["legend"].is_object());
}

#[test]
fn an_edited_column_is_marked_and_official_figures_are_not() {
    let row = edited_row("1-1-00", &[("actual_fy2023", "1,600件")]);
    let marked = with_local_edits(
        trend(&row, Lang::En),
        &row,
        &[Column::ActualFy2023],
        Lang::En,
    );
    let local = marked
        .series
        .iter()
        .find(|s| s.role == Role::LocalEdit)
        .unwrap();
    assert_eq!(local.points.len(), 1);
    assert_eq!(local.points[0].value, 1600.0);
    let spec = trend_chart(&row, &marked, Lang::En).unwrap();
    assert!(spec
        .title
        .ends_with("(includes values edited on this device)"));

    let official = edited_row("1-1-00", &[]);
    let plain = with_local_edits(trend(&official, Lang::Ja), &official, &[], Lang::Ja);
    assert!(plain.series.iter().all(|s| s.role != Role::LocalEdit));
    let spec = trend_chart(&official, &plain, Lang::Ja).unwrap();
    assert!(!spec.title.contains("この端末"));
    assert!(local_series(&serde_json::from_str(&option_json(&spec.option)).unwrap()).is_empty());
}

#[test]
fn each_part_of_a_two_part_later_actual_is_marked() {
    let row = edited_row("3-1-01", &[("actual_fy2024", "男性79.6歳 女性84.1歳")]);
    let marked = with_local_edits(trend(&row, Lang::Ja), &row, &[], Lang::Ja);
    let local = marked
        .series
        .iter()
        .find(|s| s.role == Role::LocalEdit)
        .unwrap();
    let figures: Vec<&str> = local.points.iter().map(|p| p.figure.as_str()).collect();
    assert_eq!(figures, ["男性 79.6歳", "女性 84.1歳"]);
}
