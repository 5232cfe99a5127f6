//! Embed mode: the settings a host page passes in the URL's query string, each validated.
//!
//! `?embed=1` turns the page into a compact widget. The other keys are optional. `cta` is a
//! call-to-action link (`https:` or relative only) and `cta_label` its text. `accent` is
//! `#rgb` or `#rrggbb`, dark enough for white text. `currency` is an ISO code the calculator
//! supports and `locale` a BCP 47 tag such as `de-DE`. The input keys of a share link
//! (`t=100&a=50…`) set the starting values. A bad or unknown value is ignored and reported
//! in a warning. The widget renders query values only as text and follows no link but an
//! accepted call to action, and only when the visitor clicks it.

use crate::currency::Currency;
use crate::share::{decode_link, SharedScenario};

/// Maximum length of a call-to-action label; longer ones are cut.
const MAX_LABEL_CHARS: usize = 60;

/// Maximum length of an accepted call-to-action link.
const MAX_LINK_CHARS: usize = 2_000;

/// The keys embed mode reads itself; every other key goes to the scenario reader.
const EMBED_KEYS: [&str; 6] = ["embed", "cta", "cta_label", "accent", "currency", "locale"];

/// Minimum contrast of white text on the accent colour, which WCAG 2.2 requires of normal text.
const MIN_CONTRAST: f64 = 4.5;

/// Validated embed settings.
#[derive(Clone, Debug, PartialEq)]
pub struct EmbedConfig {
    /// The call-to-action link and its label, when both are acceptable.
    pub call_to_action: Option<(String, String)>,
    /// The accent colour, as `#rrggbb`.
    pub accent: Option<String>,
    /// The locale for numbers and money.
    pub locale: Option<String>,
    /// The starting scenario and currency.
    pub shared: SharedScenario,
    /// One sentence for each value that was ignored.
    pub warnings: Vec<String>,
}

/// Reads the query string (with or without its `?`); returns `None` unless `embed=1`.
#[must_use]
pub fn read_embed_config(query: &str) -> Option<EmbedConfig> {
    let query = query.strip_prefix('?').unwrap_or(query);
    let pairs: Vec<(String, String)> = form_urlencoded::parse(query.as_bytes())
        .map(|(key, value)| (key.into_owned(), value.into_owned()))
        .collect();
    let value_of = |key: &str| {
        pairs
            .iter()
            .rev()
            .find(|(name, _)| name == key)
            .map(|(_, value)| value.as_str())
    };
    if value_of("embed") != Some("1") {
        return None;
    }

    let mut warnings = Vec::new();
    let mut scenario_query = form_urlencoded::Serializer::new(String::new());
    for (key, value) in &pairs {
        if !EMBED_KEYS.contains(&key.as_str()) {
            scenario_query.append_pair(key, value);
        }
    }
    let decoded = decode_link(&scenario_query.finish());
    warnings.extend(decoded.problems);
    let mut shared = decoded.shared;

    if let Some(code) = value_of("currency") {
        match Currency::from_code(code) {
            Some(currency) => shared.currency = currency,
            None => warnings.push(format!(
                "currency “{}” is not supported and was ignored",
                shorten(code)
            )),
        }
    }

    let call_to_action = match (value_of("cta"), value_of("cta_label")) {
        (None, None) => None,
        (Some(link), label) => match check_link(link) {
            Ok(link) => {
                let label = label
                    .map(str::trim)
                    .filter(|label| !label.is_empty())
                    .unwrap_or("Talk to us");
                Some((link, label.chars().take(MAX_LABEL_CHARS).collect()))
            }
            Err(reason) => {
                warnings.push(format!("cta “{}” was ignored: {reason}", shorten(link)));
                None
            }
        },
        (None, Some(_)) => {
            warnings.push("cta_label was ignored because no cta link was given".to_string());
            None
        }
    };

    let accent = value_of("accent").and_then(|colour| match check_accent(colour) {
        Ok(colour) => Some(colour),
        Err(reason) => {
            warnings.push(format!(
                "accent “{}” was ignored: {reason}",
                shorten(colour)
            ));
            None
        }
    });

    let locale = value_of("locale").and_then(|tag| {
        if is_language_tag(tag) {
            Some(tag.to_string())
        } else {
            warnings.push(format!(
                "locale “{}” was ignored: it is not a language tag such as de-DE",
                shorten(tag)
            ));
            None
        }
    });

    Some(EmbedConfig {
        call_to_action,
        accent,
        locale,
        shared,
        warnings,
    })
}

/// Accepts `https:` links and relative links; rejects every other scheme, `javascript:`
/// and `data:` among them, and links to another host without a scheme (`//host`).
fn check_link(link: &str) -> Result<String, &'static str> {
    let link = link.trim();
    if link.is_empty() || link.len() > MAX_LINK_CHARS {
        return Err("it is empty or too long");
    }
    if link.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return Err("it contains spaces or control characters");
    }
    let lower = link.to_ascii_lowercase();
    if lower.starts_with("https://") {
        return Ok(link.to_string());
    }
    if link.starts_with("//") || link.starts_with("\\\\") || link.starts_with("/\\") {
        return Err("a link to another site must start with https://");
    }
    // A scheme is letters, digits, '+', '-' or '.' before a ':' that comes before any '/', '?' or '#'.
    let before_path = lower.split(['/', '?', '#']).next().unwrap_or("");
    if before_path.contains(':') {
        return Err("only https: links and relative links are accepted");
    }
    Ok(link.to_string())
}

