//! The inputs of a [`Scenario`], each with its accepted range, and access to their values.

use serde::{Deserialize, Serialize};

use super::input::{parse_number, FieldRule, InputError, Unit};
use super::scenario::{Rate, Scenario};

/// One input of a [`Scenario`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Field {
    /// Dials each rep should make per working day.
    TargetCalls,
    /// Dials each rep actually makes per working day.
    ActualCalls,
    /// Closed deals per dial, in simple mode.
    ConversionRate,
    /// Average revenue of one closed deal.
    DealSize,
    /// Number of reps on the team.
    Reps,
    /// Working days in one month.
    WorkingDays,
    /// Live conversations per dial, in funnel mode.
    ConnectRate,
    /// Meetings per live conversation, in funnel mode.
    MeetingRate,
    /// Won deals per meeting, in funnel mode.
    WinRate,
    /// Gross margin on revenue; optional.
    GrossMargin,
    /// Attempts a rep makes on one lead before giving up.
    AttemptsPerLead,
    /// Attempts per lead that the playbook recommends.
    RecommendedAttempts,
    /// Chance that one attempt reaches the lead; optional, the connect rate when empty.
    ContactProbability,
    /// Follow-ups due per rep per month.
    FollowUpsDue,
    /// Share of due follow-ups that reps miss.
    FollowUpsMissed,
    /// Share of missed follow-ups whose deal dies.
    FollowUpsLost,
    /// Share of missed follow-ups whose deal slips past its close date.
    FollowUpsSlipped,
    /// Calendar days from first call to closed deal.
    CycleDays,
    /// Calendar days that late calls add to the cycle.
    ExtraCycleDays,
    /// Yearly cost of capital.
    CostOfCapital,
    /// Price of one lead.
    CostPerLead,
    /// Share of reps who leave in a year.
    RepAttrition,
    /// Cost of replacing one rep.
    ReplacementCost,
    /// Forecast overstatement above which the page warns.
    ForecastThreshold,
    /// Revenue goal per month; optional.
    RevenueGoal,
    /// Scorecard benchmark of dials per rep per day.
    BenchmarkDials,
    /// Scorecard benchmark of the connect rate.
    BenchmarkConnect,
    /// Scorecard ceiling of leads unanswered after three attempts.
    BenchmarkUnanswered,
    /// Scorecard benchmark of dials to first contact.
    BenchmarkCallsToContact,
    /// Scorecard benchmark of days from first contact to the next stage.
    BenchmarkDaysToStage,
    /// Lower end of the scorecard's listening-share range.
    BenchmarkListeningMin,
    /// Upper end of the scorecard's listening-share range.
    BenchmarkListeningMax,
    /// The team's days from first contact to the next stage; optional.
    DaysToStage,
    /// The team's share of a call spent listening; optional.
    ListeningShare,
}

const fn rule(unit: Unit, min: f64, max: f64, example: &'static str) -> FieldRule {
    FieldRule {
        unit,
        min,
        max,
        whole: false,
        optional: false,
        example,
    }
}

const fn whole(min: f64, max: f64, example: &'static str) -> FieldRule {
    FieldRule {
        unit: Unit::Count,
        min,
        max,
        whole: true,
        optional: false,
        example,
    }
}

const fn percent(example: &'static str) -> FieldRule {
    rule(Unit::Percent, 0.0, 100.0, example)
}

const fn optional(rule: FieldRule) -> FieldRule {
    FieldRule {
        optional: true,
        ..rule
    }
}

impl Field {
    /// Every field, in the order the page shows them.
    pub const ALL: [Field; 34] = [
        Field::TargetCalls,
        Field::ActualCalls,
        Field::ConversionRate,
        Field::DealSize,
        Field::Reps,
        Field::WorkingDays,
        Field::ConnectRate,
        Field::MeetingRate,
        Field::WinRate,
        Field::GrossMargin,
        Field::AttemptsPerLead,
        Field::RecommendedAttempts,
        Field::ContactProbability,
        Field::FollowUpsDue,
        Field::FollowUpsMissed,
        Field::FollowUpsLost,
        Field::FollowUpsSlipped,
        Field::CycleDays,
        Field::ExtraCycleDays,
        Field::CostOfCapital,
        Field::CostPerLead,
        Field::RepAttrition,
        Field::ReplacementCost,
        Field::ForecastThreshold,
        Field::RevenueGoal,
        Field::BenchmarkDials,
        Field::BenchmarkConnect,
        Field::BenchmarkUnanswered,
        Field::BenchmarkCallsToContact,
        Field::BenchmarkDaysToStage,
        Field::BenchmarkListeningMin,
        Field::BenchmarkListeningMax,
        Field::DaysToStage,
        Field::ListeningShare,
    ];

