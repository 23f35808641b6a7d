use leptos::prelude::*;

use crate::domain::i18n::Lang;
use crate::domain::{Indicator, Kind};
use crate::ui::widgets::text::ruby_view;

/// What the detail's heading shows of a row: names that edits never change.
#[derive(Debug, Clone, PartialEq)]
pub struct HeadNames {
    pub id: String,
    pub kind: Kind,
    pub name: String,
    pub name_en: String,
}

impl HeadNames {
    pub fn of(row: &Indicator) -> HeadNames {
        HeadNames { id: row.id.clone(), kind: row.kind, name: row.name.clone(), name_en: row.name_en.clone() }
    }
}

/// The indicator's kind and id, its name as the page's heading, and its name in the other
/// language.
#[component]
pub fn DetailHead(
    /// The names shown.
    head: HeadNames,
    /// The language shown.
    lang: Lang,
) -> impl IntoView {
    let m = lang.messages();
    let kind = if head.kind == Kind::NumericalTarget { m.numerical_target } else { m.kpi };
    let other = if lang.uses_english_names() {
        view! { <p class="detail-en" lang="ja">{head.name.clone()}</p> }.into_any()
    } else {
        view! { <p class="detail-en" lang="en">{head.name_en.clone()}</p> }.into_any()
    };
    view! {
        <p class="card-kind"><span class="tag">{ruby_view(kind)}</span> " " {head.id.clone()}</p>
        <h2 id="detail-title" tabindex="-1">{lang.name(&head.name, &head.name_en).to_string()}</h2>
        {other}
    }
}
