//! The team roster: one row per rep, each rep's cost, and the roll-up into team inputs.
//!
//! A rep's missed dials are `max(target − made, 0)`, so a rep above target does not make up
//! for a rep below it. The roll-up turns the rows into the team inputs that give exactly the
//! roster's missed dials and lost deals:
//!
//! - reps = the number of rows;
//! - target = the mean target;
//! - dials made = the mean target minus the mean shortfall;
//! - conversion = the mean of the reps' rates weighted by their shortfall (the team rate for
//!   a rep without one; the team rate itself when no rep falls short).

use serde::{Deserialize, Serialize};

use super::fields::Field;
use super::scenario::Rate;

/// Most rows a roster holds; far beyond one manager's team, and it keeps a page responsive.
pub const MAX_REPS: usize = 1_000;

/// One rep's row.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Rep {
    /// The rep's name, as the manager typed it.
    pub name: String,
    /// Dials the rep should make per working day.
    pub target_calls: f64,
    /// Dials the rep makes per working day.
    pub actual_calls: f64,
    /// The rep's own closed deals per dial, if known; otherwise the team rate applies.
    pub calls_to_deal: Option<Rate>,
}

/// The cost of one rep's shortfall per working day, and its share of the team's.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct RepCost {
    /// Dials short of the rep's target.
    pub missed_calls: f64,
    /// Deals those dials would have closed.
    pub lost_deals: f64,
    /// Revenue of those deals.
    pub lost_revenue: f64,
    /// The rep's share of the team's missed dials, in percent; `None` when no rep misses any.
    pub share_of_team_gap: Option<f64>,
    /// The shortfall as a percentage of the rep's target; `None` for a zero target.
    pub gap_percent: Option<f64>,
    /// Whether the shortfall is above the flag threshold.
    pub flagged: bool,
}

/// The team inputs the roster stands for.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct RollUp {
    /// The number of reps.
    pub reps: u32,
    /// The mean target per rep per day.
    pub target_calls: f64,
    /// The mean target minus the mean shortfall.
    pub actual_calls: f64,
    /// The shortfall-weighted conversion rate.
    pub conversion_rate: Rate,
}

impl Rep {
    /// Checks the rep's numbers against the ranges of the matching team inputs.
    ///
    /// # Errors
    /// Returns a sentence naming the rep and the value out of range.
    pub fn validate(&self) -> Result<(), String> {
        let checks = [
            (Field::TargetCalls, Some(self.target_calls), "target"),
            (Field::ActualCalls, Some(self.actual_calls), "dials made"),
            (
                Field::ConversionRate,
                self.calls_to_deal.map(Rate::percent),
                "rate",
            ),
        ];
        for (field, value, name) in checks {
            if let Some(value) = value {
                if let Err(error) = field.rule().check(value) {
                    return Err(format!(
                        "rep “{}”: the {name} is not valid. {error}",
                        self.name
                    ));
                }
            }
        }
        Ok(())
    }
}

/// Checks every rep of a roster and its length.
///
/// # Errors
/// Returns a sentence for the first rep out of range, or for a roster past [`MAX_REPS`].
pub fn validate_reps(reps: &[Rep]) -> Result<(), String> {
    if reps.len() > MAX_REPS {
        return Err(format!(
            "the roster has {} reps; at most {MAX_REPS} fit",
            reps.len()
        ));
    }
    reps.iter().try_for_each(Rep::validate)
}

fn shortfall(rep: &Rep) -> f64 {
    (rep.target_calls - rep.actual_calls).max(0.0)
}

/// Returns the team inputs a non-empty roster stands for, or `None` for an empty roster.
#[must_use]
pub fn roll_up(reps: &[Rep], team_rate: Rate) -> Option<RollUp> {
    if reps.is_empty() {
        return None;
    }
    let count = reps.len() as f64;
    let mean_target = reps.iter().map(|rep| rep.target_calls).sum::<f64>() / count;
    let total_shortfall: f64 = reps.iter().map(shortfall).sum();
    let weighted: f64 = reps
        .iter()
        .map(|rep| rep.calls_to_deal.unwrap_or(team_rate).of(shortfall(rep)))
        .sum();
    let conversion_rate = if total_shortfall > 0.0 {
        Rate::from_percent(weighted / total_shortfall * 100.0)
    } else {
        team_rate
    };
    Some(RollUp {
        // The roster has at most MAX_REPS rows, far inside u32.
        reps: reps.len() as u32,
        target_calls: mean_target,
        actual_calls: mean_target - total_shortfall / count,
        conversion_rate,
    })
}