    /// Returns the form and range of values this field accepts.
    ///
    /// The maxima are generous bounds chosen for one team, not benchmarks. They are estimates
    /// of where a figure is more likely a typing slip than a plan.
    #[must_use]
    pub const fn rule(self) -> FieldRule {
        match self {
            Field::TargetCalls => rule(Unit::Count, 0.0, 1_000.0, "80"),
            Field::ActualCalls => rule(Unit::Count, 0.0, 1_000.0, "50"),
            Field::ConversionRate => percent("5"),
            Field::DealSize => rule(Unit::Money, 0.0, 1e9, "25000"),
            Field::Reps => whole(1.0, 100_000.0, "12"),
            Field::WorkingDays => rule(Unit::Count, 1.0, 31.0, "21"),
            Field::ConnectRate => percent("25"),
            Field::MeetingRate => percent("20"),
            Field::WinRate => percent("40"),
            Field::GrossMargin => optional(percent("60")),
            Field::AttemptsPerLead => whole(1.0, 20.0, "2"),
            Field::RecommendedAttempts => whole(1.0, 20.0, "6"),
            Field::ContactProbability => optional(percent("25")),
            Field::FollowUpsDue => rule(Unit::Count, 0.0, 10_000.0, "40"),
            Field::FollowUpsMissed => percent("20"),
            Field::FollowUpsLost => percent("25"),
            Field::FollowUpsSlipped => percent("25"),
            Field::CycleDays => rule(Unit::Count, 1.0, 1_000.0, "60"),
            Field::ExtraCycleDays => rule(Unit::Count, 0.0, 1_000.0, "10"),
            Field::CostOfCapital => percent("8"),
            Field::CostPerLead => rule(Unit::Money, 0.0, 1e6, "15"),
            Field::RepAttrition => percent("30"),
            Field::ReplacementCost => rule(Unit::Money, 0.0, 1e7, "50000"),
            Field::ForecastThreshold => percent("20"),
            Field::RevenueGoal => optional(rule(Unit::Money, 0.0, 1e12, "500000")),
            Field::BenchmarkDials => rule(Unit::Count, 0.0, 1_000.0, "80"),
            Field::BenchmarkConnect => percent("25"),
            Field::BenchmarkUnanswered => percent("20"),
            Field::BenchmarkCallsToContact => rule(Unit::Count, 0.0, 100.0, "3"),
            Field::BenchmarkDaysToStage => rule(Unit::Count, 0.0, 365.0, "7"),
            Field::BenchmarkListeningMin => percent("70"),
            Field::BenchmarkListeningMax => percent("80"),
            Field::DaysToStage => optional(rule(Unit::Count, 0.0, 365.0, "5")),
            Field::ListeningShare => optional(percent("65")),
        }
    }

    /// Returns the field's name in lower case, for messages that mention it mid-sentence.
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Field::TargetCalls => "target dials per rep per day",
            Field::ActualCalls => "dials made per rep per day",
            Field::ConversionRate => "conversion rate",
            Field::DealSize => "average deal size",
            Field::Reps => "number of reps",
            Field::WorkingDays => "working days per month",
            Field::ConnectRate => "connect rate",
            Field::MeetingRate => "meeting rate",
            Field::WinRate => "win rate",
            Field::GrossMargin => "gross margin",
            Field::AttemptsPerLead => "attempts per lead",
            Field::RecommendedAttempts => "recommended attempts per lead",
            Field::ContactProbability => "contact probability per attempt",
            Field::FollowUpsDue => "follow-ups due per rep per month",
            Field::FollowUpsMissed => "share of follow-ups missed",
            Field::FollowUpsLost => "share of missed follow-ups whose deal dies",
            Field::FollowUpsSlipped => "share of missed follow-ups whose deal slips",
            Field::CycleDays => "sales cycle in days",
            Field::ExtraCycleDays => "extra cycle days from late calls",
            Field::CostOfCapital => "annual cost of capital",
            Field::CostPerLead => "cost per lead",
            Field::RepAttrition => "annual rep attrition",
            Field::ReplacementCost => "replacement cost per rep",
            Field::ForecastThreshold => "forecast warning threshold",
            Field::RevenueGoal => "revenue goal per month",
            Field::BenchmarkDials => "benchmark dials per day",
            Field::BenchmarkConnect => "benchmark connect rate",
            Field::BenchmarkUnanswered => "benchmark unanswered after three attempts",
            Field::BenchmarkCallsToContact => "benchmark calls to first contact",
            Field::BenchmarkDaysToStage => "benchmark days to next stage",
            Field::BenchmarkListeningMin => "lowest benchmark listening share",
            Field::BenchmarkListeningMax => "highest benchmark listening share",
            Field::DaysToStage => "team's days to next stage",
            Field::ListeningShare => "team's listening share",
        }
    }

    /// Checks a value, or its absence, against the field's rule.
    ///
    /// # Errors
    /// Returns [`InputError::Empty`] when a required field has no value, or the error from
    /// [`FieldRule::check`].
    pub fn check(self, value: Option<f64>) -> Result<Option<f64>, InputError> {
        match value {
            Some(value) => self.rule().check(value).map(Some),
            None if self.rule().optional => Ok(None),
            None => Err(InputError::Empty),
        }
    }

    /// Parses the text typed into this field; an empty optional field gives `None`.
    ///
    /// # Errors
    /// Returns the [`InputError`] from [`parse_number`].
    pub fn parse(self, text: &str) -> Result<Option<f64>, InputError> {
        if text.trim().is_empty() && self.rule().optional {
            return Ok(None);
        }
        parse_number(text, &self.rule()).map(Some)
    }
}

