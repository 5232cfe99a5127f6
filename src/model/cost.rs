//! The direct cost of the missing dials: missed dials, lost conversations, meetings and
//! deals, and the revenue those deals would have brought.
//!
//! For one working day and the whole team:
//!
//! - missed dials = max(target − made, 0) × reps
//! - lost conversations = missed dials × connect rate, lost meetings = × meeting rate
//! - lost deals = missed dials × calls-to-deal rate
//! - lost revenue = lost deals × average deal size
//!
//! A longer period is the day times the working days it contains (see [`Period`]).

use serde::{Deserialize, Serialize};

use super::funnel::Funnel;
use super::scenario::{Rate, Scenario, ScenarioError};

/// A span of time the figures are given for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Period {
    /// One working day.
    Day,
    /// One week: a twelfth of the working days in a year times 12 / 52.
    Week,
    /// One month of the scenario's working days.
    Month,
    /// Three months.
    Quarter,
    /// Twelve months.
    #[default]
    Year,
}

impl Period {
    /// Every period, shortest first.
    pub const ALL: [Period; 5] = [
        Period::Day,
        Period::Week,
        Period::Month,
        Period::Quarter,
        Period::Year,
    ];

    /// Returns how many working days the period holds, given the working days per month.
    #[must_use]
    pub fn working_days(self, working_days_per_month: f64) -> f64 {
        match self {
            Period::Day => 1.0,
            Period::Week => working_days_per_month * 12.0 / 52.0,
            Period::Month => working_days_per_month,
            Period::Quarter => working_days_per_month * 3.0,
            Period::Year => working_days_per_month * 12.0,
        }
    }

    /// Returns the period's name in lower case, such as `"month"`.
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Period::Day => "day",
            Period::Week => "week",
            Period::Month => "month",
            Period::Quarter => "quarter",
            Period::Year => "year",
        }
    }
}

/// The direct cost of the call gap over one period, for the whole team.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PeriodFigures {
    /// Dials the team should have made and did not.
    pub missed_calls: f64,
    /// Live conversations those dials would have reached.
    pub lost_conversations: f64,
    /// Meetings those conversations would have set.
    pub lost_meetings: f64,
    /// Deals those dials would have closed; may be fractional.
    pub lost_deals: f64,
    /// Revenue of the lost deals at the average deal size.
    pub lost_revenue: f64,
    /// Gross profit of the lost revenue, when a margin is given.
    pub lost_gross_profit: Option<f64>,
}

impl PeriodFigures {
    fn scaled(self, factor: f64) -> Self {
        Self {
            missed_calls: self.missed_calls * factor,
            lost_conversations: self.lost_conversations * factor,
            lost_meetings: self.lost_meetings * factor,
            lost_deals: self.lost_deals * factor,
            lost_revenue: self.lost_revenue * factor,
            lost_gross_profit: self.lost_gross_profit.map(|profit| profit * factor),
        }
    }
}

/// The difference between dials made and the target, per rep per working day.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum ActivityGap {
    /// Reps make fewer dials than the target.
    Below {
        /// Dials short of the target.
        calls: f64,
        /// The shortfall as a percentage of the target.
        percent_of_target: f64,
    },
    /// Reps make exactly the target.
    OnTarget,
    /// Reps make more dials than the target.
    Above {
        /// Dials beyond the target.
        calls: f64,
        /// The surplus as a percentage of the target, or `None` when the target is zero.
        percent_of_target: Option<f64>,
    },
}

impl ActivityGap {
    /// Compares the dials made with the target, per rep per working day.
    #[must_use]
    pub fn between(target_calls: f64, actual_calls: f64) -> Self {
        let difference = target_calls - actual_calls;
        if difference > 0.0 {
            ActivityGap::Below {
                calls: difference,
                // The target is above the dials made, which are at least zero, so it is
                // positive here.
                percent_of_target: difference / target_calls * 100.0,
            }
        } else if difference < 0.0 {
            let calls = -difference;
            ActivityGap::Above {
                calls,
                percent_of_target: (target_calls > 0.0).then(|| calls / target_calls * 100.0),
            }
        } else {
            ActivityGap::OnTarget
        }
    }

    /// Returns the dials short of the target per rep per day, or zero on or above it.
    #[must_use]
    pub fn missed_calls_per_rep(self) -> f64 {
        match self {
            ActivityGap::Below { calls, .. } => calls,
            ActivityGap::OnTarget | ActivityGap::Above { .. } => 0.0,
        }
    }
}

/// The direct cost of a scenario's call gap, for the whole team.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct CostReport {
    /// The scenario the figures come from.
    pub scenario: Scenario,
    /// The stage rates the figures use; in simple mode they are derived from the one rate.
    pub funnel: Funnel,
    /// Closed deals per dial.
    pub calls_to_deal: Rate,
    /// The difference between dials made and the target.
    pub gap: ActivityGap,
    /// The figures for one working day; longer periods are multiples of it.
    pub per_day: PeriodFigures,
}

impl CostReport {
    /// Returns the direct cost for one period.
    #[must_use]
    pub fn figures(&self, period: Period) -> PeriodFigures {
        self.per_day.scaled(self.days(period))
    }

    /// Returns the working days in `period` for this scenario.
    #[must_use]
    pub fn days(&self, period: Period) -> f64 {
        period.working_days(self.scenario.working_days_per_month)
    }

    /// Returns what one more dial per rep per working day would bring the team in a year.
    #[must_use]
    pub fn marginal_dial_value_per_year(&self) -> f64 {
        let scenario = &self.scenario;
        f64::from(scenario.reps)
            * self.calls_to_deal.of(scenario.deal_size)
            * self.days(Period::Year)
    }
}

