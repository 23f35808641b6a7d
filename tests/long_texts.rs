//! The rows' long texts travel apart from the embedded sheet: taken out by the build, put
//! back by the app exactly as they were, and what stays behind still counts "what changed
//! since the last sheet" right.

mod support;

use isesaki_kpi::domain::edition_changes::changes;
use isesaki_kpi::domain::editions::{pack_editions, unpack_editions};
use isesaki_kpi::domain::long_texts::{
    differs_beyond_texts, sheet_differs_beyond_texts, take_texts, unfit_text, without_texts,
    LongTexts, TextsError,
};
use isesaki_kpi::domain::Dataset;

/// FY2023 as published, and a FY2024 that changes one row's ① only, another row's figure
/// only, and gives a third a delay reason it did not have.
fn two_editions() -> Vec<Dataset> {
    let fy2023 = support::official_dataset().unwrap();
    let mut fy2024 = fy2023.clone();
    fy2024.fiscal_year = 2024;
    fy2024.indicators[0].initiatives = "求人開拓を強化した。".into();
    fy2024.indicators[1].values.actual_fy2023.raw = "11100".into();
    let without_reason = fy2024
        .indicators
        .iter()
        .enumerate()
        .position(|(i, r)| i > 1 && r.delay_reason.is_none())
        .unwrap();
    fy2024.indicators[without_reason].delay_reason = Some("人手が足りなかった。".into());
    vec![fy2023, fy2024]
}

#[test]
fn texts_taken_out_come_back_exactly() {
    let editions = two_editions();
    let mut embedded = editions.clone();
    let file = take_texts(&mut embedded);
    // Through the packed form the app embeds, as the build does.
    let embedded = unpack_editions(&pack_editions(&embedded).unwrap()).unwrap();
    let texts = LongTexts::parse(&file).unwrap();
    for (original, embedded) in editions.iter().zip(&embedded) {
        assert_eq!(&texts.put_texts(embedded).unwrap(), original);
    }
}

#[test]
fn the_embedded_sheet_holds_none_of_the_texts() {
    let mut embedded = two_editions();
    let originals = embedded.clone();
    take_texts(&mut embedded);
    let packed = pack_editions(&embedded).unwrap();
    for row in &originals[0].indicators {
        for text in [&row.initiatives, &row.challenges, &row.plans] {
            // Short texts can be a name's substring; the sheet's ①②③ are sentences.
            if text.chars().count() > 20 {
                assert!(
                    !packed.contains(text.as_str()),
                    "{} still embeds {text}",
                    row.id
                );
            }
        }
    }
    // A row with a delay reason still says it has one, and one without still does not.
    for (row, original) in embedded[0].indicators.iter().zip(&originals[0].indicators) {
        assert_eq!(
            row.delay_reason.is_some(),
            original.delay_reason.is_some(),
            "{}",
            row.id
        );
    }
    assert!(originals[0]
        .indicators
        .iter()
        .any(|r| r.delay_reason.is_some()));
}

#[test]
fn what_changed_counts_the_same_rows_without_the_texts() {
    let editions = two_editions();
    let mut embedded = editions.clone();
    take_texts(&mut embedded);
    let ids = |list: Vec<isesaki_kpi::domain::edition_changes::RowChanges>| {
        list.into_iter().map(|c| c.id).collect::<Vec<_>>()
    };
    let with_texts = ids(changes(&editions[0], &editions[1]));
    assert_eq!(with_texts.len(), 3, "{with_texts:?}");
    assert_eq!(
        changes(&embedded[0], &embedded[1]),
        changes(&editions[0], &editions[1])
    );
    // And a third sheet that takes a reason away and puts one row's ① back as it was.
    let mut third = editions[1].clone();
    third.fiscal_year = 2025;
    let with_reason = third
        .indicators
        .iter()
        .position(|r| r.delay_reason.is_some())
        .unwrap();
    third.indicators[with_reason].delay_reason = None;
    third.indicators[0].initiatives = editions[0].indicators[0].initiatives.clone();
    let all = vec![editions[0].clone(), editions[1].clone(), third];
    let mut embedded = all.clone();
    take_texts(&mut embedded);
    assert_eq!(
        changes(&embedded[1], &embedded[2]),
        changes(&all[1], &all[2])
    );
    assert_eq!(changes(&all[1], &all[2]).len(), 2);
}

#[test]
fn a_file_with_another_builds_rows_is_refused() {
    let mut embedded = two_editions();
    let file = take_texts(&mut embedded);
    let texts = LongTexts::parse(&file).unwrap();
    let mut other = embedded[0].clone();
    other.indicators[0].id = "9-9-99".into();
    assert_eq!(
        texts.put_texts(&other).err(),
        Some(TextsError::Missing {
            fiscal_year: 2023,
            id: "9-9-99".into()
        })
    );
    let mut later = embedded[0].clone();
    later.fiscal_year = 2030;
    assert!(texts.put_texts(&later).is_err());
    let half: String = file.chars().take(file.chars().count() / 2).collect();
    assert!(matches!(
        LongTexts::parse(&half),
        Err(TextsError::Unreadable(_))
    ));
}

#[test]
fn a_text_the_file_cannot_carry_is_named_before_the_build_goes_on() {
    let mut editions = two_editions();
    assert_eq!(unfit_text(&editions), None);
    editions[1].indicators[2].plans = "終わり</script><b>".into();
    let id = editions[1].indicators[2].id.clone();
    assert_eq!(
        unfit_text(&editions),
        Some((id, "終わり</script><b>".into()))
    );
    editions[1].indicators[2].plans = "a\u{1f}b".into();
    assert!(unfit_text(&editions).is_some());
}

#[test]
fn texts_with_quotes_lines_and_empty_fields_come_back() {
    let mut editions = two_editions();
    editions[0].indicators[0].plans = "「引用」と \"quote\"\n二行目\\".into();
    editions[0].indicators[1].challenges = String::new();
    let mut embedded = editions.clone();
    let file = take_texts(&mut embedded);
    let back = LongTexts::parse(&file)
        .unwrap()
        .put_texts(&embedded[0])
        .unwrap();
    assert_eq!(back, editions[0]);
}

#[test]
fn only_a_change_beyond_the_texts_counts_as_one() {
    let sheet = support::official_dataset().unwrap();
    let row = &sheet.indicators[0];
    let mut texts_only = row.clone();
    texts_only.plans = "別の方策".into();
    assert!(!differs_beyond_texts(row, &texts_only));
    let mut figure = row.clone();
    figure.higher_is_better = !row.higher_is_better;
    assert!(differs_beyond_texts(row, &figure));
    assert_eq!(without_texts(row).initiatives, "");
    let mut other = sheet.clone();
    other.indicators[3].challenges = "別".into();
    assert!(!sheet_differs_beyond_texts(&sheet, &other));
    other.indicators[3].name = "別の名前".into();
    assert!(sheet_differs_beyond_texts(&sheet, &other));
}
