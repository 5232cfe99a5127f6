//! The cost of the missing calls: missed calls, lost deals and lost revenue for the team.
//!
//! For one working day and the whole team:
//!
//! - missed calls = max(target − made, 0) × reps
//! - lost deals = missed calls × conversion rate
//! - lost revenue = lost deals × average deal size
//!
//! A month is the day times the working days per month, and a year is twelve months.

use serde::{Deserialize, Serialize};

use super::scenario::{Scenario, ScenarioError};

/// A span of time the figures are given for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Period {
    /// One working day.
    Day,
    /// One month of the scenario's working days.
    Month,
    /// Twelve months.
    Year,
}

impl Period {
    /// Every period, shortest first.
    pub const ALL: [Period; 3] = [Period::Day, Period::Month, Period::Year];

    /// Returns how many working days the period holds, given the working days per month.
    #[must_use]
    pub fn working_days(self, working_days_per_month: f64) -> f64 {
        match self {
            Period::Day => 1.0,
            Period::Month => working_days_per_month,
            Period::Year => working_days_per_month * 12.0,
        }
    }
}

/// The cost of the call gap over one period, for the whole team.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PeriodFigures {
    /// Calls the team should have made and did not.
    pub missed_calls: f64,
    /// Deals those calls would have closed at the conversion rate; may be fractional.
    pub lost_deals: f64,
    /// Revenue of the lost deals at the average deal size.
    pub lost_revenue: f64,
}

impl PeriodFigures {
    fn scaled(self, factor: f64) -> Self {
        Self {
            missed_calls: self.missed_calls * factor,
            lost_deals: self.lost_deals * factor,
            lost_revenue: self.lost_revenue * factor,
        }
    }
}

/// The difference between calls made and the target, per rep per working day.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum ActivityGap {
    /// Reps make fewer calls than the target.
    Below {
        /// Calls short of the target.
        calls: f64,
        /// The shortfall as a percentage of the target.
        percent_of_target: f64,
    },
    /// Reps make exactly the target.
    OnTarget,
    /// Reps make more calls than the target.
    Above {
        /// Calls beyond the target.
        calls: f64,
        /// The surplus as a percentage of the target, or `None` when the target is zero.
        percent_of_target: Option<f64>,
    },
}

impl ActivityGap {
    /// Compares the calls made with the target, per rep per working day.
    #[must_use]
    pub fn between(target_calls: f64, actual_calls: f64) -> Self {
        let difference = target_calls - actual_calls;
        if difference > 0.0 {
            ActivityGap::Below {
                calls: difference,
                // The target is above the calls made, which are at least zero, so it is
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

    /// Returns the calls short of the target per rep per day, or zero on or above it.
    #[must_use]
    pub fn missed_calls_per_rep(self) -> f64 {
        match self {
            ActivityGap::Below { calls, .. } => calls,
            ActivityGap::OnTarget | ActivityGap::Above { .. } => 0.0,
        }
    }
}

/// The cost of a scenario's call gap, for the whole team.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct CostReport {
    /// The difference between calls made and the target.
    pub gap: ActivityGap,
    /// The figures for one working day; longer periods are multiples of it.
    pub per_day: PeriodFigures,
    /// Working days in one month, which sets the length of a month and a year.
    pub working_days_per_month: f64,
}

impl CostReport {
    /// Returns the figures for one period.
    #[must_use]
    pub fn figures(&self, period: Period) -> PeriodFigures {
        self.per_day
            .scaled(period.working_days(self.working_days_per_month))
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

        let gap = ActivityGap::between(self.target_calls, self.actual_calls);
        let missed_calls = gap.missed_calls_per_rep() * f64::from(self.reps);
        let lost_deals = self.conversion_rate.of(missed_calls);
        let lost_revenue = lost_deals * self.deal_size;

        Ok(CostReport {
            gap,
            per_day: PeriodFigures {
                missed_calls,
                lost_deals,
                lost_revenue,
            },
            working_days_per_month: self.working_days_per_month,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Rate;

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
        };
        let report = scenario.cost().expect("valid scenario");
        // 4 missed per rep × 2 reps = 8 calls; 10 % of 8 = 0.8 deals; × 1,000 = 800.
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
        let month = report.figures(Period::Month);
        assert_eq!(month.missed_calls, 160.0);
        assert!((month.lost_revenue - 16_000.0).abs() < 1e-9);
        let year = report.figures(Period::Year);
        assert_eq!(year.missed_calls, 1_920.0);
        assert!((year.lost_revenue - 192_000.0).abs() < 1e-6);
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
