use leptos::prelude::*;

use crate::domain::describe::shown::{name, official_name, Named};
use crate::domain::i18n::reader_words::ReaderWords;
use crate::domain::i18n::Lang;
use crate::domain::i18n::Messages;
use crate::domain::i18n::Words;
use crate::domain::{Indicator, Kind};
use crate::ui::widgets::official::OfficialName;
use crate::ui::widgets::text::ruby_view;

/// What the detail's heading shows of a row: names that edits never change.
#[derive(Debug, Clone, PartialEq)]
pub struct HeadNames {
    pub id: String,
    pub kind: Kind,
    pub name: String,
    pub name_en: String,
    pub name_easy: String,
}

impl HeadNames {
    pub fn of(row: &Indicator) -> HeadNames {
        HeadNames {
            id: row.id.clone(),
            kind: row.kind,
            name: row.name.clone(),
            name_en: row.name_en.clone(),
            name_easy: row.name_easy.clone(),
        }
    }
}

impl Named for HeadNames {
    fn names(&self) -> (&str, &str, &str) {
        (&self.name, &self.name_en, &self.name_easy)
    }
}

/// The indicator's kind and id, its name as the page's heading, and under it the English
/// name in 日本語, the official name in the other languages.
#[component]
pub fn DetailHead(
    /// The names shown.
    head: HeadNames,
    /// The language shown.
    lang: Lang,
) -> impl IntoView {
    let m = Messages::of(lang);
    let words = ReaderWords::of(lang);
    let kind = if head.kind == Kind::NumericalTarget {
        m.numerical_target
    } else {
        m.kpi
    };
    let other = match lang {
        Lang::Ja => view! {
            <p class="detail-en">{words.english_name.map(|label| format!("{label}: "))}<span lang="en">{head.name_en.clone()}</span></p>
        }.into_any(),
        Lang::En => view! {
            <p class="detail-en">{words.official_name.map(|label| format!("{label}: "))}<span lang="ja" data-official="">{head.name.clone()}</span></p>
        }.into_any(),
        Lang::JaEasy => view! { <OfficialName name=official_name(&head, lang) lang/> }.into_any(),
    };
    view! {
        <p class="card-kind"><span class="tag">{ruby_view(kind)}</span> " " {head.id.clone()}</p>
        <h2 id="detail-title" tabindex="-1">{ruby_view(&name(&head, lang))}</h2>
        {other}
    }
}
