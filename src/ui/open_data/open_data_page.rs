use leptos::prelude::*;

use crate::domain::exports::open_data::{
    csv_file, datapackage_json, json_file, sheet_csv, sheet_json, LICENCE_URL, PACKAGE_FILE,
};
use crate::domain::i18n::info_words::InfoWords;
use crate::state::AppState;
use crate::ui::frame::PUBLIC_URL;
use crate::ui::widgets::nav_link::{focus_page_top, NavLink};
use crate::ui::widgets::text::tr;
use crate::web::download::download_text;

#[derive(Clone, Copy)]
enum OpenFile {
    Csv,
    Json,
    Package,
}

/// The app's address for the indicators' addresses in the CSV: this page's own, where it
/// is served over the web; else the build's public address; else none (relative), so
/// that a copy opened from a disk never writes a local path into published data.
fn app_address() -> String {
    let location = leptos::prelude::window().location();
    let protocol = location.protocol().unwrap_or_default();
    if protocol == "https:" || protocol == "http:" {
        let origin = location.origin().unwrap_or_default();
        let path = location.pathname().unwrap_or_default();
        return format!("{origin}{path}");
    }
    PUBLIC_URL.unwrap_or_default().to_string()
}

/// `?view=data`: the official sheet as machine-readable files, made in the browser so
/// they work offline and from the single-file copy too.
#[component]
pub fn OpenDataPage() -> impl IntoView {
    let state = AppState::expect();
    let back = Signal::derive(move || state.view.with(|v| v.back()));
    let in_kiosk = move || state.view.with(|v| v.kiosk.is_some());
    // Official figures only: local edits never become open data.
    let download = move |file: OpenFile| {
        state.official.with_value(|data| match file {
            OpenFile::Csv => download_text(
                &csv_file(data),
                "text/csv;charset=utf-8",
                &sheet_csv(data, &app_address()),
            ),
            OpenFile::Json => {
                download_text(&json_file(data), "application/json", &sheet_json(data))
            }
            OpenFile::Package => {
                download_text(PACKAGE_FILE, "application/json", &datapackage_json(data))
            }
        })
    };
    focus_page_top("data-title");
    view! {
        <section class="info-page open-data" aria-labelledby="data-title">
            <NavLink to=back class="back-link">{tr(|w: &InfoWords| w.back_to_overview)}</NavLink>
            <h2 id="data-title" tabindex="-1">{tr(|w: &InfoWords| w.data_title)}</h2>
            <p>{tr(|w: &InfoWords| w.data_intro)}</p>
            <ul class="download-list" hidden=in_kiosk>
                <li>
                    <button type="button" class="button" data-download="csv" on:click=move |_| download(OpenFile::Csv)>{tr(|w: &InfoWords| w.data_csv)}</button>
                    <p class="section-note">{tr(|w: &InfoWords| w.data_csv_note)}</p>
                </li>
                <li>
                    <button type="button" class="button" data-download="json" on:click=move |_| download(OpenFile::Json)>{tr(|w: &InfoWords| w.data_json)}</button>
                    <p class="section-note">{tr(|w: &InfoWords| w.data_json_note)}</p>
                </li>
                <li>
                    <button type="button" class="button" data-download="package" on:click=move |_| download(OpenFile::Package)>{tr(|w: &InfoWords| w.data_package)}</button>
                    <p class="section-note">{tr(|w: &InfoWords| w.data_package_note)}</p>
                </li>
            </ul>
            <p class="data-official-only">{tr(|w: &InfoWords| w.data_official_only)}</p>
            // In a kiosk the licence is named, not linked: a kiosk opens no other window or site.
            <p><a href=move || (!in_kiosk()).then_some(LICENCE_URL) rel="license noopener" target=move || (!in_kiosk()).then_some("_blank")>{tr(|w: &InfoWords| w.data_licence)}</a></p>
            <p>{tr(move |w: &InfoWords| (w.data_source)(state.edition_year()))}</p>
            <p>{tr(|w: &InfoWords| w.data_identifiers)}</p>
        </section>
    }
}
