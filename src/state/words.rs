//! When English's or やさしい日本語's words are fetched (each is a wasm module of its own:
//! `domain::i18n::packs`): before the first mount of a visit that starts in it, or at a
//! switch to it. Until they are there the page stays in the language it shows, so a switch
//! never shows a mix; a module that cannot be had leaves the page as it is and says so.

use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;

use crate::domain::i18n::packs::{self, WordPack};
use crate::domain::i18n::Lang;
use crate::shared_names::KEY_LANG;
use crate::split_off::split_off;
use crate::web::storage;

split_off!(words_en =>
/// English's words, from the `words_en` module.
fn english() -> Result<&'static WordPack, SplitLoaderError> {
    Ok(&packs::EN)
});

split_off!(words_easy =>
/// やさしい日本語's words, from the `words_easy` module.
fn easy_japanese() -> Result<&'static WordPack, SplitLoaderError> {
    Ok(&packs::EASY)
});

/// The language this device last chose, if any.
pub fn saved_lang() -> Option<Lang> {
    storage::read(KEY_LANG)
        .ok()
        .flatten()
        .and_then(|key| Lang::from_key(&key))
}

/// Fetches and installs `lang`'s words unless they are here; false when they could not be
/// had (offline without a cache, a failed request).
pub async fn load(lang: Lang) -> bool {
    if packs::installed(lang) {
        return true;
    }
    let pack = match lang {
        Lang::Ja => return true,
        Lang::En => english().await,
        Lang::JaEasy => easy_japanese().await,
    };
    match pack {
        Ok(pack) => {
            packs::install(lang, pack);
            true
        }
        Err(problem) => {
            leptos::logging::warn!("words of {} not loaded: {problem:?}", lang.key());
            false
        }
    }
}

/// Which languages' words have arrived, tracked, and the last one that could not be had.
#[derive(Clone, Copy)]
pub struct WordsLoading {
    arrived: RwSignal<[bool; 3]>,
    pub failed: RwSignal<Option<Lang>>,
    asked: StoredValue<[bool; 3]>,
}

fn index(lang: Lang) -> usize {
    Lang::ALL
        .iter()
        .position(|l| *l == lang)
        .unwrap_or_default()
}

impl WordsLoading {
    pub fn new() -> Self {
        Self {
            arrived: RwSignal::new(Lang::ALL.map(packs::installed)),
            failed: RwSignal::new(None),
            asked: StoredValue::new([false; 3]),
        }
    }

    pub fn arrived(self, lang: Lang) -> bool {
        self.arrived.with(|arrived| arrived[index(lang)])
    }

    /// Starts fetching `lang`'s words unless they are here or on their way.
    pub fn request(self, lang: Lang) {
        let i = index(lang);
        if self.arrived.with_untracked(|a| a[i]) || self.asked.with_value(|a| a[i]) {
            return;
        }
        self.asked.update_value(|a| a[i] = true);
        self.failed.set(None);
        leptos::task::spawn_local(async move {
            if load(lang).await {
                self.arrived.update(|a| a[i] = true);
            } else {
                // The next choice of it tries again.
                self.asked.update_value(|a| a[i] = false);
                self.failed.set(Some(lang));
            }
        });
    }
}

impl Default for WordsLoading {
    fn default() -> Self {
        Self::new()
    }
}
