//! Words for the progress measure, paces, years, sheet notes and the city's status, in
//! 日本語, English and やさしい日本語. In easy Japanese `{漢字|かんじ}` marks furigana, as in
//! `i18n`; functions whose text goes into charts (which cannot draw `<ruby>`) say so and
//! use plain words.
//!
//! One year style per language: 西暦 with 和暦 in Japanese (「2021年（令和3年）」, as the
//! 総務省 rules for machine-readable tables ask), FY2023 / 2021 in English, 西暦 only in
//! easy Japanese. Differences of percentages are ポイント / percentage points.

use super::lang::{Lang, Words};
use super::messages::Messages;
use crate::domain::cells::format::{format_number, year, YearStyle};
use crate::domain::cells::readings::with_readings;
use crate::domain::cells::sheet_notes::SheetNote;
use crate::domain::model::{Column, Period, Status};
use crate::domain::progress::outlook::NoOutlook;
use crate::domain::progress::progress_measure::{
    growth, Caution, Outcome, PartAssessment, ProgressCategory, Unassessable,
};
use crate::domain::progress::reference_years::YearComparison;
use crate::domain::progress::status_agreement::Agreement;

/// The category's name. English labels are the method's own.
pub fn category_label(category: ProgressCategory, lang: Lang) -> &'static str {
    use ProgressCategory::*;
    match (lang, category) {
        (Lang::En, TargetAchieved) => "Target achieved",
        (Lang::En, Substantial) => "Substantial progress",
        (Lang::En, Moderate) => "Moderate progress",
        (Lang::En, Limited) => "Limited progress",
        (Lang::En, Deterioration) => "Deterioration",
        // Never 順調/遅れ: those words are the city's own status.
        (Lang::Ja, TargetAchieved) => "目標達成",
        (Lang::Ja, Substantial) => "大きく前進",
        (Lang::Ja, Moderate) => "一定の前進",
        (Lang::Ja, Limited) => "前進わずか",
        (Lang::Ja, Deterioration) => "後退",
        (Lang::JaEasy, TargetAchieved) => "{目標|もくひょう}に とどいた",
        (Lang::JaEasy, Substantial) => "よく {進|すす}んでいる",
        (Lang::JaEasy, Moderate) => "{少|すこ}し {進|すす}んでいる",
        (Lang::JaEasy, Limited) => "あまり {進|すす}んでいない",
        (Lang::JaEasy, Deterioration) => "{悪|わる}く なっている",
    }
}

/// "Unable to assess", the method's name for no category.
pub fn unable_label(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Unable to assess",
        Lang::Ja => "評価できません",
        Lang::JaEasy => "{評価|ひょうか}できません",
    }
}

/// The label of an outcome: a category, or "Unable to assess".
pub fn outcome_label(outcome: Outcome, lang: Lang) -> &'static str {
    match outcome {
        Outcome::Assessed(c) => category_label(c, lang),
        Outcome::UnableToAssess(_) => unable_label(lang),
    }
}

/// What a part's label means, from the figures the label rests on: the pace since the
/// baseline against the pace needed, in words true to the indicator's direction (R < 0 is
/// a move the worse way for the direction, R = 0 no move), naming a final target set on
/// the worse side of the baseline as such.
pub fn label_meaning(part: &PartAssessment, higher_is_better: bool, lang: Lang) -> String {
    use ProgressCategory::*;
    let category = match part.outcome {
        Outcome::Assessed(category) => category,
        Outcome::UnableToAssess(why) => return unassessable_reason(why, lang).to_string(),
    };
    if category == TargetAchieved {
        return match lang {
            Lang::En => "The latest figure already meets the final target.",
            Lang::Ja => "最新の実績が、すでに最終目標に達しています。",
            Lang::JaEasy => "いちばん {新|あたら}しい {数字|すうじ}が、もう {最後|さいご}の {目標|もくひょう}に とどいています。",
        }
        .to_string();
    }
    let (Some(_), Some(_)) = (part.cagr_observed, part.cagr_required) else {
        return unassessable_reason(
            part.ratio_missing.unwrap_or(Unassessable::NoRequiredChange),
            lang,
        )
        .to_string();
    };
    let (o, r) = pace_pair(part, lang);
    // A signed rate is a technical term: easy Japanese says which way, in words.
    let (o, r) = if lang == Lang::JaEasy {
        (easy_pace(&o), easy_pace(&r))
    } else {
        (o, r)
    };
    let share_note = if part.unit.as_deref() == Some("%") {
        share_pace_note(lang)
    } else {
        ""
    };
    format!(
        "{}{}{share_note}",
        label_pace_meaning(part, category, higher_is_better, &o, &r, lang),
        needed_from_now(part, lang)
    )
}

/// The pace the final target needs from the latest figure on: the label's needed pace is
/// the average from the baseline, which can be far from what is left to do.
fn needed_from_now(part: &PartAssessment, lang: Lang) -> String {
    let Some(i) = part.inputs else {
        return String::new();
    };
    if i.yt <= 0.0 || i.y_target <= 0.0 || i.t_target.year <= i.t.year || i.yt == i.y_target {
        return String::new();
    }
    let rate = growth(i.y_target, i.yt, i.t_target.year, i.t.year);
    // Below 1 % a year, two decimals, as the label's own paces are given (+0.84%).
    let needed = if rate.abs() < 0.01 {
        format!("{}{:.2}%", if rate > 0.0 { "+" } else { "" }, rate * 100.0)
    } else {
        growth_text(rate)
    };
    let from = year(i.t, lang, YearStyle::Full);
    match lang {
        Lang::En => format!(" From the latest figure ({from}), the final target needs {needed} a year."),
        Lang::Ja => format!("最新の実績（{from}）からは、最終目標まで1年あたり{needed}の変化が必要です。"),
        Lang::JaEasy => format!("{{最後|さいご}}の {{目標|もくひょう}}に とどくには、いまの {{数字|すうじ}}（{from}）から 1{{年|ねん}}に {} {{必要|ひつよう}}が あります。", easy_pace(&needed)),
    }
}

