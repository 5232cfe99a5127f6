//! The calculator's state: the text in each field, the scenario built from the last valid
//! value of every field, and the actions that change them.

use std::rc::Rc;

use yew::Reducible;

use crate::currency::Currency;
use crate::model::{format_plain_number, parse_number, Field, InputError, Scenario};

/// The form's contents as typed, and the scenario the page computes from.
#[derive(Clone, Debug, PartialEq)]
pub struct Calculator {
    /// The text of each field, indexed in [`Field::ALL`] order.
    texts: [String; Field::ALL.len()],
    /// The reason each field's text was rejected, or `None` while it is valid.
    errors: [Option<InputError>; Field::ALL.len()],
    /// The last valid value of every field; a rejected text leaves its field's value as it was.
    scenario: Scenario,
    /// The currency money is shown in.
    currency: Currency,
}

/// A change the user makes to the calculator.
#[derive(Clone, Debug, PartialEq)]
pub enum CalculatorAction {
    /// The user typed into a field; the text is kept as typed, valid or not.
    EditField {
        /// The field that changed.
        field: Field,
        /// Its whole new text.
        text: String,
    },
    /// The user picked the currency money is shown in.
    ChooseCurrency(Currency),
}

impl Default for Calculator {
    fn default() -> Self {
        Self::from_scenario(Scenario::default())
    }
}

impl Calculator {
    /// Creates a calculator whose fields show the values of `scenario`.
    #[must_use]
    pub fn from_scenario(scenario: Scenario) -> Self {
        Self {
            texts: Field::ALL.map(|field| format_plain_number(scenario.value(field))),
            errors: Default::default(),
            scenario,
            currency: Currency::default(),
        }
    }

    /// Returns the text the user typed into a field.
    #[must_use]
    pub fn text(&self, field: Field) -> &str {
        &self.texts[field as usize]
    }

    /// Returns why a field's text is rejected, or `None` when it is valid.
    #[must_use]
    pub fn error(&self, field: Field) -> Option<&InputError> {
        self.errors[field as usize].as_ref()
    }

    /// Returns the scenario made of the last valid value of every field.
    #[must_use]
    pub fn scenario(&self) -> &Scenario {
        &self.scenario
    }

    /// Returns the currency money is shown in.
    #[must_use]
    pub fn currency(&self) -> Currency {
        self.currency
    }

    /// Returns the fields whose text is rejected, in page order.
    #[must_use]
    pub fn invalid_fields(&self) -> Vec<Field> {
        Field::ALL
            .into_iter()
            .filter(|field| self.error(*field).is_some())
            .collect()
    }

    /// Applies one action and returns the new state.
    #[must_use]
    pub fn apply(mut self, action: CalculatorAction) -> Self {
        match action {
            CalculatorAction::EditField { field, text } => {
                let parsed = parse_number(&text, &field.rule())
                    .and_then(|value| self.scenario.set(field, value));
                self.errors[field as usize] = parsed.err();
                self.texts[field as usize] = text;
            }
            CalculatorAction::ChooseCurrency(currency) => self.currency = currency,
        }
        self
    }
}

impl Reducible for Calculator {
    type Action = CalculatorAction;

    fn reduce(self: Rc<Self>, action: Self::Action) -> Rc<Self> {
        Rc::new(Rc::unwrap_or_clone(self).apply(action))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edit(calculator: Calculator, field: Field, text: &str) -> Calculator {
        calculator.apply(CalculatorAction::EditField {
            field,
            text: text.to_string(),
        })
    }

    #[test]
    fn valid_edit_updates_scenario() {
        let calculator = edit(Calculator::default(), Field::DealSize, "$25k");
        assert_eq!(calculator.scenario().deal_size, 25_000.0);
        assert_eq!(calculator.text(Field::DealSize), "$25k");
        assert_eq!(calculator.error(Field::DealSize), None);
    }

    #[test]
    fn invalid_edit_keeps_last_valid_value() {
        let calculator = edit(Calculator::default(), Field::DealSize, "30000");
        let calculator = edit(calculator, Field::DealSize, "abc");
        assert_eq!(calculator.scenario().deal_size, 30_000.0);
        assert_eq!(calculator.text(Field::DealSize), "abc");
        assert_eq!(
            calculator.error(Field::DealSize),
            Some(&InputError::NotANumber)
        );
        assert_eq!(calculator.invalid_fields(), vec![Field::DealSize]);
    }

    #[test]
    fn fixing_field_clears_error() {
        let calculator = edit(Calculator::default(), Field::Reps, "-3");
        assert_eq!(calculator.error(Field::Reps), Some(&InputError::Negative));
        let calculator = edit(calculator, Field::Reps, "3");
        assert_eq!(calculator.error(Field::Reps), None);
        assert_eq!(calculator.scenario().reps, 3);
        assert!(calculator.invalid_fields().is_empty());
    }

    #[test]
    fn default_texts_show_default_scenario() {
        let calculator = Calculator::default();
        assert_eq!(calculator.text(Field::TargetCalls), "80");
        assert_eq!(calculator.text(Field::DealSize), "12,000");
        assert_eq!(calculator.text(Field::ConversionRate), "2");
    }
}