fn check_accent(colour: &str) -> Result<String, &'static str> {
    let hex = colour
        .strip_prefix('#')
        .ok_or("it must be #rgb or #rrggbb")?;
    let full: String = match hex.len() {
        3 => hex.chars().flat_map(|c| [c, c]).collect(),
        6 => hex.to_string(),
        _ => return Err("it must be #rgb or #rrggbb"),
    };
    let channel = |index: usize| u8::from_str_radix(&full[index..index + 2], 16);
    let (Ok(red), Ok(green), Ok(blue)) = (channel(0), channel(2), channel(4)) else {
        return Err("it must be #rgb or #rrggbb");
    };
    if contrast_with_white(red, green, blue) < MIN_CONTRAST {
        return Err("white text on it would be hard to read; choose a darker colour");
    }
    Ok(format!("#{}", full.to_ascii_lowercase()))
}

/// Returns the WCAG contrast ratio of white against an sRGB colour.
fn contrast_with_white(red: u8, green: u8, blue: u8) -> f64 {
    let linear = |channel: u8| {
        let value = f64::from(channel) / 255.0;
        if value <= 0.039_28 {
            value / 12.92
        } else {
            ((value + 0.055) / 1.055).powf(2.4)
        }
    };
    let luminance = 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
    1.05 / (luminance + 0.05)
}

/// Checks the shape of a BCP 47 tag: a 2 or 3 letter language, then parts of 2 to 8 letters
/// or digits. A well-formed tag the browser does not support falls back to its own locale.
fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let language_ok = parts.next().is_some_and(|language| {
        (2..=3).contains(&language.len()) && language.chars().all(|c| c.is_ascii_alphabetic())
    });
    language_ok
        && tag.len() <= 35
        && parts.all(|part| {
            (2..=8).contains(&part.len()) && part.chars().all(|c| c.is_ascii_alphanumeric())
        })
}

fn shorten(text: &str) -> String {
    let short: String = text.chars().take(40).collect();
    if short.len() < text.len() {
        format!("{short}…")
    } else {
        short
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn not_embedded_without_the_flag() {
        assert_eq!(read_embed_config(""), None);
        assert_eq!(
            read_embed_config("?embed=0&cta=https://sales.invalid"),
            None
        );
    }

    #[test]
    fn full_configuration() {
        let config = read_embed_config(
            "?embed=1&cta=https%3A%2F%2Fsales.invalid%2Fdemo&cta_label=Book+a+demo&accent=%23123abc&currency=EUR&locale=de-DE&t=100&a=50&cr=5&ds=25000&r=1",
        )
        .expect("embedded");
        assert_eq!(config.warnings, Vec::<String>::new());
        assert_eq!(
            config.call_to_action,
            Some(("https://sales.invalid/demo".into(), "Book a demo".into()))
        );
        assert_eq!(config.accent.as_deref(), Some("#123abc"));
        assert_eq!(config.locale.as_deref(), Some("de-DE"));
        assert_eq!(config.shared.currency, Currency::Eur);
        assert_eq!(config.shared.scenario.deal_size, 25_000.0);
    }

    #[test]
    fn links_other_than_https_or_relative_are_refused() {
        for link in [
            "javascript:alert(1)",
            " JavaScript:alert(1)",
            "data:text/html,x",
            "http://sales.invalid",
            "//other.invalid/x",
            "vbscript:x",
            "java\tscript:x",
            "/\\other.invalid",
        ] {
            let query = format!(
                "embed=1&cta={}",
                form_urlencoded::byte_serialize(link.as_bytes()).collect::<String>()
            );
            let config = read_embed_config(&query).expect("embedded");
            assert_eq!(config.call_to_action, None, "{link:?} was accepted");
            assert_eq!(config.warnings.len(), 1, "{link:?}");
        }
        for link in [
            "/pricing",
            "contact.html",
            "../demo?x=1#top",
            "https://sales.invalid/a:b",
        ] {
            let query = format!(
                "embed=1&cta={}",
                form_urlencoded::byte_serialize(link.as_bytes()).collect::<String>()
            );
            let config = read_embed_config(&query).expect("embedded");
            assert!(
                config.call_to_action.is_some(),
                "{link:?} was refused: {:?}",
                config.warnings
            );
        }
    }

    #[test]
    fn bad_values_are_ignored_with_warnings() {
        let config =
            read_embed_config("embed=1&accent=red&currency=XYZ&locale=<b>&cta_label=x&t=abc&zz=1")
                .expect("embedded");
        assert_eq!(config.accent, None);
        assert_eq!(config.locale, None);
        assert_eq!(config.call_to_action, None);
        assert_eq!(config.shared.currency, Currency::Usd);
        assert_eq!(config.warnings.len(), 6, "{:?}", config.warnings);
    }

    #[test]
    fn pale_accent_is_refused() {
        let config = read_embed_config("embed=1&accent=%23ffeeaa").expect("embedded");
        assert_eq!(config.accent, None);
        assert!(config.warnings[0].contains("hard to read"));
        assert!((contrast_with_white(0, 0, 0) - 21.0).abs() < 1e-9);
        assert!((contrast_with_white(255, 255, 255) - 1.0).abs() < 1e-9);
    }
}
