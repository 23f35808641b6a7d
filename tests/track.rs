//! A card's bar from the baseline to the final target.

mod support;
use isesaki_kpi::domain::i18n::Lang;
use isesaki_kpi::domain::progress::achievement::progress;
use isesaki_kpi::domain::progress::track::track;
use isesaki_kpi::domain::Indicator;
use support::{kanji_without_reading, official_dataset};

fn row(id: &str) -> Indicator {
    official_dataset()
        .unwrap()
        .indicators
        .into_iter()
        .find(|r| r.id == id)
        .unwrap()
}

#[test]
fn a_move_away_fills_nothing_and_says_so_with_its_year() {
    let visits = track(&row("1-2-00"), Lang::Ja)
        .expect("tourist visits have one part and a final target above the baseline");
    assert_eq!(visits.filled, 0.0);
    assert!(
        visits.share.starts_with("2023年度: 基準値より後退"),
        "{}",
        visits.share
    );
    assert!(
        visits.baseline.year.ends_with('年') || visits.baseline.year.ends_with("年度"),
        "{}",
        visits.baseline.year
    );
    // A share of the way is never negative: the move away is said in words alone.
    assert!(
        !visits.share.contains('%') && !visits.share.contains('-'),
        "{}",
        visits.share
    );
    let english = track(&row("1-2-00"), Lang::En).unwrap();
    assert!(
        english.share.starts_with("FY2023: moved away"),
        "{}",
        english.share
    );
    assert!(
        english.baseline.figure.ends_with("visits"),
        "{}",
        english.baseline.figure
    );
}

#[test]
fn the_bar_agrees_with_the_progress_figure() {
    for indicator in official_dataset().unwrap().indicators {
        let Some(t) = track(&indicator, Lang::Ja) else {
            continue;
        };
        let share = progress(&indicator).expect("a bar only where the share is known");
        assert!(
            (t.filled - share.clamp(0.0, 1.0)).abs() < 1e-9,
            "{}",
            indicator.id
        );
        assert!((0.0..=1.0).contains(&t.filled));
    }
}

#[test]
fn no_bar_where_a_share_would_mislead() {
    // Two parts (men and women): the card shows both figures, not one bar.
    assert_eq!(track(&row("3-1-01"), Lang::Ja), None);
    // A final target on the worse side of the baseline: no share of the way exists.
    assert_eq!(track(&row("3-1-09"), Lang::Ja), None);
}

#[test]
fn every_language_reads_the_bar() {
    support::with_readings_table();
    for indicator in official_dataset().unwrap().indicators {
        if let Some(t) = track(&indicator, Lang::En) {
            let text = format!("{} {} {}", t.share, t.baseline.year, t.baseline.figure);
            assert!(
                !text.chars().any(|c| ('\u{3040}'..='\u{30ff}').contains(&c)
                    || ('\u{4e00}'..='\u{9fff}').contains(&c)),
                "{}: {text}",
                indicator.id
            );
        }
        if let Some(t) = track(&indicator, Lang::JaEasy) {
            for text in [&t.share, &t.baseline.year, &t.baseline.figure] {
                assert_eq!(
                    kanji_without_reading(text),
                    None,
                    "{}: {text}",
                    indicator.id
                );
            }
        }
    }
}
