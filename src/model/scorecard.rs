//! The activity scorecard: the team's figures against editable benchmarks.
//!
//! A figure where higher is better is on target at or above its benchmark, and worth
//! watching down to 90 % of it. Where lower is better, it is on target at or below the
//! benchmark and worth watching up to 110 % of it. A range is on target inside it and
//! worth watching up to 5 points outside it.

use serde::{Deserialize, Serialize};

use super::cost::CostReport;
use super::input::format_plain_number;

/// Share of a benchmark within which a figure is worth watching rather than off target.
const WATCH_BAND: f64 = 0.1;
/// Percentage points outside a benchmark range within which a figure is worth watching.
const WATCH_POINTS: f64 = 5.0;

/// A figure the scorecard rates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Metric {
    /// Dials per rep per day.
    DialsPerDay,
    /// Live conversations per dial, in percent.
    ConnectRate,
    /// Leads unanswered after three attempts, in percent.
    UnansweredAfterThree,
    /// Dials needed to reach a lead for the first time.
    CallsToFirstContact,
    /// Days from first contact to the next stage.
    DaysToNextStage,
    /// Share of a call the rep spends listening, in percent.
    ListeningShare,
}

impl Metric {
    /// Returns the metric's name as the scorecard shows it.
    #[must_use]
    pub const fn label(self) -> &'static str {
        match self {
            Metric::DialsPerDay => "Dials per rep per day",
            Metric::ConnectRate => "Live conversation rate",
            Metric::UnansweredAfterThree => "Unanswered after three attempts",
            Metric::CallsToFirstContact => "Calls to first contact",
            Metric::DaysToNextStage => "Days from first contact to next stage",
            Metric::ListeningShare => "Listening share on calls",
        }
    }

    const fn is_percent(self) -> bool {
        matches!(
            self,
            Metric::ConnectRate | Metric::UnansweredAfterThree | Metric::ListeningShare
        )
    }
}

/// The benchmark a metric is rated against.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum Benchmark {
    /// At least this much.
    AtLeast(f64),
    /// At most this much.
    AtMost(f64),
    /// Between these two, inclusive.
    Within(f64, f64),
}

/// The rating of a figure against its benchmark.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Status {
    /// The figure meets the benchmark.
    OnTarget,
    /// The figure misses the benchmark by a little.
    Watch,
    /// The figure misses the benchmark by more than the watch band.
    OffTarget,
    /// The user has not entered the team's figure.
    NotEntered,
}

impl Status {
    /// Returns the status in plain words.
    #[must_use]
    pub const fn label(self) -> &'static str {
        match self {
            Status::OnTarget => "On target",
            Status::Watch => "Watch",
            Status::OffTarget => "Off target",
            Status::NotEntered => "Not entered",
        }
    }
}

/// One line of the scorecard.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct ScoreLine {
    /// The figure rated.
    pub metric: Metric,
    /// The team's figure, or `None` when it is unknown or undefined.
    pub value: Option<f64>,
    /// The benchmark.
    pub benchmark: Benchmark,
    /// The rating against the benchmark.
    pub status: Status,
}

impl ScoreLine {
    fn rate(metric: Metric, value: Option<f64>, benchmark: Benchmark) -> Self {
        let status = match value {
            None => Status::NotEntered,
            Some(value) => rate_against(value, benchmark),
        };
        Self {
            metric,
            value,
            benchmark,
            status,
        }
    }

    /// Explains the status in one sentence, with the figures in it.
    #[must_use]
    pub fn reason(&self) -> String {
        let show = |number: f64| {
            let text = format_plain_number(number);
            if self.metric.is_percent() {
                format!("{text} %")
            } else {
                text
            }
        };
        let Some(value) = self.value else {
            return match self.metric {
                Metric::CallsToFirstContact => {
                    "At a 0 % contact rate no number of calls reaches a lead.".to_string()
                }
                _ => "Enter the team's figure to rate it.".to_string(),
            };
        };
        let (relation, target) = match self.benchmark {
            Benchmark::AtLeast(target) if value >= target => {
                ("meets the benchmark of at least", show(target))
            }
            Benchmark::AtLeast(target) => ("is below the benchmark of", show(target)),
            Benchmark::AtMost(target) if value <= target => {
                ("meets the benchmark of at most", show(target))
            }
            Benchmark::AtMost(target) => ("is above the benchmark of", show(target)),
            Benchmark::Within(low, high) if value < low => (
                "is below the range of",
                format!("{} to {}", show(low), show(high)),
            ),
            Benchmark::Within(low, high) if value > high => (
                "is above the range of",
                format!("{} to {}", show(low), show(high)),
            ),
            Benchmark::Within(low, high) => (
                "is inside the range of",
                format!("{} to {}", show(low), show(high)),
            ),
        };
        format!("{} {relation} {target}.", show(value))
    }
}

