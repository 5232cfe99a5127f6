//! How far chance alone moves the lost deals.
//!
//! Each missed dial would have closed a deal with the calls-to-deal probability `p`, so the
//! lost deals out of `n` missed dials follow a binomial distribution. The band is computed
//! exactly by summing the probabilities outward from the mode. Only when the standard
//! deviation passes 5,000 deals, which takes hundreds of millions of missed dials, a normal
//! approximation with a skewness correction takes over, and the result is marked as such.
//!
//! statrs' binomial distribution function was tried first and rejected: in statrs 0.19.1 it
//! returns values outside 0 to 1 near the mean for n in the billions.

use serde::{Deserialize, Serialize};

use super::cost::{CostReport, Period};

/// The 10th to 90th percentile band of lost deals in one period.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Uncertainty {
    /// Missed dials in the period, rounded to a whole number.
    pub missed_dials: u64,
    /// The expected lost deals: missed dials × calls-to-deal.
    pub mean_deals: f64,
    /// Lost deals at the 10th percentile.
    pub low_deals: u64,
    /// Lost deals at the 90th percentile.
    pub high_deals: u64,
    /// Lost revenue at the 10th percentile.
    pub low_revenue: f64,
    /// Lost revenue at the 90th percentile.
    pub high_revenue: f64,
    /// The chance that the missed dials would have closed no deal at all.
    pub no_deal_chance: f64,
    /// Whether the band comes from the normal approximation rather than the exact sum.
    pub approximate: bool,
}

/// Standard deviation, in deals, above which the band uses the normal approximation. Its
/// error there is under one deal, while the exact sum would take millions of steps.
const EXACT_MAX_DEVIATION: f64 = 5_000.0;

/// Probability, relative to the mode's, below which the exact sum stops adding terms. The
/// mass left out is below 1e-18 of the whole.
const TAIL_CUTOFF: f64 = 1e-20;

/// The 90th percentile of the standard normal distribution.
const Z_90: f64 = 1.281_551_565_544_600_4;

impl CostReport {
    /// Returns the band of lost deals and revenue that chance allows in one period.
    #[must_use]
    pub fn uncertainty(&self, period: Period) -> Uncertainty {
        let p = self.calls_to_deal.fraction();
        // Missed dials are at most 1,000 × 100,000 × 372 a year, far inside u64.
        let n = self.figures(period).missed_calls.round() as u64;
        let (low_deals, high_deals, approximate) = band(n, p);
        let deal = self.scenario.deal_size;
        Uncertainty {
            missed_dials: n,
            mean_deals: n as f64 * p,
            low_deals,
            high_deals,
            low_revenue: low_deals as f64 * deal,
            high_revenue: high_deals as f64 * deal,
            no_deal_chance: (1.0 - p).powf(n as f64),
            approximate,
        }
    }
}

/// Returns the 10th and 90th percentiles of Binomial(n, p), and whether they are approximate.
fn band(n: u64, p: f64) -> (u64, u64, bool) {
    if n == 0 || p <= 0.0 {
        return (0, 0, false);
    }
    if p >= 1.0 {
        return (n, n, false);
    }
    let deviation = (n as f64 * p * (1.0 - p)).sqrt();
    if deviation > EXACT_MAX_DEVIATION {
        let (low, high) = normal_band(n, p, deviation);
        return (low, high, true);
    }
    let (low, high) = exact_band(n, p);
    (low, high, false)
}

/// Finds the percentiles by summing probabilities, each relative to the mode's.
///
/// The terms follow from the ratio of neighbouring binomial probabilities, so no factorial
/// is evaluated, and dividing by their sum makes the scale of the mode's term irrelevant.
fn exact_band(n: u64, p: f64) -> (u64, u64) {
    let odds = p / (1.0 - p);
    // The mode of Binomial(n, p) is floor((n + 1) p), capped at n.
    let mode = (((n as f64 + 1.0) * p).floor() as u64).min(n);

    let mut total = 1.0;
    let (mut low, mut low_term) = (mode, 1.0);
    while low > 0 {
        let next = low_term * low as f64 / (n - low + 1) as f64 / odds;
        if next < TAIL_CUTOFF {
            break;
        }
        low -= 1;
        low_term = next;
        total += next;
    }
    let (mut high, mut high_term) = (mode, 1.0);
    while high < n {
        let next = high_term * (n - high) as f64 / (high + 1) as f64 * odds;
        if next < TAIL_CUTOFF {
            break;
        }
        high += 1;
        high_term = next;
        total += next;
    }

    // Walk up from the lowest term kept until the running sum passes each level.
    let (mut k, mut term) = (low, low_term);
    let mut cumulative = term;
    let mut percentiles = [0; 2];
    for (slot, level) in percentiles.iter_mut().zip([0.1, 0.9]) {
        while cumulative < level * total && k < high {
            term *= (n - k) as f64 / (k + 1) as f64 * odds;
            k += 1;
            cumulative += term;
        }
        *slot = k;
    }
    (percentiles[0], percentiles[1])
}

