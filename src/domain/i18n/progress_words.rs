//! Words for the progress measure, paces, years, sheet notes and the city's status, in
//! 日本語, English and やさしい日本語. In easy Japanese `{漢字|かんじ}` marks furigana, as in
//! `i18n`; functions whose text goes into charts (which cannot draw `<ruby>`) say so and
//! use plain words.
//!
//! One year style per language: 西暦 with 和暦 in Japanese (「2021年（令和3年）」, as the
//! 総務省 rules for machine-readable tables ask), FY2023 / 2021 in English, 西暦 only in
//! easy Japanese. Differences of percentages are ポイント / percentage points.

use super::Lang;
use crate::domain::format::{format_number, period_ja};
use crate::domain::model::{Column, Period, Status};
use crate::domain::pace::{NoBand, PaceKind, PaceScale, PartPaces};
use crate::domain::progress_measure::{Caution, Outcome, ProgressCategory, Unassessable};
use crate::domain::reference_years::YearComparison;
use crate::domain::sheet_notes::SheetNote;
use crate::domain::status_agreement::Agreement;

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
        Lang::JaEasy => "{調|しら}べられません",
    }
}

/// The label of an outcome: a category, or "Unable to assess".
pub fn outcome_label(outcome: Outcome, lang: Lang) -> &'static str {
    match outcome {
        Outcome::Assessed(c) => category_label(c, lang),
        Outcome::UnableToAssess(_) => unable_label(lang),
    }
}

/// What the category means, in one sentence.
pub fn category_explanation(category: ProgressCategory, lang: Lang) -> &'static str {
    use ProgressCategory::*;
    match (lang, category) {
        (Lang::En, TargetAchieved) => "The latest figure already meets the final target.",
        (Lang::En, Substantial) => "The pace since the baseline is at least 95% of the pace needed to reach the final target on time.",
        (Lang::En, Moderate) => "The pace since the baseline is 60–95% of the pace needed: progress, but it must speed up.",
        (Lang::En, Limited) => "The figure moved the right way, but at less than 60% of the pace needed.",
        (Lang::En, Deterioration) => "Since the baseline the figure has moved away from the final target.",
        (Lang::Ja, TargetAchieved) => "最新の実績が、すでに最終目標に達しています。",
        (Lang::Ja, Substantial) => "基準値からのペースが、期限までに最終目標に届くのに必要なペースの95%以上です。",
        (Lang::Ja, Moderate) => "基準値からのペースが、必要なペースの60%以上95%未満です。前進していますが、加速が必要です。",
        (Lang::Ja, Limited) => "目標の方向に動いていますが、必要なペースの60%未満です。",
        (Lang::Ja, Deterioration) => "基準値から、最終目標とは逆の方向に動いています。",
        (Lang::JaEasy, TargetAchieved) => "いちばん {新|あたら}しい {数字|すうじ}が、もう {最後|さいご}の {目標|もくひょう}に とどいています。",
        (Lang::JaEasy, Substantial) => "このままの はやさで {進|すす}めば、{最後|さいご}の {目標|もくひょう}に まにあいそうです。",
        (Lang::JaEasy, Moderate) => "{進|すす}んでいますが、もっと はやく {進|すす}む {必要|ひつよう}が あります。",
        (Lang::JaEasy, Limited) => "{少|すこ}しだけ {進|すす}んでいます。このままでは まにあいません。",
        (Lang::JaEasy, Deterioration) => "はじめの {数字|すうじ}より、{目標|もくひょう}から {遠|とお}く なっています。",
    }
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
        (Lang::En, NoRequiredChange) => "The final target equals the baseline and the figure has not moved.",
        (Lang::Ja, NoFigure(Column::Baseline)) => "基準値が数値ではありません。",
        (Lang::Ja, NoFigure(_)) => "最終目標が数値ではありません（シートには注記のみ）。",
        (Lang::Ja, NoActual) => "実績の数値がまだありません。",
        (Lang::Ja, MethodChanged) => "算出方法が変わったため、基準値と最新の実績を比べられません。",
        (Lang::Ja, PartsNotComparable) => "数値の区分や単位が一致しません。",
        (Lang::Ja, TooFewYears) => "基準値と最新の実績が同じ年の数値です。この方法には2年分が必要です。",
        (Lang::Ja, SignsDiffer) => "基準値と最新の実績の符号（プラス・マイナス）が異なります。",
        (Lang::Ja, TargetNotAfterBaseline) => "最終目標の年が基準値の年より後ではありません。",
        (Lang::Ja, NoRequiredChange) => "最終目標が基準値と同じで、数値も動いていません。",
        (Lang::JaEasy, NoFigure(Column::Baseline)) => "はじめの {数字|すうじ}が ありません。",
        (Lang::JaEasy, NoFigure(_)) => "{最後|さいご}の {目標|もくひょう}が {数字|すうじ}では ありません。",
        (Lang::JaEasy, NoActual) => "{結果|けっか}の {数字|すうじ}が まだ ありません。",
        (Lang::JaEasy, MethodChanged) => "はかりかたが かわったので、くらべられません。",
        (Lang::JaEasy, PartsNotComparable) => "{数字|すうじ}の {単位|たんい}が ちがうので、くらべられません。",
        (Lang::JaEasy, TooFewYears) => "おなじ {年|とし}の {数字|すうじ}しか ないので、くらべられません。",
        (Lang::JaEasy, SignsDiffer) => "プラスと マイナスの {数字|すうじ}なので、くらべられません。",
        (Lang::JaEasy, TargetNotAfterBaseline) => "{目標|もくひょう}の {年|とし}が はじめの {年|とし}より {前|まえ}です。",
        (Lang::JaEasy, NoRequiredChange) => "{目標|もくひょう}が はじめの {数字|すうじ}と おなじで、{数字|すうじ}も かわっていません。",
    }
}

