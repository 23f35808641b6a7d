//! Which languages' words the app has now. 日本語 is always there: it is the default and
//! the language of the pre-rendered first screen. English and やさしい日本語 are wasm
//! modules of their own in the release build (`state::words` fetches one when a visit
//! chooses it and calls [`install`]): a visit in one language does not download the
//! others. Natively (tests, tools) every language is compiled in.
//!
//! A table whose words are shown only in a screen that is a module of its own already
//! (the kiosk's, saving's) is not in a pack: its three languages travel with that screen.

use std::sync::OnceLock;

use super::chart_words::{self, ChartWords};
use super::edit_words::{self, EditWords};
use super::edition_words::{self, EditionWords};
use super::info_words::{self, InfoWords};
use super::lang::Lang;
use super::messages::{self, Messages};
use super::progress_ui_words::{self, ProgressUiWords};
use super::reader_words::{self, ReaderWords};
use super::row_form_words::{self, RowFormWords};
use super::sheet_words::{self, SheetWords};
use super::track_words::{self, TrackWords};

/// Every table of one language that the main module's screens read.
pub struct WordPack {
    pub messages: &'static Messages,
    pub chart: &'static ChartWords,
    pub edit: &'static EditWords,
    pub edition: &'static EditionWords,
    pub info: &'static InfoWords,
    pub progress_ui: &'static ProgressUiWords,
    pub reader: &'static ReaderWords,
    pub row_form: &'static RowFormWords,
    pub sheet: &'static SheetWords,
    pub track: &'static TrackWords,
}

macro_rules! pack_of {
    ($lang:ident) => {
        WordPack {
            messages: &messages::$lang,
            chart: &chart_words::$lang,
            edit: &edit_words::$lang,
            edition: &edition_words::$lang,
            info: &info_words::$lang,
            progress_ui: &progress_ui_words::$lang,
            reader: &reader_words::$lang,
            row_form: &row_form_words::$lang,
            sheet: &sheet_words::$lang,
            track: &track_words::$lang,
        }
    };
}

pub static JA: WordPack = pack_of!(JA);
/// Read only by the module that installs it (and natively): the release build moves it,
/// and every word it reaches, out of the main module.
pub static EN: WordPack = pack_of!(EN);
/// As [`EN`].
pub static EASY: WordPack = pack_of!(EASY);

static INSTALLED_EN: OnceLock<&'static WordPack> = OnceLock::new();
static INSTALLED_EASY: OnceLock<&'static WordPack> = OnceLock::new();

fn slot(lang: Lang) -> Option<&'static OnceLock<&'static WordPack>> {
    match lang {
        Lang::Ja => None,
        Lang::En => Some(&INSTALLED_EN),
        Lang::JaEasy => Some(&INSTALLED_EASY),
    }
}

/// Makes `pack` the words of `lang` (its module has arrived). Only the first call counts.
pub fn install(lang: Lang, pack: &'static WordPack) {
    if let Some(slot) = slot(lang) {
        let _ = slot.set(pack);
    }
}

/// Whether `lang`'s words can be shown.
pub fn installed(lang: Lang) -> bool {
    cfg!(not(target_arch = "wasm32")) || slot(lang).is_none_or(|slot| slot.get().is_some())
}

/// The words of `lang`; 日本語's while `lang`'s have not arrived (the app shows a language
/// only once they have: `state::words`).
pub fn pack(lang: Lang) -> &'static WordPack {
    match slot(lang).and_then(|slot| slot.get()) {
        Some(pack) => pack,
        None => compiled_in(lang),
    }
}

#[cfg(target_arch = "wasm32")]
fn compiled_in(_: Lang) -> &'static WordPack {
    &JA
}

#[cfg(not(target_arch = "wasm32"))]
fn compiled_in(lang: Lang) -> &'static WordPack {
    match lang {
        Lang::Ja => &JA,
        Lang::En => &EN,
        Lang::JaEasy => &EASY,
    }
}
