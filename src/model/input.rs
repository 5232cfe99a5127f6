//! Reading numbers as people type them, and the range each input accepts.
//!
//! [`parse_number`] accepts plain digits (`25000`) and grouped digits (`25,000`, `25 000`,
//! `1.000.000`, `25'000`). It reads a decimal point or a lone decimal comma (`0.5`, `2,5`) and
//! the suffixes `k`, `m` and `bn` (`25k`, `1.5m`). Money fields may carry a currency sign
//! (`$25,000`, `25 000 €`), and rate fields a percent sign (`5%`). Scientific notation is not
//! accepted.
//!
//! One rule settles the ambiguous forms: a single comma followed by exactly three digits
//! groups thousands (`25,000` is 25000), and a single dot is always a decimal point
//! (`25.000` is 25).

use std::fmt;

/// What a field measures, which decides the signs its text may carry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// A count such as calls, reps or days; no currency or percent sign.
    Count,
    /// An amount of money; a currency sign is allowed and ignored.
    Money,
    /// A percentage from 0 to 100; a trailing `%` is allowed.
    Percent,
}

/// The form and range of values one input field accepts.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FieldRule {
    /// The kind of quantity in the field.
    pub unit: Unit,
    /// The smallest accepted value.
    pub min: f64,
    /// The largest accepted value; above it a figure stops being meaningful for one team.
    pub max: f64,
    /// Whether only whole numbers are accepted.
    pub whole: bool,
    /// Whether the field may be left empty, meaning the value is unknown.
    pub optional: bool,
    /// A typical entry, shown in messages as an example of what to type.
    pub example: &'static str,
}

impl FieldRule {
    /// Checks a parsed value against this rule and returns it unchanged when it fits.
    ///
    /// # Errors
    /// Returns the [`InputError`] that names the first broken condition: not finite,
    /// negative, out of range, or not whole.
    pub fn check(&self, value: f64) -> Result<f64, InputError> {
        if !value.is_finite() {
            return Err(InputError::NotFinite);
        }
        if value < 0.0 {
            return Err(InputError::Negative);
        }
        if value < self.min {
            return Err(InputError::BelowMinimum { min: self.min });
        }
        if value > self.max {
            return Err(match self.unit {
                Unit::Percent => InputError::RateAbove100,
                Unit::Count | Unit::Money => InputError::AboveMaximum { max: self.max },
            });
        }
        if self.whole && value.fract() != 0.0 {
            return Err(InputError::NotWhole);
        }
        // Adding 0.0 turns a negative zero into a positive one, so "-0" never reaches the page.
        Ok(value + 0.0)
    }

    /// Describes what the field accepts, for a message shown beside it.
    #[must_use]
    pub fn describe_accepted(&self) -> String {
        let kind = match (self.unit, self.whole) {
            (Unit::Percent, _) => "a percentage",
            (Unit::Money, _) => "an amount",
            (Unit::Count, true) => "a whole number",
            (Unit::Count, false) => "a number",
        };
        let min = format_plain_number(self.min);
        let max = format_plain_number(self.max);
        let examples = match self.unit {
            Unit::Percent => format!(
                "{}, {}% or 0.5 for half a percent",
                self.example, self.example
            ),
            Unit::Money => format!("{}, $25,000 or 25k", self.example),
            Unit::Count => self.example.to_string(),
        };
        let empty = if self.optional {
            " Leave it empty if unknown."
        } else {
            ""
        };
        format!("Enter {kind} from {min} to {max}, such as {examples}.{empty}")
    }
}

