//! The words of the pages about the app itself: the open-data downloads, the
//! accessibility statement and the footer that links them, in each language.
//! Like [`super::Messages`], a language without a message does not compile.

use super::Lang;

pub struct InfoWords {
    pub footer_label: &'static str,
    pub footer_data: &'static str,
    pub footer_accessibility: &'static str,
    pub footer_source: &'static str,
    pub back_to_overview: &'static str,
    pub data_title: &'static str,
    pub data_intro: &'static str,
    pub data_csv: &'static str,
    pub data_csv_note: &'static str,
    pub data_json: &'static str,
    pub data_json_note: &'static str,
    pub data_package: &'static str,
    pub data_package_note: &'static str,
    pub data_licence: &'static str,
    pub data_source: &'static str,
    pub data_identifiers: &'static str,
    pub data_official_only: &'static str,
    pub embed_full_link: &'static str,
    pub embed_code: &'static str,
    pub embed_code_note: &'static str,
    pub embed_code_label: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub copy_by_hand: &'static str,
    pub share: &'static str,
    pub share_copied: &'static str,
    pub a11y_title: &'static str,
    /// Sections of the statement: a heading and its paragraphs or list items.
    pub a11y_sections: &'static [(&'static str, &'static [&'static str])],
}

pub(super) fn info_words(lang: Lang) -> &'static InfoWords {
    match lang {
        Lang::Ja => &JA,
        Lang::En => &EN,
        Lang::JaEasy => &EASY,
    }
}

