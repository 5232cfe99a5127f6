//! The calculator's state: the text in each field, the scenario built from the last valid
//! value of every field, the chosen period and currency, and the actions that change them.

use std::rc::Rc;

use yew::Reducible;

use crate::call_log::{merge_into_roster, RepActivity};
use crate::currency::Currency;
use crate::model::roster::{roll_up, Rep};
use crate::model::{
    format_plain_number, parse_number, Field, InputError, Period, RateMode, Scenario,
};
use crate::roster_rows::{RepColumn, RosterRows};

/// Default share of a rep's target below which the roster flags the rep, in percent.
pub const DEFAULT_ROSTER_FLAG: f64 = 20.0;

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
    /// The way the browser history should record the last change.
    history_step: HistoryStep,
    /// The per-rep rows.
    roster: RosterRows,
    /// Whether the team inputs follow the roster.
    roster_linked: bool,
    /// The team rate that reps without a rate of their own close at, kept apart because the
    /// roster replaces the team's rate field with its weighted mean.
    roster_base_rate: crate::model::Rate,
    /// The text of the roster's flag threshold, and its last valid value in percent.
    roster_flag: (String, f64, Option<InputError>),
}

/// The way the browser history records a change, so that Back undoes deliberate steps
/// without walking back through every keystroke.
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
    /// Add a rep at the end of the roster, at the team's target and calls made.
    AddRep,
    /// The user typed a rep's name.
    RenameRep {
        /// The row.
        index: usize,
        /// The whole new name.
        name: String,
    },
    /// The user typed into a number cell of the roster.
    EditRep {
        /// The row.
        index: usize,
        /// The cell.
        column: RepColumn,
        /// The whole new text.
        text: String,
    },
    /// Remove a row of the roster.
    RemoveRep(usize),
    /// Move a row of the roster.
    MoveRep {
        /// The row's position now.
        from: usize,
        /// The row's new position.
        to: usize,
    },
    /// Make the team inputs follow the roster, or stop.
    LinkRoster(bool),
    /// Merge a call log's activity into the roster: matching reps get its figures, new ones
    /// are added, and the others stay as they are.
    MergeCallLog(Vec<RepActivity>),
    /// The user typed the roster's flag threshold.
    EditRosterFlag(String),
    /// A whole scenario replaces the form: opened from the saved list, a link or the history.
    Load {
        /// The scenario to show, boxed because it is far larger than the other actions.
        scenario: Box<Scenario>,
        /// The currency to show it in.
        currency: Currency,
        /// Whether the browser's Back or Forward button caused the load.
        from_history: bool,
        /// The roster to show, or `None` to keep the current one.
        roster: Option<Vec<Rep>>,
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
            roster: RosterRows::default(),
            roster_linked: true,
            roster_base_rate: scenario.calls_to_deal(),
            roster_flag: (
                format_plain_number(DEFAULT_ROSTER_FLAG),
                DEFAULT_ROSTER_FLAG,
                None,
            ),
        }
    }

    /// Returns the roster rows.
    #[must_use]
    pub fn roster(&self) -> &RosterRows {
        &self.roster
    }

    /// Returns whether the team inputs follow the roster.
    #[must_use]
    pub fn roster_linked(&self) -> bool {
        self.roster_linked
    }

    /// Returns whether the roster sets the team's conversion rate: it does while the team
    /// follows the roster and a rep has a rate of their own.
    #[must_use]
    pub fn rate_from_roster(&self) -> bool {
        self.roster_linked
            && self
                .roster
                .rows
                .iter()
                .any(|row| row.rep.calls_to_deal.is_some())
    }

    /// Returns the rate of reps without a rate of their own.
    #[must_use]
    pub fn roster_base_rate(&self) -> crate::model::Rate {
        if self.rate_from_roster() {
            self.roster_base_rate
        } else {
            self.scenario.calls_to_deal()
        }
    }

    /// Returns the flag threshold's text, its last valid value and why the text is rejected.
    #[must_use]
    pub fn roster_flag(&self) -> (&str, f64, Option<&InputError>) {
        (
            &self.roster_flag.0,
            self.roster_flag.1,
            self.roster_flag.2.as_ref(),
        )
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
            CalculatorAction::EditField { .. }
            | CalculatorAction::RenameRep { .. }
            | CalculatorAction::EditRep { .. }
            | CalculatorAction::EditRosterFlag(_) => HistoryStep::Replace,
            CalculatorAction::ChooseCurrency(_)
            | CalculatorAction::SwitchRateMode(_)
            | CalculatorAction::AddRep
            | CalculatorAction::RemoveRep(_)
            | CalculatorAction::MoveRep { .. }
            | CalculatorAction::LinkRoster(_)
            | CalculatorAction::MergeCallLog(_)
            | CalculatorAction::Load {
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
                scenario,
                currency,
                roster,
                ..
            } => {
                let roster = roster.map_or_else(|| self.roster.clone(), RosterRows::from_reps);
                let (period, history_step) = (self.period, self.history_step);
                let (roster_linked, roster_flag) = (self.roster_linked, self.roster_flag.clone());
                self = Self {
                    currency,
                    period,
                    history_step,
                    roster,
                    roster_linked,
                    roster_flag,
                    ..Self::from_scenario(*scenario)
                };
                // A loaded roster with rates of its own brings a team rate already weighted by
                // them. Reps without a rate close at that weighted rate until the user unlinks.
                self.roster_base_rate = self.scenario.calls_to_deal();
            }
            CalculatorAction::AddRep => {
                let (target, actual) = (self.scenario.target_calls, self.scenario.actual_calls);
                self.roster.add(target, actual);
                self.follow_roster();
            }
            CalculatorAction::RenameRep { index, name } => {
                if let Some(row) = self.roster.rows.get_mut(index) {
                    row.rep.name = name.chars().take(crate::share::MAX_NAME_CHARS).collect();
                }
            }
            CalculatorAction::EditRep {
                index,
                column,
                text,
            } => {
                if let Some(row) = self.roster.rows.get_mut(index) {
                    row.edit(column, text);
                }
                self.follow_roster();
            }
            CalculatorAction::RemoveRep(index) => {
                self.roster.remove(index);
                self.follow_roster();
            }
            CalculatorAction::MoveRep { from, to } => self.roster.move_row(from, to),
            CalculatorAction::LinkRoster(linked) => {
                self.roster_linked = linked;
                self.follow_roster();
            }
            CalculatorAction::MergeCallLog(activities) => {
                let target = self.scenario.target_calls;
                let (merged, _) = merge_into_roster(&self.roster.reps(), &activities, target);
                self.roster = RosterRows::from_reps(merged);
                self.follow_roster();
            }
            CalculatorAction::EditRosterFlag(text) => {
                let parsed = parse_number(&text, &Field::ForecastThreshold.rule());
                self.roster_flag = match parsed {
                    Ok(value) => (text, value, None),
                    Err(error) => (text, self.roster_flag.1, Some(error)),
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

    /// Sets the team inputs from the roster, when they follow it and it has rows.
    ///
    /// The team rate changes only when a rep has a rate of their own, and then the scenario
    /// switches to a single rate, because per-rep rates are rates per dial.
    fn follow_roster(&mut self) {
        if !self.roster_linked {
            return;
        }
        let reps = self.roster.reps();
        let own_rates = reps.iter().any(|rep| rep.calls_to_deal.is_some());
        if !own_rates {
            self.roster_base_rate = self.scenario.calls_to_deal();
        }
        let Some(roll_up) = roll_up(&reps, self.roster_base_rate) else {
            return;
        };
        self.scenario.reps = roll_up.reps;
        self.scenario.target_calls = roll_up.target_calls;
        self.scenario.actual_calls = roll_up.actual_calls;
        let mut changed = vec![Field::Reps, Field::TargetCalls, Field::ActualCalls];
        if own_rates {
            self.scenario.switch_rate_mode(RateMode::Simple);
            self.scenario.conversion_rate = roll_up.conversion_rate;
            changed.push(Field::ConversionRate);
        }
        for field in changed {
            self.texts[field as usize] = text_for(&self.scenario, field);
            self.errors[field as usize] = None;
        }
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
            roster: None,
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
            roster: None,
        });
        assert_eq!(back.history_step(), HistoryStep::Keep);
    }

    #[test]
    fn linked_roster_sets_team_inputs() {
        let mut calculator = Calculator::default();
        for _ in 0..2 {
            calculator = calculator.apply(CalculatorAction::AddRep);
        }
        let calculator = calculator.apply(CalculatorAction::EditRep {
            index: 0,
            column: RepColumn::Actual,
            text: "40".to_string(),
        });
        // Two reps with target 80: one makes 40, one the default 52; mean shortfall 34.
        assert_eq!(calculator.scenario().reps, 2);
        assert_eq!(calculator.scenario().actual_calls, 46.0);
        assert_eq!(calculator.text(Field::ActualCalls), "46");
        assert_eq!(calculator.text(Field::Reps), "2");

        let calculator = calculator.apply(CalculatorAction::EditRep {
            index: 1,
            column: RepColumn::Rate,
            text: "4".to_string(),
        });
        // (40 × 2 % + 28 × 4 %) / 68.
        let rate = calculator.scenario().conversion_rate.percent();
        assert!(
            (rate - (40.0 * 2.0 + 28.0 * 4.0) / 68.0).abs() < 1e-12,
            "{rate}"
        );

        let unlinked = calculator.apply(CalculatorAction::LinkRoster(false));
        let unlinked = unlinked.apply(CalculatorAction::EditRep {
            index: 0,
            column: RepColumn::Actual,
            text: "80".to_string(),
        });
        assert_eq!(
            unlinked.scenario().actual_calls,
            46.0,
            "an unlinked roster leaves the team alone"
        );
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