fn label_pace_meaning(
    part: &PartAssessment,
    category: ProgressCategory,
    higher_is_better: bool,
    o: &str,
    r: &str,
    lang: Lang,
) -> String {
    use ProgressCategory::*;
    let observed = part.cagr_observed.unwrap_or_default();
    let worse_side = part.cautions.contains(&Caution::TargetOnWorseSide);
    if category == Deterioration {
        let moved = match (lang, higher_is_better) {
            (Lang::En, true) => format!("Higher is better, but the figure has fallen since the baseline ({o} a year)."),
            (Lang::En, false) => format!("Lower is better, but the figure has risen since the baseline ({o} a year)."),
            (Lang::Ja, true) => format!("多いほど良い指標ですが、基準値より減っています（1年あたり{o}）。"),
            (Lang::Ja, false) => format!("少ないほど良い指標ですが、基準値より増えています（1年あたり{o}）。"),
            (Lang::JaEasy, true) => format!("{{多|おお}}いほうが よい {{数字|すうじ}}ですが、はじめより へっています（1{{年|ねん}}に {o} はやさ）。"),
            (Lang::JaEasy, false) => format!("{{少|すく}}ないほうが よい {{数字|すうじ}}ですが、はじめより ふえています（1{{年|ねん}}に {o} はやさ）。"),
        };
        if !worse_side {
            return moved;
        }
        let planned = match (lang, higher_is_better) {
            (Lang::En, true) => " The final target is set below the baseline, and the latest figure is below that target too.",
            (Lang::En, false) => " The final target is set above the baseline, and the latest figure is above that target too.",
            (Lang::Ja, true) => "最終目標は基準値より低く設定されていますが、最新の実績はその最終目標も下回っています。",
            (Lang::Ja, false) => "最終目標は基準値より高く設定されていますが、最新の実績はその最終目標も上回っています。",
            (Lang::JaEasy, true) => "{最後|さいご}の {目標|もくひょう}は はじめより ひくい {数字|すうじ}ですが、いまは それよりも ひくいです。",
            (Lang::JaEasy, false) => "{最後|さいご}の {目標|もくひょう}は はじめより たかい {数字|すうじ}ですが、いまは それよりも たかいです。",
        };
        return format!("{moved}{planned}");
    }
    if observed == 0.0 {
        return match lang {
            Lang::En => format!("No change: the figure is the same as the baseline (counted as Limited progress); from the baseline the final target needs {r} a year on average."),
            Lang::Ja => format!("基準値から変わっていません（変化なしは「前進わずか」に数えます。基準値から最終目標までに必要な平均ペースは1年あたり{r}です）。"),
            Lang::JaEasy => format!("はじめから かわっていません（はじめから {{平均|へいきん}}で {{必要|ひつよう}}なのは 1{{年|ねん}}に {r}）。"),
        };
    }
    match (lang, category) {
        (Lang::En, Substantial) => format!("The pace since the baseline ({o} a year) is at least 95% of the average pace the final target needs from the baseline ({r} a year)."),
        (Lang::En, Moderate) => format!("The pace since the baseline ({o} a year) is 60–95% of the average pace the final target needs from the baseline ({r} a year): progress, but it must speed up."),
        (Lang::En, _) => format!("The figure moved the right way, but its pace since the baseline ({o} a year) is less than 60% of the average pace the final target needs from the baseline ({r} a year)."),
        (Lang::Ja, Substantial) => format!("基準値からのペース（1年あたり{o}）が、基準値から期限までに最終目標に届くのに必要な平均ペース（1年あたり{r}）の95%以上です。"),
        (Lang::Ja, Moderate) => format!("基準値からのペース（1年あたり{o}）は、基準値から最終目標までに必要な平均ペース（1年あたり{r}）の60%以上95%未満です。前進していますが、加速が必要です。"),
        (Lang::Ja, _) => format!("目標の方向に動いていますが、基準値からのペース（1年あたり{o}）は、基準値から最終目標までに必要な平均ペース（1年あたり{r}）の60%未満です。"),
        (Lang::JaEasy, Substantial) if part.ratio.is_some_and(|ratio| ratio >= 1.0) => format!("はじめから 1{{年|ねん}}に {o} はやさです。この はやさが つづけば、{{最後|さいご}}の {{目標|もくひょう}}に まにあう はやさです（はじめから {{平均|へいきん}}で {{必要|ひつよう}}なのは 1{{年|ねん}}に {r} はやさ）。"),
        (Lang::JaEasy, Substantial) => format!("はじめから 1{{年|ねん}}に {o} はやさです。この はやさが つづけば、{{最後|さいご}}の {{目標|もくひょう}}に ほぼ まにあう はやさです（はじめから {{平均|へいきん}}で {{必要|ひつよう}}なのは 1{{年|ねん}}に {r} はやさ）。"),
        (Lang::JaEasy, Moderate) => format!("はじめから 1{{年|ねん}}に {o} はやさです。もっと はやく {{進|すす}}む {{必要|ひつよう}}が あります（はじめから {{平均|へいきん}}で {{必要|ひつよう}}なのは 1{{年|ねん}}に {r} はやさ）。"),
        (Lang::JaEasy, _) => format!("{{少|すこ}}しだけ {{進|すす}}んでいます（1{{年|ねん}}に {o} はやさ）。はじめから {{平均|へいきん}}で {{必要|ひつよう}}なのは 1{{年|ねん}}に {r} はやさです。"),
    }
}

/// The label's two paces in words, as growth per year; two paces that would read alike get
/// two decimals (+0.44% against +0.41%), so that the comparison the label makes is seen.
pub fn pace_pair(part: &PartAssessment, _lang: Lang) -> (String, String) {
    let (Some(observed), Some(required)) = (part.cagr_observed, part.cagr_required) else {
        return (String::new(), String::new());
    };
    let (o, r) = (growth_text(observed), growth_text(required));
    // Both below 1 % a year: two decimals each, +0.12% against +0.08% (not +0.1% against +0.08%).
    if (o == r && observed != required) || observed.abs().max(required.abs()) < 0.01 {
        let precise = |rate: f64| {
            if rate == 0.0 {
                "0%".to_string()
            } else {
                format!("{}{:.2}%", if rate > 0.0 { "+" } else { "" }, rate * 100.0)
            }
        };
        return (precise(observed), precise(required));
    }
    (o, r)
}

/// 「+6.3%」 → 「6.3% ふえる」, 「-2.65%」 → 「2.65% へる」, 「0%」 → 「かわらない」.
fn easy_pace(signed: &str) -> String {
    match signed.chars().next() {
        Some('+') => format!("{} ふえる", &signed[1..]),
        Some('-') => format!("{} へる", &signed[1..]),
        _ => "かわらない".to_string(),
    }
}

/// Said once where a share's paces are given: they are growth rates of the share, not
/// percentage points (the label compares growth rates, so points would be a second method).
pub fn share_pace_note(lang: Lang) -> &'static str {
    match lang {
        Lang::En => " Paces are growth rates of the percentage itself, not percentage points.",
        Lang::Ja => "ペースは割合そのものの伸び率で、ポイントの差ではありません。",
        Lang::JaEasy => "ここの %は、{割合|わりあい}の {数字|すうじ} そのものが 1{年|ねん}に どれだけ かわるかです（ポイントの ちがいでは ありません）。",
    }
}

