//! The charts and what they need: the ECharts view with its text alternatives, the
//! overview's chart of statuses and the chart of every indicator's achievement. They land
//! in the `charts` module (`ui::on_demand::charts`) and, the chart view, in a part it shares
//! with the detail's module: the main module holds none of them.

pub mod achievement_section;
pub mod chart_view;
pub mod overview_chart;
