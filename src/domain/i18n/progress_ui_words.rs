//! The words around the computed progress label on screen: what the two ratings are
//! called, the disclosures that explain them, the table of the method's inputs and the
//! sheet's notes, in 日本語, English and やさしい日本語. The sentences themselves (labels,
//! explanations, paces, notes) are in `progress_words`; this file names the places they go.

use super::english::counted;
use super::lang::Lang;
use crate::domain::cells::amount_en::{figure_en, part_label_en};
use crate::domain::cells::format::format_number;
use crate::domain::model::UnitEn;
use crate::domain::progress::progress_measure::{Outcome, ProgressCategory, ZERO_REPLACEMENT};

pub struct ProgressUiWords {
    /// Names the city's status where it stands beside the computed label.
    pub city_status: &'static str,
    /// Names the computed label.
    pub computed: &'static str,
    /// The one-tap disclosure next to the two ratings.
    pub why_summary: &'static str,
    pub how_summary: &'static str,
    pub section_title: &'static str,
    pub method_summary: &'static str,
    pub inputs_headers: [&'static str; 3],
    pub baseline: &'static str,
    pub latest: &'static str,
    pub final_target: &'static str,
    pub growth_so_far: &'static str,
    pub growth_needed: &'static str,
    pub ratio: &'static str,
    pub direction: fn(i8) -> &'static str,
    pub cautions: &'static str,
    /// Before the reason R is missing for a part that has a label all the same.
    pub no_ratio: &'static str,
    pub notes_title: &'static str,
    /// Marks the sheet's own footnote (kept in Japanese) as the official text.
    pub official_footnote: &'static str,
    pub footnotes_title: &'static str,
    pub footnote_rows: &'static str,
    pub counts_prefix: &'static str,
    /// The achievement chart's summary: how many bars (marked ※) compare an actual with a
    /// target of another year (plain words).
    pub years_differ_bars: fn(usize) -> String,
}

words_in!(ProgressUiWords: progress_ui);

pub(super) static JA: ProgressUiWords = ProgressUiWords {
    city_status: "市の評価",
    computed: "計算した評価",
    why_summary: "2つの評価の違い",
    how_summary: "計算のしかた",
    section_title: "進み具合",
    method_summary: "計算に使った数値（R）",
    inputs_headers: ["", "値", "データの年"],
    baseline: "基準値 y₀",
    latest: "最新の実績 yₜ",
    final_target: "最終目標 y_T",
    growth_so_far: "これまでの伸び（1年あたり）CAGR_o",
    growth_needed: "必要な伸び（1年あたり）CAGR_r",
    ratio: "R = CAGR_o ÷ |CAGR_r|",
    direction: |d| {
        if d < 0 {
            "少ないほど良い指標のため、向きを逆にしています（d = −1）。"
        } else {
            "多いほど良い指標です（d = +1）。"
        }
    },
    cautions: "注意",
    no_ratio: "Rを計算できない理由: ",
    notes_title: "シートの注記・目標について",
    official_footnote: "シートの注記（原文）",
    footnotes_title: "シートの注記",
    footnote_rows: "この注記が関わる指標: ",
    counts_prefix: "計算した評価: ",
    years_differ_bars: |n| {
        format!("※印の{n}件は、実績と目標の年が異なる比較です（データ表に年を記載）。")
    },
};

pub(super) static EN: ProgressUiWords = ProgressUiWords {
    city_status: "City's status",
    computed: "Computed progress",
    why_summary: "About these two ratings",
    how_summary: "How this is computed",
    section_title: "Progress",
    method_summary: "Figures behind the label (R)",
    inputs_headers: ["", "Value", "Year of data"],
    baseline: "Baseline y₀",
    latest: "Latest actual yₜ",
    final_target: "Final target y_T",
    growth_so_far: "Growth so far, per year (CAGR_o)",
    growth_needed: "Growth needed, per year (CAGR_r)",
    ratio: "R = CAGR_o ÷ |CAGR_r|",
    direction: |d| {
        if d < 0 {
            "Lower is better, so the sign is reversed (d = −1)."
        } else {
            "Higher is better (d = +1)."
        }
    },
    cautions: "Read with care",
    no_ratio: "Why there is no R: ",
    notes_title: "Notes from the sheet and on the targets",
    official_footnote: "Sheet footnote (official text, Japanese)",
    footnotes_title: "Notes on the sheet",
    footnote_rows: "Indicators this note is about: ",
    counts_prefix: "Computed progress: ",
    years_differ_bars: |n| {
        format!(
            " {} marked ※ {} an actual with a target of another year (years in the data table).",
            counted(n, "bar", "bars"),
            if n == 1 { "compares" } else { "compare" }
        )
    },
};

pub(super) static EASY: ProgressUiWords = ProgressUiWords {
    city_status: "{市|し}の {評価|ひょうか}",
    computed: "アプリの {評価|ひょうか}",
    why_summary: "2つの {評価|ひょうか}の ちがい",
    how_summary: "{計算|けいさん}の しかた",
    section_title: "{進|すす}み{具合|ぐあい}",
    method_summary: "{計算|けいさん}に つかった {数字|すうじ}",
    inputs_headers: ["", "{数字|すうじ}", "いつの {数字|すうじ}"],
    baseline: "はじめの {数字|すうじ}",
    latest: "いちばん {新|あたら}しい {結果|けっか}",
    final_target: "{最後|さいご}の {目標|もくひょう}",
    growth_so_far: "いままでの かわりかた",
    growth_needed: "{目標|もくひょう}までに {必要|ひつよう}な かわりかた",
    ratio: "R",
    direction: |d| {
        if d < 0 {
            "{少|すく}ないほうが よいので、{向|む}きを {逆|ぎゃく}に しています。"
        } else {
            "{多|おお}いほうが よいです。"
        }
    },
    cautions: "{気|き}を つけること",
    no_ratio: "Rが ない わけ: ",
    notes_title: "シートの {注|ちゅう}と {目標|もくひょう}について",
    official_footnote: "シートの {注|ちゅう}（もとの {文|ぶん}）",
    footnotes_title: "シートの {注|ちゅう}",
    footnote_rows: "この {注|ちゅう}の {目標|もくひょう}: ",
    counts_prefix: "アプリの {評価|ひょうか}: ",
    years_differ_bars: |n| {
        format!("※の {n}こは、けっかと めざす {{数字|すうじ}}が いつの {{数字|すうじ}}かが ちがいます。")
    },
};

/// The symbol that carries a computed label without colour, distinct from the city's
/// ◎ ○ ▲: ✓ achieved, ↑ substantial, ↗ moderate, → limited, ↓ deterioration, – none.
pub fn outcome_icon(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Assessed(ProgressCategory::TargetAchieved) => "✓",
        Outcome::Assessed(ProgressCategory::Substantial) => "↑",
        Outcome::Assessed(ProgressCategory::Moderate) => "↗",
        Outcome::Assessed(ProgressCategory::Limited) => "→",
        Outcome::Assessed(ProgressCategory::Deterioration) => "↓",
        // An en dash, not the sheet's full-width "－": the icon is the same in every language.
        Outcome::UnableToAssess(_) => "–",
    }
}

