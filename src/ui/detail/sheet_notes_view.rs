use leptos::prelude::*;

use crate::domain::cells::sheet_notes::SheetNote;
use crate::domain::i18n::progress_ui_words::ProgressUiWords;
use crate::domain::i18n::progress_words::sheet_note_text;
use crate::domain::i18n::Lang;
use crate::domain::i18n::Words;
use crate::ui::widgets::text::ruby_view;

/// The sheet's notes on this row and our notes on its targets. A footnote of the sheet is
/// the city's own text: shown in Japanese, marked as official, with a summary in the other
/// languages; the other notes are the app's words.
#[component]
pub fn SheetNotesView(
    /// The notes that apply to the row.
    notes: Vec<SheetNote>,
    /// The dataset's footnotes, which `SheetNote::Footnote` points into.
    footnotes: Vec<String>,
    /// The language shown.
    lang: Lang,
) -> impl IntoView {
    let w = ProgressUiWords::of(lang);
    (!notes.is_empty()).then(|| {
        view! {
            <section class="sheet-notes" aria-labelledby="sheet-notes-title">
                <h4 id="sheet-notes-title">{ruby_view(w.notes_title)}</h4>
                <ul>
                    {notes.into_iter().map(|note| match note {
                        SheetNote::Footnote { index } => {
                            let official = footnotes.get(index).cloned().unwrap_or_default();
                            let summary = (lang != Lang::Ja).then(|| sheet_note_text(&note, &footnotes, lang));
                            view! {
                                <li class="sheet-footnote">
                                    <p class="official-label">{ruby_view(w.official_footnote)}</p>
                                    <blockquote lang="ja" data-official="footnote">{official}</blockquote>
                                    {summary.map(|text| view! { <p>{ruby_view(&text)}</p> })}
                                </li>
                            }.into_any()
                        }
                        other => view! { <li>{ruby_view(&sheet_note_text(&other, &footnotes, lang))}</li> }.into_any(),
                    }).collect_view()}
                </ul>
            </section>
        }
    })
}
