//! Furigana for the dataset's Japanese texts, for やさしい日本語 and for search by reading.
//!
//! `src/data/readings.json` (written by `node js/readings.mjs` from the dataset with the
//! kuromoji analyser and the hand-checked `reading_overrides.json`, then committed) lists
//! every kanji-containing text the app shows, with `{漢字|かんじ}` marks: the same marks
//! as the UI messages, drawn by [`crate::domain::i18n::ruby_segments`]. Only the marked form is
//! stored; the plain text is that form with the marks removed.
//!
//! The table is not in the app's main module: a visit in 日本語 or English without a
//! search never reads it. The build ships it as a file of its own (the marked texts joined
//! by [`SEPARATOR`]); the app fetches it for やさしい日本語 or at the first search and
//! hands it to [`install`]. Until then every function here answers as for a text the
//! table does not have: no marks, no readings.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::OnceLock;

/// Between the marked texts of the shipped table (no text holds it; the build checks).
pub const SEPARATOR: char = '\u{1f}';

struct Table {
    /// Plain text → marked text, and the text as read (each text is read once, not at
    /// every row that shows it: departments and measures repeat on many rows).
    by_text: HashMap<String, (&'static str, &'static str)>,
}

static TABLE: OnceLock<Table> = OnceLock::new();

/// Makes the table (the marked texts joined by [`SEPARATOR`]) the one every function here
/// reads. Only the first call counts: the table never changes while the app runs.
pub fn install(joined: String) {
    TABLE.get_or_init(|| {
        let joined: &'static str = Box::leak(joined.into_boxed_str());
        let by_text = joined
            .split(SEPARATOR)
            .filter(|m| !m.is_empty())
            .map(|m| {
                let read: &'static str = Box::leak(read_marked(m).into_boxed_str());
                (plain(m), (m, read))
            })
            .collect();
        Table { by_text }
    });
}

/// True once [`install`] has been called.
pub fn installed() -> bool {
    TABLE.get().is_some()
}

fn table() -> Option<&'static Table> {
    TABLE.get()
}

/// Kanji run → its most frequent reading in the table, for texts the table does not have.
fn words() -> &'static (HashMap<&'static str, &'static str>, usize) {
    static WORDS: OnceLock<(HashMap<&'static str, &'static str>, usize)> = OnceLock::new();
    static NONE: OnceLock<(HashMap<&'static str, &'static str>, usize)> = OnceLock::new();
    let Some(table) = table() else {
        return NONE.get_or_init(|| (HashMap::new(), 0));
    };
    WORDS.get_or_init(|| {
        let mut counts: HashMap<(&'static str, &'static str), usize> = HashMap::new();
        for (marked, _) in table.by_text.values() {
            for (base, reading) in marks(marked) {
                *counts.entry((base, reading)).or_default() += 1;
            }
        }
        let mut best: HashMap<&'static str, (&'static str, usize)> = HashMap::new();
        for ((base, reading), n) in counts {
            let entry = best.entry(base).or_insert((reading, 0));
            if n > entry.1 || (n == entry.1 && reading < entry.0) {
                *entry = (reading, n);
            }
        }
        let longest = best.keys().map(|k| k.chars().count()).max().unwrap_or(0);
        (
            best.into_iter()
                .map(|(base, (reading, _))| (base, reading))
                .collect(),
            longest,
        )
    })
}

/// The `{base|reading}` marks of a marked text, in order.
fn marks(marked: &str) -> impl Iterator<Item = (&str, &str)> {
    marked
        .split('{')
        .skip(1)
        .filter_map(|piece| piece.split_once('}'))
        .filter_map(|(inner, _)| inner.split_once('|'))
}

/// The text with `{漢字|かんじ}` marks, or the text unchanged when the table does not have it.
pub fn marked(text: &str) -> Cow<'_, str> {
    match lookup(text) {
        Some(m) => Cow::Borrowed(m),
        None => Cow::Borrowed(text),
    }
}

/// The marked form of a text if the table has it.
pub fn lookup(text: &str) -> Option<&'static str> {
    table()?.by_text.get(text).map(|(marked, _)| *marked)
}

