//! The choices of the filter drop-downs, in the reader's language.

use super::i18n::Lang;
use super::model::Dataset;

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
        let mut options = FilterOptions { goals: vec![], measures: vec![], departments: vec![] };
        for goal in &data.goals {
            options.goals.push(Choice { value: goal.id.clone(), label: format!("{} {}", goal.id, lang.name(&goal.name, &goal.name_en)) });
            for sub in &goal.subgoals {
                options.goals.push(Choice { value: sub.id.clone(), label: format!("\u{3000}{} {}", sub.id, lang.name(&sub.name, &sub.name_en)) });
                for measure in &sub.measures {
                    let key = format!("{}-{}", sub.id, measure.no);
                    let label = format!("{key} {}", lang.name(&measure.name, &measure.name_en));
                    options.measures.push((Choice { value: key, label }, sub.id.clone()));
                }
            }
        }
        for row in &data.indicators {
            if !options.departments.iter().any(|d| d.value == row.department) {
                options.departments.push(Choice { value: row.department.clone(), label: lang.name(&row.department, &row.department_en).to_string() });
            }
        }
        options
    }
}
