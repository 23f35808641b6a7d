//! The verification sheet's own words that change how a cell is read: its method notes,
//! its leap-year mark, a count said in words, and the units the app treats specially.
//! They are the city's Japanese, matched here and nowhere else; the rest of the app asks
//! these functions.

use crate::domain::model::Value;

/// Which side of a change of counting method a figure is on: the sheet notes
/// 「（変更前）」 or 「（変更後）」 beside such figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MethodSide {
    Before,
    After,
}

pub fn method_side(value: &Value) -> Option<MethodSide> {
    let note = value.note.as_deref()?;
    if note.contains("変更後") {
        Some(MethodSide::After)
    } else if note.contains("変更前") {
        Some(MethodSide::Before)
    } else {
        None
    }
}

/// The cell says its count covers a leap year (「366日（閏年）」).
pub fn marks_leap_year(value: &Value) -> bool {
    value.raw.contains("閏年")
}

/// The cell says in words that no child was waiting (「待機児童なし」): a zero the sheet
/// prints as a sentence.
pub fn says_none_waiting(value: &Value) -> bool {
    value.raw.trim() == "待機児童なし"
}

/// A final target cell of words saying the indicator was replaced when the strategy was
/// revised (「…改訂…」).
pub fn says_replaced_in_revision(value: &Value) -> bool {
    value.raw.contains("改訂")
}

/// A final target cell of words saying the target is still to be set (「…設定予定」).
pub fn says_target_pending(value: &Value) -> bool {
    value.raw.contains("設定予定")
}

/// Units, as the sheet prints them.
pub mod unit {
    pub const PEOPLE: &str = "人";
    pub const TEN_THOUSAND_PEOPLE: &str = "万人";
    pub const DAYS: &str = "日";
    pub const HUNDRED_MILLION_YEN: &str = "億円";
    pub const PERCENT: &str = "%";
}