pub fn caution_text(caution: Caution, lang: Lang) -> String {
    match (lang, caution) {
        (Lang::En, Caution::ZeroReplaced(column)) => format!(
            "The {} is 0; as the method prescribes, 0.001 is used instead, so read R with care.",
            if column == Column::Baseline { "baseline" } else { "final target" }
        ),
        (Lang::En, Caution::MethodChanged) => "Some figures of this row were measured by another method; only figures measured the same way are compared.".into(),
        (Lang::En, Caution::TargetOnWorseSide) => "The final target is on the worse side of the baseline, so R compares with a small planned change and can be very large.".into(),
        (Lang::En, Caution::LocalActual(year)) => format!("The latest figure (FY{year}) was added on this device, not published by the city."),
        (Lang::Ja, Caution::ZeroReplaced(column)) => format!(
            "{}が0のため、方法の定めにより0.001として計算しています。Rは慎重に読んでください。",
            if column == Column::Baseline { "基準値" } else { "最終目標" }
        ),
        (Lang::Ja, Caution::MethodChanged) => "この指標には算出方法の異なる数値があります。同じ方法の数値どうしだけを比べています。".into(),
        (Lang::Ja, Caution::TargetOnWorseSide) => "最終目標が基準値より悪い側にあるため、Rは小さな計画上の変化と比べた値になり、大きく振れます。".into(),
        (Lang::Ja, Caution::LocalActual(year)) => format!("最新の実績（{}）はこの端末で追加された数値で、市の公表値ではありません。", year_text(Period { year, fiscal: true }, Lang::Ja)),
        (Lang::JaEasy, Caution::ZeroReplaced(_)) => "0の {数字|すうじ}は {計算|けいさん}できないので、0.001として {計算|けいさん}しました。".into(),
        (Lang::JaEasy, Caution::MethodChanged) => "はかりかたが ちがう {数字|すうじ}が あります。おなじ はかりかたの {数字|すうじ}だけを くらべています。".into(),
        (Lang::JaEasy, Caution::TargetOnWorseSide) => "{最後|さいご}の {目標|もくひょう}が はじめの {数字|すうじ}より ひくいです。".into(),
        (Lang::JaEasy, Caution::LocalActual(year)) => format!("いちばん {{新|あたら}}しい {{数字|すうじ}}（{year}{{年度|ねんど}}）は この {{機械|きかい}}で {{入|い}}れた {{数字|すうじ}}です。"),
    }
}

