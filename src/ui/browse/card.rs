use leptos::prelude::*;

use crate::domain::progress::achievement::achievement_basis;

use crate::domain::describe::achievement_line::achievement_line;
use crate::domain::describe::shown::{cell, department, figure_cell, name, official_name};
use crate::domain::edits::{Field, SheetText};
use crate::domain::i18n::reader_words::ReaderWords;
use crate::domain::i18n::Lang;
use crate::domain::i18n::Messages;
use crate::domain::i18n::Words;
use crate::domain::long_texts::differs_beyond_texts;
use crate::domain::progress::track::track;
use crate::domain::{Column, Kind};
use crate::state::{AppState, HistoryMode};
use crate::ui::browse::card_track::CardTrack;
use crate::ui::widgets::assessment_pair::AssessmentPair;
use crate::ui::widgets::disclosure::Disclosure;
use crate::ui::widgets::local_mark::LocalMark;
use crate::ui::widgets::nav_link::stays_in_place;
use crate::ui::widgets::official::{OfficialName, OfficialText};
use crate::ui::widgets::printed_value::PrintedValue;
use crate::ui::widgets::text::ruby_view;

/// One indicator at a glance: where it sits, who is responsible, FY2023 actual against
/// target, final target, achievement, the city's status beside the computed progress
/// label; texts on demand.
#[component]
pub fn KpiCard(
    /// Index of the indicator in the dataset.
    index: usize,
) -> impl IntoView {
    let state = AppState::expect();
    // Re-rendered when this row's shown figures change (an edit, or the official-only switch),
    // not when the rows' long texts arrive: the card's texts follow them on their own.
    let row = Memo::new_with_compare(
        move |_| {
            let texts_here = state.texts.arrived();
            state
                .data
                .with(|d| (d.indicators[index].clone(), texts_here))
        },
        |before, now| match (before, now) {
            (Some((before, false)), Some((now, true))) => differs_beyond_texts(before, now),
            (before, now) => before != now,
        },
    );
    // And when this device starts or stops showing an edit of the row.
    let edited = Memo::new(move |_| {
        let edits = state.edits;
        !edits.official_only.get()
            && row.with(|r| {
                edits
                    .edits
                    .with(|set| set.active().any(|e| e.kpi == r.0.id))
            })
    });
    // Also re-rendered when the language changes.
    move || card_view(index, row.get().0, state.lang.get(), edited.get())
}

