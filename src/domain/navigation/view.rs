//! What the user is looking at: which page, which rows, in which language, in which mode.
//! The URL query is this value written out, so every view is a link; views are changed
//! through the intent methods here, never by building a `View` by hand.

use crate::domain::i18n::Lang;
use crate::domain::model::{Dataset, Kind, Status};
use crate::domain::navigation::filter::Filter;
use crate::domain::navigation::kiosk::{Kiosk, DEFAULT_IDLE_SECONDS};
use crate::domain::navigation::url::{build_query, parse_query};

/// The page shown. `Overview` is the home page with its filtered cards.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Page {
    #[default]
    Overview,
    /// One indicator, by id.
    Detail(String),
    /// The draft of next year's verification sheet (staff).
    Sheet,
    /// Open-data downloads.
    Data,
    /// The accessibility statement.
    Accessibility,
    /// What the shown edition changed since the one before it.
    Changes,
    /// One chart of the overview on its own (for embedding).
    Chart(ChartName),
}

/// The charts that can be shown on their own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChartName {
    /// KPIs by status per sub-goal.
    Overview,
    /// Every indicator's FY2023 achievement.
    Achievement,
}

impl ChartName {
    pub const ALL: [ChartName; 2] = [ChartName::Overview, ChartName::Achievement];

    pub fn key(self) -> &'static str {
        match self {
            ChartName::Overview => "overview",
            ChartName::Achievement => "achievement",
        }
    }
}

