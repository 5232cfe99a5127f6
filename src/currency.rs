//! The currencies a user can show money in.

use serde::{Deserialize, Serialize};

/// A currency for showing money, identified by its ISO 4217 code.
///
/// The model has no currency: the choice only changes the sign and the decimals on screen.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Currency {
    /// United States dollar.
    #[default]
    Usd,
    /// Euro.
    Eur,
    /// Pound sterling.
    Gbp,
    /// Canadian dollar.
    Cad,
    /// Australian dollar.
    Aud,
    /// Swiss franc.
    Chf,
    /// Swedish krona.
    Sek,
    /// Indian rupee.
    Inr,
    /// Japanese yen.
    Jpy,
}

impl Currency {
    /// Every currency, in the order the picker lists them.
    pub const ALL: [Currency; 9] = [
        Currency::Usd,
        Currency::Eur,
        Currency::Gbp,
        Currency::Cad,
        Currency::Aud,
        Currency::Chf,
        Currency::Sek,
        Currency::Inr,
        Currency::Jpy,
    ];

    /// Returns the ISO 4217 code, such as `"USD"`.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Currency::Usd => "USD",
            Currency::Eur => "EUR",
            Currency::Gbp => "GBP",
            Currency::Cad => "CAD",
            Currency::Aud => "AUD",
            Currency::Chf => "CHF",
            Currency::Sek => "SEK",
            Currency::Inr => "INR",
            Currency::Jpy => "JPY",
        }
    }

    /// Returns the English name shown in the picker.
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Currency::Usd => "US dollar",
            Currency::Eur => "Euro",
            Currency::Gbp => "Pound sterling",
            Currency::Cad => "Canadian dollar",
            Currency::Aud => "Australian dollar",
            Currency::Chf => "Swiss franc",
            Currency::Sek => "Swedish krona",
            Currency::Inr => "Indian rupee",
            Currency::Jpy => "Japanese yen",
        }
    }

    /// Finds the currency with the given ISO 4217 code, ignoring case.
    #[must_use]
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|currency| currency.code().eq_ignore_ascii_case(code))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn from_code_finds_every_currency() {
        for currency in Currency::ALL {
            assert_eq!(Currency::from_code(currency.code()), Some(currency));
            assert_eq!(
                Currency::from_code(&currency.code().to_lowercase()),
                Some(currency)
            );
        }
        assert_eq!(Currency::from_code("XYZ"), None);
    }
}
