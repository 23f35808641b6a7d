//! The sentences about a row's progress, with their figures in the reader's language: what
//! the label means, where its pace leads (`outlook`), the last change as context, and what
//! the data shows where the city's status and the label differ. The templates are in
//! `i18n::progress_words`; this module fills them in.

use crate::domain::cells::format::{year, YearStyle};
use crate::domain::cells::sheet_notes::{sheet_notes, SheetNote};
use crate::domain::cells::sheet_phrases::unit::TEN_THOUSAND_PEOPLE;
use crate::domain::describe::shown::{amount, parts_percent};
use crate::domain::i18n::progress_ui_words::part_name;
use crate::domain::i18n::progress_words::{
    difference_text, growth_text, label_meaning, latest_change_against_pace, no_outlook_reason,
    outcome_label, outlook_phrase, pace_pair, short_term_phrase, year_mismatch, DifferenceFacts,
    OutlookPhrase,
};
use crate::domain::i18n::Lang;
use crate::domain::model::{Column, Indicator};
use crate::domain::progress::achievement::{achievement_basis, achievement_parts};
use crate::domain::progress::outlook::{
    part_outlook, short_terms, Outlook, PartOutlook, ShortTerm,
};
use crate::domain::progress::progress_measure::{
    assess, Assessment, Outcome, PartAssessment, ProgressCategory,
};
use crate::domain::progress::reference_years::achievement_years;

/// What the label means: one sentence, or one per part where the parts' labels differ.
pub fn label_meanings(row: &Indicator, assessment: &Assessment, lang: Lang) -> Vec<String> {
    let parts_differ = assessment.parts.windows(2).any(|pair| {
        pair[0].outcome != pair[1].outcome || pair[0].cagr_observed != pair[1].cagr_observed
    });
    match assessment.parts.as_slice() {
        [_, _, ..] if parts_differ => per_part(assessment, lang, |p| {
            label_meaning(p, row.higher_is_better, lang)
        }),
        [first, ..] => vec![label_meaning(first, row.higher_is_better, lang)],
        [] => Vec::new(),
    }
}

/// 「男性: 」 for a part, nothing for a whole cell.
fn who(label: Option<&str>, lang: Lang) -> String {
    label.map_or(String::new(), |l| format!("{}: ", part_name(l, lang)))
}

/// One text per part, each after its part's name (「男性: …」).
fn per_part(
    assessment: &Assessment,
    lang: Lang,
    text: impl Fn(&PartAssessment) -> String,
) -> Vec<String> {
    assessment
        .parts
        .iter()
        .map(|p| format!("{}{}", who(p.label.as_deref(), lang), text(p)))
        .collect()
}

/// Where the pace since the baseline leads, one sentence per part; a row with no outlook
/// at all gets the reason once.
pub fn outlook_sentences(row: &Indicator, lang: Lang) -> Vec<String> {
    let assessment = assess(row);
    let many = assessment.parts.len() > 1;
    let latest_changes = short_terms(row);
    let mut sentences: Vec<String> = Vec::new();
    for assessed in &assessment.parts {
        let part = &part_outlook(row, assessed);
        let who = if many {
            who(part.label.as_deref(), lang)
        } else {
            String::new()
        };
        let sentence = match outlook_sentence(row, part, &pace_pair(assessed, lang), &who, lang) {
            // A met target is held, not projected: no pace to doubt.
            Some(sentence) if matches!(part.outlook, Outlook::Met(_)) => sentence,
            Some(sentence) => match against_the_pace(&latest_changes, assessed, lang) {
                Some(caution) => format!(
                    "{sentence}{}{caution}",
                    if lang == Lang::En { " " } else { "" }
                ),
                None => sentence,
            },
            None => match &part.outlook {
                Outlook::Unavailable(reason) => {
                    format!("{who}{}", no_outlook_reason(*reason, lang))
                }
                _ => continue,
            },
        };
        sentences.push(sentence);
    }
    sentences
}

/// A projection continues the pace since the baseline; when the latest change went the
/// other way (a pandemic drop recovering, a one-off fall) the reader is told so.
fn against_the_pace(
    latest_changes: &[ShortTerm],
    assessed: &PartAssessment,
    lang: Lang,
) -> Option<String> {
    let observed = assessed.cagr_observed.filter(|o| *o != 0.0)?;
    let latest = latest_changes.iter().find(|s| s.label == assessed.label)?;
    let moved = latest.to_value - latest.from_value;
    (moved != 0.0 && moved.signum() != observed.signum()).then(|| {
        latest_change_against_pace(
            &year(latest.from, lang, YearStyle::Full),
            &year(latest.to, lang, YearStyle::Full),
            moved > 0.0,
            lang,
        )
    })
}

