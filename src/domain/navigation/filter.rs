//! Which indicators a user is looking at, and in what order: the state behind the cards,
//! part of the [`View`](crate::domain::navigation::view::View) written to the URL.

use std::collections::BTreeSet;

use crate::domain::cells::readings::{is_kanji, reading};
use crate::domain::cells::search::{fold, fold_reading, matches_all_terms};
use crate::domain::model::{Dataset, Indicator, Kind, Status};
use crate::domain::progress::achievement::{achievement, distance_to_final};

/// One thing that narrows the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Narrowing {
    Query,
    Goal,
    Measure,
    Department,
    Kind,
    Status(Status),
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum SortOrder {
    /// The sheet's own order.
    #[default]
    Document,
    /// Lowest FY2023 achievement first: what needs attention comes up top.
    Achievement,
    /// Furthest from the final target first.
    DistanceToFinal,
    Name,
}

impl SortOrder {
    pub const ALL: [SortOrder; 4] = [
        SortOrder::Document,
        SortOrder::Achievement,
        SortOrder::DistanceToFinal,
        SortOrder::Name,
    ];

    pub fn key(self) -> &'static str {
        match self {
            SortOrder::Document => "doc",
            SortOrder::Achievement => "achievement",
            SortOrder::DistanceToFinal => "distance",
            SortOrder::Name => "name",
        }
    }

    pub fn from_key(key: &str) -> Option<SortOrder> {
        SortOrder::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// Everything that narrows or orders the list. Empty fields mean "no restriction".
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filter {
    pub query: String,
    /// A major goal ("1") or a sub-goal ("1-2").
    pub goal: Option<String>,
    /// A measure as "{subgoal}-{no}", e.g. "1-2-1".
    pub measure: Option<String>,
    pub statuses: BTreeSet<Status>,
    pub department: Option<String>,
    pub kind: Option<Kind>,
    pub sort: SortOrder,
}

impl Filter {
    /// Reads the filter's keys of a URL query. Values that name nothing in `data` are
    /// dropped, so a mistyped or outdated link still opens a working view.
    pub fn from_pairs(pairs: &[(String, String)], data: &Dataset) -> Filter {
        let mut filter = Filter::default();
        for (key, value) in pairs {
            let value = value.trim().to_string();
            match key.as_str() {
                "q" => filter.query = value.chars().take(100).collect(),
                "goal" if is_goal_or_subgoal(data, &value) => filter.goal = Some(value),
                "measure" if is_measure(data, &value) => filter.measure = Some(value),
                "status" => {
                    filter.statuses = value.split(',').filter_map(Status::from_key).collect()
                }
                "dept" if data.indicators.iter().any(|i| i.department == value) => {
                    filter.department = Some(value)
                }
                "kind" => filter.kind = kind_from_key(&value),
                "sort" => filter.sort = SortOrder::from_key(&value).unwrap_or_default(),
                _ => {}
            }
        }
        // A measure outside the chosen goal would always give nothing; keep the goal.
        if let (Some(goal), Some(measure)) = (&filter.goal, &filter.measure) {
            if !in_goal(measure, goal) {
                filter.measure = None;
            }
        }
        filter
    }

    /// The filter's part of the URL query; nothing for the default filter.
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs: Vec<(&'static str, String)> = Vec::new();
        if !self.query.trim().is_empty() {
            pairs.push(("q", self.query.clone()));
        }
        if let Some(goal) = &self.goal {
            pairs.push(("goal", goal.clone()));
        }
        if let Some(measure) = &self.measure {
            pairs.push(("measure", measure.clone()));
        }
        if !self.statuses.is_empty() {
            pairs.push((
                "status",
                self.statuses
                    .iter()
                    .map(|s| s.key())
                    .collect::<Vec<_>>()
                    .join(","),
            ));
        }
        if let Some(department) = &self.department {
            pairs.push(("dept", department.clone()));
        }
        if let Some(kind) = self.kind {
            pairs.push(("kind", kind_key(kind).to_string()));
        }
        if self.sort != SortOrder::Document {
            pairs.push(("sort", self.sort.key().to_string()));
        }
        pairs
    }

    /// The same filter in another goal or sub-goal; the measure is kept only if it lies
    /// inside the new goal.
    pub fn in_goal(&self, goal: Option<String>) -> Filter {
        let measure = self
            .measure
            .clone()
            .filter(|m| goal.as_ref().is_none_or(|g| in_goal(m, g)));
        Filter {
            goal,
            measure,
            ..self.clone()
        }
    }

    /// True when anything narrows the list (sort order and open detail do not).
    pub fn is_narrowing(&self) -> bool {
        !self.query.trim().is_empty()
            || self.goal.is_some()
            || self.measure.is_some()
            || !self.statuses.is_empty()
            || self.department.is_some()
            || self.kind.is_some()
    }

    /// Each thing that narrows the list, in the order the filter panel shows them: what
    /// the chips above the list name, each removable on its own.
    pub fn narrowings(&self) -> Vec<Narrowing> {
        let mut out = Vec::new();
        if !self.query.trim().is_empty() {
            out.push(Narrowing::Query);
        }
        if self.goal.is_some() {
            out.push(Narrowing::Goal);
        }
        if self.measure.is_some() {
            out.push(Narrowing::Measure);
        }
        if self.department.is_some() {
            out.push(Narrowing::Department);
        }
        if self.kind.is_some() {
            out.push(Narrowing::Kind);
        }
        out.extend(self.statuses.iter().map(|s| Narrowing::Status(*s)));
        out
    }

    /// The same filter without one narrowing.
    pub fn without(&self, narrowing: Narrowing) -> Filter {
        let mut next = self.clone();
        match narrowing {
            Narrowing::Query => next.query.clear(),
            Narrowing::Goal => next.goal = None,
            Narrowing::Measure => next.measure = None,
            Narrowing::Department => next.department = None,
            Narrowing::Kind => next.kind = None,
            Narrowing::Status(status) => {
                next.statuses.remove(&status);
            }
        }
        next
    }

    /// The same filter with every narrowing removed; the sort order is kept.
    pub fn cleared(&self) -> Filter {
        Filter {
            sort: self.sort,
            ..Filter::default()
        }
    }

    pub fn matches(&self, indicator: &Indicator, folded_text: &str) -> bool {
        self.goal
            .as_ref()
            .is_none_or(|goal| in_goal(&indicator.subgoal, goal))
            && self
                .measure
                .as_ref()
                .is_none_or(|m| measure_key(indicator).as_deref() == Some(m.as_str()))
            && (self.statuses.is_empty() || self.statuses.contains(&indicator.status))
            && self
                .department
                .as_ref()
                .is_none_or(|d| &indicator.department == d)
            && self.kind.is_none_or(|k| indicator.kind == k)
            && matches_all_terms(&self.query, folded_text)
    }
}

pub fn kind_key(kind: Kind) -> &'static str {
    match kind {
        Kind::NumericalTarget => "numerical_target",
        Kind::Kpi => "kpi",
    }
}

