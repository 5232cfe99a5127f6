//! The pipeline by stage: what target activity would build against what actual activity
//! builds, and the forecast overstatement that follows when plans assume the target.

use serde::{Deserialize, Serialize};

use super::cost::{CostReport, Period};

/// A stage of the pipeline, from the dial's first result to money.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Stage {
    /// Live conversations.
    Conversations,
    /// Meetings set.
    Meetings,
    /// Opportunities opened; every meeting opens one.
    Opportunities,
    /// Deals won.
    WonDeals,
    /// Expected close value: won deals times the deal size.
    CloseValue,
}

impl Stage {
    /// Every stage, in funnel order.
    pub const ALL: [Stage; 5] = [
        Stage::Conversations,
        Stage::Meetings,
        Stage::Opportunities,
        Stage::WonDeals,
        Stage::CloseValue,
    ];
}

/// One row of the stage table for a period.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct StageRow {
    /// The stage.
    pub stage: Stage,
    /// Count (or money, for close value) at target activity.
    pub projected: f64,
    /// Count (or money, for close value) at actual activity.
    pub actual: f64,
    /// Actual minus projected; negative when the team is short.
    pub variance: f64,
    /// The variance in money: the count variance times the value of one item at the stage.
    pub variance_value: f64,
    /// The variance as a percentage of the projection, or `None` when the projection is 0.
    pub variance_percent: Option<f64>,
}

/// The stage table for one period.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Pipeline {
    /// One row per stage, in funnel order.
    pub rows: [StageRow; 5],
    /// Opportunities × win rate × deal size at target activity.
    pub weighted_value_projected: f64,
    /// Opportunities × win rate × deal size at actual activity.
    pub weighted_value_actual: f64,
}

/// The overstatement of a forecast built on target activity.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Forecast {
    /// Revenue the plan expects at target activity.
    pub planned_revenue: f64,
    /// Revenue actual activity is expected to bring.
    pub expected_revenue: f64,
    /// How much the plan overstates expected revenue; zero on or above target.
    pub overstatement: f64,
    /// The overstatement as a share of the plan, or `None` when the plan is 0.
    pub overstatement_percent: Option<f64>,
    /// Whether the overstatement is above the scenario's warning threshold.
    pub flagged: bool,
}

fn percent_of(part: f64, whole: f64) -> Option<f64> {
    (whole > 0.0).then(|| part / whole * 100.0)
}

impl CostReport {
    /// Returns the stage table for one period.
    #[must_use]
    pub fn pipeline(&self, period: Period) -> Pipeline {
        let scenario = &self.scenario;
        let funnel = &self.funnel;
        let deal = scenario.deal_size;
        let dials = |per_rep: f64| per_rep * f64::from(scenario.reps) * self.days(period);

        let stage_counts = |per_rep: f64| {
            let conversations = funnel.connect.of(dials(per_rep));
            let meetings = funnel.meeting.of(conversations);
            let won = funnel.win.of(meetings);
            [conversations, meetings, meetings, won, won * deal]
        };
        let projected = stage_counts(scenario.target_calls);
        let actual = stage_counts(scenario.actual_calls);
        // The money one more item at each stage is worth down the rest of the funnel.
        let win_value = funnel.win.of(deal);
        let item_value = [
            funnel.meeting.of(win_value),
            win_value,
            win_value,
            deal,
            1.0,
        ];

        let rows = std::array::from_fn(|index| {
            let variance = actual[index] - projected[index];
            StageRow {
                stage: Stage::ALL[index],
                projected: projected[index],
                actual: actual[index],
                variance,
                variance_value: variance * item_value[index],
                variance_percent: percent_of(variance, projected[index]),
            }
        });

        Pipeline {
            rows,
            weighted_value_projected: projected[2] * win_value,
            weighted_value_actual: actual[2] * win_value,
        }
    }