fn rate_against(value: f64, benchmark: Benchmark) -> Status {
    match benchmark {
        Benchmark::AtLeast(target) if value >= target => Status::OnTarget,
        Benchmark::AtLeast(target) if value >= target * (1.0 - WATCH_BAND) => Status::Watch,
        Benchmark::AtMost(target) if value <= target => Status::OnTarget,
        Benchmark::AtMost(target) if value <= target * (1.0 + WATCH_BAND) => Status::Watch,
        Benchmark::Within(low, high) if (low..=high).contains(&value) => Status::OnTarget,
        Benchmark::Within(low, high)
            if (low - WATCH_POINTS..=high + WATCH_POINTS).contains(&value) =>
        {
            Status::Watch
        }
        _ => Status::OffTarget,
    }
}

impl CostReport {
    /// Rates the team's activity against the scenario's benchmarks.
    #[must_use]
    pub fn scorecard(&self) -> [ScoreLine; 6] {
        let scenario = &self.scenario;
        let inputs = &scenario.scorecard;
        let q = scenario.contact_probability().fraction();
        [
            ScoreLine::rate(
                Metric::DialsPerDay,
                Some(scenario.actual_calls),
                Benchmark::AtLeast(inputs.dials_per_day),
            ),
            ScoreLine::rate(
                Metric::ConnectRate,
                Some(self.funnel.connect.percent()),
                Benchmark::AtLeast(inputs.connect_rate.percent()),
            ),
            ScoreLine::rate(
                Metric::UnansweredAfterThree,
                Some((1.0 - q).powi(3) * 100.0),
                Benchmark::AtMost(inputs.unanswered_after_three.percent()),
            ),
            ScoreLine::rate(
                Metric::CallsToFirstContact,
                (q > 0.0).then(|| 1.0 / q),
                Benchmark::AtMost(inputs.calls_to_first_contact),
            ),
            ScoreLine::rate(
                Metric::DaysToNextStage,
                inputs.team_days_to_next_stage,
                Benchmark::AtMost(inputs.days_to_next_stage),
            ),
            ScoreLine::rate(
                Metric::ListeningShare,
                inputs.team_listening_share.map(|share| share.percent()),
                Benchmark::Within(
                    inputs.listening_min.percent(),
                    inputs.listening_max.percent(),
                ),
            ),
        ]
        .map(|line| match (line.metric, line.value) {
            // No contact at all is off target, not unknown.
            (Metric::CallsToFirstContact, None) => ScoreLine {
                status: Status::OffTarget,
                ..line
            },
            _ => line,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Rate, Scenario};

    #[test]
    fn statuses_follow_the_bands() {
        let cases = [
            (80.0, Benchmark::AtLeast(80.0), Status::OnTarget),
            (72.0, Benchmark::AtLeast(80.0), Status::Watch),
            (71.9, Benchmark::AtLeast(80.0), Status::OffTarget),
            (3.0, Benchmark::AtMost(3.0), Status::OnTarget),
            (3.3, Benchmark::AtMost(3.0), Status::Watch),
            (3.4, Benchmark::AtMost(3.0), Status::OffTarget),
            (75.0, Benchmark::Within(70.0, 80.0), Status::OnTarget),
            (66.0, Benchmark::Within(70.0, 80.0), Status::Watch),
            (85.0, Benchmark::Within(70.0, 80.0), Status::Watch),
            (64.0, Benchmark::Within(70.0, 80.0), Status::OffTarget),
        ];
        for (value, benchmark, expected) in cases {
            assert_eq!(
                rate_against(value, benchmark),
                expected,
                "{value} against {benchmark:?}"
            );
        }
    }

    #[test]
    fn default_team_scorecard() {
        let report = Scenario::default().cost().expect("valid");
        let lines = report.scorecard();
        // 52 dials against 80 is below 72, the watch floor.
        assert_eq!(lines[0].status, Status::OffTarget);
        assert_eq!(lines[0].reason(), "52 is below the benchmark of 80.");
        // 25 % connect meets 25 %.
        assert_eq!(lines[1].status, Status::OnTarget);
        // 0.75³ = 42.2 % unanswered is far above 20 %.
        assert_eq!(lines[2].status, Status::OffTarget);
        // 1 / 0.25 = 4 calls against 3.
        assert_eq!(lines[3].value, Some(4.0));
        assert_eq!(lines[3].status, Status::OffTarget);
        assert_eq!(lines[4].status, Status::NotEntered);
        assert_eq!(lines[5].status, Status::NotEntered);
    }

    #[test]
    fn zero_contact_is_off_target() {
        let mut scenario = Scenario::default();
        scenario.attempts.contact_probability = Some(Rate::from_percent(0.0));
        let line = scenario.cost().expect("valid").scorecard()[3];
        assert_eq!(line.value, None);
        assert_eq!(line.status, Status::OffTarget);
        assert!(line.reason().contains("0 %"));
    }
}
