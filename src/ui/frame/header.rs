use leptos::prelude::*;

use super::BUILD_DATE;
use crate::domain::describe::shown::official_text;
use crate::domain::exports::open_data::SOURCE_SITE;
use crate::domain::i18n::reader_words::ReaderWords;
use crate::domain::i18n::sheet_words::SheetWords;
use crate::domain::i18n::Lang;
use crate::domain::i18n::Messages;
use crate::domain::i18n::Words;
use crate::domain::navigation::view::Page;
use crate::state::theme::Theme;
use crate::state::AppState;
use crate::ui::frame::edition_switch::EditionSwitch;
use crate::ui::widgets::later::Later;
use crate::ui::widgets::nav_link::focus_after_render;
use crate::ui::widgets::text::{ruby_view, tr, tr_plain};

/// The product's name, one menu for language and theme (open by default on wide screens),
/// and one line with the data's date and its source. Edit mode, which residents do not
/// need first, sits at the end of the page; while it is on, the header says so.
#[component]
pub fn Header() -> impl IntoView {
    let state = AppState::expect();
    let edits_shown = Memo::new(move |_| state.edits_shown());
    let official_title = state.official.with_value(|d| d.title.clone());
    let year = state.edition_year();
    let settings_open = RwSignal::new(false);
    let in_kiosk = move || state.view.with(|v| v.kiosk.is_some());
    view! {
        <header class="site-header">
            <div class="header-top">
                <h1 class="site-title">{tr(|m: &Messages| m.kicker)}</h1>
                <button type="button" class="settings-toggle" aria-controls="display-settings"
                    aria-expanded=move || settings_open.get().to_string()
                    on:click=move |_| settings_open.update(|open| *open = !*open)>
                    <span lang="en">"Language"</span> " / " {tr(|m: &Messages| m.settings_menu)}
                </button>
            </div>
            // Folded on a phone: a task of its own, so no step of a slow phone's start-up is long.
            <Later><div id="display-settings" class="header-switches" class:collapsed=move || !settings_open.get()>
                <LanguageSwitch/>
                <Show when=move || !in_kiosk()>
                    <ThemeSwitch/>
                </Show>
            </div></Later>
            <p class="as-of">
                {move || if edits_shown.get() { tr(move |w: &SheetWords| (w.as_of_with_edits)(year)).into_any() } else { tr(move |m: &Messages| (m.as_of)(year)).into_any() }} {move || ReaderWords::of(state.lang.get()).place_separator}
                <span class="source">{tr(|m: &Messages| m.source_label)}
                    // In a kiosk the name stays, not the link: a kiosk opens no other window or site.
                    <a class="source-link" href=move || (!in_kiosk()).then_some(SOURCE_SITE) rel="noopener"
                        target=move || (!in_kiosk()).then_some("_blank") lang="ja" data-official="">
                        {move || ruby_view(&official_text(&official_title, state.lang.get()))}
                    </a>
                </span>
                {move || ReaderWords::of(state.lang.get()).translation_note}
                {BUILD_DATE.map(|date| view! { <span class="build-date">{tr(move |m: &Messages| (m.build_date)(date))}</span> })}
            </p>
            <EditionSwitch/>
            <Show when=move || state.editing.get()>
                <div class="edit-mode-bar">
                    <p class="edit-mode-flag">{tr(|m: &Messages| m.edit_mode_flag)}</p>
                    <EditToggle/>
                </div>
            </Show>
        </header>
    }
}

/// Starts or ends edit mode. Never in a kiosk or an embedded view (`AppState::editing`).
#[component]
pub fn EditToggle() -> impl IntoView {
    let state = AppState::expect();
    view! {
        <button type="button" class="button edit-toggle"
            aria-pressed=move || state.editing.get().to_string()
            on:click=move |_| {
                state.edits.edit_mode.update(|on| *on = !*on);
                // The toggle sits at the page's end: take the user to what edit mode opened.
                if state.editing.get_untracked() {
                    let page = state.view.with_untracked(|v| v.page.clone());
                    match page {
                        Page::Detail(_) => focus_after_render("edit-form-title"),
                        Page::Overview => focus_after_render("edit-panel-title"),
                        _ => {}
                    }
                }
            }>
            {move || if state.editing.get() { tr(|m: &Messages| m.edit_mode_end).into_any() } else { tr(|m: &Messages| m.edit_mode).into_any() }}
        </button>
    }
}

/// Automatic (the system's setting), light or dark.
#[component]
fn ThemeSwitch() -> impl IntoView {
    let state = AppState::expect();
    let label = tr_plain(|m: &Messages| m.theme);
    view! {
        <div class="language-switch theme-switch" role="group" aria-label=label>
            {Theme::ALL.into_iter().enumerate().map(|(i, theme)| view! {
                <button type="button" class="lang-button"
                    aria-pressed=move || (state.theme.theme.get() == theme).to_string()
                    on:click=move |_| state.theme.theme.set(theme)>
                    {tr(move |m: &Messages| m.themes[i])}
                </button>
            }).collect_view()}
        </div>
    }
}

/// 日本語 / English / やさしい日本語, each named in its own language (with readings while
/// easy Japanese is shown).
#[component]
fn LanguageSwitch() -> impl IntoView {
    let state = AppState::expect();
    let name = move |lang: Lang| ruby_view(lang.endonym_in(state.lang.get()));
    let asked = move || state.view.with(|v| v.lang);
    // The language chosen could not be had, and is still the one chosen.
    let missing = move || {
        state
            .words
            .failed
            .get()
            .filter(|failed| asked() == Some(*failed))
    };
    // A language chosen but not shown yet: its words are on their way.
    let loading =
        move || asked().is_some_and(|asked| asked != state.lang.get() && missing() != Some(asked));
    view! {
        <div class="language-switch" role="group" aria-label=Lang::SWITCH_LABEL
            aria-busy=move || loading().then_some("true")>
            {Lang::ALL.into_iter().map(|lang| view! {
                <button type="button" class="lang-button" lang=lang.html_lang()
                    aria-pressed=move || (state.lang.get() == lang).to_string()
                    on:click=move |_| state.set_language(lang)>
                    {move || name(lang)}
                </button>
            }).collect_view()}
        </div>
        {move || missing().map(|missing| view! {
            <p class="section-note" role="alert" data-language-missing="">
                {tr(move |m: &Messages| (m.language_missing)(missing.endonym()))}
            </p>
        })}
    }
}
