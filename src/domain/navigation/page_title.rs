//! The browser tab's title and a shared link's label: what the page shows, then the
//! product's name, in the reader's language (`document.title` cannot carry furigana: easy
//! Japanese is read out in kana, as on a chart's canvas).

use crate::domain::describe::shown::{canvas_text, name};
use crate::domain::i18n::edition_words::EditionWords;
use crate::domain::i18n::info_words::InfoWords;
use crate::domain::i18n::reader_words::ReaderWords;
use crate::domain::i18n::Lang;
use crate::domain::i18n::Messages;
use crate::domain::i18n::Words;
use crate::domain::model::{Dataset, Kind};
use crate::domain::navigation::view::{ChartName, Page, View};

pub fn page_title(view: &View, data: &Dataset, lang: Lang) -> String {
    let plain = |text: &str| canvas_text(text, lang);
    let product = plain(Messages::of(lang).kicker);
    let what = match &view.page {
        Page::Detail(id) => data
            .indicators
            .iter()
            .find(|i| &i.id == id)
            .map(|i| format!("{} {}", i.id, plain(&name(i, lang)))),
        Page::Data => Some(plain(InfoWords::of(lang).data_title)),
        Page::Accessibility => Some(plain(InfoWords::of(lang).a11y_title)),
        Page::Changes => Some(plain(&(EditionWords::of(lang).changes_title)(
            data.fiscal_year,
            data.fiscal_year - 1,
        ))),
        Page::Chart(ChartName::Overview) => Some(plain(Messages::of(lang).overview_chart_title)),
        Page::Chart(ChartName::Achievement) => {
            Some(plain(Messages::of(lang).achievement_chart_title))
        }
        Page::Sheet | Page::Overview => filter_summary(view, data, lang),
    };
    what.map_or(product.clone(), |what| format!("{what} — {product}"))
}

/// The active filters in words: 「1-2 ひとの流れの創出・進捗の遅れ」; `None` for the whole list.
fn filter_summary(view: &View, data: &Dataset, lang: Lang) -> Option<String> {
    let m = Messages::of(lang);
    let plain = |text: &str| canvas_text(text, lang);
    let filter = &view.filter;
    let mut parts: Vec<String> = Vec::new();
    if let Some(goal) = &filter.goal {
        let name = data
            .goals
            .iter()
            .find(|g| &g.id == goal)
            .map(|g| plain(&name(g, lang)))
            .or_else(|| {
                data.goals
                    .iter()
                    .flat_map(|g| &g.subgoals)
                    .find(|s| &s.id == goal)
                    .map(|s| plain(&name(s, lang)))
            });
        parts.push(format!("{goal} {}", name.unwrap_or_default()));
    }
    if let Some(measure) = &filter.measure {
        parts.push(format!("{} {measure}", plain(m.measure)));
    }
    parts.extend(filter.statuses.iter().map(|s| plain(m.status(*s))));
    if let Some(department) = &filter.department {
        let row = data.indicators.iter().find(|i| &i.department == department);
        parts.push(row.map_or_else(
            || department.clone(),
            |row| plain(&crate::domain::describe::shown::department(row, lang)),
        ));
    }
    if let Some(kind) = filter.kind {
        parts.push(plain(match kind {
            Kind::NumericalTarget => m.numerical_target,
            Kind::Kpi => m.kpi,
        }));
    }
    if !filter.query.trim().is_empty() {
        parts.push((ReaderWords::of(lang).quoted)(filter.query.trim()));
    }
    // A tab is short: 「・」 between Japanese parts, as the sheet's own headings do.
    let separator = if lang == Lang::En {
        ReaderWords::of(lang).place_separator
    } else {
        "・"
    };
    (!parts.is_empty()).then(|| parts.join(separator))
}