static JA: InfoWords = InfoWords {
    footer_label: "このサイトについて",
    footer_data: "オープンデータ（CSV・JSON）",
    footer_accessibility: "アクセシビリティ方針と試験結果",
    footer_source: "出典: 伊勢崎市「令和５年度 第２期伊勢崎市まち・ひと・しごと創生総合戦略効果検証シート」",
    back_to_overview: "← 一覧に戻る",
    data_title: "オープンデータ",
    data_intro: "効果検証シートの全47指標を、機械判読に適した形で提供します。総務省「統計表における機械判読可能なデータの表記方法の統一ルール」に沿い、1つのセルに1つの値、数値は桁区切りや単位なし、単位と対象年（西暦・和暦）は別の列、すべての行に全国地方公共団体コード（102041）と地方公共団体名を入れています。",
    data_csv: "シート全体（CSV）",
    data_csv_note: "1行が1つの値（指標×項目×内訳）。UTF-8（BOM付き）、改行はCRLF。Excelでそのまま開けます。",
    data_json: "シート全体（JSON）",
    data_json_note: "目標・施策・指標の構造と、各欄の印刷どおりの文字列・読み取った値・単位・対象年。",
    data_package: "データの説明（datapackage.json）",
    data_package_note: "上の2つのファイルの列と型を説明する Frictionless Data Package。",
    data_licence: "利用条件: 政府標準利用規約（第2.0版）に準拠（クリエイティブ・コモンズ 表示 4.0 国際 と互換）。出典を表示してください。",
    data_source: "出典: 伊勢崎市「令和５年度 第２期伊勢崎市まち・ひと・しごと創生総合戦略効果検証シート」（資料２）",
    data_identifiers: "指標ごとのURL（例: ?kpi=1-1-00）は変わらず、指標の識別子として使えます。",
    data_official_only: "ここで提供するのは市の公表値だけです。この端末で編集した値は含みません。",
    embed_full_link: "伊勢崎市 総合戦略 KPIダッシュボードで見る",
    embed_code: "埋め込みコード",
    embed_code_note: "このコードを市のページなどに貼ると、この指標だけが表示されます（市の公表値のみ）。表示する高さを中身に合わせたいときは、埋め込まれたページが送る高さ（postMessage）を使えます。",
    embed_code_label: "埋め込み用の HTML",
    copy: "コピー",
    copied: "コピーしました。",
    copy_by_hand: "自動でコピーできませんでした。次のアドレスを選んでコピーしてください。",
    share: "共有",
    share_copied: "リンクをコピーしました。",
    a11y_title: "アクセシビリティ方針と試験結果",
    a11y_sections: &[
        ("方針", &[
            "このダッシュボードは、高齢の方や障害のある方、外国人住民を含むすべての人が使えるよう、JIS X 8341-3:2016 の適合レベル AA への準拠を目標としています（総務省「みんなの公共サイト運用ガイドライン」に沿った取組）。",
            "表明日: 2026年12月1日。試験日: 2026年12月1日。",
        ]),
        ("対象範囲", &[
            "このダッシュボードのすべての画面: 目標別の進捗、一覧と絞り込み、指標の詳細とグラフ、編集モード、キオスク表示、埋め込み表示、オープンデータ、このページ。日本語・English・やさしい日本語の3言語、明るい表示と暗い表示。",
            "対象外: 市の公式サイトの他のページと、元の効果検証シート（PDF）。",
        ]),
        ("自動試験（リリースごとに実行）", &[
            "axe-core による検査を、目標別の進捗、絞り込んだ一覧、検索結果なし、グラフのある詳細、編集モード（入力エラー表示中）、キオスク表示、暗い表示で実施。デスクトップ（1280px）とスマートフォン（390px）、3言語それぞれ320px幅でも実施。結果: 違反 0 件。",
            "320px幅で横スクロールが出ないこと、タッチ操作の対象が44px以上であること、絞り込みの結果件数が読み上げられること（aria-live）も自動で確認しています。",
        ]),
        ("手動での確認（2026年12月1日）", &[
            "キーボードだけの操作: 一覧へのスキップリンクから、言語・表示切替、グラフ、件数のリンク、検索と絞り込み、各カードまで、画面の順にTabキーで移動でき、60か所すべてでフォーカスが見えることを確認。Enterで詳細が開き、見出しにフォーカスが移ります。グラフのデータ表もキーボードで開けます。",
            "200%拡大（幅640px相当）と400%拡大（幅320px相当）: 一覧、詳細、英語、やさしい日本語で横スクロールなしで読めることを確認。",
            "文字間隔の変更（WCAG 1.4.12: 行間1.5倍、字間0.12em など）: 詳細画面で内容が欠けないことを確認。",
            "グラフ: すべてのグラフに要約文とデータ表があり、状態は色だけでなく記号（◎○▲）と文字で示します。ブラウザのアクセシビリティツリーで、グラフが名前と要約付きの図として伝わることを確認。",
            "コントラスト: axe の検査で明るい表示・暗い表示とも基準（4.5:1）を満たすことを確認。",
        ]),
        ("確認できていないこと", &[
            "実際のスクリーンリーダー（NVDA、VoiceOver、TalkBack）での読み上げは未確認です。",
            "音声入力、Windows のハイコントラスト（強制カラー）表示、Chromium 以外のブラウザでの表示は未確認です。",
        ]),
        ("既知の課題", &[
            "グラフの個々の点はキーボードで選べません。同じ内容をデータ表で提供しています。",
            "市の取組・課題・今後の方策の文は、市の原文のまま（日本語）です。",
        ]),
    ],
};

