use std::rc::Rc;
use std::sync::Arc;

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::charts::ChartSpec;
use crate::domain::i18n::plain;
use crate::domain::i18n::Messages;
use crate::state::AppState;
use crate::ui::widgets::disclosure::Disclosure;
use crate::ui::widgets::text::{ruby_view, tr};
use crate::web::echarts::{option_json, ChartClick, LiveChart};
use crate::web::observers::NearViewport;
use crate::web::tasks::next_task;

/// An ECharts chart with its text alternatives: an accessible name, a short summary,
/// a data table to open, and a PNG download. The instance is created once when both the
/// element and ECharts exist, updated with `setOption` when the option changes, resized
/// with its container, and disposed when the view unmounts. When ECharts cannot be
/// loaded, the table is shown open instead of a chart.
#[component]
pub fn ChartView(
    /// The chart and its text alternatives, built in the domain.
    #[prop(into)]
    spec: Signal<ChartSpec>,
    /// Start of the PNG download's file name (an id); the chart's title follows it.
    #[prop(into)]
    file_name: Signal<String>,
    /// Called with the series and data index of a clicked element.
    #[prop(optional)]
    on_click: Option<Callback<ChartClick>>,
    /// Id prefix, unique on the page.
    id: &'static str,
) -> impl IntoView {
    let state = AppState::expect();
    // The first chart on the page is what loads ECharts.
    crate::web::echarts::want();
    let canvas = NodeRef::<Div>::new();
    let live = StoredValue::new_local(None::<LiveChart>);
    let failed = RwSignal::new(false);
    // The option as JSON, written by the charts module, which downloads alongside ECharts.
    // Only the latest option's JSON is kept, and the same JSON again draws nothing new.
    let json = RwSignal::new(None::<String>);
    let written = StoredValue::new(0_u32);
    Effect::new(move |_| {
        let chart = spec.with(|s| Arc::clone(&s.option));
        written.update_value(|n| *n += 1);
        let ticket = written.get_value();
        leptos::task::spawn_local(async move {
            let result = option_json(chart).await;
            if written.try_get_value() != Some(ticket) {
                return;
            }
            match result {
                Ok(text) => {
                    if json.try_with_untracked(|j| j.as_deref() != Some(text.as_str()))
                        == Some(true)
                    {
                        json.set(Some(text));
                    }
                }
                Err(error) => {
                    leptos::logging::warn!("chart module failed: {error:?}");
                    let _ = failed.try_set(true);
                }
            }
        });
    });
    let title = Memo::new(move |_| spec.with(|s| s.title.clone()));
    let summary = Memo::new(move |_| spec.with(|s| s.summary.clone()));
    Effect::new(move |_| {
        if state.charts.failed.get() {
            failed.set(true);
        }
    });

    // Drawn once near the viewport (or when printing), not while far down the page.
    let near = RwSignal::new(false);
    let watch = StoredValue::new_local(None::<NearViewport>);
    Effect::new(move |_| {
        if let Some(element) = canvas.get() {
            watch.set_value(Some(NearViewport::watch(&element, move || near.set(true))));
        }
    });
    on_cleanup(move || watch.set_value(None));

    // Each chart is first drawn in a task of its own, not in the one that loaded ECharts
    // or scrolled the page, so no single task grows long.
    let drawable = RwSignal::new(false);
    Effect::new(move |_| {
        if state.charts.ready.get()
            && (near.get() || state.printing.get())
            && !drawable.get_untracked()
        {
            next_task(move || {
                let _ = drawable.try_set(true);
            });
        }
    });

    let built_dark = StoredValue::new(None::<bool>);
    Effect::new(move |_| {
        let Some(json) = json.get() else { return };
        let dark = state.theme.dark.get();
        if !drawable.get() {
            return;
        }
        let Some(element) = canvas.get() else { return };
        live.update_value(|slot| {
            // ECharts themes are fixed at init: a theme change means a new instance.
            if built_dark.get_value() != Some(dark) {
                drop(slot.take());
            }
            if slot.is_none() {
                let element: web_sys::HtmlElement = element.unchecked_into();
                let click = on_click
                    .map(|cb| Rc::new(move |c: ChartClick| cb.run(c)) as Rc<dyn Fn(ChartClick)>);
                match LiveChart::new(&element, dark, click) {
                    Ok(chart) => {
                        *slot = Some(chart);
                        built_dark.set_value(Some(dark));
                    }
                    Err(error) => {
                        leptos::logging::warn!("chart init failed: {error:?}");
                        failed.set(true);
                    }
                }
            }
            if let Some(chart) = slot {
                if chart.set_option_json(&json).is_err() {
                    failed.set(true);
                }
            }
        });
    });
    on_cleanup(move || live.update_value(|slot| drop(slot.take())));

    let download = move |_| {
        live.with_value(|slot| {
            let Some(chart) = slot else { return };
            let (background, foreground) = if state.theme.dark.get_untracked() {
                ("#111418", "#e8ecf0")
            } else {
                ("#ffffff", "#1b1f24")
            };
            // The title goes into the image, so a saved chart still says what it shows.
            let url = chart.titled_png_data_url(&title.get_untracked(), background, foreground);
            let Ok(anchor) = document().create_element("a") else {
                return;
            };
            let anchor: web_sys::HtmlAnchorElement = anchor.unchecked_into();
            anchor.set_href(&url);
            anchor.set_download(&spec.with_untracked(|s| s.file_name(&file_name.get_untracked())));
            anchor.click();
        });
    };

    let table_open = RwSignal::new(false);
    Effect::new(move |_| {
        if failed.get() {
            table_open.set(true);
        }
    });
    let caption_id = format!("{id}-caption");
    let labelled_by = caption_id.clone();
    view! {
        <figure class="chart" aria-labelledby=labelled_by data-chart=id>
            <figcaption id=caption_id>
                <span class="chart-title">{move || title.with(|t| ruby_view(t))}</span>
                <span class="chart-summary">{move || summary.with(|t| ruby_view(t))}</span>
            </figcaption>
            <Show when=move || !state.charts.ready.get() || json.with(Option::is_none) || failed.get()>
                <p class="chart-placeholder">
                    {move || if failed.get() { tr(|m: &Messages| m.chart_failed).into_any() } else { tr(|m: &Messages| m.chart_loading).into_any() }}
                </p>
            </Show>
            // ECharts owns this element's children; leptos never renders into it.
            <div class="chart-canvas" node_ref=canvas role="img"
                aria-label=move || plain(&format!("{}: {}", title.get(), summary.get()))
                hidden=move || failed.get()
                style:height=move || format!("{}px", spec.with(|s| s.height))></div>
            // A kiosk PC is not where visitors keep files.
            <div class="chart-actions" hidden=move || state.view.with(|v| v.kiosk.is_some())>
                <button type="button" class="button button-small" on:click=download disabled=move || !state.charts.ready.get() || failed.get()>
                    {tr(|m: &Messages| m.save_png)}
                </button>
            </div>
            // The table is built when opened: most readers never open it, and at start-up
            // its rows would cost more than the chart.
            <Disclosure class="chart-table" open=table_open summary=|| tr(|m: &Messages| m.data_table)>
                {move || spec.with(|s| { let t = &s.table; view! {
                    <table>
                        <caption>{ruby_view(&t.caption)}</caption>
                        <thead><tr>{t.headers.iter().map(|h| view! { <th scope="col">{ruby_view(h)}</th> }).collect_view()}</tr></thead>
                        <tbody>
                            {t.rows.iter().map(|row| view! {
                                <tr>
                                    {row.iter().enumerate().map(|(i, cell)| if i == 0 {
                                        view! { <th scope="row">{ruby_view(cell)}</th> }.into_any()
                                    } else {
                                        view! { <td>{ruby_view(cell)}</td> }.into_any()
                                    }).collect_view()}
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }})}
            </Disclosure>
        </figure>
    }
}
