//! The calculator's state: the text in each field, the scenario built from the last valid
//! value of every field, the chosen period and currency, and the actions that change them.

use std::rc::Rc;

use yew::Reducible;

use crate::currency::Currency;
use crate::model::{format_plain_number, Field, InputError, Period, RateMode, Scenario};

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
    /// The period the detailed results are shown for.
    period: Period,
    /// How the browser history should record the last change.
    history_step: HistoryStep,
}

/// How the browser history records a change, so that Back undoes deliberate steps without
/// walking back through every keystroke.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HistoryStep {
    /// Typing: replace the current history entry.
    Replace,
    /// A deliberate action, such as opening a scenario: add a history entry.
    Push,
    /// A change that the history itself caused, or that the link does not carry.
    Keep,
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
    /// The user picked the period the detailed results are shown for.
    ChoosePeriod(Period),
    /// The user switched between one conversion rate and the funnel's three.
    SwitchRateMode(RateMode),
    /// A whole scenario replaces the form: opened from the saved list, a link or the history.
    Load {
        /// The scenario to show, boxed because it is far larger than the other actions.
        scenario: Box<Scenario>,
        /// The currency to show it in.
        currency: Currency,
        /// Whether the browser's Back or Forward button caused the load.
        from_history: bool,
    },
}

impl Default for Calculator {
    fn default() -> Self {
        Self::from_scenario(Scenario::default())
    }
}

/// Returns the text a field shows for a value: empty for an unknown optional value.
fn text_for(scenario: &Scenario, field: Field) -> String {
    scenario
        .value(field)
        .map(format_plain_number)
        .unwrap_or_default()
}

impl Calculator {
    /// Creates a calculator whose fields show the values of `scenario`.
    #[must_use]
    pub fn from_scenario(scenario: Scenario) -> Self {
        Self {
            texts: Field::ALL.map(|field| text_for(&scenario, field)),
            errors: std::array::from_fn(|_| None),
            scenario,
            currency: Currency::default(),
            period: Period::default(),
            history_step: HistoryStep::Keep,
        }
    }

    /// Returns how the browser history should record the last change.
    #[must_use]
    pub fn history_step(&self) -> HistoryStep {
        self.history_step
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

    /// Returns the period the detailed results are shown for.
    #[must_use]
    pub fn period(&self) -> Period {
        self.period
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
        self.history_step = match &action {
            CalculatorAction::EditField { .. } => HistoryStep::Replace,
            CalculatorAction::ChooseCurrency(_) | CalculatorAction::SwitchRateMode(_) => {
                HistoryStep::Push
            }
            CalculatorAction::Load {
                from_history: false,
                ..
            } => HistoryStep::Push,
            CalculatorAction::Load {
                from_history: true, ..
            }
            | CalculatorAction::ChoosePeriod(_) => HistoryStep::Keep,
        };
        match action {
            CalculatorAction::Load {
                scenario, currency, ..
            } => {
                let (period, history_step) = (self.period, self.history_step);
                self = Self {
                    currency,
                    period,
                    history_step,
                    ..Self::from_scenario(*scenario)
                };
            }
            CalculatorAction::EditField { field, text } => {
                self.texts[field as usize] = text;
                self.accept_text(field);
                // A field rejected because of another field's value may fit now.
                for other in self.invalid_fields() {
                    if other != field {
                        self.accept_text(other);
                    }
                }
            }
            CalculatorAction::ChooseCurrency(currency) => self.currency = currency,
            CalculatorAction::ChoosePeriod(period) => self.period = period,
            CalculatorAction::SwitchRateMode(mode) => {
                self.scenario.switch_rate_mode(mode);
                // The switch rewrites the rates of the mode now shown, so their texts follow.
                for field in [
                    Field::ConversionRate,
                    Field::ConnectRate,
                    Field::MeetingRate,
                    Field::WinRate,
                ] {
                    self.texts[field as usize] = text_for(&self.scenario, field);
                    self.errors[field as usize] = None;
                }
            }
        }
        self
    }

    /// Parses a field's current text into the scenario, or records why it was rejected.
    fn accept_text(&mut self, field: Field) {
        let parsed = field
            .parse(&self.texts[field as usize])
            .and_then(|value| self.scenario.set(field, value));
        self.errors[field as usize] = parsed.err();
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
    fn fixing_partner_clears_combined_error() {
        let calculator = edit(Calculator::default(), Field::FollowUpsLost, "70");
        let calculator = edit(calculator, Field::FollowUpsSlipped, "40");
        assert!(calculator.error(Field::FollowUpsSlipped).is_some());
        let calculator = edit(calculator, Field::FollowUpsLost, "50");
        assert_eq!(calculator.error(Field::FollowUpsSlipped), None);
        assert_eq!(
            calculator.scenario().follow_ups.slipped_share.percent(),
            40.0
        );
    }

    #[test]
    fn mode_switch_rewrites_rate_texts() {
        let calculator = edit(Calculator::default(), Field::ConversionRate, "3");
        let calculator = calculator.apply(CalculatorAction::SwitchRateMode(RateMode::Funnel));
        assert_eq!(calculator.text(Field::ConnectRate), "25");
        assert_eq!(calculator.text(Field::MeetingRate), "20");
        assert_eq!(calculator.text(Field::WinRate), "60");
        assert!((calculator.scenario().calls_to_deal().percent() - 3.0).abs() < 1e-9);
    }

    #[test]
    fn load_replaces_form_and_records_history() {
        let calculator = edit(Calculator::default(), Field::DealSize, "abc");
        let scenario = Scenario {
            deal_size: 9_000.0,
            ..Scenario::default()
        };
        let loaded = calculator.apply(CalculatorAction::Load {
            scenario: Box::new(scenario),
            currency: Currency::Eur,
            from_history: false,
        });
        assert_eq!(loaded.text(Field::DealSize), "9,000");
        assert!(loaded.invalid_fields().is_empty());
        assert_eq!(loaded.currency(), Currency::Eur);
        assert_eq!(loaded.history_step(), HistoryStep::Push);
        let typed = edit(loaded, Field::Reps, "7");
        assert_eq!(typed.history_step(), HistoryStep::Replace);
        let back = typed.apply(CalculatorAction::Load {
            scenario: Box::new(scenario),
            currency: Currency::Usd,
            from_history: true,
        });
        assert_eq!(back.history_step(), HistoryStep::Keep);
    }

    #[test]
    fn default_texts_show_default_scenario() {
        let calculator = Calculator::default();
        assert_eq!(calculator.text(Field::TargetCalls), "80");
        assert_eq!(calculator.text(Field::DealSize), "12,000");
        assert_eq!(calculator.text(Field::ConversionRate), "2");
        assert_eq!(calculator.text(Field::GrossMargin), "");
    }
}
