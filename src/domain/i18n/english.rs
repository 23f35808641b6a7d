//! English grammar the word tables share.

/// An English count with its noun: "1 indicator", "4 indicators".
pub fn counted(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