impl Scenario {
    /// Returns the value of one field in the unit it is typed in, or `None` for an empty
    /// optional field.
    #[must_use]
    pub fn value(&self, field: Field) -> Option<f64> {
        let rate = |rate: Rate| Some(rate.percent());
        match field {
            Field::TargetCalls => Some(self.target_calls),
            Field::ActualCalls => Some(self.actual_calls),
            Field::ConversionRate => rate(self.conversion_rate),
            Field::DealSize => Some(self.deal_size),
            Field::Reps => Some(f64::from(self.reps)),
            Field::WorkingDays => Some(self.working_days_per_month),
            Field::ConnectRate => rate(self.funnel.connect),
            Field::MeetingRate => rate(self.funnel.meeting),
            Field::WinRate => rate(self.funnel.win),
            Field::GrossMargin => self.gross_margin.map(Rate::percent),
            Field::AttemptsPerLead => Some(f64::from(self.attempts.per_lead)),
            Field::RecommendedAttempts => Some(f64::from(self.attempts.recommended)),
            Field::ContactProbability => self.attempts.contact_probability.map(Rate::percent),
            Field::FollowUpsDue => Some(self.follow_ups.due_per_rep_per_month),
            Field::FollowUpsMissed => rate(self.follow_ups.missed_share),
            Field::FollowUpsLost => rate(self.follow_ups.lost_share),
            Field::FollowUpsSlipped => rate(self.follow_ups.slipped_share),
            Field::CycleDays => Some(self.cycle.base_days),
            Field::ExtraCycleDays => Some(self.cycle.extra_days),
            Field::CostOfCapital => rate(self.cycle.annual_cost_of_capital),
            Field::CostPerLead => Some(self.waste.cost_per_lead),
            Field::RepAttrition => rate(self.waste.annual_attrition),
            Field::ReplacementCost => Some(self.waste.replacement_cost),
            Field::ForecastThreshold => rate(self.forecast_threshold),
            Field::RevenueGoal => self.revenue_goal_per_month,
            Field::BenchmarkDials => Some(self.scorecard.dials_per_day),
            Field::BenchmarkConnect => rate(self.scorecard.connect_rate),
            Field::BenchmarkUnanswered => rate(self.scorecard.unanswered_after_three),
            Field::BenchmarkCallsToContact => Some(self.scorecard.calls_to_first_contact),
            Field::BenchmarkDaysToStage => Some(self.scorecard.days_to_next_stage),
            Field::BenchmarkListeningMin => rate(self.scorecard.listening_min),
            Field::BenchmarkListeningMax => rate(self.scorecard.listening_max),
            Field::DaysToStage => self.scorecard.team_days_to_next_stage,
            Field::ListeningShare => self.scorecard.team_listening_share.map(Rate::percent),
        }
    }

