use leptos::prelude::*;

use crate::domain::edits::exchange::shown_text;
use crate::domain::edits::Field;
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
    let official_row = state.official.with_value(|d| d.indicators.iter().find(|r| r.id == kpi).cloned());
    let edited = Memo::new(move |_| !edits.official_only.get() && edits.edits.with(|s| s.get(&kpi, field).is_some()));
    move || {
        edited.get().then(|| {
            let official_text = official_row.as_ref().map(|r| shown_text(r, field, state.lang.get())).unwrap_or_default();
            view! {
                <details class="local-mark">
                    <summary><span class="local-badge">{tr(|m| m.local_badge)}</span></summary>
                    <span class="official-value">{tr(|m| m.official_value)} {official_text}</span>
                </details>
            }
        })
    }
}
