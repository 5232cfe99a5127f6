//! The total cost of call reluctance, counting each unit of money once.
//!
//! The total adds four parts that do not overlap: revenue lost to missed dials, revenue
//! lost to missed follow-ups, lead spend wasted on leads never called, and the cost of
//! waiting longer for revenue. It leaves out, on purpose:
//!
//! - the forecast overstatement and the pipeline variance, which are the same money as the
//!   revenue lost to missed dials seen from the plan's side;
//! - slipped revenue, which arrives late rather than never;
//! - reachable leads lost by stopping early, because reaching them takes the same dials the
//!   call gap is short of;
//! - rep churn, of which only part is due to call reluctance;
//! - gross profit, which is a second view of the same revenue.

use serde::{Deserialize, Serialize};

use super::cost::{CostReport, Period};

/// The total cost for one period and the parts it adds up.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct TotalCost {
    /// Revenue lost to missed dials.
    pub lost_revenue: f64,
    /// Revenue lost to missed follow-ups.
    pub follow_up_lost_revenue: f64,
    /// Lead spend wasted on leads never called.
    pub wasted_lead_spend: f64,
    /// Cost of waiting longer for revenue.
    pub delay_cost: f64,
    /// The sum of the four parts.
    pub total: f64,
}

impl CostReport {
    /// Returns the total cost of call reluctance in one period.
    #[must_use]
    pub fn total(&self, period: Period) -> TotalCost {
        let lost_revenue = self.figures(period).lost_revenue;
        let follow_up_lost_revenue = self.follow_ups(period).lost_revenue;
        let wasted_lead_spend = self.waste(period).wasted_lead_spend;
        let delay_cost = self.cycle(period).delay_cost;
        TotalCost {
            lost_revenue,
            follow_up_lost_revenue,
            wasted_lead_spend,
            delay_cost,
            total: lost_revenue + follow_up_lost_revenue + wasted_lead_spend + delay_cost,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Scenario;

    #[test]
    fn default_total_is_lost_revenue() {
        let report = Scenario::default().cost().expect("valid");
        let total = report.total(Period::Year);
        assert_eq!(total.total, report.figures(Period::Year).lost_revenue);
        assert_eq!(total.follow_up_lost_revenue, 0.0);
        assert_eq!(total.wasted_lead_spend, 0.0);
        assert_eq!(total.delay_cost, 0.0);
    }

    #[test]
    fn total_adds_its_parts() {
        let mut scenario = Scenario::default();
        scenario.follow_ups.due_per_rep_per_month = 30.0;
        scenario.waste.cost_per_lead = 12.0;
        scenario.cycle.extra_days = 14.0;
        let total = scenario.cost().expect("valid").total(Period::Month);
        let sum = total.lost_revenue
            + total.follow_up_lost_revenue
            + total.wasted_lead_spend
            + total.delay_cost;
        assert_eq!(total.total, sum);
        assert!(total.follow_up_lost_revenue > 0.0);
        assert!(total.wasted_lead_spend > 0.0);
        assert!(total.delay_cost > 0.0);
    }
}