pub fn kind_from_key(key: &str) -> Option<Kind> {
    [Kind::NumericalTarget, Kind::Kpi]
        .into_iter()
        .find(|k| kind_key(*k) == key)
}

/// The measure key "1-2-1" of a KPI; `None` for numerical targets.
pub fn measure_key(indicator: &Indicator) -> Option<String> {
    indicator
        .measure
        .map(|no| format!("{}-{no}", indicator.subgoal))
}

/// "1-2" is in goal "1" and in sub-goal "1-2"; "1-2-1" is in both too. Everything is in "".
pub fn in_goal(id: &str, goal: &str) -> bool {
    goal.is_empty()
        || id == goal
        || id
            .strip_prefix(goal)
            .is_some_and(|rest| rest.starts_with('-'))
}

fn is_goal_or_subgoal(data: &Dataset, id: &str) -> bool {
    data.goals
        .iter()
        .any(|g| g.id == id || g.subgoals.iter().any(|s| s.id == id))
}

fn is_measure(data: &Dataset, key: &str) -> bool {
    data.goals.iter().flat_map(|g| &g.subgoals).any(|s| {
        s.measures
            .iter()
            .any(|m| format!("{}-{}", s.id, m.no) == key)
    })
}

/// The searchable text of an indicator, folded once so each keystroke only compares.
/// Every Japanese text is there twice, as written and as read (kanji in kana, from
/// `readings`), so 「ほいく」 finds 保育 and 「こそだて」 finds 子育て. The row's easy name
/// is there too; a measure's is not (「バスや 電車を…」 would make バス find the railway).
pub fn search_text(indicator: &Indicator, data: &Dataset) -> String {
    let subgoal = data
        .goals
        .iter()
        .flat_map(|g| &g.subgoals)
        .find(|s| s.id == indicator.subgoal);
    let measure = subgoal.and_then(|s| s.measures.iter().find(|m| Some(m.no) == indicator.measure));
    let parts = [
        indicator.name.as_str(),
        &indicator.name_en,
        &indicator.name_easy,
        &indicator.department,
        &indicator.department_en,
        &indicator.initiatives,
        &indicator.challenges,
        &indicator.plans,
        indicator.delay_reason.as_deref().unwrap_or(""),
        measure.map_or("", |m| m.name.as_str()),
        measure.map_or("", |m| m.name_en.as_str()),
    ];
    let mut text = String::new();
    for part in parts {
        text.push_str(&fold(part));
        text.push('\u{1F}');
        if part.chars().any(is_kanji) {
            text.push_str(&fold_reading(&reading(part)));
            text.push('\u{1F}');
        }
    }
    text
}

