//! One set of inputs for a sales team, and the fields that make it up.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::fields::Field;
use super::funnel::{Funnel, RateMode};
use super::input::InputError;

/// A share from 0 % to 100 %, stored as the percentage a person typed.
///
/// Keeping the percentage (5.0 rather than 0.05) lets `50 × 5 / 100` come out as exactly 2.5.
#[derive(Clone, Copy, Debug, Default, PartialEq, PartialOrd, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Rate(f64);

impl Rate {
    /// Creates a rate from a percentage such as 5.0 for 5 %.
    ///
    /// The value is not checked here; [`Scenario::validate`] rejects one outside 0 to 100.
    #[must_use]
    pub const fn from_percent(percent: f64) -> Self {
        Self(percent)
    }

    /// Creates a rate from a fraction such as 0.05 for 5 %.
    #[must_use]
    pub fn from_fraction(fraction: f64) -> Self {
        Self(fraction * 100.0)
    }

    /// Returns the rate as a percentage, 5.0 for 5 %.
    #[must_use]
    pub const fn percent(self) -> f64 {
        self.0
    }

    /// Returns the rate as a fraction, 0.05 for 5 %.
    #[must_use]
    pub fn fraction(self) -> f64 {
        self.0 / 100.0
    }

    /// Applies the rate to a quantity: `5 %` of 50 is 2.5.
    #[must_use]
    pub fn of(self, quantity: f64) -> f64 {
        quantity * self.0 / 100.0
    }
}

/// Attempts per lead: how many a rep makes, how many are advised, and how often one connects.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct AttemptInputs {
    /// Attempts a rep makes on one lead before giving up.
    pub per_lead: u32,
    /// Attempts per lead that the team's playbook recommends.
    pub recommended: u32,
    /// Chance that one attempt reaches the lead; `None` uses the connect rate.
    pub contact_probability: Option<Rate>,
}

/// Follow-ups on open deals, per rep per month.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct FollowUpInputs {
    /// Follow-ups due per rep per month.
    pub due_per_rep_per_month: f64,
    /// Share of due follow-ups that reps miss.
    pub missed_share: Rate,
    /// Share of missed follow-ups whose deal dies.
    pub lost_share: Rate,
    /// Share of missed follow-ups whose deal slips past its close date.
    pub slipped_share: Rate,
}

/// The sales cycle and what a delay in it costs.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct CycleInputs {
    /// Calendar days from first call to closed deal.
    pub base_days: f64,
    /// Calendar days that late calls add to the cycle.
    pub extra_days: f64,
    /// Yearly cost of capital, which prices revenue that arrives late.
    pub annual_cost_of_capital: Rate,
}

/// Money spent on leads and reps that the missing calls waste.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct WasteInputs {
    /// Price of one lead.
    pub cost_per_lead: f64,
    /// Share of reps who leave in a year.
    pub annual_attrition: Rate,
    /// Recruiting, training and ramp-up cost of replacing one rep.
    pub replacement_cost: f64,
}

/// Benchmarks the activity scorecard compares the team with, and the figures only the
/// user can supply.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct ScorecardInputs {
    /// Benchmark of dials per rep per day.
    pub dials_per_day: f64,
    /// Benchmark of live conversations per dial.
    pub connect_rate: Rate,
    /// Benchmark ceiling of leads still unanswered after three attempts.
    pub unanswered_after_three: Rate,
    /// Benchmark of dials needed to reach a lead for the first time.
    pub calls_to_first_contact: f64,
    /// Benchmark of days from first contact to the next stage.
    pub days_to_next_stage: f64,
    /// Lower end of the benchmark share of a call the rep spends listening.
    pub listening_min: Rate,
    /// Upper end of the benchmark share of a call the rep spends listening.
    pub listening_max: Rate,
    /// The team's days from first contact to the next stage, if known.
    pub team_days_to_next_stage: Option<f64>,
    /// The team's share of a call spent listening, if known.
    pub team_listening_share: Option<Rate>,
}

