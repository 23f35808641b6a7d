//! The words of edit mode's form for one row (one 保存 for the whole row), in each
//! language. Like [`super::Messages`], a missing message does not compile.

pub struct RowFormWords {
    pub title: &'static str,
    pub note: &'static str,
    /// The first group's legend: the fields of the drafted year's sheet.
    pub yearly_legend: fn(u16) -> String,
    /// The folded group of everything else.
    pub other_legend: &'static str,
    /// Under a figure's box: the unit may be left out.
    pub unit_hint: fn(&str) -> String,
    /// Characters typed of the most allowed (plain: it is read out as it changes).
    pub count: fn(usize, usize) -> String,
    pub reason_only_delayed: &'static str,
    pub reason_needed: &'static str,
    /// Opens the city's text beside a text box.
    pub compare: &'static str,
    pub nothing_changed: &'static str,
    /// Nothing was saved because of problems in `n` fields.
    pub fix_first: fn(usize) -> String,
    pub unsaved: &'static str,
    pub suggestion_title: &'static str,
    /// The year of the actual the suggestion is computed from.
    pub suggestion_from: fn(&str) -> String,
    /// The city status the suggested label corresponds to.
    pub suggestion_status: fn(&str) -> String,
    pub suggestion_note: &'static str,
}

words_in!(RowFormWords: row_form);

pub(super) static JA: RowFormWords = RowFormWords {
    title: "この指標を編集（この端末のみ）",
    note:
        "保存はこの端末（ブラウザ）だけで、市の公表値は変わりません。変えた項目だけが保存されます。",
    yearly_legend: |year| format!("{year}年度（令和{}年度）の効果検証シート", year - 2018),
    other_legend: "その他の値（基準値・目標・ほかの年度の実績・メモ）",
    unit_hint: |unit| format!("単位（{unit}）は省略できます（例: 1510 → 1,510{unit}）"),
    count: |n, max| format!("{n} / {max}字"),
    reason_only_delayed: "進捗状況が「進捗の遅れ」のときだけシートに載ります。",
    reason_needed: "「進捗の遅れ」にするときは、進捗が遅れている理由を入力してください。",
    compare: "市の公表値と比べる",
    nothing_changed: "変更された項目はありません。",
    fix_first: |n| format!("{n}件の項目を確認してください。まだ何も保存していません。"),
    unsaved: "保存していない変更があります。",
    suggestion_title: "計算による進捗の目安",
    suggestion_from: |year| format!("（{year}の実績から）"),
    suggestion_status: |status| format!("近い進捗状況: {status}"),
    suggestion_note: "目安です。進捗状況は担当課が判断して選んでください。",
};

pub(super) static EN: RowFormWords = RowFormWords {
    title: "Edit this indicator (this device only)",
    note: "Saved on this device (browser) only; the city's official figures do not change. Only the fields you change are saved.",
    yearly_legend: |year| format!("FY{year} verification sheet"),
    other_legend: "Other values (baseline, targets, other years' actuals, note)",
    unit_hint: |unit| format!("The unit ({unit}) may be left out (e.g. 1510 → 1,510{unit})"),
    count: |n, max| format!("{n} / {max} characters"),
    reason_only_delayed: "Printed on the sheet only when the status is “Delayed”.",
    reason_needed: "A row marked “Delayed” needs the reason for the delay.",
    compare: "Compare with the official text",
    nothing_changed: "No field was changed.",
    fix_first: |n| format!("Please check {n} field{}. Nothing has been saved yet.", if n == 1 { "" } else { "s" }),
    unsaved: "There are unsaved changes.",
    suggestion_title: "Computed progress (a suggestion)",
    suggestion_from: |year| format!(" (from the {year} actual)"),
    suggestion_status: |status| format!("Closest city status: {status}"),
    suggestion_note: "Only a suggestion: the department decides the status.",
};

pub(super) static EASY: RowFormWords = RowFormWords {
    title: "この {目標|もくひょう}を {変|か}える（この {機械|きかい}だけ）",
    note: "この {機械|きかい}だけに {残|のこ}ります。{市|し}の {数字|すうじ}は {変|か}わりません。",
    yearly_legend: |year| format!("{year}{{年度|ねんど}}の シート"),
    other_legend: "ほかの {数字|すうじ}と メモ",
    unit_hint: |unit| format!("{{単位|たんい}}（{unit}）は なくても いいです"),
    count: |n, max| format!("{n} / {max}もじ"),
    reason_only_delayed: "「{遅|おく}れ」の ときだけ シートに のります。",
    reason_needed: "「{遅|おく}れ」に する ときは、{遅|おく}れている わけを {書|か}いてください。",
    compare: "{市|し}の {文|ぶん}と くらべる",
    nothing_changed: "{変|か}えた ところは ありません。",
    fix_first: |n| format!("{n}か{{所|しょ}}を なおしてください。まだ {{残|のこ}}していません。"),
    unsaved: "まだ {残|のこ}していない ところが あります。",
    suggestion_title: "{計算|けいさん}した めやす",
    suggestion_from: |year| format!("（{year}の {{結果|けっか}}から）"),
    suggestion_status: |status| format!("ちかい ようす: {status}"),
    suggestion_note: "めやすです。きめるのは {担当|たんとう}の {課|か}です。",
};
