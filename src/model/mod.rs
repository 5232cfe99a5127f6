//! The cost model of call reluctance: what the calls a sales team does not make cost it.
//!
//! This module is plain Rust with no browser dependency, so it builds and tests natively.
//!
//! - [`input`] reads numbers the way people type them (`25,000`, `$25k`, `5%`), and
//!   [`fields`] lists every input with the range it accepts;
//! - [`scenario`] contains one set of inputs for a team, with defaults and validation, and
//!   [`funnel`] the chain of rates from a dial to a won deal;
//! - [`cost`] turns a scenario into a [`CostReport`]: missed dials, lost conversations,
//!   meetings, deals and revenue per period;
//! - the other modules read further damage off that report: [`pipeline`] (the stage table
//!   and forecast overstatement), [`attempts`], [`follow_ups`], [`cycle`], [`waste`],
//!   [`total`], [`uncertainty`], [`goal_seek`] and [`scorecard`];
//! - [`roster`] rolls per-rep rows up into team inputs and gives each rep's cost;
//! - [`series`] computes the data behind the charts.
//!
//! Nothing is rounded here: 2.5 lost deals stay 2.5, and rounding happens only on screen.
//!
//! ```
//! use callgap::model::{Period, Rate, Scenario};
//!
//! let scenario = Scenario {
//!     target_calls: 100.0,
//!     actual_calls: 50.0,
//!     conversion_rate: Rate::from_percent(5.0),
//!     deal_size: 25_000.0,
//!     reps: 1,
//!     working_days_per_month: 21.0,
//!     ..Scenario::default()
//! };
//! let report = scenario.cost().expect("the inputs are in range");
//! let day = report.figures(Period::Day);
//! assert_eq!(day.missed_calls, 50.0);
//! assert_eq!(day.lost_deals, 2.5);
//! assert_eq!(day.lost_revenue, 62_500.0);
//! ```

pub mod attempts;
pub mod cost;
pub mod cycle;
pub mod fields;
pub mod follow_ups;
pub mod funnel;
pub mod goal_seek;
pub mod input;
pub mod pipeline;
pub mod roster;
pub mod scenario;
pub mod scorecard;
pub mod series;
pub mod total;
pub mod uncertainty;
pub mod waste;

pub use attempts::Attempts;
pub use cost::{ActivityGap, CostReport, Period, PeriodFigures};
pub use cycle::Cycle;
pub use fields::Field;
pub use follow_ups::FollowUps;
pub use funnel::{Funnel, RateMode};
pub use goal_seek::{GoalAnswer, GoalSeek, NoAnswerReason};
pub use input::{format_plain_number, parse_number, FieldRule, InputError, Unit, MAX_TEXT_CHARS};
pub use pipeline::{Forecast, Pipeline, Stage, StageRow};
pub use roster::{Rep, RepCost, RollUp};
pub use scenario::{Rate, Scenario, ScenarioError};
pub use scorecard::{Benchmark, Metric, ScoreLine, Status};
pub use total::TotalCost;
pub use uncertainty::Uncertainty;
pub use waste::Waste;

/// Returns the worked example the README and the tests share: a target of 100 dials, 50 made,
/// 5 % of dials closing, 25,000 a deal, one rep and 21 working days a month.
#[cfg(test)]
pub(crate) fn worked_example() -> Scenario {
    Scenario {
        target_calls: 100.0,
        actual_calls: 50.0,
        conversion_rate: Rate::from_percent(5.0),
        deal_size: 25_000.0,
        reps: 1,
        working_days_per_month: 21.0,
        ..Scenario::default()
    }
}
