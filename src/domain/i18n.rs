//! The UI's words in 日本語, English and やさしい日本語. One struct with a field per
//! message: a language without a message does not compile. `{漢字|かんじ}` marks furigana,
//! drawn as `<ruby>` by the UI (see [`ruby_segments`]).

use super::model::{Column, Period, Status};

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
            Lang::Ja => &JA,
            Lang::En => &EN,
            Lang::JaEasy => &EASY,
        }
    }

    /// Official names are Japanese; English gets the dataset's `*_en` fields.
    pub fn uses_english_names(self) -> bool {
        self == Lang::En
    }
}

pub struct Messages {
    pub kicker: &'static str,
    pub as_of: &'static str,
    pub build_date: fn(&str) -> String,
    pub language: &'static str,
    pub theme: &'static str,
    pub print_source: &'static str,
    pub print_built: fn(&str) -> String,
    pub print_link: &'static str,
    pub themes: [&'static str; 3],
    pub edit_mode: &'static str,
    pub edit_mode_end: &'static str,
    pub edit_mode_flag: &'static str,
    pub skip_to_list: &'static str,
    pub overview_title: &'static str,
    pub total_prefix: fn(usize) -> String,
    pub count_suffix: fn(usize) -> String,
    pub status: [&'static str; 3],
    pub goal_no: fn(&str) -> String,
    pub numerical_target: &'static str,
    pub kpi: &'static str,
    pub target_fy2023_short: &'static str,
    pub kpi_progress: fn(usize) -> String,
    pub show_kpis_suffix: &'static str,
    pub of_subgoal: fn(&str) -> String,
    pub filters_title: &'static str,
    pub search: &'static str,
    pub search_placeholder: &'static str,
    pub goal: &'static str,
    pub measure: &'static str,
    pub department: &'static str,
    pub kind: &'static str,
    pub sort: &'static str,
    pub all: &'static str,
    pub kinds: [&'static str; 2],
    pub sorts: [&'static str; 4],
    pub status_legend: &'static str,
    pub clear_all: &'static str,
    pub results_title: &'static str,
    pub result_count: fn(usize, usize) -> String,
    /// The button under a long list: how many matching cards are not shown yet.
    pub show_more: fn(usize) -> String,
    pub empty_title: &'static str,
    pub empty_hint: &'static str,
    pub measure_label: fn(u8, &str) -> String,
    pub responsible: &'static str,
    pub columns: [&'static str; 5],
    pub later_actual: fn(u16) -> String,
    pub achievement: &'static str,
    pub not_computable: &'static str,
    pub texts_summary: &'static str,
    pub texts_summary_delay: &'static str,
    pub delay_reason: &'static str,
    pub initiatives: &'static str,
    pub challenges: &'static str,
    pub plans: &'static str,
    pub official_text_note: Option<&'static str>,
    pub year_note: fn(Period) -> String,
    pub back: &'static str,
    pub subgoal: &'static str,
    pub direction: &'static str,
    pub higher_better: &'static str,
    pub lower_better: &'static str,
    pub achievement_long: &'static str,
    pub progress_long: &'static str,
    pub values_caption: &'static str,
    pub values_headers: [&'static str; 3],
    pub trend_title: &'static str,
    pub data_table: &'static str,
    pub save_png: &'static str,
    pub chart_loading: &'static str,
    pub chart_failed: &'static str,
    pub local_badge: &'static str,
    pub achievement_title: &'static str,
    pub overview_chart_title: &'static str,
    pub achievement_chart_title: &'static str,
    pub text_cells: &'static str,
    pub achievement_note: &'static str,
    pub not_computable_list: &'static str,
    pub qr_title: &'static str,
    pub edits_shown: fn(usize) -> String,
    pub official_only_shown: fn(usize) -> String,
    pub official_only_switch: &'static str,
    pub local_note: &'static str,
    pub official_value: &'static str,
}

impl Messages {
    pub fn status(&self, status: Status) -> &'static str {
        self.status[Status::ALL.iter().position(|s| *s == status).unwrap_or(0)]
    }

    pub fn column(&self, column: Column) -> &'static str {
        self.columns[Column::ALL.iter().position(|c| *c == column).unwrap_or(0)]
    }
}

fn era(period: Period) -> String {
    super::format::period_ja(period)
}

pub static JA: Messages = Messages {
    kicker: "伊勢崎市 総合戦略 KPIダッシュボード",
    as_of: "データ時点: 令和5年度（FY2023）実績 ・ 市の公表値",
    build_date: |d| format!(" ・ このページの作成日: {d}"),
    language: "表示言語",
    theme: "画面の色",
    print_source: "出典: 伊勢崎市「第２期伊勢崎市まち・ひと・しごと創生総合戦略 効果検証シート（令和５年度）」",
    print_built: |d| format!(" ・ 印刷したページの作成日: {d}"),
    print_link: "このページ: ",
    themes: ["自動", "明るい", "暗い"],
    edit_mode: "編集モード",
    edit_mode_end: "編集モードを終わる",
    edit_mode_flag: "編集モード中 — 変更はこの端末だけに保存されます",
    skip_to_list: "一覧へ移動",
    overview_title: "目標別の進捗",
    total_prefix: |n| format!("全{n}指標のうち "),
    count_suffix: |n| format!(" {n}件"),
    status: ["順調に進捗", "概ね順調に進捗", "進捗の遅れ"],
    goal_no: |id| format!("大基本目標{id}"),
    numerical_target: "数値目標",
    kpi: "KPI",
    target_fy2023_short: "令和5年度目標",
    kpi_progress: |n| format!("KPI {n}件の進捗"),
    show_kpis_suffix: "件のKPIを表示",
    of_subgoal: |s| format!("{s}の"),
    filters_title: "絞り込み・並べ替え",
    search: "キーワード検索",
    search_placeholder: "例: バス、子育て、観光",
    goal: "目標",
    measure: "施策",
    department: "担当課",
    kind: "種類",
    sort: "並べ替え",
    all: "すべて",
    kinds: ["数値目標", "KPI（重要業績評価指標）"],
    sorts: ["シートの順", "達成率の低い順", "最終目標までの距離が遠い順", "名前順"],
    status_legend: "進捗状況（複数選択可）",
    clear_all: "条件をすべて解除",
    results_title: "成果指標",
    result_count: |shown, total| format!("{shown} / {total} 件を表示"),
    show_more: |rest| format!("さらに表示（残り {rest} 件）"),
    empty_title: "条件に合う指標はありません。",
    empty_hint: "キーワードを短くするか、ほかの言葉（例: 「観光」「子育て」「バス」）で探してみてください。ひらがな・カタカナ・半角全角の違いは区別しません。",
    measure_label: |no, name| format!("施策{no} {name}"),
    responsible: "担当: ",
    columns: ["基準値", "令和4年度実績", "令和5年度実績", "令和5年度目標", "最終目標（令和9年度）"],
    later_actual: |y| format!("令和{}年度実績", y - 2018),
    achievement: "達成率（令和5年度）",
    not_computable: "算出できません",
    texts_summary: "取組・課題・今後の方策",
    texts_summary_delay: "・遅れの理由",
    delay_reason: "進捗が遅れている理由",
    initiatives: "①取組",
    challenges: "②課題",
    plans: "③今後の方策",
    official_text_note: None,
    year_note: |p| format!("{}のデータ", era(p)),
    back: "← 一覧に戻る",
    subgoal: "基本目標",
    direction: "指標の向き",
    higher_better: "多いほど良い指標",
    lower_better: "少ないほど良い指標",
    achievement_long: "達成率（令和5年度実績 ÷ 目標）",
    progress_long: "最終目標への進み具合（基準値から）",
    values_caption: "数値（シートの記載どおり）",
    values_headers: ["区分", "値", "データの年"],
    trend_title: "推移と見込み",
    data_table: "データ表を見る",
    save_png: "画像として保存（PNG）",
    chart_loading: "グラフを読み込み中…",
    chart_failed: "グラフを表示できませんでした。下のデータ表をご覧ください。",
    local_badge: "この端末で編集",
    achievement_title: "令和5年度の達成率",
    overview_chart_title: "基本目標ごとのKPIの進捗",
    achievement_chart_title: "指標ごとの達成率（低い順）",
    text_cells: "数値ではない記載（グラフには描いていません）: ",
    achievement_note: "実績 ÷ 目標（少ないほど良い指標は 目標 ÷ 実績）。100% 以上で目標達成。棒を押すとその指標の詳細を開きます。",
    not_computable_list: "算出できない指標: ",
    qr_title: "スマートフォンで続きを見る",
    edits_shown: |n| format!(" この端末で編集した値 {n}件を含めて表示しています。市の公表値ではありません。"),
    official_only_shown: |n| format!(" 市の公表値だけを表示しています（この端末の編集 {n}件は非表示）。"),
    official_only_switch: "市の公表値のみ表示",
    local_note: "この端末のメモ",
    official_value: "市の公表値: ",
};

pub static EN: Messages = Messages {
    kicker: "Isesaki City strategy KPI dashboard",
    as_of: "Figures as of FY2023 (Reiwa 5) · official city data",
    build_date: |d| format!(" · page built {d}"),
    language: "Language",
    theme: "Colours",
    print_source: "Source: Isesaki City, verification sheet of the 2nd regional revitalisation strategy (FY2023)",
    print_built: |d| format!(" · page built {d}"),
    print_link: "This page: ",
    themes: ["Auto", "Light", "Dark"],
    edit_mode: "Edit mode",
    edit_mode_end: "Leave edit mode",
    edit_mode_flag: "Edit mode — changes are saved on this device only",
    skip_to_list: "Skip to the list",
    overview_title: "Progress by goal",
    total_prefix: |n| format!("Of all {n} indicators: "),
    count_suffix: |n| format!(" {n}"),
    status: ["On track", "Mostly on track", "Delayed"],
    goal_no: |id| format!("Major goal {id}"),
    numerical_target: "Numerical target",
    kpi: "KPI",
    target_fy2023_short: "FY2023 target",
    kpi_progress: |n| format!("Progress of {n} KPIs"),
    show_kpis_suffix: "KPIs: show them",
    of_subgoal: |s| format!("{s}: "),
    filters_title: "Filter and sort",
    search: "Search",
    search_placeholder: "e.g. bus, childcare, tourism",
    goal: "Goal",
    measure: "Measure",
    department: "Department",
    kind: "Type",
    sort: "Sort",
    all: "All",
    kinds: ["Numerical targets", "KPIs (key performance indicators)"],
    sorts: ["Sheet order", "Lowest achievement first", "Furthest from final target first", "Name"],
    status_legend: "Status (choose any)",
    clear_all: "Clear all filters",
    results_title: "Indicators",
    result_count: |shown, total| format!("Showing {shown} of {total}"),
    show_more: |rest| format!("Show more ({rest} not shown yet)"),
    empty_title: "No indicator matches.",
    empty_hint: "Try a shorter or different word (e.g. “tourism”, “child”, “bus”). Japanese kana and full/half-width forms are treated alike.",
    measure_label: |no, name| format!("Measure {no}: {name}"),
    responsible: "Responsible: ",
    columns: ["Baseline", "FY2022 actual", "FY2023 actual", "FY2023 target", "Final target (FY2027)"],
    later_actual: |y| format!("FY{y} actual"),
    achievement: "Achievement (FY2023)",
    not_computable: "Cannot be computed",
    texts_summary: "Actions, issues and next steps (Japanese)",
    texts_summary_delay: " · reason for delay",
    delay_reason: "Why progress is delayed",
    initiatives: "① Actions taken",
    challenges: "② Issues",
    plans: "③ Next steps",
    official_text_note: Some("The city's texts are official in Japanese and are shown as published."),
    year_note: |p| if p.fiscal { format!("data for FY{}", p.year) } else { format!("data for {}", p.year) },
    back: "← Back to the list",
    subgoal: "Basic goal",
    direction: "Direction",
    higher_better: "Higher is better",
    lower_better: "Lower is better",
    achievement_long: "Achievement (FY2023 actual ÷ target)",
    progress_long: "Progress toward the final target (from the baseline)",
    values_caption: "Figures (as printed on the sheet)",
    values_headers: ["Column", "Value", "Year of data"],
    trend_title: "Trend and outlook",
    data_table: "Show the data table",
    save_png: "Save as image (PNG)",
    chart_loading: "Loading chart…",
    chart_failed: "The chart could not be shown. Please use the data table below.",
    local_badge: "Edited on this device",
    achievement_title: "FY2023 achievement",
    overview_chart_title: "KPI progress by basic goal",
    achievement_chart_title: "Achievement by indicator (lowest first)",
    text_cells: "Entries that are not numbers (not drawn): ",
    achievement_note: "Actual ÷ target (target ÷ actual where lower is better); 100% or more means the target was met. Tap a bar to open that indicator.",
    not_computable_list: "Cannot be computed for: ",
    qr_title: "Continue on your phone",
    edits_shown: |n| format!(" Showing {n} value(s) edited on this device. These are not official figures."),
    official_only_shown: |n| format!(" Showing official figures only ({n} local edit(s) hidden)."),
    official_only_switch: "Official figures only",
    local_note: "Note on this device",
    official_value: "Official figure: ",
};

pub static EASY: Messages = Messages {
    kicker: "{伊勢崎市|いせさきし}の {目標|もくひょう}と {結果|けっか}",
    as_of: "{令和|れいわ}5{年度|ねんど}（2023{年度|ねんど}）の {数字|すうじ}です。{市|し}が {出|だ}した {数字|すうじ}です。",
    build_date: |d| format!(" このページは {d}に つくりました。"),
    language: "ことば",
    theme: "いろ",
    print_source: "もと: {伊勢崎市|いせさきし}の {資料|しりょう}（2023{年度|ねんど}）",
    print_built: |d| format!(" このページは {d}に つくりました。"),
    print_link: "このページ: ",
    themes: ["じどう", "あかるい", "くらい"],
    edit_mode: "{数字|すうじ}を {変|か}える",
    edit_mode_end: "{変|か}えるのを やめる",
    edit_mode_flag: "{数字|すうじ}を {変|か}えています。この {機械|きかい}だけに {残|のこ}ります。",
    skip_to_list: "リストへ",
    overview_title: "{目標|もくひょう}ごとの {進|すす}み{具合|ぐあい}",
    total_prefix: |n| format!("ぜんぶで {n}こ。"),
    count_suffix: |n| format!(" {n}こ"),
    status: ["{順調|じゅんちょう}", "だいたい {順調|じゅんちょう}", "{遅|おく}れている"],
    goal_no: |id| format!("{{大|おお}}きな {{目標|もくひょう}} {id}"),
    numerical_target: "{数字|すうじ}の {目標|もくひょう}",
    kpi: "KPI",
    target_fy2023_short: "2023{年度|ねんど}の {目標|もくひょう}",
    kpi_progress: |n| format!("KPI {n}こ の {{進|すす}}み{{具合|ぐあい}}"),
    show_kpis_suffix: "こを {見|み}る",
    of_subgoal: |s| format!("{s}の"),
    filters_title: "さがす・ならべる",
    search: "ことばで さがす",
    search_placeholder: "れい: バス、こそだて",
    goal: "{目標|もくひょう}",
    measure: "{取|と}り{組|く}み",
    department: "{担当|たんとう}の {課|か}",
    kind: "しゅるい",
    sort: "ならべかた",
    all: "ぜんぶ",
    kinds: ["{数字|すうじ}の {目標|もくひょう}", "KPI"],
    sorts: ["シートの じゅん", "{目標|もくひょう}に {遠|とお}い じゅん", "{最後|さいご}の {目標|もくひょう}に {遠|とお}い じゅん", "なまえの じゅん"],
    status_legend: "{進|すす}み{具合|ぐあい}（いくつでも えらべます）",
    clear_all: "ぜんぶ もとに もどす",
    results_title: "{目標|もくひょう}の リスト",
    result_count: |shown, total| format!("{total}こ の うち {shown}こ"),
    show_more: |rest| format!("もっと みる（あと {rest}こ）"),
    empty_title: "{見|み}つかりませんでした。",
    empty_hint: "ちがう ことばで さがしてください。ひらがなでも カタカナでも さがせます。",
    measure_label: |no, name| format!("{{取|と}}り{{組|く}}み{no} {name}"),
    responsible: "{担当|たんとう}: ",
    columns: ["はじめの {数字|すうじ}", "2022{年度|ねんど}の {結果|けっか}", "2023{年度|ねんど}の {結果|けっか}", "2023{年度|ねんど}の {目標|もくひょう}", "{最後|さいご}の {目標|もくひょう}（2027{年度|ねんど}）"],
    later_actual: |y| format!("{y}{{年度|ねんど}}の {{結果|けっか}}"),
    achievement: "{目標|もくひょう}に どれだけ {近|ちか}いか（2023{年度|ねんど}）",
    not_computable: "{計算|けいさん}できません",
    texts_summary: "{市|し}の {説明|せつめい}を {見|み}る",
    texts_summary_delay: "（{遅|おく}れた わけ）",
    delay_reason: "{遅|おく}れている わけ",
    initiatives: "①やったこと",
    challenges: "②こまっていること",
    plans: "③これから すること",
    official_text_note: Some("{市|し}の {説明|せつめい}は {元|もと}の {文|ぶん}の ままです。"),
    year_note: |p| format!("{}年の {{数字|すうじ}}", p.year),
    back: "← リストに もどる",
    subgoal: "{目標|もくひょう}",
    direction: "どちらが よいか",
    higher_better: "{多|おお}いほうが よい",
    lower_better: "{少|すく}ないほうが よい",
    achievement_long: "{目標|もくひょう}に どれだけ {近|ちか}いか",
    progress_long: "{最後|さいご}の {目標|もくひょう}まで どれだけ {進|すす}んだか",
    values_caption: "{数字|すうじ}（シートの まま）",
    values_headers: ["なに", "{数字|すうじ}", "いつの {数字|すうじ}"],
    trend_title: "うつりかわり",
    data_table: "{表|ひょう}で {見|み}る",
    save_png: "{画像|がぞう}で {保存|ほぞん}",
    chart_loading: "グラフを よみこんでいます…",
    chart_failed: "グラフを {出|だ}せません。{下|した}の {表|ひょう}を {見|み}てください。",
    local_badge: "この {機械|きかい}で {変|か}えた",
    achievement_title: "2023{年度|ねんど}は {目標|もくひょう}に どれだけ {近|ちか}いか",
    overview_chart_title: "{目標|もくひょう}ごとの KPIの {進|すす}み{具合|ぐあい}",
    achievement_chart_title: "{目標|もくひょう}との くらべ（ひくい じゅん）",
    text_cells: "かずでは ない ところ（グラフには かいていません）: ",
    achievement_note: "100% より {大|おお}きいと {目標|もくひょう}を こえました。{棒|ぼう}を おすと くわしく {見|み}られます。",
    not_computable_list: "{計算|けいさん}できないもの: ",
    qr_title: "スマートフォンで {見|み}る",
    edits_shown: |n| format!(" この {{機械|きかい}}で {{変|か}}えた {{数字|すうじ}}が {n}こ あります。{{市|し}}の {{数字|すうじ}}では ありません。"),
    official_only_shown: |n| format!(" {{市|し}}の {{数字|すうじ}}だけを {{見|み}}せています（{{変|か}}えた {n}こは かくしています）。"),
    official_only_switch: "{市|し}の {数字|すうじ}だけ {見|み}る",
    local_note: "この {機械|きかい}の メモ",
    official_value: "{市|し}の {数字|すうじ}: ",
};

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
        let Some(close) = rest[open..].find('}').map(|c| open + c) else { break };
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
