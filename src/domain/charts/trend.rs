//! One indicator over time: actuals at the years they refer to (not their column's year),
//! the FY2023 and final targets as markers, and one dashed projection line at the pace the
//! progress label rests on (`domain::outlook`), with the outlook in words. Never joins
//! figures across a change of method. In English, figures use the row's English unit noun.

use charming::component::{Axis, Grid, Legend};
use charming::datatype::{CompositeValue, DataPoint, DataPointItem};
use charming::element::{AxisType, LineStyle, LineStyleType, Symbol, Tooltip, Trigger};
use charming::series::Line;
use charming::Chart;

use super::{palette, ChartSpec, DataTable};
use crate::domain::cells::format::{year, YearStyle};
use crate::domain::cells::sheet_phrases::method_side;
use crate::domain::cells::sheet_phrases::MethodSide;
use crate::domain::describe::progress::outlook_sentences;
use crate::domain::describe::shown::{
    amount, axis_unit, canvas_text, cell, html_text, name, part_label,
};
use crate::domain::edits::field::later_figures;
use crate::domain::i18n::chart_words::ChartWords;
use crate::domain::i18n::reader_words::ReaderWords;
use crate::domain::i18n::sheet_words::SheetWords;
use crate::domain::i18n::Lang;
use crate::domain::i18n::Messages;
use crate::domain::i18n::Words;
use crate::domain::progress::outlook::{outlooks, Outlook, PartOutlook};
use crate::domain::{Column, Indicator, Part, Period};

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

#[derive(Debug, Clone, PartialEq)]
pub struct Trend {
    pub series: Vec<TrendSeries>,
    /// Where the pace since the baseline leads, per part (`describe::outlook_sentences`),
    /// or why there is no projection.
    pub outlook: Vec<String>,
    /// The projection's end per part, for the data table: (part, year, what it shows).
    pub projection_ends: Vec<(Option<String>, Period, String)>,
    /// Cells with no figure, shown as text instead of being drawn.
    pub text_cells: Vec<(Column, String)>,
    pub unit: Option<String>,
}

const ACTUAL_COLUMNS: [Column; 3] = [Column::Baseline, Column::ActualFy2022, Column::ActualFy2023];

pub fn trend(indicator: &Indicator, lang: Lang) -> Trend {
    let w = ChartWords::of(lang);
    let values = &indicator.values;
    let text_cells: Vec<(Column, String)> = Column::ALL
        .into_iter()
        // Words read as a zero (待機児童なし) are drawn as 0 and still shown as printed.
        .filter(|c| {
            let v = values.get(*c);
            !v.raw.trim().is_empty()
                && (v.parts.is_empty() || !v.raw.chars().any(|ch| ch.is_numeric()))
        })
        .map(|c| (c, values.get(c).raw.clone()))
        .collect();
    let part_labels: Vec<Option<String>> = Column::ALL
        .iter()
        .map(|c| &values.get(*c).parts)
        .max_by_key(|p| p.len())
        .map(|parts| parts.iter().map(|p| p.label.clone()).collect())
        .unwrap_or_default();
    let has_method_change = Column::ALL
        .iter()
        .any(|c| method_side(values.get(*c)).is_some());
    let unit = Column::ALL
        .iter()
        .flat_map(|c| values.get(*c).parts.first())
        .find_map(|p| p.base_unit().map(str::to_string));

    let mut series = Vec::new();
    let outlooks = outlooks(indicator);
    let mut projection_ends = Vec::new();
    for label in &part_labels {
        let prefix = label.as_ref().map_or(String::new(), |l| {
            (ReaderWords::of(lang).part_prefix)(&part_label(l, lang))
        });
        // Actuals, one series per method so no line crosses a change of method.
        let mut actual_groups: Vec<(Option<MethodSide>, Vec<TrendPoint>)> = Vec::new();
        // The sheet's actuals, then any added on this device for FY2024 onwards.
        let cells = ACTUAL_COLUMNS
            .into_iter()
            .map(|c| (c, values.get(c)))
            .chain(
                indicator
                    .later_actuals
                    .values()
                    .map(|v| (Column::ActualFy2023, v)),
            );
        for (column, cell) in cells {
            let Some(point) = point_in(indicator, cell, column, label, lang) else {
                continue;
            };
            let method = method_side(cell);
            let group = match actual_groups.iter_mut().find(|(m, _)| *m == method) {
                Some(group) => group,
                None => {
                    actual_groups.push((method, Vec::new()));
                    actual_groups.last_mut().expect("just pushed")
                }
            };
            // The same figure printed again for the same year (e.g. 187事業所（令和3年）twice) is one point.
            if !group
                .1
                .iter()
                .any(|p| p.period == point.period && p.value == point.value)
            {
                group.1.push(point);
            }
        }
        for (method, mut points) in actual_groups.clone() {
            points.sort_by_key(|p| p.period.year);
            let suffix = match (has_method_change, method) {
                (true, Some(MethodSide::Before)) => w.before_change,
                (true, Some(MethodSide::After)) => w.after_change,
                _ => "",
            };
            series.push(TrendSeries {
                name: format!("{prefix}{}{suffix}", w.actual),
                role: Role::Actual,
                part: label.clone(),
                points,
            });
        }
        for (column, role, name) in [
            (Column::TargetFy2023, Role::TargetFy2023, w.target_fy2023),
            (Column::TargetFinal, Role::TargetFinal, w.target_final),
        ] {
            if let Some(point) = point_in(indicator, values.get(column), column, label, lang) {
                series.push(TrendSeries {
                    name: format!("{prefix}{name}"),
                    role,
                    part: label.clone(),
                    points: vec![point],
                });
            }
        }
        // Projection: the pace since the baseline (the label's), from the latest actual to
        // the year it reaches the final target or to the final target's year (`outlook`).
        let Some(part) = outlooks.iter().find(|o| &o.label == label) else {
            continue;
        };
        if let Some((points, end)) = projection_points(indicator, part, lang) {
            projection_ends.push((
                label.clone(),
                points.last().map_or(end.0, |p| p.period),
                end.1,
            ));
            series.push(TrendSeries {
                name: format!("{prefix}{}", w.projection),
                role: Role::Projection,
                part: label.clone(),
                points,
            });
        }
    }
    let outlook = outlook_sentences(indicator, lang);
    Trend {
        series,
        outlook,
        projection_ends,
        text_cells,
        unit,
    }
}

