//! The colour theme: the system's, or a light or dark one the user picked and the browser
//! remembers.

/// The localStorage key of the picked theme.
pub const THEME_KEY: &str = "callgap.theme";

/// A colour theme.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Follow the system's light or dark setting.
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// Every theme, in the order the picker lists them.
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    /// Returns the value stored and set on the page root's `data-theme` attribute.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// Finds the theme with this code; anything else is the system theme.
    #[must_use]
    pub fn from_code(code: &str) -> Self {
        Self::ALL
            .into_iter()
            .find(|theme| theme.code() == code)
            .unwrap_or_default()
    }
}

/// Reads the remembered theme; a browser that keeps no data gives the system theme.
#[must_use]
pub fn stored_theme() -> Theme {
    web_sys::window()
        .and_then(|window| window.local_storage().ok().flatten())
        .and_then(|storage| storage.get_item(THEME_KEY).ok().flatten())
        .map_or_else(Theme::default, |code| Theme::from_code(&code))
}

/// Shows the page in `theme` and remembers it; failing to remember is logged and harmless.
pub fn apply_theme(theme: Theme) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Some(root) = window
        .document()
        .and_then(|document| document.document_element())
    {
        let _ = root.set_attribute("data-theme", theme.code());
    }
    let stored = window
        .local_storage()
        .ok()
        .flatten()
        .map(|storage| storage.set_item(THEME_KEY, theme.code()));
    if !matches!(stored, Some(Ok(()))) {
        log::warn!("the theme choice could not be stored");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for theme in Theme::ALL {
            assert_eq!(Theme::from_code(theme.code()), theme);
        }
        assert_eq!(Theme::from_code("purple"), Theme::System);
    }
}
