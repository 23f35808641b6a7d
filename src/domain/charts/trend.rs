//! One indicator over time: actuals at the years they refer to (not their column's year),
//! the FY2023 and final targets as markers, and a projection band to the final year (two
//! dashed edges, the recent pace and the pace since the baseline, see `domain::pace`, with
//! the area between them filled) and a plain verdict. Never joins figures across a change
//! of method. In English, figures use the row's English unit noun.

use charming::component::{Axis, Grid, Legend};
use charming::datatype::{CompositeValue, DataPoint, DataPointItem};
use charming::element::{AreaStyle, AxisType, LineStyle, LineStyleType, Symbol, Tooltip, Trigger};
use charming::series::Line;
use charming::Chart;

use super::{palette, ChartSpec, DataTable};
use crate::domain::achievement::method_of;
use crate::domain::format::format_number;
use crate::domain::i18n::Lang;
use crate::domain::pace::{part_paces, PaceKind};
use crate::domain::i18n::progress_words::{band_edge_name, difference_text, no_band_reason, verdict_mixed};
use crate::domain::shown::{amount, axis_unit, canvas_text, cell, html_text, name, part_label};
use crate::domain::{Column, Indicator, Part, Period, UnitEn};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Actual,
    TargetFy2023,
    TargetFinal,
    Projection,
    /// Figures edited or added on this device, marked again over their own points.
    LocalEdit,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TrendPoint {
    pub period: Period,
    /// In the part's base unit (万人 → 人), so all points of a series compare.
    pub value: f64,
    pub column: Column,
    /// How the figure reads in the chart's language, e.g. 「77.41歳」, "77.41 years"
    /// (the part's label is on the series).
    pub figure: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TrendSeries {
    pub name: String,
    pub role: Role,
    pub part: Option<String>,
    pub points: Vec<TrendPoint>,
}

/// Where the projection band leads by the final year: `projected` is its less favourable
/// end, `projected_best` its more favourable one.
#[derive(Debug, Clone, PartialEq)]
pub struct Verdict {
    pub part: Option<String>,
    pub final_period: Period,
    pub projected: f64,
    pub projected_best: f64,
    /// The paces that give the two ends (the same one when only one pace is known).
    pub worse_pace: PaceKind,
    pub best_pace: PaceKind,
    pub target: f64,
    pub unit: Option<String>,
    /// The row's English unit noun, for English figures.
    pub unit_en: UnitEn,
    /// Reached even at the less favourable pace.
    pub reached: bool,
    /// Reached at the more favourable pace.
    pub reached_best: bool,
}

impl Verdict {
    pub fn sentence(&self, lang: Lang) -> String {
        let w = lang.chart_words();
        let who = self.part.as_ref().map_or(String::new(), |p| format!("{}: ", part_label(p, lang)));
        let figure = |v: f64| amount(v, self.unit.as_deref(), &self.unit_en, lang);
        let target = figure(self.target);
        let sentence = if self.reached {
            (w.reached)(&who, &target)
        } else if self.reached_best {
            verdict_mixed(&who, &(w.period)(self.final_period), (self.best_pace, &figure(self.projected_best)), (self.worse_pace, &figure(self.projected)), &target, lang)
        } else {
            let gap = (self.projected_best - self.target).abs();
            // Percentages differ by points; anything else by an amount of its unit.
            let gap = if self.unit.as_deref() == Some("%") { difference_text(gap, Some("%"), lang) } else { figure(gap) };
            (w.missed)(&who, &(w.period)(self.final_period), &self.projected_text(lang), &target, &gap)
        };
        html_text(&sentence, lang)
    }

    /// The band's ends at the final year, lower first.
    pub fn range(&self) -> (f64, f64) {
        (self.projected.min(self.projected_best), self.projected.max(self.projected_best))
    }

    /// 「1,234人」 or 「1,000〜2,000人」; "1,000–2,000 visits" in English.
    pub fn projected_text(&self, lang: Lang) -> String {
        let figure = |v: f64| amount(v, self.unit.as_deref(), &self.unit_en, lang);
        match self.range() {
            (low, high) if low == high => figure(low),
            // Words both ends share are said once: "2.01–2.58 million visits".
            (low, high) if lang == Lang::En => {
                let (low, high) = (figure(low), figure(high));
                let shared = low.find(' ').map(|space| &low[space..]).filter(|words| high.ends_with(words));
                match shared {
                    Some(words) => format!("{}–{high}", &low[..low.len() - words.len()]),
                    None => format!("{low}–{high}"),
                }
            }
            (low, high) if lang == Lang::JaEasy => format!("{}〜{}", figure(low), figure(high)),
            (low, high) => format!("{}〜{}{}", format_number(low), format_number(high), self.unit.as_deref().unwrap_or("")),
        }
    }
}

/// The area between a part's two projection edges, year by year, from the same rounded
/// figures as the edges.
#[derive(Debug, Clone, PartialEq)]
pub struct BandFill {
    pub part: Option<String>,
    /// (year, lower edge, upper edge).
    pub points: Vec<(Period, f64, f64)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Trend {
    pub series: Vec<TrendSeries>,
    pub bands: Vec<BandFill>,
    pub verdicts: Vec<Verdict>,
    /// Why there is no projection, when there is none.
    pub no_projection: Option<&'static str>,
    /// Cells with no figure, shown as text instead of being drawn.
    pub text_cells: Vec<(Column, String)>,
    pub unit: Option<String>,
}

const ACTUAL_COLUMNS: [Column; 3] = [Column::Baseline, Column::ActualFy2022, Column::ActualFy2023];

pub fn trend(indicator: &Indicator, lang: Lang) -> Trend {
    let w = lang.chart_words();
    let values = &indicator.values;
    let text_cells: Vec<(Column, String)> = Column::ALL
        .into_iter()
        // Words read as a zero (待機児童なし) are drawn as 0 and still shown as printed.
        .filter(|c| {
            let v = values.get(*c);
            !v.raw.trim().is_empty() && (v.parts.is_empty() || !v.raw.chars().any(|ch| ch.is_numeric()))
        })
        .map(|c| (c, values.get(c).raw.clone()))
        .collect();
    let part_labels: Vec<Option<String>> = Column::ALL
        .iter()
        .map(|c| &values.get(*c).parts)
        .max_by_key(|p| p.len())
        .map(|parts| parts.iter().map(|p| p.label.clone()).collect())
        .unwrap_or_default();
    let has_method_change = Column::ALL.iter().any(|c| method_of(values.get(*c)).is_some());
    let unit = Column::ALL
        .iter()
        .flat_map(|c| values.get(*c).parts.first())
        .find_map(|p| p.base_unit().map(str::to_string));

    let mut series = Vec::new();
    let mut bands = Vec::new();
    let mut verdicts = Vec::new();
    let mut no_projection = None;
    for label in &part_labels {
        let prefix = label.as_ref().map_or(String::new(), |l| (lang.reader_words().part_prefix)(&part_label(l, lang)));
        // Actuals, one series per method so no line crosses a change of method.
        let mut actual_groups: Vec<(Option<&'static str>, Vec<TrendPoint>)> = Vec::new();
        // The sheet's actuals, then any added on this device for FY2024 onwards.
        let cells = ACTUAL_COLUMNS
            .into_iter()
            .map(|c| (c, values.get(c)))
            .chain(indicator.later_actuals.values().map(|v| (Column::ActualFy2023, v)));
        for (column, cell) in cells {
            let Some(point) = point_in(indicator, cell, column, label, lang) else { continue };
            let method = method_of(cell);
            let group = match actual_groups.iter_mut().find(|(m, _)| *m == method) {
                Some(group) => group,
                None => {
                    actual_groups.push((method, Vec::new()));
                    actual_groups.last_mut().expect("just pushed")
                }
            };
            // The same figure printed again for the same year (e.g. 187事業所（令和3年）twice) is one point.
            if !group.1.iter().any(|p| p.period == point.period && p.value == point.value) {
                group.1.push(point);
            }
        }
        for (method, mut points) in actual_groups.clone() {
            points.sort_by_key(|p| p.period.year);
            let suffix = match (has_method_change, method) {
                (true, Some("before")) => w.before_change,
                (true, Some("after")) => w.after_change,
                _ => "",
            };
            series.push(TrendSeries { name: format!("{prefix}{}{suffix}", w.actual), role: Role::Actual, part: label.clone(), points });
        }
        for (column, role, name) in [
            (Column::TargetFy2023, Role::TargetFy2023, w.target_fy2023),
            (Column::TargetFinal, Role::TargetFinal, w.target_final),
        ] {
            if let Some(point) = point_in(indicator, values.get(column), column, label, lang) {
                series.push(TrendSeries { name: format!("{prefix}{name}"), role, part: label.clone(), points: vec![point] });
            }
        }
        // Projection: a band between the recent pace and the pace since the baseline, from
        // the latest actual to the final target's year, within physical limits (`pace`).
        let Some(like) = Column::ALL.iter().flat_map(|c| values.get(*c).parts.iter()).find(|p| &p.label == label) else { continue };
        let paces = part_paces(indicator, like);
        let (Ok(_), Some((start, start_value)), Some((target_period, target_value))) = (&paces.band, paces.latest, paces.target) else {
            if let Err(reason) = &paces.band {
                no_projection = Some(no_band_reason(*reason, lang));
            }
            continue;
        };
        let mut edges = vec![(PaceKind::Recent, paces.recent), (PaceKind::SinceBaseline, paces.since_baseline)];
        // Recent and since-baseline are the same line when there are only two years of actuals.
        if paces.recent.map(|p| p.from) == paces.since_baseline.map(|p| p.from) {
            edges.remove(0);
        }
        let mut ends: Vec<(PaceKind, f64)> = Vec::new();
        let mut edge_points: Vec<Vec<TrendPoint>> = Vec::new();
        for (kind, pace) in edges {
            let Some(pace) = pace else { continue };
            ends.push((kind, round_like_the_sheet(pace.project(start_value, f64::from(target_period.year - start.year), paces.scale, paces.unit.as_deref()))));
            let points: Vec<TrendPoint> = (start.year..=target_period.year)
                .map(|year| {
                    let value = round_like_the_sheet(pace.project(start_value, f64::from(year - start.year), paces.scale, paces.unit.as_deref()));
                    let figure = format!("{} {}", w.projected, amount(value, paces.unit.as_deref(), &indicator.unit_en, lang));
                    TrendPoint { period: Period { year, fiscal: start.fiscal }, value, column: Column::TargetFinal, figure }
                })
                .collect();
            edge_points.push(points.clone());
            series.push(TrendSeries { name: format!("{prefix}{}", band_edge_name(kind, lang)), role: Role::Projection, part: label.clone(), points });
        }
        if let [a, b] = edge_points.as_slice() {
            let points = a.iter().zip(b).map(|(p, q)| (p.period, p.value.min(q.value), p.value.max(q.value))).collect();
            bands.push(BandFill { part: label.clone(), points });
        }
        let meets = |v: f64| if indicator.higher_is_better { v >= target_value } else { v <= target_value };
        // The less favourable end first.
        ends.sort_by(|a, b| {
            let order = a.1.partial_cmp(&b.1).unwrap_or(std::cmp::Ordering::Equal);
            if indicator.higher_is_better { order } else { order.reverse() }
        });
        let (Some(worse), Some(better)) = (ends.first().copied(), ends.last().copied()) else { continue };
        verdicts.push(Verdict {
            part: label.clone(),
            final_period: target_period,
            projected: worse.1,
            projected_best: better.1,
            worse_pace: worse.0,
            best_pace: better.0,
            target: target_value,
            unit: unit.clone(),
            unit_en: indicator.unit_en.clone(),
            reached: meets(worse.1),
            reached_best: meets(better.1),
        });
    }
    Trend { series, bands, verdicts, no_projection, text_cells, unit }
}

/// Large counts read as whole numbers, rates and ages with one decimal.
fn round_like_the_sheet(value: f64) -> f64 {
    if value.abs() >= 100.0 {
        value.round()
    } else {
        (value * 10.0).round() / 10.0
    }
}

fn point_in(indicator: &Indicator, value: &crate::domain::Value, column: Column, label: &Option<String>, lang: Lang) -> Option<TrendPoint> {
    let part: &Part = value.parts.iter().find(|p| &p.label == label)?;
    let period = value.period?;
    Some(TrendPoint {
        period,
        value: part.base_value(),
        column,
        figure: amount(part.value, part.unit.as_deref(), &indicator.unit_en, lang),
    })
}

/// The chart of an indicator's [`trend`]; `None` when it has no figure to draw (all text).
pub fn trend_chart(indicator: &Indicator, trend: &Trend, lang: Lang) -> Option<ChartSpec> {
    let w = lang.chart_words();
    if !trend.series.iter().any(|s| s.role == Role::Actual && !s.points.is_empty()) {
        return None;
    }
    let years: Vec<u16> = trend.series.iter().flat_map(|s| s.points.iter().map(|p| p.period.year)).collect();
    // A category axis of every year in range: labels read "2021", not "2,021".
    let (min, max) = (years.iter().min().copied()?, years.iter().max().copied()?);
    let year_labels: Vec<String> = (min..=max).map(|y| y.to_string()).collect();
    let colours = palette();
    let band_name = |band: &BandFill| {
        canvas_text(&format!("{}{}", band.part.as_ref().map_or(String::new(), |l| format!("{} ", part_label(l, lang))), lang.progress_ui_words().band), lang)
    };
    // The legend names what a reader can see: every series and each filled band, not the
    // invisible lower edge the band is stacked on.
    let legend_names: Vec<String> = trend.series.iter().map(|s| canvas_text(&s.name, lang)).collect();
    let legend: Vec<String> = legend_names.iter().cloned().chain(trend.bands.iter().map(band_name)).collect();
    let legend_room = 16 + 26 * legend_rows(&legend);
    let year_axis = canvas_text(w.year_axis, lang);
    let part_index = |part: &Option<String>| trend.series.iter().filter(|s| s.role == Role::Actual).position(|s| &s.part == part).unwrap_or(0);

    let mut chart = Chart::new()
        .color(colours.clone())
        .tooltip(Tooltip::new().trigger(Trigger::Item).formatter("{a}<br/>{b}"))
        // The legend sits under the plot and gets its own rows, so it never covers data.
        .legend(Legend::new().bottom(0).data(legend))
        // Room on the right for the year axis's name, which sits at the axis's end.
        .grid(Grid::new().left(8).right(16 + 8 * year_axis.chars().count() as i64).top(32).bottom(i64::from(legend_room)).contain_label(true))
        .x_axis(Axis::new().type_(AxisType::Category).data(year_labels).name(year_axis))
        .y_axis(Axis::new().type_(AxisType::Value).scale(true).name(axis_unit(trend.unit.as_deref(), &indicator.unit_en, lang)));
    for (index, s) in trend.series.iter().enumerate() {
        let data: Vec<DataPoint> = s
            .points
            .iter()
            .map(|p| {
                DataPointItem::new(vec![CompositeValue::from(p.period.year.to_string()), CompositeValue::from(p.value)])
                    .name(canvas_text(
                        &format!(
                            "{}: {}{}",
                            (w.period_long)(p.period),
                            s.part.as_ref().map_or(String::new(), |l| format!("{} ", part_label(l, lang))),
                            p.figure
                        ),
                        lang,
                    ))
                    .into()
            })
            .collect();
        let colour = colours[(part_index(&s.part) + if s.role == Role::Actual { index_in_actuals(trend, index) } else { 0 }) % colours.len()].clone();
        let line = Line::new().name(legend_names[index].clone()).data(data).item_style(charming::element::ItemStyle::new().color(colour.clone()));
        let line = match s.role {
            Role::Actual => line.symbol(Symbol::Circle).symbol_size(9).line_style(LineStyle::new().width(3).color(colour)),
            Role::TargetFy2023 => line.symbol(Symbol::Diamond).symbol_size(14),
            Role::TargetFinal => line.symbol(Symbol::Triangle).symbol_size(14),
            Role::Projection => line
                .symbol(Symbol::None)
                .line_style(LineStyle::new().type_(LineStyleType::Dashed).width(2).color(colour)),
            // A hollow square around each point, no line: the figure stays readable.
            Role::LocalEdit => line
                .symbol(Symbol::Rect)
                .symbol_size(17)
                .item_style(charming::element::ItemStyle::new().color("rgba(0,0,0,0)").border_color(LOCAL_COLOUR).border_width(2.5))
                .line_style(LineStyle::new().opacity(0)),
        };
        chart = chart.series(line);
    }
    for (index, band) in trend.bands.iter().enumerate() {
        let colour = colours[part_index(&band.part) % colours.len()].clone();
        let stack = format!("band-{index}");
        let xy = |year: u16, value: f64| -> DataPoint { DataPointItem::new(vec![CompositeValue::from(year.to_string()), CompositeValue::from(value)]).into() };
        let hidden = LineStyle::new().opacity(0.0);
        // ECharts fills between stacked lines: an invisible lower edge, then the width on top.
        chart = chart
            .series(
                Line::new()
                    .name(format!("{}-low", band_name(band)))
                    .stack(stack.clone())
                    .symbol(Symbol::None)
                    .silent(true)
                    .line_style(hidden.clone())
                    .data(band.points.iter().map(|(p, low, _)| xy(p.year, *low)).collect::<Vec<_>>()),
            )
            .series(
                Line::new()
                    .name(band_name(band))
                    .stack(stack)
                    .symbol(Symbol::None)
                    .silent(true)
                    .line_style(hidden)
                    .item_style(charming::element::ItemStyle::new().color(colour.clone()))
                    .area_style(AreaStyle::new().color(colour).opacity(0.18))
                    .data(band.points.iter().map(|(p, low, high)| xy(p.year, high - low)).collect::<Vec<_>>()),
            );
    }
    let m = lang.messages();
    let mut title = format!("{}: {}", name(indicator, lang), m.trend_title);
    if trend.series.iter().any(|s| s.role == Role::LocalEdit) {
        title.push_str(lang.sheet_words().chart_title_local);
    }
    // The plot, plus room for the legend under it.
    let height = 280 + legend_room;
    Some(ChartSpec::new(title, chart, trend_summary(trend, lang), trend_table(indicator, trend, lang), height))
}

/// How many rows the legend takes on a phone (about 320 px of canvas): names are packed
/// into rows as ECharts does, wide (Japanese) characters counting twice.
fn legend_rows(names: &[String]) -> u32 {
    const ROW: f64 = 320.0;
    let width = |name: &String| 40.0 + name.chars().map(|c| if c.is_ascii() { 6.5 } else { 12.0 }).sum::<f64>();
    let mut rows = 0;
    let mut used = ROW;
    for name in names {
        let item = width(name).min(ROW);
        if used + item > ROW {
            rows += 1;
            used = 0.0;
        }
        used += item;
    }
    rows.max(1)
}

/// Different methods of the same part get different colours.
fn index_in_actuals(trend: &Trend, index: usize) -> usize {
    let part = &trend.series[index].part;
    trend.series[..index].iter().filter(|s| s.role == Role::Actual && &s.part == part).count()
}

fn trend_table(indicator: &Indicator, trend: &Trend, lang: Lang) -> DataTable {
    let w = lang.chart_words();
    let m = lang.messages();
    let rows = Column::ALL
        .into_iter()
        .map(|c| {
            let value = indicator.values.get(c);
            vec![m.column(c).to_string(), value.period.map_or("—".into(), w.period_long), cell(indicator, value, Some(c), lang).text]
        })
        .chain(trend.verdicts.iter().map(|v| {
            vec![
                format!("{}{}", v.part.as_ref().map_or(String::new(), |p| format!("{} ", part_label(p, lang))), w.outlook_row),
                (w.period_long)(v.final_period),
                v.projected_text(lang),
            ]
        }))
        .collect();
    DataTable {
        caption: (w.trend_caption)(&name(indicator, lang)),
        headers: w.trend_headers.map(String::from).to_vec(),
        rows,
    }
}

fn trend_summary(trend: &Trend, lang: Lang) -> String {
    let w = lang.chart_words();
    let mut sentences: Vec<String> = trend
        .series
        .iter()
        .filter(|s| s.role == Role::Actual)
        .map(|s| {
            let steps: Vec<String> = s.points.iter().map(|p| format!("{} {}", (w.period)(p.period), p.figure)).collect();
            format!("{}: {}. ", s.name, steps.join(" → ")).replace(". ", if lang == Lang::En { ". " } else { "。" })
        })
        .collect();
    sentences.extend(trend.series.iter().filter(|s| s.role == Role::LocalEdit).map(|s| {
        let points: Vec<String> = s.points.iter().map(|p| format!("{} {}", (w.period)(p.period), p.figure)).collect();
        (lang.sheet_words().chart_local_summary)(&points.join(if lang == Lang::En { ", " } else { "、" }))
    }));
    sentences.extend(trend.verdicts.iter().map(|v| v.sentence(lang)));
    if let Some(reason) = trend.no_projection {
        sentences.push(reason.to_string());
    }
    html_text(&sentences.join(""), lang)
}

/// The palette's vermillion: trend series take its first colours, so the mark differs
/// from every series it is drawn over.
const LOCAL_COLOUR: &str = "#D55E00";

/// Adds the points this device edited or added (FY2024+ actuals, and the columns in
/// `edited`) as one more series, so they get their own marker and legend entry.
pub fn with_local_edits(mut trend: Trend, indicator: &Indicator, edited: &[Column], lang: Lang) -> Trend {
    let added_later = |s: &TrendSeries, p: &TrendPoint| {
        s.role == Role::Actual
            && indicator.later_actuals.values().any(|v| v.period == Some(p.period) && v.parts.iter().any(|part| part.label == s.part && part.base_value() == p.value))
    };
    let points: Vec<TrendPoint> = trend
        .series
        .iter()
        .filter(|s| matches!(s.role, Role::Actual | Role::TargetFy2023 | Role::TargetFinal))
        .flat_map(|s| s.points.iter().filter(move |p| added_later(s, p) || edited.contains(&p.column)).map(move |p| {
            let part = s.part.as_ref().map_or(String::new(), |l| format!("{l} "));
            TrendPoint { figure: format!("{part}{}", p.figure), ..p.clone() }
        }))
        .collect();
    if !points.is_empty() {
        trend.series.push(TrendSeries { name: lang.sheet_words().chart_local.to_string(), role: Role::LocalEdit, part: None, points });
    }
    trend
}