/// A growth per year, signed: "+6.3%", "-16.5%", "+0.04%" (two decimals below 0.1 %, so a
/// small pace is never shown as 0), "0%".
pub fn growth_text(rate: f64) -> String {
    let pct = rate * 100.0;
    let sign = if pct > 0.0 {
        "+"
    } else if pct < 0.0 {
        "-"
    } else {
        ""
    };
    let size = pct.abs();
    let digits = if size == 0.0 {
        "0".to_string()
    } else if size < 0.1 {
        format!("{size:.2}")
    } else if size < 10.0 {
        format!("{size:.1}")
    } else {
        format_number(size.round())
    };
    format!("{sign}{digits}%")
}

/// Why no category could be given.
pub fn unassessable_reason(reason: Unassessable, lang: Lang) -> &'static str {
    use Unassessable::*;
    match (lang, reason) {
        (Lang::En, NoFigure(Column::Baseline)) => "The baseline is not a number.",
        (Lang::En, NoFigure(_)) => "The final target is not a number (it is a note on the sheet).",
        (Lang::En, NoActual) => "There is no actual figure yet.",
        (Lang::En, MethodChanged) => "The method of measurement changed: the baseline and the latest figure cannot be compared.",
        (Lang::En, PartsNotComparable) => "The figures have different parts or units.",
        (Lang::En, TooFewYears) => "The baseline and the latest figure refer to the same year: the method needs two years.",
        (Lang::En, SignsDiffer) => "The baseline and the latest figure have different signs.",
        (Lang::En, TargetNotAfterBaseline) => "The final target's year is not after the baseline's.",
        (Lang::En, NoRequiredChange) => "The final target equals the baseline, and so does the latest figure.",
        (Lang::Ja, NoFigure(Column::Baseline)) => "基準値が数値ではありません。",
        (Lang::Ja, NoFigure(_)) => "最終目標が数値ではありません（シートには注記のみ）。",
        (Lang::Ja, NoActual) => "実績の数値がまだありません。",
        (Lang::Ja, MethodChanged) => "算出方法が変わったため、基準値と最新の実績を比べられません。",
        (Lang::Ja, PartsNotComparable) => "数値の区分や単位が一致しません。",
        (Lang::Ja, TooFewYears) => "基準値と最新の実績が同じ年の数値です。この方法には2年分が必要です。",
        (Lang::Ja, SignsDiffer) => "基準値と最新の実績の符号（プラス・マイナス）が異なります。",
        (Lang::Ja, TargetNotAfterBaseline) => "最終目標の年が基準値の年より後ではありません。",
        (Lang::Ja, NoRequiredChange) => "最終目標が基準値と同じで、最新の実績も基準値と同じです。",
        (Lang::JaEasy, NoFigure(Column::Baseline)) => "はじめの {数字|すうじ}が ありません。",
        (Lang::JaEasy, NoFigure(_)) => "{最後|さいご}の {目標|もくひょう}が {数字|すうじ}では ありません。",
        (Lang::JaEasy, NoActual) => "{結果|けっか}の {数字|すうじ}が まだ ありません。",
        (Lang::JaEasy, MethodChanged) => "はかりかたが かわったので、くらべられません。",
        (Lang::JaEasy, PartsNotComparable) => "{数字|すうじ}の {単位|たんい}が ちがうので、くらべられません。",
        (Lang::JaEasy, TooFewYears) => "おなじ {年|とし}の {数字|すうじ}しか ないので、くらべられません。",
        (Lang::JaEasy, SignsDiffer) => "プラスと マイナスの {数字|すうじ}なので、くらべられません。",
        (Lang::JaEasy, TargetNotAfterBaseline) => "{目標|もくひょう}の {年|とし}が はじめの {年|とし}より {前|まえ}です。",
        (Lang::JaEasy, NoRequiredChange) => "{目標|もくひょう}も いまの {数字|すうじ}も、はじめの {数字|すうじ}と おなじです。",
    }
}

pub fn caution_text(caution: Caution, lang: Lang) -> String {
    match (lang, caution) {
        (Lang::En, Caution::ZeroReplaced(column)) => format!(
            "The {} is 0; the method would compute growth rates with a tiny stand-in for zero, which say nothing here, so no rates or R are shown.",
            if column == Column::Baseline { "baseline" } else { "final target" }
        ),
        (Lang::En, Caution::MethodChanged) => "Some figures of this row were measured by another method; only figures measured the same way are compared.".into(),
        (Lang::En, Caution::TargetOnWorseSide) => "The final target is on the worse side of the baseline: the label can then only be Target achieved (the latest figure meets the target) or Deterioration (it does not).".into(),
        (Lang::En, Caution::LocalActual(year)) => format!("The latest figure (FY{year}) was added on this device, not published by the city."),
        (Lang::Ja, Caution::ZeroReplaced(column)) => format!(
            "{}が0のため、方法の定めでは0の代わりにごく小さな値で伸び率を計算しますが、意味のある値にならないため、伸び率とRは示しません。",
            if column == Column::Baseline { "基準値" } else { "最終目標" }
        ),
        (Lang::Ja, Caution::MethodChanged) => "この指標には算出方法の異なる数値があります。同じ方法の数値どうしだけを比べています。".into(),
        (Lang::Ja, Caution::TargetOnWorseSide) => "最終目標が基準値より悪い側にあるため、評価は「目標達成」（最新の実績が最終目標に達している）か「後退」（達していない）のどちらかになります。".into(),
        (Lang::Ja, Caution::LocalActual(fy)) => format!("最新の実績（{}）はこの端末で追加された数値で、市の公表値ではありません。", year(Period { year: fy, fiscal: true }, Lang::Ja, YearStyle::Full)),
        (Lang::JaEasy, Caution::ZeroReplaced(_)) => "0の {数字|すうじ}は のびかたを {計算|けいさん}できません。".into(),
        (Lang::JaEasy, Caution::MethodChanged) => "はかりかたが ちがう {数字|すうじ}が あります。おなじ はかりかたの {数字|すうじ}だけを くらべています。".into(),
        (Lang::JaEasy, Caution::TargetOnWorseSide) => "{最後|さいご}の {目標|もくひょう}が はじめの {数字|すうじ}より わるい {数字|すうじ}なので、「{目標|もくひょう}に とどいた」か「{悪|わる}く なっている」の どちらかに なります。".into(),
        (Lang::JaEasy, Caution::LocalActual(year)) => format!("いちばん {{新|あたら}}しい {{数字|すうじ}}（{year}{{年度|ねんど}}）は この {{機械|きかい}}で {{入|い}}れた {{数字|すうじ}}です。"),
    }
}