fn card_view(
    index: usize,
    row: crate::domain::Indicator,
    lang: Lang,
    edited: bool,
) -> impl IntoView {
    let state = AppState::expect();
    let m = Messages::of(lang);
    let place = state.official.with_value(|d| {
        let subgoal = d
            .goals
            .iter()
            .flat_map(|g| &g.subgoals)
            .find(|s| s.id == row.subgoal);
        let measure = subgoal.and_then(|s| s.measures.iter().find(|ms| Some(ms.no) == row.measure));
        format!(
            "{} {}{}",
            row.subgoal,
            subgoal.map_or(String::new(), |s| name(s, lang)),
            measure.map_or(String::new(), |ms| format!(
                "{}{}",
                ReaderWords::of(lang).place_separator,
                (m.measure_label)(ms.no, &name(ms, lang))
            )),
        )
    });
    let shown_name = name(&row, lang);
    let official = if lang == Lang::JaEasy {
        official_name(&row, lang)
    } else {
        None
    };
    let department = department(&row, lang);
    let achievement = achievement_line(&row, lang);
    // The sheet's texts this device rewrote, marked like its figures.
    let rewritten = if edited {
        state.texts_rewritten(&row)
    } else {
        Vec::new()
    };
    let mark = {
        let (id, rewritten) = (row.id.clone(), rewritten.clone());
        move |text: SheetText| {
            rewritten
                .contains(&text)
                .then(|| view! { <LocalMark kpi=id.clone() field=Field::Text(text)/> })
        }
    };
    let any_rewritten = !rewritten.is_empty();
    // Only a row this device edited has marks to show: a card without builds none of the
    // six (a page holds 47 cards, and most visits have no edits).
    let local_mark = {
        let id = row.id.clone();
        move |field: Field| edited.then(|| view! { <LocalMark kpi=id.clone() field/> })
    };
    // The achievement's year: the FY2023 columns, or a later sheet's actual and target,
    // shown as the figures the rate is made of.
    let basis_year = achievement_basis(&row).year;
    let later_basis = basis_year > Column::ActualFy2023.default_fiscal_year();
    let latest = row
        .later_actuals
        .iter()
        .next_back()
        .filter(|(year, _)| !later_basis || **year > basis_year)
        .map(|(year, v)| (*year, cell(&row, v, None, lang).text));
    let later_pair = later_basis.then(|| {
        [
            Field::LaterActual(basis_year),
            Field::LaterTarget(basis_year),
        ]
        .map(|field| {
            let value = match field {
                Field::LaterActual(y) => row.later_actuals.get(&y),
                _ => row.later_targets.get(&basis_year),
            };
            (
                field,
                value
                    .map(|v| cell(&row, v, None, lang).text)
                    .unwrap_or_default(),
            )
        })
    });
    let id = row.id.clone();
    // The link carries the current mode (kiosk, language, embedding) like every other.
    let href = {
        let id = id.clone();
        move || state.home.with(|home| home.open(&id).href())
    };
    // A plain link to the indicator (good for sharing and new tabs); a click opens it
    // over the current list so Back returns to the same filtered view.
    let open_detail = move |ev: leptos::ev::MouseEvent| {
        if !stays_in_place(&ev, state.view.with_untracked(|v| v.kiosk.is_some())) {
            return;
        }
        ev.prevent_default();
        state.update(HistoryMode::Push, |v| *v = v.open(&id));
    };
    let has_delay_reason = row.delay_reason.is_some();
    let heading_id = format!("kpi-{}", row.id);
    let labelled_by = heading_id.clone();
    let kind = match row.kind {
        Kind::NumericalTarget => m.numerical_target,
        Kind::Kpi => m.kpi,
    };
    view! {
        <article class=format!("card status-{}", row.status.key()) data-kpi=row.id.clone() aria-labelledby=labelled_by>
            <header class="card-head">
                <p class="card-kind"><span class="tag">{ruby_view(kind)}</span> " " {row.id.clone()}</p>
                <h3 id=heading_id class="card-title">
                    <a class="card-link" href=href on:click=open_detail>{ruby_view(&shown_name)}</a>
                </h3>
                <OfficialName name=official lang/>
                <AssessmentPair row=row.clone() lang/>
                {local_mark(Field::Status)}
            </header>
            <p class="card-place">{ruby_view(&place)}</p>
            <p class="card-dept">{ruby_view(m.responsible)} {ruby_view(&department)}</p>
            {track(&row, lang).map(|track| view! { <CardTrack track lang/> })}
            <dl class="card-figures">
                {match later_pair {
                    None => [Column::ActualFy2023, Column::TargetFy2023].map(|column| view! {
                        <div>
                            <dt>{ruby_view(m.column(column))}</dt>
                            <dd>
                                <PrintedValue value=row.values.get(column).clone() column text=figure_cell(&row, row.values.get(column), Some(column), lang) lang/>
                                {local_mark(Field::Value(column))}
                            </dd>
                        </div>
                    }.into_any()).into_iter().collect_view(),
                    Some(pair) => pair.map(|(field, text)| view! {
                        <div class="basis-figure">
                            <dt>{ruby_view(&lang.field_label(field))}</dt>
                            <dd><span class="printed">{ruby_view(&text)}</span> {local_mark(field)}</dd>
                        </div>
                    }.into_any()).into_iter().collect_view(),
                }}
                {[Column::TargetFinal].map(|column| view! {
                    <div>
                        <dt>{ruby_view(m.column(column))}</dt>
                        <dd>
                            <PrintedValue value=row.values.get(column).clone() column text=figure_cell(&row, row.values.get(column), Some(column), lang) lang/>
                            {local_mark(Field::Value(column))}
                        </dd>
                    </div>
                }).into_iter().collect_view()}
                {latest.map(|(year, value)| view! {
                    <div class="latest-actual">
                        <dt>{ruby_view(&(m.later_actual)(year))}</dt>
                        <dd>
                            <span class="printed">{ruby_view(&value)}</span>
                            {local_mark(Field::LaterActual(year))}
                        </dd>
                    </div>
                })}
                <div>
                    <dt>{ruby_view(&(m.achievement)(basis_year))}</dt>
                    <dd class="achievement">
                        {ruby_view(&achievement.text)}
                        {achievement.years_differ.map(|text| view! { <span class="year-note">{ruby_view(&text)}</span> })}
                    </dd>
                </div>
            </dl>
            {row.local_note.clone().map(|note| view! {
                <p class="local-note"><span class="local-badge">{ruby_view(m.local_note)}</span> " " {note}</p>
            })}
            // The city's texts are built when opened: most cards are never opened, and with
            // readings over every kanji (easy Japanese) they would be most of the page.
            <Disclosure class="card-texts" summary=move || view! {
                {ruby_view(m.texts_summary)} {has_delay_reason.then(|| ruby_view(m.texts_summary_delay))}
                {any_rewritten.then(|| view! { " " <span class="local-badge">{ruby_view(m.local_badge)}</span> })}
            }>
                {
                    // Opened: the rows' long texts are fetched now if they are not here.
                    state.texts.request();
                    let mark = mark.clone();
                    move || {
                        let texts = state.data.with(|d| CityTexts::of(&d.indicators[index]));
                        texts_view(texts, state.texts.arrived(), state.texts.failed(), lang, &mark)
                    }
                }
            </Disclosure>
        </article>
    }
}