/// The short "how this is computed" text, reachable from every place a label appears.
pub fn how_computed(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "This label is computed by the app, not given by the city. It uses the progress measure of Statistics Canada (as in Open SDG). From the baseline to the latest actual we take the growth per year (CAGR_o), and from the baseline to the final target the growth per year needed (CAGR_r). R = CAGR_o ÷ |CAGR_r|, turned round where lower is better. Target achieved: the latest actual already meets the final target. Otherwise R ≥ 0.95 Substantial progress, 0.6–0.95 Moderate progress, 0–0.6 Limited progress, below 0 Deterioration. Years are the years the figures refer to. Where figures cannot be compared the result is “Unable to assess”, with the reason.",
        Lang::Ja => "この表示は市の評価ではなく、アプリが計算したものです。カナダ統計局の進捗評価の方法（Open SDG で使われているもの）によります。基準値から最新の実績までの1年あたりの伸び率（CAGR_o）と、基準値から最終目標までに必要な1年あたりの伸び率（CAGR_r）を求め、R = CAGR_o ÷ |CAGR_r|（少ないほど良い指標は向きを逆に）とします。最新の実績が最終目標に達していれば「目標達成」、それ以外は R が0.95以上で「大きく前進」、0.6以上で「一定の前進」、0以上で「前進わずか」、0未満で「後退」です。年は各数値が何年のものかで数えます。比べられない場合は理由とともに「評価できません」と示します。",
        Lang::JaEasy => "これは {市|し}の {評価|ひょうか}では ありません。アプリが {計算|けいさん}しました。カナダの {統計|とうけい}の {役所|やくしょ}の やりかたです。はじめの {数字|すうじ}から いまの {数字|すうじ}まで、1{年|ねん}に どれだけ かわったかと、{最後|さいご}の {目標|もくひょう}まで 1{年|ねん}に どれだけ かわる {必要|ひつよう}が あるかを くらべます。もう {目標|もくひょう}に とどいていれば「{目標|もくひょう}に とどいた」です。",
    }
}

/// The method's name, for a heading or a link to `docs/progress-method.md`.
pub fn method_name(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Progress measure (Statistics Canada / Open SDG)",
        Lang::Ja => "進捗の評価（カナダ統計局・Open SDG の方法）",
        Lang::JaEasy => "{進|すす}みかたの {評価|ひょうか}（カナダの やりかた）",
    }
}

/// A figure's year in the language's one style: 「2021年（令和3年）」「2023年度（令和5年度）」,
/// "2021" / "FY2023", 「2023{年度|ねんど}」.
pub fn year_text(period: Period, lang: Lang) -> String {
    let suffix = if period.fiscal { "年度" } else { "年" };
    match lang {
        Lang::Ja => format!("{}{suffix}（{}）", period.year, period_ja(period)),
        Lang::En => if period.fiscal { format!("FY{}", period.year) } else { period.year.to_string() },
        Lang::JaEasy => format!("{}{{{suffix}|{}}}", period.year, if period.fiscal { "ねんど" } else { "ねん" }),
    }
}

/// The same, without furigana marks (for charts).
pub fn year_text_plain(period: Period, lang: Lang) -> String {
    super::plain(&year_text(period, lang))
}

/// "+21%" for a share per year, "+1.2ポイント" / "+1.2 points" for percentages, "+12人"
/// for a count whose share cannot be computed.
pub fn pace_figure(per_year: f64, scale: PaceScale, unit: Option<&str>, lang: Lang) -> String {
    let sign = if per_year > 0.0 { "+" } else { "" };
    match scale {
        PaceScale::Relative => {
            let pct = per_year * 100.0;
            let rounded = if pct.abs() < 10.0 { (pct * 10.0).round() / 10.0 } else { pct.round() };
            format!("{sign}{}%", format_number(rounded))
        }
        PaceScale::Absolute if unit == Some("%") => {
            let points = format_number((per_year * 10.0).round() / 10.0);
            match lang {
                Lang::En => format!("{sign}{points} percentage points"),
                _ => format!("{sign}{points}ポイント"),
            }
        }
        PaceScale::Absolute => format!("{sign}{}{}", format_number(per_year), unit.unwrap_or("")),
    }
}