/// The reason a typed value was rejected.
#[derive(Clone, Debug, PartialEq)]
pub enum InputError {
    /// The field is empty or holds only spaces.
    Empty,
    /// The text is not a number in any accepted form.
    NotANumber,
    /// The text names a value that is not a finite number, such as `NaN` or `infinity`.
    NotFinite,
    /// The number is below zero.
    Negative,
    /// The number is below the smallest value the field accepts.
    BelowMinimum {
        /// The smallest accepted value.
        min: f64,
    },
    /// The number is above the largest value the field accepts.
    AboveMaximum {
        /// The largest accepted value.
        max: f64,
    },
    /// A percentage is above 100.
    RateAbove100,
    /// The field takes whole numbers and the number has a fraction.
    NotWhole,
    /// A percent sign was typed into a field that is not a rate.
    PercentNotAllowed,
    /// A currency sign was typed into a field that is not an amount of money.
    CurrencyNotAllowed,
    /// Two shares of the same whole add up to more than 100 %.
    SharesAbove100 {
        /// The name of the other share.
        other: &'static str,
        /// The largest value, in percent, that still fits beside the other share.
        room: f64,
    },
    /// The lower end of a range is above its upper end.
    RangeOutOfOrder,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty => f.write_str("This field is empty."),
            Self::NotANumber => f.write_str("This is not a number."),
            Self::NotFinite => f.write_str("This is not a finite number."),
            Self::Negative => f.write_str("Negative numbers are not accepted."),
            Self::BelowMinimum { min } => {
                write!(
                    f,
                    "This is below the minimum of {}.",
                    format_plain_number(*min)
                )
            }
            Self::AboveMaximum { max } => {
                write!(
                    f,
                    "This is above the maximum of {}.",
                    format_plain_number(*max)
                )
            }
            Self::RateAbove100 => f.write_str("A rate cannot be above 100 %."),
            Self::NotWhole => f.write_str("Only whole numbers are accepted here."),
            Self::PercentNotAllowed => f.write_str("A percent sign does not belong in this field."),
            Self::CurrencyNotAllowed => {
                f.write_str("A currency sign does not belong in this field.")
            }
            Self::SharesAbove100 { other, room } => write!(
                f,
                "Together with the {other}, this is more than 100 %. At most {} % fits here.",
                format_plain_number(*room)
            ),
            Self::RangeOutOfOrder => {
                f.write_str("The lower end of the range cannot be above the upper end. Change this end or the other.")
            }
        }
    }
}

impl std::error::Error for InputError {}

/// Maximum length, in characters, of a text the parser reads. A longer text is no number a
/// person means to type.
pub const MAX_TEXT_CHARS: usize = 64;

const CURRENCY_SIGNS: [char; 6] = ['$', '€', '£', '¥', '₹', '₩'];
const CURRENCY_CODES: [&str; 10] = [
    "usd", "eur", "gbp", "cad", "aud", "jpy", "inr", "chf", "sek", "nzd",
];