/// Returns each rep's cost per working day, in roster order.
#[must_use]
pub fn rep_costs(reps: &[Rep], team_rate: Rate, deal_size: f64, flag_percent: f64) -> Vec<RepCost> {
    let total_shortfall: f64 = reps.iter().map(shortfall).sum();
    reps.iter()
        .map(|rep| {
            let missed_calls = shortfall(rep);
            let lost_deals = rep.calls_to_deal.unwrap_or(team_rate).of(missed_calls);
            let gap_percent =
                (rep.target_calls > 0.0).then(|| missed_calls / rep.target_calls * 100.0);
            RepCost {
                missed_calls,
                lost_deals,
                lost_revenue: lost_deals * deal_size,
                share_of_team_gap: (total_shortfall > 0.0)
                    .then(|| missed_calls / total_shortfall * 100.0),
                gap_percent,
                flagged: gap_percent.is_some_and(|percent| percent > flag_percent),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Scenario;

    fn rep(name: &str, target: f64, actual: f64, rate: Option<f64>) -> Rep {
        Rep {
            name: name.to_string(),
            target_calls: target,
            actual_calls: actual,
            calls_to_deal: rate.map(Rate::from_percent),
        }
    }

    fn team() -> Vec<Rep> {
        vec![
            rep("Ana", 80.0, 40.0, Some(4.0)),
            rep("Ben", 80.0, 70.0, None),
            rep("Cleo", 60.0, 75.0, Some(1.0)),
        ]
    }

    #[test]
    fn rep_costs_and_flags() {
        let costs = rep_costs(&team(), Rate::from_percent(2.0), 10_000.0, 20.0);
        // Ana: 40 short × 4 % = 1.6 deals; Ben: 10 × 2 % = 0.2; Cleo is above target.
        assert_eq!(costs[0].missed_calls, 40.0);
        assert!((costs[0].lost_deals - 1.6).abs() < 1e-12);
        assert!((costs[0].lost_revenue - 16_000.0).abs() < 1e-9);
        assert!((costs[0].share_of_team_gap.expect("gap") - 80.0).abs() < 1e-9);
        assert!(costs[0].flagged, "50 % short is above 20 %");
        assert!((costs[1].lost_deals - 0.2).abs() < 1e-12);
        assert!(!costs[1].flagged, "12.5 % short is under 20 %");
        assert_eq!(costs[2].missed_calls, 0.0);
        assert_eq!(costs[2].share_of_team_gap, Some(0.0));
        assert!(!costs[2].flagged);
    }

    #[test]
    fn roll_up_gives_the_roster_totals() {
        let reps = team();
        let team_rate = Rate::from_percent(2.0);
        let roll_up = roll_up(&reps, team_rate).expect("non-empty");
        assert_eq!(roll_up.reps, 3);
        // Mean target 220 / 3; mean shortfall 50 / 3.
        assert!((roll_up.target_calls - 220.0 / 3.0).abs() < 1e-12);
        assert!((roll_up.actual_calls - 170.0 / 3.0).abs() < 1e-12);
        // (40 × 4 % + 10 × 2 %) / 50 = 3.6 %.
        assert!((roll_up.conversion_rate.percent() - 3.6).abs() < 1e-12);

        let scenario = Scenario {
            target_calls: roll_up.target_calls,
            actual_calls: roll_up.actual_calls,
            conversion_rate: roll_up.conversion_rate,
            reps: roll_up.reps,
            deal_size: 10_000.0,
            ..Scenario::default()
        };
        let day = scenario
            .cost()
            .expect("valid")
            .figures(crate::model::Period::Day);
        let costs = rep_costs(&reps, team_rate, 10_000.0, 20.0);
        let revenue: f64 = costs.iter().map(|cost| cost.lost_revenue).sum();
        assert!((day.missed_calls - 50.0).abs() < 1e-9);
        assert!(
            (day.lost_revenue - revenue).abs() < 1e-6,
            "{} vs {revenue}",
            day.lost_revenue
        );
    }

    #[test]
    fn out_of_range_reps_are_rejected() {
        assert_eq!(validate_reps(&team()), Ok(()));
        let bad = [
            rep("Neg", -50.0, 10.0, None),
            rep("Huge", 1e300, 10.0, None),
            rep("Rate", 80.0, 10.0, Some(500.0)),
            rep("NaN", f64::NAN, 10.0, None),
        ];
        for bad_rep in bad {
            let error = validate_reps(std::slice::from_ref(&bad_rep)).expect_err(&bad_rep.name);
            assert!(error.contains(&bad_rep.name), "{error}");
        }
        let too_many = vec![rep("x", 1.0, 1.0, None); MAX_REPS + 1];
        assert!(validate_reps(&too_many).is_err());
    }

    #[test]
    fn empty_and_on_target_rosters() {
        assert_eq!(roll_up(&[], Rate::from_percent(2.0)), None);
        let on_target = vec![rep("Dee", 50.0, 50.0, Some(9.0))];
        let roll_up = roll_up(&on_target, Rate::from_percent(2.0)).expect("non-empty");
        assert_eq!(roll_up.actual_calls, 50.0);
        assert_eq!(roll_up.conversion_rate, Rate::from_percent(2.0));
        let costs = rep_costs(&on_target, Rate::from_percent(2.0), 1_000.0, 20.0);
        assert_eq!(costs[0].share_of_team_gap, None);
    }
}