impl Page {
    /// The `view=` key of the pages reached by name (a detail is `kpi=`).
    fn key(&self) -> Option<&'static str> {
        match self {
            Page::Sheet => Some("sheet"),
            Page::Data => Some("data"),
            Page::Accessibility => Some("accessibility"),
            Page::Changes => Some("changes"),
            Page::Overview | Page::Detail(_) | Page::Chart(_) => None,
        }
    }

    fn from_key(key: &str) -> Option<Page> {
        [Page::Sheet, Page::Data, Page::Accessibility, Page::Changes]
            .into_iter()
            .find(|p| p.key() == Some(key))
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct View {
    pub page: Page,
    /// What narrows and orders the cards; kept while a detail is open, so Back returns
    /// to the same list.
    pub filter: Filter,
    /// Kiosk settings; kept through every view change until the URL drops them.
    pub kiosk: Option<Kiosk>,
    /// The language asked for in the URL (`lang=en`), if any.
    pub lang: Option<Lang>,
    /// Shown inside another site's page (`embed=1`): the content alone.
    pub embed: bool,
    /// An earlier edition asked for (`edition=2023`, the sheet's fiscal year); `None` shows
    /// the newest. Kept by every link, like the language.
    pub edition: Option<u16>,
}

impl View {
    /// Reads a URL query. Unknown keys and values that name nothing in `data` are dropped,
    /// so a mistyped or outdated link still opens a working view.
    pub fn from_query(query: &str, data: &Dataset) -> View {
        let pairs = parse_query(query);
        let mut view = View {
            filter: Filter::from_pairs(&pairs, data),
            ..View::default()
        };
        let (mut idle, mut attract) = (None, false);
        for (key, value) in &pairs {
            let value = value.trim();
            match key.as_str() {
                "kpi" if data.indicators.iter().any(|i| i.id == value) => {
                    view.page = Page::Detail(value.to_string())
                }
                "view" if view.page == Page::Overview => {
                    view.page = Page::from_key(value).unwrap_or_default()
                }
                "chart" if view.page == Page::Overview => {
                    view.page = ChartName::ALL
                        .into_iter()
                        .find(|c| c.key() == value)
                        .map_or(Page::Overview, Page::Chart);
                }
                "kiosk" if value == "1" => view.kiosk = Some(Kiosk::default()),
                "idle" => idle = Some(Kiosk::parse_idle(value)),
                "attract" if value == "1" => attract = true,
                "lang" => view.lang = Lang::from_key(value),
                "embed" if value == "1" => view.embed = true,
                "edition" => view.edition = value.parse().ok(),
                _ => {}
            }
        }
        if let Some(kiosk) = &mut view.kiosk {
            kiosk.idle_seconds = idle.unwrap_or(kiosk.idle_seconds);
            kiosk.attract = attract;
        }
        // The draft sheet is a staff page: a kiosk or another site's page never shows it.
        if view.page == Page::Sheet && (view.kiosk.is_some() || view.embed) {
            view.page = Page::Overview;
        }
        view
    }

    /// The query string for this view (no leading `?`); empty for the default view.
    pub fn to_query(&self) -> String {
        let mut pairs = self.filter.to_pairs();
        match &self.page {
            Page::Detail(id) => pairs.push(("kpi", id.clone())),
            Page::Chart(chart) => pairs.push(("chart", chart.key().to_string())),
            page => pairs.extend(page.key().map(|key| ("view", key.to_string()))),
        }
        if let Some(lang) = self.lang {
            pairs.push(("lang", lang.key().into()));
        }
        if let Some(kiosk) = &self.kiosk {
            pairs.push(("kiosk", "1".into()));
            if kiosk.idle_seconds != DEFAULT_IDLE_SECONDS {
                pairs.push(("idle", kiosk.idle_seconds.to_string()));
            }
            if kiosk.attract {
                pairs.push(("attract", "1".into()));
            }
        }
        if self.embed {
            pairs.push(("embed", "1".into()));
        }
        if let Some(edition) = self.edition {
            pairs.push(("edition", edition.to_string()));
        }
        build_query(&pairs)
    }

    /// A relative link to this view; `./` keeps the page's own path, so links work under
    /// any sub-path.
    pub fn href(&self) -> String {
        let query = self.to_query();
        if query.is_empty() {
            "./".to_string()
        } else {
            format!("?{query}")
        }
    }

    /// The open detail's indicator id.
    pub fn detail(&self) -> Option<&str> {
        match &self.page {
            Page::Detail(id) => Some(id),
            _ => None,
        }
    }

    /// The indicator `id`, over the current list (Back returns to it).
    pub fn open(&self, id: &str) -> View {
        View {
            page: Page::Detail(id.to_string()),
            ..self.clone()
        }
    }

    /// Another page, keeping the list and the mode.
    pub fn show(&self, page: Page) -> View {
        View {
            page,
            ..self.clone()
        }
    }

    /// The draft sheet, of one department's rows or of all; nothing else narrows it.
    /// A kiosk or an embedded view stays where it is.
    pub fn sheet_of(&self, department: Option<String>) -> View {
        if self.kiosk.is_some() || self.embed {
            return self.clone();
        }
        View {
            page: Page::Sheet,
            filter: Filter {
                department,
                ..Filter::default()
            },
            ..self.clone()
        }
    }

    /// From a detail back to the list it was opened from.
    pub fn back(&self) -> View {
        self.show(Page::Overview)
    }

    /// The overview's cards with a different filter.
    pub fn filtered(&self, filter: Filter) -> View {
        View {
            page: Page::Overview,
            filter,
            ..self.clone()
        }
    }

    /// The list with every narrowing removed (sort order kept).
    pub fn cleared(&self) -> View {
        self.filtered(self.filter.cleared())
    }

    /// The KPIs of one goal or sub-goal that have `status`: what a count link shows.
    pub fn with_status_in(&self, goal: &str, status: Status) -> View {
        self.filtered(Filter {
            goal: Some(goal.to_string()),
            statuses: [status].into_iter().collect(),
            kind: Some(Kind::Kpi),
            ..self.filter.cleared()
        })
    }

    /// The starting view, keeping the mode (kiosk, language, embedding) and the edition.
    pub fn home(&self) -> View {
        View {
            kiosk: self.kiosk,
            lang: self.lang,
            embed: self.embed,
            edition: self.edition,
            ..View::default()
        }
    }

    /// The same page and language in another edition (`None`: the newest), from the start
    /// of its list.
    pub fn in_edition(&self, edition: Option<u16>) -> View {
        View {
            edition,
            ..self.home().show(match self.page {
                Page::Detail(_) | Page::Data | Page::Accessibility | Page::Changes => {
                    self.page.clone()
                }
                _ => Page::Overview,
            })
        }
    }

    /// What a kiosk returns to when idle: the overview in the kiosk's default language.
    pub fn kiosk_reset(&self) -> View {
        View {
            kiosk: self.kiosk,
            ..View::default()
        }
    }

    /// The same view in `lang`.
    pub fn in_language(&self, lang: Lang) -> View {
        View {
            lang: Some(lang),
            ..self.clone()
        }
    }

    /// The same content as a full page (not embedded), for the link out of an embed.
    pub fn full_page(&self) -> View {
        View {
            embed: false,
            ..self.clone()
        }
    }

    /// This content embedded in another page: no mode but embedding, the list's filter
    /// only where the content is the list.
    pub fn embedded(&self) -> View {
        self.content_only(true)
    }

    /// What a shared link of this view carries: a detail needs only its indicator (and the
    /// language); a list keeps its filter; no kiosk or embedding.
    pub fn shareable(&self) -> View {
        self.content_only(false)
    }

    /// The page and language, the list's filter only where the page is the list, no kiosk.
    fn content_only(&self, embed: bool) -> View {
        let filter = if self.page == Page::Overview {
            self.filter.clone()
        } else {
            Default::default()
        };
        View {
            page: self.page.clone(),
            filter,
            kiosk: None,
            lang: self.lang,
            embed,
            edition: self.edition,
        }
    }

    /// The public address of this view for a visitor's phone: without kiosk settings, so it
    /// opens normally there. `None` when no public base URL is known.
    pub fn public_link(&self, base: Option<&str>) -> Option<String> {
        let base = base?.trim();
        if base.is_empty() {
            return None;
        }
        let query = View {
            kiosk: None,
            ..self.clone()
        }
        .to_query();
        let base = base.split(['?', '#']).next().unwrap_or(base);
        Some(if query.is_empty() {
            base.to_string()
        } else {
            format!("{base}?{query}")
        })
    }
}