/// Parses what a person typed into a field and checks it against the field's rule.
///
/// Returns the value in the field's own unit: a rate typed as `5%` or `5` returns 5.0.
///
/// # Errors
/// Returns an [`InputError`] saying what is wrong when the text is empty, not a number in an
/// accepted form, carries a sign the field does not take, or is out of the rule's range.
///
/// # Examples
/// ```
/// use callgap::model::{parse_number, FieldRule, Unit};
///
/// let deal_size = FieldRule { unit: Unit::Money, min: 0.0, max: 1e9, whole: false, optional: false, example: "25000" };
/// assert_eq!(parse_number("$25,000", &deal_size), Ok(25_000.0));
/// assert_eq!(parse_number("1.5m", &deal_size), Ok(1_500_000.0));
/// assert!(parse_number("abc", &deal_size).is_err());
/// ```
pub fn parse_number(text: &str, rule: &FieldRule) -> Result<f64, InputError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(InputError::Empty);
    }
    if text.chars().count() > MAX_TEXT_CHARS {
        return Err(InputError::NotANumber);
    }
    let lower = text.to_lowercase();
    let unsigned = lower.trim_start_matches(['+', '-', '−']);
    if matches!(unsigned, "nan" | "inf" | "infinity" | "∞") {
        return Err(InputError::NotFinite);
    }

    let mut rest = lower.as_str();
    let mut sign: Option<char> = None;
    let mut saw_currency = false;
    let mut saw_percent = false;

    // Signs may come in any order around the number: "-$25k", "$-25k" and "25 000 €".
    // Only one plus or minus sign is taken, so "--5" stays unreadable.
    loop {
        let before = rest;
        rest = rest.trim();
        if sign.is_none() {
            if let Some(first) = rest.chars().next().filter(|c| matches!(c, '+' | '-' | '−')) {
                sign = Some(first);
                rest = &rest[first.len_utf8()..];
            }
        }
        // Each kind of sign is taken once, so "$$5" and "5%%" stay unreadable.
        if !saw_currency {
            if let Some(after) = strip_currency_prefix(rest) {
                saw_currency = true;
                rest = after;
            }
        }
        if !saw_percent {
            if let Some(before_sign) = rest.strip_suffix('%') {
                saw_percent = true;
                rest = before_sign;
            }
        }
        if !saw_currency {
            if let Some(before_sign) = strip_currency_suffix(rest) {
                saw_currency = true;
                rest = before_sign;
            }
        }
        if rest == before {
            break;
        }
    }

    if saw_percent && rule.unit != Unit::Percent {
        return Err(InputError::PercentNotAllowed);
    }
    if saw_currency && rule.unit != Unit::Money {
        return Err(InputError::CurrencyNotAllowed);
    }

    let (digits, multiplier) = split_multiplier(rest.trim());
    let magnitude = parse_grouped_decimal(digits.trim_end()).ok_or(InputError::NotANumber)?;
    let value = magnitude * multiplier;
    if !value.is_finite() {
        return Err(InputError::AboveMaximum { max: rule.max });
    }
    let negative = matches!(sign, Some('-' | '−'));
    if negative && value != 0.0 {
        return Err(InputError::Negative);
    }
    rule.check(value)
}

fn strip_currency_prefix(text: &str) -> Option<&str> {
    if let Some(rest) = CURRENCY_SIGNS
        .iter()
        .find_map(|sign| text.strip_prefix(*sign))
    {
        return Some(rest);
    }
    CURRENCY_CODES
        .iter()
        .find_map(|code| text.strip_prefix(code))
}

fn strip_currency_suffix(text: &str) -> Option<&str> {
    if let Some(rest) = CURRENCY_SIGNS
        .iter()
        .find_map(|sign| text.strip_suffix(*sign))
    {
        return Some(rest);
    }
    CURRENCY_CODES
        .iter()
        .find_map(|code| text.strip_suffix(code))
}

/// Splits a trailing `k`, `m`, `b` or `bn` (thousand, million, billion) from the digits.
fn split_multiplier(text: &str) -> (&str, f64) {
    const SUFFIXES: [(&str, f64); 4] = [("bn", 1e9), ("k", 1e3), ("m", 1e6), ("b", 1e9)];
    for (suffix, multiplier) in SUFFIXES {
        if let Some(digits) = text.strip_suffix(suffix) {
            return (digits, multiplier);
        }
    }
    (text, 1.0)
}

fn is_group_space(c: char) -> bool {
    // The plain space, the no-break space, the thin space and the narrow no-break space,
    // which some locales' number formats use between groups of digits.
    matches!(c, ' ' | '\u{a0}' | '\u{2009}' | '\u{202f}')
}

fn is_group_mark(c: char) -> bool {
    is_group_space(c) || matches!(c, '\'' | '’')
}

