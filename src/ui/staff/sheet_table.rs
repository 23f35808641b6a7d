use leptos::prelude::*;

use crate::domain::edits::Field;
use crate::domain::exports::draft_sheet::{Cell, DraftSheet, SheetRow};
use crate::domain::i18n::edit_words::EditWords;
use crate::domain::i18n::sheet_words::SheetWords;
use crate::domain::i18n::Lang;
use crate::domain::i18n::Messages;
use crate::domain::i18n::Words;
use crate::domain::Value;
use crate::state::AppState;
use crate::ui::widgets::status_badge::StatusBadge;
use crate::ui::widgets::text::ruby_view;

/// The draft sheet's table, in the printed sheet's columns: sub-goal and measure cells
/// merged down their rows as on paper, every cell this device changed marked in words
/// (「この端末で編集」) with the city's published value beside it. The city's own text
/// is marked as such (`lang="ja"`, `data-official`).
#[component]
pub fn SheetTable(
    /// The rows to show.
    #[prop(into)]
    sheet: Signal<DraftSheet>,
) -> impl IntoView {
    let state = AppState::expect();
    view! {
        // Wider than a phone: the table scrolls sideways inside its own focusable region.
        <div class="table-scroll sheet-scroll" tabindex="0" role="region" aria-label=move || SheetWords::of(state.lang.get()).table_region>
            <table class="draft-sheet" aria-labelledby="sheet-title">
                <thead>{move || header_row(sheet.with(|s| s.fields), state.lang.get())}</thead>
                <tbody>
                    {move || {
                        let lang = state.lang.get();
                        sheet.with(|s| s.rows.iter().map(|row| sheet_row(s, row, lang)).collect_view())
                    }}
                </tbody>
            </table>
        </div>
    }
}

fn header_row(fields: [Field; 5], lang: Lang) -> impl IntoView {
    let m = Messages::of(lang);
    let before = [m.subgoal, m.measure, SheetWords::of(lang).indicator].map(String::from);
    let figures = fields.map(|f| lang.field_label(f));
    let after = [
        EditWords::of(lang).status_field,
        m.delay_reason,
        m.department,
        m.initiatives,
        m.challenges,
        m.plans,
    ]
    .map(String::from);
    view! {
        <tr>
            {before.into_iter().chain(figures).chain(after).map(|h| view! { <th scope="col">{ruby_view(&h)}</th> }).collect_view()}
        </tr>
    }
}

fn sheet_row(sheet: &DraftSheet, row: &SheetRow, lang: Lang) -> impl IntoView {
    let m = Messages::of(lang);
    let subgoal = (row.subgoal_span > 0).then(|| {
        let name = format!(
            "{} {}",
            row.subgoal_id,
            lang.name(&row.subgoal.ja, &row.subgoal.en)
        );
        view! { <td class="sheet-group" rowspan=row.subgoal_span>{name}</td> }
    });
    let measure = (row.measure_span > 0).then(|| {
        let name = match &row.measure {
            Some((no, name)) => (m.measure_label)(*no, lang.name(&name.ja, &name.en)),
            None => m.numerical_target.to_string(),
        };
        view! { <td class="sheet-group" rowspan=row.measure_span>{ruby_view(&name)}</td> }
    });
    let status = &row.status;
    let official_status = status.official;
    view! {
        <tr data-row=row.id.clone() class:row-edited=row.edited()>
            {subgoal}
            {measure}
            <th scope="row" class="sheet-name">
                <span class="sheet-id">{row.id.clone()}</span> " " {lang.name(&row.name.ja, &row.name.en).to_string()}
            </th>
            {sheet.fields.iter().zip(&row.figures).map(|(field, cell)| figure_cell(*field, cell, lang)).collect_view()}
            <td class="sheet-status" class:edited=status.edited data-field="status">
                <StatusBadge status=status.shown/>
                {status.edited.then(|| edit_mark(ruby_view(m.status(official_status)), lang))}
            </td>
            {if row.reason_left_out {
                view! {
                    <td class="sheet-text" data-field="delay_reason">
                        <span class="sheet-empty">"—"</span>
                        <p class="sheet-note">{ruby_view(SheetWords::of(lang).reason_left_out)}</p>
                    </td>
                }.into_any()
            } else {
                text_cell("delay_reason", &row.delay_reason, lang).into_any()
            }}
            <td class="sheet-department">{lang.name(&row.department.ja, &row.department.en).to_string()}</td>
            {["initiatives", "challenges", "plans"].into_iter().zip(row.texts()).map(|(key, cell)| {
                let cell = Cell { shown: Some(cell.shown.clone()), official: Some(cell.official.clone()), edited: cell.edited };
                text_cell(key, &cell, lang)
            }).collect_view()}
        </tr>
    }
}

/// A figure as printed; where this device changed it, the mark and the published figure.
fn figure_cell(field: Field, cell: &Cell<Option<Value>>, lang: Lang) -> impl IntoView {
    let printed = |value: &Option<Value>| {
        value
            .as_ref()
            .map(|v| v.raw.clone())
            .filter(|raw| !raw.trim().is_empty())
    };
    let official = printed(&cell.official);
    view! {
        <td class="sheet-figure" class:edited=cell.edited data-field=field.key()>
            {written(printed(&cell.shown), cell.edited)}
            {cell.edited.then(|| edit_mark(official_or_none(official, lang), lang))}
        </td>
    }
}

/// One of the city's texts (or the delay reason), marked official unless changed here.
fn text_cell(key: &'static str, cell: &Cell<Option<String>>, lang: Lang) -> impl IntoView {
    let official = cell.official.clone().filter(|t| !t.trim().is_empty());
    view! {
        <td class="sheet-text" class:edited=cell.edited data-field=key>
            {written(cell.shown.clone().filter(|t| !t.trim().is_empty()), cell.edited)}
            {cell.edited.then(|| edit_mark(official_or_none(official, lang), lang))}
        </td>
    }
}

/// What a cell holds; the sheet's own words are Japanese and official, a local one is not.
fn written(text: Option<String>, edited: bool) -> AnyView {
    match (text, edited) {
        (None, _) => view! { <span class="sheet-empty">"—"</span> }.into_any(),
        (Some(text), false) => view! { <span lang="ja" data-official="">{text}</span> }.into_any(),
        (Some(text), true) => {
            view! { <span lang="ja" class="sheet-local">{text}</span> }.into_any()
        }
    }
}

fn official_or_none(official: Option<String>, lang: Lang) -> AnyView {
    match official {
        Some(text) => view! { <span lang="ja" data-official="">{text}</span> }.into_any(),
        None => ruby_view(SheetWords::of(lang).none),
    }
}

/// 「この端末で編集」 in words (never colour alone), with the published value.
fn edit_mark(official: AnyView, lang: Lang) -> impl IntoView {
    let m = Messages::of(lang);
    view! {
        <span class="cell-mark">
            <span class="local-badge">{ruby_view(m.local_badge)}</span>
            <span class="official-value">{ruby_view(m.official_value)} {official}</span>
        </span>
    }
}