/// Indices into `indicators` of the rows that match, in the filter's order.
/// `folded` holds each row's [`search_text`]; it may be empty when the filter has no
/// search words, which is when it is not read.
pub fn select(filter: &Filter, indicators: &[Indicator], folded: &[String]) -> Vec<usize> {
    let text = |i: usize| folded.get(i).map_or("", String::as_str);
    let mut rows: Vec<usize> = (0..indicators.len())
        .filter(|&i| filter.matches(&indicators[i], text(i)))
        .collect();
    // Each row's key is computed once, not at every comparison. Rows with nothing to
    // compare go last in either direction.
    let sort_by_figure =
        |rows: &mut Vec<usize>, figure: fn(&Indicator) -> Option<f64>, descending: bool| {
            let mut keyed: Vec<((u8, f64), usize)> = rows
                .iter()
                .map(|&i| match figure(&indicators[i]) {
                    Some(v) => ((0, if descending { -v } else { v }), i),
                    None => ((1, 0.0), i),
                })
                .collect();
            keyed.sort_by(|a, b| a.0.partial_cmp(&b.0).unwrap_or(std::cmp::Ordering::Equal));
            *rows = keyed.into_iter().map(|(_, i)| i).collect();
        };
    match filter.sort {
        SortOrder::Document => {}
        SortOrder::Achievement => sort_by_figure(&mut rows, achievement, false),
        SortOrder::DistanceToFinal => sort_by_figure(&mut rows, distance_to_final, true),
        SortOrder::Name => rows.sort_by_cached_key(|&i| fold(&indicators[i].name)),
    }
    rows
}

/// For a filter that shows nothing: each of its narrowings with how many rows removing
/// that one alone would show, so an empty list can say which condition emptied it.
pub fn emptied_by(
    filter: &Filter,
    indicators: &[Indicator],
    folded: &[String],
) -> Vec<(Narrowing, usize)> {
    filter
        .narrowings()
        .into_iter()
        .map(|narrowing| {
            let wider = filter.without(narrowing);
            (narrowing, select(&wider, indicators, folded).len())
        })
        .collect()
}

/// How many indicators of `kind` under `goal` ("1" or "1-2") have each status, in
/// [`Status::ALL`] order.
pub fn status_counts(indicators: &[Indicator], goal: &str, kind: Option<Kind>) -> [usize; 3] {
    let mut counts = [0; 3];
    for row in indicators
        .iter()
        .filter(|r| in_goal(&r.subgoal, goal) && kind.is_none_or(|k| r.kind == k))
    {
        counts[Status::ALL
            .iter()
            .position(|s| *s == row.status)
            .unwrap_or(0)] += 1;
    }
    counts
}
