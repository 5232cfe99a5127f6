//! Attempts per lead: the leads a team gives up on while they were still reachable.
//!
//! With a chance `q` that one attempt reaches the lead, the share reached within `n`
//! attempts is `1 − (1 − q)^n`. A rep who stops after `n` attempts spends on average
//! `(1 − (1 − q)^n) / q` dials on a lead, because a reached lead needs no more.

use serde::{Deserialize, Serialize};

use super::cost::{CostReport, Period};

/// The cost of stopping before the recommended attempts, for one period.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Attempts {
    /// Chance that one attempt reaches the lead.
    pub contact_probability: f64,
    /// Share of leads reached within the attempts reps make.
    pub reached_share: f64,
    /// Share of leads reached within the recommended attempts.
    pub recommended_reached_share: f64,
    /// Share of leads still unanswered after three attempts.
    pub unanswered_after_three: f64,
    /// Leads the team works in the period at its actual activity.
    pub leads_worked: f64,
    /// Leads the recommended attempts would have reached that the team's attempts do not.
    pub reachable_leads_lost: f64,
    /// The value of those leads through the rest of the funnel.
    pub reachable_leads_value: f64,
}

/// Returns the share of leads reached within `attempts` tries at `probability` per try.
#[must_use]
pub fn reached_within(probability: f64, attempts: u32) -> f64 {
    1.0 - (1.0 - probability).powi(attempts_exponent(attempts))
}

/// Returns the average dials spent on one lead when reps stop after `attempts` tries.
#[must_use]
pub fn dials_per_lead(probability: f64, attempts: u32) -> f64 {
    if probability == 0.0 {
        return f64::from(attempts);
    }
    reached_within(probability, attempts) / probability
}

fn attempts_exponent(attempts: u32) -> i32 {
    // The scenario caps attempts at 20, far inside i32.
    i32::try_from(attempts).unwrap_or(i32::MAX)
}

impl CostReport {
    /// Returns what stopping before the recommended attempts costs in one period.
    #[must_use]
    pub fn attempts(&self, period: Period) -> Attempts {
        let scenario = &self.scenario;
        let q = scenario.contact_probability().fraction();
        let attempts_made = scenario.attempts.per_lead;
        let recommended = scenario.attempts.recommended;

        let reached_share = reached_within(q, attempts_made);
        let recommended_reached_share = reached_within(q, recommended);
        let dials = scenario.actual_calls * f64::from(scenario.reps) * self.days(period);
        let leads_worked = dials / dials_per_lead(q, attempts_made);
        let extra_share = (recommended_reached_share - reached_share).max(0.0);
        let reachable_leads_lost = leads_worked * extra_share;
        // A reached lead is a live conversation, so its value is the rest of the funnel.
        let conversation_value = self
            .funnel
            .meeting
            .of(self.funnel.win.of(scenario.deal_size));

        Attempts {
            contact_probability: q,
            reached_share,
            recommended_reached_share,
            unanswered_after_three: (1.0 - q).powi(3),
            leads_worked,
            reachable_leads_lost,
            reachable_leads_value: reachable_leads_lost * conversation_value,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Rate, Scenario};

    #[test]
    fn reach_probabilities() {
        assert!((reached_within(0.25, 1) - 0.25).abs() < 1e-12);
        assert!((reached_within(0.25, 2) - 0.4375).abs() < 1e-12);
        assert!((reached_within(0.5, 3) - 0.875).abs() < 1e-12);
        assert_eq!(reached_within(0.0, 6), 0.0);
        assert!((dials_per_lead(0.25, 2) - 1.75).abs() < 1e-12);
        assert_eq!(dials_per_lead(0.0, 4), 4.0);
    }

    #[test]
    fn stopping_at_two_of_six_attempts() {
        let mut scenario = Scenario {
            actual_calls: 70.0,
            reps: 1,
            deal_size: 10_000.0,
            conversion_rate: Rate::from_percent(2.0),
            ..Scenario::default()
        };
        scenario.attempts.contact_probability = Some(Rate::from_percent(50.0));
        let attempts = scenario.cost().expect("valid").attempts(Period::Day);
        // q = 0.5: two attempts reach 75 %, six reach 63/64; 1.5 dials per lead → 70 / 1.5 leads.
        let leads = 70.0 / 1.5;
        assert!((attempts.leads_worked - leads).abs() < 1e-9);
        assert!((attempts.reachable_leads_lost - leads * (63.0 / 64.0 - 0.75)).abs() < 1e-9);
        assert!((attempts.unanswered_after_three - 0.125).abs() < 1e-12);
        // The default funnel for 2 %: meeting 20 %, win 40 %, so a conversation is worth 800.
        let value = attempts.reachable_leads_lost * 800.0;
        assert!((attempts.reachable_leads_value - value).abs() < 1e-6);
    }

    #[test]
    fn no_loss_when_recommended_is_not_more() {
        let mut scenario = Scenario::default();
        scenario.attempts.per_lead = 6;
        scenario.attempts.recommended = 4;
        let attempts = scenario.cost().expect("valid").attempts(Period::Month);
        assert_eq!(attempts.reachable_leads_lost, 0.0);
        assert_eq!(attempts.reachable_leads_value, 0.0);
    }
}
