//! Shared state, provided once through context as a small `Copy` handle. The URL query is
//! the source of truth for what is shown, so links, reloads and back/forward all agree.

pub mod edits;
pub mod long_texts;
pub mod readings;
pub mod theme;
pub mod words;

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::edits::{apply, texts_rewritten, SheetText};
use crate::domain::i18n::Lang;
use crate::domain::long_texts::without_texts;
use crate::domain::navigation::filter::{emptied_by, search_text, select, Filter, Narrowing};
use crate::domain::navigation::page_title::page_title;
use crate::domain::navigation::view::View;
use crate::domain::{Dataset, Indicator};
use crate::shared_names::{EVENT_ECHARTS_FAILED, EVENT_ECHARTS_READY, KEY_LANG};
use crate::web::window_events::on_window_named;
use crate::web::{echarts, history, share, storage, tasks};
use edits::{EditsState, StoredAtStart};
use long_texts::{HeldSheets, LongTextsLoading};
use readings::ReadingsLoading;
use words::WordsLoading;

pub use crate::web::history::HistoryMode;

#[derive(Clone, Copy)]
pub struct AppState {
    /// The city's sheet of the edition shown (the newest, or an earlier one the URL asks
    /// for); never changes after start-up: another edition is another page load.
    pub official: StoredValue<Arc<Dataset>>,
    /// Every edition embedded, oldest first; the last is the newest.
    pub editions: StoredValue<Arc<[Arc<Dataset>]>>,
    /// What is shown: the official sheet with this device's edits laid over it
    /// (or the official sheet alone when the user asks for it).
    /// Shared, not copied: the official sheet is handed out as it is when nothing is edited.
    pub data: Memo<Arc<Dataset>>,
    pub edits: EditsState,
    /// Edit mode is on: asked for, and never in a kiosk or an embedded view, whatever the
    /// route, key or event.
    pub editing: Memo<bool>,
    /// What the user is looking at; written to the URL by [`AppState::navigate`].
    pub view: RwSignal<View>,
    /// The starting view in the current mode (kiosk, language, embedding): the base of
    /// links that should carry nothing else, like a card's link to its detail.
    pub home: Memo<View>,
    /// Indices into `official.indicators` of the rows shown, in display order.
    pub visible: Memo<Vec<usize>>,
    /// When nothing matches: each narrowing of the filter and how many rows removing it
    /// alone would show (empty otherwise).
    pub emptied_by: Memo<Vec<(Narrowing, usize)>>,
    /// Every row in the chosen sort order: the cards stay mounted in this order and a
    /// filter change only hides or shows them, which is what keeps filtering fast.
    pub order: Memo<Vec<usize>>,
    /// The UI language: the URL's `lang`, else the last choice on this device, else 日本語.
    pub lang: Memo<Lang>,
    /// The words of English and やさしい日本語 on their way (modules of their own).
    pub words: WordsLoading,
    /// The rows' long texts (遅れの理由, ①②③), a data file fetched when first needed.
    pub texts: LongTextsLoading,
    pub theme: theme::ThemeState,
    pub charts: ChartsLoading,
    /// True between the print dialog's `beforeprint` and `afterprint`: print-only parts
    /// (charts far down the page, the footer's QR code) are drawn then, not before.
    pub printing: ReadSignal<bool>,
}

/// Where the ECharts script is: it arrives after the first paint, or fails to.
#[derive(Clone, Copy)]
pub struct ChartsLoading {
    pub ready: ReadSignal<bool>,
    /// The script could not be loaded (offline without a cache, blocked): charts show
    /// their tables instead.
    pub failed: ReadSignal<bool>,
}

