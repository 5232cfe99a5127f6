//! How far chance alone moves the lost deals.
//!
//! Each missed dial would have closed a deal with the calls-to-deal probability `p`, so the
//! lost deals out of `n` missed dials follow a binomial distribution. The band is computed
//! exactly from statrs' binomial cumulative distribution, with no normal approximation.

use serde::{Deserialize, Serialize};
use statrs::distribution::{Binomial, DiscreteCDF};

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
}

/// The lower percentile of the band.
const LOW: f64 = 0.1;
/// The upper percentile of the band.
const HIGH: f64 = 0.9;

impl CostReport {
    /// Returns the band of lost deals and revenue that chance allows in one period.
    #[must_use]
    pub fn uncertainty(&self, period: Period) -> Uncertainty {
        let p = self.calls_to_deal.fraction();
        // Missed dials are at most 1,000 × 100,000 × 372 a year, far inside u64.
        let n = self.figures(period).missed_calls.round() as u64;
        let (low_deals, high_deals) = band(n, p);
        let deal = self.scenario.deal_size;
        Uncertainty {
            missed_dials: n,
            mean_deals: n as f64 * p,
            low_deals,
            high_deals,
            low_revenue: low_deals as f64 * deal,
            high_revenue: high_deals as f64 * deal,
            no_deal_chance: (1.0 - p).powf(n as f64),
        }
    }
}

/// Returns the 10th and 90th percentiles of Binomial(n, p).
fn band(n: u64, p: f64) -> (u64, u64) {
    if n == 0 || p <= 0.0 {
        return (0, 0);
    }
    if p >= 1.0 {
        return (n, n);
    }
    match Binomial::new(p, n) {
        Ok(distribution) => (
            quantile(&distribution, n, LOW),
            quantile(&distribution, n, HIGH),
        ),
        // The checks above keep p inside (0, 1), which is all Binomial::new asks for.
        Err(_) => (0, n),
    }
}

/// Returns the smallest k in 0..=n whose cumulative probability is at least `level`.
///
/// A bisection of its own rather than statrs' `inverse_cdf`, which panics when rounding
/// makes the distribution function look non-monotone, and a panic would freeze the page.
fn quantile(distribution: &Binomial, n: u64, level: f64) -> u64 {
    let (mut low, mut high) = (0, n);
    while low < high {
        let middle = low + (high - low) / 2;
        if distribution.cdf(middle) >= level {
            high = middle;
        } else {
            low = middle + 1;
        }
    }
    low
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
    fn band_brackets_the_mean_at_large_n() {
        let band = report(1_000.0, 2.0).uncertainty(Period::Year);
        assert!(band.low_deals as f64 <= band.mean_deals);
        assert!(band.high_deals as f64 >= band.mean_deals);
        assert!(band.low_deals < band.high_deals);
    }
}
