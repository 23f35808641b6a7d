//! Before the furigana table has arrived (the app fetches it for やさしい日本語 or at the
//! first search), texts are shown and searched as printed: nothing is marked wrongly and
//! nothing panics. A test binary of its own: the table, once installed, stays.

use isesaki_kpi::domain::cells::readings::{self, lookup, marked, reading, with_readings};
use isesaki_kpi::domain::navigation::filter::search_text;

mod support;
use support::official_dataset;

#[test]
fn texts_are_as_printed_until_the_table_arrives() {
    assert!(!readings::installed());
    assert_eq!(lookup("新規求人数"), None);
    assert_eq!(marked("新規求人数"), "新規求人数");
    assert_eq!(with_readings("新規求人数"), "新規求人数");
    assert_eq!(reading("新規求人数"), "新規求人数");

    // Search still finds a row by its printed words, only not by their readings.
    let data = official_dataset().unwrap();
    let row = &data.indicators[0];
    let text = search_text(row, &data);
    assert!(text.contains(&isesaki_kpi::domain::cells::search::fold(&row.name)));
    assert!(
        !text.contains("しんき"),
        "no reading before the table: {text}"
    );

    support::with_readings_table();
    assert!(readings::installed());
    assert!(reading("新規求人数").starts_with("しんき"));
    assert!(with_readings("新規求人数").contains('|'));
}