/// The projected points of a part (base unit) and the table's end, or `None` where the
/// outlook states no value (a target met, a projection far off, none at all).
fn projection_points(
    indicator: &Indicator,
    part: &PartOutlook,
    lang: Lang,
) -> Option<(Vec<TrendPoint>, (Period, String))> {
    let w = ChartWords::of(lang);
    let (Some(rate), Some(start)) = (part.observed, part.start) else {
        return None;
    };
    let (end, target_end) = match &part.outlook {
        Outlook::Reaches { year } => (*year, true),
        Outlook::NearlyReaches { at, .. } | Outlook::FallsShort { at, .. } => (*at, false),
        _ => return None,
    };
    let unit = part.precision.unit.as_deref();
    let scale = part.precision.scale;
    let points: Vec<TrendPoint> = (start.0.year..=end.year)
        .map(|year| {
            let projected = start.1 * (1.0 + rate).powf(f64::from(year - start.0.year));
            // The line stops at the target in the year it is reached, never past it.
            let value = if target_end && year == end.year {
                part.target_base.unwrap_or(projected)
            } else {
                projected
            };
            // The line starts at the latest actual as printed; what it projects reads like
            // the outlook's figures (`Precision::projected`).
            let (value, shown) = if year == start.0.year {
                (value, value / scale)
            } else {
                (
                    part.precision.projected(value) * scale,
                    part.precision.projected(value),
                )
            };
            let figure = format!(
                "{} {}",
                w.projected,
                amount(shown, unit, &indicator.unit_en, lang)
            );
            TrendPoint {
                period: Period {
                    year,
                    fiscal: start.0.fiscal,
                },
                value,
                column: Column::TargetFinal,
                figure,
            }
        })
        .collect();
    let end_text = match &part.outlook {
        Outlook::Reaches { .. } => w.reaches_target.to_string(),
        Outlook::NearlyReaches { value, .. } | Outlook::FallsShort { value, .. } => format!(
            "{}{}",
            w.about,
            amount(*value, unit, &indicator.unit_en, lang)
        ),
        _ => return None,
    };
    Some((points, (end, end_text)))
}

