use leptos::prelude::*;

use crate::domain::i18n::Messages;
use crate::domain::Status;
use crate::ui::widgets::text::tr;

/// The symbol that carries a status without colour: ◎ 順調, ○ 概ね順調, ▲ 遅れ.
pub fn status_icon(status: Status) -> &'static str {
    match status {
        Status::OnTrack => "◎",
        Status::MostlyOnTrack => "○",
        Status::Delayed => "▲",
    }
}

/// The city's published status as icon + text (never colour alone).
#[component]
pub fn StatusBadge(
    /// The status to show.
    status: Status,
) -> impl IntoView {
    view! {
        <span class=format!("status status-{}", status.key())>
            <span class="status-icon" aria-hidden="true">{status_icon(status)}</span>
            <span class="status-text">{tr(move |m: &Messages| m.status(status))}</span>
        </span>
    }
}