/// Parses ASCII digits with optional thousands grouping and one decimal separator.
///
/// Returns `None` for any other character, a misplaced separator, or a group of digits
/// that is not three long after the first.
fn parse_grouped_decimal(text: &str) -> Option<f64> {
    if text.is_empty()
        || !text
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',' || is_group_mark(c))
    {
        return None;
    }

    let dots = text.matches('.').count();
    let commas = text.matches(',').count();
    let decimal_at = match (dots, commas) {
        (0, 0) => None,
        // With both present, the one that comes last is the decimal separator: "1,234.5"
        // and "1.234,5" both read as 1234.5.
        (_, _) if dots > 0 && commas > 0 => {
            let last = text.rfind(['.', ','])?;
            let separator = &text[last..=last];
            if text.matches(separator).count() != 1 {
                return None;
            }
            Some(last)
        }
        (1, 0) => text.find('.'),
        (0, 1) => {
            let at = text.find(',')?;
            let after = &text[at + 1..];
            let is_thousands = after.len() == 3 && after.chars().all(|c| c.is_ascii_digit());
            if is_thousands {
                None
            } else {
                Some(at)
            }
        }
        // The same mark twice or more can only group thousands: "1,000,000" or "1.000.000".
        _ => None,
    };

    let (integer, fraction) = match decimal_at {
        Some(at) => (&text[..at], &text[at + 1..]),
        None => (text, ""),
    };
    if !fraction.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let integer_digits = read_digit_groups(integer)?;
    if integer_digits.is_empty() && fraction.is_empty() {
        return None;
    }

    let canonical = format!(
        "{}.{}",
        if integer_digits.is_empty() {
            "0"
        } else {
            &integer_digits
        },
        if fraction.is_empty() { "0" } else { fraction }
    );
    canonical.parse::<f64>().ok()
}

/// Joins the integer part's digit groups, checking that each group after the first has
/// exactly three digits.
fn read_digit_groups(integer: &str) -> Option<String> {
    let groups: Vec<&str> = integer
        .split(|c: char| c == '.' || c == ',' || is_group_mark(c))
        .collect();
    if groups.len() > 1 {
        let first_ok = (1..=3).contains(&groups[0].len());
        let rest_ok = groups[1..].iter().all(|group| group.len() == 3);
        if !first_ok || !rest_ok {
            return None;
        }
    }
    Some(groups.concat())
}

