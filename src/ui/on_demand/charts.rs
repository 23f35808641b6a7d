//! The `charts` module's views: the overview's folded charts and the chart pages
//! (`?chart=`). The module also holds the writer of ECharts options
//! (`web::echarts::option_json`), so one download brings everything a chart needs besides
//! ECharts itself.

use crate::split_off::split_off;
use std::sync::Arc;

use leptos::prelude::*;

use super::{on_demand_saying, Build, PartMissing};
use crate::domain::i18n::Messages;
use crate::domain::navigation::view::ChartName;
use crate::ui::charts::achievement_section::AchievementSection;
use crate::ui::charts::overview_chart::OverviewChart;

split_off!(charts =>
fn charts_view(page: Option<ChartName>) -> Result<Build, PartMissing> {
    Ok(Arc::new(move || match page {
        None => view! { <OverviewChart/><AchievementSection/> }.into_any(),
        Some(ChartName::Overview) => view! { <section class="chart-page"><OverviewChart/></section> }.into_any(),
        Some(ChartName::Achievement) => view! { <AchievementSection/> }.into_any(),
    }))
});

/// Both charts (the overview's folded section), or one chart's page.
#[component]
pub fn LazyCharts(
    /// The chart page shown (`?chart=`); none for the overview's section with both.
    #[prop(optional)]
    page: Option<ChartName>,
) -> impl IntoView {
    // ECharts downloads beside the module, not after it.
    crate::web::echarts::want();
    on_demand_saying(charts_view(page), |m: &Messages| m.chart_loading)
}