    /// Sets one field from a value in the unit it is typed in, after checking it against the
    /// field's rule and the fields it is combined with.
    ///
    /// # Errors
    /// Returns the [`InputError`] that rejected the value; the scenario is then unchanged.
    pub fn set(&mut self, field: Field, value: Option<f64>) -> Result<(), InputError> {
        let value = field.check(value)?;
        self.check_combination(field, value)?;

        let number = value.unwrap_or(0.0);
        let rate = Rate::from_percent(number);
        // Whole-number rules cap these fields at 100,000, so they fit a u32 exactly.
        let count = number as u32;
        match field {
            Field::TargetCalls => self.target_calls = number,
            Field::ActualCalls => self.actual_calls = number,
            Field::ConversionRate => self.conversion_rate = rate,
            Field::DealSize => self.deal_size = number,
            Field::Reps => self.reps = count,
            Field::WorkingDays => self.working_days_per_month = number,
            Field::ConnectRate => self.funnel.connect = rate,
            Field::MeetingRate => self.funnel.meeting = rate,
            Field::WinRate => self.funnel.win = rate,
            Field::GrossMargin => self.gross_margin = value.map(Rate::from_percent),
            Field::AttemptsPerLead => self.attempts.per_lead = count,
            Field::RecommendedAttempts => self.attempts.recommended = count,
            Field::ContactProbability => {
                self.attempts.contact_probability = value.map(Rate::from_percent);
            }
            Field::FollowUpsDue => self.follow_ups.due_per_rep_per_month = number,
            Field::FollowUpsMissed => self.follow_ups.missed_share = rate,
            Field::FollowUpsLost => self.follow_ups.lost_share = rate,
            Field::FollowUpsSlipped => self.follow_ups.slipped_share = rate,
            Field::CycleDays => self.cycle.base_days = number,
            Field::ExtraCycleDays => self.cycle.extra_days = number,
            Field::CostOfCapital => self.cycle.annual_cost_of_capital = rate,
            Field::CostPerLead => self.waste.cost_per_lead = number,
            Field::RepAttrition => self.waste.annual_attrition = rate,
            Field::ReplacementCost => self.waste.replacement_cost = number,
            Field::ForecastThreshold => self.forecast_threshold = rate,
            Field::RevenueGoal => self.revenue_goal_per_month = value,
            Field::BenchmarkDials => self.scorecard.dials_per_day = number,
            Field::BenchmarkConnect => self.scorecard.connect_rate = rate,
            Field::BenchmarkUnanswered => self.scorecard.unanswered_after_three = rate,
            Field::BenchmarkCallsToContact => self.scorecard.calls_to_first_contact = number,
            Field::BenchmarkDaysToStage => self.scorecard.days_to_next_stage = number,
            Field::BenchmarkListeningMin => self.scorecard.listening_min = rate,
            Field::BenchmarkListeningMax => self.scorecard.listening_max = rate,
            Field::DaysToStage => self.scorecard.team_days_to_next_stage = value,
            Field::ListeningShare => {
                self.scorecard.team_listening_share = value.map(Rate::from_percent);
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_then_value_round_trips() {
        let mut scenario = Scenario::default();
        for (index, field) in Field::ALL.into_iter().enumerate() {
            let rule = field.rule();
            // A whole value inside every range that differs from field to field.
            let value = (rule.min + 1.0 + (index % 5) as f64).min(rule.max);
            let result = scenario.set(field, Some(value));
            if result.is_ok() {
                assert_eq!(scenario.value(field), Some(value), "{field:?}");
            } else {
                assert!(
                    matches!(result, Err(InputError::RangeOutOfOrder)),
                    "{field:?}: {result:?}"
                );
            }
        }
    }

    #[test]
    fn set_rejects_and_keeps_old_value() {
        let mut scenario = Scenario::default();
        assert_eq!(
            scenario.set(Field::Reps, Some(2.5)),
            Err(InputError::NotWhole)
        );
        assert_eq!(scenario.reps, 5);
        assert_eq!(
            scenario.set(Field::ConversionRate, Some(120.0)),
            Err(InputError::RateAbove100)
        );
        assert_eq!(scenario.conversion_rate, Rate::from_percent(2.0));
        assert_eq!(scenario.set(Field::DealSize, None), Err(InputError::Empty));
    }

    #[test]
    fn optional_fields_accept_empty() {
        let mut scenario = Scenario::default();
        assert_eq!(scenario.set(Field::GrossMargin, Some(60.0)), Ok(()));
        assert_eq!(scenario.gross_margin, Some(Rate::from_percent(60.0)));
        assert_eq!(scenario.set(Field::GrossMargin, None), Ok(()));
        assert_eq!(scenario.gross_margin, None);
        assert_eq!(Field::RevenueGoal.parse("  "), Ok(None));
        assert_eq!(Field::DealSize.parse("  "), Err(InputError::Empty));
    }

    #[test]
    fn follow_up_shares_cannot_pass_100() {
        let mut scenario = Scenario::default();
        assert_eq!(scenario.set(Field::FollowUpsLost, Some(60.0)), Ok(()));
        assert_eq!(
            scenario.set(Field::FollowUpsSlipped, Some(50.0)),
            Err(InputError::SharesAbove100 {
                other: Field::FollowUpsLost.name(),
                room: 40.0,
            })
        );
        assert_eq!(scenario.follow_ups.slipped_share, Rate::from_percent(25.0));
        assert_eq!(scenario.set(Field::FollowUpsSlipped, Some(40.0)), Ok(()));
    }

    #[test]
    fn listening_range_stays_ordered() {
        let mut scenario = Scenario::default();
        assert_eq!(
            scenario.set(Field::BenchmarkListeningMin, Some(85.0)),
            Err(InputError::RangeOutOfOrder)
        );
        assert_eq!(
            scenario.set(Field::BenchmarkListeningMax, Some(60.0)),
            Err(InputError::RangeOutOfOrder)
        );
        assert_eq!(
            scenario.set(Field::BenchmarkListeningMin, Some(80.0)),
            Ok(())
        );
    }
}
