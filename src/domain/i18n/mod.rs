//! Every word the app shows, in 日本語, English and やさしい日本語, one file per part of the
//! app: the page's frame and lists (`messages`), readers' notes (`reader_words`), charts
//! (`chart_words`), the progress label and the sentences about it (`progress_words`,
//! `progress_ui_words`), a card's bar (`track_words`), open data and the accessibility page
//! (`info_words`), the kiosk (`kiosk_words`), and edit mode (`edit_words`, `row_form_words`,
//! `save_words`, `sheet_words`); plus the `{漢字|かんじ}` furigana markup they share, drawn
//! as `<ruby>` by the UI (see [`ruby_segments`]).

pub mod chart_words;
pub mod edit_words;
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

    pub fn messages(self) -> &'static Messages {
        match self {
            Lang::Ja => &messages::JA,
            Lang::En => &messages::EN,
            Lang::JaEasy => &messages::EASY,
        }
    }

    /// The edit screens' words.
    pub fn edit_words(self) -> &'static edit_words::EditWords {
        edit_words::edit_words(self)
    }

    /// The words of the open-data page, the accessibility statement and the footer.
    pub fn info_words(self) -> &'static info_words::InfoWords {
        info_words::info_words(self)
    }

    /// The words of the kiosk.
    pub fn kiosk_words(self) -> &'static kiosk_words::KioskWords {
        kiosk_words::kiosk_words(self)
    }

    /// Why a save did not happen, and the choice between two devices' values.
    pub fn save_words(self) -> &'static save_words::SaveWords {
        save_words::save_words(self)
    }

    /// The words around the computed progress label.
    pub fn progress_ui_words(self) -> &'static progress_ui_words::ProgressUiWords {
        progress_ui_words::words(self)
    }

    /// The words inside charts.
    pub fn chart_words(self) -> &'static chart_words::ChartWords {
        chart_words::words(self)
    }

    /// The words of a card's bar from the baseline to the final target.
    pub fn track_words(self) -> &'static track_words::TrackWords {
        track_words::words(self)
    }

    /// The words around the sheet's own content: titles, labels of the city's texts, glossary.
    pub fn reader_words(self) -> &'static reader_words::ReaderWords {
        reader_words::words(self)
    }

    /// The words of edit mode's form for one row.
    pub fn row_form_words(self) -> &'static row_form_words::RowFormWords {
        row_form_words::words(self)
    }

    /// The words of the draft sheet, its exports and the marks of local edits.
    pub fn sheet_words(self) -> &'static sheet_words::SheetWords {
        sheet_words::sheet_words(self)
    }

    /// An edit field's name (may carry `{漢字|かんじ}` furigana markup).
    pub fn field_label(self, field: Field) -> String {
        match field {
            Field::Value(column) => self.messages().column(column).to_string(),
            Field::LaterActual(year) => (self.messages().later_actual)(year),
            Field::Status => self.edit_words().status_field.into(),
            Field::Note => self.edit_words().note_field.into(),
            Field::Text(text) => self.sheet_text_label(text).into(),
        }
    }

    /// The name of one of the sheet's texts, as the detail heads it.
    pub fn sheet_text_label(self, text: SheetText) -> &'static str {
        let m = self.messages();
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
