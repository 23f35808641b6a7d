use leptos::prelude::*;

use crate::domain::describe::shown::{cell, name};
use crate::domain::edition_changes::{changes, CellChange, RowChange, RowChanges};
use crate::domain::edits::Field;
use crate::domain::i18n::edition_words::EditionWords;
use crate::domain::i18n::info_words::InfoWords;
use crate::domain::i18n::{Messages, Words};
use crate::domain::model::Dataset;
use crate::state::AppState;
use crate::ui::widgets::nav_link::{focus_page_top, NavLink};
use crate::ui::widgets::text::{ruby_view, tr};

/// `?view=changes`: per row, what the shown edition changed since the one before it
/// (new and revised figures, statuses, the city's texts, rows that came or went), each
/// row linked to its detail. Both sides are the city's published sheets.
#[component]
pub fn ChangesPage() -> impl IntoView {
    let state = AppState::expect();
    let back = Signal::derive(move || state.view.with(|v| v.back()));
    let year = state.edition_year();
    let previous = state.previous_edition();
    let shown = state.official.get_value();
    let list = previous
        .as_ref()
        .map(|earlier| changes(earlier, &shown))
        .unwrap_or_default();
    let earlier_year = previous.as_ref().map(|d| d.fiscal_year);
    focus_page_top("changes-title");
    let body = match previous {
        None => view! { <p class="section-note">{tr(move |w: &EditionWords| (w.no_earlier)(year))}</p> }.into_any(),
        Some(_) if list.is_empty() => {
            view! { <p class="section-note">{tr(|w: &EditionWords| w.nothing_changed)}</p> }.into_any()
        }
        Some(earlier) => view! {
            <ol class="change-list">
                {list.into_iter().map(|row| view! { <ChangedRow row shown=shown.clone() earlier=earlier.clone()/> }).collect_view()}
            </ol>
        }
        .into_any(),
    };
    view! {
        <section class="info-page changes-page" aria-labelledby="changes-title">
            <NavLink to=back class="back-link">{tr(|w: &InfoWords| w.back_to_overview)}</NavLink>
            <h2 id="changes-title" tabindex="-1">{tr(move |w: &EditionWords| (w.changes_title)(year, earlier_year.unwrap_or(year - 1)))}</h2>
            <p>{tr(|w: &EditionWords| w.changes_intro)}</p>
            {body}
        </section>
    }
}

/// One row's changes, linked to its detail (in the edition shown; a row no longer in it
/// is named from the edition before, without a link).
#[component]
fn ChangedRow(
    row: RowChanges,
    shown: std::sync::Arc<Dataset>,
    earlier: std::sync::Arc<Dataset>,
) -> impl IntoView {
    let state = AppState::expect();
    let id = row.id.clone();
    let in_shown = shown.indicators.iter().find(|r| r.id == id).cloned();
    let named = in_shown
        .clone()
        .or_else(|| earlier.indicators.iter().find(|r| r.id == id).cloned());
    let title = {
        let named = named.clone();
        move || {
            let lang = state.lang.get();
            named
                .as_ref()
                .map_or(String::new(), |r| format!("{} {}", r.id, name(r, lang)))
        }
    };
    let heading = match in_shown.is_some() {
        true => {
            let to = Signal::derive({
                let id = id.clone();
                move || state.home.with(|h| h.open(&id))
            });
            view! { <h3><NavLink to>{move || ruby_view(&title())}</NavLink></h3> }.into_any()
        }
        false => view! { <h3>{move || ruby_view(&title())}</h3> }.into_any(),
    };
    let details = move || {
        let lang = state.lang.get();
        let w = EditionWords::of(lang);
        match &row.change {
            RowChange::New => view! { <p>{ruby_view(w.new_row)}</p> }.into_any(),
            RowChange::Gone => view! { <p>{ruby_view(w.gone_row)}</p> }.into_any(),
            RowChange::Changed(fields) => {
                let Some(indicator) = in_shown.clone() else {
                    return ().into_any();
                };
                view! {
                    <dl class="change-fields">
                        {fields.iter().map(|(field, change)| {
                            let column = match field {
                                Field::Value(column) => Some(*column),
                                _ => None,
                            };
                            let shown_value = |v| cell(&indicator, v, column, lang).text;
                            let what = match change {
                                CellChange::Added { after } => (w.added)(&shown_value(after)),
                                CellChange::Revised { before, after } => (w.revised)(&shown_value(before), &shown_value(after)),
                                CellChange::Removed { before } => (w.removed)(&shown_value(before)),
                                CellChange::Status { before, after } => {
                                    let m = Messages::of(lang);
                                    (w.status)(m.status(*before), m.status(*after))
                                }
                                CellChange::Text => w.text.to_string(),
                                CellChange::TextAdded => w.text_added.to_string(),
                                CellChange::TextRemoved => w.text_removed.to_string(),
                            };
                            view! {
                                <div data-field=field.key()>
                                    <dt>{ruby_view(&lang.field_label(*field))}</dt>
                                    <dd>{ruby_view(&what)}</dd>
                                </div>
                            }
                        }).collect_view()}
                    </dl>
                }
                .into_any()
            }
        }
    };
    view! {
        <li class="changed-row" data-change-row=id>
            {heading}
            {details}
        </li>
    }
}