/// The inputs for one team: activity per rep per working day, conversion, deal value, and
/// the optional inputs behind the other kinds of damage.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
// A stored or shared scenario that lacks a field, because an older version wrote it, takes
// that field's default.
#[serde(default)]
pub struct Scenario {
    /// Dials each rep should make per working day.
    pub target_calls: f64,
    /// Dials each rep actually makes per working day.
    pub actual_calls: f64,
    /// Whether conversion is entered as one rate or as the funnel's three.
    pub rate_mode: RateMode,
    /// Closed deals per dial, used in simple mode.
    pub conversion_rate: Rate,
    /// The stage rates, used as entered in funnel mode.
    pub funnel: Funnel,
    /// Average revenue of one closed deal, in the currency the user chose.
    pub deal_size: f64,
    /// Gross margin on revenue, if the user gave one.
    pub gross_margin: Option<Rate>,
    /// Number of reps on the team.
    pub reps: u32,
    /// Working days in one month; a year has twelve such months.
    pub working_days_per_month: f64,
    /// Attempts per lead.
    pub attempts: AttemptInputs,
    /// Follow-ups on open deals.
    pub follow_ups: FollowUpInputs,
    /// The sales cycle.
    pub cycle: CycleInputs,
    /// Lead and rep costs.
    pub waste: WasteInputs,
    /// Forecast overstatement, as a share of the forecast, above which the page warns.
    pub forecast_threshold: Rate,
    /// Revenue the team aims for per month, if the user gave a goal.
    pub revenue_goal_per_month: Option<f64>,
    /// Scorecard benchmarks and team figures.
    pub scorecard: ScorecardInputs,
}

impl Default for Scenario {
    /// Returns a mid-sized team a little under its call target: 5 reps asked for 80 dials a
    /// day who make 52, closing 2 % of dials at 12,000 per deal, over 21 working days a month.
    /// The inputs behind the other kinds of damage start at zero, so they count only once
    /// the user enters them.
    fn default() -> Self {
        Self {
            target_calls: 80.0,
            actual_calls: 52.0,
            rate_mode: RateMode::Simple,
            conversion_rate: Rate::from_percent(2.0),
            funnel: Funnel::default(),
            deal_size: 12_000.0,
            gross_margin: None,
            reps: 5,
            working_days_per_month: 21.0,
            attempts: AttemptInputs {
                per_lead: 2,
                recommended: 6,
                contact_probability: None,
            },
            follow_ups: FollowUpInputs {
                due_per_rep_per_month: 0.0,
                missed_share: Rate::from_percent(20.0),
                lost_share: Rate::from_percent(25.0),
                slipped_share: Rate::from_percent(25.0),
            },
            cycle: CycleInputs {
                base_days: 60.0,
                extra_days: 0.0,
                annual_cost_of_capital: Rate::from_percent(8.0),
            },
            waste: WasteInputs {
                cost_per_lead: 0.0,
                annual_attrition: Rate::from_percent(0.0),
                replacement_cost: 0.0,
            },
            forecast_threshold: Rate::from_percent(20.0),
            revenue_goal_per_month: None,
            scorecard: ScorecardInputs {
                dials_per_day: 80.0,
                connect_rate: Rate::from_percent(25.0),
                unanswered_after_three: Rate::from_percent(20.0),
                calls_to_first_contact: 3.0,
                days_to_next_stage: 7.0,
                listening_min: Rate::from_percent(70.0),
                listening_max: Rate::from_percent(80.0),
                team_days_to_next_stage: None,
                team_listening_share: None,
            },
        }
    }
}

impl Scenario {
    /// Returns the stage rates the model computes with.
    ///
    /// In funnel mode they are the rates as entered. In simple mode they are derived from
    /// the one rate with [`Funnel::matching`], so their product equals it.
    #[must_use]
    pub fn effective_funnel(&self) -> Funnel {
        match self.rate_mode {
            RateMode::Funnel => self.funnel,
            RateMode::Simple => self.funnel.matching(self.conversion_rate),
        }
    }

    /// Returns closed deals per dial in the current mode.
    #[must_use]
    pub fn calls_to_deal(&self) -> Rate {
        match self.rate_mode {
            RateMode::Funnel => self.funnel.calls_to_deal(),
            RateMode::Simple => self.conversion_rate,
        }
    }

    /// Switches how conversion is entered, keeping the same closed deals per dial.
    pub fn switch_rate_mode(&mut self, mode: RateMode) {
        if mode == self.rate_mode {
            return;
        }
        match mode {
            RateMode::Funnel => self.funnel = self.effective_funnel(),
            RateMode::Simple => self.conversion_rate = self.funnel.calls_to_deal(),
        }
        self.rate_mode = mode;
    }

