//! The three languages of the page, how each names itself, and the word tables that
//! have one instance per language.

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

/// A table of words with one instance per language: `ChartWords::of(lang).actual`.
/// A new word goes into the table of the part of the app that shows it, in all three
/// languages (the compiler insists); a new part of the app gets a table of its own.
pub trait Words: Sync + 'static {
    fn of(lang: Lang) -> &'static Self;
}
