//! What each reader is shown of the sheet: English with no stray Japanese, easy Japanese
//! with a reading over every kanji, and charts that follow the language, for every row.

mod support;
use isesaki_kpi::domain::cells::format::{year, YearStyle};
use isesaki_kpi::domain::cells::readings::is_kanji;
use isesaki_kpi::domain::cells::sheet_notes::sheet_notes;
use isesaki_kpi::domain::charts::achievement::achievement_chart;
use isesaki_kpi::domain::charts::overview::overview_chart;
use isesaki_kpi::domain::charts::trend::{trend, trend_chart};
use isesaki_kpi::domain::charts::{option_json, ChartSpec};
use isesaki_kpi::domain::describe::shown::{cell, department, html_text, name, official_name};
use isesaki_kpi::domain::i18n::progress_words::sheet_note_text;
use isesaki_kpi::domain::i18n::reader_words::ReaderWords;
use isesaki_kpi::domain::i18n::Lang;
use isesaki_kpi::domain::i18n::Messages;
use isesaki_kpi::domain::i18n::Words;
use isesaki_kpi::domain::navigation::filter_options::FilterOptions;
use isesaki_kpi::domain::navigation::page_title::page_title;
use isesaki_kpi::domain::navigation::view::View;
use isesaki_kpi::domain::{Column, Dataset, Period};
use support::{kanji_without_reading, official_dataset};

/// Kana, kanji, CJK punctuation (「」、。〜) or full-width forms: text an English reader
/// would see as Japanese. The ideographic space alone is only a space.
fn japanese_in(text: &str) -> Option<char> {
    text.chars()
        .find(|&c| matches!(c, '\u{3001}'..='\u{30FF}' | '\u{FF01}'..='\u{FFEF}') || is_kanji(c))
}

fn every_chart(data: &Dataset, lang: Lang) -> Vec<ChartSpec> {
    let mut specs = vec![
        overview_chart(data, lang).spec,
        achievement_chart(data, lang).spec,
    ];
    specs.extend(
        data.indicators
            .iter()
            .filter_map(|row| trend_chart(row, &trend(row, lang), lang)),
    );
    specs
}

/// Every text of a chart shown as HTML (title, summary, table).
fn html_texts(spec: &ChartSpec) -> Vec<String> {
    let mut texts = vec![
        spec.title.clone(),
        spec.summary.clone(),
        spec.table.caption.clone(),
    ];
    texts.extend(spec.table.headers.iter().cloned());
    texts.extend(spec.table.rows.iter().flatten().cloned());
    texts
}