fn outlook_sentence(
    row: &Indicator,
    part: &PartOutlook,
    paces: &(String, String),
    who: &str,
    lang: Lang,
) -> Option<String> {
    let unit = part.precision.unit.as_deref();
    let figure = |value: f64| amount(value, unit, &row.unit_en, lang);
    let target = part
        .target
        .as_ref()
        .map(|(value, unit)| amount(*value, unit.as_deref(), &row.unit_en, lang))?;
    let pace = &paces.0;
    // In English a shortfall reads in the target's own scale: "0.52 million visits short of
    // 1.96 million", not "520,000 visits short of 1.96 million".
    let millions = lang == Lang::En
        && unit == Some(TEN_THOUSAND_PEOPLE)
        && part
            .target
            .as_ref()
            .is_some_and(|(value, _)| *value >= 100.0);
    let gap = |value: f64| {
        if millions {
            format!(
                "{} million {}",
                crate::domain::cells::format::format_number(value / 100.0),
                row.unit_en.for_value(value * 10_000.0)
            )
        } else {
            difference_text(&figure(value), unit, lang)
        }
    };
    let phrase = match &part.outlook {
        Outlook::Met(run) => outlook_phrase(
            OutlookPhrase::Met {
                since: &year(run.since, lang, YearStyle::Full),
                every_day: run.every_day,
                new_method: run.new_method,
                // One figure in the run: the latest alone meets the target.
                single: part.start.is_some_and(|(latest, _)| latest == run.since),
                higher_is_better: row.higher_is_better,
                target: &target,
            },
            who,
            lang,
        ),
        Outlook::Reaches { year: reached } => outlook_phrase(
            OutlookPhrase::Reaches {
                year: &year(*reached, lang, YearStyle::Full),
                target: &target,
                pace,
            },
            who,
            lang,
        ),
        Outlook::NearlyReaches {
            at,
            value,
            shortfall,
        } => {
            let shortfall = (*shortfall > 0.0).then(|| gap(*shortfall));
            outlook_phrase(
                OutlookPhrase::Nearly {
                    at: &year(*at, lang, YearStyle::Full),
                    value: &figure(*value),
                    target: &target,
                    shortfall: shortfall.as_deref(),
                    pace,
                },
                who,
                lang,
            )
        }
        Outlook::FallsShort {
            at,
            value,
            shortfall,
        } => outlook_phrase(
            OutlookPhrase::Short {
                at: &year(*at, lang, YearStyle::Full),
                value: &figure(*value),
                target: &target,
                gap: &gap(*shortfall),
                pace,
                higher_is_better: row.higher_is_better,
            },
            who,
            lang,
        ),
        Outlook::FarOff => outlook_phrase(
            OutlookPhrase::FarOff {
                target: &target,
                pace,
            },
            who,
            lang,
        ),
        Outlook::FarAhead => outlook_phrase(
            OutlookPhrase::FarAhead {
                target: &target,
                pace,
                needed: &paces.1,
            },
            who,
            lang,
        ),
        Outlook::Unavailable(_) => return None,
    };
    Some(phrase)
}

/// The last change between two actuals, per part, as context beside the label.
pub fn short_term_lines(row: &Indicator, lang: Lang) -> Vec<String> {
    let all = short_terms(row);
    let many = all.len() > 1;
    all.iter()
        .map(|s| {
            short_term_line(
                row,
                s,
                if many {
                    who(s.label.as_deref(), lang)
                } else {
                    String::new()
                },
                lang,
            )
        })
        .collect()
}

fn short_term_line(row: &Indicator, change: &ShortTerm, who: String, lang: Lang) -> String {
    let direction = change
        .to_value
        .partial_cmp(&change.from_value)
        .unwrap_or(std::cmp::Ordering::Equal);
    let text = match (change.unit.as_deref(), change.relative()) {
        // Shares change by points: 「+1.3ポイント」.
        (Some("%"), _) | (_, None) => {
            let size = amount(
                change.absolute().abs(),
                change.unit.as_deref(),
                &row.unit_en,
                lang,
            );
            let sign = if change.absolute() > 0.0 {
                "+"
            } else if change.absolute() < 0.0 {
                "-"
            } else {
                ""
            };
            format!(
                "{sign}{}",
                difference_text(&size, change.unit.as_deref(), lang)
            )
        }
        (_, Some(relative)) => growth_text(relative),
    };
    short_term_phrase(
        &who,
        change.years(),
        &year(change.from, lang, YearStyle::Full),
        &year(change.to, lang, YearStyle::Full),
        direction,
        &text,
        lang,
    )
}

/// The facts behind a difference between the city's status and the label.
pub fn difference_facts(row: &Indicator, assessment: &Assessment, lang: Lang) -> DifferenceFacts {
    let basis = achievement_basis(row);
    let (actual, target) = (basis.actual, basis.target);
    let fy2023 = achievement_parts(row).and_then(|parts| {
        let met = parts.iter().all(|p| p.ratio.is_some_and(|r| r >= 1.0));
        let share = parts_percent(&parts, lang)?;
        let shown = |v: &crate::domain::model::Value| {
            crate::domain::describe::shown::cell(row, v, Some(Column::ActualFy2023), lang).text
        };
        Some((met, shown(actual), shown(target), share))
    });
    let years_differ = fy2023
        .as_ref()
        .and_then(|_| achievement_years(row))
        .and_then(|years| year_mismatch(&years, lang));
    let final_target_easier = sheet_notes(row, &[])
        .iter()
        .any(|n| matches!(n, SheetNote::FinalTargetEasier { .. }));
    let paces = match assessment.parts.as_slice() {
        [only]
            if only.outcome != Outcome::Assessed(ProgressCategory::TargetAchieved)
                && only.cagr_observed.is_some() =>
        {
            Some(pace_pair(only, lang))
        }
        _ => None,
    };
    let part_labels = match assessment.parts.as_slice() {
        [_, _, ..] if assessment.outcome.category().is_none() => per_part(assessment, lang, |p| {
            outcome_label(p.outcome, lang).to_string()
        }),
        _ => Vec::new(),
    };
    DifferenceFacts {
        fy2023,
        years_differ,
        final_target_easier,
        paces,
        part_labels,
    }
}
