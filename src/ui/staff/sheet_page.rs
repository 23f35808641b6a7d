use leptos::prelude::*;

use crate::domain::i18n::sheet_words::SheetWords;
use crate::domain::i18n::Messages;
use crate::domain::i18n::Words;
use crate::domain::navigation::filter_options::FilterOptions;
use crate::state::{AppState, HistoryMode};
use crate::ui::staff::sheet_exports::{current_draft, SheetExports};
use crate::ui::staff::sheet_table::SheetTable;
use crate::ui::widgets::nav_link::{focus_page_top, NavLink};
use crate::ui::widgets::text::{ruby_view, tr, tr_plain};
use crate::web::dialogs::print_page;
use crate::web::download::local_date;

/// `?view=sheet[&dept=…]`: next year's verification sheet as a draft, in the printed
/// sheet's order and columns, for one department or all. Titled as a draft with its date
/// and whether it includes this device's edits, on screen and on paper (A4 landscape).
#[component]
pub fn DraftSheetPage() -> impl IntoView {
    let state = AppState::expect();
    let back = Signal::derive(move || state.view.with(|v| v.back()));
    let department = Memo::new(move |_| state.view.with(|v| v.filter.department.clone()));
    let sheet = Memo::new(move |_| current_draft(state, department.get().as_deref()));
    let departments = Memo::new(move |_| {
        state
            .official
            .with_value(|d| FilterOptions::of(d, state.lang.get()).departments)
    });
    let choose = move |value: String| {
        let chosen = (!value.is_empty()).then_some(value);
        state.update(HistoryMode::Push, |v| *v = v.sheet_of(chosen));
    };
    let (year, month, day) = local_date();
    let includes_edits = Memo::new(move |_| sheet.with(|s| s.includes_edits()));
    focus_page_top("sheet-title");
    view! {
        <section class="draft-sheet-page" aria-labelledby="sheet-title">
            <NavLink to=back class="back-link">{tr(|m: &Messages| m.back)}</NavLink>
            <header class="sheet-head">
                <h2 id="sheet-title" tabindex="-1">
                    {move || {
                        let year = sheet.with(|s| s.draft_year);
                        ruby_view(&(SheetWords::of(state.lang.get()).title)(year))
                    }}
                    {move || department.get().map(|d| {
                        let name = state.official.with_value(|data| {
                            data.indicators.iter().find(|r| r.department == d).map(|r| state.lang.get().name(&r.department, &r.department_en).to_string())
                        });
                        view! { <span class="sheet-department">{format!(" — {}", name.unwrap_or(d))}</span> }
                    })}
                </h2>
                <p class="sheet-date">{tr(move |w: &SheetWords| (w.drafted_on)(year, month, day))}</p>
                <p class="sheet-edits" data-includes-edits=move || includes_edits.get().to_string()>
                    {move || if includes_edits.get() {
                        view! { <span class="local-badge">{tr(|w: &SheetWords| w.includes_edits)}</span> }.into_any()
                    } else {
                        tr(|w: &SheetWords| w.official_only).into_any()
                    }}
                </p>
                <p class="sheet-source">{tr(move |m: &Messages| (m.print_source)(state.edition_year()))}</p>
            </header>
            <p class="section-note sheet-intro">{tr(|w: &SheetWords| w.intro)}</p>
            <div class="sheet-tools">
                <div class="field">
                    <label for="sheet-dept">{tr(|w: &SheetWords| w.department_filter)}</label>
                    <select id="sheet-dept" on:change:target=move |ev| choose(ev.target().value())>
                        <option value="" prop:selected=move || department.with(Option::is_none)>{tr_plain(|m: &Messages| m.all)}</option>
                        {move || departments.get().into_iter().map(|choice| {
                            let value = choice.value.clone();
                            view! {
                                <option value=choice.value prop:selected=move || department.with(|d| d.as_deref() == Some(value.as_str()))>{choice.label}</option>
                            }
                        }).collect_view()}
                    </select>
                </div>
                <button type="button" class="button" on:click=move |_| print_page()>{tr(|w: &SheetWords| w.print)}</button>
            </div>
            <p class="sheet-progress" role="status">
                {move || {
                    let (done, total, year) = sheet.with(|s| (s.rows_with_draft_actual(), s.rows.len(), s.draft_year));
                    ruby_view(&(SheetWords::of(state.lang.get()).progress)(done, total, year))
                }}
            </p>
            <SheetTable sheet/>
            <div class="sheet-export-block">
                <SheetExports department/>
            </div>
        </section>
    }
}