#[test]
fn english_shows_no_japanese_outside_the_citys_texts() {
    let data = official_dataset().unwrap();
    let lang = Lang::En;
    for row in &data.indicators {
        for text in [name(row, lang), department(row, lang)] {
            assert_eq!(japanese_in(&text), None, "{}: {text}", row.id);
        }
        for column in Column::ALL {
            let shown = cell(row, row.values.get(column), Some(column), lang);
            assert!(
                !shown.as_printed,
                "{} {column:?} has no English: {}",
                row.id, shown.text
            );
            assert_eq!(
                japanese_in(&shown.text),
                None,
                "{} {column:?}: {}",
                row.id,
                shown.text
            );
        }
        assert_eq!(
            official_name(row, lang).as_deref(),
            Some(row.name.as_str()),
            "the official name stays one look away"
        );
        for sentence in progress_sentences(row, lang) {
            assert_eq!(japanese_in(&sentence), None, "{}: {sentence}", row.id);
        }
        for note in sheet_notes(row, &data.notes) {
            let text = sheet_note_text(&note, &data.notes, lang);
            assert_eq!(japanese_in(&text), None, "{}: {text}", row.id);
        }
    }
    for spec in every_chart(&data, lang) {
        for text in html_texts(&spec).iter().chain([&option_json(&spec.option)]) {
            assert_eq!(japanese_in(text), None, "{}: {text}", spec.title);
        }
    }
    for text in [
        (Messages::of(lang).as_of)(2024),
        (Messages::of(lang).print_source)(2024),
    ] {
        assert_eq!(japanese_in(&text), None, "{text}");
    }
    let options = FilterOptions::of(&data, lang);
    for choice in options
        .goals
        .iter()
        .chain(options.measures.iter().map(|(c, _)| c))
        .chain(&options.departments)
    {
        assert_eq!(
            japanese_in(&choice.label.replace('\u{3000}', " ")),
            None,
            "{}",
            choice.label
        );
    }
    // Years as 2019 / FY2019, never 和暦; amounts in English style.
    assert_eq!(
        year(
            Period {
                year: 2021,
                fiscal: true
            },
            lang,
            YearStyle::Full
        ),
        "FY2021"
    );
    let find = |id: &str| data.indicators.iter().find(|r| r.id == id).unwrap();
    assert_eq!(
        cell(
            find("1-1-01"),
            &find("1-1-01").values.baseline,
            Some(Column::Baseline),
            lang
        )
        .text,
        "¥1,194.2 billion"
    );
    assert_eq!(
        cell(
            find("1-2-00"),
            &find("1-2-00").values.actual_fy2023,
            Some(Column::ActualFy2023),
            lang
        )
        .text,
        "2.58 million visits"
    );
    assert_eq!(
        cell(
            find("1-1-00"),
            &find("1-1-00").values.baseline,
            Some(Column::Baseline),
            lang
        )
        .text,
        "1,563 job openings"
    );
    assert!(cell(
        find("2-1-00"),
        &find("2-1-00").values.target_final,
        Some(Column::TargetFinal),
        lang
    )
    .text
    .starts_with("Replaced from FY2024"));
    let births = trend_chart(find("2-1-01"), &trend(find("2-1-01"), lang), lang).unwrap();
    assert!(births.summary.contains("births"), "{}", births.summary);
    let lifespan = trend_chart(find("3-1-01"), &trend(find("3-1-01"), lang), lang).unwrap();
    let option = option_json(&lifespan.option);
    assert!(
        option.contains("Men – Actual") && option.contains("Women"),
        "男性/女性 read Men/Women in the chart"
    );
}

#[test]
fn easy_japanese_has_a_reading_over_every_kanji() {
    support::with_readings_table();
    let data = official_dataset().unwrap();
    let lang = Lang::JaEasy;
    let readable =
        |text: &str, what: &str| assert_eq!(kanji_without_reading(text), None, "{what}: {text}");
    for goal in &data.goals {
        readable(&name(goal, lang), &goal.id);
        for sub in &goal.subgoals {
            readable(&name(sub, lang), &sub.id);
            for measure in &sub.measures {
                readable(&name(measure, lang), &sub.id);
                readable(&official_name(measure, lang).unwrap_or_default(), &sub.id);
            }
        }
    }
    for row in &data.indicators {
        assert!(
            name(row, lang).contains('|') || !row.name_easy.chars().any(is_kanji),
            "{} shows its easy name",
            row.id
        );
        readable(&name(row, lang), &row.id);
        readable(&official_name(row, lang).unwrap_or_default(), &row.id);
        readable(&department(row, lang), &row.id);
        for column in Column::ALL {
            readable(
                &cell(row, row.values.get(column), Some(column), lang).text,
                &row.id,
            );
        }
        for sentence in progress_sentences(row, lang) {
            readable(&html_text(&sentence, lang), &row.id);
        }
    }
    for spec in every_chart(&data, lang) {
        for text in html_texts(&spec) {
            readable(&text, &spec.title);
        }
        // A canvas cannot draw readings: what it draws is in kana.
        let option = option_json(&spec.option);
        assert_eq!(
            option.chars().find(|c| is_kanji(*c)),
            None,
            "{}: {option}",
            spec.title
        );
    }
    let options = FilterOptions::of(&data, lang);
    for choice in options
        .goals
        .iter()
        .chain(options.measures.iter().map(|(c, _)| c))
        .chain(&options.departments)
    {
        assert_eq!(
            choice.label.chars().find(|c| is_kanji(*c)),
            None,
            "an <option> cannot hold ruby: {}",
            choice.label
        );
    }
    let words = ReaderWords::of(lang);
    for (term, meaning) in words.glossary {
        readable(term, "glossary");
        readable(meaning, "glossary");
    }
    let home = View::default();
    for view in
        std::iter::once(home.clone()).chain(data.indicators.iter().map(|row| home.open(&row.id)))
    {
        let title = page_title(&view, &data, lang);
        assert_eq!(
            title.chars().find(|c| is_kanji(*c)),
            None,
            "a tab title cannot hold ruby: {title}"
        );
    }
}

