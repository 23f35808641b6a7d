//! The words of the draft verification sheet, its exports, and the marks that say a
//! figure shown (in a header, a chart or a print) includes edits made on this device, in
//! each language. Words drawn inside charts are plain (charts cannot draw `<ruby>`).

pub struct SheetWords {
    /// The edit panel's link to the draft sheet.
    pub open_sheet: &'static str,
    pub open_sheet_note: &'static str,
    pub title: fn(u16) -> String,
    pub intro: &'static str,
    pub drafted_on: fn(i32, u32, u32) -> String,
    pub includes_edits: &'static str,
    pub official_only: &'static str,
    /// Rows with an actual for the drafted year, of the rows shown.
    pub progress: fn(usize, usize, u16) -> String,
    pub department_filter: &'static str,
    pub indicator: &'static str,
    /// The name of the region the table scrolls in (plain: it is an attribute).
    pub table_region: &'static str,
    /// An empty cell of the official sheet, shown after 「市の公表値: 」.
    pub none: &'static str,
    /// In the reason's cell when a status changed here leaves the city's reason out.
    pub reason_left_out: &'static str,
    pub print: &'static str,
    pub export_xlsx: &'static str,
    pub export_xlsx_note: &'static str,
    /// The workbook could not be made (its module missing, or the writer failed).
    pub export_xlsx_failed: &'static str,
    pub export_csv: &'static str,
    pub export_csv_note: &'static str,
    pub export_edits: &'static str,
    pub export_edits_note: &'static str,
    /// The header's and the print's data line when edits are shown (instead of 市の公表値).
    pub as_of_with_edits: fn(u16) -> String,
    /// A trend chart's legend entry for figures edited or added on this device (plain).
    pub chart_local: &'static str,
    /// Added to a chart's title (and so its PNG) when it draws such figures (plain).
    pub chart_title_local: &'static str,
    /// The chart summary's sentence naming them (plain).
    pub chart_local_summary: fn(&str) -> String,
}

words_in!(SheetWords: sheet);

pub(super) static JA: SheetWords = SheetWords {
    open_sheet: "効果検証シートの下書きを開く",
    open_sheet_note: "次年度の効果検証シートを、この端末で入力した値を含めてシートと同じ列で表示します。担当課で絞り込み、印刷（A4横）やCSVでの書き出しができます。",
    title: |year| format!("{year}年度（令和{}年度） 効果検証シート（下書き）", year - 2018),
    intro: "市の公表値に、この端末で入力した値を重ねた下書きです。編集した欄には「この端末で編集」と市の公表値を示しています。提出前に担当課で確認してください。",
    drafted_on: |y, m, d| format!("作成日: {y}年{m}月{d}日"),
    includes_edits: "この端末で編集した値を含む",
    official_only: "市の公表値のみ（この端末の編集は含みません）",
    progress: |done, total, year| format!("{done} / {total} 行に{year}年度（令和{}年度）実績があります", year - 2018),
    department_filter: "担当課で絞り込む",
    indicator: "指標",
    table_region: "検証シートの表（横にスクロールできます）",
    none: "なし",
    reason_left_out: "進捗状況を「進捗の遅れ」以外にしたため、遅れの理由は載せません（市の理由は消えていません。進捗状況を戻すと載ります）。",
    print: "印刷する（A4横）",
    export_xlsx: "検証シート（下書き）をExcelのブックで書き出す（.xlsx）",
    export_xlsx_note: "担当課が記入する1枚目「検証シート」と、アプリが計算した参考値の2枚目「アプリの計算」（記入不要）。指標IDは文字列、数値は数値のまま、単位・対象年は別の列です。記入したブックは、そのまま「編集データの読み込み」で読み込めます。",
    export_xlsx_failed: "Excelのブックを作れませんでした。通信を確かめてもう一度押すか、CSVで書き出してください。",
    export_csv: "検証シート（下書き）をCSVで書き出す（Excel用）",
    export_csv_note: "1行に1指標（男性・女性などは内訳ごと）。数値は桁区切り・単位なしで、単位・対象年（西暦）・シートの表記はそれぞれ別の列です。",
    export_edits: "編集データを書き出す（JSON・別の端末へ移す・バックアップ用）",
    export_edits_note: "この端末の編集だけのファイルです。別の端末の「編集データの読み込み」で読み込めます。",
    as_of_with_edits: |year| format!("データ: {year}年度（令和{}年度）の検証シート・この端末で編集した値を含む（市の公表値ではありません）", year - 2018),
    chart_local: "この端末で編集した値",
    chart_title_local: "（この端末で編集した値を含む）",
    chart_local_summary: |points| format!("□はこの端末で編集した値です（市の公表値ではありません）: {points}。"),
};

