use leptos::prelude::*;

use crate::domain::edits::exchange::shown_text;
use crate::domain::edits::Field;
use crate::domain::i18n::Messages;
use crate::state::AppState;
use crate::ui::widgets::text::tr;

/// Marks a figure edited on this device, with the city's official figure one tap away.
/// Renders nothing for official figures.
#[component]
pub fn LocalMark(
    /// Indicator id.
    #[prop(into)]
    kpi: String,
    /// The field shown next to this mark.
    field: Field,
) -> impl IntoView {
    let state = AppState::expect();
    let edits = state.edits;
    let kpi = StoredValue::new(kpi);
    let edited = Memo::new(move |_| {
        !edits.official_only.get()
            && kpi.with_value(|kpi| edits.edits.with(|s| s.get(kpi, field).is_some()))
    });
    move || {
        edited.get().then(|| {
            // Looked up only for a mark that shows: a page holds a few hundred marks, and
            // most visits have no edits at all.
            let official_text = state.official.with_value(|d| {
                kpi.with_value(|kpi| {
                    d.indicators
                        .iter()
                        .find(|r| &r.id == kpi)
                        .map(|r| shown_text(r, field, state.lang.get()))
                })
            });
            let official_text = official_text.unwrap_or_default();
            view! {
                <details class="local-mark">
                    <summary><span class="local-badge">{tr(|m: &Messages| m.local_badge)}</span></summary>
                    <span class="official-value">{tr(|m: &Messages| m.official_value)} {official_text}</span>
                </details>
            }
        })
    }
}