/// A difference between two figures: for percentages in ポイント / percentage points
/// ("8.6ポイント", not "8.6%"), else in the figure's unit.
pub fn difference_text(difference: f64, unit: Option<&str>, lang: Lang) -> String {
    let number = format_number(difference);
    match (unit, lang) {
        (Some("%"), Lang::En) => format!("{number} percentage points"),
        (Some("%"), _) => format!("{number}ポイント"),
        (unit, _) => format!("{number}{}", unit.unwrap_or("")),
    }
}

/// 「目標まで毎年 +21% 必要／直近1年は +44%／基準値からは毎年 -17%」 and its equivalents;
/// `None` when there is no pace at all.
pub fn pace_sentence(paces: &PartPaces, lang: Lang) -> Option<String> {
    let unit = paces.unit.as_deref();
    let figure = |pace: &crate::domain::pace::Pace| pace_figure(pace.per_year(paces.scale), paces.scale, unit, lang);
    let who = paces.label.as_ref().map_or(String::new(), |l| format!("{}: ", super::progress_ui_words::part_name(l, lang)));
    let mut pieces: Vec<String> = Vec::new();
    if paces.target_met {
        pieces.push(match lang {
            Lang::En => "final target already met".into(),
            Lang::Ja => "最終目標に達しています".into(),
            Lang::JaEasy => "{最後|さいご}の {目標|もくひょう}に とどいています".into(),
        });
    } else if let Some(needed) = &paces.needed {
        pieces.push(match lang {
            Lang::En => format!("{} a year needed to reach the target", figure(needed)),
            Lang::Ja => format!("目標まで毎年 {} 必要", figure(needed)),
            Lang::JaEasy => format!("{{目標|もくひょう}}まで {{毎年|まいとし}} {} {{必要|ひつよう}}", figure(needed)),
        });
    }
    if let Some(recent) = &paces.recent {
        let years = recent.to.year - recent.from.year;
        pieces.push(match lang {
            Lang::En if years == 1 => format!("last year {}", figure(recent)),
            Lang::En => format!("recently {} a year ({}–{})", figure(recent), year_text(recent.from, lang), year_text(recent.to, lang)),
            Lang::Ja if years == 1 => format!("直近1年は {}", figure(recent)),
            Lang::Ja => format!("直近{years}年は毎年 {}", figure(recent)),
            Lang::JaEasy if years == 1 => format!("さいきんの 1{{年|ねん}}は {}", figure(recent)),
            Lang::JaEasy => format!("さいきんの {years}{{年|ねん}}は {{毎年|まいとし}} {}", figure(recent)),
        });
    }
    if let Some(since) = &paces.since_baseline {
        pieces.push(match lang {
            Lang::En => format!("since the baseline {} a year", figure(since)),
            Lang::Ja => format!("基準値からは毎年 {}", figure(since)),
            Lang::JaEasy => format!("はじめから {{毎年|まいとし}} {}", figure(since)),
        });
    }
    if pieces.is_empty() {
        return None;
    }
    Some(format!("{who}{}", pieces.join(if lang == Lang::En { "; " } else { "／" })))
}

