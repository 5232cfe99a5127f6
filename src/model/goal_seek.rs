//! Goal seek: what it takes to reach a monthly revenue goal, solved in closed form.

use serde::{Deserialize, Serialize};

use super::cost::CostReport;

/// The result of one goal-seek question.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum GoalAnswer {
    /// The value that reaches the goal.
    Needed(f64),
    /// The goal needs a rate above 100 %, which no team reaches; the value is that rate.
    Unreachable(f64),
    /// No value reaches the goal, because a factor it multiplies is zero.
    NoAnswer(NoAnswerReason),
}

/// The factor that leaves a goal-seek question without an answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum NoAnswerReason {
    /// Calls-to-deal or the deal size is zero, so dials bring no revenue.
    NoRevenuePerDial,
    /// Reps make no dials today, so no number of reps at today's activity brings revenue.
    NoDials,
    /// The meeting rate, win rate or deal size is zero, so conversations bring no revenue.
    NoRevenuePerConversation,
}

/// The goal-seek results for one revenue goal per month.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct GoalSeek {
    /// The revenue goal per month.
    pub goal_per_month: f64,
    /// Dials per rep per working day that reach the goal with today's team and rates.
    pub dials_per_rep_per_day: GoalAnswer,
    /// Reps that reach the goal at today's dials and rates.
    pub reps: GoalAnswer,
    /// Connect rate, in percent, that reaches the goal at today's team and dials.
    pub connect_rate_percent: GoalAnswer,
}

impl CostReport {
    /// Returns what reaching the revenue goal takes, or `None` when no goal is set.
    #[must_use]
    pub fn goal_seek(&self) -> Option<GoalSeek> {
        let scenario = &self.scenario;
        let goal = scenario.revenue_goal_per_month?;
        let days = scenario.working_days_per_month;
        let reps = f64::from(scenario.reps);
        let revenue_per_dial = self.calls_to_deal.of(scenario.deal_size);
        let revenue_per_conversation = self
            .funnel
            .meeting
            .of(self.funnel.win.of(scenario.deal_size));

        let dials_per_rep_per_day = if revenue_per_dial > 0.0 {
            GoalAnswer::Needed(goal / (reps * days * revenue_per_dial))
        } else {
            GoalAnswer::NoAnswer(NoAnswerReason::NoRevenuePerDial)
        };
        let reps_needed = if revenue_per_dial == 0.0 {
            GoalAnswer::NoAnswer(NoAnswerReason::NoRevenuePerDial)
        } else if scenario.actual_calls == 0.0 {
            GoalAnswer::NoAnswer(NoAnswerReason::NoDials)
        } else {
            GoalAnswer::Needed(goal / (scenario.actual_calls * days * revenue_per_dial))
        };
        let connect_rate_percent = if revenue_per_conversation == 0.0 {
            GoalAnswer::NoAnswer(NoAnswerReason::NoRevenuePerConversation)
        } else if scenario.actual_calls == 0.0 {
            GoalAnswer::NoAnswer(NoAnswerReason::NoDials)
        } else {
            let dials = scenario.actual_calls * reps * days;
            let percent = goal / (dials * revenue_per_conversation) * 100.0;
            if percent > 100.0 {
                GoalAnswer::Unreachable(percent)
            } else {
                GoalAnswer::Needed(percent)
            }
        };

        Some(GoalSeek {
            goal_per_month: goal,
            dials_per_rep_per_day,
            reps: reps_needed,
            connect_rate_percent,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Rate, Scenario};

    fn scenario(goal: f64) -> Scenario {
        Scenario {
            actual_calls: 50.0,
            reps: 4,
            working_days_per_month: 20.0,
            conversion_rate: Rate::from_percent(2.0),
            deal_size: 10_000.0,
            revenue_goal_per_month: Some(goal),
            ..Scenario::default()
        }
    }

    #[test]
    fn answers_for_a_reachable_goal() {
        let answers = scenario(400_000.0)
            .cost()
            .expect("valid")
            .goal_seek()
            .expect("goal set");
        // One dial is worth 2 % × 10,000 = 200; 400,000 ÷ (4 × 20 × 200) = 25 dials.
        assert_eq!(answers.dials_per_rep_per_day, GoalAnswer::Needed(25.0));
        // 400,000 ÷ (50 × 20 × 200) = 2 reps.
        assert_eq!(answers.reps, GoalAnswer::Needed(2.0));
        // A conversation is worth 20 % × 40 % × 10,000 = 800; 4,000 dials → 400,000 ÷ 3.2M.
        match answers.connect_rate_percent {
            GoalAnswer::Needed(percent) => assert!((percent - 12.5).abs() < 1e-9, "{percent}"),
            other => panic!("expected a connect rate, got {other:?}"),
        }
    }

    #[test]
    fn connect_rate_above_100_is_unreachable() {
        let answers = scenario(4_000_000.0)
            .cost()
            .expect("valid")
            .goal_seek()
            .expect("goal set");
        assert!(
            matches!(answers.connect_rate_percent, GoalAnswer::Unreachable(percent) if percent > 100.0)
        );
    }

    #[test]
    fn zero_rate_has_no_answer() {
        let zero = Scenario {
            conversion_rate: Rate::from_percent(0.0),
            ..scenario(1_000.0)
        };
        let answers = zero.cost().expect("valid").goal_seek().expect("goal set");
        assert_eq!(
            answers.dials_per_rep_per_day,
            GoalAnswer::NoAnswer(NoAnswerReason::NoRevenuePerDial)
        );
        assert_eq!(
            answers.reps,
            GoalAnswer::NoAnswer(NoAnswerReason::NoRevenuePerDial)
        );
        let idle = Scenario {
            actual_calls: 0.0,
            ..scenario(1_000.0)
        };
        let answers = idle.cost().expect("valid").goal_seek().expect("goal set");
        assert_eq!(answers.reps, GoalAnswer::NoAnswer(NoAnswerReason::NoDials));
    }

    #[test]
    fn no_goal_no_answers() {
        let none = Scenario {
            revenue_goal_per_month: None,
            ..scenario(0.0)
        };
        assert_eq!(none.cost().expect("valid").goal_seek(), None);
    }
}
