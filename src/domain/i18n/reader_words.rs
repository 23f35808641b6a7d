//! Words that help each reader read the sheet itself: the page title, how the city's own
//! texts and names are labelled, a short glossary of the sheet's terms, and the words
//! around figures. In easy Japanese `{漢字|かんじ}` marks furigana, as in `messages`.

pub struct ReaderWords {
    /// The summary of the disclosure that shows a name as the city prints it; `None`
    /// where the name shown is the official one.
    pub official_name: Option<&'static str>,
    /// Says that the figures' words are ours and where the city's words are.
    pub translation_note: Option<&'static str>,
    pub glossary_title: &'static str,
    /// Term and explanation, in reading order.
    pub glossary: &'static [(&'static str, &'static str)],
    /// A share of the way below 0: a move away from the final target since the baseline
    /// (said in words: a share of the way cannot be negative).
    pub moved_away: &'static str,
    /// A share of the way above 100 %: the latest actual is past the final target.
    pub past_target: &'static str,
    /// Between the parts of a figure ("Men 77.4 years, Women 79.9 years").
    pub part_separator: &'static str,
    /// A name followed by a short note in brackets.
    pub with_note: fn(&str, &str) -> String,
    /// Between items of a list in running text.
    pub list_separator: &'static str,
    /// A sub-goal's or measure's place, between its parts.
    pub place_separator: &'static str,
    /// Words quoted from the sheet.
    pub quoted: fn(&str) -> String,
    /// Before a chart series of one part of a figure (男性, 小学校).
    pub part_prefix: fn(&str) -> String,
    /// The sheet's 待機児童なし (a zero said in words), in this language.
    pub none_waiting: &'static str,
    /// The FY2023 achievement of 0 against a target of 0, which no percentage can say.
    pub zero_on_target: &'static str,
    /// After a day count that includes 29 February (the sheet's （閏年）).
    pub leap_year: &'static str,
    /// A headline figure in one line: its latest actual with the year, then its final
    /// target with the year (figures and years as shown).
    pub headline_values:
        fn(latest: &str, latest_year: &str, target: &str, target_year: &str) -> String,
    /// A headline figure with no actual yet: its final target with the year.
    pub headline_target_only: fn(target: &str, target_year: &str) -> String,
    /// A headline figure whose final target is words, not a figure: its latest actual with
    /// the year, then what the sheet says instead of a target.
    pub headline_no_final: fn(latest: &str, latest_year: &str, instead: &str) -> String,
    /// What a final target cell says when the indicator was replaced in the revision.
    pub final_replaced: &'static str,
    /// What a final target cell says when the target is still to be set.
    pub final_pending: &'static str,
    /// Between a headline figure's name and its figures.
    pub headline_separator: &'static str,
    /// Before the English name under a Japanese heading; `None` where no such line is shown.
    pub english_name: Option<&'static str>,
}

words_in!(ReaderWords: reader);

pub(super) static JA: ReaderWords = ReaderWords {
    official_name: None,
    translation_note: None,
    glossary_title: "用語の説明",
    glossary: &[
        ("大基本目標・基本目標・施策", "総合戦略は3つの大基本目標からなり、それぞれを基本目標に分け、基本目標ごとに施策を進めます。"),
        ("数値目標", "基本目標ごとに、その成果をはかる代表的な数値です。"),
        ("KPI（重要業績評価指標）", "施策ごとに、その進み具合をはかる数値です。"),
        ("年度", "4月から翌年3月まで。令和5年度（2023年度）は2023年4月から2024年3月までです。"),
        ("順調に進捗・概ね順調に進捗・進捗の遅れ", "市が効果検証シートで示した、市自身の評価です。"),
        ("達成率", "実績 ÷ 目標（少ないほど良い指標は 目標 ÷ 実績）。100%以上で目標達成です。"),
    ],
    moved_away: "基準値より後退",
    past_target: "最終目標を超えています",
    part_separator: " / ",
    with_note: |name, note| format!("{name}（{note}）"),
    list_separator: "、",
    place_separator: " ・ ",
    quoted: |t| format!("「{t}」"),
    part_prefix: |l| format!("{l} "),
    none_waiting: "待機児童なし",
    zero_on_target: "目標どおり（実績・目標とも0）",
    leap_year: "（閏年）",
    headline_values: |l, ly, t, ty| format!("{l}（{ly}）→ 最終目標 {t}（{ty}）"),
    headline_target_only: |t, ty| format!("最終目標 {t}（{ty}）"),
    headline_no_final: |l, ly, i| format!("{l}（{ly}）・{i}"),
    final_replaced: "最終目標は改訂で別の指標に変更",
    final_pending: "最終目標は設定予定",
    english_name: Some("英語名"),
    headline_separator: " ",
};