/// Why no projection is drawn; also used in chart summaries, which are HTML and show marks as ruby.
pub fn no_band_reason(reason: NoBand, lang: Lang) -> &'static str {
    match (lang, reason) {
        (Lang::En, NoBand::NoFinalTarget) => "The final target is not a number, so there is no projection.",
        (Lang::En, NoBand::NoActual) => "There is no actual figure, so there is no projection.",
        (Lang::En, NoBand::MethodChanged) => "The method of measurement changed and the new method has only one year of data, so there is no projection.",
        (Lang::En, NoBand::TooFewYears) => "There are not two comparable years of actuals, so there is no projection.",
        (Lang::En, NoBand::TargetYearReached) => "The latest figure already refers to the final target's year, so there is no projection.",
        (Lang::Ja, NoBand::NoFinalTarget) => "最終目標が数値で示されていないため、見込みは出せません。",
        (Lang::Ja, NoBand::NoActual) => "実績の数値がないため、見込みは出せません。",
        (Lang::Ja, NoBand::MethodChanged) => "算出方法が変わり、新しい方法の実績がまだ1年分しかないため、見込みは出せません。",
        (Lang::Ja, NoBand::TooFewYears) => "比べられる実績が2年分そろっていないため、見込みは出せません。",
        (Lang::Ja, NoBand::TargetYearReached) => "最新の実績がすでに最終目標の年の数値のため、見込みは出せません。",
        (Lang::JaEasy, NoBand::NoFinalTarget) => "{最後|さいご}に めざす {数字|すうじ}が ないので、よそうは できません。",
        (Lang::JaEasy, NoBand::NoActual) => "けっかの かずが ないので、よそうは できません。",
        (Lang::JaEasy, NoBand::MethodChanged) => "はかりかたが かわったので、まだ よそうは できません。",
        (Lang::JaEasy, NoBand::TooFewYears) => "くらべる けっかが たりないので、よそうは できません。",
        (Lang::JaEasy, NoBand::TargetYearReached) => "もう {最後|さいご}の {年|とし}の {数字|すうじ}なので、よそうは できません。",
    }
}

/// The name of a band edge in a chart legend (plain words).
pub fn band_edge_name(kind: PaceKind, lang: Lang) -> &'static str {
    match (lang, kind) {
        (Lang::En, PaceKind::Recent) => "At the recent pace",
        (Lang::En, PaceKind::SinceBaseline) => "At the pace since the baseline",
        (Lang::En, PaceKind::Needed) => "Pace needed",
        (Lang::Ja, PaceKind::Recent) => "直近のペースの見込み",
        (Lang::Ja, PaceKind::SinceBaseline) => "基準値からのペースの見込み",
        (Lang::Ja, PaceKind::Needed) => "必要なペース",
        (Lang::JaEasy, PaceKind::Recent) => "さいきんの はやさで いくと",
        (Lang::JaEasy, PaceKind::SinceBaseline) => "はじめからの はやさで いくと",
        (Lang::JaEasy, PaceKind::Needed) => "ひつような はやさ",
    }
}

/// The verdict when one pace reaches the final target and the other does not.
pub fn verdict_mixed(who: &str, when: &str, reaching: (PaceKind, &str), missing: (PaceKind, &str), target: &str, lang: Lang) -> String {
    let pace = |kind: PaceKind| match (lang, kind) {
        (Lang::En, PaceKind::Recent) => "the recent pace",
        (Lang::En, PaceKind::SinceBaseline) => "the pace since the baseline",
        (Lang::En, PaceKind::Needed) => "the pace needed",
        (Lang::Ja, PaceKind::Recent) => "直近のペース",
        (Lang::Ja, PaceKind::SinceBaseline) => "基準値からのペース",
        (Lang::Ja, PaceKind::Needed) => "必要なペース",
        (_, PaceKind::Recent) => "さいきんの はやさ",
        (_, PaceKind::SinceBaseline) => "はじめからの はやさ",
        (_, PaceKind::Needed) => "ひつような はやさ",
    };
    let (good, good_value) = (pace(reaching.0), reaching.1);
    let (bad, bad_value) = (pace(missing.0), missing.1);
    match lang {
        Lang::En => format!("{who}At {good} it would be about {good_value} in {when}, reaching the final target ({target}); at {bad}, about {bad_value}, missing it."),
        Lang::Ja => format!("{who}{good}が続けば、{when}に約{good_value}となり最終目標（{target}）に届く見込みですが、{bad}では約{bad_value}で届かない見込みです。"),
        Lang::JaEasy => format!("{who}{good}なら、{when}に {good_value}ぐらいで、{{最後|さいご}}に めざす {{数字|すうじ}}（{target}）に とどきそうです。{bad}なら {bad_value}ぐらいで、とどきません。"),
    }
}

