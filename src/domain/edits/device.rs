//! Which device wrote an edit. A browser names itself once, at random, and keeps the name
//! in its stored edits, so two tabs of one browser share it (they share the storage).
//! Between devices the names say whose revision counter a revision belongs to.

use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct DeviceId(String);

impl DeviceId {
    const MAX_CHARS: usize = 64;

    /// A name read from a file or the storage: 1–64 ASCII letters, digits, `-` or `_`.
    pub fn parse(text: &str) -> Option<DeviceId> {
        let fits = !text.is_empty()
            && text.len() <= Self::MAX_CHARS
            && text
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        fits.then(|| DeviceId(text.to_string()))
    }

    /// A new device's name, from random bits the browser supplies.
    pub fn from_random(bits: u64) -> DeviceId {
        DeviceId(format!("d-{bits:016x}"))
    }

    /// The name given to the edits of a file written before devices had names (schema 0
    /// and 1): one name per distinct file, so two old files never pass for one device, and
    /// the same file read twice is recognised.
    pub fn for_unnamed_file(bytes: &[u8]) -> DeviceId {
        // FNV-1a: stable across builds and platforms, unlike the std hasher.
        let hash = bytes
            .iter()
            .copied()
            .fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
                (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
            });
        DeviceId(format!("file-{hash:016x}"))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}
