//! The sheet as the app embeds it: every field of the model in declaration order, as text
//! tokens separated by U+001F (the unit separator), after a header naming the format.
//! A list or a map is its length followed by its items; an optional value is `0`, or `1`
//! followed by the value; a number is Rust's shortest form, which reads back exactly.
//!
//! Why not JSON: decoding JSON with serde put ≈ 40 KB (before compression) of generic
//! parser code for the model's types into the app's wasm, all of it run once at start-up.
//! This reader is a few hundred bytes per type and does no lookups by field name. The
//! build packs the sheet (`xtask`), so the public data file stays JSON.

use std::collections::BTreeMap;
use std::fmt;

use crate::model::{
    Dataset, Goal, Indicator, Kind, Measure, Part, Period, Status, Subgoal, UnitEn, Value, Values,
};

/// The first token, so that a file of another kind or version is refused by name.
pub const HEADER: &str = "isesaki-sheet-packed/1";
const SEPARATOR: char = '\u{1f}';

/// Why a sheet could not be packed: a text holds the separator.
#[derive(Debug, Clone, PartialEq)]
pub struct PackError {
    pub text: String,
}

impl fmt::Display for PackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "a text of the sheet holds the control character U+001F: {:?}",
            self.text
        )
    }
}

/// Why a packed sheet could not be read: the token (counted from the header, 0) and what
/// was expected there.
#[derive(Debug, Clone, PartialEq)]
pub struct UnpackError {
    pub token: usize,
    pub expected: &'static str,
}

impl fmt::Display for UnpackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "packed sheet, token {}: expected {}",
            self.token, self.expected
        )
    }
}

pub fn pack(dataset: &Dataset) -> Result<String, PackError> {
    let mut writer = Writer {
        out: String::from(HEADER),
    };
    dataset.put(&mut writer)?;
    Ok(writer.out)
}

pub fn unpack(text: &str) -> Result<Dataset, UnpackError> {
    let mut reader = Reader {
        tokens: text.split(SEPARATOR),
        at: 0,
    };
    if reader.tokens.next() != Some(HEADER) {
        return Err(UnpackError {
            token: 0,
            expected: HEADER,
        });
    }
    let dataset = Dataset::take(&mut reader)?;
    match reader.next() {
        Err(_) => Ok(dataset),
        Ok(_) => Err(reader.error("the end of the sheet")),
    }
}

struct Writer {
    out: String,
}

impl Writer {
    fn token(&mut self, token: &str) -> Result<(), PackError> {
        if token.contains(SEPARATOR) {
            return Err(PackError {
                text: token.to_string(),
            });
        }
        self.out.push(SEPARATOR);
        self.out.push_str(token);
        Ok(())
    }
}

struct Reader<'a> {
    tokens: std::str::Split<'a, char>,
    at: usize,
}

impl<'a> Reader<'a> {
    fn next(&mut self) -> Result<&'a str, UnpackError> {
        self.at += 1;
        self.tokens.next().ok_or(UnpackError {
            token: self.at,
            expected: "more tokens (the sheet ends early)",
        })
    }

    fn error(&self, expected: &'static str) -> UnpackError {
        UnpackError {
            token: self.at,
            expected,
        }
    }

    fn parsed<T: std::str::FromStr>(&mut self, expected: &'static str) -> Result<T, UnpackError> {
        self.next()?.parse().map_err(|_| self.error(expected))
    }

    fn length(&mut self) -> Result<usize, UnpackError> {
        self.parsed("a length")
    }
}

/// A value with a packed form.
trait Packed: Sized {
    fn put(&self, writer: &mut Writer) -> Result<(), PackError>;
    fn take(reader: &mut Reader) -> Result<Self, UnpackError>;
}

impl Packed for String {
    fn put(&self, writer: &mut Writer) -> Result<(), PackError> {
        writer.token(self)
    }
    fn take(reader: &mut Reader) -> Result<Self, UnpackError> {
        reader.next().map(String::from)
    }
}

/// Numbers: their `Display` form, read back with `FromStr`.
macro_rules! packed_number {
    ($($type:ty => $expected:literal),*) => {$(
        impl Packed for $type {
            fn put(&self, writer: &mut Writer) -> Result<(), PackError> {
                writer.token(&self.to_string())
            }
            fn take(reader: &mut Reader) -> Result<Self, UnpackError> {
                reader.parsed($expected)
            }
        }
    )*};
}
packed_number!(u8 => "a whole number 0–255", u16 => "a whole number 0–65535", f64 => "a number");

