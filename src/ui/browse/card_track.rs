use leptos::prelude::*;

use crate::domain::i18n::track_words::TrackWords;
use crate::domain::i18n::Lang;
use crate::domain::i18n::Words;
use crate::domain::progress::track::Track;
use crate::ui::widgets::text::ruby_view;

/// A card's small bar from the baseline to the final target. The words carry it all
/// (the share with its year, the baseline with its); the bar is drawn for the eye only,
/// and the final target is named at its end (its figure and year are on the card once).
#[component]
pub fn CardTrack(track: Track, lang: Lang) -> impl IntoView {
    let w = TrackWords::of(lang);
    let percent = (track.filled * 100.0).round();
    view! {
        <div class="track">
            <p class="track-share">{ruby_view(w.caption)} ": " <strong>{ruby_view(&track.share)}</strong></p>
            <div class="track-bar" aria-hidden="true">
                <span class="track-fill" style=format!("width: {percent}%")></span>
            </div>
            <p class="track-ends">
                <span>{ruby_view(w.from)} " " {ruby_view(&track.baseline.year)} ": " {ruby_view(&track.baseline.figure)}</span>
                <span class="track-end">{ruby_view(w.to)}</span>
            </p>
        </div>
    }
}
