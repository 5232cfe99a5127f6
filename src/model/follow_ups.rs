//! Revenue that leaks when reps miss follow-ups on open deals.
//!
//! Per month for the team: missed follow-ups = due per rep × reps × missed share. Of those,
//! the dying share loses the deal and the slipping share moves it past its close date. Each
//! affected deal is worth its win rate times the deal size.

use serde::{Deserialize, Serialize};

use super::cost::{CostReport, Period};

/// Follow-up leakage for one period.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct FollowUps {
    /// Follow-ups missed in the period.
    pub missed: f64,
    /// Revenue of the deals that die for want of a follow-up.
    pub lost_revenue: f64,
    /// Revenue of the deals that slip to a later period.
    pub slipped_revenue: f64,
}

impl CostReport {
    /// Returns the revenue lost and slipped through missed follow-ups in one period.
    #[must_use]
    pub fn follow_ups(&self, period: Period) -> FollowUps {
        let scenario = &self.scenario;
        let inputs = &scenario.follow_ups;
        let months = self.days(period) / scenario.working_days_per_month;
        let due = inputs.due_per_rep_per_month * f64::from(scenario.reps) * months;
        let missed = inputs.missed_share.of(due);
        let deal_value = self.funnel.win.of(scenario.deal_size);
        FollowUps {
            missed,
            lost_revenue: inputs.lost_share.of(missed) * deal_value,
            slipped_revenue: inputs.slipped_share.of(missed) * deal_value,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Rate, Scenario};

    #[test]
    fn follow_up_leakage_per_month() {
        let mut scenario = Scenario {
            reps: 4,
            deal_size: 10_000.0,
            ..Scenario::default()
        };
        scenario.follow_ups.due_per_rep_per_month = 50.0;
        scenario.follow_ups.missed_share = Rate::from_percent(20.0);
        scenario.follow_ups.lost_share = Rate::from_percent(25.0);
        scenario.follow_ups.slipped_share = Rate::from_percent(50.0);
        let report = scenario.cost().expect("valid");
        let month = report.follow_ups(Period::Month);
        // 50 × 4 = 200 due; 40 missed; win rate 40 % of 10,000 = 4,000 a deal.
        assert!((month.missed - 40.0).abs() < 1e-9);
        assert!((month.lost_revenue - 10.0 * 4_000.0).abs() < 1e-6);
        assert!((month.slipped_revenue - 20.0 * 4_000.0).abs() < 1e-6);
        let year = report.follow_ups(Period::Year);
        assert!((year.missed - 480.0).abs() < 1e-9);
    }
}