fn point_in(
    indicator: &Indicator,
    value: &crate::domain::Value,
    column: Column,
    label: &Option<String>,
    lang: Lang,
) -> Option<TrendPoint> {
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
    let w = ChartWords::of(lang);
    if !trend
        .series
        .iter()
        .any(|s| s.role == Role::Actual && !s.points.is_empty())
    {
        return None;
    }
    let years: Vec<u16> = trend
        .series
        .iter()
        .flat_map(|s| s.points.iter().map(|p| p.period.year))
        .collect();
    // A category axis of every year in range: labels read "2021", not "2,021".
    let (min, max) = (years.iter().min().copied()?, years.iter().max().copied()?);
    let year_labels: Vec<String> = (min..=max).map(|y| y.to_string()).collect();
    let colours = palette();
    let legend_names: Vec<String> = trend
        .series
        .iter()
        .map(|s| canvas_text(&s.name, lang))
        .collect();
    let legend = legend_names.clone();
    let legend_room = 16 + 26 * legend_rows(&legend);
    let year_axis = canvas_text(w.year_axis, lang);
    let part_index = |part: &Option<String>| {
        trend
            .series
            .iter()
            .filter(|s| s.role == Role::Actual)
            .position(|s| &s.part == part)
            .unwrap_or(0)
    };

    let mut chart = Chart::new()
        .color(colours.clone())
        .tooltip(
            Tooltip::new()
                .trigger(Trigger::Item)
                .formatter("{a}<br/>{b}"),
        )
        // The legend sits under the plot and gets its own rows, so it never covers data.
        .legend(Legend::new().bottom(0).data(legend))
        // Room on the right for the year axis's name, which sits at the axis's end.
        .grid(
            Grid::new()
                .left(8)
                .right(16 + 8 * year_axis.chars().count() as i64)
                .top(32)
                .bottom(i64::from(legend_room))
                .contain_label(true),
        )
        .x_axis(
            Axis::new()
                .type_(AxisType::Category)
                .data(year_labels)
                .name(year_axis),
        )
        .y_axis(
            Axis::new()
                .type_(AxisType::Value)
                .scale(true)
                .name(axis_unit(trend.unit.as_deref(), &indicator.unit_en, lang)),
        );
    for (index, s) in trend.series.iter().enumerate() {
        let data: Vec<DataPoint> = s
            .points
            .iter()
            .map(|p| {
                DataPointItem::new(vec![
                    CompositeValue::from(p.period.year.to_string()),
                    CompositeValue::from(p.value),
                ])
                .name(canvas_text(
                    &format!(
                        "{}: {}{}",
                        year(p.period, lang, YearStyle::Explained),
                        s.part
                            .as_ref()
                            .map_or(String::new(), |l| format!("{} ", part_label(l, lang))),
                        p.figure
                    ),
                    lang,
                ))
                .into()
            })
            .collect();
        let colour = colours[(part_index(&s.part)
            + if s.role == Role::Actual {
                index_in_actuals(trend, index)
            } else {
                0
            })
            % colours.len()]
        .clone();
        let line = Line::new()
            .name(legend_names[index].clone())
            .data(data)
            .item_style(charming::element::ItemStyle::new().color(colour.clone()));
        let line = match s.role {
            Role::Actual => line
                .symbol(Symbol::Circle)
                .symbol_size(9)
                .line_style(LineStyle::new().width(3).color(colour)),
            Role::TargetFy2023 => line.symbol(Symbol::Diamond).symbol_size(14),
            Role::TargetFinal => line.symbol(Symbol::Triangle).symbol_size(14),
            Role::Projection => line.symbol(Symbol::None).line_style(
                LineStyle::new()
                    .type_(LineStyleType::Dashed)
                    .width(2)
                    .color(colour),
            ),
            // A hollow square around each point, no line: the figure stays readable.
            Role::LocalEdit => line
                .symbol(Symbol::Rect)
                .symbol_size(17)
                .item_style(
                    charming::element::ItemStyle::new()
                        .color("rgba(0,0,0,0)")
                        .border_color(LOCAL_COLOUR)
                        .border_width(2.5),
                )
                .line_style(LineStyle::new().opacity(0)),
        };
        chart = chart.series(line);
    }
    let m = Messages::of(lang);
    let mut title = format!("{}: {}", name(indicator, lang), m.trend_title);
    if trend.series.iter().any(|s| s.role == Role::LocalEdit) {
        title.push_str(SheetWords::of(lang).chart_title_local);
    }
    // The plot, plus room for the legend under it.
    let height = 280 + legend_room;
    Some(ChartSpec::new(
        title,
        chart,
        trend_summary(trend, lang),
        trend_table(indicator, trend, lang),
        height,
    ))
}