/// The short "how this is computed" text, reachable from every place a label appears.
pub fn how_computed(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "This label is computed by the app, not given by the city. It uses the progress measure of Statistics Canada (as in Open SDG). From the baseline to the latest actual we take the growth per year (CAGR_o), and from the baseline to the final target the growth per year needed (CAGR_r). R = CAGR_o ÷ |CAGR_r|, with the sign reversed where lower is better. Target achieved: the latest actual already meets the final target. Otherwise R ≥ 0.95 Substantial progress, 0.6–0.95 Moderate progress, 0–0.6 Limited progress, below 0 Deterioration. Years are the years the figures refer to. Where figures cannot be compared the result is “Unable to assess”, with the reason.",
        Lang::Ja => "この表示は市の評価ではなく、アプリが計算したものです。カナダ統計局の進捗評価の方法（Open SDG で使われているもの）によります。基準値から最新の実績までの1年あたりの伸び率（CAGR_o）と、基準値から最終目標までに必要な1年あたりの伸び率（CAGR_r）を求め、R = CAGR_o ÷ |CAGR_r|（少ないほど良い指標は向きを逆に）とします。最新の実績が最終目標に達していれば「目標達成」、それ以外は R が0.95以上で「大きく前進」、0.6以上で「一定の前進」、0以上で「前進わずか」、0未満で「後退」です。年は各数値が何年のものかで数えます。比べられない場合は理由とともに「評価できません」と示します。",
        Lang::JaEasy => "これは {市|し}の {評価|ひょうか}では ありません。アプリが {計算|けいさん}しました。カナダの {国|くに}の {数字|すうじ}を まとめる {役所|やくしょ}の やりかたです。はじめの {数字|すうじ}から いまの {数字|すうじ}まで、1{年|ねん}に どれだけ かわったかと、はじめの {数字|すうじ}から {最後|さいご}の {目標|もくひょう}まで、1{年|ねん}に {平均|へいきん}で どれだけ かわる {必要|ひつよう}が あるかを くらべます。R は、いままでの はやさを {必要|ひつよう}な はやさで わった {数字|すうじ}です。R が 1 なら ちょうど まにあう はやさ、0 より {小|ちい}さければ {目標|もくひょう}と はんたいの ほうへ {動|うご}いています。もう {目標|もくひょう}に とどいていれば「{目標|もくひょう}に とどいた」です。",
    }
}

/// A difference between two figures: for percentages in ポイント / percentage points
/// ("8.6ポイント", not "8.6%"), else the amount as given.
pub fn difference_text(amount: &str, unit: Option<&str>, lang: Lang) -> String {
    match (unit, lang) {
        (Some("%"), Lang::En) => format!(
            "{} percentage {}",
            amount.trim_end_matches('%'),
            if amount.trim_end_matches('%') == "1" {
                "point"
            } else {
                "points"
            }
        ),
        (Some("%"), Lang::Ja) => format!("{}ポイント", amount.trim_end_matches('%')),
        // ポイント is a technical word: easy Japanese says what it counts.
        (Some("%"), _) => format!("{}ポイント（%の ちがい）", amount.trim_end_matches('%')),
        _ => amount.to_string(),
    }
}

/// What the pace since the baseline says about the final target, with its figures already
/// written in the reader's language (`pace` per year, years, amounts).
#[derive(Debug, Clone, Copy)]
pub enum OutlookPhrase<'a> {
    Met {
        since: &'a str,
        target: &'a str,
        /// 365 days in a year without 29 February counted as every day.
        every_day: bool,
        /// Only figures of the target's (new) method are counted.
        new_method: bool,
        /// The latest figure alone: no run of years to speak of.
        single: bool,
        higher_is_better: bool,
    },
    Reaches {
        year: &'a str,
        target: &'a str,
        pace: &'a str,
    },
    Nearly {
        at: &'a str,
        value: &'a str,
        target: &'a str,
        shortfall: Option<&'a str>,
        pace: &'a str,
    },
    Short {
        at: &'a str,
        value: &'a str,
        target: &'a str,
        gap: &'a str,
        pace: &'a str,
        higher_is_better: bool,
    },
    FarOff {
        target: &'a str,
        pace: &'a str,
    },
    FarAhead {
        target: &'a str,
        pace: &'a str,
        needed: &'a str,
    },
}