static EN: InfoWords = InfoWords {
    footer_label: "About this site",
    footer_data: "Open data (CSV, JSON)",
    footer_accessibility: "Accessibility statement and test results",
    footer_source: "Source: Isesaki City, verification sheet of the 2nd regional revitalization strategy, FY2023 (in Japanese)",
    back_to_overview: "← Back to the list",
    data_title: "Open data",
    data_intro: "All 47 indicators of the verification sheet in machine-readable form, following the Ministry of Internal Affairs and Communications' rules for machine-readable statistical tables: one value per cell, numbers without separators or units, the unit and the reference year (Western and Japanese era) in their own columns, and the local government code (102041) and name in every record.",
    data_csv: "Whole sheet (CSV)",
    data_csv_note: "One record per value (indicator × column × part). UTF-8 with BOM, CRLF line ends; opens directly in Excel. Headers are in Japanese.",
    data_json: "Whole sheet (JSON)",
    data_json_note: "Goals, measures and indicators, with every cell as printed and as read: value, unit and reference year.",
    data_package: "Description of the data (datapackage.json)",
    data_package_note: "A Frictionless Data Package describing the columns and types of both files.",
    data_licence: "Licence: Government of Japan Standard Terms of Use (Version 2.0), compatible with Creative Commons Attribution 4.0 International. Please credit the source.",
    data_source: "Source: Isesaki City, FY2023 verification sheet of the 2nd Isesaki City regional revitalization strategy (document 2, in Japanese).",
    data_identifiers: "Each indicator's address (e.g. ?kpi=1-1-00) does not change and can serve as its identifier.",
    data_official_only: "These files hold the city's published figures only, never values edited on this device.",
    embed_full_link: "Open in the Isesaki KPI dashboard",
    embed_code: "Embed code",
    embed_code_note: "Paste this code into another page to show this indicator there (the city's published figures only). The embedded page posts its height (postMessage), so the host page can fit the frame to it.",
    embed_code_label: "HTML for embedding",
    copy: "Copy",
    copied: "Copied.",
    copy_by_hand: "Could not copy automatically; please select this address and copy it:",
    share: "Share",
    share_copied: "Link copied.",
    a11y_title: "Accessibility statement and test results",
    a11y_sections: &[
        ("Policy", &[
            "This dashboard aims to conform to JIS X 8341-3:2016 level AA (equivalent to WCAG 2.0 AA), following the Ministry of Internal Affairs and Communications' guidelines for public websites, so that everyone can use it, including older people, people with disabilities and foreign residents.",
            "Statement date: 1 December 2026. Tests carried out: 1 December 2026.",
        ]),
        ("Scope", &[
            "Every screen of this dashboard: progress by goal, the list and its filters, indicator details and charts, edit mode, kiosk mode, embedded views, open data and this page; in Japanese, English and easy Japanese; in light and dark themes.",
            "Not in scope: other pages of the city's website, and the original verification sheet (PDF).",
        ]),
        ("Automated tests (run for every release)", &[
            "axe-core checks of: progress by goal, a filtered list, an empty result, a detail with its chart, edit mode showing an input error, kiosk mode and the dark theme; on desktop (1280 px) and phone (390 px), and in each of the three languages at 320 px. Result: 0 violations.",
            "Also checked automatically: no horizontal scrolling at 320 px, touch targets of at least 44 px, and that the number of results is announced when filters change (aria-live).",
        ]),
        ("Manual checks (1 December 2026)", &[
            "Keyboard only: from the skip link through the language and theme switches, charts, count links, search and filters to every card, Tab moves in reading order and focus is visible at all 60 stops checked. Enter opens a detail and moves focus to its heading; chart data tables open from the keyboard.",
            "Zoom to 200% (640 px wide) and 400% (320 px wide): the overview, a detail, English and easy Japanese read without horizontal scrolling.",
            "Text spacing (WCAG 1.4.12: line height 1.5, letter spacing 0.12 em, …): nothing is cut off on a detail page.",
            "Charts: every chart has a summary and a data table, and statuses are shown with symbols (◎ ○ ▲) and words, never colour alone. In the browser's accessibility tree a chart is exposed as a figure with its name and summary.",
            "Contrast: axe's contrast check passes (4.5:1) in the light and dark themes.",
        ]),
        ("Not checked", &[
            "Reading with real screen readers (NVDA, VoiceOver, TalkBack) has not been tested.",
            "Voice control, Windows high-contrast (forced colours) mode and browsers other than Chromium have not been tested.",
        ]),
        ("Known limitations", &[
            "Individual chart points cannot be selected with the keyboard; the same figures are in each chart's data table.",
            "The city's texts (initiatives, challenges, next steps) are shown in the original Japanese.",
        ]),
    ],
};