#[test]
fn easy_japanese_interface_words_have_readings() {
    let m = Messages::of(Lang::JaEasy);
    let as_of = (m.as_of)(2024);
    let (achievement, achievement_long, achievement_title) = (
        (m.achievement)(2024),
        (m.achievement_long)(2024),
        (m.achievement_title)(2024),
    );
    let texts = [
        m.kicker,
        &as_of,
        m.overview_title,
        m.numerical_target,
        m.target_fy2023_short,
        m.search,
        m.search_placeholder,
        m.goal,
        m.measure,
        m.department,
        m.results_title,
        m.empty_title,
        m.empty_hint,
        m.responsible,
        &achievement,
        m.not_computable,
        m.texts_summary,
        m.delay_reason,
        m.back,
        m.subgoal,
        m.direction,
        m.higher_better,
        m.lower_better,
        &achievement_long,
        m.values_caption,
        m.trend_title,
        m.data_table,
        m.save_png,
        &achievement_title,
        m.overview_chart_title,
        m.achievement_chart_title,
        m.text_cells,
        m.achievement_note,
        m.not_computable_list,
        m.official_text_note.unwrap(),
    ];
    for text in texts
        .iter()
        .chain(&m.status)
        .chain(&m.columns)
        .chain(&m.kinds)
        .chain(&m.sorts)
        .chain(&m.values_headers)
    {
        assert_eq!(kanji_without_reading(text), None, "{text}");
    }
    for p in [
        Period {
            year: 2021,
            fiscal: false,
        },
        Period {
            year: 2021,
            fiscal: true,
        },
    ] {
        assert_eq!(kanji_without_reading(&(m.year_note)(p)), None);
        assert_eq!(
            kanji_without_reading(&year(p, Lang::JaEasy, YearStyle::Full)),
            None
        );
    }
    // 目標 names goals only; what the city aims for is めざす 数字.
    for text in [
        m.target_fy2023_short,
        m.columns[3],
        m.columns[4],
        &(m.achievement)(2023),
    ] {
        assert!(!text.contains("目標"), "{text}");
    }
}

#[test]
fn the_achievement_note_covers_lower_is_better_rows() {
    for lang in Lang::ALL {
        let note = Messages::of(lang).achievement_note;
        assert!(
            note.contains('÷') && note.matches('÷').count() >= 2,
            "{lang:?}: {note}"
        );
    }
}

#[test]
fn png_files_are_named_in_the_readers_language() {
    let data = official_dataset().unwrap();
    let row = data.indicators.iter().find(|r| r.id == "3-1-09").unwrap();
    let file = |lang| {
        trend_chart(row, &trend(row, lang), lang)
            .unwrap()
            .file_name(&row.id)
    };
    assert_eq!(
        file(Lang::En),
        "3-1-09 Community bus passenger journeys Trend and outlook.png"
    );
    assert_eq!(
        file(Lang::Ja),
        "3-1-09 コミュニティバス利用者数 推移と見込み.png"
    );
    assert!(!file(Lang::JaEasy).contains(['{', '|', '}']));
}

/// Every sentence the detail says about a row's progress: the label's meaning, the last
/// change, the outlook and how the city's status relates to the label.
fn progress_sentences(row: &isesaki_kpi::domain::Indicator, lang: Lang) -> Vec<String> {
    use isesaki_kpi::domain::describe::progress::{
        difference_facts, label_meanings, outlook_sentences, short_term_lines,
    };
    use isesaki_kpi::domain::i18n::progress_words::agreement_text;
    use isesaki_kpi::domain::progress::status_agreement::agreement;
    let assessment = isesaki_kpi::domain::progress::progress_measure::assess(row);
    let relation = agreement_text(
        agreement(row.status, assessment.outcome),
        row.status,
        assessment.outcome,
        &difference_facts(row, &assessment, lang),
        lang,
    );
    label_meanings(row, &assessment, lang)
        .into_iter()
        .chain(short_term_lines(row, lang))
        .chain(outlook_sentences(row, lang))
        .chain([relation])
        .collect()
}
