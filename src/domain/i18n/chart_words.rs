//! The words inside charts (series, tooltips, summaries, tables) in each language.
//! Easy Japanese carries `{漢字|かんじ}` marks like the other word tables: summaries and
//! tables are HTML and show them as `<ruby>`; what goes into a chart canvas, which cannot,
//! is read out in kana by `shown::canvas_text`.

use super::english::counted;

pub struct ChartWords {
    pub count_unit: &'static str,
    pub overview_caption: &'static str,
    pub subgoal: &'static str,
    pub overview_summary: fn(total: usize, counts: [usize; 3], worst: &str) -> String,
    pub achievement: &'static str,
    pub target_line: &'static str,
    pub achievement_item: fn(name: &str, pct: &str, status: &str) -> String,
    /// The chart's summary: its fiscal year, the rows, how many met their target, the lowest.
    pub achievement_summary:
        fn(year: u16, rows: usize, met: usize, lowest: &str, pct: &str) -> String,
    pub beyond_cap: fn(usize) -> String,
    pub achievement_caption: fn(u16) -> String,
    /// Beside a bar whose row compares another year than the chart's (a row the newer
    /// sheet gave no target for that year): the year it compares.
    pub other_year: fn(u16) -> String,
    pub achievement_headers: [&'static str; 3],
    pub reason_text: &'static str,
    pub reason_method: &'static str,
    pub reason_parts: &'static str,
    pub actual: &'static str,
    pub before_change: &'static str,
    pub after_change: &'static str,
    pub target_fy2023: &'static str,
    pub target_final: &'static str,
    pub projection: &'static str,
    pub projected: &'static str,
    pub year_axis: &'static str,
    /// The data table's projection row where the pace reaches the final target.
    pub reaches_target: &'static str,
    /// "About" before a projected figure.
    pub about: &'static str,
    pub trend_caption: fn(&str) -> String,
    pub trend_headers: [&'static str; 3],
    pub outlook_row: &'static str,
}

words_in!(ChartWords: chart);

pub(super) static JA: ChartWords = ChartWords {
    count_unit: "件",
    overview_caption: "基本目標ごとのKPIの進捗（件数）",
    subgoal: "基本目標",
    overview_summary: |t, c, w| {
        format!("KPI {t}件のうち、順調に進捗 {}件、概ね順調に進捗 {}件、進捗の遅れ {}件。遅れが最も多いのは {w}。", c[0], c[1], c[2])
    },
    achievement: "達成率",
    target_line: "目標 100%",
    achievement_item: |n, p, s| format!("{n}: 達成率 {p}（{s}）"),
    achievement_summary: |y, r, m, l, p| {
        format!("{y}年度（令和{}年度）の目標を達成した指標は {r}件中 {m}件。最も低いのは「{l}」（{p}）。", y - 2018)
    },
    beyond_cap: |n| format!("200%を超える{n}件は右端まで描いています（実際の値はデータ表に）。"),
    achievement_caption: |y| {
        format!(
            "{y}年度（令和{}年度）の達成率（実績 ÷ 目標。少ないほど良い指標は 目標 ÷ 実績）",
            y - 2018
        )
    },
    other_year: |y| format!("{y}年度の実績と目標"),
    achievement_headers: ["指標", "達成率", "進捗状況"],
    reason_text: "数値ではない記載のため",
    reason_method: "算出方法が変わったため",
    reason_parts: "実績と目標の単位・区分が一致しないため",
    actual: "実績",
    before_change: "（算出方法変更前）",
    after_change: "（算出方法変更後）",
    target_fy2023: "2023年度（令和5年度）目標",
    target_final: "最終目標",
    projection: "基準値からのペースの見込み",
    projected: "見込み",
    year_axis: "年",
    reaches_target: "最終目標に届く",
    about: "約",
    trend_caption: |n| format!("{n}の推移"),
    trend_headers: ["区分", "データの年", "値"],
    outlook_row: "見込み",
};

pub(super) static EN: ChartWords = ChartWords {
    count_unit: "",
    overview_caption: "KPI progress by sub-goal (number of KPIs)",
    subgoal: "Sub-goal",
    overview_summary: |t, c, w| {
        format!(
            "Of {}, {} on track, {} mostly on track and {} delayed. Most delays: {w}.",
            counted(t, "KPI", "KPIs"),
            c[0],
            c[1],
            c[2]
        )
    },
    achievement: "Achievement",
    target_line: "Target 100%",
    achievement_item: |n, p, s| format!("{n}: {p} achieved ({s})"),
    achievement_summary: |y, r, m, l, p| {
        format!(
            "{m} of {} met their FY{y} target. Lowest: “{l}” ({p}).",
            counted(r, "indicator", "indicators")
        )
    },
    beyond_cap: |n| {
        format!(
            " {} above 200% {} drawn to the edge (see the data table for the figures).",
            counted(n, "indicator", "indicators"),
            if n == 1 { "is" } else { "are" }
        )
    },
    achievement_caption: |y| {
        format!("FY{y} achievement (actual ÷ target; target ÷ actual where lower is better)")
    },
    other_year: |y| format!("FY{y} actual and target"),
    achievement_headers: ["Indicator", "Achievement", "Status"],
    reason_text: "not a number",
    reason_method: "method of measurement changed",
    reason_parts: "actual and target are not comparable",
    actual: "Actual",
    before_change: " (old method)",
    after_change: " (new method)",
    target_fy2023: "FY2023 target",
    target_final: "Final target",
    projection: "At the pace since the baseline",
    projected: "projected",
    year_axis: "Year",
    reaches_target: "reaches the final target",
    about: "about ",
    trend_caption: |n| format!("{n}: trend"),
    trend_headers: ["Column", "Year of data", "Value"],
    outlook_row: "Projection",
};

pub(super) static EASY: ChartWords = ChartWords {
    count_unit: "こ",
    overview_caption:
        "{小|ちい}さな {目標|もくひょう}ごとの KPIの {進|すす}み{具合|ぐあい}（かず）",
    subgoal: "{小|ちい}さな {目標|もくひょう}",
    overview_summary: |t, c, w| {
        format!("KPIは {t}こ。{{順調|じゅんちょう}} {}こ、だいたい {{順調|じゅんちょう}} {}こ、{{遅|おく}}れている {}こ。いちばん {{遅|おく}}れが {{多|おお}}いのは {w}。", c[0], c[1], c[2])
    },
    achievement: "めざす {数字|すうじ}との くらべ",
    target_line: "めざす {数字|すうじ} 100%",
    achievement_item: |n, p, s| format!("{n}: {p}（{s}）"),
    achievement_summary: |y, r, m, l, p| {
        format!("{y}{{年度|ねんど}}に めざす {{数字|すうじ}}に とどいたのは {r}こ の うち {m}こ。いちばん ひくいのは「{l}」（{p}）。")
    },
    beyond_cap: |n| format!("200%より {{大|おお}}きい {n}こは はしまで かいています。"),
    achievement_caption: |y| {
        format!("{y}{{年度|ねんど}}: めざす {{数字|すうじ}}との くらべ（{{少|すく}}ないほうが よい {{数字|すうじ}}は めざす {{数字|すうじ}} ÷ {{結果|けっか}}）")
    },
    other_year: |y| format!("{y}{{年度|ねんど}}の {{結果|けっか}}と めざす {{数字|すうじ}}"),
    achievement_headers: ["なに", "くらべ", "{進|すす}み{具合|ぐあい}"],
    reason_text: "{数字|すうじ}では ないため",
    reason_method: "はかりかたが かわったため",
    reason_parts: "くらべられないため",
    actual: "{結果|けっか}",
    before_change: "（まえの はかりかた）",
    after_change: "（あたらしい はかりかた）",
    target_fy2023: "2023{年度|ねんど}に めざす {数字|すうじ}",
    target_final: "{最後|さいご}に めざす {数字|すうじ}",
    projection: "はじめからの はやさで いくと",
    projected: "よそう",
    year_axis: "{年|とし}",
    reaches_target: "{最後|さいご}の {目標|もくひょう}に とどく",
    about: "やく ",
    trend_caption: |n| format!("{n}の うつりかわり"),
    trend_headers: ["なに", "いつ", "{数字|すうじ}"],
    outlook_row: "よそう",
};
