//! One set of inputs for a sales team, and the fields that make it up.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::input::{FieldRule, InputError, Unit};

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

    /// Returns the rate as a percentage, 5.0 for 5 %.
    #[must_use]
    pub const fn percent(self) -> f64 {
        self.0
    }

    /// Applies the rate to a quantity: `5 %` of 50 is 2.5.
    #[must_use]
    pub fn of(self, quantity: f64) -> f64 {
        quantity * self.0 / 100.0
    }
}

/// One input of a [`Scenario`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Field {
    /// Calls each rep should make per working day.
    TargetCalls,
    /// Calls each rep actually makes per working day.
    ActualCalls,
    /// Closed deals per call, in percent.
    ConversionRate,
    /// Average revenue of one closed deal.
    DealSize,
    /// Number of reps on the team.
    Reps,
    /// Working days in one month.
    WorkingDays,
}

impl Field {
    /// Every field, in the order the page shows them.
    pub const ALL: [Field; 6] = [
        Field::TargetCalls,
        Field::ActualCalls,
        Field::ConversionRate,
        Field::DealSize,
        Field::Reps,
        Field::WorkingDays,
    ];

    /// Returns the form and range of values this field accepts.
    ///
    /// The maxima are generous bounds chosen for one team, not benchmarks. They are estimates
    /// of where a figure is more likely a typing slip than a plan.
    #[must_use]
    pub const fn rule(self) -> FieldRule {
        match self {
            Field::TargetCalls => FieldRule {
                unit: Unit::Count,
                min: 0.0,
                max: 1_000.0,
                whole: false,
                example: "80",
            },
            Field::ActualCalls => FieldRule {
                unit: Unit::Count,
                min: 0.0,
                max: 1_000.0,
                whole: false,
                example: "50",
            },
            Field::ConversionRate => FieldRule {
                unit: Unit::Percent,
                min: 0.0,
                max: 100.0,
                whole: false,
                example: "5",
            },
            Field::DealSize => FieldRule {
                unit: Unit::Money,
                min: 0.0,
                max: 1_000_000_000.0,
                whole: false,
                example: "25000",
            },
            Field::Reps => FieldRule {
                unit: Unit::Count,
                min: 1.0,
                max: 100_000.0,
                whole: true,
                example: "12",
            },
            Field::WorkingDays => FieldRule {
                unit: Unit::Count,
                min: 1.0,
                max: 31.0,
                whole: false,
                example: "21",
            },
        }
    }

    /// Returns the field's name in lower case, for messages that mention it mid-sentence.
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Field::TargetCalls => "target calls per rep per day",
            Field::ActualCalls => "calls made per rep per day",
            Field::ConversionRate => "conversion rate",
            Field::DealSize => "average deal size",
            Field::Reps => "number of reps",
            Field::WorkingDays => "working days per month",
        }
    }
}

/// The inputs for one team: activity per rep per working day, conversion, deal size and size
/// of the team.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Scenario {
    /// Calls each rep should make per working day.
    pub target_calls: f64,
    /// Calls each rep actually makes per working day.
    pub actual_calls: f64,
    /// Closed deals per call.
    pub conversion_rate: Rate,
    /// Average revenue of one closed deal, in the currency the user chose.
    pub deal_size: f64,
    /// Number of reps on the team.
    pub reps: u32,
    /// Working days in one month; a year has twelve such months.
    pub working_days_per_month: f64,
}

impl Default for Scenario {
    /// Returns a mid-sized team a little under its call target: 5 reps asked for 80 calls a
    /// day who make 52, closing 2 % of calls at 12,000 per deal, over 21 working days a month.
    fn default() -> Self {
        Self {
            target_calls: 80.0,
            actual_calls: 52.0,
            conversion_rate: Rate::from_percent(2.0),
            deal_size: 12_000.0,
            reps: 5,
            working_days_per_month: 21.0,
        }
    }
}

impl Scenario {
    /// Returns the value of one field, in the unit the field is typed in.
    #[must_use]
    pub fn value(&self, field: Field) -> f64 {
        match field {
            Field::TargetCalls => self.target_calls,
            Field::ActualCalls => self.actual_calls,
            Field::ConversionRate => self.conversion_rate.percent(),
            Field::DealSize => self.deal_size,
            Field::Reps => f64::from(self.reps),
            Field::WorkingDays => self.working_days_per_month,
        }
    }

    /// Sets one field from a value in the unit the field is typed in, after checking it
    /// against the field's rule.
    ///
    /// # Errors
    /// Returns the [`InputError`] from [`FieldRule::check`]; the scenario is then unchanged.
    pub fn set(&mut self, field: Field, value: f64) -> Result<(), InputError> {
        let value = field.rule().check(value)?;
        match field {
            Field::TargetCalls => self.target_calls = value,
            Field::ActualCalls => self.actual_calls = value,
            Field::ConversionRate => self.conversion_rate = Rate::from_percent(value),
            Field::DealSize => self.deal_size = value,
            // The rule admits only whole numbers from 1 to 100,000, which fit a u32 exactly.
            Field::Reps => self.reps = value as u32,
            Field::WorkingDays => self.working_days_per_month = value,
        }
        Ok(())
    }

    /// Checks every field against its rule.
    ///
    /// # Errors
    /// Returns a [`ScenarioError`] naming the first field, in page order, that is out of
    /// range.
    pub fn validate(&self) -> Result<(), ScenarioError> {
        for field in Field::ALL {
            field
                .rule()
                .check(self.value(field))
                .map_err(|error| ScenarioError { field, error })?;
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
    fn set_then_value_round_trips() {
        let mut scenario = Scenario::default();
        for (field, value) in Field::ALL
            .into_iter()
            .zip([90.0, 40.0, 3.5, 8_000.0, 7.0, 20.0])
        {
            scenario.set(field, value).expect("value in range");
            assert_eq!(scenario.value(field), value, "{field:?}");
        }
    }

    #[test]
    fn set_rejects_and_keeps_old_value() {
        let mut scenario = Scenario::default();
        assert_eq!(scenario.set(Field::Reps, 2.5), Err(InputError::NotWhole));
        assert_eq!(scenario.reps, 5);
        assert_eq!(
            scenario.set(Field::ConversionRate, 120.0),
            Err(InputError::RateAbove100)
        );
        assert_eq!(scenario.conversion_rate, Rate::from_percent(2.0));
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
    }
}