/// The outlook in one sentence; `who` names the part (「男性: 」) or is empty.
pub fn outlook_phrase(phrase: OutlookPhrase<'_>, who: &str, lang: Lang) -> String {
    use OutlookPhrase::*;
    match (lang, phrase) {
        (Lang::En, Met { since, target, every_day, new_method, single, higher_is_better }) => format!(
            "{who}{} at or {} the final target ({target}){}; the target is for the final year, so it has to be held until then, and no projection is made.",
            match (single, new_method) {
                (true, _) => format!("The {since} figure is"),
                (false, true) => format!("Every figure reported by the new method since {since} is"),
                (false, false) => format!("Every figure reported since {since} is"),
            },
            if higher_is_better { "above" } else { "below" },
            if every_day { ", counting 365 days in a year without 29 February as every day" } else { "" }
        ),
        (Lang::En, Reaches { year, target, pace }) => format!("{who}If the pace since the baseline ({pace} a year) continues, the final target ({target}) would be reached around {year}."),
        (Lang::En, Nearly { at, value, target, shortfall, pace }) => format!(
            "{who}If the pace since the baseline ({pace} a year) continues, the figure would be about {value} in {at}, just short of the final target ({target}){}.",
            shortfall.map_or(String::new(), |s| format!(" by about {s}"))
        ),
        (Lang::En, Short { at, value, target, gap, pace, higher_is_better }) => format!(
            "{who}At the pace since the baseline ({pace} a year) the figure would be about {value} in {at}, about {gap} {} the final target ({target}).",
            if higher_is_better { "short of" } else { "above" }
        ),
        (Lang::En, FarOff { target, pace }) => format!("{who}At the pace since the baseline ({pace} a year) the final target ({target}) would not be reached. Where the figure would be in the target year is too far from the figures observed to be stated."),
        (Lang::En, FarAhead { target, pace, needed }) => format!("{who}The pace since the baseline ({pace} a year) is faster than the average pace the final target ({target}) needs from the baseline ({needed} a year). Continued to the target year it would pass twice the largest figure so far, which the figures cannot support, so no year or value is stated."),
        (Lang::Ja, Met { since, target, every_day, new_method, single, higher_is_better }) => format!(
            "{who}{}最終目標（{target}）{}です{}。最終目標は最終年度の目標なので、それまで保つ必要があります。見込みは示しません。",
            match (single, new_method) {
                (true, _) => format!("{since}の実績は"),
                (false, true) => format!("{since}以降に新しい算出方法で公表された実績はどれも"),
                (false, false) => format!("{since}以降に公表された実績はどれも"),
            },
            if higher_is_better { "以上" } else { "以下" },
            if every_day { "（閏年でない年の365日も毎日にあたります）" } else { "" }
        ),
        (Lang::Ja, Reaches { year, target, pace }) => format!("{who}基準値からのペース（1年あたり{pace}）が続けば、{year}ごろに最終目標（{target}）に届きます。"),
        (Lang::Ja, Nearly { at, value, target, shortfall, pace }) => format!(
            "{who}基準値からのペース（1年あたり{pace}）が続けば、{at}に約{value}となり、最終目標（{target}）にほぼ届きます{}。",
            shortfall.map_or(String::new(), |s| format!("（あと約{s}）"))
        ),
        (Lang::Ja, Short { at, value, target, gap, pace, higher_is_better }) => format!(
            "{who}基準値からのペース（1年あたり{pace}）のままでは、{at}に約{value}で、最終目標（{target}）{}。",
            if higher_is_better { format!("に約{gap}届きません") } else { format!("を約{gap}上回ります") }
        ),
        (Lang::Ja, FarOff { target, pace }) => format!("{who}基準値からのペース（1年あたり{pace}）のままでは最終目標（{target}）に届きません。目標の年の値は、これまでの数値から離れすぎるため示しません。"),
        (Lang::Ja, FarAhead { target, pace, needed }) => format!("{who}基準値からのペース（1年あたり{pace}）は、基準値から最終目標（{target}）までに必要な平均ペース（1年あたり{needed}）を上回っています。ただし、このペースが目標の年まで続くとこれまでの最大の数値の2倍を超えるため、届く年や値は示しません。"),
        (Lang::JaEasy, Met { since, target, every_day, new_method, single, .. }) => format!(
            "{who}{}{{最後|さいご}}の {{目標|もくひょう}}（{target}）に とどいています{}。{{最後|さいご}}の {{年|とし}}まで つづける {{必要|ひつよう}}が あります。",
            match (single, new_method) {
                (true, _) => format!("{since}の {{数字|すうじ}}は "),
                (false, true) => format!("{since}からの あたらしい はかりかたの {{数字|すうじ}}は どれも "),
                (false, false) => format!("{since}からの {{数字|すうじ}}は どれも "),
            },
            if every_day { "（うるうどしで ない {年|とし}は 365{日|にち}で {毎日|まいにち}です）" } else { "" }
        ),
        (Lang::JaEasy, Reaches { year, target, pace }) => format!("{who}はじめからの はやさ（1{{年|ねん}}に {pace}）が つづけば、{year}ごろに {{最後|さいご}}の {{目標|もくひょう}}（{target}）に とどきます。"),
        (Lang::JaEasy, Nearly { at, value, target, pace, .. }) => format!("{who}はじめからの はやさ（1{{年|ねん}}に {pace}）が つづけば、{at}に {value}ぐらいで、{{最後|さいご}}の {{目標|もくひょう}}（{target}）に ほぼ とどきます。"),
        (Lang::JaEasy, Short { at, value, target, gap, pace, higher_is_better }) => format!(
            "{who}はじめからの はやさ（1{{年|ねん}}に {pace}）の ままだと、{at}に {value}ぐらいで、{{最後|さいご}}の {{目標|もくひょう}}（{target}）{}。",
            if higher_is_better { format!("に {gap}ぐらい たりません") } else { format!("より {gap}ぐらい {{多|おお}}く なります") }
        ),
        (Lang::JaEasy, FarOff { target, pace }) => format!("{who}はじめからの はやさ（1{{年|ねん}}に {pace}）の ままだと、{{最後|さいご}}の {{目標|もくひょう}}（{target}）に とどきません。"),
        (Lang::JaEasy, FarAhead { target, pace, .. }) => format!("{who}はじめからの はやさ（1{{年|ねん}}に {pace}）は、{{最後|さいご}}の {{目標|もくひょう}}（{target}）に はじめから {{平均|へいきん}}で {{必要|ひつよう}}な はやさより はやいです。でも、この はやさが つづくかは わかりません。"),
    }
}

/// After a projection whose pace the latest change contradicts.
pub fn latest_change_against_pace(from: &str, to: &str, rose: bool, lang: Lang) -> String {
    match (lang, rose) {
        (Lang::En, true) => format!("The latest change ({from} → {to}) was a rise, the other way from this pace, so it may not continue."),
        (Lang::En, false) => format!("The latest change ({from} → {to}) was a fall, the other way from this pace, so it may not continue."),
        (Lang::Ja, true) => format!("なお、直近の変化（{from}→{to}）は増加で、このペースとは逆の向きのため、このペースが続くとは限りません。"),
        (Lang::Ja, false) => format!("なお、直近の変化（{from}→{to}）は減少で、このペースとは逆の向きのため、このペースが続くとは限りません。"),
        (Lang::JaEasy, true) => format!("いちばん {{新|あたら}}しい {{変化|へんか}}（{from}→{to}）では {{数字|すうじ}}が ふえました。この はやさが つづくとは かぎりません。"),
        (Lang::JaEasy, false) => format!("いちばん {{新|あたら}}しい {{変化|へんか}}（{from}→{to}）では {{数字|すうじ}}が へりました。この はやさが つづくとは かぎりません。"),
    }
}

