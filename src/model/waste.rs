//! Money already spent that the missing dials waste: leads bought and never called, and
//! reps replaced.

use serde::{Deserialize, Serialize};

use super::cost::{CostReport, Period};

/// Wasted resources in one period.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Waste {
    /// Leads never called: missed dials ÷ attempts per lead.
    pub uncalled_leads: f64,
    /// The price paid for those leads.
    pub wasted_lead_spend: f64,
    /// Cost of replacing the reps who leave, prorated to the period. Only part of it is due
    /// to call reluctance, so the total leaves it out.
    pub rep_churn_cost: f64,
}

impl CostReport {
    /// Returns the spend wasted in one period.
    #[must_use]
    pub fn waste(&self, period: Period) -> Waste {
        let scenario = &self.scenario;
        let inputs = &scenario.waste;
        let missed = self.figures(period).missed_calls;
        let uncalled_leads = missed / f64::from(scenario.attempts.per_lead);
        let yearly_churn =
            inputs.annual_attrition.of(f64::from(scenario.reps)) * inputs.replacement_cost;
        let share_of_year = self.days(period) / self.days(Period::Year);
        Waste {
            uncalled_leads,
            wasted_lead_spend: uncalled_leads * inputs.cost_per_lead,
            rep_churn_cost: yearly_churn * share_of_year,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Rate, Scenario};

    #[test]
    fn uncalled_leads_and_churn() {
        let mut scenario = Scenario {
            target_calls: 80.0,
            actual_calls: 60.0,
            reps: 10,
            ..Scenario::default()
        };
        scenario.attempts.per_lead = 4;
        scenario.waste.cost_per_lead = 20.0;
        scenario.waste.annual_attrition = Rate::from_percent(30.0);
        scenario.waste.replacement_cost = 40_000.0;
        let report = scenario.cost().expect("valid");
        let day = report.waste(Period::Day);
        // 20 × 10 = 200 missed dials ÷ 4 attempts = 50 leads × 20 = 1,000.
        assert!((day.uncalled_leads - 50.0).abs() < 1e-9);
        assert!((day.wasted_lead_spend - 1_000.0).abs() < 1e-9);
        // 10 reps × 30 % × 40,000 = 120,000 a year.
        assert!((report.waste(Period::Year).rep_churn_cost - 120_000.0).abs() < 1e-6);
        assert!((report.waste(Period::Quarter).rep_churn_cost - 30_000.0).abs() < 1e-6);
    }
}
