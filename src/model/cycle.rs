//! Longer sales cycles: slower pipeline velocity, revenue that arrives later, and what
//! waiting for it costs at the cost of capital.
//!
//! Pipeline velocity is opportunities × deal size × win rate ÷ cycle days: revenue per
//! calendar day, with the opportunities opened in a month at actual activity.

use serde::{Deserialize, Serialize};

use super::cost::{CostReport, Period};

/// Average calendar days in a month.
const CALENDAR_DAYS_PER_MONTH: f64 = 365.0 / 12.0;

/// Cycle effects for one period.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Cycle {
    /// Opportunities opened per month at actual activity.
    pub opportunities_per_month: f64,
    /// Revenue per calendar day with the base cycle.
    pub velocity_before: f64,
    /// Revenue per calendar day with the longer cycle.
    pub velocity_after: f64,
    /// Revenue won in the period, all of which arrives the extra days later.
    pub revenue_pushed_later: f64,
    /// Cost of waiting for that revenue at the annual cost of capital.
    pub delay_cost: f64,
    /// Calendar days until today's calls turn into cash: the whole cycle.
    pub days_to_cash: f64,
    /// The month, counted from now, in which today's calls turn into cash.
    pub cash_month: u32,
}

impl CostReport {
    /// Returns the cycle effects in one period.
    #[must_use]
    pub fn cycle(&self, period: Period) -> Cycle {
        let scenario = &self.scenario;
        let inputs = &scenario.cycle;
        let monthly_dials =
            scenario.actual_calls * f64::from(scenario.reps) * scenario.working_days_per_month;
        let opportunities_per_month = self
            .funnel
            .meeting
            .of(self.funnel.connect.of(monthly_dials));
        let monthly_value = self
            .funnel
            .win
            .of(opportunities_per_month * scenario.deal_size);

        let period_dials = scenario.actual_calls * f64::from(scenario.reps) * self.days(period);
        let revenue_pushed_later = self.calls_to_deal.of(period_dials) * scenario.deal_size;
        let days_to_cash = inputs.base_days + inputs.extra_days;

        Cycle {
            opportunities_per_month,
            velocity_before: monthly_value / inputs.base_days,
            velocity_after: monthly_value / days_to_cash,
            revenue_pushed_later,
            delay_cost: inputs.annual_cost_of_capital.of(revenue_pushed_later) * inputs.extra_days
                / 365.0,
            days_to_cash,
            cash_month: cash_month(days_to_cash),
        }
    }
}

/// Returns the month, counted from now, that `days` calendar days fall in (0 for none).
fn cash_month(days: f64) -> u32 {
    // The cycle is at most 2,000 days, about 66 months, so the cast cannot truncate.
    (days / CALENDAR_DAYS_PER_MONTH).ceil() as u32
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Scenario;

    #[test]
    fn slower_cycle_costs_capital() {
        let mut scenario = Scenario {
            actual_calls: 50.0,
            reps: 2,
            working_days_per_month: 20.0,
            deal_size: 10_000.0,
            ..Scenario::default()
        };
        scenario.cycle.base_days = 60.0;
        scenario.cycle.extra_days = 30.0;
        let cycle = scenario.cost().expect("valid").cycle(Period::Year);
        // 50 × 2 × 20 = 2,000 dials a month; 25 % connect, 20 % meeting = 100 opportunities.
        assert!((cycle.opportunities_per_month - 100.0).abs() < 1e-9);
        // 100 × 10,000 × 40 % = 400,000 a month of velocity numerator.
        assert!((cycle.velocity_before - 400_000.0 / 60.0).abs() < 1e-6);
        assert!((cycle.velocity_after - 400_000.0 / 90.0).abs() < 1e-6);
        // A year of dials: 24,000 × 2 % × 10,000 = 4,800,000; 8 % × 30 / 365 of it.
        assert!((cycle.revenue_pushed_later - 4_800_000.0).abs() < 1e-3);
        assert!((cycle.delay_cost - 4_800_000.0 * 0.08 * 30.0 / 365.0).abs() < 1e-6);
        assert_eq!(cycle.days_to_cash, 90.0);
        assert_eq!(cycle.cash_month, 3);
    }

    #[test]
    fn cash_month_counts_from_now() {
        assert_eq!(cash_month(0.0), 0);
        assert_eq!(cash_month(1.0), 1);
        assert_eq!(cash_month(30.0), 1);
        assert_eq!(cash_month(31.0), 2);
        assert_eq!(cash_month(365.0), 12);
    }
}
