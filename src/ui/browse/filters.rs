use leptos::prelude::*;

use crate::domain::i18n::reader_words::ReaderWords;
use crate::domain::i18n::Messages;
use crate::domain::i18n::Words;
use crate::domain::navigation::filter::{kind_from_key, kind_key, Filter, SortOrder};
use crate::domain::navigation::filter_options::FilterOptions;
use crate::domain::{Kind, Status};
use crate::state::{AppState, HistoryMode};
use crate::ui::widgets::later::Later;
use crate::ui::widgets::status_badge::status_icon;
use crate::ui::widgets::text::{ruby_view, tr, tr_plain};

/// Search, filters and sort. Every control writes the URL, so the view can be shared.
#[component]
pub fn FilterPanel() -> impl IntoView {
    let state = AppState::expect();
    let filter = Memo::new(move |_| state.view.with(|v| v.filter.clone()));
    // Each control changes the filter; the view keeps its mode and goes to the list.
    let change = move |mode: HistoryMode, edit: &dyn Fn(&mut Filter)| {
        state.update(mode, |v| {
            let mut next = v.filter.clone();
            edit(&mut next);
            *v = v.filtered(next);
        });
    };
    let options = Memo::new(move |_| {
        state
            .official
            .with_value(|d| FilterOptions::of(d, state.lang.get()))
    });
    // One memo per control: a tap on one re-renders that control's choices, not the ~60
    // options and boxes of all of them (each a DOM write).
    let query = Memo::new(move |_| filter.with(|f| f.query.clone()));
    let goal = Memo::new(move |_| filter.with(|f| f.goal.clone()));
    let measure = Memo::new(move |_| filter.with(|f| f.measure.clone()));
    let department = Memo::new(move |_| filter.with(|f| f.department.clone()));
    let kind = Memo::new(move |_| filter.with(|f| f.kind));
    let sort_now = Memo::new(move |_| filter.with(|f| f.sort));
    let statuses = Memo::new(move |_| filter.with(|f| f.statuses.clone()));
    let narrowings = Memo::new(move |_| filter.with(|f| f.narrowings().len()));
    let panel_open = RwSignal::new(false);

    let select_value = move |value: String| (!value.is_empty()).then_some(value);
    view! {
        <section class="filters" aria-labelledby="filters-title">
            <h2 id="filters-title" class="visually-hidden">{tr(|m: &Messages| m.filters_title)}</h2>
            // The search and one button show; the drop-downs open on demand, so the cards
            // come first on a phone. What narrows the list stays in view as chips.
            <div class="filter-bar">
                <div class="field field-search">
                    <label for="f-search">{tr(|m: &Messages| m.search)}</label>
                    <input id="f-search" type="search" autocomplete="off" enterkeyhint="search"
                        placeholder=tr_plain(|m: &Messages| m.search_placeholder)
                        prop:value=query
                        on:input:target=move |ev| {
                            let query = ev.target().value();
                            change(HistoryMode::Replace, &|f| f.query = query.clone());
                        }/>
                </div>
                <button type="button" class="button filters-toggle" aria-controls="filter-grid"
                    aria-expanded=move || panel_open.get().to_string()
                    on:click=move |_| panel_open.update(|open| *open = !*open)>
                    {tr(|m: &Messages| m.filters_title)}
                    {move || {
                        let n = narrowings.get();
                        (n > 0).then(|| (ReaderWords::of(state.lang.get()).with_note)("", &n.to_string()))
                    }}
                </button>
            </div>
            <FilterChips filter options/>
            // Folded until asked for, and its drop-downs are most of the panel: built one task
            // later, so no step of a slow phone's start-up is long.
            <Later><div class="filter-grid" id="filter-grid" class:collapsed=move || !panel_open.get()>
                <div class="field">
                    <label for="f-goal">{tr(|m: &Messages| m.goal)}</label>
                    <select id="f-goal" on:change:target=move |ev| {
                        let goal = select_value(ev.target().value());
                        change(HistoryMode::Push, &|f| *f = f.in_goal(goal.clone()));
                    }>
                        <option value="" prop:selected=move || goal.with(Option::is_none)>{tr_plain(|m: &Messages| m.all)}</option>
                        {move || options.get().goals.into_iter().map(|choice| {
                            let id = choice.value.clone();
                            view! {
                                <option value=choice.value prop:selected=move || goal.with(|g| g.as_deref() == Some(id.as_str()))>{choice.label}</option>
                            }
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="f-measure">{tr(|m: &Messages| m.measure)}</label>
                    <select id="f-measure" on:change:target=move |ev| {
                        let measure = select_value(ev.target().value());
                        change(HistoryMode::Push, &|f| f.measure = measure.clone());
                    }>
                        <option value="" prop:selected=move || measure.with(Option::is_none)>{tr_plain(|m: &Messages| m.all)}</option>
                        {move || options.get().measures.into_iter().map(|(choice, subgoal)| {
                            let (value, label) = (choice.value.clone(), choice.label);
                            let key2 = choice.value;
                            // Measures outside the chosen goal are hidden, not removed, so the
                            // list keeps its order.
                            let outside = move || goal.with(|g| g.as_ref().is_some_and(|g| !(subgoal == *g || subgoal.starts_with(&format!("{g}-")))));
                            view! {
                                <option value=value hidden=outside.clone() disabled=outside
                                    prop:selected=move || measure.with(|m| m.as_deref() == Some(key2.as_str()))>{label}</option>
                            }
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="f-dept">{tr(|m: &Messages| m.department)}</label>
                    <select id="f-dept" on:change:target=move |ev| {
                        let department = select_value(ev.target().value());
                        change(HistoryMode::Push, &|f| f.department = department.clone());
                    }>
                        <option value="" prop:selected=move || department.with(Option::is_none)>{tr_plain(|m: &Messages| m.all)}</option>
                        {move || options.get().departments.into_iter().map(|choice| {
                            let dept = choice.value.clone();
                            view! {
                                <option value=choice.value prop:selected=move || department.with(|d| d.as_deref() == Some(dept.as_str()))>{choice.label}</option>
                            }
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="f-kind">{tr(|m: &Messages| m.kind)}</label>
                    <select id="f-kind" on:change:target=move |ev| {
                        let kind = kind_from_key(&ev.target().value());
                        change(HistoryMode::Push, &|f| f.kind = kind);
                    }>
                        <option value="" prop:selected=move || kind.get().is_none()>{tr_plain(|m: &Messages| m.all)}</option>
                        {[(Kind::NumericalTarget, 0), (Kind::Kpi, 1)].into_iter().map(|(k, i)| view! {
                            <option value=kind_key(k) prop:selected=move || kind.get() == Some(k)>{tr_plain(move |m: &Messages| m.kinds[i])}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="f-sort">{tr(|m: &Messages| m.sort)}</label>
                    <select id="f-sort" on:change:target=move |ev| {
                        let sort = SortOrder::from_key(&ev.target().value()).unwrap_or_default();
                        change(HistoryMode::Push, &|f| f.sort = sort);
                    }>
                        {SortOrder::ALL.into_iter().map(|sort| view! {
                            <option value=sort.key() prop:selected=move || sort_now.get() == sort>{tr_plain(move |m: &Messages| m.sorts[SortOrder::ALL.iter().position(|s| *s == sort).unwrap_or(0)])}</option>
                        }).collect_view()}
                    </select>
                </div>
                <fieldset class="field field-status">
                    <legend>{tr(|m: &Messages| m.status_legend)}</legend>
                    {Status::ALL.into_iter().map(|status| {
                        let id = format!("f-status-{}", status.key());
                        let label_for = id.clone();
                        view! {
                            <label class=format!("check status-{}", status.key()) for=label_for>
                                <input type="checkbox" id=id
                                    prop:checked=move || statuses.with(|s| s.contains(&status))
                                    on:change:target=move |ev| {
                                        let on = ev.target().checked();
                                        change(HistoryMode::Push, &|f| {
                                            if on { f.statuses.insert(status); } else { f.statuses.remove(&status); }
                                        });
                                    }/>
                                <span class="status-icon" aria-hidden="true">{status_icon(status)}</span>
                                {tr(move |m: &Messages| m.status(status))}
                            </label>
                        }
                    }).collect_view()}
                </fieldset>
            </div></Later>
            <button type="button" class="button clear-all" hidden=move || !panel_open.get()
                disabled=move || narrowings.get() == 0
                on:click=move |_| state.update(HistoryMode::Push, |v| *v = v.cleared())>
                {tr(|m: &Messages| m.clear_all)}
            </button>
        </section>
    }
}

/// The active filters as chips above the list; a tap on one removes just that filter.
#[component]
fn FilterChips(
    /// The filter shown.
    filter: Memo<Filter>,
    /// The choices' names in the language shown (made once per language, not per change).
    options: Memo<FilterOptions>,
) -> impl IntoView {
    let state = AppState::expect();
    let chips = Memo::new(move |_| {
        let lang = state.lang.get();
        filter.with(|filter| {
            options.with(|options| {
                filter
                    .narrowings()
                    .into_iter()
                    .map(|narrowing| (narrowing, options.narrowing_label(narrowing, filter, lang)))
                    .collect::<Vec<_>>()
            })
        })
    });
    let remove_label = tr_plain(|m: &Messages| m.remove_filter);

    view! {
        <Show when=move || chips.with(|c| !c.is_empty())>
            <ul class="filter-chips">
                {move || chips.get().into_iter().map(|(narrowing, label)| {
                    view! {
                        <li>
                            // Named by its visible words (WCAG 2.5.3), then what a tap does.
                            <button type="button" class="chip"
                                on:click=move |_| state.update(HistoryMode::Push, |v| *v = v.filtered(v.filter.without(narrowing)))>
                                {ruby_view(&label)} <span class="visually-hidden">{remove_label}</span>
                                <span aria-hidden="true">" ×"</span>
                            </button>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </Show>
    }
}
