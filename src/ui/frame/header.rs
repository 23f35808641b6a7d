use leptos::prelude::*;

use super::BUILD_DATE;
use crate::domain::i18n::Lang;
use crate::state::theme::Theme;
use crate::state::AppState;
use crate::ui::widgets::text::{tr, tr_plain, tr_sheet};

/// The sheet's title, the date its figures are as of, the language switch and (outside
/// kiosks) the edit-mode toggle.
#[component]
pub fn Header() -> impl IntoView {
    let state = AppState::expect();
    let edits_shown = Memo::new(move |_| state.edits_shown());
    let title = state.official.with_value(|d| d.title.clone());
    view! {
        <header class="site-header">
            <div class="header-top">
                <p class="site-kicker">{tr(|m| m.kicker)}</p>
                <div class="header-switches">
                    <LanguageSwitch/>
                    <Show when=move || state.view.with(|v| v.kiosk.is_none())>
                        <ThemeSwitch/>
                    </Show>
                </div>
            </div>
            <h1 class="site-title">{title}</h1>
            <p class="as-of">
                {move || if edits_shown.get() { tr_sheet(|w| w.as_of_with_edits).into_any() } else { tr(|m| m.as_of).into_any() }}
                {BUILD_DATE.map(|date| view! { <span class="build-date">{tr(move |m| (m.build_date)(date))}</span> })}
            </p>
            <Show when=move || state.edits.edit_mode.get()>
                <p class="edit-mode-flag">{tr(|m| m.edit_mode_flag)}</p>
            </Show>
            <div class="header-tools" hidden=move || state.view.with(|v| v.kiosk.is_some())>
                <button type="button" class="button edit-toggle"
                    aria-pressed=move || state.edits.edit_mode.get().to_string()
                    on:click=move |_| state.edits.edit_mode.update(|on| *on = !*on)>
                    {move || if state.edits.edit_mode.get() { tr(|m| m.edit_mode_end).into_any() } else { tr(|m| m.edit_mode).into_any() }}
                </button>
            </div>
        </header>
    }
}

/// Automatic (the system's setting), light or dark.
#[component]
fn ThemeSwitch() -> impl IntoView {
    let state = AppState::expect();
    let label = tr_plain(|m| m.theme);
    view! {
        <div class="language-switch theme-switch" role="group" aria-label=label>
            {Theme::ALL.into_iter().enumerate().map(|(i, theme)| view! {
                <button type="button" class="lang-button"
                    aria-pressed=move || (state.theme.theme.get() == theme).to_string()
                    on:click=move |_| state.theme.theme.set(theme)>
                    {tr(move |m| m.themes[i])}
                </button>
            }).collect_view()}
        </div>
    }
}

/// 日本語 / English / やさしい日本語, each named in its own language.
#[component]
fn LanguageSwitch() -> impl IntoView {
    let state = AppState::expect();
    view! {
        <div class="language-switch" role="group" aria-label="表示言語 / Language">
            {Lang::ALL.into_iter().map(|lang| view! {
                <button type="button" class="lang-button" lang=lang.html_lang()
                    aria-pressed=move || (state.lang.get() == lang).to_string()
                    on:click=move |_| state.set_language(lang)>
                    {lang.endonym()}
                </button>
            }).collect_view()}
        </div>
    }
}