/// The city's own texts of a row, for when the card's texts are opened.
struct CityTexts {
    delay_reason: Option<String>,
    initiatives: String,
    challenges: String,
    plans: String,
}

impl CityTexts {
    fn of(row: &crate::domain::Indicator) -> CityTexts {
        CityTexts {
            delay_reason: row.delay_reason.clone(),
            initiatives: row.initiatives.clone(),
            challenges: row.challenges.clone(),
            plans: row.plans.clone(),
        }
    }
}

/// The card's opened texts: the city's words once they are here; until then what is
/// happening (while they are on their way, or why they are not).
fn texts_view<Mark: IntoView>(
    row: CityTexts,
    arrived: bool,
    failed: bool,
    lang: Lang,
    mark: &impl Fn(SheetText) -> Mark,
) -> AnyView {
    let m = Messages::of(lang);
    if !arrived {
        return match failed {
            true => view! { <p class="section-note" role="alert" data-texts-missing="">{ruby_view(m.texts_missing)}</p> }.into_any(),
            false => view! { <p class="section-note" aria-busy="true" data-texts-loading="">{ruby_view(m.texts_loading)}</p> }.into_any(),
        };
    }
    view! {
        {m.official_text_note.map(|note| view! { <p class="section-note">{ruby_view(note)}</p> })}
        {row.delay_reason.clone().map(|reason| view! {
            <h4>{ruby_view(m.delay_reason)}</h4>
            {mark(SheetText::DelayReason)}
            <OfficialText text=reason lang/>
        })}
        <h4>{ruby_view(m.initiatives)}</h4>
        {mark(SheetText::Initiatives)}
        <OfficialText text=row.initiatives.clone() lang/>
        <h4>{ruby_view(m.challenges)}</h4>
        {mark(SheetText::Challenges)}
        <OfficialText text=row.challenges.clone() lang/>
        <h4>{ruby_view(m.plans)}</h4>
        {mark(SheetText::Plans)}
        <OfficialText text=row.plans.clone() lang/>
    }
    .into_any()
}
