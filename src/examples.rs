//! Ready-made scenarios for demonstrations, each with a line on what it shows.

use crate::model::{Funnel, Rate, RateMode, Scenario};

/// A ready-made scenario.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Example {
    /// A short name for the button.
    pub name: &'static str,
    /// One sentence on what the example shows.
    pub description: &'static str,
    /// The inputs.
    pub scenario: Scenario,
}

/// Returns the examples, in the order a workshop might use them.
#[must_use]
pub fn examples() -> [Example; 3] {
    [
        Example {
            name: "One rep skipping five calls a day",
            description: "A single rep who makes 55 of 60 dials: small on a day, large over a year.",
            scenario: Scenario {
                target_calls: 60.0,
                actual_calls: 55.0,
                conversion_rate: Rate::from_percent(2.0),
                deal_size: 15_000.0,
                reps: 1,
                working_days_per_month: 21.0,
                ..Scenario::default()
            },
        },
        Example {
            name: "A ten-rep team at 60 % of target",
            description: "Ten reps asked for 80 dials who make 48, closing 2 % at 12,000 a deal.",
            scenario: Scenario {
                target_calls: 80.0,
                actual_calls: 48.0,
                conversion_rate: Rate::from_percent(2.0),
                deal_size: 12_000.0,
                reps: 10,
                working_days_per_month: 21.0,
                ..Scenario::default()
            },
        },
        Example {
            name: "A funnel that leaks at every stage",
            description: "Five reps 20 dials short, with connect, meeting and win rates entered stage by stage.",
            scenario: Scenario {
                target_calls: 70.0,
                actual_calls: 50.0,
                rate_mode: RateMode::Funnel,
                funnel: Funnel {
                    connect: Rate::from_percent(20.0),
                    meeting: Rate::from_percent(15.0),
                    win: Rate::from_percent(30.0),
                },
                deal_size: 20_000.0,
                reps: 5,
                working_days_per_month: 21.0,
                ..Scenario::default()
            },
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn examples_are_valid_and_cost_something() {
        for example in examples() {
            let report = example
                .scenario
                .cost()
                .unwrap_or_else(|error| panic!("{}: {error}", example.name));
            assert!(
                report.figures(crate::model::Period::Year).lost_revenue > 0.0,
                "{}",
                example.name
            );
        }
    }
}
