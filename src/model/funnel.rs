//! The chain from a dial to a won deal, and the two ways of entering it.
//!
//! Each rate has its own denominator: the connect rate is per dial, the meeting rate per
//! conversation and the win rate per meeting. Calls-to-deal, their product, is per dial.
//! Treating a per-meeting rate as if it were per dial inflates every loss many times over.

use serde::{Deserialize, Serialize};

use super::scenario::Rate;

/// The form in which the user enters conversion.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum RateMode {
    /// One rate: closed deals per dial.
    #[default]
    Simple,
    /// Three rates: connect, meeting and win, whose product is closed deals per dial.
    Funnel,
}

/// The three stage rates of the funnel.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Funnel {
    /// Live conversations per dial.
    pub connect: Rate,
    /// Meetings per live conversation.
    pub meeting: Rate,
    /// Won deals per meeting.
    pub win: Rate,
}

impl Default for Funnel {
    /// Returns 25 % connect, 20 % meeting and 40 % win, whose product is 2 % per dial.
    fn default() -> Self {
        Self {
            connect: Rate::from_percent(25.0),
            meeting: Rate::from_percent(20.0),
            win: Rate::from_percent(40.0),
        }
    }
}

impl Funnel {
    /// Returns closed deals per dial: connect × meeting × win.
    #[must_use]
    pub fn calls_to_deal(&self) -> Rate {
        Rate::from_fraction(self.connect.fraction() * self.meeting.fraction() * self.win.fraction())
    }

    /// Derives stage rates whose product is `calls_to_deal`, keeping as much of `self` as fits.
    ///
    /// The connect and meeting rates stay and the win rate makes up the rest. When that would
    /// need a win rate above 100 %, the win rate becomes 100 % and the meeting rate makes up
    /// the rest, and failing that the meeting rate is 100 % too and the connect rate equals
    /// calls-to-deal.
    #[must_use]
    pub fn matching(&self, calls_to_deal: Rate) -> Funnel {
        let p = calls_to_deal.fraction();
        let c = self.connect.fraction();
        let m = self.meeting.fraction();
        if p == 0.0 {
            return Funnel {
                win: Rate::from_fraction(0.0),
                ..*self
            };
        }
        if c * m >= p {
            return Funnel {
                win: Rate::from_fraction(p / (c * m)),
                ..*self
            };
        }
        let full = Rate::from_fraction(1.0);
        if c >= p {
            return Funnel {
                connect: self.connect,
                meeting: Rate::from_fraction(p / c),
                win: full,
            };
        }
        Funnel {
            connect: calls_to_deal,
            meeting: full,
            win: full,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn funnel(connect: f64, meeting: f64, win: f64) -> Funnel {
        Funnel {
            connect: Rate::from_percent(connect),
            meeting: Rate::from_percent(meeting),
            win: Rate::from_percent(win),
        }
    }

    fn assert_rates(actual: Funnel, expected: [f64; 3], case: &str) {
        let rates = [
            actual.connect.percent(),
            actual.meeting.percent(),
            actual.win.percent(),
        ];
        for (rate, want) in rates.into_iter().zip(expected) {
            assert!(
                (rate - want).abs() < 1e-9,
                "{case}: {rates:?} != {expected:?}"
            );
        }
    }

    #[test]
    fn default_funnel_is_two_percent() {
        assert!((Funnel::default().calls_to_deal().percent() - 2.0).abs() < 1e-12);
    }

    #[test]
    fn matching_fills_in_the_win_rate() {
        // 25 % × 20 % = 5 % of dials reach a meeting, so 2 % needs a 40 % win rate.
        assert_rates(
            funnel(25.0, 20.0, 10.0).matching(Rate::from_percent(2.0)),
            [25.0, 20.0, 40.0],
            "win",
        );
        // 10 % would need 200 % wins: wins cap at 100 % and meetings become 40 %.
        assert_rates(
            funnel(25.0, 20.0, 10.0).matching(Rate::from_percent(10.0)),
            [25.0, 40.0, 100.0],
            "meeting",
        );
        // 50 % is above the connect rate itself.
        assert_rates(
            funnel(25.0, 20.0, 10.0).matching(Rate::from_percent(50.0)),
            [50.0, 100.0, 100.0],
            "connect",
        );
        assert_rates(
            funnel(25.0, 20.0, 10.0).matching(Rate::from_percent(0.0)),
            [25.0, 20.0, 0.0],
            "zero",
        );
        assert_rates(
            funnel(0.0, 20.0, 10.0).matching(Rate::from_percent(3.0)),
            [3.0, 100.0, 100.0],
            "no connect",
        );
    }

    #[test]
    fn matching_keeps_calls_to_deal() {
        for percent in [0.0, 0.01, 1.0, 2.0, 4.9, 5.0, 7.5, 25.0, 60.0, 100.0] {
            let rate = Rate::from_percent(percent);
            let derived = Funnel::default().matching(rate).calls_to_deal();
            assert!(
                (derived.percent() - percent).abs() < 1e-9,
                "{percent} % gave {}",
                derived.percent()
            );
        }
    }
}
