//! Data series behind the charts: lost revenue against dials, twelve months of lost revenue
//! and cash, and how far the total moves when each input moves by 10 %.

use serde::{Deserialize, Serialize};

use super::cost::{CostReport, Period};
use super::fields::Field;
use super::scenario::Scenario;

/// Calendar days in an average month, for placing cash in months.
const DAYS_PER_MONTH: f64 = 365.0 / 12.0;

/// One point of the lost-revenue curve.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct CurvePoint {
    /// Dials per rep per day.
    pub calls: f64,
    /// Lost revenue in the period at that many dials.
    pub lost_revenue: f64,
}

/// Returns lost revenue in `period` for dials per rep per day from 0 to a little past the
/// target or the dials made, whichever is larger, in `steps` equal steps.
#[must_use]
pub fn lost_revenue_curve(report: &CostReport, period: Period, steps: usize) -> Vec<CurvePoint> {
    let scenario = &report.scenario;
    let end = scenario.target_calls.max(scenario.actual_calls).max(1.0) * 1.2;
    let revenue_per_dial = report.calls_to_deal.of(scenario.deal_size);
    let scale = f64::from(scenario.reps) * report.days(period) * revenue_per_dial;
    let steps = steps.max(1);
    (0..=steps)
        .map(|step| {
            let calls = end * step as f64 / steps as f64;
            CurvePoint {
                calls,
                lost_revenue: (scenario.target_calls - calls).max(0.0) * scale,
            }
        })
        .collect()
}

/// One month of the twelve-month view.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct MonthPoint {
    /// The month, 1 to 12.
    pub month: u32,
    /// Revenue the missing dials would have booked, added up to this month.
    pub lost_revenue: f64,
    /// Cash those bookings would have brought by this month, one sales cycle later.
    pub lost_cash: f64,
}

/// Returns lost revenue and lost cash, added up month by month over a year.
///
/// Cash from a month's lost deals would have arrived one sales cycle (base plus extra days)
/// later. The cash line therefore trails the revenue line by the cycle in months, fractions
/// included.
#[must_use]
pub fn twelve_months(report: &CostReport) -> Vec<MonthPoint> {
    let monthly = report.figures(Period::Month).lost_revenue;
    let cycle = &report.scenario.cycle;
    let delay_months = (cycle.base_days + cycle.extra_days) / DAYS_PER_MONTH;
    (1..=12u32)
        .map(|month| {
            let months = f64::from(month);
            MonthPoint {
                month,
                lost_revenue: monthly * months,
                lost_cash: monthly * (months - delay_months).max(0.0),
            }
        })
        .collect()
}

/// How far the total moves when one input moves by 10 % either way.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Sensitivity {
    /// The input moved.
    pub field: Field,
    /// The total with the input 10 % lower, or at the bottom of its range.
    pub low: f64,
    /// The total with the input 10 % higher, or at the top of its range.
    pub high: f64,
}

impl Sensitivity {
    /// Returns the distance between the two totals.
    #[must_use]
    pub fn spread(&self) -> f64 {
        (self.high - self.low).abs()
    }
}

/// The inputs the tornado chart moves.
pub const SENSITIVITY_FIELDS: [Field; 9] = [
    Field::TargetCalls,
    Field::ActualCalls,
    Field::ConversionRate,
    Field::DealSize,
    Field::Reps,
    Field::WorkingDays,
    Field::FollowUpsDue,
    Field::CostPerLead,
    Field::ExtraCycleDays,
];

/// Returns, for each input the chart moves, the total in `period` with that input 10 % lower
/// and 10 % higher, largest spread first. Inputs whose move changes nothing are left out.
///
/// The conversion rate moves as closed deals per dial in either rate mode. Reps are whole, so
/// their move scales the total, which is proportional to the number of reps.
#[must_use]
pub fn sensitivities(scenario: &Scenario, period: Period) -> Vec<Sensitivity> {
    let Ok(base_report) = scenario.cost() else {
        return Vec::new();
    };
    let base = base_report.total(period).total;
    let mut bars: Vec<Sensitivity> = SENSITIVITY_FIELDS
        .into_iter()
        .filter_map(|field| {
            let (low, high) = match field {
                Field::Reps => (base * 0.9, base * 1.1),
                Field::ConversionRate => (
                    total_with_rate(scenario, period, 0.9)?,
                    total_with_rate(scenario, period, 1.1)?,
                ),
                _ => (
                    total_with(scenario, period, field, 0.9)?,
                    total_with(scenario, period, field, 1.1)?,
                ),
            };
            let bar = Sensitivity { field, low, high };
            (bar.spread() > 0.0).then_some(bar)
        })
        .collect();
    bars.sort_by(|a, b| b.spread().total_cmp(&a.spread()));
    bars
}

