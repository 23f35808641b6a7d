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
//!
//! The tables the main module's screens read are grouped by language in [`packs`]: the
//! release build ships English's and やさしい日本語's as modules of their own.

/// `impl Words` for a table: from its language pack (`words_in!(Messages: messages)`, the
/// field of [`packs::WordPack`]), or from its three statics for a table shown only by a
/// module of its own (`words_in!(KioskWords: JA, EN, EASY)`).
macro_rules! words_in {
    ($table:ty: $field:ident) => {
        impl $crate::domain::i18n::lang::Words for $table {
            fn of(lang: $crate::domain::i18n::lang::Lang) -> &'static Self {
                $crate::domain::i18n::packs::pack(lang).$field
            }
        }
    };
    ($table:ty: $ja:ident, $en:ident, $easy:ident) => {
        impl $crate::domain::i18n::lang::Words for $table {
            fn of(lang: $crate::domain::i18n::lang::Lang) -> &'static Self {
                match lang {
                    $crate::domain::i18n::lang::Lang::Ja => &$ja,
                    $crate::domain::i18n::lang::Lang::En => &$en,
                    $crate::domain::i18n::lang::Lang::JaEasy => &$easy,
                }
            }
        }
    };
}

pub mod chart_words;
pub mod edit_words;
pub mod edition_words;
pub mod english;
pub mod fatal_words;
pub mod info_words;
pub mod kiosk_words;
pub mod lang;
pub mod messages;
pub mod packs;
pub mod progress_ui_words;
pub mod progress_words;
pub mod reader_words;
pub mod row_form_words;
pub mod save_words;
pub mod sheet_words;
pub mod track_words;

pub use lang::{Lang, Words};
pub use messages::Messages;

use crate::domain::edits::{Field, SheetText};
use edit_words::EditWords;

impl Lang {
    /// An edit field's name (may carry `{漢字|かんじ}` furigana markup).
    pub fn field_label(self, field: Field) -> String {
        match field {
            Field::Value(column) => Messages::of(self).column(column).to_string(),
            Field::LaterActual(year) => (Messages::of(self).later_actual)(year),
            Field::LaterTarget(year) => (Messages::of(self).later_target)(year),
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
