//! Chart options built natively: serialize to ECharts JSON and check what a user would see.

mod support;
use isesaki_kpi::domain::cells::format::format_number;
use isesaki_kpi::domain::charts::achievement::achievement_chart;
use isesaki_kpi::domain::charts::overview::overview_chart;
use isesaki_kpi::domain::charts::trend::{trend, trend_chart, Role};
use isesaki_kpi::domain::charts::{option_json, ChartSpec};
use isesaki_kpi::domain::i18n::Messages;
use isesaki_kpi::domain::i18n::Words;
use isesaki_kpi::domain::i18n::{plain, Lang};
use isesaki_kpi::domain::{Indicator, Status};
use serde_json::Value;
use support::official_dataset;

fn row(name: &str) -> Indicator {
    official_dataset()
        .unwrap()
        .indicators
        .into_iter()
        .find(|i| i.name == name)
        .unwrap()
}

fn json(spec: &ChartSpec) -> Value {
    serde_json::from_str(&option_json(&spec.option)).unwrap()
}

fn series_named<'a>(option: &'a Value, name: &str) -> &'a Value {
    option["series"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == name)
        .unwrap_or_else(|| panic!("no series {name}"))
}

fn xy(series: &Value) -> Vec<(f64, f64)> {
    series["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["value"][0].as_str().unwrap().parse().unwrap(),
                d["value"][1].as_f64().unwrap(),
            )
        })
        .collect()
}

