use leptos::prelude::*;

use crate::domain::edits::{text_in, Field, SheetText};
use crate::domain::i18n::Lang;
use crate::domain::i18n::Messages;
use crate::domain::i18n::Words;
use crate::domain::Indicator;
use crate::state::AppState;
use crate::ui::widgets::local_mark::LocalMark;
use crate::ui::widgets::official::OfficialText;
use crate::ui::widgets::text::ruby_view;

/// The row's note from this device, the delay reason and ①②③: the city's words marked
/// as the official text, a text rewritten on this device marked 「この端末で編集」 with the
/// city's text one tap away.
#[component]
pub fn DetailTexts(
    /// The row as shown (edits included).
    row: Indicator,
    /// The language shown.
    lang: Lang,
) -> impl IntoView {
    let state = AppState::expect();
    let m = Messages::of(lang);
    let rewritten = state.texts_rewritten(&row);
    let texts: Vec<(SheetText, String, bool)> = SheetText::ALL
        .into_iter()
        .filter_map(|kind| {
            text_in(&row, kind).map(|text| (kind, text.to_string(), !rewritten.contains(&kind)))
        })
        .collect();
    let section = |kind: SheetText, text: String, is_city: bool| {
        let body = if is_city {
            view! { <OfficialText text lang/> }.into_any()
        } else {
            view! { <p lang="ja" class="local-text">{text}</p> }.into_any()
        };
        view! {
            <section class="detail-text" data-text=kind.key()>
                <h3>{ruby_view(lang.sheet_text_label(kind))}</h3>
                {(!is_city).then(|| view! { <LocalMark kpi=row.id.clone() field=Field::Text(kind)/> })}
                {body}
            </section>
        }
    };
    let (reason, sheet_texts): (Vec<_>, Vec<_>) = texts
        .into_iter()
        .partition(|(kind, _, _)| *kind == SheetText::DelayReason);
    view! {
        {row.local_note.clone().map(|note| view! {
            <section class="detail-text local-note"><h3>{ruby_view(m.local_note)}</h3><p>{note}</p></section>
        })}
        {reason.into_iter().map(|(kind, text, is_city)| section(kind, text, is_city)).collect_view()}
        {m.official_text_note.map(|note| view! { <p class="section-note">{ruby_view(note)}</p> })}
        {sheet_texts.into_iter().map(|(kind, text, is_city)| section(kind, text, is_city)).collect_view()}
    }
}
