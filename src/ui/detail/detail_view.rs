use leptos::prelude::*;

use crate::domain::progress::achievement::achievement_basis;

use crate::domain::cells::format::{year, YearStyle};
use crate::domain::charts::trend::{trend, trend_chart, with_local_edits, Role};
use crate::domain::describe::achievement_line::achievement_line;
use crate::domain::describe::shown::{cell, department, name, official_name};
use crate::domain::edition_changes::revisions;
use crate::domain::edits::field::later_figures;
use crate::domain::edits::Field;
use crate::domain::i18n::edition_words::EditionWords;
use crate::domain::i18n::reader_words::ReaderWords;
use crate::domain::i18n::Lang;
use crate::domain::i18n::Messages;
use crate::domain::i18n::Words;
use crate::domain::{Column, Indicator};
use crate::state::AppState;
use crate::ui::charts::chart_view::ChartView;
use crate::ui::detail::detail_head::{DetailHead, HeadNames};
use crate::ui::detail::detail_texts::DetailTexts;
use crate::ui::detail::embed_code::EmbedCode;
use crate::ui::detail::key_figures::KeyFigures;
use crate::ui::detail::progress_section::ProgressSection;
use crate::ui::on_demand::staff::LazyEditForm;
use crate::ui::widgets::local_mark::LocalMark;
use crate::ui::widgets::nav_link::{focus_page_top, NavLink};
use crate::ui::widgets::official::OfficialName;
use crate::ui::widgets::printed_value::PrintedValue;
use crate::ui::widgets::share_button::ShareButton;
use crate::ui::widgets::text::{ruby_view, tr};

/// Everything about one indicator: the city's status beside the computed progress label,
/// all five values with their years, the trend and outlook, the city's texts.
/// Reached by `?kpi=<id>`, so it can be linked and bookmarked.
#[component]
pub fn DetailView() -> impl IntoView {
    let state = AppState::expect();
    let kpi_id = Memo::new(move |_| state.view.with(|v| v.detail().map(str::to_string)));
    let row = Memo::new(move |_| {
        let id = kpi_id.get()?;
        state
            .data
            .with(|d| d.indicators.iter().find(|i| i.id == id).cloned())
    });
    // What the heading shows does not change with edits: it is not redrawn at a save.
    let head = Memo::new(move |_| row.with(|r| r.as_ref().map(HeadNames::of)));
    let back = Signal::derive(move || state.view.with(|v| v.back()));
    // Embedded or at the kiosk, the detail has no way to the list or out of the page.
    let standalone = Memo::new(move |_| state.view.with(|v| !v.embed && v.kiosk.is_none()));
    let embedded = Memo::new(move |_| state.view.with(|v| v.embed));
    focus_page_top("detail-title");
    view! {
        <section class="detail" aria-labelledby="detail-title">
            <Show when=move || !embedded.get()>
                <div class="detail-tools">
                    <NavLink to=back class="back-link">{tr(|m: &Messages| m.back)}</NavLink>
                    <Show when=move || standalone.get()>
                        <ShareButton/>
                    </Show>
                </div>
            </Show>
            {move || kpi_id.get().map(|kpi| { let form_kpi = kpi.clone(); view! {
                <article class="detail-body" data-detail=kpi>
                    {move || head.get().map(|head| view! { <DetailHead head lang=state.lang.get()/> })}
                    // Near the top, and outside the body, so that saving (which changes the
                    // row) keeps the form, its messages and the keyboard focus where they are.
                    <Show when=move || state.editing.get()>
                        <LazyEditForm kpi=form_kpi.clone()/>
                    </Show>
                    {move || row.get().map(|row| view! { <DetailBody row lang=state.lang.get()/> })}
                </article>
            }})}
            {move || (standalone.get()).then(|| row.with(|r| r.as_ref().map(|r| {
                let name = state.lang.get_untracked().name(&r.name, &r.name_en).to_string();
                view! { <EmbedCode kpi=r.id.clone() name/> }
            })))}
        </section>
    }
}

