//! The words of saving and importing that need more than "saved": why an edit was not
//! saved, and the choice between two devices' values. Like [`super::Messages`], a missing
//! message does not compile.

pub struct SaveWords {
    pub not_saved_unavailable: &'static str,
    pub not_saved_full: &'static str,
    pub not_saved_unreadable: &'static str,
    pub not_saved_unconfirmed: &'static str,
    pub conflicts_title: fn(usize) -> String,
    pub conflicts_intro: &'static str,
    pub conflict_headers: [&'static str; 4],
    pub keep_here: &'static str,
    pub take_file: &'static str,
    /// Stands for "no edit": the city's figure.
    pub official_figure: &'static str,
    pub choose_each: &'static str,
    pub older_left: fn(usize) -> String,
    /// The fields this device changed after the file was written (a backup's case).
    pub restore_title: fn(usize) -> String,
    pub restore_intro: &'static str,
    /// Takes the file's value for every such field.
    pub take_file_all: &'static str,
    pub conflicts_changed: &'static str,
}

words_in!(SaveWords: JA, EN, EASY);

static JA: SaveWords = SaveWords {
    not_saved_unavailable: "保存できませんでした。この環境ではブラウザに保存できないため、この編集はページを閉じると消えます。「編集データを書き出す」で残してください。",
    not_saved_full: "保存できませんでした（ブラウザの保存容量がいっぱいです）。この編集はページを開いている間だけ残ります。「編集データを書き出す」で残してください。",
    not_saved_unreadable: "保存できませんでした。保存されている編集データが読めないため、上の案内をご覧ください。この編集はページを開いている間だけ残ります。",
    not_saved_unconfirmed: "保存を確認できませんでした（読み直した内容が一致しません）。もう一度「保存」を押すか、「編集データを書き出す」で残してください。",
    conflicts_title: |n| format!("両方で変更された項目（{n}件）"),
    conflicts_intro: "この端末とファイルの両方で、前回のやり取りの後に変更された項目です。項目ごとに、残す値を選んでください。",
    conflict_headers: ["指標", "項目", "この端末の値", "ファイルの値"],
    keep_here: "この端末の値を残す",
    take_file: "ファイルの値にする",
    official_figure: "（市の公表値）",
    choose_each: "すべての項目で、残す値を選んでください。",
    older_left: |n| format!("{n}件は、この端末でファイルより後に変更されています。そのままにするか、下でファイルの値を選べます。"),
    restore_title: |n| format!("ファイルより後にこの端末で変更した項目（{n}件）"),
    restore_intro: "取り消しを含め、ファイルを書き出した後にこの端末で変えた項目です。選ばなければ、この端末の値のままです。バックアップから戻すときは、ファイルの値を選んでください。",
    take_file_all: "すべてファイルの値にする",
    conflicts_changed: "確認している間に、この端末の編集が変わりました。もう一度選んでください。",
};

static EN: SaveWords = SaveWords {
    not_saved_unavailable: "Not saved: this browser cannot store data here, so this edit disappears when the page is closed. Use “Export edits” to keep it.",
    not_saved_full: "Not saved: the browser's storage is full. This edit stays only while the page is open. Use “Export edits” to keep it.",
    not_saved_unreadable: "Not saved: the stored edits cannot be read; please see the notice above. This edit stays only while the page is open.",
    not_saved_unconfirmed: "The save could not be confirmed (reading it back gave something else). Press Save again, or use “Export edits” to keep it.",
    conflicts_title: |n| format!("Changed on both devices ({n})"),
    conflicts_intro: "These fields were changed both on this device and in the file since the two last shared their edits. Choose the value to keep for each.",
    conflict_headers: ["Indicator", "Field", "On this device", "In the file"],
    keep_here: "Keep this device's value",
    take_file: "Use the file's value",
    official_figure: "(official figure)",
    choose_each: "Choose a value for every field first.",
    older_left: |n| format!("{n} entr{} of the file {} changed later on this device. {} kept as on this device unless you choose the file's value below.", if n == 1 { "y" } else { "ies" }, if n == 1 { "was" } else { "were" }, if n == 1 { "It is" } else { "They are" }),
    restore_title: |n| format!("Changed on this device after the file was written ({n})"),
    restore_intro: "These fields were changed on this device (undos included) after the file was exported. Unless you choose otherwise they keep this device's value; to restore a backup, choose the file's.",
    take_file_all: "Take the file's values for all",
    conflicts_changed: "The edits on this device changed while you were choosing. Please choose again.",
};

static EASY: SaveWords = SaveWords {
    not_saved_unavailable: "{保存|ほぞん}できませんでした。ページを とじると きえます。",
    not_saved_full: "{保存|ほぞん}できませんでした（いっぱいです）。ページを とじると きえます。",
    not_saved_unreadable: "{保存|ほぞん}できませんでした。{上|うえ}の おしらせを {見|み}てください。",
    not_saved_unconfirmed: "{保存|ほぞん}できたか わかりませんでした。もう いちど「{保存|ほぞん}」を おしてください。",
    conflicts_title: |n| format!("どちらでも {{変|か}}えたもの（{n}こ）"),
    conflicts_intro: "この {機械|きかい}でも ファイルでも {変|か}えた ところです。のこす ほうを えらんでください。",
    conflict_headers: ["なに", "どこ", "この 機械", "ファイル"],
    keep_here: "この {機械|きかい}の {数字|すうじ}を のこす",
    take_file: "ファイルの {数字|すうじ}に する",
    official_figure: "（{市|し}の {数字|すうじ}）",
    choose_each: "ぜんぶ えらんでください。",
    older_left: |n| format!("{n}こは この {{機械|きかい}}で あとから {{変|か}}えました。ファイルの ほうを えらぶ ことも できます。"),
    restore_title: |n| format!("ファイルの あとに この {{機械|きかい}}で {{変|か}}えたもの（{n}こ）"),
    restore_intro: "えらばなければ、この {機械|きかい}の ままです。もとに もどすときは ファイルの ほうを えらんでください。",
    take_file_all: "ぜんぶ ファイルの ほうに する",
    conflicts_changed: "えらんでいる あいだに {変|か}わりました。もう いちど えらんでください。",
};