    /// Returns the contact probability per attempt: the one entered, or the connect rate.
    #[must_use]
    pub fn contact_probability(&self) -> Rate {
        self.attempts
            .contact_probability
            .unwrap_or(self.effective_funnel().connect)
    }

    /// Checks every field against its rule, and the fields that constrain each other.
    ///
    /// # Errors
    /// Returns a [`ScenarioError`] naming the first field, in page order, that is out of
    /// range or breaks a constraint with another field.
    pub fn validate(&self) -> Result<(), ScenarioError> {
        for field in Field::ALL {
            field
                .check(self.value(field))
                .map_err(|error| ScenarioError { field, error })?;
            self.check_combination(field, self.value(field))
                .map_err(|error| ScenarioError { field, error })?;
        }
        Ok(())
    }

    /// Checks a new value of `field` against the fields it is combined with.
    pub(super) fn check_combination(
        &self,
        field: Field,
        value: Option<f64>,
    ) -> Result<(), InputError> {
        let value = value.unwrap_or(0.0);
        let (other, sum_limit) = match field {
            Field::FollowUpsLost => (Field::FollowUpsSlipped, true),
            Field::FollowUpsSlipped => (Field::FollowUpsLost, true),
            Field::BenchmarkListeningMin => (Field::BenchmarkListeningMax, false),
            Field::BenchmarkListeningMax => (Field::BenchmarkListeningMin, false),
            _ => return Ok(()),
        };
        let other_value = self.value(other).unwrap_or(0.0);
        if sum_limit && value + other_value > 100.0 {
            return Err(InputError::SharesAbove100 {
                other: other.name(),
                room: 100.0 - other_value,
            });
        }
        let out_of_order = match field {
            Field::BenchmarkListeningMin => value > other_value,
            Field::BenchmarkListeningMax => value < other_value,
            _ => false,
        };
        if out_of_order {
            return Err(InputError::RangeOutOfOrder);
        }
        Ok(())
    }
}

/// A scenario field whose value is outside the range its rule accepts.
#[derive(Clone, Debug, PartialEq)]
pub struct ScenarioError {
    /// The field that is out of range.
    pub field: Field,
    /// The reason its value was rejected.
    pub error: InputError,
}

impl fmt::Display for ScenarioError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Invalid {}: {}", self.field.name(), self.error)
    }
}

impl std::error::Error for ScenarioError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_scenario_is_valid() {
        assert_eq!(Scenario::default().validate(), Ok(()));
    }

    #[test]
    fn validate_names_bad_field() {
        let scenario = Scenario {
            deal_size: f64::NAN,
            ..Scenario::default()
        };
        let error = scenario.validate().expect_err("NaN deal size");
        assert_eq!(error.field, Field::DealSize);
        assert_eq!(error.error, InputError::NotFinite);
        assert_eq!(
            error.to_string(),
            "Invalid average deal size: This is not a finite number."
        );
    }

    #[test]
    fn rate_of_quantity() {
        assert_eq!(Rate::from_percent(5.0).of(50.0), 2.5);
        assert_eq!(Rate::from_percent(0.0).of(50.0), 0.0);
        assert_eq!(Rate::from_percent(100.0).of(7.0), 7.0);
        assert!((Rate::from_fraction(0.05).percent() - 5.0).abs() < 1e-12);
    }

    #[test]
    fn switching_mode_keeps_calls_to_deal() {
        let mut scenario = Scenario {
            conversion_rate: Rate::from_percent(3.0),
            ..Scenario::default()
        };
        scenario.switch_rate_mode(RateMode::Funnel);
        assert_eq!(scenario.rate_mode, RateMode::Funnel);
        assert!((scenario.calls_to_deal().percent() - 3.0).abs() < 1e-9);

        scenario.funnel.connect = Rate::from_percent(50.0);
        let funnel_rate = scenario.calls_to_deal().percent();
        scenario.switch_rate_mode(RateMode::Simple);
        assert!((scenario.conversion_rate.percent() - funnel_rate).abs() < 1e-9);
    }

    #[test]
    fn contact_probability_defaults_to_connect() {
        let scenario = Scenario {
            rate_mode: RateMode::Funnel,
            ..Scenario::default()
        };
        assert_eq!(scenario.contact_probability(), Rate::from_percent(25.0));
        let mut given = scenario;
        given.attempts.contact_probability = Some(Rate::from_percent(10.0));
        assert_eq!(given.contact_probability(), Rate::from_percent(10.0));
    }
}