    /// Returns how far a forecast built on target activity overstates the period's revenue.
    #[must_use]
    pub fn forecast(&self, period: Period) -> Forecast {
        let scenario = &self.scenario;
        let revenue = |per_rep: f64| {
            let dials = per_rep * f64::from(scenario.reps) * self.days(period);
            self.calls_to_deal.of(dials) * scenario.deal_size
        };
        let planned_revenue = revenue(scenario.target_calls);
        let expected_revenue = revenue(scenario.actual_calls);
        let overstatement = (planned_revenue - expected_revenue).max(0.0);
        let overstatement_percent = percent_of(overstatement, planned_revenue);
        let flagged = overstatement_percent
            .is_some_and(|percent| percent > scenario.forecast_threshold.percent());
        Forecast {
            planned_revenue,
            expected_revenue,
            overstatement,
            overstatement_percent,
            flagged,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Funnel, Rate, RateMode, Scenario};

    fn funnel_scenario() -> Scenario {
        Scenario {
            target_calls: 100.0,
            actual_calls: 60.0,
            rate_mode: RateMode::Funnel,
            funnel: Funnel {
                connect: Rate::from_percent(25.0),
                meeting: Rate::from_percent(20.0),
                win: Rate::from_percent(50.0),
            },
            deal_size: 10_000.0,
            reps: 1,
            working_days_per_month: 20.0,
            ..Scenario::default()
        }
    }

    #[test]
    fn stage_table_for_a_day() {
        let pipeline = funnel_scenario()
            .cost()
            .expect("valid")
            .pipeline(Period::Day);
        // Projected: 100 dials → 25 conversations → 5 meetings → 2.5 won → 25,000.
        // Actual: 60 dials → 15 → 3 → 1.5 → 15,000.
        let expected = [
            (25.0, 15.0, -10.0, -10.0 * 0.2 * 0.5 * 10_000.0),
            (5.0, 3.0, -2.0, -2.0 * 5_000.0),
            (5.0, 3.0, -2.0, -2.0 * 5_000.0),
            (2.5, 1.5, -1.0, -10_000.0),
            (25_000.0, 15_000.0, -10_000.0, -10_000.0),
        ];
        for (row, (projected, actual, variance, value)) in pipeline.rows.iter().zip(expected) {
            assert!((row.projected - projected).abs() < 1e-9, "{row:?}");
            assert!((row.actual - actual).abs() < 1e-9, "{row:?}");
            assert!((row.variance - variance).abs() < 1e-9, "{row:?}");
            assert!((row.variance_value - value).abs() < 1e-6, "{row:?}");
            assert!(
                (row.variance_percent.expect("projected > 0") + 40.0).abs() < 1e-9,
                "{row:?}"
            );
        }
        assert!((pipeline.weighted_value_projected - 25_000.0).abs() < 1e-6);
        assert!((pipeline.weighted_value_actual - 15_000.0).abs() < 1e-6);
    }

    #[test]
    fn forecast_flags_large_gap() {
        let report = funnel_scenario().cost().expect("valid");
        let forecast = report.forecast(Period::Month);
        // 2.5 vs 1.5 deals a day × 10,000 × 20 days.
        assert!((forecast.planned_revenue - 500_000.0).abs() < 1e-6);
        assert!((forecast.expected_revenue - 300_000.0).abs() < 1e-6);
        assert!((forecast.overstatement - 200_000.0).abs() < 1e-6);
        assert!((forecast.overstatement_percent.expect("plan > 0") - 40.0).abs() < 1e-9);
        assert!(forecast.flagged);

        let close = Scenario {
            actual_calls: 90.0,
            ..funnel_scenario()
        }
        .cost()
        .expect("valid");
        assert!(
            !close.forecast(Period::Month).flagged,
            "a 10 % gap is under the 20 % threshold"
        );
    }

    #[test]
    fn forecast_above_target_is_not_inflated() {
        let report = Scenario {
            actual_calls: 120.0,
            ..funnel_scenario()
        }
        .cost()
        .expect("valid");
        let forecast = report.forecast(Period::Year);
        assert_eq!(forecast.overstatement, 0.0);
        assert_eq!(forecast.overstatement_percent, Some(0.0));
        assert!(!forecast.flagged);
    }
}