/// The detail of one row.
#[component]
fn DetailBody(
    /// The indicator shown.
    row: Indicator,
    /// The language shown.
    lang: Lang,
) -> impl IntoView {
    let state = AppState::expect();
    let m = Messages::of(lang);
    let words = ReaderWords::of(lang);
    let (subgoal_name, measure_name) = state.official.with_value(|d| {
        let subgoal = d
            .goals
            .iter()
            .flat_map(|g| &g.subgoals)
            .find(|s| s.id == row.subgoal);
        let measure = subgoal.and_then(|s| s.measures.iter().find(|m| Some(m.no) == row.measure));
        (
            subgoal
                .map(|s| (name(s, lang), official_name(s, lang)))
                .unwrap_or_default(),
            measure.map(|ms| {
                (
                    (m.measure_label)(ms.no, &name(ms, lang)),
                    official_name(ms, lang),
                )
            }),
        )
    });
    let achievement = achievement_line(&row, lang);
    let year_of = move |value: &crate::domain::Value| {
        value
            .period
            .map_or_else(|| "—".to_string(), |p| year(p, lang, YearStyle::Full))
    };
    // The row is redrawn whenever the edits or the official-only switch change it.
    let edited_columns: Vec<Column> = if state.edits.official_only.get_untracked() {
        Vec::new()
    } else {
        state.edits.edits.with_untracked(|set| {
            Column::ALL
                .into_iter()
                .filter(|c| set.get(&row.id, Field::Value(*c)).is_some())
                .collect()
        })
    };
    let trend_info = with_local_edits(trend(&row, lang), &row, &edited_columns, lang);
    // A saved image says in its name, as in its title, that it holds local figures.
    let local = trend_info.series.iter().any(|s| s.role == Role::LocalEdit);
    let file_name = if local {
        format!("{}-local-edits", row.id)
    } else {
        row.id.clone()
    };
    let chart = trend_chart(&row, &trend_info, lang).map(|spec| {
        view! { <ChartView id="trend-chart" spec=Signal::stored(spec) file_name/> }
    });
    let outlook = trend_info.outlook.clone();
    let text_cells: Vec<String> = trend_info
        .text_cells
        .iter()
        .map(|(column, _)| {
            format!(
                "{} {}",
                m.column(*column),
                (words.quoted)(&cell(&row, row.values.get(*column), Some(*column), lang).text)
            )
        })
        .collect();
    let direction = if row.higher_is_better {
        m.higher_better
    } else {
        m.lower_better
    };
    // Figures a later edition printed differently: the value shown is the later one.
    let revised = {
        let shown_year = state.edition_year();
        state.editions.with_value(|all| {
            let upto: Vec<_> = all
                .iter()
                .filter(|d| d.fiscal_year <= shown_year)
                .cloned()
                .collect();
            revisions(&upto, &row.id)
        })
    };
    let row_for_notes = row.clone();
    let revised_note = move |field: Field| {
        let notes: Vec<String> = revised
            .iter()
            .filter(|r| r.field == field)
            .map(|r| {
                (EditionWords::of(lang).revised_note)(
                    r.edition,
                    &cell(&row_for_notes, &r.before, None, lang).text,
                )
            })
            .collect();
        (!notes.is_empty()).then(
            || view! { <span class="year-note revised-note">{ruby_view(&notes.join(" "))}</span> },
        )
    };
    let later: Vec<(Field, crate::domain::Value)> = later_figures(&row)
        .into_iter()
        .map(|(field, value)| (field, value.clone()))
        .collect();
    view! {
        <div class="detail-main">
            <KeyFigures row=row.clone() lang/>
            <ProgressSection row=row.clone() lang/>
            <dl class="detail-meta">
                <div><dt>{ruby_view(m.subgoal)}</dt><dd>{row.subgoal.clone()} " " {ruby_view(&subgoal_name.0)} <OfficialName name=subgoal_name.1 lang/></dd></div>
                {measure_name.map(|(label, official)| view! { <div><dt>{ruby_view(m.measure)}</dt><dd>{ruby_view(&label)} <OfficialName name=official lang/></dd></div> })}
                <div><dt>{ruby_view(m.department)}</dt><dd>{ruby_view(&department(&row, lang))}</dd></div>
                <div><dt>{ruby_view(m.direction)}</dt><dd>{ruby_view(direction)}</dd></div>
                <div>
                    <dt>{ruby_view(&(if row.higher_is_better { m.achievement_long } else { m.achievement_long_lower })(achievement_basis(&row).year))}</dt>
                    <dd>
                        {ruby_view(&achievement.text)}
                        {achievement.years_differ.map(|text| view! { <span class="year-note">{ruby_view(&text)}</span> })}
                    </dd>
                </div>
            </dl>
            <section class="trend" aria-labelledby="trend-title">
                <h3 id="trend-title">{ruby_view(m.trend_title)}</h3>
                {chart}
                <ul class="verdicts">
                    {outlook.into_iter().map(|v| view! { <li class="verdict">{ruby_view(&crate::domain::describe::shown::html_text(&v, lang))}</li> }).collect_view()}
                </ul>
                {(!text_cells.is_empty()).then(|| view! {
                    <p class="text-cells">
                        {ruby_view(m.text_cells)}
                        {ruby_view(&text_cells.join(" / "))}
                    </p>
                })}
            </section>
            <table class="values-table">
                <caption>{ruby_view(m.values_caption)}</caption>
                <thead><tr>{m.values_headers.map(|h| view! { <th scope="col">{ruby_view(h)}</th> }).into_iter().collect_view()}</tr></thead>
                <tbody>
                    {Column::ALL.into_iter().map(|column| {
                        let value = row.values.get(column).clone();
                        let text = cell(&row, &value, Some(column), lang);
                        let kpi = row.id.clone();
                        let year = year_of(&value);
                        let field = Field::Value(column);
                        view! {
                            <tr>
                                <th scope="row">{ruby_view(m.column(column))}</th>
                                <td>
                                    <PrintedValue value column text lang year_note=false/>
                                    <LocalMark kpi field/>
                                    {revised_note(field)}
                                </td>
                                <td>{ruby_view(&year)}</td>
                            </tr>
                        }
                    }).collect_view()}
                    // Later years: each edition's actual and target, published or added here.
                    {later.into_iter().map(|(field, value)| {
                        view! {
                            <tr class="later-actual">
                                <th scope="row">{ruby_view(&lang.field_label(field))}</th>
                                <td><span class="printed">{ruby_view(&cell(&row, &value, None, lang).text)}</span> <LocalMark kpi=row.id.clone() field/> {revised_note(field)}</td>
                                <td>{ruby_view(&year_of(&value))}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
            <DetailTexts row=row.clone() lang/>
        </div>
    }
}