impl AppState {
    /// `texts_here`: the editions already carry the rows' long texts.
    pub fn provide(editions: Vec<Arc<Dataset>>, stored: StoredAtStart, texts_here: bool) {
        let newest = editions
            .last()
            .cloned()
            .expect("the build embeds an edition");
        let query = history::current_query();
        let asked = View::from_query(&query, &newest).edition;
        let dataset = asked
            .and_then(|year| editions.iter().find(|d| d.fiscal_year == year))
            .cloned()
            .unwrap_or_else(|| newest.clone());
        let earlier = !Arc::ptr_eq(&dataset, &newest);
        let mut first = View::from_query(&query, &dataset);
        // The newest edition, or one that is not embedded, is the address without it.
        first.edition = earlier.then_some(dataset.fiscal_year);
        if first.edition != asked {
            history::write(&first.href(), HistoryMode::Replace);
        }
        let view = RwSignal::new(first);
        let official = StoredValue::new(dataset);
        let editions = StoredValue::new(Arc::<[Arc<Dataset>]>::from(editions));
        let edits_official = StoredValue::new(newest);
        let texts = LongTextsLoading::new(
            HeldSheets {
                official,
                editions,
                edits_official,
            },
            texts_here,
        );
        // Built at the first search: each row's text with the readings of its kanji needs
        // the readings table, fetched then, and ≈ 15 ms of a slow phone's start-up that a
        // visit without a search never uses. Built again once the table has arrived.
        // Likewise the rows' long texts, which a search reads too: until they are here
        // the search finds names and places, then it is worked out again.
        let readings_loading = ReadingsLoading::new();
        let search_texts = StoredValue::new(None::<((bool, bool), Arc<[String]>)>);
        let texts_for = move |filter: &Filter| -> Option<Arc<[String]>> {
            if filter.query.trim().is_empty() {
                return None;
            }
            let built_with = (readings_loading.settled(), texts.arrived());
            let cached = search_texts.with_value(|cache| {
                cache
                    .as_ref()
                    .filter(|(with, _)| *with == built_with)
                    .map(|(_, texts)| texts.clone())
            });
            Some(cached.unwrap_or_else(|| {
                // What stands in for a text that is not here yet is not searched.
                let texts: Arc<[String]> = official.with_value(|d| {
                    d.indicators
                        .iter()
                        .map(|i| {
                            let stripped;
                            let row = if built_with.1 {
                                i
                            } else {
                                stripped = without_texts(i);
                                &stripped
                            };
                            search_text(row, d)
                        })
                        .collect()
                });
                search_texts.set_value(Some((built_with, texts.clone())));
                texts
            }))
        };
        let edits = EditsState::new(edits_official, stored);
        let data = Memo::new(move |_| {
            // The official sheet is filled in when the long texts arrive.
            texts.arrived();
            let set = edits.edits.read();
            // An earlier edition is shown as the city published it.
            if earlier || edits.official_only.get() || set.active_count() == 0 {
                official.get_value()
            } else {
                official.with_value(|d| Arc::new(apply(d, &set)))
            }
        });
        let filter = Memo::new(move |_| view.with(|v| v.filter.clone()));
        let visible = Memo::new(move |_| {
            let filter = filter.read();
            let texts = texts_for(&filter);
            data.with(|d| select(&filter, &d.indicators, texts.as_deref().unwrap_or_default()))
        });
        let emptied_by = Memo::new(move |_| {
            if !visible.with(Vec::is_empty) {
                return Vec::new();
            }
            let filter = filter.read();
            let texts = texts_for(&filter);
            data.with(|d| emptied_by(&filter, &d.indicators, texts.as_deref().unwrap_or_default()))
        });
        let sort = Memo::new(move |_| filter.with(|f| f.sort));
        let order = Memo::new(move |_| {
            let everything = Filter {
                sort: sort.get(),
                ..Filter::default()
            };
            data.with(|d| select(&everything, &d.indicators, &[]))
        });
        let saved_lang = words::saved_lang();
        let asked_lang =
            Memo::new(move |_| view.with(|v| v.lang).or(saved_lang).unwrap_or_default());
        // A language is shown once its words (and, for やさしい日本語, its readings) are
        // here; until then the language shown stays the one before (日本語 at the very
        // start, which the mount avoids by waiting for them: crate::app).
        let words = WordsLoading::new();
        let lang = Memo::new(move |previous: Option<&Lang>| {
            let asked = asked_lang.get();
            let ready =
                words.arrived(asked) && (asked != Lang::JaEasy || readings_loading.settled());
            if ready {
                asked
            } else {
                previous.copied().unwrap_or_default()
            }
        });
        Effect::new(move |_| {
            let searching = filter.with(|f| !f.query.trim().is_empty());
            let asked = asked_lang.get();
            words.request(asked);
            if searching || asked == Lang::JaEasy {
                readings_loading.request();
            }
            if searching {
                texts.request();
            }
        });
        Effect::new(move |_| {
            let lang = lang.get();
            if let Some(root) = document().document_element() {
                let _ = root.set_attribute("lang", lang.html_lang());
                let _ = root.set_attribute("data-lang", lang.key());
            }
        });
        // The tab (and a bookmark, or a shared link's label) names what is shown.
        Effect::new(move |_| {
            let title = view.with(|v| official.with_value(|d| page_title(v, d, lang.get())));
            tasks::after_paint(move || share::set_title(&title));
        });
        let state = AppState {
            official,
            editions,
            data,
            edits,
            editing: Memo::new(move |_| {
                edits.edit_mode.get() && !earlier && view.with(|v| v.kiosk.is_none() && !v.embed)
            }),
            view,
            home: Memo::new(move |_| view.with(View::home)),
            visible,
            emptied_by,
            order,
            lang,
            words,
            texts,
            theme: theme::ThemeState::new(),
            charts: ChartsLoading::follow(),
            printing: printing(),
        };
        history::on_back_forward(move |query| {
            let next = official.with_value(|d| View::from_query(&query, d));
            // Another edition is another page: load it.
            if next.edition != view.with_untracked(|v| v.edition) {
                return history::load(&next.href());
            }
            view.set(next);
        });
        provide_context(state);
    }