pub(super) static EN: SheetWords = SheetWords {
    open_sheet: "Open the draft verification sheet",
    open_sheet_note: "Next year's verification sheet in the printed sheet's columns, with the values entered on this device. Narrow it to a department, print it (A4 landscape) or export it as CSV.",
    title: |year| format!("FY{year} verification sheet (draft)"),
    intro: "A draft: the city's published figures with the values entered on this device laid over them. Edited cells say “Edited on this device” and give the official figure. Please check with the department before submitting.",
    drafted_on: |y, m, d| format!("Drafted: {y}-{m:02}-{d:02}"),
    includes_edits: "Includes values edited on this device",
    official_only: "Official figures only (no edits from this device)",
    progress: |done, total, year| format!("{done} / {total} rows have an FY{year} actual"),
    department_filter: "Show the rows of",
    indicator: "Indicator",
    table_region: "The sheet's table (scrolls sideways)",
    none: "none",
    reason_left_out: "Left out because the status is no longer Delayed (the city's reason is kept and comes back with the status).",
    print: "Print (A4 landscape)",
    export_xlsx: "Export the draft sheet as an Excel workbook (.xlsx)",
    export_xlsx_note: "A first sheet, 検証シート, for departments to fill in, and a second, アプリの計算, with the app's computed figures (not to be filled in). IDs are text, figures stay numbers, units and years have their own columns. A filled workbook can be read back with “Import edits”.",
    export_xlsx_failed: "The Excel workbook could not be made. Check the connection and press again, or export the CSV.",
    export_csv: "Export the draft sheet as CSV (for Excel)",
    export_csv_note: "One line per indicator (per part where a cell has two, e.g. men and women). Numbers have no separators or units; the unit, the year (Western calendar) and the printed text each have their own column.",
    export_edits: "Export edits (JSON, to move them to another device or keep a backup)",
    export_edits_note: "Only this device's edits. Read them on another device with “Import edits”.",
    as_of_with_edits: |year| format!("Data: FY{year} verification sheet · includes values edited on this device (not official)"),
    chart_local: "Edited on this device",
    chart_title_local: " (includes values edited on this device)",
    chart_local_summary: |points| format!("Squares mark values edited on this device (not official): {points}. "),
};

pub(super) static EASY: SheetWords = SheetWords {
    open_sheet: "{来年|らいねん}の シートを {見|み}る",
    open_sheet_note: "この {機械|きかい}で {入|い}れた {数字|すうじ}も いっしょに シートの かたちで {見|み}せます。{印刷|いんさつ}や CSVも できます。",
    title: |year| format!("{year}{{年度|ねんど}}の シート（したがき）"),
    intro: "{市|し}の {数字|すうじ}に、この {機械|きかい}で {入|い}れた {数字|すうじ}を {重|かさ}ねた したがきです。",
    drafted_on: |y, m, d| format!("つくった {{日|ひ}}: {y}{{年|ねん}}{m}{{月|がつ}}{d}{{日|にち}}"),
    includes_edits: "この {機械|きかい}で {変|か}えた {数字|すうじ}が あります",
    official_only: "{市|し}の {数字|すうじ}だけです",
    progress: |done, total, year| format!("{year}{{年度|ねんど}}の {{結果|けっか}}: {total}こ の うち {done}こ {{入|はい}}っています"),
    department_filter: "{担当|たんとう}の {課|か}で えらぶ",
    indicator: "{目標|もくひょう}",
    table_region: "シートの ひょう（よこに うごかせます）",
    none: "なし",
    reason_left_out: "「{遅|おく}れている」では なくなったので、{理由|りゆう}は のせません（{市|し}の {理由|りゆう}は のこっています）。",
    print: "{印刷|いんさつ}する",
    export_xlsx: "シートを Excelの ファイルに する（.xlsx）",
    export_xlsx_note: "1{枚目|まいめ}に {書|か}きこんで、よみこめます。2{枚目|まいめ}は アプリの {計算|けいさん}です。",
    export_xlsx_failed: "Excelの ファイルを つくれませんでした。もう いちど おしてください。",
    export_csv: "シートを CSVに する（Excel）",
    export_csv_note: "{数字|すうじ}と {単位|たんい}と {年|とし}は べつべつの {列|れつ}に なります。",
    export_edits: "{変|か}えた ものを ファイルに する（JSON）",
    export_edits_note: "ほかの {機械|きかい}で よみこめます。",
    as_of_with_edits: |year| format!("{year}{{年度|ねんど}}の シートの {{数字|すうじ}}です。この {{機械|きかい}}で {{変|か}}えた {{数字|すうじ}}が あります（{{市|し}}が {{出|だ}}した {{数字|すうじ}}では ありません）。"),
    chart_local: "この きかいで かえた すうじ",
    chart_title_local: "（この きかいで かえた すうじが あります）",
    chart_local_summary: |points| format!("□は この きかいで かえた すうじです: {points}。"),
};