impl Packed for bool {
    fn put(&self, writer: &mut Writer) -> Result<(), PackError> {
        writer.token(if *self { "1" } else { "0" })
    }
    fn take(reader: &mut Reader) -> Result<Self, UnpackError> {
        match reader.next()? {
            "1" => Ok(true),
            "0" => Ok(false),
            _ => Err(reader.error("1 or 0")),
        }
    }
}

impl<T: Packed> Packed for Option<T> {
    fn put(&self, writer: &mut Writer) -> Result<(), PackError> {
        self.is_some().put(writer)?;
        self.as_ref().map_or(Ok(()), |value| value.put(writer))
    }
    fn take(reader: &mut Reader) -> Result<Self, UnpackError> {
        Ok(if bool::take(reader)? {
            Some(T::take(reader)?)
        } else {
            None
        })
    }
}

impl<T: Packed> Packed for Vec<T> {
    fn put(&self, writer: &mut Writer) -> Result<(), PackError> {
        writer.token(&self.len().to_string())?;
        self.iter().try_for_each(|item| item.put(writer))
    }
    fn take(reader: &mut Reader) -> Result<Self, UnpackError> {
        // The length is not trusted for an allocation: a corrupt one only fails later.
        (0..reader.length()?).map(|_| T::take(reader)).collect()
    }
}

impl<K: Packed + Ord, V: Packed> Packed for BTreeMap<K, V> {
    fn put(&self, writer: &mut Writer) -> Result<(), PackError> {
        writer.token(&self.len().to_string())?;
        self.iter().try_for_each(|(key, value)| {
            key.put(writer)?;
            value.put(writer)
        })
    }
    fn take(reader: &mut Reader) -> Result<Self, UnpackError> {
        let mut map = BTreeMap::new();
        for _ in 0..reader.length()? {
            let key = K::take(reader)?;
            if map.insert(key, V::take(reader)?).is_some() {
                return Err(reader.error("keys that differ (a key came twice)"));
            }
        }
        Ok(map)
    }
}

/// Enums: each variant's number, written by an exhaustive `match` (a new variant does not
/// compile until it has one) and read back by the same numbers.
macro_rules! packed_enum {
    ($type:ident, $expected:literal { $($variant:ident = $number:literal),* $(,)? }) => {
        impl Packed for $type {
            fn put(&self, writer: &mut Writer) -> Result<(), PackError> {
                writer.token(match self { $($type::$variant => $number),* })
            }
            fn take(reader: &mut Reader) -> Result<Self, UnpackError> {
                match reader.next()? {
                    $($number => Ok($type::$variant),)*
                    _ => Err(reader.error($expected)),
                }
            }
        }
    };
}

packed_enum!(Kind, "a kind (0 numerical target, 1 KPI)" { NumericalTarget = "0", Kpi = "1" });
packed_enum!(Status, "a status (0 on track, 1 mostly on track, 2 delayed)" { OnTrack = "0", MostlyOnTrack = "1", Delayed = "2" });

/// Structs: their fields in declaration order. `put` names every field of the struct (a
/// field added to the model without a packed form does not compile), `take` builds it.
macro_rules! packed_struct {
    ($type:ident { $($field:ident),* $(,)? }) => {
        impl Packed for $type {
            fn put(&self, writer: &mut Writer) -> Result<(), PackError> {
                let $type { $($field),* } = self;
                $($field.put(writer)?;)*
                Ok(())
            }
            fn take(reader: &mut Reader) -> Result<Self, UnpackError> {
                Ok($type { $($field: Packed::take(reader)?),* })
            }
        }
    };
}

packed_struct!(Dataset {
    title,
    city,
    fiscal_year,
    source,
    notes,
    goals,
    indicators
});
packed_struct!(Goal {
    id,
    name,
    name_en,
    name_easy,
    subgoals
});
packed_struct!(Subgoal {
    id,
    name,
    name_en,
    name_easy,
    measures
});
packed_struct!(Measure {
    no,
    name,
    name_en,
    name_easy
});
packed_struct!(Indicator {
    id,
    subgoal,
    measure,
    kind,
    name,
    name_en,
    name_easy,
    department,
    department_en,
    unit_en,
    status,
    delay_reason,
    initiatives,
    challenges,
    plans,
    higher_is_better,
    values,
    values_en,
    later_actuals,
    later_targets,
    local_note,
    edition,
});
packed_struct!(UnitEn { one, other });
packed_struct!(Values {
    baseline,
    actual_fy2022,
    actual_fy2023,
    target_fy2023,
    target_final
});
packed_struct!(Value {
    raw,
    period,
    parts,
    note
});
packed_struct!(Period { year, fiscal });
packed_struct!(Part { label, value, unit });