/// How many rows the legend takes on a phone (about 320 px of canvas): names are packed
/// into rows as ECharts does, wide (Japanese) characters counting twice.
fn legend_rows(names: &[String]) -> u32 {
    const ROW: f64 = 320.0;
    let width = |name: &String| {
        40.0 + name
            .chars()
            .map(|c| if c.is_ascii() { 6.5 } else { 12.0 })
            .sum::<f64>()
    };
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
    trend.series[..index]
        .iter()
        .filter(|s| s.role == Role::Actual && &s.part == part)
        .count()
}

fn trend_table(indicator: &Indicator, trend: &Trend, lang: Lang) -> DataTable {
    let w = ChartWords::of(lang);
    let m = Messages::of(lang);
    let rows = Column::ALL
        .into_iter()
        .map(|c| {
            let value = indicator.values.get(c);
            vec![
                m.column(c).to_string(),
                value
                    .period
                    .map_or("—".into(), |p| year(p, lang, YearStyle::Explained)),
                cell(indicator, value, Some(c), lang).text,
            ]
        })
        // A later sheet's actuals and targets (FY2024 on), each after the sheet's columns.
        .chain(later_figures(indicator).into_iter().map(|(field, value)| {
            vec![
                lang.field_label(field),
                value
                    .period
                    .map_or("—".into(), |p| year(p, lang, YearStyle::Explained)),
                cell(indicator, value, None, lang).text,
            ]
        }))
        .chain(trend.projection_ends.iter().map(|(part, period, text)| {
            vec![
                format!(
                    "{}{}",
                    part.as_ref()
                        .map_or(String::new(), |p| format!("{} ", part_label(p, lang))),
                    w.outlook_row
                ),
                year(*period, lang, YearStyle::Explained),
                text.clone(),
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
    let mut sentences: Vec<String> = trend
        .series
        .iter()
        .filter(|s| s.role == Role::Actual)
        .map(|s| {
            let steps: Vec<String> = s
                .points
                .iter()
                .map(|p| format!("{} {}", year(p.period, lang, YearStyle::Full), p.figure))
                .collect();
            format!("{}: {}. ", s.name, steps.join(" → "))
                .replace(". ", if lang == Lang::En { ". " } else { "。" })
        })
        .collect();
    sentences.extend(
        trend
            .series
            .iter()
            .filter(|s| s.role == Role::LocalEdit)
            .map(|s| {
                let points: Vec<String> = s
                    .points
                    .iter()
                    .map(|p| format!("{} {}", year(p.period, lang, YearStyle::Full), p.figure))
                    .collect();
                (SheetWords::of(lang).chart_local_summary)(&points.join(if lang == Lang::En {
                    ", "
                } else {
                    "、"
                }))
            }),
    );
    sentences.extend(trend.outlook.iter().cloned());
    let separator = if lang == Lang::En { " " } else { "" };
    html_text(
        sentences
            .iter()
            .map(|s| s.trim_end())
            .collect::<Vec<_>>()
            .join(separator)
            .as_str(),
        lang,
    )
}

/// The palette's vermillion: trend series take its first colours, so the mark differs
/// from every series it is drawn over.
const LOCAL_COLOUR: &str = "#D55E00";

/// Adds the points this device edited or added (FY2024+ actuals, and the columns in
/// `edited`) as one more series, so they get their own marker and legend entry.
pub fn with_local_edits(
    mut trend: Trend,
    indicator: &Indicator,
    edited: &[Column],
    lang: Lang,
) -> Trend {
    let added_later = |s: &TrendSeries, p: &TrendPoint| {
        s.role == Role::Actual
            && indicator.later_actuals.iter().any(|(year, v)| {
                indicator.later_is_local(*year)
                    && v.period == Some(p.period)
                    && v.parts
                        .iter()
                        .any(|part| part.label == s.part && part.base_value() == p.value)
            })
    };
    let points: Vec<TrendPoint> = trend
        .series
        .iter()
        .filter(|s| {
            matches!(
                s.role,
                Role::Actual | Role::TargetFy2023 | Role::TargetFinal
            )
        })
        .flat_map(|s| {
            s.points
                .iter()
                .filter(move |p| added_later(s, p) || edited.contains(&p.column))
                .map(move |p| {
                    let part = s.part.as_ref().map_or(String::new(), |l| format!("{l} "));
                    TrendPoint {
                        figure: format!("{part}{}", p.figure),
                        ..p.clone()
                    }
                })
        })
        .collect();
    if !points.is_empty() {
        trend.series.push(TrendSeries {
            name: SheetWords::of(lang).chart_local.to_string(),
            role: Role::LocalEdit,
            part: None,
            points,
        });
    }
    trend
}
