//! The packed sheet the app embeds reads back as exactly the sheet that was packed, and a
//! damaged one is refused with the place and what was expected, never a panic.

use isesaki_sheet::model::{Dataset, Part, Period, Value};
use isesaki_sheet::packed::{pack, unpack, HEADER};
use proptest::prelude::*;

const SEPARATOR: char = '\u{1f}';

fn official() -> Dataset {
    serde_json::from_str(include_str!("../../data/editions/fy2023.json"))
        .expect("the official sheet decodes")
}

#[test]
fn the_official_sheet_reads_back_exactly() {
    let sheet = official();
    let packed = pack(&sheet).unwrap();
    assert!(packed.starts_with(HEADER));
    assert_eq!(unpack(&packed).unwrap(), sheet);
    // The 47 rows, with what is optional in them present on some rows and not on others.
    assert_eq!(sheet.indicators.len(), 47);
    assert!(sheet.indicators.iter().any(|i| i.delay_reason.is_some()));
    assert!(sheet.indicators.iter().any(|i| i.delay_reason.is_none()));
    assert!(sheet.indicators.iter().any(|i| !i.values_en.is_empty()));
}

#[test]
fn packing_is_smaller_than_the_minified_json() {
    let sheet = official();
    let json = serde_json::to_string(&sheet).unwrap();
    assert!(pack(&sheet).unwrap().len() < json.len());
}

#[test]
fn another_format_is_refused_by_its_first_token() {
    let json = include_str!("../../data/editions/fy2023.json");
    let error = unpack(json).unwrap_err();
    assert_eq!(error.token, 0);
    assert!(error.to_string().contains(HEADER), "{error}");
}

#[test]
fn a_sheet_cut_short_anywhere_is_refused() {
    let packed = pack(&official()).unwrap();
    let tokens: Vec<&str> = packed.split(SEPARATOR).collect();
    for keep in (1..tokens.len()).step_by(97).chain([tokens.len() - 1]) {
        let cut = tokens[..keep].join(&SEPARATOR.to_string());
        let error = unpack(&cut).expect_err("a cut sheet is refused");
        assert!(error.token <= keep, "{error} for {keep} tokens");
    }
}

#[test]
fn anything_after_the_sheet_is_refused() {
    let packed = format!("{}{SEPARATOR}extra", pack(&official()).unwrap());
    assert!(unpack(&packed)
        .unwrap_err()
        .to_string()
        .contains("the end of the sheet"));
}

#[test]
fn a_damaged_number_names_its_token_and_what_it_should_be() {
    let packed = pack(&official()).unwrap();
    let mut tokens: Vec<&str> = packed.split(SEPARATOR).collect();
    // Token 3 is the fiscal year (header, title, city, fiscal year).
    assert_eq!(tokens[3], "2023");
    tokens[3] = "二〇二三";
    let error = unpack(&tokens.join(&SEPARATOR.to_string())).unwrap_err();
    assert_eq!(error.token, 3);
    assert!(error.expected.contains("whole number"), "{error}");
}

#[test]
fn a_text_holding_the_separator_is_not_packed() {
    let mut sheet = official();
    sheet.indicators[0].plans = format!("a{SEPARATOR}b");
    let error = pack(&sheet).unwrap_err();
    assert!(error.text.contains('a') && error.to_string().contains("U+001F"));
}

fn text() -> impl Strategy<Value = String> {
    any::<String>().prop_map(|s| s.replace(SEPARATOR, ""))
}

fn number() -> impl Strategy<Value = f64> {
    prop_oneof![
        any::<f64>().prop_filter("NaN never equals itself", |v| !v.is_nan()),
        (-1e9f64..1e9),
        (0u32..100_000).prop_map(f64::from)
    ]
}

fn value() -> impl Strategy<Value = Value> {
    let part = (
        proptest::option::of(text()),
        number(),
        proptest::option::of(text()),
    )
        .prop_map(|(label, value, unit)| Part { label, value, unit });
    let period = proptest::option::of(
        (any::<u16>(), any::<bool>()).prop_map(|(year, fiscal)| Period { year, fiscal }),
    );
    (
        text(),
        period,
        proptest::collection::vec(part, 0..4),
        proptest::option::of(text()),
    )
        .prop_map(|(raw, period, parts, note)| Value {
            raw,
            period,
            parts,
            note,
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Any texts (empty, line breaks, any script) and any numbers (whole, fractional,
    /// huge, tiny, infinite) read back as written.
    #[test]
    fn any_values_and_texts_read_back(values in proptest::collection::vec(value(), 5), name in text(), reason in proptest::option::of(text()), later in proptest::collection::btree_map(any::<u16>(), value(), 0..3)) {
        let mut sheet = official();
        let row = &mut sheet.indicators[5];
        row.values.baseline = values[0].clone();
        row.values.actual_fy2022 = values[1].clone();
        row.values.actual_fy2023 = values[2].clone();
        row.values.target_fy2023 = values[3].clone();
        row.values.target_final = values[4].clone();
        row.name = name;
        row.delay_reason = reason;
        row.later_actuals = later;
        prop_assert_eq!(unpack(&pack(&sheet).unwrap()).unwrap(), sheet);
    }
}

#[test]
fn a_key_that_comes_twice_is_refused() {
    let mut sheet = official();
    let row = sheet
        .indicators
        .iter()
        .position(|i| !i.values_en.is_empty())
        .expect("a row with English cells");
    sheet.indicators[row]
        .values_en
        .insert("zz_second".into(), "b".into());
    let packed = pack(&sheet).unwrap();
    // Rename the second key to the first one's name.
    let first = sheet.indicators[row]
        .values_en
        .keys()
        .next()
        .unwrap()
        .clone();
    let damaged = packed.replacen(
        &format!("{SEPARATOR}zz_second{SEPARATOR}"),
        &format!("{SEPARATOR}{first}{SEPARATOR}"),
        1,
    );
    assert_ne!(damaged, packed);
    assert!(unpack(&damaged)
        .unwrap_err()
        .expected
        .contains("came twice"));
}

#[test]
fn an_unknown_status_is_refused() {
    let mut sheet = official();
    sheet.indicators.truncate(1);
    sheet.goals.clear();
    let packed = pack(&sheet).unwrap();
    let mut tokens: Vec<String> = packed.split(SEPARATOR).map(String::from).collect();
    // The row's status follows its department in English and its unit (one, other).
    let row = &sheet.indicators[0];
    let after = [&row.department_en, &row.unit_en.one, &row.unit_en.other];
    let at = tokens
        .windows(3)
        .position(|w| w.iter().zip(after).all(|(t, f)| t == f))
        .unwrap()
        + 3;
    assert!(
        ["0", "1", "2"].contains(&tokens[at].as_str()),
        "a status token: {}",
        tokens[at]
    );
    tokens[at] = "7".into();
    let error = unpack(&tokens.join(&SEPARATOR.to_string())).unwrap_err();
    assert!(error.expected.contains("status"), "{error}");
}