#[test]
fn overview_stacks_kpi_counts_per_subgoal_in_status_order() {
    let data = official_dataset().unwrap();
    let overview = overview_chart(&data, Lang::Ja);
    let option = json(&overview.spec);
    let series = option["series"].as_array().unwrap();
    assert_eq!(series.len(), 3);
    for (s, status) in series.iter().zip(Status::ALL) {
        assert_eq!(s["name"], plain(Messages::of(Lang::Ja).status(status)));
        assert_eq!(s["stack"], "kpis");
    }
    assert_eq!(
        overview.subgoals,
        ["1-1", "1-2", "2-1", "2-2", "3-1", "3-2"]
    );
    // 1-2: KPIs on track 2, mostly 1, delayed 2.
    assert_eq!(series[0]["data"][1], 2);
    assert_eq!(series[1]["data"][1], 1);
    assert_eq!(series[2]["data"][1], 2);
    let delayed: i64 = series[2]["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_i64().unwrap())
        .sum();
    assert_eq!(
        delayed, 13,
        "16 delayed rows minus the 3 delayed numerical targets"
    );
    assert_eq!(overview.spec.table.rows.len(), 6);
    assert!(overview.spec.summary.contains("進捗の遅れ 13件"));
}

#[test]
fn achievement_bars_are_sorted_with_a_100_percent_line_and_map_to_ids() {
    let data = official_dataset().unwrap();
    let chart = achievement_chart(&data, Lang::Ja);
    let option = json(&chart.spec);
    let bars = option["series"][0]["data"].as_array().unwrap();
    let values: Vec<f64> = bars.iter().map(|b| b["value"].as_f64().unwrap()).collect();
    assert!(values.windows(2).all(|w| w[0] <= w[1]), "sorted ascending");
    assert_eq!(values.len(), chart.ids.len());
    assert_eq!(chart.ids[0], "2-2-02");
    assert_eq!(option["series"][0]["markLine"]["data"][0]["xAxis"], 100);
    // Lower is better: 刑法犯認知件数 is 1,450 / 1,869.
    let crime = chart.ids.iter().position(|id| id == "3-2-00").unwrap();
    assert!((values[crime] - 77.6).abs() < 0.05, "{}", values[crime]);
    // ふるさと納税 (17,342 of 1,000) is drawn to the 200% cap; its tooltip keeps the true figure.
    let furusato = chart.ids.iter().position(|id| id == "1-2-04").unwrap();
    assert_eq!(values[furusato], 200.0);
    assert!(bars[furusato]["name"].as_str().unwrap().contains("1,734%"));
    // Not computable: the 健康寿命 change of method. 待機児童なし is 0 against a target of 0: met.
    let left_out: Vec<&str> = chart.left_out.iter().map(|(id, _)| id.as_str()).collect();
    assert!(
        left_out.contains(&"3-1-01") && !left_out.contains(&"2-1-05"),
        "{left_out:?}"
    );
    let waiting = chart.ids.iter().position(|id| id == "2-1-05").unwrap();
    assert_eq!(values[waiting], 100.0);
    assert_eq!(values.len() + left_out.len(), 47);
    assert!(chart.spec.height >= 40 + 24 * values.len() as u32);
    let labels = option["yAxis"]["data"].as_array().unwrap();
    assert!(labels
        .iter()
        .all(|l| l.as_str().unwrap().chars().count() <= 12));
    assert_eq!(labels[0], "高等教育機関との連携に…");
}

#[test]
fn trend_places_actuals_at_their_reference_years() {
    let shipments = row("製造品出荷額等");
    let option = json(&chart_of(&shipments));
    assert_eq!(
        xy(series_named(&option, "実績")),
        [(2018.0, 11942.0), (2020.0, 10060.0), (2021.0, 11017.0)]
    );
    assert_eq!(
        xy(series_named(&option, "2023年度（令和5年度）目標")),
        [(2021.0, 12262.0)]
    );
    assert_eq!(xy(series_named(&option, "最終目標")), [(2026.0, 13500.0)]);
    // The projection is one dashed line from the latest actual at the pace since the
    // baseline (the label's pace), each year to the final target's year.
    let projection = series_named(&option, "基準値からのペースの見込み");
    assert_eq!(projection["lineStyle"]["type"], "dashed");
    let points = xy(projection);
    assert_eq!(points[0], (2021.0, 11017.0));
    assert_eq!(points.last().unwrap().0, 2026.0);
    assert_eq!(points.len(), 6);
    assert!(option["series"]
        .as_array()
        .unwrap()
        .iter()
        .all(|s| s["name"] != "直近のペースの見込み"));
    // Tooltips carry the year (西暦 with 和暦) and the unit.
    assert!(series_named(&option, "実績")["data"][0]["name"]
        .as_str()
        .unwrap()
        .contains("2018年（平成30年）: 11,942億円"));
    let years: Vec<&str> = option["xAxis"]["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|y| y.as_str().unwrap())
        .collect();
    assert_eq!(
        years,
        ["2018", "2019", "2020", "2021", "2022", "2023", "2024", "2025", "2026"]
    );
    // One line at the pace the label rests on (since the baseline, compounded):
    // 11,017 × (11,017 / 11,942)^(5/3) ≈ 9,632億円, said to three digits. The recent
    // recovery (+9.5% in a year) is context, never extrapolated.
    let t = trend(&shipments, Lang::Ja);
    assert_eq!(t.outlook, ["基準値からのペース（1年あたり-2.7%）のままでは、2026年（令和8年）に約9,630億円で、最終目標（13,500億円）に約3,870億円届きません。なお、直近の変化（2020年（令和2年）→2021年（令和3年））は増加で、このペースとは逆の向きのため、このペースが続くとは限りません。"]);
    assert_eq!(
        t.projection_ends,
        [(
            None,
            isesaki_kpi::domain::Period {
                year: 2026,
                fiscal: false
            },
            "約9,630億円".to_string()
        )]
    );
}

#[test]
fn a_figure_repeated_for_the_same_year_is_one_point() {
    // 製造業の事業所数: 187事業所（令和3年）in both actual columns.
    let t = trend(&row("製造業の事業所数"), Lang::Ja);
    let actual = t.series.iter().find(|s| s.role == Role::Actual).unwrap();
    assert_eq!(actual.points.len(), 2);
}

#[test]
fn multi_part_values_draw_one_series_per_part() {
    let option = json(&chart_of(&row(
        "英語の学習が楽しいと感じている児童・生徒の割合",
    )));
    assert_eq!(
        xy(series_named(&option, "小学校 実績")),
        [(2019.0, 88.7), (2022.0, 86.1), (2023.0, 87.1)]
    );
    assert_eq!(
        xy(series_named(&option, "中学校 実績")),
        [(2019.0, 85.0 - 2.2), (2022.0, 76.6), (2023.0, 72.2)]
    );
    assert_eq!(
        xy(series_named(&option, "中学校 最終目標")),
        [(2027.0, 85.0)]
    );
}

#[test]
fn no_line_joins_values_across_a_change_of_method() {
    let lifespan = row("健康寿命");
    let option = json(&chart_of(&lifespan));
    assert_eq!(
        xy(series_named(&option, "男性 実績（算出方法変更前）")),
        [(2019.0, 77.41), (2022.0, 77.67)]
    );
    assert_eq!(
        xy(series_named(&option, "男性 実績（算出方法変更後）")),
        [(2022.0, 79.4)]
    );
    // The final target is on the new method, for which there is only one year: no projection.
    let t = trend(&lifespan, Lang::Ja);
    assert!(t.series.iter().all(|s| s.role != Role::Projection));
    assert_eq!(t.outlook.len(), 2);
    assert!(
        t.outlook[0].starts_with(
            "男性: 2022年（令和4年）以降に新しい算出方法で公表された実績はどれも最終目標（79.4歳）以上です"
        ),
        "{:?}",
        t.outlook
    );
    assert!(
        t.outlook[1].starts_with("女性: 算出方法が変わった"),
        "{:?}",
        t.outlook
    );
}

#[test]
fn text_cells_are_shown_as_printed_and_words_meaning_none_draw_as_zero() {
    // 待機児童なし is 0人 in every column: drawn at zero, and the words are still shown.
    let option = json(&chart_of(&row("保育施設待機児童数")));
    assert_eq!(
        xy(series_named(&option, "実績")),
        [(2019.0, 0.0), (2022.0, 0.0), (2023.0, 0.0)]
    );
    let t = trend(&row("保育施設待機児童数"), Lang::Ja);
    assert_eq!(t.text_cells.len(), 5);
    assert_eq!(t.text_cells[0].1, "待機児童なし");
    // 出生数: the final-target cell is a revision note; actuals still draw, no projection.
    let births = row("出生数");
    let t = trend(&births, Lang::Ja);
    assert!(t
        .text_cells
        .iter()
        .any(|(_, text)| text.contains("年少人口")));
    assert!(t.series.iter().all(|s| s.role != Role::Projection));
    let option = json(&chart_of(&births));
    assert!(option["series"]
        .as_array()
        .unwrap()
        .iter()
        .all(|s| s["name"] != "最終目標"));
}

#[test]
fn units_are_scaled_so_targets_and_actuals_compare() {
    // コミュニティバス: 266,189人 actual, 34万人 target.
    let option = json(&chart_of(&row("コミュニティバス利用者数")));
    assert_eq!(
        xy(series_named(&option, "2023年度（令和5年度）目標")),
        [(2023.0, 340_000.0)]
    );
    assert_eq!(option["yAxis"]["name"], "人");
}

#[test]
fn lower_is_better_outlooks_read_the_right_way() {
    // 交通事故発生件数: 1,465 (2019) → 1,185 (2023), target 1,050 by 2027: falling 5.2% a
    // year since the baseline, it reaches the target in 2026; the line stops there, at it.
    let t = trend(&row("交通事故発生件数"), Lang::Ja);
    assert_eq!(t.outlook, ["基準値からのペース（1年あたり-5.2%）が続けば、2026年（令和8年）ごろに最終目標（1,050件）に届きます。なお、直近の変化（2022年（令和4年）→2023年（令和5年））は増加で、このペースとは逆の向きのため、このペースが続くとは限りません。"]);
    let line = t
        .series
        .iter()
        .find(|s| s.role == Role::Projection)
        .unwrap();
    assert_eq!(
        line.points.last().map(|p| (p.period.year, p.value)),
        Some((2026, 1050.0))
    );
    // 刑法犯認知件数 rises: the projection is above the target, said so.
    let crime = trend(&row("刑法犯認知件数"), Lang::En);
    assert!(
        crime.outlook[0].contains("above the final target (1,318"),
        "{:?}",
        crime.outlook
    );
    // 新規就農者数 (21 → 127 → 144, target 157): +62% a year would pass twice the largest
    // figure by FY2027, so only that the pace is far ahead is said, and nothing is drawn.
    let farmers = trend(&row("新規就農者数"), Lang::Ja);
    assert!(
        farmers.outlook[0].contains("2倍を超えるため、届く年や値は示しません")
            && !farmers.outlook[0].contains("ごろ"),
        "{:?}",
        farmers.outlook
    );
    assert!(farmers.series.iter().all(|s| s.role != Role::Projection));
}

#[test]
fn every_indicator_gets_a_chart_or_a_reason() {
    let data = official_dataset().unwrap();
    for indicator in &data.indicators {
        match try_chart_of(indicator) {
            Some(chart) => {
                assert!(!chart.summary.is_empty(), "{}", indicator.id);
                assert!(chart.table.rows.len() >= 5, "{}", indicator.id);
                let text = option_json(&chart.option);
                assert!(!text.contains("function"), "no JS functions under the CSP");
            }
            None => assert!(
                trend(indicator, Lang::Ja).text_cells.len() >= 3,
                "{}",
                indicator.id
            ),
        }
    }
}

#[test]
fn numbers_are_formatted_for_reading() {
    assert_eq!(format_number(1563.0), "1,563");
    assert_eq!(format_number(294758.0), "294,758");
    assert_eq!(format_number(80.5), "80.5");
    assert_eq!(format_number(77.41), "77.41");
    assert_eq!(format_number(-1234.5), "-1,234.5");
    assert_eq!(format_number(0.0), "0");
}

fn try_chart_of(indicator: &Indicator) -> Option<ChartSpec> {
    trend_chart(indicator, &trend(indicator, Lang::Ja), Lang::Ja)
}

fn chart_of(indicator: &Indicator) -> ChartSpec {
    try_chart_of(indicator).unwrap()
}

#[test]
fn achievement_axis_labels_leave_room_on_a_small_phone() {
    let data = official_dataset().unwrap();
    let option = json(&achievement_chart(&data, Lang::Ja).spec);
    let axis = &option["xAxis"];
    let axis = if axis.is_array() { &axis[0] } else { axis };
    // 0% / 100% / 200%: three labels fit 200 px of plot; five (every 50%) ran together.
    let (max, interval) = (
        axis["max"].as_f64().unwrap(),
        axis["interval"].as_f64().unwrap(),
    );
    assert!(
        max / interval + 1.0 <= 3.0,
        "{} labels",
        max / interval + 1.0
    );
}