/// Finds the percentiles from the normal approximation with a continuity correction and the
/// Cornish–Fisher skewness term.
fn normal_band(n: u64, p: f64, deviation: f64) -> (u64, u64) {
    let mean = n as f64 * p;
    let skew = (1.0 - 2.0 * p) / deviation;
    let shift = skew * (Z_90 * Z_90 - 1.0) / 6.0;
    let percentile = |z: f64| {
        let k = (mean - 0.5 + deviation * (z + shift)).ceil();
        // Clamped to 0..=n, which fits u64.
        k.clamp(0.0, n as f64) as u64
    };
    (percentile(-Z_90), percentile(Z_90))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Rate, Scenario};

    fn report(missed: f64, percent: f64) -> CostReport {
        Scenario {
            target_calls: missed,
            actual_calls: 0.0,
            reps: 1,
            conversion_rate: Rate::from_percent(percent),
            deal_size: 1_000.0,
            ..Scenario::default()
        }
        .cost()
        .expect("valid")
    }

    #[test]
    fn fifty_dials_at_five_percent() {
        let band = report(50.0, 5.0).uncertainty(Period::Day);
        assert_eq!(band.missed_dials, 50);
        assert!((band.mean_deals - 2.5).abs() < 1e-12);
        // 0.95^50 = 0.0769…
        assert!(
            (band.no_deal_chance - 0.076_945).abs() < 1e-6,
            "{}",
            band.no_deal_chance
        );
        // P(X ≤ 0) = 0.077 < 0.1 ≤ P(X ≤ 1) = 0.279; P(X ≤ 4) = 0.896 < 0.9 ≤ P(X ≤ 5) = 0.962.
        assert_eq!(band.low_deals, 1);
        assert_eq!(band.high_deals, 5);
        assert_eq!(band.low_revenue, 1_000.0);
        assert_eq!(band.high_revenue, 5_000.0);
    }

    #[test]
    fn degenerate_rates() {
        let none = report(50.0, 0.0).uncertainty(Period::Day);
        assert_eq!((none.low_deals, none.high_deals), (0, 0));
        assert_eq!(none.no_deal_chance, 1.0);
        let all = report(50.0, 100.0).uncertainty(Period::Day);
        assert_eq!((all.low_deals, all.high_deals), (50, 50));
        assert_eq!(all.no_deal_chance, 0.0);
        let no_gap = report(0.0, 5.0).uncertainty(Period::Year);
        assert_eq!((no_gap.low_deals, no_gap.high_deals), (0, 0));
    }

    #[test]
    fn exact_band_small_cases() {
        // Binomial(10, 0.5): P(X ≤ 2) = 0.055, P(X ≤ 3) = 0.172, P(X ≤ 6) = 0.828,
        // P(X ≤ 7) = 0.945.
        assert_eq!(exact_band(10, 0.5), (3, 7));
        // Binomial(1, 0.05): P(X = 0) = 0.95, so both percentiles are 0.
        assert_eq!(exact_band(1, 0.05), (0, 0));
        // Binomial(3, 0.99): P(X ≤ 2) = 0.0297, so both percentiles are 3.
        assert_eq!(exact_band(3, 0.99), (3, 3));
    }

    #[test]
    fn normal_band_agrees_with_exact_near_the_switch() {
        for (n, p) in [
            (100_000_000u64, 0.05),
            (20_000_000, 0.5),
            (400_000_000, 0.01),
        ] {
            let deviation = (n as f64 * p * (1.0 - p)).sqrt();
            let (exact_low, exact_high) = exact_band(n, p);
            let (normal_low, normal_high) = normal_band(n, p, deviation);
            assert!(
                exact_low.abs_diff(normal_low) <= 1,
                "n {n}: {exact_low} vs {normal_low}"
            );
            assert!(
                exact_high.abs_diff(normal_high) <= 1,
                "n {n}: {exact_high} vs {normal_high}"
            );
        }
    }

    #[test]
    fn huge_gap_uses_approximation() {
        // 1,000 missed dials × 100,000 reps × 372 working days a year.
        let report = Scenario {
            target_calls: 1_000.0,
            actual_calls: 0.0,
            reps: 100_000,
            working_days_per_month: 31.0,
            conversion_rate: Rate::from_percent(50.0),
            ..Scenario::default()
        }
        .cost()
        .expect("valid");
        let band = report.uncertainty(Period::Year);
        assert!(band.approximate);
        assert!((band.low_deals as f64) < band.mean_deals);
        assert!((band.high_deals as f64) > band.mean_deals);
    }

    #[test]
    fn band_brackets_the_mean_at_large_n() {
        let band = report(1_000.0, 2.0).uncertainty(Period::Year);
        assert!(band.low_deals as f64 <= band.mean_deals);
        assert!(band.high_deals as f64 >= band.mean_deals);
        assert!(band.low_deals < band.high_deals);
    }
}
