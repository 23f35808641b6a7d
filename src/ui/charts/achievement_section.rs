use leptos::prelude::*;

use crate::domain::charts::achievement::chart_year;

use crate::domain::charts::achievement::achievement_chart;
use crate::domain::describe::shown::{html_text, name};
use crate::domain::i18n::reader_words::ReaderWords;
use crate::domain::i18n::Messages;
use crate::domain::i18n::Words;
use crate::state::{AppState, HistoryMode};
use crate::ui::charts::chart_view::ChartView;
use crate::ui::widgets::text::{ruby_view, tr};
use crate::web::echarts::ChartClick;

/// Every indicator's FY2023 achievement in one sorted chart; a bar opens its detail.
#[component]
pub fn AchievementSection() -> impl IntoView {
    let state = AppState::expect();
    let chart = Memo::new(move |_| state.data.with(|d| achievement_chart(d, state.lang.get())));
    let on_click = Callback::new(move |click: ChartClick| {
        let Some(id) = chart.with_untracked(|c| c.ids.get(click.data_index).cloned()) else {
            return;
        };
        state.update(HistoryMode::Push, |v| *v = v.open(&id));
    });
    let left_out = move || {
        state.data.with(|d| {
            let lang = state.lang.get();
            let words = ReaderWords::of(lang);
            let list = chart
                .read()
                .left_out
                .iter()
                .filter_map(|(id, reason)| {
                    d.indicators
                        .iter()
                        .find(|i| &i.id == id)
                        .map(|i| (words.with_note)(&name(i, lang), reason))
                })
                .collect::<Vec<_>>()
                .join(words.list_separator);
            ruby_view(&html_text(&list, lang))
        })
    };
    view! {
        <section class="achievement-section" aria-labelledby="achievement-title">
            <h2 id="achievement-title">{tr(move |m: &Messages| (m.achievement_title)(state.data.with(|d| chart_year(d.indicators.iter()))))}</h2>
            <p class="section-note">{tr(|m: &Messages| m.achievement_note)}</p>
            <ChartView id="achievement-chart" spec=Signal::derive(move || chart.with(|c| c.spec.clone()))
                file_name="achievement".to_string() on_click/>
            <p class="section-note">{tr(|m: &Messages| m.not_computable_list)} {left_out}</p>
        </section>
    }
}