static EASY: InfoWords = InfoWords {
    footer_label: "この サイトに ついて",
    footer_data: "データを ダウンロード（CSV・JSON）",
    footer_accessibility: "だれでも {使|つか}える ための {取|と}り{組|く}み",
    footer_source: "もとの {資料|しりょう}: {伊勢崎市|いせさきし}の「{効果|こうか}{検証|けんしょう}シート（2023{年度|ねんど}）」",
    back_to_overview: "← リストに もどる",
    data_title: "データを ダウンロード",
    data_intro: "47の {目標|もくひょう}の {数字|すうじ}を、コンピューターで {使|つか}いやすい {形|かたち}で {出|だ}しています。1つの ますに 1つの {数字|すうじ}を {入|い}れています。",
    data_csv: "{全部|ぜんぶ}の {数字|すうじ}（CSV）",
    data_csv_note: "Excelで ひらけます。",
    data_json: "{全部|ぜんぶ}の {数字|すうじ}（JSON）",
    data_json_note: "プログラムで {使|つか}う ための ファイルです。",
    data_package: "データの {説明|せつめい}（datapackage.json）",
    data_package_note: "{上|うえ}の 2つの ファイルの {中身|なかみ}の {説明|せつめい}です。",
    data_licence: "{自由|じゆう}に {使|つか}えます。{使|つか}う ときは {伊勢崎市|いせさきし}の {資料|しりょう}だと {書|か}いてください。",
    data_source: "もとの {資料|しりょう}: {伊勢崎市|いせさきし}の「{効果|こうか}{検証|けんしょう}シート（2023{年度|ねんど}）」",
    data_identifiers: "{目標|もくひょう}ごとの アドレス（れい: ?kpi=1-1-00）は {変|か}わりません。",
    data_official_only: "{市|し}が {出|だ}した {数字|すうじ}だけです。この {機械|きかい}で {変|か}えた {数字|すうじ}は {入|はい}りません。",
    embed_full_link: "{伊勢崎市|いせさきし}の ダッシュボードで {見|み}る",
    embed_code: "{埋|う}め{込|こ}み コード",
    embed_code_note: "この コードを ほかの ページに はると、この {目標|もくひょう}だけを {見|み}せられます。",
    embed_code_label: "{埋|う}め{込|こ}み {用|よう}の HTML",
    copy: "コピー",
    copied: "コピーしました。",
    copy_by_hand: "コピーできませんでした。この アドレスを えらんで コピーしてください。",
    share: "ほかの {人|ひと}に おくる",
    share_copied: "リンクを コピーしました。",
    a11y_title: "だれでも {使|つか}える ための {取|と}り{組|く}み",
    a11y_sections: &[
        ("{目標|もくひょう}", &[
            "お{年寄|としよ}りや {障害|しょうがい}の ある {人|ひと}、{外国|がいこく}から {来|き}た {人|ひと}も {使|つか}える ように、{日本|にほん}の きまり（JIS X 8341-3:2016 の AA）に {合|あ}わせる ことを {目指|めざ}しています。",
            "2026{年|ねん}12{月|がつ}1{日|にち}に たしかめました。",
        ]),
        ("たしかめた こと", &[
            "{機械|きかい}の チェック（axe）: どの {画面|がめん}でも {問題|もんだい}は 0でした。3つの ことばと スマートフォンの {画面|がめん}でも たしかめました。",
            "キーボードだけで {全部|ぜんぶ}の ボタンと リンクを {使|つか}えました。",
            "{文字|もじ}を 2{倍|ばい}、4{倍|ばい}に {大|おお}きく しても {読|よ}めました。",
            "グラフには {全部|ぜんぶ} {文|ぶん}と {表|ひょう}が あります。{色|いろ}だけで なく しるし（◎ ○ ▲）でも {分|わ}かります。",
        ]),
        ("まだ たしかめて いない こと", &[
            "{画面|がめん}を {読|よ}み{上|あ}げる ソフト（NVDA、VoiceOver、TalkBack）では まだ たしかめて いません。",
        ]),
    ],
};