impl Scenario {
    /// Computes what the call gap costs the team.
    ///
    /// # Errors
    /// Returns a [`ScenarioError`] when a field is out of range, so that no `NaN`, infinity
    /// or negative cost can come out.
    pub fn cost(&self) -> Result<CostReport, ScenarioError> {
        self.validate()?;

        let funnel = self.effective_funnel();
        let calls_to_deal = self.calls_to_deal();
        let gap = ActivityGap::between(self.target_calls, self.actual_calls);

        let missed_calls = gap.missed_calls_per_rep() * f64::from(self.reps);
        let lost_conversations = funnel.connect.of(missed_calls);
        let lost_meetings = funnel.meeting.of(lost_conversations);
        let lost_deals = calls_to_deal.of(missed_calls);
        let lost_revenue = lost_deals * self.deal_size;
        let lost_gross_profit = self.gross_margin.map(|margin| margin.of(lost_revenue));

        Ok(CostReport {
            scenario: *self,
            funnel,
            calls_to_deal,
            gap,
            per_day: PeriodFigures {
                missed_calls,
                lost_conversations,
                lost_meetings,
                lost_deals,
                lost_revenue,
                lost_gross_profit,
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::RateMode;

    #[test]
    fn gap_between_target_and_actual() {
        assert_eq!(
            ActivityGap::between(100.0, 50.0),
            ActivityGap::Below {
                calls: 50.0,
                percent_of_target: 50.0
            }
        );
        assert_eq!(ActivityGap::between(60.0, 60.0), ActivityGap::OnTarget);
        assert_eq!(
            ActivityGap::between(80.0, 100.0),
            ActivityGap::Above {
                calls: 20.0,
                percent_of_target: Some(25.0)
            }
        );
        assert_eq!(
            ActivityGap::between(0.0, 10.0),
            ActivityGap::Above {
                calls: 10.0,
                percent_of_target: None
            }
        );
    }

    #[test]
    fn periods_scale_the_day() {
        let scenario = Scenario {
            target_calls: 10.0,
            actual_calls: 6.0,
            conversion_rate: Rate::from_percent(10.0),
            deal_size: 1_000.0,
            reps: 2,
            working_days_per_month: 20.0,
            ..Scenario::default()
        };
        let report = scenario.cost().expect("valid scenario");
        // 4 missed per rep × 2 reps = 8 dials; 10 % of 8 = 0.8 deals; × 1,000 = 800.
        let day = report.figures(Period::Day);
        assert_eq!(day.missed_calls, 8.0);
        assert!(
            (day.lost_deals - 0.8).abs() < 1e-12,
            "lost deals {}",
            day.lost_deals
        );
        assert!(
            (day.lost_revenue - 800.0).abs() < 1e-9,
            "lost revenue {}",
            day.lost_revenue
        );
        // A week is 20 × 12 / 52 working days.
        let week = report.figures(Period::Week);
        assert!((week.missed_calls - 8.0 * 240.0 / 52.0).abs() < 1e-9);
        let month = report.figures(Period::Month);
        assert_eq!(month.missed_calls, 160.0);
        assert!((month.lost_revenue - 16_000.0).abs() < 1e-9);
        let quarter = report.figures(Period::Quarter);
        assert_eq!(quarter.missed_calls, 480.0);
        let year = report.figures(Period::Year);
        assert_eq!(year.missed_calls, 1_920.0);
        assert!((year.lost_revenue - 192_000.0).abs() < 1e-6);
    }

    #[test]
    fn funnel_stages_and_margin() {
        let scenario = Scenario {
            target_calls: 100.0,
            actual_calls: 60.0,
            rate_mode: RateMode::Funnel,
            funnel: Funnel {
                connect: Rate::from_percent(25.0),
                meeting: Rate::from_percent(20.0),
                win: Rate::from_percent(50.0),
            },
            deal_size: 10_000.0,
            gross_margin: Some(Rate::from_percent(60.0)),
            reps: 2,
            ..Scenario::default()
        };
        let day = scenario.cost().expect("valid").figures(Period::Day);
        // 40 × 2 = 80 dials; 25 % = 20 conversations; 20 % = 4 meetings; 50 % = 2 deals.
        assert_eq!(day.missed_calls, 80.0);
        assert_eq!(day.lost_conversations, 20.0);
        assert_eq!(day.lost_meetings, 4.0);
        assert!((day.lost_deals - 2.0).abs() < 1e-12);
        assert!((day.lost_revenue - 20_000.0).abs() < 1e-8);
        assert!((day.lost_gross_profit.expect("margin given") - 12_000.0).abs() < 1e-8);
    }

    #[test]
    fn marginal_dial_value() {
        let scenario = Scenario {
            conversion_rate: Rate::from_percent(5.0),
            deal_size: 25_000.0,
            reps: 2,
            working_days_per_month: 20.0,
            ..Scenario::default()
        };
        // 2 reps × 5 % × 25,000 = 2,500 a day; × 240 working days = 600,000.
        let value = scenario
            .cost()
            .expect("valid")
            .marginal_dial_value_per_year();
        assert!((value - 600_000.0).abs() < 1e-6, "{value}");
    }

    #[test]
    fn cost_rejects_invalid_scenario() {
        let scenario = Scenario {
            working_days_per_month: 0.0,
            ..Scenario::default()
        };
        assert!(scenario.cost().is_err());
    }
}
