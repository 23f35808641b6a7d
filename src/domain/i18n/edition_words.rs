//! The words of editions: which year's sheet is shown, the others, and what a sheet
//! changed since the one before it, in each language.

pub struct EditionWords {
    /// The header's name of the edition shown (the sheet's fiscal year), and whether it is
    /// the newest.
    pub shown: fn(u16, bool) -> String,
    /// The name of the header's part about editions.
    pub nav_label: &'static str,
    /// Before the links to the other editions.
    pub others: &'static str,
    /// A link to an edition.
    pub edition: fn(u16) -> String,
    /// Above an earlier edition's pages: which is shown, which is the newest.
    pub older_notice: fn(u16, u16) -> String,
    /// The overview's link to the change list: the earlier edition and the rows changed.
    pub changes_link: fn(u16, usize) -> String,
    /// The change list's title: this edition, compared with the one before.
    pub changes_title: fn(u16, u16) -> String,
    pub changes_intro: &'static str,
    /// The change list of the first edition.
    pub no_earlier: fn(u16) -> String,
    pub nothing_changed: &'static str,
    pub new_row: &'static str,
    pub gone_row: &'static str,
    pub added: fn(&str) -> String,
    pub revised: fn(&str, &str) -> String,
    pub removed: fn(&str) -> String,
    pub status: fn(&str, &str) -> String,
    pub text: &'static str,
    pub text_added: &'static str,
    pub text_removed: &'static str,
    /// A detail's note under a figure a later edition revised: the edition, the value
    /// printed before.
    pub revised_note: fn(u16, &str) -> String,
    /// Edit mode on an earlier edition.
    pub edits_on_newest: &'static str,
}

words_in!(EditionWords: edition);

pub(super) static JA: EditionWords = EditionWords {
    shown: |year, newest| format!("{year}年度（令和{}年度）版{}", year - 2018, if newest { "（最新）" } else { "（過去の版）" }),
    nav_label: "検証シートの版",
    others: "ほかの版:",
    edition: |year| format!("{year}年度版"),
    older_notice: |year, newest| format!("{year}年度（令和{}年度）の検証シート（過去の版）を表示しています。最新は{newest}年度版です。", year - 2018),
    changes_link: |earlier, rows| format!("{earlier}年度版からの変更（{rows}指標）"),
    changes_title: |year, earlier| format!("{year}年度版で変わったこと（{earlier}年度版との比較）"),
    changes_intro: "前の年度の検証シートから、新しく載った数値、改訂された数値、進捗状況、市の文章（取組・課題・今後の方策・遅れの理由）の変更を指標ごとに示します。数値はどちらも市の公表値です。",
    no_earlier: |year| format!("{year}年度版より前の版はありません。"),
    nothing_changed: "前の版から変わった指標はありません。",
    new_row: "この版で新しく加わった指標です。",
    gone_row: "この版には載っていません（別の指標への変更など）。",
    added: |after| format!("新しく掲載: {after}"),
    revised: |before, after| format!("改訂: {before} → {after}"),
    removed: |before| format!("掲載なし（前の版: {before}）"),
    status: |before, after| format!("{before} → {after}"),
    text: "文章を更新",
    text_added: "新しく掲載",
    text_removed: "掲載なし（前の版にはありました）",
    revised_note: |year, before| format!("{year}年度版で改訂（前の版: {before}）"),
    edits_on_newest: "編集は最新の版にだけ重ねられます。最新の版に切り替えてから編集してください。",
};

pub(super) static EN: EditionWords = EditionWords {
    shown: |year, newest| format!("FY{year} edition{}", if newest { " (latest)" } else { " (earlier)" }),
    nav_label: "Editions of the verification sheet",
    others: "Other editions:",
    edition: |year| format!("FY{year} edition"),
    older_notice: |year, newest| format!("You are viewing the FY{year} verification sheet, an earlier edition. The latest is the FY{newest} edition."),
    changes_link: |earlier, rows| format!("Changes since the FY{earlier} edition ({})", crate::domain::i18n::english::counted(rows, "indicator", "indicators")),
    changes_title: |year, earlier| format!("What the FY{year} edition changed (compared with FY{earlier})"),
    changes_intro: "Per indicator, what this edition changed since the previous year's verification sheet: new figures, revised figures, status changes and the city's texts (initiatives, challenges, plans, delay reason). Both sides are the city's published figures.",
    no_earlier: |year| format!("There is no edition before FY{year}."),
    nothing_changed: "No indicator changed since the previous edition.",
    new_row: "New in this edition.",
    gone_row: "Not in this edition (replaced by another indicator, for example).",
    added: |after| format!("New: {after}"),
    revised: |before, after| format!("Revised: {before} → {after}"),
    removed: |before| format!("No longer printed (before: {before})"),
    status: |before, after| format!("{before} → {after}"),
    text: "Text rewritten",
    text_added: "Newly printed",
    text_removed: "No longer printed (the previous edition had it)",
    revised_note: |year, before| format!("Revised in the FY{year} edition (before: {before})"),
    edits_on_newest: "Edits apply to the latest edition only. Switch to the latest edition to edit.",
};

pub(super) static EASY: EditionWords = EditionWords {
    shown: |year, newest| format!("{year}{{年度|ねんど}}の {{資料|しりょう}}{}", if newest { "（いちばん {新|あたら}しい）" } else { "（{前|まえ}の {資料|しりょう}）" }),
    nav_label: "{資料|しりょう}の {年|とし}",
    others: "ほかの {年|とし}:",
    edition: |year| format!("{year}{{年度|ねんど}}"),
    older_notice: |year, newest| format!("{year}{{年度|ねんど}}の {{前|まえ}}の {{資料|しりょう}}を {{見|み}}ています。いちばん {{新|あたら}}しいのは {newest}{{年度|ねんど}}です。"),
    changes_link: |earlier, rows| format!("{earlier}{{年度|ねんど}}から {{変|か}}わった こと（{rows}こ）"),
    changes_title: |year, earlier| format!("{year}{{年度|ねんど}}で {{変|か}}わった こと（{earlier}{{年度|ねんど}}と くらべて）"),
    changes_intro: "{前|まえ}の {年|とし}の {資料|しりょう}と くらべて、{新|あたら}しい {数字|すうじ}、{変|か}わった {数字|すうじ}、{市|し}の {文章|ぶんしょう}を {目標|もくひょう}ごとに {書|か}いています。",
    no_earlier: |year| format!("{year}{{年度|ねんど}}より {{前|まえ}}の {{資料|しりょう}}は ありません。"),
    nothing_changed: "{変|か}わった ものは ありません。",
    new_row: "{新|あたら}しく {入|はい}った {目標|もくひょう}です。",
    gone_row: "この {年|とし}の {資料|しりょう}には ありません。",
    added: |after| format!("{{新|あたら}}しい {{数字|すうじ}}: {after}"),
    revised: |before, after| format!("{{数字|すうじ}}が {{変|か}}わりました: {before} → {after}"),
    removed: |before| format!("のって いません（{{前|まえ}}: {before}）"),
    status: |before, after| format!("{before} → {after}"),
    text: "{文章|ぶんしょう}が {変|か}わりました",
    text_added: "{新|あたら}しく のりました",
    text_removed: "のらなく なりました",
    revised_note: |year, before| format!("{year}{{年度|ねんど}}の {{資料|しりょう}}で {{変|か}}わりました（{{前|まえ}}: {before}）"),
    edits_on_newest: "いちばん {新|あたら}しい {資料|しりょう}だけ {変|か}えられます。",
};
