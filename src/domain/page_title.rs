//! The browser tab's title and a shared link's label: what the page shows, then the
//! product's name, in the reader's language (`document.title` cannot carry furigana).

use super::i18n::{plain, Lang};
use super::model::{Dataset, Kind};
use super::view::{ChartName, Page, View};

pub fn page_title(view: &View, data: &Dataset, lang: Lang) -> String {
    let product = plain(lang.messages().kicker);
    let what = match &view.page {
        Page::Detail(id) => data.indicators.iter().find(|i| &i.id == id).map(|i| format!("{} {}", i.id, lang.name(&i.name, &i.name_en))),
        Page::Data => Some(plain(lang.info_words().data_title)),
        Page::Accessibility => Some(plain(lang.info_words().a11y_title)),
        Page::Chart(ChartName::Overview) => Some(plain(lang.messages().overview_chart_title)),
        Page::Chart(ChartName::Achievement) => Some(plain(lang.messages().achievement_chart_title)),
        Page::Sheet | Page::Overview => filter_summary(view, data, lang),
    };
    what.map_or(product.clone(), |what| format!("{what} — {product}"))
}

/// The active filters in words: 「1-2 ひとの流れの創出・進捗の遅れ」; `None` for the whole list.
fn filter_summary(view: &View, data: &Dataset, lang: Lang) -> Option<String> {
    let m = lang.messages();
    let filter = &view.filter;
    let mut parts: Vec<String> = Vec::new();
    if let Some(goal) = &filter.goal {
        let name = data.goals.iter().find(|g| &g.id == goal).map(|g| lang.name(&g.name, &g.name_en)).or_else(|| {
            data.goals.iter().flat_map(|g| &g.subgoals).find(|s| &s.id == goal).map(|s| lang.name(&s.name, &s.name_en))
        });
        parts.push(format!("{goal} {}", name.unwrap_or_default()));
    }
    if let Some(measure) = &filter.measure {
        parts.push(format!("{} {measure}", plain(m.measure)));
    }
    parts.extend(filter.statuses.iter().map(|s| plain(m.status(*s))));
    if let Some(department) = &filter.department {
        let english = data.indicators.iter().find(|i| &i.department == department).map(|i| i.department_en.as_str());
        parts.push(lang.name(department, english.unwrap_or(department)).to_string());
    }
    if let Some(kind) = filter.kind {
        parts.push(plain(match kind {
            Kind::NumericalTarget => m.numerical_target,
            Kind::Kpi => m.kpi,
        }));
    }
    if !filter.query.trim().is_empty() {
        parts.push(format!("「{}」", filter.query.trim()));
    }
    (!parts.is_empty()).then(|| parts.join("・"))
}
