//! The overview's headline figures: each sub-goal's numerical target in one line, with the
//! latest actual and the final target each carrying its own year.

mod support;
use isesaki_kpi::domain::describe::headline::headline_values;
use isesaki_kpi::domain::i18n::{plain, Lang};
use isesaki_kpi::domain::Kind;
use support::official_dataset;

fn line(id: &str, lang: Lang) -> String {
    let data = official_dataset().unwrap();
    let row = data.indicators.iter().find(|r| r.id == id).unwrap();
    plain(&headline_values(row, lang))
}

#[test]
fn a_headline_figure_gives_the_latest_actual_and_the_final_target_with_their_years() {
    assert_eq!(
        line("1-1-00", Lang::Ja),
        "1,472件（2023年度）→ 最終目標 1,630件（2027年度）"
    );
    assert_eq!(
        line("3-2-00", Lang::En),
        "1,869 offenses (2023) → final target 1,318 offenses (2027)"
    );
    assert_eq!(
        line("1-1-00", Lang::JaEasy),
        "1,472件（2023年度）→ 最後の 目標 1,630件（2027年度）"
    );
}

#[test]
fn a_figure_of_another_year_says_its_own_year() {
    // The sheet prints 1.22（令和４年） in the FY2023 column.
    assert!(line("2-1-00", Lang::Ja).starts_with("1.22（2022年）"));
}

#[test]
fn a_final_target_in_words_is_said_in_words_without_a_year() {
    let ja = line("2-1-00", Lang::Ja);
    assert!(ja.ends_with("・最終目標は改訂で別の指標に変更"), "{ja}");
    assert!(!ja.contains("2027"), "{ja}");
}

#[test]
fn every_headline_figure_has_one_line_in_every_language() {
    let data = official_dataset().unwrap();
    let targets: Vec<_> = data
        .indicators
        .iter()
        .filter(|r| r.kind == Kind::NumericalTarget)
        .collect();
    assert_eq!(targets.len(), 6);
    for row in targets {
        for lang in Lang::ALL {
            let text = plain(&headline_values(row, lang));
            assert!(
                !text.is_empty() && !text.contains('\n'),
                "{} {text}",
                row.id
            );
            assert!(!text.contains("NaN"), "{} {text}", row.id);
        }
    }
}

#[test]
fn english_keeps_the_precision_the_sheet_printed() {
    // The sheet prints 85.0%: English says 85.0%, as the Japanese does, not 85%.
    let en = line("2-2-00", Lang::En);
    assert!(en.contains("final target 85.0%"), "{en}");
    assert!(line("2-2-00", Lang::Ja).contains("最終目標 85.0%"));
}