/// A part's name (男性, 小学校 …) in the language shown; easy Japanese carries furigana
/// markup (charts take `plain` of it).
pub fn part_name(label: &str, lang: Lang) -> String {
    let name = match (lang, label) {
        (Lang::En, label) => part_label_en(label),
        (Lang::JaEasy, "男性") => "{男|おとこ}の {人|ひと}",
        (Lang::JaEasy, "女性") => "{女|おんな}の {人|ひと}",
        (Lang::JaEasy, "小学校") => "{小学校|しょうがっこう}",
        (Lang::JaEasy, "中学校") => "{中学校|ちゅうがっこう}",
        (_, other) => other,
    };
    name.to_string()
}

/// A figure in the part's base unit: 「88,271人」, "88,271 visitors" (with the row's English
/// noun). The method's stand-in for zero is never shown: it reads as the 0 it stands for.
pub fn figure_text(value: f64, unit: Option<&str>, unit_en: &UnitEn, lang: Lang) -> String {
    let value = if value == ZERO_REPLACEMENT {
        0.0
    } else {
        value
    };
    // People counted in 万 on the sheet (331万人) read in 万, as printed, not as 3,310,000人.
    if lang != Lang::En && unit == Some("人") && value >= 1_000_000.0 && value % 1_000.0 == 0.0 {
        return format!("{}万人", format_number(value / 10_000.0));
    }
    match lang {
        Lang::En => figure_en(value, unit, unit_en),
        _ => format!("{}{}", format_number(value), unit.unwrap_or("")),
    }
}

/// R to two decimals ("0.45", "-20.94"), enough to see the category boundaries 0.6 and 0.95.
pub fn ratio_text(ratio: f64) -> String {
    format!("{ratio:.2}")
}

/// A growth rate per year, signed like the paces: "+2.41%", "-16.52%".
/// A growth rate for a reader: a signed percentage, or in easy Japanese plain words with
/// the figure (「1年に 2.65% へる」), since a signed rate is a technical term.
pub fn rate_words(rate: f64, lang: Lang) -> String {
    if lang != Lang::JaEasy {
        return rate_text(rate);
    }
    let pct = (rate * 100.0).abs();
    match rate {
        r if r > 0.0 => format!("1{{年|ねん}}に {pct:.2}% ふえる"),
        r if r < 0.0 => format!("1{{年|ねん}}に {pct:.2}% へる"),
        _ => "かわらない".to_string(),
    }
}

pub fn rate_text(rate: f64) -> String {
    let pct = rate * 100.0;
    format!("{}{pct:.2}%", if pct > 0.0 { "+" } else { "" })
}
