//! Search that forgives how Japanese is typed: full/half width, hiragana/katakana and
//! case all fold to one form, so `ｺﾐｭﾆﾃｨ`, `こみゅにてぃ` and `コミュニティ` are the same.

const HALF_KATAKANA: &str = "｡｢｣､･ｦｧｨｩｪｫｬｭｮｯｰｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜﾝ";
const FULL_KATAKANA: &str = "。「」、・ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン";
const VOICED_MARK: char = 'ﾞ';
const SEMI_VOICED_MARK: char = 'ﾟ';

/// Folds text for matching: full-width ASCII → half-width, half-width katakana → full-width
/// (with ﾞ/ﾟ joined), hiragana → katakana, lower case, whitespace removed.
pub fn fold(text: &str) -> String {
    fold_with(text, true)
}

/// Folds a reading (kanji read out in hiragana, see `readings::reading`) like [`fold`] but
/// keeps hiragana as hiragana: only a query typed in hiragana looks into readings, so the
/// katakana word バス never matches inside 伸ばす (のばす).
pub fn fold_reading(text: &str) -> String {
    fold_with(text, false)
}

fn fold_with(text: &str, hiragana_to_katakana: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            VOICED_MARK | SEMI_VOICED_MARK => {
                let step = if c == VOICED_MARK { 1 } else { 2 };
                if let Some(last) = out.pop() {
                    out.push(voice(last, step).unwrap_or(last));
                }
            }
            _ => {
                let c = widen_katakana(c);
                let c = match c {
                    '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
                    // Hiragana ぁ..ゖ sit exactly 0x60 below their katakana.
                    '\u{3041}'..='\u{3096}' if hiragana_to_katakana => {
                        char::from_u32(c as u32 + 0x60).unwrap_or(c)
                    }
                    _ => c,
                };
                // Kana and kanji, most of what is folded, have no case: skip the case tables.
                if matches!(c, '\u{3040}'..='\u{9FFF}') {
                    out.push(c);
                } else if !c.is_whitespace() {
                    out.extend(c.to_lowercase());
                }
            }
        }
    }
    out
}

fn widen_katakana(c: char) -> char {
    // Only U+FF61..U+FF9D can be half-width katakana; every other character (almost all
    // of the folded text at start-up) returns at once.
    if !('\u{FF61}'..='\u{FF9D}').contains(&c) {
        return c;
    }
    HALF_KATAKANA
        .chars()
        .position(|h| h == c)
        .and_then(|i| FULL_KATAKANA.chars().nth(i))
        .unwrap_or(c)
}

/// カ + ﾞ → ガ (step 1), ハ + ﾟ → パ (step 2); ウ + ﾞ → ヴ.
fn voice(base: char, step: u32) -> Option<char> {
    let voiceable = match step {
        1 => "カキクケコサシスセソタチツテトハヒフヘホ".contains(base),
        _ => "ハヒフヘホ".contains(base),
    };
    if base == 'ウ' && step == 1 {
        return Some('ヴ');
    }
    voiceable
        .then(|| char::from_u32(base as u32 + step))
        .flatten()
}

/// True when every whitespace-separated term of `query` occurs in one of `texts`.
/// Texts are expected to be folded already ([`fold`], and [`fold_reading`] for readings);
/// the query is folded here, both ways.
pub fn matches_all_terms(query: &str, folded_texts: &str) -> bool {
    query.split_whitespace().all(|term| {
        folded_texts.contains(&fold(term)) || folded_texts.contains(&fold_reading(term))
    })
}
