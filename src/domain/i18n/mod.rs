//! Every word the app shows, in 日本語, English and やさしい日本語. Each part of the app
//! has one table (a struct with a static per language, reached as `Table::of(lang)`):
//! the page's frame and lists (`messages`), readers' notes (`reader_words`), charts
//! (`chart_words`), the progress label's surroundings (`progress_ui_words`), a card's bar
//! (`track_words`), open data and the accessibility page (`info_words`), the kiosk
//! (`kiosk_words`), edit mode (`edit_words`, `row_form_words`, `save_words`,
//! `sheet_words`). The sentences about a row's progress are built by the functions of
//! `progress_words`; the error page that cannot follow the switch is `fatal_words`.
//! Plus the `{漢字|かんじ}` furigana markup they share, drawn as `<ruby>` by the UI (see
//! [`ruby_segments`]).

/// A table of words with one instance per language: `ChartWords::of(lang).actual`.
/// A new word goes into the table of the part of the app that shows it, in all three
/// languages (the compiler insists); a new part of the app gets a table of its own.
pub trait Words: Sync + 'static {
    fn of(lang: Lang) -> &'static Self;
}

/// `impl Words` for a table from its three statics.
macro_rules! words_in {
    ($table:ty: $ja:ident, $en:ident, $easy:ident) => {
        impl $crate::domain::i18n::Words for $table {
            fn of(lang: $crate::domain::i18n::Lang) -> &'static Self {
                match lang {
                    $crate::domain::i18n::Lang::Ja => &$ja,
                    $crate::domain::i18n::Lang::En => &$en,
                    $crate::domain::i18n::Lang::JaEasy => &$easy,
                }
            }
        }
    };
}

pub mod chart_words;
pub mod edit_words;
pub mod fatal_words;
pub mod info_words;
pub mod kiosk_words;
pub mod messages;
pub mod progress_ui_words;
pub mod progress_words;
pub mod reader_words;
pub mod row_form_words;
pub mod save_words;
pub mod sheet_words;
pub mod track_words;

pub use messages::Messages;

use crate::domain::edits::{Field, SheetText};
use edit_words::EditWords;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Ja,
    En,
    JaEasy,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Ja, Lang::En, Lang::JaEasy];

    pub fn key(self) -> &'static str {
        match self {
            Lang::Ja => "ja",
            Lang::En => "en",
            Lang::JaEasy => "ja-easy",
        }
    }

    pub fn from_key(key: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.key() == key)
    }

    /// The `<html lang>` value: easy Japanese is Japanese.
    pub fn html_lang(self) -> &'static str {
        match self {
            Lang::En => "en",
            _ => "ja",
        }
    }

    /// Its own name, as shown in the switch.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::Ja => "日本語",
            Lang::En => "English",
            Lang::JaEasy => "やさしい日本語",
        }
    }

    /// Its own name while `shown_in` is the page's language: with readings on an easy
    /// Japanese page.
    pub fn endonym_in(self, shown_in: Lang) -> &'static str {
        match (self, shown_in) {
            (Lang::Ja, Lang::JaEasy) => "{日本語|にほんご}",
            (Lang::JaEasy, Lang::JaEasy) => "やさしい{日本語|にほんご}",
            _ => self.endonym(),
        }
    }

    /// The name of the language switch, in every language at once (it is how one finds
    /// one's own).
    pub const SWITCH_LABEL: &'static str = "表示言語 / Language";

    /// An edit field's name (may carry `{漢字|かんじ}` furigana markup).
    pub fn field_label(self, field: Field) -> String {
        match field {
            Field::Value(column) => Messages::of(self).column(column).to_string(),
            Field::LaterActual(year) => (Messages::of(self).later_actual)(year),
            Field::Status => EditWords::of(self).status_field.into(),
            Field::Note => EditWords::of(self).note_field.into(),
            Field::Text(text) => self.sheet_text_label(text).into(),
        }
    }

    /// The name of one of the sheet's texts, as the detail heads it.
    pub fn sheet_text_label(self, text: SheetText) -> &'static str {
        let m = Messages::of(self);
        match text {
            SheetText::DelayReason => m.delay_reason,
            SheetText::Initiatives => m.initiatives,
            SheetText::Challenges => m.challenges,
            SheetText::Plans => m.plans,
        }
    }

    /// Official names are Japanese; English gets the dataset's `*_en` fields.
    pub fn uses_english_names(self) -> bool {
        self == Lang::En
    }

    /// The name to show of a pair from the dataset (`name`, `name_en`).
    pub fn name<'a>(self, ja: &'a str, en: &'a str) -> &'a str {
        if self.uses_english_names() {
            en
        } else {
            ja
        }
    }
}

/// Plain text or a word with its reading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment<'a> {
    Text(&'a str),
    Ruby { base: &'a str, reading: &'a str },
}

/// Splits `{漢字|かんじ}` markup into segments; anything malformed stays plain text.
pub fn ruby_segments(text: &str) -> Vec<Segment<'_>> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}').map(|c| open + c) else {
            break;
        };
        let inner = &rest[open + 1..close];
        let Some((base, reading)) = inner.split_once('|') else {
            out.push(Segment::Text(&rest[..=close]));
            rest = &rest[close + 1..];
            continue;
        };
        if open > 0 {
            out.push(Segment::Text(&rest[..open]));
        }
        out.push(Segment::Ruby { base, reading });
        rest = &rest[close + 1..];
    }
    if !rest.is_empty() {
        out.push(Segment::Text(rest));
    }
    out
}

/// The text without readings, e.g. for `aria-label`s and `<option>`s (which cannot hold `<ruby>`).
pub fn plain(text: &str) -> String {
    ruby_segments(text)
        .into_iter()
        .map(|s| match s {
            Segment::Text(t) => t,
            Segment::Ruby { base, .. } => base,
        })
        .collect()
}
