use leptos::prelude::*;

use crate::domain::edits::exchange::edits_json;
use crate::domain::exports::draft_sheet::DraftSheet;
use crate::domain::exports::draft_sheet_csv::{draft_sheet_csv, file_name};
use crate::domain::i18n::sheet_words::SheetWords;
use crate::domain::i18n::Words;
use crate::state::edits::now_iso;
use crate::state::AppState;
use crate::ui::on_demand::spreadsheet::workbook_of;
use crate::ui::widgets::text::{ruby_view, tr};
use crate::web::download::{date_part, download_bytes, download_text, local_date};

const XLSX_TYPE: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// The draft sheet as shown now: the official sheet with this device's edits, unless the
/// user asked for the official figures only. Reads the state tracked, so a memo follows it.
pub fn current_draft(state: AppState, department: Option<&str>) -> DraftSheet {
    let with_edits = !state.edits.official_only.get();
    state.official.with_value(|official| {
        state.data.with(|shown| {
            state.edits.edits.with(|set| {
                DraftSheet::build(official, shown, with_edits.then_some(set), department)
            })
        })
    })
}

/// The exports staff need: the draft sheet as an Excel workbook and as CSV (of
/// `department`'s rows, or all), and this device's edits as JSON to move them to another
/// device or keep a backup.
#[component]
pub fn SheetExports(
    /// The department whose rows the CSV holds; `None` for the whole sheet.
    #[prop(into)]
    department: Signal<Option<String>>,
) -> impl IntoView {
    let state = AppState::expect();
    let today = || {
        let (y, m, d) = local_date();
        format!("{y}-{m:02}-{d:02}")
    };
    // The workbook's writer is a module of its own, fetched at the first press.
    let making_workbook = RwSignal::new(false);
    let workbook_failed = RwSignal::new(false);
    let export_xlsx = move |_| {
        let sheet = untrack(|| current_draft(state, department.get().as_deref()));
        let name = file_name(&sheet, &today(), "xlsx");
        making_workbook.set(true);
        workbook_failed.set(false);
        leptos::task::spawn_local(async move {
            match workbook_of(sheet).await {
                Ok(Ok(bytes)) => download_bytes(&name, XLSX_TYPE, &bytes),
                _ => workbook_failed.set(true),
            }
            making_workbook.set(false);
        });
    };
    let export_csv = move |_| {
        let sheet = untrack(|| current_draft(state, department.get().as_deref()));
        let name = file_name(&sheet, &today(), "csv");
        download_text(&name, "text/csv;charset=utf-8", &draft_sheet_csv(&sheet));
    };
    let export_edits = move |_| {
        let now = now_iso();
        let text = state
            .edits
            .edits
            .with_untracked(|set| edits_json(set, &now));
        download_text(
            &format!("isesaki-kpi-edits-{}.json", date_part(&now)),
            "application/json",
            &text,
        );
    };
    view! {
        <ul class="download-list sheet-exports">
            <li>
                <button type="button" class="button" data-download="draft-sheet-xlsx" on:click=export_xlsx disabled=making_workbook aria-busy=move || making_workbook.get().to_string()>{tr(|w: &SheetWords| w.export_xlsx)}</button>
                <p class="section-note">{tr(|w: &SheetWords| w.export_xlsx_note)}</p>
                <Show when=move || workbook_failed.get()>
                    <p class="section-note" role="alert">{move || ruby_view(SheetWords::of(state.lang.get()).export_xlsx_failed)}</p>
                </Show>
            </li>
            <li>
                <button type="button" class="button" data-download="draft-sheet-csv" on:click=export_csv>{tr(|w: &SheetWords| w.export_csv)}</button>
                <p class="section-note">{tr(|w: &SheetWords| w.export_csv_note)}</p>
            </li>
            <li>
                <button type="button" class="button" data-download="edits-json" on:click=export_edits>{tr(|w: &SheetWords| w.export_edits)}</button>
                <p class="section-note">{tr(|w: &SheetWords| w.export_edits_note)}</p>
            </li>
        </ul>
    }
}
