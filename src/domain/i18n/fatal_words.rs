//! The words of the error page shown when the app itself fails. They do not follow the
//! language switch (the app that knows it may be what failed): Japanese first, then
//! English, on one page.

pub const TITLE: &str = "エラーが発生しました / Something went wrong";
pub const ADVICE_JA: &str = "表示中に問題が起きました。ページを再読み込みしてください。直らない場合は、お手数ですが市の担当課までお知らせください。";
pub const ADVICE_EN: &str =
    "The page hit a problem. Please reload it. If it keeps happening, please tell the city office.";
pub const DETAILS: &str = "詳細 / Details";
