//! The choices of the filter drop-downs, in the reader's language. An `<option>` cannot
//! hold `<ruby>`: easy Japanese labels are read out in kana (`shown::canvas_text`).

use crate::domain::describe::shown::{canvas_text, department, name};
use crate::domain::i18n::reader_words::ReaderWords;
use crate::domain::i18n::{Lang, Messages, Words};
use crate::domain::model::{Dataset, Kind};
use crate::domain::navigation::filter::{Filter, Narrowing};

#[derive(Debug, Clone, PartialEq)]
pub struct Choice {
    /// The URL value (`1-2`, `1-2-1`, a department's Japanese name).
    pub value: String,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FilterOptions {
    /// Major goals, each followed by its sub-goals (indented).
    pub goals: Vec<Choice>,
    /// Measures, with the sub-goal each belongs to.
    pub measures: Vec<(Choice, String)>,
    /// Departments in the order they first appear in the sheet.
    pub departments: Vec<Choice>,
}

impl FilterOptions {
    pub fn of(data: &Dataset, lang: Lang) -> FilterOptions {
        let mut options = FilterOptions {
            goals: vec![],
            measures: vec![],
            departments: vec![],
        };
        for goal in &data.goals {
            let label = |text: String| canvas_text(&text, lang);
            options.goals.push(Choice {
                value: goal.id.clone(),
                label: format!("{} {}", goal.id, label(name(goal, lang))),
            });
            for sub in &goal.subgoals {
                options.goals.push(Choice {
                    value: sub.id.clone(),
                    label: format!("\u{3000}{} {}", sub.id, label(name(sub, lang))),
                });
                for measure in &sub.measures {
                    let key = format!("{}-{}", sub.id, measure.no);
                    // 「1-1 施策1」, not 「1-1-1」: a measure's key reads like an indicator's id
                    // (1-1-01).
                    let measure_word = label(Messages::of(lang).measure.to_string());
                    let gap = if lang == Lang::En { " " } else { "" };
                    let label = format!(
                        "{} {measure_word}{gap}{} {}",
                        sub.id,
                        measure.no,
                        label(name(measure, lang))
                    );
                    options
                        .measures
                        .push((Choice { value: key, label }, sub.id.clone()));
                }
            }
        }
        for row in &data.indicators {
            if !options
                .departments
                .iter()
                .any(|d| d.value == row.department)
            {
                options.departments.push(Choice {
                    value: row.department.clone(),
                    label: canvas_text(&department(row, lang), lang),
                });
            }
        }
        options
    }
}

impl FilterOptions {
    /// What a narrowing keeps, in words: the chip that removes it, the empty list's advice.
    pub fn narrowing_label(&self, narrowing: Narrowing, filter: &Filter, lang: Lang) -> String {
        let m = Messages::of(lang);
        match narrowing {
            Narrowing::Query => (ReaderWords::of(lang).quoted)(filter.query.trim()),
            Narrowing::Goal => name_of(self.goals.iter(), &filter.goal),
            Narrowing::Measure => name_of(self.measures.iter().map(|(c, _)| c), &filter.measure),
            Narrowing::Department => name_of(self.departments.iter(), &filter.department),
            Narrowing::Kind => match filter.kind {
                Some(Kind::NumericalTarget) => m.kinds[0],
                _ => m.kinds[1],
            }
            .to_string(),
            Narrowing::Status(status) => m.status(status).to_string(),
        }
    }
}

/// The label of the choice whose value is `value`, or the value itself.
fn name_of<'a>(mut choices: impl Iterator<Item = &'a Choice>, value: &Option<String>) -> String {
    let value = value.clone().unwrap_or_default();
    choices
        .find(|c| c.value == value)
        .map_or(value, |c| c.label.trim().to_string())
}
