use leptos::prelude::*;

use crate::domain::edits::exchange::edits_json;
use crate::domain::exports::draft_sheet::DraftSheet;
use crate::domain::exports::draft_sheet_csv::{draft_sheet_csv, file_name};
use crate::domain::i18n::sheet_words::SheetWords;
use crate::state::edits::now_iso;
use crate::state::AppState;
use crate::ui::widgets::text::tr;
use crate::web::download::{date_part, download_text, local_date};

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

/// The two exports staff need: the draft sheet as CSV for Excel (of `department`'s rows,
/// or all), and this device's edits as JSON to move them to another device.
#[component]
pub fn SheetExports(
    /// The department whose rows the CSV holds; `None` for the whole sheet.
    #[prop(into)]
    department: Signal<Option<String>>,
) -> impl IntoView {
    let state = AppState::expect();
    let export_csv = move |_| {
        let sheet = untrack(|| current_draft(state, department.get().as_deref()));
        let (y, m, d) = local_date();
        let name = file_name(&sheet, &format!("{y}-{m:02}-{d:02}"));
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