    pub fn expect() -> AppState {
        expect_context::<AppState>()
    }

    /// Switches the language, remembers it on this device, and puts it in the URL.
    pub fn set_language(&self, lang: Lang) {
        // Not remembered is not worth a warning: the URL still carries the choice.
        let _ = storage::write(KEY_LANG, lang.key());
        self.update(HistoryMode::Replace, |v| *v = v.in_language(lang));
    }

    /// True when figures edited on this device are shown: headers and prints must then
    /// not call what they show the city's figures.
    pub fn edits_shown(&self) -> bool {
        !self.edits.official_only.get() && self.edits.edits.with(|set| set.active_count() > 0)
    }

    /// The sheet's texts that `row` (as shown) has rewritten on this device, against the
    /// city's row with the same id.
    pub fn texts_rewritten(&self, row: &Indicator) -> Vec<SheetText> {
        // Most visits hold no edits: then no card looks for its official row.
        if self
            .edits
            .edits
            .with_untracked(|set| set.active_count() == 0)
        {
            return Vec::new();
        }
        self.official.with_value(|d| {
            d.indicators
                .iter()
                .find(|o| o.id == row.id)
                .map(|o| texts_rewritten(o, row))
                .unwrap_or_default()
        })
    }

    pub fn total(&self) -> usize {
        self.official.with_value(|d| d.indicators.len())
    }

    /// The fiscal year of the edition shown.
    pub fn edition_year(&self) -> u16 {
        self.official.with_value(|d| d.fiscal_year)
    }

    /// The edition before the one shown, if the build holds it.
    pub fn previous_edition(&self) -> Option<Arc<Dataset>> {
        let year = self.edition_year();
        self.editions
            .with_value(|all| all.iter().find(|d| d.fiscal_year + 1 == year).cloned())
    }

    /// True when an earlier edition than the newest is shown.
    pub fn earlier_edition(&self) -> bool {
        self.view.with_untracked(|v| v.edition.is_some())
    }

    /// Shows `next` and records it in the URL.
    pub fn navigate(&self, next: View, mode: HistoryMode) {
        if self.view.with_untracked(|current| *current == next) {
            return;
        }
        // Another edition is another page: the app starts again with its sheet.
        if self
            .view
            .with_untracked(|current| current.edition != next.edition)
        {
            return history::load(&next.href());
        }
        let same_page = self
            .view
            .with_untracked(|current| current.page == next.page);
        if same_page {
            history::write_after_paint(next.href(), mode);
        } else {
            history::write(&next.href(), mode);
        }
        self.view.set(next);
    }

    /// Applies a change to the current view.
    pub fn update(&self, mode: HistoryMode, change: impl FnOnce(&mut View)) {
        let mut next = self.view.get_untracked();
        change(&mut next);
        self.navigate(next, mode);
    }
}

impl ChartsLoading {
    fn follow() -> ChartsLoading {
        let (ready, set_ready) = signal(echarts::loaded());
        let (failed, set_failed) = signal(false);
        on_window_named(EVENT_ECHARTS_READY, move |_| set_ready.set(true));
        on_window_named(EVENT_ECHARTS_FAILED, move |_| set_failed.set(true));
        ChartsLoading { ready, failed }
    }
}

fn printing() -> ReadSignal<bool> {
    let (printing, set_printing) = signal(false);
    on_window_named("beforeprint", move |_| set_printing.set(true));
    on_window_named("afterprint", move |_| set_printing.set(false));
    printing
}
