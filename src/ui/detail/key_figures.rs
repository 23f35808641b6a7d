use leptos::prelude::*;

use crate::domain::describe::shown::{cell, figure_cell};
use crate::domain::edits::Field;
use crate::domain::i18n::Lang;
use crate::domain::i18n::Messages;
use crate::domain::i18n::Words;
use crate::domain::progress::achievement::achievement_basis;
use crate::domain::{Column, Indicator};
use crate::ui::widgets::local_mark::LocalMark;
use crate::ui::widgets::printed_value::PrintedValue;
use crate::ui::widgets::text::ruby_view;

/// The figures a reader opens a detail for, first: the latest actual, the target the
/// achievement compares it with (FY2023's, or a later sheet's for its year) and the final
/// target, each under a label with its year (and a note where the data is from another
/// year than the column's).
#[component]
pub fn KeyFigures(row: Indicator, lang: Lang) -> impl IntoView {
    let m = Messages::of(lang);
    // A figure added on this device for FY2024 or later is the latest; else FY2023's.
    let later = row
        .later_actuals
        .iter()
        .rev()
        .find(|(_, v)| !v.parts.is_empty())
        .map(|(year, v)| (*year, v.clone()));
    let latest = match later {
        Some((year, value)) => {
            let text = cell(&row, &value, None, lang);
            view! {
                <div class="key-latest">
                    <dt>{ruby_view(&(m.later_actual)(year))}</dt>
                    <dd><span class="printed">{ruby_view(&text.text)}</span> <LocalMark kpi=row.id.clone() field=Field::LaterActual(year)/></dd>
                </div>
            }
            .into_any()
        }
        None => figure(&row, Column::ActualFy2023, lang).into_any(),
    };
    let basis_year = achievement_basis(&row).year;
    let year_target = match row.later_targets.get(&basis_year) {
        Some(value) if basis_year > Column::TargetFy2023.default_fiscal_year() => {
            let field = Field::LaterTarget(basis_year);
            view! {
                <div>
                    <dt>{ruby_view(&lang.field_label(field))}</dt>
                    <dd><span class="printed">{ruby_view(&cell(&row, value, None, lang).text)}</span> <LocalMark kpi=row.id.clone() field/></dd>
                </div>
            }
            .into_any()
        }
        _ => figure(&row, Column::TargetFy2023, lang).into_any(),
    };
    view! {
        <dl class="card-figures key-figures">
            {latest}
            {year_target}
            {figure(&row, Column::TargetFinal, lang)}
        </dl>
    }
}

fn figure(row: &Indicator, column: Column, lang: Lang) -> impl IntoView {
    let value = row.values.get(column).clone();
    let text = figure_cell(row, &value, Some(column), lang);
    view! {
        <div>
            <dt>{ruby_view(Messages::of(lang).column(column))}</dt>
            <dd>
                <PrintedValue value column text lang/>
                <LocalMark kpi=row.id.clone() field=Field::Value(column)/>
            </dd>
        </div>
    }
}