pub(super) static EN: ReaderWords = ReaderWords {
    official_name: Some("Official name (Japanese)"),
    translation_note: Some(" · English is our translation; the city's own texts stay in Japanese."),
    glossary_title: "About the terms",
    glossary: &[
        ("Goal, sub-goal, measure", "The strategy has 3 goals; each is split into sub-goals, and each sub-goal into measures (the city's programs)."),
        ("Numerical target", "The headline figure of a sub-goal."),
        ("KPI (key performance indicator)", "A figure that shows how a measure is doing."),
        ("FY (fiscal year)", "April to March: FY2023 is April 2023 to March 2024."),
        ("On track, Mostly on track, Delayed", "The city's own assessment, printed on its verification sheet."),
        ("Achievement", "Actual ÷ target (target ÷ actual where lower is better); 100% or more means the target was met."),
    ],
    moved_away: "moved away from the target since the baseline",
    past_target: "past the final target",
    part_separator: ", ",
    with_note: |name, note| format!("{name} ({note})"),
    list_separator: "; ",
    place_separator: " · ",
    quoted: |t| format!("“{t}”"),
    part_prefix: |l| format!("{l} – "),
    none_waiting: "No children on waiting lists",
    zero_on_target: "on target (actual and target both 0)",
    leap_year: " (leap year)",
    headline_values: |l, ly, t, ty| format!("{l} ({ly}) → final target {t} ({ty})"),
    headline_target_only: |t, ty| format!("Final target {t} ({ty})"),
    headline_no_final: |l, ly, i| format!("{l} ({ly}) · {i}"),
    final_replaced: "final target replaced by another indicator in the revision",
    final_pending: "final target to be set",
    english_name: None,
    headline_separator: ": ",
};

pub(super) static EASY: ReaderWords = ReaderWords {
    official_name: Some("{市|し}が つかう {名前|なまえ}"),
    translation_note: None,
    glossary_title: "ことばの せつめい",
    glossary: &[
        ("{大|おお}きな {目標|もくひょう}・{小|ちい}さな {目標|もくひょう}", "{市|し}の {計画|けいかく}には {大|おお}きな {目標|もくひょう}が 3つ あります。その {中|なか}に {小|ちい}さな {目標|もくひょう}が あります。"),
        ("{取|と}り{組|く}み", "{目標|もくひょう}の ために {市|し}が する ことです。"),
        ("まとめの {数字|すうじ}", "{小|ちい}さな {目標|もくひょう}が うまく いっているかを みる、いちばん {大事|だいじ}な {数字|すうじ}です。"),
        ("KPI", "{取|と}り{組|く}みが うまく いっているかを みる {数字|すうじ}です。"),
        ("めざす {数字|すうじ}", "{市|し}が その {年度|ねんど}までに なりたい {数字|すうじ}です。"),
        ("{年度|ねんど}", "4{月|がつ}から つぎの {年|とし}の 3{月|がつ}までです。2023{年度|ねんど}は 2023{年|ねん}4{月|がつ}から 2024{年|ねん}3{月|がつ}までです。"),
        ("{順調|じゅんちょう}", "{計画|けいかく}の とおりに {進|すす}んでいます。「だいたい {順調|じゅんちょう}」「{遅|おく}れている」も {市|し}が きめました。"),
        ("%（パーセント）", "{結果|けっか}が めざす {数字|すうじ}の どれだけかです。{少|すく}ないほうが よい {数字|すうじ}は 「めざす {数字|すうじ} ÷ {結果|けっか}」で {計算|けいさん}します。100%で めざす {数字|すうじ}に とどきます。"),
    ],
    moved_away: "はじめより {悪|わる}く なった",
    past_target: "{最後|さいご}の {目標|もくひょう}を こえた",
    part_separator: " / ",
    with_note: |name, note| format!("{name}（{note}）"),
    list_separator: "、",
    place_separator: " ・ ",
    quoted: |t| format!("「{t}」"),
    part_prefix: |l| format!("{l}の "),
    none_waiting: "{入|はい}れない {子|こ}どもは いません（0{人|にん}）",
    zero_on_target: "めざす {数字|すうじ}どおり（どちらも 0）",
    leap_year: "（うるうどし）",
    headline_values: |l, ly, t, ty| format!("{l}（{ly}）→ {{最後|さいご}}の {{目標|もくひょう}} {t}（{ty}）"),
    headline_target_only: |t, ty| format!("{{最後|さいご}}の {{目標|もくひょう}} {t}（{ty}）"),
    headline_no_final: |l, ly, i| format!("{l}（{ly}）・{i}"),
    final_replaced: "{最後|さいご}の {目標|もくひょう}は べつの {数字|すうじ}に かわりました",
    final_pending: "{最後|さいご}の {目標|もくひょう}は これから きめます",
    english_name: Some("{英語|えいご}の {名前|なまえ}"),
    headline_separator: " ",
};