/// Why there is no outlook; also used in chart summaries, which are HTML and show marks as ruby.
pub fn no_outlook_reason(reason: NoOutlook, lang: Lang) -> &'static str {
    use Unassessable::*;
    match (lang, reason) {
        (Lang::En, NoOutlook::Unassessed(NoFigure(Column::Baseline))) => "The baseline is not a number, so there is no pace since the baseline and no projection.",
        (Lang::En, NoOutlook::Unassessed(NoFigure(_))) => "The final target is not a number, so there is no projection.",
        (Lang::En, NoOutlook::Unassessed(NoActual)) => "There is no actual figure, so there is no projection.",
        (Lang::En, NoOutlook::Unassessed(MethodChanged)) => "The method of measurement changed, so there is no pace since the baseline and no projection.",
        (Lang::En, NoOutlook::Unassessed(TooFewYears)) => "There are not two years of comparable figures, so there is no projection.",
        (Lang::En, NoOutlook::Unassessed(_)) => "The figures give no pace since the baseline, so there is no projection.",
        (Lang::En, NoOutlook::TargetYearReached) => "The latest figure already refers to the final target's year, so there is no projection.",
        (Lang::En, NoOutlook::ZeroFigure) => "The baseline or the final target is 0, so a growth rate and a projection cannot be computed.",
        (Lang::Ja, NoOutlook::Unassessed(NoFigure(Column::Baseline))) => "基準値が数値ではないため、基準値からのペースがなく、見込みは出せません。",
        (Lang::Ja, NoOutlook::Unassessed(NoFigure(_))) => "最終目標が数値で示されていないため、見込みは出せません。",
        (Lang::Ja, NoOutlook::Unassessed(NoActual)) => "実績の数値がないため、見込みは出せません。",
        (Lang::Ja, NoOutlook::Unassessed(MethodChanged)) => "算出方法が変わったため、基準値からのペースがなく、見込みは出せません。",
        (Lang::Ja, NoOutlook::Unassessed(TooFewYears)) => "比べられる数値が2年分そろっていないため、見込みは出せません。",
        (Lang::Ja, NoOutlook::Unassessed(_)) => "数値から基準値からのペースが計算できないため、見込みは出せません。",
        (Lang::Ja, NoOutlook::TargetYearReached) => "最新の実績がすでに最終目標の年の数値のため、見込みは出せません。",
        (Lang::Ja, NoOutlook::ZeroFigure) => "基準値または最終目標が0のため、伸び率も見込みも計算できません。",
        (Lang::JaEasy, NoOutlook::Unassessed(NoFigure(Column::Baseline))) => "はじめの {数字|すうじ}が ないので、よそうは できません。",
        (Lang::JaEasy, NoOutlook::Unassessed(NoFigure(_))) => "{最後|さいご}に めざす {数字|すうじ}が ないので、よそうは できません。",
        (Lang::JaEasy, NoOutlook::Unassessed(NoActual)) => "{結果|けっか}の {数字|すうじ}が ないので、よそうは できません。",
        (Lang::JaEasy, NoOutlook::Unassessed(MethodChanged)) => "はかりかたが かわったので、よそうは できません。",
        (Lang::JaEasy, NoOutlook::Unassessed(_)) => "くらべる {数字|すうじ}が たりないので、よそうは できません。",
        (Lang::JaEasy, NoOutlook::TargetYearReached) => "もう {最後|さいご}の {年度|ねんど}の {数字|すうじ}なので、よそうは できません。",
        (Lang::JaEasy, NoOutlook::ZeroFigure) => "0の {数字|すうじ}が あるので、よそうは できません。",
    }
}

/// The last change between two actuals, as context: 「直近1年（2022年度→2023年度）: 増加
/// +44%」, "Latest one-year change (FY2022 → FY2023): up 44%". `change` is signed ("+44%", "-1.2ポイント").
pub fn short_term_phrase(
    who: &str,
    years: u16,
    from: &str,
    to: &str,
    direction: std::cmp::Ordering,
    change: &str,
    lang: Lang,
) -> String {
    use std::cmp::Ordering::*;
    let span = match (lang, years) {
        (Lang::En, 1) => "Latest one-year change".to_string(),
        (Lang::En, n) => format!("Latest change over {n} years"),
        (Lang::Ja, n) => format!("直近{n}年"),
        (Lang::JaEasy, n) => format!("さいきんの {n}{{年|ねん}}"),
    };
    let moved = match (lang, direction) {
        (Lang::En, Greater) => format!("up {}", change.trim_start_matches('+')),
        (Lang::En, Less) => format!("down {}", change.trim_start_matches('-')),
        (Lang::En, Equal) => "no change".to_string(),
        (Lang::Ja, Greater) => format!("増加（{change}）"),
        (Lang::Ja, Less) => format!("減少（{change}）"),
        (Lang::Ja, Equal) => "変化なし".to_string(),
        (Lang::JaEasy, Greater) => format!("ふえた（{change}）"),
        (Lang::JaEasy, Less) => format!("へった（{change}）"),
        (Lang::JaEasy, Equal) => "かわらない".to_string(),
    };
    match lang {
        Lang::En => format!("{who}{span} ({from} → {to}): {moved}"),
        _ => format!("{who}{span}（{from}→{to}）: {moved}"),
    }
}

/// Said once under the last changes: what one change is and is not; `labelled` adds what
/// the computed label rests on instead (a row with no label gets no such sentence).
pub fn short_term_note(labelled: bool, lang: Lang) -> &'static str {
    match (lang, labelled) {
        (Lang::En, true) => "The change between the last two figures, for context: one change is not a trend. The computed progress uses the pace since the baseline.",
        (Lang::En, false) => "The change between the last two figures, for context: one change is not a trend.",
        (Lang::Ja, true) => "参考: 最新の2つの実績の間の変化です。1回の変化は傾向を示しません。計算した評価は基準値からのペースによります。",
        (Lang::Ja, false) => "参考: 最新の2つの実績の間の変化です。1回の変化は傾向を示しません。",
        (Lang::JaEasy, _) => "さんこう: さいごの 2つの {数字|すうじ}の ちがいです。これだけで これからの ことは わかりません。",
    }
}

/// Names the short-term lines beside the label.
pub fn short_term_title(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Latest change",
        Lang::Ja => "直近の変化",
        Lang::JaEasy => "さいきんの かわりかた",
    }
}

/// "Compares a 2021 figure with a 2022 target": `None` when the years are the same.
pub fn year_mismatch(years: &YearComparison, lang: Lang) -> Option<String> {
    if !years.differs() {
        return None;
    }
    let (a, b) = (
        year(years.figure, lang, YearStyle::Full),
        year(years.compared_with, lang, YearStyle::Full),
    );
    Some(match lang {
        Lang::En => {
            let article = |year: &str| if year.starts_with("FY") { "an" } else { "a" };
            format!("Compares {} {a} figure with {} {b} target: the years differ.", article(&a), article(&b))
        }
        Lang::Ja => format!("{a}の実績を{b}の目標と比べています（年が異なります）。"),
        Lang::JaEasy => format!("{a}の {{結果|けっか}}と {b}の {{目標|もくひょう}}を くらべています。いつの {{数字|すうじ}}かが ちがいます。"),
    })
}