fn total_with(scenario: &Scenario, period: Period, field: Field, factor: f64) -> Option<f64> {
    let rule = field.rule();
    let value = (scenario.value(field)? * factor).clamp(rule.min, rule.max);
    let mut moved = *scenario;
    moved.set(field, Some(value)).ok()?;
    Some(moved.cost().ok()?.total(period).total)
}

fn total_with_rate(scenario: &Scenario, period: Period, factor: f64) -> Option<f64> {
    let percent = (scenario.calls_to_deal().percent() * factor).min(100.0);
    let mut moved = *scenario;
    moved.switch_rate_mode(super::RateMode::Simple);
    moved.set(Field::ConversionRate, Some(percent)).ok()?;
    Some(moved.cost().ok()?.total(period).total)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::worked_example;

    #[test]
    fn curve_falls_to_zero_at_target() {
        let report = worked_example().cost().expect("valid");
        let curve = lost_revenue_curve(&report, Period::Day, 12);
        assert_eq!(curve.len(), 13);
        assert_eq!(curve[0].calls, 0.0);
        // No dials at all lose 100 × 5 % × 25,000 a day.
        assert!((curve[0].lost_revenue - 125_000.0).abs() < 1e-6);
        // The curve reaches 120 dials, past the target of 100, where nothing is lost.
        assert!((curve[12].calls - 120.0).abs() < 1e-9);
        assert_eq!(curve[12].lost_revenue, 0.0);
        assert!(curve
            .windows(2)
            .all(|pair| pair[1].lost_revenue <= pair[0].lost_revenue));
    }

    #[test]
    fn cash_trails_revenue_by_the_cycle() {
        let mut scenario = worked_example();
        scenario.cycle.base_days = 365.0 / 6.0;
        let months = twelve_months(&scenario.cost().expect("valid"));
        let monthly = 1_312_500.0;
        assert_eq!(months.len(), 12);
        assert!((months[0].lost_revenue - monthly).abs() < 1e-6);
        // A two-month cycle: no cash is missing yet in months 1 and 2.
        assert_eq!(months[0].lost_cash, 0.0);
        assert!(months[1].lost_cash.abs() < 1e-6);
        assert!((months[2].lost_cash - monthly).abs() < 1e-3);
        assert!((months[11].lost_cash - 10.0 * monthly).abs() < 1e-3);
    }

    #[test]
    fn tornado_orders_by_spread() {
        let bars = sensitivities(&worked_example(), Period::Year);
        let fields: Vec<Field> = bars.iter().map(|bar| bar.field).collect();
        // Target: 90 or 110 dials against 50 made moves the gap 40 → 60, the widest spread.
        assert_eq!(fields[0], Field::TargetCalls);
        // The rate, deal size, reps and working days each move the total by ±10 %.
        assert!(fields.contains(&Field::DealSize));
        assert!(
            !fields.contains(&Field::FollowUpsDue),
            "zero follow-ups cannot move"
        );
        let base = 15_750_000.0;
        let deal = bars
            .iter()
            .find(|bar| bar.field == Field::DealSize)
            .expect("deal size");
        assert!((deal.low - base * 0.9).abs() < 1e-3);
        assert!((deal.high - base * 1.1).abs() < 1e-3);
        let target = &bars[0];
        assert!((target.low - base * 40.0 / 50.0).abs() < 1e-3);
        assert!((target.high - base * 60.0 / 50.0).abs() < 1e-3);
        assert!(bars
            .windows(2)
            .all(|pair| pair[0].spread() >= pair[1].spread()));
    }
}
