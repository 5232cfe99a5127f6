//! Figures as text in the browser's locale, through `Intl.NumberFormat`.
//!
//! Formatters are costly to build, so each style is built once and kept for the page's life.

use std::cell::RefCell;
use std::collections::HashMap;

use js_sys::{Array, Function, Intl};
use wasm_bindgen::{JsCast, JsValue};

use crate::currency::Currency;

/// Text shown in place of a figure that is not a finite number.
pub const NOT_AVAILABLE: &str = "—";

/// Amounts at or above this many currency units are shown without cents.
pub const WHOLE_MONEY_FROM: f64 = 100.0;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Style {
    Count { max_decimals: u8 },
    Percent,
    Money { currency: Currency, whole: bool },
}

thread_local! {
    static FORMATTERS: RefCell<HashMap<Style, Function>> = RefCell::new(HashMap::new());
    /// The locale figures are shown in; `None` means the browser's own.
    static LOCALE: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Shows figures in `tag`'s conventions from now on, if the browser accepts the tag.
///
/// Returns false, and changes nothing, for a tag that `Intl.getCanonicalLocales` rejects.
pub fn set_locale(tag: &str) -> bool {
    let canonical = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("Intl"))
        .and_then(|intl| js_sys::Reflect::get(&intl, &JsValue::from_str("getCanonicalLocales")))
        .ok()
        .and_then(|function| function.dyn_into::<Function>().ok())
        .and_then(|function| {
            function
                .call1(&JsValue::UNDEFINED, &JsValue::from_str(tag))
                .ok()
        })
        .and_then(|locales| js_sys::Array::from(&locales).get(0).as_string());
    let Some(canonical) = canonical else {
        return false;
    };
    LOCALE.with(|locale| *locale.borrow_mut() = Some(canonical));
    FORMATTERS.with(|formatters| formatters.borrow_mut().clear());
    true
}

/// Formats a count such as calls or deals with at most `max_decimals` decimals.
#[must_use]
pub fn format_count(value: f64, max_decimals: u8) -> String {
    match round_for_display(value, max_decimals) {
        Some(rounded) => format_with(Style::Count { max_decimals }, rounded),
        None => NOT_AVAILABLE.to_string(),
    }
}

/// Formats a percentage given in percent (25.0 for 25 %), with at most one decimal.
#[must_use]
pub fn format_percent(percent: f64) -> String {
    match round_for_display(percent, 1) {
        Some(rounded) => format_with(Style::Percent, rounded / 100.0),
        None => NOT_AVAILABLE.to_string(),
    }
}

/// Formats an amount of money: whole units for zero and from 100 up, the currency's usual
/// decimals in between.
#[must_use]
pub fn format_money(value: f64, currency: Currency) -> String {
    // Two decimals is the rounding step of every listed currency except the yen, whose
    // formatter shows none and so rounds again to whole yen.
    let Some(cents) = round_for_display(value, 2) else {
        return NOT_AVAILABLE.to_string();
    };
    let whole = cents == 0.0 || cents.abs() >= WHOLE_MONEY_FROM;
    let rounded = if whole {
        round_for_display(cents, 0).unwrap_or(cents)
    } else {
        cents
    };
    format_with(Style::Money { currency, whole }, rounded)
}

/// Rounds a figure to the decimals it is shown with, so that a tiny negative value cannot
/// show as `-0`. Returns `None` for `NaN` and infinities.
#[must_use]
pub fn round_for_display(value: f64, decimals: u8) -> Option<f64> {
    if !value.is_finite() {
        return None;
    }
    let factor = 10f64.powi(i32::from(decimals));
    let rounded = (value * factor).round() / factor;
    // A value too large to scale comes back as infinity; show it unrounded instead.
    let rounded = if rounded.is_finite() { rounded } else { value };
    // Adding 0.0 turns -0.0 into +0.0.
    Some(rounded + 0.0)
}

fn format_with(style: Style, value: f64) -> String {
    FORMATTERS.with(|formatters| {
        let mut formatters = formatters.borrow_mut();
        let format = formatters
            .entry(style)
            .or_insert_with(|| build_formatter(style));
        format
            .call1(&JsValue::UNDEFINED, &JsValue::from_f64(value))
            .ok()
            .and_then(|text| text.as_string())
            .unwrap_or_else(|| NOT_AVAILABLE.to_string())
    })
}

fn build_formatter(style: Style) -> Function {
    let options = Intl::NumberFormatOptions::new();
    match style {
        Style::Count { max_decimals } => {
            options.set_maximum_fraction_digits(max_decimals);
        }
        Style::Percent => {
            options.set_style(Intl::NumberFormatStyle::Percent);
            options.set_maximum_fraction_digits(1);
        }
        Style::Money { currency, whole } => {
            options.set_style(Intl::NumberFormatStyle::Currency);
            options.set_currency(currency.code());
            if whole {
                options.set_minimum_fraction_digits(0);
                options.set_maximum_fraction_digits(0);
            }
        }
    }
    // An empty list of locales selects the browser's own locale.
    let locales = LOCALE.with(|locale| match &*locale.borrow() {
        Some(tag) => Array::of1(&JsValue::from_str(tag)),
        None => Array::new(),
    });
    Intl::NumberFormat::new(&locales, &options).format()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_for_display_cases() {
        let cases = [
            (2.5, 1, Some(2.5)),
            (2.54, 1, Some(2.5)),
            (62_500.4, 0, Some(62_500.0)),
            (-0.0, 0, Some(0.0)),
            (-0.0001, 1, Some(0.0)),
            (f64::NAN, 1, None),
            (f64::INFINITY, 0, None),
            (f64::NEG_INFINITY, 0, None),
            (1e300, 2, Some(1e300)),
        ];
        for (value, decimals, expected) in cases {
            let rounded = round_for_display(value, decimals);
            assert_eq!(rounded, expected, "rounding {value} to {decimals} decimals");
            if let Some(rounded) = rounded {
                assert!(
                    rounded.is_sign_positive() || rounded != 0.0,
                    "{value} gave -0"
                );
            }
        }
    }
}