/// A note of the sheet, or about its targets. `footnotes` are the dataset's `notes`; a
/// footnote is the city's text and stays in Japanese, with a summary in other languages.
pub fn sheet_note_text(note: &SheetNote, footnotes: &[String], lang: Lang) -> String {
    let parts = |parts: &[Option<String>]| -> String {
        let named: Vec<&str> = parts.iter().flatten().map(String::as_str).collect();
        if named.is_empty() {
            String::new()
        } else if lang == Lang::JaEasy {
            // 小学校, 男性: the part's name with its readings.
            with_readings(&format!("（{}）", named.join("・"))).into_owned()
        } else {
            format!("（{}）", named.join("・"))
        }
    };
    match (lang, note) {
        (Lang::Ja, SheetNote::Footnote { index }) => footnotes.get(*index).cloned().unwrap_or_default(),
        (Lang::En, SheetNote::Footnote { .. }) => "In short: from FY2023 healthy life expectancy is calculated with the national health insurance database (KDB) method used by Gunma Prefecture and the city's plans. FY2023 actuals and targets therefore cannot simply be compared, but the city rates progress as mostly on track. Figures by the new method are published two years late.".into(),
        (Lang::JaEasy, SheetNote::Footnote { .. }) => "かんたんに いうと: 2023{年度|ねんど}から {健康寿命|けんこうじゅみょう}の はかりかたが かわりました。まえの {数字|すうじ}とは そのまま くらべられません。{市|し}は「だいたい {順調|じゅんちょう}」と {評価|ひょうか}しています。あたらしい はかりかたの {数字|すうじ}は 2{年|ねん} おくれて でます。".into(),
        (Lang::En, SheetNote::ReplacedInRevision) => "The sheet says that with the March 2024 revision of the strategy this indicator is replaced by the child population (ages 0–14) from FY2024, so it has no final target.".into(),
        (Lang::Ja, SheetNote::ReplacedInRevision) => "シートによると、2024年（令和6年）3月の改訂に伴い、2024年度（令和6年度）以降はこの指標に代わり「年少人口」を用いるため、最終目標はありません。".into(),
        (Lang::JaEasy, SheetNote::ReplacedInRevision) => "2024{年|ねん}3{月|がつ}に {計画|けいかく}が かわり、2024{年度|ねんど}からは「{子|こ}どもの {人数|にんずう}」を みます。".into(),
        (Lang::En, SheetNote::FinalTargetEasier { parts: p }) => format!(
            "The final target (FY2027){} is below the FY2023 target; the sheet gives no reason for this row.",
            english_parts(p)
        ),
        (Lang::Ja, SheetNote::FinalTargetEasier { parts: p }) => format!(
            "最終目標{}が2023年度（令和5年度）の目標より低い水準に設定されています。シートには、この指標についての理由は書かれていません。",
            parts(p)
        ),
        (Lang::JaEasy, SheetNote::FinalTargetEasier { parts: p }) => format!(
            "{{最後|さいご}}の {{目標|もくひょう}}{}が、2023{{年度|ねんど}}の {{目標|もくひょう}}より ひくく なっています。",
            parts(p)
        ),
        (Lang::En, SheetNote::Fy2023TargetFarBelowActual { parts: p, times }) => format!(
            "The FY2023 actual{} is {} times the FY2023 target, so that target says little about progress.",
            english_parts(p),
            format_number((times * 10.0).round() / 10.0)
        ),
        (Lang::Ja, SheetNote::Fy2023TargetFarBelowActual { parts: p, times }) => format!(
            "2023年度（令和5年度）の実績{}は同年度の目標の{}倍で、この目標との比較からは進み具合はあまり読み取れません。",
            parts(p),
            format_number((times * 10.0).round() / 10.0)
        ),
        (Lang::JaEasy, SheetNote::Fy2023TargetFarBelowActual { parts: p, times }) => format!(
            "2023{{年度|ねんど}}の {{結果|けっか}}{}は {{目標|もくひょう}}の {}{{倍|ばい}}です。この {{目標|もくひょう}}と くらべても、{{進|すす}}みぐあいは よく わかりません。",
            parts(p),
            format_number((times * 10.0).round() / 10.0)
        ),
        (Lang::En, SheetNote::FinalTargetPending) => "The final target is still to be set (the sheet says it will be set with the next health plans).".into(),
        (Lang::Ja, SheetNote::FinalTargetPending) => "最終目標はまだ設定されていません（シートでは今後の計画の検討にあわせて設定予定）。".into(),
        (Lang::JaEasy, SheetNote::FinalTargetPending) => "{最後|さいご}の {目標|もくひょう}は まだ きまっていません。".into(),
    }
}

fn english_parts(parts: &[Option<String>]) -> String {
    let named: Vec<&str> = parts
        .iter()
        .flatten()
        .map(|l| match l.as_str() {
            "小学校" => "elementary school",
            "中学校" => "junior high school",
            "男性" => "men",
            "女性" => "women",
            other => other,
        })
        .collect();
    if named.is_empty() {
        String::new()
    } else {
        format!(" ({})", named.join(", "))
    }
}

/// One tap from any status: what the city's status is, and how it differs from ours. The
/// sheet states no criteria for the city's status, so none is stated here.
pub fn city_status_explanation(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "“On track”, “Mostly on track” and “Delayed” are the city's own assessment, printed on its verification sheet; the sheet does not state the criteria behind it. The “computed progress” next to it is worked out by this app with a published method, from the pace since the baseline toward the final target. The two can differ.",
        Lang::Ja => "「順調に進捗」「概ね順調に進捗」「進捗の遅れ」は、市が効果検証シートで示した市自身の評価です。シートには、その評価の基準は書かれていません。横の「計算した評価」は、公表された方法でこのアプリが計算したもので、基準値からのペースで最終目標に届くかを見ています。両者が異なることがあります。",
        Lang::JaEasy => "「{順調|じゅんちょう}」「だいたい {順調|じゅんちょう}」「{遅|おく}れている」は {市|し}が きめた {評価|ひょうか}です。きめかたは シートに {書|か}いてありません。となりの {評価|ひょうか}は アプリが {計算|けいさん}しました。{最後|さいご}の {目標|もくひょう}に まにあうかを みています。ちがうことも あります。",
    }
}

/// What the data shows where the city's status and the computed label differ, with its
/// figures already written in the reader's language. Facts only: the sheet does not say
/// how the city rates a row.
#[derive(Debug, Clone, Default)]
pub struct DifferenceFacts {
    /// The FY2023 actual against the FY2023 target: met, actual, target, achievement.
    pub fy2023: Option<(bool, String, String, String)>,
    /// The years of that comparison differ (a sentence of `year_mismatch`).
    pub years_differ: Option<String>,
    /// The final target is easier than the FY2023 target.
    pub final_target_easier: bool,
    /// The label's paces (since the baseline, needed), when the label rests on them.
    pub paces: Option<(String, String)>,
    /// Each part's label (「男性: 目標達成」) where the row has parts but no label of its own.
    pub part_labels: Vec<String>,
}