/// The whole text as read: each kanji run replaced by its reading in hiragana, everything
/// else kept (kana, digits, Latin), for search. A text the table does not have is read
/// word by word from the readings the table knows (longest match first); kanji it has
/// never seen stay as they are.
pub fn reading(text: &str) -> Cow<'static, str> {
    if let Some((_, read)) = table().and_then(|t| t.by_text.get(text)) {
        return Cow::Borrowed(read);
    }
    let (words, longest) = words();
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() * 2);
    let mut i = 0;
    while i < chars.len() {
        if is_kanji(chars[i]) {
            let found = (1..=(*longest).min(chars.len() - i)).rev().find_map(|n| {
                let word: String = chars[i..i + n].iter().collect();
                words.get(word.as_str()).map(|r| (n, *r))
            });
            if let Some((n, r)) = found {
                out.push_str(r);
                i += n;
                continue;
            }
        }
        out.push(chars[i]);
        i += 1;
    }
    Cow::Owned(out)
}

/// The text with a reading over every kanji the table can read: the table's own marked
/// form for a text it has, else each unmarked kanji run marked word by word (longest
/// match first) from the readings the table knows. Marks already present are kept, so
/// words built around dataset texts (`1,563件`, a sentence with a name in it) get
/// readings too. Kanji the table has never seen stay as they are.
pub fn with_readings(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_kanji) {
        return Cow::Borrowed(text);
    }
    if let Some(m) = lookup(text) {
        return Cow::Borrowed(m);
    }
    let mut out = String::with_capacity(text.len() * 2);
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}').map(|c| open + c) else {
            break;
        };
        if rest[open + 1..close].contains('|') {
            mark_words(&rest[..open], &mut out);
            out.push_str(&rest[open..=close]);
        } else {
            mark_words(&rest[..=close], &mut out);
        }
        rest = &rest[close + 1..];
    }
    mark_words(rest, &mut out);
    Cow::Owned(out)
}

/// Unmarked text with `{word|reading}` marks added from the known words. A run of kanji
/// is marked only when known words cover all of it: 求人開拓 with 開拓 unknown stays as
/// printed rather than read 求人{開|ひら}拓 (a wrong reading is worse than none).
fn mark_words(text: &str, out: &mut String) {
    if let Some(m) = lookup(text) {
        out.push_str(m);
        return;
    }
    let (words, longest) = words();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if !is_kanji(chars[i]) {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let end = (i..chars.len())
            .find(|&k| !is_kanji(chars[k]))
            .unwrap_or(chars.len());
        let mut marked = String::new();
        let mut at = i;
        while at < end {
            let found = (1..=(*longest).min(end - at)).rev().find_map(|n| {
                let word: String = chars[at..at + n].iter().collect();
                words.get(word.as_str()).map(|r| (word, *r))
            });
            let Some((word, reading)) = found else {
                break;
            };
            marked.push('{');
            marked.push_str(&word);
            marked.push('|');
            marked.push_str(reading);
            marked.push('}');
            at += word.chars().count();
        }
        if at == end {
            out.push_str(&marked);
        } else {
            out.extend(&chars[i..end]);
        }
        i = end;
    }
}

/// A marked text with each mark replaced by its reading.
pub fn read_marked(marked: &str) -> String {
    replace_marks(marked, |_, reading| reading)
}

/// A marked text with the marks removed: the text as printed.
pub fn plain(marked: &str) -> String {
    replace_marks(marked, |base, _| base)
}

fn replace_marks<'a>(marked: &'a str, pick: impl Fn(&'a str, &'a str) -> &'a str) -> String {
    let mut out = String::with_capacity(marked.len());
    let mut rest = marked;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}').map(|c| open + c) else {
            break;
        };
        out.push_str(&rest[..open]);
        match rest[open + 1..close].split_once('|') {
            Some((base, reading)) => out.push_str(pick(base, reading)),
            None => out.push_str(&rest[open..=close]),
        }
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    out
}

/// A CJK ideograph (or 々), the characters that need a reading.
pub fn is_kanji(c: char) -> bool {
    matches!(c, '\u{3005}' | '\u{3007}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{3134F}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_come_off_both_ways() {
        let m = "{子育|こそだ}て{支援|しえん}の{充実|じゅうじつ}";
        assert_eq!(plain(m), "子育て支援の充実");
        assert_eq!(read_marked(m), "こそだてしえんのじゅうじつ");
    }
}
