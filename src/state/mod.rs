//! Shared state, provided once through context as a small `Copy` handle. The URL query is
//! the source of truth for what is shown, so links, reloads and back/forward all agree.

pub mod edits;
pub mod theme;

use leptos::prelude::*;

use crate::domain::edits::apply;
use crate::domain::filter::{search_text, select, Filter};
use crate::domain::Dataset;
use crate::domain::i18n::Lang;
use edits::EditsState;

const LANG_KEY: &str = "isesaki-kpi/lang";

fn saved_language() -> Option<Lang> {
    let storage = window().local_storage().ok().flatten()?;
    Lang::from_key(&storage.get_item(LANG_KEY).ok().flatten()?)
}

/// How a view change enters the browser history.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum HistoryMode {
    /// A new entry: the back button returns to the previous view.
    Push,
    /// Rewrite the current entry: for typing in the search box.
    Replace,
}

#[derive(Clone, Copy)]
pub struct AppState {
    /// The city's sheet; never changes after start-up.
    pub official: StoredValue<Dataset>,
    /// What is shown: the official sheet with this device's edits laid over it
    /// (or the official sheet alone when the user asks for it).
    pub data: Memo<Dataset>,
    pub edits: EditsState,
    pub filter: RwSignal<Filter>,
    /// Indices into `official.indicators` of the rows shown, in display order.
    pub visible: Memo<Vec<usize>>,
    /// Every row in the chosen sort order: the cards stay mounted in this order and a
    /// filter change only hides or shows them, which is what keeps filtering fast.
    pub order: Memo<Vec<usize>>,
    /// The UI language: the URL's `lang`, else the last choice on this device, else 日本語.
    pub lang: Memo<Lang>,
    pub theme: theme::ThemeState,
    /// True once ECharts has loaded (it arrives after the first paint).
    pub charts_ready: ReadSignal<bool>,
    /// True between the print dialog's `beforeprint` and `afterprint`: print-only parts
    /// (charts far down the page, the footer's QR code) are drawn then, not before.
    pub printing: ReadSignal<bool>,
}

impl AppState {
    pub fn provide(dataset: Dataset) {
        let folded: Vec<String> = dataset.indicators.iter().map(|i| search_text(i, &dataset)).collect();
        let filter = RwSignal::new(Filter::from_query(&current_query(), &dataset));
        let official = StoredValue::new(dataset);
        let folded = StoredValue::new(folded);
        let edits = EditsState::new(official);
        let data = Memo::new(move |_| {
            let set = edits.edits.read();
            if edits.official_only.get() || set.active_count() == 0 {
                official.get_value()
            } else {
                official.with_value(|d| apply(d, &set))
            }
        });
        let visible = Memo::new(move |_| {
            let filter = filter.read();
            data.with(|d| folded.with_value(|f| select(&filter, &d.indicators, f)))
        });
        let sort = Memo::new(move |_| filter.with(|f| f.sort));
        let order = Memo::new(move |_| {
            let everything = Filter { sort: sort.get(), ..Filter::default() };
            data.with(|d| folded.with_value(|f| select(&everything, &d.indicators, f)))
        });
        let saved_lang = saved_language();
        let lang = Memo::new(move |_| filter.with(|f| f.lang).or(saved_lang).unwrap_or_default());
        Effect::new(move |_| {
            let lang = lang.get();
            if let Some(root) = document().document_element() {
                let _ = root.set_attribute("lang", lang.html_lang());
                let _ = root.set_attribute("data-lang", lang.key());
            }
        });
        let (charts_ready, set_charts_ready) = signal(crate::chart::echarts_loaded());
        let ready_listener = window_event_listener_untyped("echarts-ready", move |_| set_charts_ready.set(true));
        on_cleanup(move || ready_listener.remove());
        let (printing, set_printing) = signal(false);
        let before_print = window_event_listener_untyped("beforeprint", move |_| set_printing.set(true));
        let after_print = window_event_listener_untyped("afterprint", move |_| set_printing.set(false));
        on_cleanup(move || {
            before_print.remove();
            after_print.remove();
        });
        let theme = theme::ThemeState::new();
        let state = AppState { official, data, edits, filter, visible, order, lang, theme, charts_ready, printing };
        // Back and forward restore the view the URL describes.
        let listener = window_event_listener(leptos::ev::popstate, move |_| {
            let next = official.with_value(|d| Filter::from_query(&current_query(), d));
            filter.set(next);
        });
        on_cleanup(move || listener.remove());
        provide_context(state);
    }

    pub fn expect() -> AppState {
        expect_context::<AppState>()
    }

    /// Switches the language, remembers it on this device, and puts it in the URL.
    pub fn set_language(&self, lang: Lang) {
        if let Some(storage) = window().local_storage().ok().flatten() {
            let _ = storage.set_item(LANG_KEY, lang.key());
        }
        self.update(HistoryMode::Replace, |f| f.lang = Some(lang));
    }

    pub fn total(&self) -> usize {
        self.official.with_value(|d| d.indicators.len())
    }

    /// Shows `next` and records it in the URL.
    pub fn navigate(&self, next: Filter, mode: HistoryMode) {
        if self.filter.with_untracked(|current| *current == next) {
            return;
        }
        write_url(&next.to_query(), mode);
        self.filter.set(next);
    }

    /// Applies a change to the current view.
    pub fn update(&self, mode: HistoryMode, change: impl FnOnce(&mut Filter)) {
        let mut next = self.filter.get_untracked();
        change(&mut next);
        self.navigate(next, mode);
    }
}

pub fn href_for(filter: &Filter) -> String {
    let query = filter.to_query();
    if query.is_empty() {
        // "./" keeps the page's own path, so the link works under any sub-path.
        "./".to_string()
    } else {
        format!("?{query}")
    }
}

fn current_query() -> String {
    window().location().search().unwrap_or_default()
}

fn write_url(query: &str, mode: HistoryMode) {
    let location = window().location();
    let path = location.pathname().unwrap_or_default();
    let url = if query.is_empty() { path } else { format!("{path}?{query}") };
    let Ok(history) = window().history() else { return };
    let _ = match mode {
        HistoryMode::Push => history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url)),
        HistoryMode::Replace => history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url)),
    };
}
