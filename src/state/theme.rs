//! Light, dark, or the system's choice: kept on this device, applied as
//! `<html data-theme>` so the CSS and the charts follow it.

use leptos::prelude::*;

use crate::shared_names::KEY_THEME;
use crate::web::{media, storage};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    pub fn key(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    fn from_key(key: &str) -> Theme {
        Theme::ALL
            .into_iter()
            .find(|t| t.key() == key)
            .unwrap_or_default()
    }
}

#[derive(Clone, Copy)]
pub struct ThemeState {
    pub theme: RwSignal<Theme>,
    /// Whether the page is dark now (the switch, or the system in Auto).
    pub dark: Memo<bool>,
}

impl ThemeState {
    // Not `Default`: it reads the storage and starts an Effect, so it is called once, on purpose.
    #[allow(clippy::new_without_default)]
    pub fn new() -> ThemeState {
        let saved = storage::read(KEY_THEME)
            .ok()
            .flatten()
            .map(|k| Theme::from_key(&k))
            .unwrap_or_default();
        let theme = RwSignal::new(saved);
        let system_dark = media::prefers_dark();
        let dark = Memo::new(move |_| match theme.get() {
            Theme::Auto => system_dark.get(),
            Theme::Light => false,
            Theme::Dark => true,
        });
        Effect::new(move |_| {
            let theme = theme.get();
            if let Some(root) = document().document_element() {
                let _ = match theme {
                    Theme::Auto => root.remove_attribute("data-theme"),
                    other => root.set_attribute("data-theme", other.key()),
                };
            }
            // A theme that cannot be remembered still applies to this visit.
            let _ = storage::write(KEY_THEME, theme.key());
        });
        ThemeState { theme, dark }
    }
}