/// How the city's status and the computed label relate, said neutrally, with the facts
/// from the data that differ between them.
pub fn agreement_text(
    agreement: Agreement,
    status: Status,
    outcome: Outcome,
    facts: &DifferenceFacts,
    lang: Lang,
) -> String {
    // Marks kept: easy Japanese shows their readings.
    let city = Messages::of(lang).status(status);
    let ours = outcome_label(outcome, lang);
    let opening = match (lang, agreement) {
        (Lang::En, Agreement::Agree) => return format!("The city's status ({city}) and the computed label ({ours}) point the same way."),
        (Lang::Ja, Agreement::Agree) => return format!("市の評価（{city}）と計算した評価（{ours}）は、同じ方向の評価です。"),
        (Lang::JaEasy, Agreement::Agree) => return format!("{{市|し}}の {{評価|ひょうか}}（{city}）と アプリの {{評価|ひょうか}}（{ours}）は、どちらも {{同|おな}}じ {{方向|ほうこう}}の {{評価|ひょうか}}です。"),
        (Lang::En, Agreement::NotComparable) if !facts.part_labels.is_empty() => {
            return format!("The city rates this {city}. The computed labels are per part ({}), with none for the indicator as a whole, so the two cannot be compared.", facts.part_labels.join("; "))
        }
        (Lang::Ja, Agreement::NotComparable) if !facts.part_labels.is_empty() => {
            return format!("市の評価は「{city}」です。計算した評価は区分ごとで（{}）、指標全体の評価はないため、比べられません。", facts.part_labels.join("、"))
        }
        (Lang::JaEasy, Agreement::NotComparable) if !facts.part_labels.is_empty() => {
            return format!("{{市|し}}の {{評価|ひょうか}}は「{city}」です。アプリの {{評価|ひょうか}}は わけて だしています（{}）。くらべられません。", facts.part_labels.join("、"))
        }
        (Lang::En, Agreement::NotComparable) => return format!("The city rates this {city}; the method gives no label to compare with."),
        (Lang::Ja, Agreement::NotComparable) => return format!("市の評価は「{city}」です。計算した評価がないため、比べられません。"),
        (Lang::JaEasy, Agreement::NotComparable) => return format!("{{市|し}}の {{評価|ひょうか}}は「{city}」です。アプリの {{評価|ひょうか}}は ありません。"),
        (Lang::En, Agreement::CityMorePositive) => format!("The city rates this {city}; the computed label ({ours}) is less positive."),
        (Lang::En, Agreement::CityMoreNegative) => format!("The city rates this {city}; the computed label ({ours}) is more positive."),
        (Lang::Ja, Agreement::CityMorePositive) => format!("市の評価は「{city}」、計算した評価は「{ours}」で、市の評価の方が良くなっています。"),
        (Lang::Ja, Agreement::CityMoreNegative) => format!("市の評価は「{city}」、計算した評価は「{ours}」で、計算した評価の方が良くなっています。"),
        (Lang::JaEasy, Agreement::CityMorePositive) => format!("{{市|し}}の {{評価|ひょうか}}は「{city}」、アプリの {{評価|ひょうか}}は「{ours}」です。{{市|し}}の ほうが よい {{評価|ひょうか}}です。"),
        (Lang::JaEasy, Agreement::CityMoreNegative) => format!("{{市|し}}の {{評価|ひょうか}}は「{city}」、アプリの {{評価|ひょうか}}は「{ours}」です。アプリの ほうが よい {{評価|ひょうか}}です。"),
    };
    let mut sentences = vec![opening];
    if let Some((met, actual, target, share)) = &facts.fy2023 {
        sentences.push(match (lang, met) {
            (Lang::En, true) => format!("The FY2023 actual ({actual}) met the FY2023 target ({target}; {share} achieved)."),
            (Lang::En, false) => format!("The FY2023 actual ({actual}) missed the FY2023 target ({target}; {share} achieved)."),
            (Lang::Ja, true) => format!("2023年度（令和5年度）の実績（{actual}）は、2023年度の目標（{target}）を達成しています（達成率{share}）。"),
            (Lang::Ja, false) => format!("2023年度（令和5年度）の実績（{actual}）は、2023年度の目標（{target}）に届いていません（達成率{share}）。"),
            (Lang::JaEasy, true) => format!("2023{{年度|ねんど}}の {{結果|けっか}}（{actual}）は、2023{{年度|ねんど}}の {{目標|もくひょう}}（{target}）に とどきました。"),
            (Lang::JaEasy, false) => format!("2023{{年度|ねんど}}の {{結果|けっか}}（{actual}）は、2023{{年度|ねんど}}の {{目標|もくひょう}}（{target}）に とどいていません。"),
        });
    }
    if let Some(years) = &facts.years_differ {
        sentences.push(years.clone());
    }
    if facts.final_target_easier {
        sentences.push(match lang {
            Lang::En => "The final target is below the FY2023 target.".into(),
            Lang::Ja => "最終目標は2023年度の目標より低い水準です。".into(),
            Lang::JaEasy => "{最後|さいご}の {目標|もくひょう}は 2023{年度|ねんど}の {目標|もくひょう}より {下|さ}がっています。".into(),
        });
    }
    sentences.push(match (lang, outcome, &facts.paces) {
        (Lang::En, Outcome::Assessed(ProgressCategory::TargetAchieved), _) => "The latest figure meets the final target.".into(),
        (Lang::Ja, Outcome::Assessed(ProgressCategory::TargetAchieved), _) => "最新の実績は最終目標に達しています。".into(),
        (Lang::JaEasy, Outcome::Assessed(ProgressCategory::TargetAchieved), _) => "いちばん {新|あたら}しい {数字|すうじ}は {最後|さいご}の {目標|もくひょう}に とどいています。".into(),
        (Lang::En, _, Some((o, r))) => format!("The computed label compares the pace since the baseline ({o} a year) with the average pace the final target needs from the baseline ({r} a year)."),
        (Lang::Ja, _, Some((o, r))) => format!("計算した評価は、基準値からのペース（1年あたり{o}）を、基準値から最終目標までに必要な平均ペース（1年あたり{r}）と比べたものです。"),
        (Lang::JaEasy, _, Some((o, r))) => format!("アプリの {{評価|ひょうか}}は、はじめからの はやさ（1{{年|ねん}}に {}）と、はじめから {{平均|へいきん}}で {{必要|ひつよう}}な はやさ（1{{年|ねん}}に {}）を くらべています。", easy_pace(o), easy_pace(r)),
        (_, _, None) => String::new(),
    });
    sentences.push(match lang {
        Lang::En => "The sheet does not state the criteria behind the city's status.".into(),
        Lang::Ja => "シートには、市の評価の基準は書かれていません。".into(),
        Lang::JaEasy => {
            "{市|し}の {評価|ひょうか}の きめかたは シートに {書|か}いてありません。".into()
        }
    });
    let separator = if lang == Lang::En { " " } else { "" };
    sentences
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(separator)
}