/// Formats a number with comma-grouped thousands and at most two decimals, for messages
/// written in English (`1000000` becomes `1,000,000`).
///
/// The model's error and help texts use it, so they read the same natively and in tests.
/// Figures on screen go through the browser's locale instead.
#[must_use]
pub fn format_plain_number(value: f64) -> String {
    if !value.is_finite() {
        return "not a number".to_string();
    }
    let rounded = (value * 100.0).round() / 100.0 + 0.0;
    let text = format!("{:.2}", rounded.abs());
    let (integer, fraction) = text.split_once('.').unwrap_or((&text, "00"));
    let mut grouped = String::with_capacity(integer.len() + integer.len() / 3);
    for (index, digit) in integer.chars().enumerate() {
        if index > 0 && (integer.len() - index) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    let fraction = fraction.trim_end_matches('0');
    let sign = if rounded < 0.0 { "-" } else { "" };
    if fraction.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}.{fraction}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MONEY: FieldRule = FieldRule {
        unit: Unit::Money,
        min: 0.0,
        max: 1e9,
        whole: false,
        optional: false,
        example: "25000",
    };
    const PERCENT: FieldRule = FieldRule {
        unit: Unit::Percent,
        min: 0.0,
        max: 100.0,
        whole: false,
        optional: false,
        example: "5",
    };
    const WHOLE: FieldRule = FieldRule {
        unit: Unit::Count,
        min: 1.0,
        max: 100_000.0,
        whole: true,
        optional: false,
        example: "12",
    };

    #[test]
    fn parse_accepts_typed_forms() {
        let cases: [(&str, &FieldRule, f64); 24] = [
            ("25000", &MONEY, 25_000.0),
            ("25,000", &MONEY, 25_000.0),
            ("25 000", &MONEY, 25_000.0),
            ("25\u{a0}000", &MONEY, 25_000.0),
            ("25\u{202f}000", &MONEY, 25_000.0),
            ("25'000", &MONEY, 25_000.0),
            ("$25,000", &MONEY, 25_000.0),
            ("25 000 €", &MONEY, 25_000.0),
            ("USD 25000", &MONEY, 25_000.0),
            ("25k", &MONEY, 25_000.0),
            ("25K", &MONEY, 25_000.0),
            ("$25k", &MONEY, 25_000.0),
            ("1.5m", &MONEY, 1_500_000.0),
            ("0.5bn", &MONEY, 5e8),
            ("1,234.5", &MONEY, 1234.5),
            ("1.234,5", &MONEY, 1234.5),
            ("1.000.000", &MONEY, 1_000_000.0),
            ("  42  ", &MONEY, 42.0),
            ("5%", &PERCENT, 5.0),
            ("5 %", &PERCENT, 5.0),
            ("0.5", &PERCENT, 0.5),
            ("2,5", &PERCENT, 2.5),
            (".5", &PERCENT, 0.5),
            ("12", &WHOLE, 12.0),
        ];
        for (text, rule, expected) in cases {
            assert_eq!(parse_number(text, rule), Ok(expected), "parsing {text:?}");
        }
    }

    #[test]
    fn parse_rejects_with_reason() {
        let cases: [(&str, &FieldRule, InputError); 22] = [
            ("", &MONEY, InputError::Empty),
            ("   ", &MONEY, InputError::Empty),
            ("abc", &MONEY, InputError::NotANumber),
            ("12abc", &MONEY, InputError::NotANumber),
            ("1e5", &MONEY, InputError::NotANumber),
            ("1,00,000", &MONEY, InputError::NotANumber),
            ("1.2.3", &MONEY, InputError::NotANumber),
            ("--5", &MONEY, InputError::NotANumber),
            ("$$5", &MONEY, InputError::NotANumber),
            ("5 USD USD", &MONEY, InputError::NotANumber),
            ("5%%", &PERCENT, InputError::NotANumber),
            ("NaN", &MONEY, InputError::NotFinite),
            ("-Infinity", &MONEY, InputError::NotFinite),
            ("-5", &MONEY, InputError::Negative),
            ("−5", &MONEY, InputError::Negative),
            (
                "2bn",
                &FieldRule { max: 1e6, ..MONEY },
                InputError::AboveMaximum { max: 1e6 },
            ),
            ("101", &PERCENT, InputError::RateAbove100),
            ("2.5", &WHOLE, InputError::NotWhole),
            ("0", &WHOLE, InputError::BelowMinimum { min: 1.0 }),
            ("5%", &MONEY, InputError::PercentNotAllowed),
            ("$12", &WHOLE, InputError::CurrencyNotAllowed),
            (&"9".repeat(65), &MONEY, InputError::NotANumber),
        ];
        for (text, rule, expected) in cases {
            assert_eq!(parse_number(text, rule), Err(expected), "parsing {text:?}");
        }
    }

    #[test]
    fn parse_huge_digits_is_above_maximum() {
        let text = "9".repeat(60);
        assert_eq!(
            parse_number(&text, &MONEY),
            Err(InputError::AboveMaximum { max: 1e9 })
        );
    }

    #[test]
    fn parse_negative_zero_is_zero() {
        let value = parse_number("-0", &MONEY).expect("zero is accepted");
        assert!(value.is_sign_positive(), "-0 must come back as +0");
    }

    #[test]
    fn plain_number_groups_thousands() {
        let cases = [
            (0.0, "0"),
            (-0.0, "0"),
            (12.0, "12"),
            (1_000.0, "1,000"),
            (100_000.0, "100,000"),
            (1e9, "1,000,000,000"),
            (2.5, "2.5"),
            (1234.567, "1,234.57"),
            (-1234.0, "-1,234"),
        ];
        for (value, expected) in cases {
            assert_eq!(format_plain_number(value), expected, "formatting {value}");
        }
    }

    #[test]
    fn describe_accepted_names_range() {
        assert_eq!(
            WHOLE.describe_accepted(),
            "Enter a whole number from 1 to 100,000, such as 12."
        );
        assert_eq!(
            PERCENT.describe_accepted(),
            "Enter a percentage from 0 to 100, such as 5, 5% or 0.5 for half a percent."
        );
    }
}
