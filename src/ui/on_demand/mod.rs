//! Views most visits never show, each group in a wasm module of its own (one file here per
//! module): the release build
//! splits them, and all code only they reach, off the main module (xtask/src/split.rs),
//! and the first of them shown downloads its module.
//! - `staff`: edit mode's panel and form, the draft sheet (city staff);
//! - `open_data`: the sheet as CSV, JSON and a data package (`?view=data`);
//! - `editions`: what the shown edition changed since the one before (`?view=changes`);
//! - `kiosk`: the city-hall kiosk's start screen, idle reset and QR code (`?kiosk=1`; the
//!   kiosk's service worker keeps the module, so it stays a kiosk offline);
//! - `spreadsheet`: the draft sheet as an Excel workbook and a filled workbook read back,
//!   fetched when staff export or choose an .xlsx file (not views: functions);
//! - `charts`: the overview's folded charts and the chart pages (`?chart=`), with the
//!   writer of ECharts options (`web::echarts`), fetched with ECharts when a chart is shown;
//! - `print_qr`: the printed footer's QR encoder, fetched once the app is live and idle
//!   (only by a build with a public address, the only one that prints a QR code);
//! - `stored_edits` (in `state::edits`): the reader of edits stored on this device, fetched
//!   before the app is built only when there are some;
//! - `detail`: one indicator's page. Most visits open one, so it is fetched as soon as the
//!   app is live and the browser is idle ([`detail::prefetch_detail`]): a tap finds it there, and
//!   the start-up does not wait for it. A link to a detail fetches it at once.
//!
//! A view that shows the rows' long texts waits for them too ([`on_demand_with_texts`]).
//! A failed download shows a message instead of aborting the app; the next try fetches
//! again.
//!
//! A module's function returns the view's builder, not the view: the builder runs in
//! [`on_demand`]'s own reactive closure, so the view's signals and effects belong to the
//! place it is shown in and go with it, and a signal read while building does not build
//! the view again.

pub mod charts;
pub mod detail;
pub mod editions;
pub mod kiosk;
pub mod open_data;
pub mod print_qr;
pub mod spreadsheet;
pub mod staff;

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::i18n::Messages;
use crate::domain::i18n::Words;
use crate::state::AppState;
use crate::ui::widgets::text::ruby_text;

/// Builds a view from a module loaded on demand.
pub type Build = Arc<dyn Fn() -> AnyView + Send + Sync>;

/// A module could not be downloaded (offline without a cache, or a failed request).
pub struct PartMissing;

impl From<leptos::wasm_split::SplitLoaderError> for PartMissing {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        PartMissing
    }
}

/// The view `load` builds once the module is there (in the same task when it already is),
/// or the message that it is missing.
pub fn on_demand(
    load: impl Future<Output = Result<Build, PartMissing>> + 'static,
) -> impl IntoView {
    shown_when_loaded(Box::pin(load), false, None)
}

/// [`on_demand`] for a part opened by a tap in a page already shown (the charts' fold):
/// until the module is there, the place it opened says what is coming instead of staying
/// empty.
pub fn on_demand_saying(
    load: impl Future<Output = Result<Build, PartMissing>> + 'static,
    waiting: fn(&Messages) -> &'static str,
) -> impl IntoView {
    shown_when_loaded(Box::pin(load), false, Some(waiting))
}

/// [`on_demand`] for a view that shows or exports the rows' long texts: they are fetched
/// beside the module (`state::long_texts`), and the view is built once both are here.
pub fn on_demand_with_texts(
    load: impl Future<Output = Result<Build, PartMissing>> + 'static,
) -> impl IntoView {
    shown_when_loaded(Box::pin(load), true, None)
}

/// One body for every module (the future boxed), not one copy per module in the main module.
fn shown_when_loaded(
    load: Pin<Box<dyn Future<Output = Result<Build, PartMissing>>>>,
    with_texts: bool,
    waiting: Option<fn(&Messages) -> &'static str>,
) -> AnyView {
    let state = AppState::expect();
    let lang = state.lang;
    let missing = Signal::derive(move || Messages::of(lang.get()).part_missing.to_string());
    let part = RwSignal::new(None::<Result<Build, ()>>);
    if with_texts {
        state.texts.request();
    }
    leptos::task::spawn_local(async move {
        let mut loaded = load.await.map_err(|PartMissing| ());
        if with_texts && loaded.is_ok() && !state.texts.ready().await {
            loaded = Err(());
        }
        let _ = part.try_set(Some(loaded));
    });
    (move || match part.get() {
        None => match waiting {
            Some(words) => view! {
                <p class="section-note" role="status">{ruby_text(Signal::derive(move || words(Messages::of(lang.get())).to_string()))}</p>
            }
            .into_any(),
            None => ().into_any(),
        },
        Some(Ok(build)) => untrack(|| build()),
        Some(Err(())) => view! {
            <p class="section-note" role="alert" data-chunk-error="">{ruby_text(missing)}</p>
        }
        .into_any(),
    })
    .into_any()
}
