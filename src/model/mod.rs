//! The cost model of call reluctance: what the calls a sales team does not make cost it.
//!
//! This module is plain Rust with no browser dependency, so it builds and tests natively.
//! It has three parts:
//!
//! - [`input`] reads numbers the way people type them (`25,000`, `$25k`, `5%`) and checks
//!   each one against the range its field accepts;
//! - [`scenario`] contains one set of inputs for a team, with defaults and validation;
//! - [`cost`] turns a scenario into missed calls, lost deals and lost revenue per period.
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
//! };
//! let report = scenario.cost().expect("the inputs are in range");
//! let day = report.figures(Period::Day);
//! assert_eq!(day.missed_calls, 50.0);
//! assert_eq!(day.lost_deals, 2.5);
//! assert_eq!(day.lost_revenue, 62_500.0);
//! ```

pub mod cost;
pub mod input;
pub mod scenario;

pub use cost::{ActivityGap, CostReport, Period, PeriodFigures};
pub use input::{format_plain_number, parse_number, FieldRule, InputError, Unit};
pub use scenario::{Field, Rate, Scenario, ScenarioError};