/// "Compares a 2021 figure with a 2022 target": `None` when the years are the same.
pub fn year_mismatch(years: &YearComparison, lang: Lang) -> Option<String> {
    if !years.differs() {
        return None;
    }
    let (a, b) = (year_text(years.figure, lang), year_text(years.compared_with, lang));
    Some(match lang {
        Lang::En => format!("Compares a {a} figure with a {b} target: the years differ."),
        Lang::Ja => format!("{a}の実績を{b}の目標と比べています（年が異なります）。"),
        Lang::JaEasy => format!("{a}の {{結果|けっか}}と {b}の {{目標|もくひょう}}を くらべています。{{年|とし}}が ちがいます。"),
    })
}

/// A note of the sheet, or about its targets. `footnotes` are the dataset's `notes`; a
/// footnote is the city's text and stays in Japanese, with a summary in other languages.
pub fn sheet_note_text(note: &SheetNote, footnotes: &[String], lang: Lang) -> String {
    let parts = |parts: &[Option<String>]| -> String {
        let named: Vec<&str> = parts.iter().flatten().map(String::as_str).collect();
        if named.is_empty() { String::new() } else { format!("（{}）", named.join("・")) }
    };
    match (lang, note) {
        (Lang::Ja, SheetNote::Footnote { index }) => footnotes.get(*index).cloned().unwrap_or_default(),
        (Lang::En, SheetNote::Footnote { .. }) => "In short: from FY2023 healthy life expectancy is calculated with the national health insurance database (KDB) method used by Gunma Prefecture and the city's plans. FY2023 actuals and targets therefore cannot simply be compared, but the city rates progress as mostly on track. Figures by the new method are published two years late.".into(),
        (Lang::JaEasy, SheetNote::Footnote { .. }) => "かんたんに いうと: 2023{年度|ねんど}から {健康寿命|けんこうじゅみょう}の はかりかたが かわりました。まえの {数字|すうじ}とは そのまま くらべられません。{市|し}は「だいたい {順調|じゅんちょう}」と {評価|ひょうか}しています。あたらしい はかりかたの {数字|すうじ}は 2{年|ねん} おくれて でます。".into(),
        (Lang::En, SheetNote::ReplacedInRevision) => "The sheet says that with the March 2024 revision of the strategy this indicator is replaced by the child population (ages 0–14) from FY2024, so it has no final target.".into(),
        (Lang::Ja, SheetNote::ReplacedInRevision) => "シートによると、2024年（令和6年）3月の改訂に伴い、2024年度（令和6年度）以降はこの指標に代わり「年少人口」を用いるため、最終目標はありません。".into(),
        (Lang::JaEasy, SheetNote::ReplacedInRevision) => "2024{年|ねん}3{月|がつ}に {計画|けいかく}が かわり、2024{年度|ねんど}からは「{子|こ}どもの {人数|にんずう}」を みます。".into(),
        (Lang::En, SheetNote::FinalTargetEasier { parts: p }) => format!(
            "The final target (FY2027){} is lower than the FY2023 target: it has become easier. The sheet mentions a March 2024 revision of the strategy but gives no reason for this row.",
            english_parts(p)
        ),
        (Lang::Ja, SheetNote::FinalTargetEasier { parts: p }) => format!(
            "最終目標{}が2023年度（令和5年度）の目標より低く（易しく）なっています。シートには2024年（令和6年）3月の改訂の記載がありますが、この指標について理由は書かれていません。",
            parts(p)
        ),
        (Lang::JaEasy, SheetNote::FinalTargetEasier { parts: p }) => format!(
            "{{最後|さいご}}の {{目標|もくひょう}}{}が、2023{{年度|ねんど}}の {{目標|もくひょう}}より ひくく なっています。",
            parts(p)
        ),
        (Lang::En, SheetNote::Fy2023TargetFarBelowActual { parts: p, times }) => format!(
            "The FY2023 actual{} is {} times the FY2023 target, so meeting that target says little; the target looks out of date.",
            english_parts(p),
            format_number((times * 10.0).floor() / 10.0)
        ),
        (Lang::Ja, SheetNote::Fy2023TargetFarBelowActual { parts: p, times }) => format!(
            "2023年度（令和5年度）の実績{}は目標の{}倍で、目標を達成したこと自体にはあまり意味がありません（目標が実情に合っていない可能性があります）。",
            parts(p),
            format_number((times * 10.0).floor() / 10.0)
        ),
        (Lang::JaEasy, SheetNote::Fy2023TargetFarBelowActual { parts: p, times }) => format!(
            "2023{{年度|ねんど}}の {{結果|けっか}}{}は {{目標|もくひょう}}の {}{{倍|ばい}}です。{{目標|もくひょう}}が ひくすぎるかも しれません。",
            parts(p),
            format_number((times * 10.0).floor() / 10.0)
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
    if named.is_empty() { String::new() } else { format!(" ({})", named.join(", ")) }
}

/// One tap from any status: what the city's status is, and how it differs from ours.
pub fn city_status_explanation(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "“On track”, “Mostly on track” and “Delayed” are the city's own assessment, printed on its verification sheet; it looks mostly at the year's work and the FY2023 target. The “computed progress” next to it is worked out by this app with a published method, from the pace since the baseline toward the final target. The two answer different questions and can differ.",
        Lang::Ja => "「順調に進捗」「概ね順調に進捗」「進捗の遅れ」は、市が効果検証シートで示した市自身の評価です。主にその年度の取組と2023年度（令和5年度）の目標に照らしたものです。横の「計算した評価」は、公表された方法でこのアプリが計算したもので、基準値からのペースで最終目標に届くかを見ています。問いが違うため、両者が異なることがあります。",
        Lang::JaEasy => "「{順調|じゅんちょう}」「だいたい {順調|じゅんちょう}」「{遅|おく}れている」は {市|し}が きめた {評価|ひょうか}です。となりの {評価|ひょうか}は アプリが {計算|けいさん}しました。{最後|さいご}の {目標|もくひょう}に まにあうかを みています。ちがうことも あります。",
    }
}

/// How the city's status and the computed label relate, said neutrally.
pub fn agreement_text(agreement: Agreement, status: Status, outcome: Outcome, lang: Lang) -> String {
    let city = super::plain(lang.messages().status(status));
    let ours = super::plain(outcome_label(outcome, lang));
    match (lang, agreement) {
        (Lang::En, Agreement::Agree) => format!("The city's status ({city}) and the computed label ({ours}) agree."),
        (Lang::En, Agreement::CityMorePositive) => format!("The city rates this {city}; the computed label ({ours}) is less positive, because it looks at the pace toward the final target."),
        (Lang::En, Agreement::CityMoreNegative) => format!("The city rates this {city}; the computed label ({ours}) is more positive, because it looks at the pace toward the final target."),
        (Lang::En, Agreement::NotComparable) => format!("The city rates this {city}; the method gives no label to compare with."),
        (Lang::Ja, Agreement::Agree) => format!("市の評価（{city}）と計算した評価（{ours}）は一致しています。"),
        (Lang::Ja, Agreement::CityMorePositive) => format!("市の評価は「{city}」、計算した評価は「{ours}」で、市の評価の方が良くなっています。計算は最終目標へのペースを見ているためです。"),
        (Lang::Ja, Agreement::CityMoreNegative) => format!("市の評価は「{city}」、計算した評価は「{ours}」で、計算した評価の方が良くなっています。計算は最終目標へのペースを見ているためです。"),
        (Lang::Ja, Agreement::NotComparable) => format!("市の評価は「{city}」です。計算した評価がないため、比べられません。"),
        (Lang::JaEasy, Agreement::Agree) => format!("{{市|し}}の {{評価|ひょうか}}（{city}）と アプリの {{評価|ひょうか}}（{ours}）は おなじです。"),
        (Lang::JaEasy, Agreement::CityMorePositive) => format!("{{市|し}}の {{評価|ひょうか}}は「{city}」、アプリの {{評価|ひょうか}}は「{ours}」です。{{市|し}}の ほうが よい {{評価|ひょうか}}です。"),
        (Lang::JaEasy, Agreement::CityMoreNegative) => format!("{{市|し}}の {{評価|ひょうか}}は「{city}」、アプリの {{評価|ひょうか}}は「{ours}」です。アプリの ほうが よい {{評価|ひょうか}}です。"),
        (Lang::JaEasy, Agreement::NotComparable) => format!("{{市|し}}の {{評価|ひょうか}}は「{city}」です。アプリの {{評価|ひょうか}}は ありません。"),
    }
}
