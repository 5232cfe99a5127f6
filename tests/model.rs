#![cfg(not(target_arch = "wasm32"))]
//! Whole-scenario checks of the cost model against figures worked out by hand, and property
//! tests of the rules every scenario must follow.

use callgap::model::{
    format_plain_number, parse_number, ActivityGap, Field, Period, PeriodFigures, Rate, Scenario,
};
use proptest::prelude::*;

fn scenario(target: f64, actual: f64, rate: f64, deal: f64, reps: u32, days: f64) -> Scenario {
    Scenario {
        target_calls: target,
        actual_calls: actual,
        conversion_rate: Rate::from_percent(rate),
        deal_size: deal,
        reps,
        working_days_per_month: days,
        ..Scenario::default()
    }
}

fn close(actual: f64, expected: f64) -> bool {
    (actual - expected).abs() <= 1e-9 * expected.abs().max(1.0)
}

fn assert_figures(label: &str, period: &str, actual: PeriodFigures, expected: [f64; 3]) {
    let [calls, deals, revenue] = expected;
    assert!(
        close(actual.missed_calls, calls),
        "{label}, {period}: missed calls {} != {calls}",
        actual.missed_calls
    );
    assert!(
        close(actual.lost_deals, deals),
        "{label}, {period}: lost deals {} != {deals}",
        actual.lost_deals
    );
    assert!(
        close(actual.lost_revenue, revenue),
        "{label}, {period}: lost revenue {} != {revenue}",
        actual.lost_revenue
    );
}

/// Returns the cases: a name, the scenario, then missed calls, lost deals and lost revenue
/// for a day, a month and a year, all worked out by hand from the formulas in the model's docs.
#[rustfmt::skip]
fn cases() -> Vec<(&'static str, Scenario, [[f64; 3]; 3])> {
    vec![
        ("worked example", scenario(100.0, 50.0, 5.0, 25_000.0, 1, 21.0),
            [[50.0, 2.5, 62_500.0], [1_050.0, 52.5, 1_312_500.0], [12_600.0, 630.0, 15_750_000.0]]),
        // 28 short × 5 reps = 140 calls; 2 % of 140 = 2.8 deals; × 12,000 = 33,600.
        ("default team", scenario(80.0, 52.0, 2.0, 12_000.0, 5, 21.0),
            [[140.0, 2.8, 33_600.0], [2_940.0, 58.8, 705_600.0], [35_280.0, 705.6, 8_467_200.0]]),
        ("on target", scenario(60.0, 60.0, 3.0, 5_000.0, 4, 20.0),
            [[0.0; 3], [0.0; 3], [0.0; 3]]),
        ("above target", scenario(50.0, 70.0, 3.0, 5_000.0, 4, 20.0),
            [[0.0; 3], [0.0; 3], [0.0; 3]]),
        ("zero target", scenario(0.0, 10.0, 3.0, 5_000.0, 4, 20.0),
            [[0.0; 3], [0.0; 3], [0.0; 3]]),
        // A zero rate loses calls but no deals.
        ("zero conversion", scenario(100.0, 40.0, 0.0, 10_000.0, 3, 22.0),
            [[180.0, 0.0, 0.0], [3_960.0, 0.0, 0.0], [47_520.0, 0.0, 0.0]]),
        ("every call closes", scenario(10.0, 9.0, 100.0, 1_000.0, 2, 20.0),
            [[2.0, 2.0, 2_000.0], [40.0, 40.0, 40_000.0], [480.0, 480.0, 480_000.0]]),
        // 17.25 short × 12 reps = 207 calls; 1.5 % = 3.105 deals; × 8,400 = 26,082.
        ("fractional inputs", scenario(47.5, 30.25, 1.5, 8_400.0, 12, 21.5),
            [[207.0, 3.105, 26_082.0], [4_450.5, 66.7575, 560_763.0], [53_406.0, 801.09, 6_729_156.0]]),
        ("free deals", scenario(80.0, 20.0, 5.0, 0.0, 10, 20.0),
            [[600.0, 30.0, 0.0], [12_000.0, 600.0, 0.0], [144_000.0, 7_200.0, 0.0]]),
        // 15 short × 250 reps = 3,750 calls; 2.5 % = 93.75 deals; × 40,000 = 3,750,000.
        ("large team", scenario(60.0, 45.0, 2.5, 40_000.0, 250, 21.0),
            [[3_750.0, 93.75, 3_750_000.0], [78_750.0, 1_968.75, 78_750_000.0], [945_000.0, 23_625.0, 945_000_000.0]]),
        ("no calls made", scenario(30.0, 0.0, 10.0, 500.0, 1, 1.0),
            [[30.0, 3.0, 1_500.0], [30.0, 3.0, 1_500.0], [360.0, 36.0, 18_000.0]]),
    ]
}

#[test]
fn scenarios_match_hand_figures() {
    for (label, scenario, [day, month, year]) in cases() {
        let report = scenario
            .cost()
            .unwrap_or_else(|error| panic!("{label}: {error}"));
        assert_figures(label, "day", report.figures(Period::Day), day);
        assert_figures(label, "month", report.figures(Period::Month), month);
        assert_figures(label, "year", report.figures(Period::Year), year);
    }
}

#[test]
fn worked_example_is_exact() {
    let report = scenario(100.0, 50.0, 5.0, 25_000.0, 1, 21.0)
        .cost()
        .expect("valid");
    let day = report.figures(Period::Day);
    assert_eq!(day.missed_calls, 50.0);
    assert_eq!(day.lost_deals, 2.5);
    assert_eq!(day.lost_revenue, 62_500.0);
    assert_eq!(
        report.gap,
        ActivityGap::Below {
            calls: 50.0,
            percent_of_target: 50.0
        }
    );
}

#[test]
fn worked_example_from_typed_text() {
    let typed = [
        (Field::TargetCalls, "100"),
        (Field::ActualCalls, "50"),
        (Field::ConversionRate, "5%"),
        (Field::DealSize, "$25,000"),
        (Field::Reps, "1"),
        (Field::WorkingDays, "21"),
    ];
    let mut scenario = Scenario::default();
    for (field, text) in typed {
        let value =
            parse_number(text, &field.rule()).unwrap_or_else(|error| panic!("{text}: {error}"));
        scenario.set(field, Some(value)).expect("in range");
    }
    assert_eq!(
        scenario
            .cost()
            .expect("valid")
            .figures(Period::Day)
            .lost_revenue,
        62_500.0
    );
}

fn valid_scenario() -> impl Strategy<Value = Scenario> {
    (
        0.0..=1_000.0f64,
        0.0..=1_000.0f64,
        0.0..=100.0f64,
        0.0..=1e9f64,
        1u32..=100_000,
        1.0..=31.0f64,
    )
        .prop_map(|(target, actual, rate, deal, reps, days)| {
            scenario(target, actual, rate, deal, reps, days)
        })
}

fn all_figures(scenario: &Scenario) -> Vec<f64> {
    let report = scenario.cost().expect("generated scenarios are valid");
    Period::ALL
        .into_iter()
        .map(|period| report.figures(period))
        .flat_map(|figures| {
            [
                figures.missed_calls,
                figures.lost_deals,
                figures.lost_revenue,
            ]
        })
        .collect()
}

proptest! {
    #[test]
    fn prop_cost_is_finite_and_never_negative(scenario in valid_scenario()) {
        for value in all_figures(&scenario) {
            prop_assert!(value.is_finite(), "{value} in {scenario:?}");
            prop_assert!(value >= 0.0, "{value} in {scenario:?}");
        }
    }

    #[test]
    fn prop_zero_cost_when_target_reached(scenario in valid_scenario(), extra in 0.0..=100.0f64) {
        let reached = Scenario { actual_calls: (scenario.target_calls + extra).min(1_000.0), ..scenario };
        prop_assume!(reached.actual_calls >= reached.target_calls);
        for value in all_figures(&reached) {
            prop_assert_eq!(value, 0.0);
        }
    }

    #[test]
    fn prop_cost_never_falls_as_inputs_rise(scenario in valid_scenario(), step in 0.0..=1.0f64) {
        let base = scenario.cost().expect("valid").figures(Period::Year).lost_revenue;
        let raised = [
            Scenario { target_calls: (scenario.target_calls + step * 100.0).min(1_000.0), ..scenario },
            Scenario {
                conversion_rate: Rate::from_percent((scenario.conversion_rate.percent() + step * 10.0).min(100.0)),
                ..scenario
            },
            Scenario { deal_size: (scenario.deal_size * (1.0 + step)).min(1e9), ..scenario },
        ];
        for higher in raised {
            let cost = higher.cost().expect("valid").figures(Period::Year).lost_revenue;
            prop_assert!(cost >= base, "{cost} < {base} after raising {higher:?}");
        }
    }

    #[test]
    fn prop_cost_scales_linearly_with_reps(scenario in valid_scenario(), factor in 1u32..=50) {
        let one = Scenario { reps: 1, ..scenario };
        let many = Scenario { reps: factor, ..scenario };
        let single = one.cost().expect("valid").figures(Period::Month);
        let team = many.cost().expect("valid").figures(Period::Month);
        let scale = f64::from(factor);
        prop_assert!(close(team.missed_calls, single.missed_calls * scale));
        prop_assert!(close(team.lost_deals, single.lost_deals * scale));
        prop_assert!(close(team.lost_revenue, single.lost_revenue * scale));
    }

    #[test]
    fn prop_parse_never_panics_and_stays_in_range(text in "\\PC{0,40}") {
        for field in Field::ALL {
            let rule = field.rule();
            if let Ok(value) = parse_number(&text, &rule) {
                prop_assert!(value.is_finite());
                prop_assert!(value >= rule.min && value <= rule.max, "{text:?} gave {value}");
                prop_assert!(!(value == 0.0 && value.is_sign_negative()), "{text:?} gave -0");
            }
        }
    }

    #[test]
    fn prop_parse_number_like_text_stays_in_range(text in "[-+−$€ ,.'0-9kmbnKM%]{0,24}") {
        for field in Field::ALL {
            let rule = field.rule();
            if let Ok(value) = parse_number(&text, &rule) {
                prop_assert!(value.is_finite());
                prop_assert!(value >= rule.min && value <= rule.max, "{text:?} gave {value}");
                prop_assert!(!(value == 0.0 && value.is_sign_negative()), "{text:?} gave -0");
            }
        }
    }

    #[test]
    fn prop_parse_reads_back_plain_numbers(cents in 0u64..=100_000_000_000) {
        let value = cents as f64 / 100.0;
        let text = format_plain_number(value);
        let parsed = parse_number(&text, &Field::DealSize.rule());
        prop_assert_eq!(parsed, Ok(value), "{}", text);
    }
}

/// Generates scenarios across every input, in both rate modes, within each field's range.
fn full_scenario() -> impl Strategy<Value = Scenario> {
    let funnel = (
        0.0..=100.0f64,
        0.0..=100.0f64,
        0.0..=100.0f64,
        any::<bool>(),
    );
    let attempts = (1u32..=20, 1u32..=20, proptest::option::of(0.0..=100.0f64));
    let follow_ups = (
        0.0..=10_000.0f64,
        0.0..=100.0f64,
        0.0..=100.0f64,
        0.0..=1.0f64,
    );
    let costs = (
        1.0..=1_000.0f64,
        0.0..=1_000.0f64,
        0.0..=100.0f64,
        0.0..=1e6f64,
    );
    (valid_scenario(), funnel, attempts, follow_ups, costs).prop_map(
        |(
            base,
            (connect, meeting, win, funnel_mode),
            (per_lead, recommended, contact),
            (due, missed, lost, slipped_part),
            (cycle, extra, capital, lead_cost),
        )| {
            let mut scenario = base;
            scenario.funnel.connect = Rate::from_percent(connect);
            scenario.funnel.meeting = Rate::from_percent(meeting);
            scenario.funnel.win = Rate::from_percent(win);
            if funnel_mode {
                scenario.rate_mode = callgap::model::RateMode::Funnel;
            }
            scenario.attempts.per_lead = per_lead;
            scenario.attempts.recommended = recommended;
            scenario.attempts.contact_probability = contact.map(Rate::from_percent);
            scenario.follow_ups.due_per_rep_per_month = due;
            scenario.follow_ups.missed_share = Rate::from_percent(missed);
            scenario.follow_ups.lost_share = Rate::from_percent(lost);
            // The slipping share takes part of what the dying share leaves, so both fit in 100 %.
            scenario.follow_ups.slipped_share = Rate::from_percent((100.0 - lost) * slipped_part);
            scenario.cycle.base_days = cycle;
            scenario.cycle.extra_days = extra;
            scenario.cycle.annual_cost_of_capital = Rate::from_percent(capital);
            scenario.waste.cost_per_lead = lead_cost;
            scenario
        },
    )
}

proptest! {
    #[test]
    fn prop_zero_gap_costs_nothing_direct(scenario in full_scenario()) {
        let reached = Scenario { actual_calls: scenario.target_calls, ..scenario };
        let report = reached.cost().expect("valid");
        for period in Period::ALL {
            prop_assert_eq!(report.figures(period).lost_revenue, 0.0);
            prop_assert_eq!(report.waste(period).uncalled_leads, 0.0);
            prop_assert_eq!(report.forecast(period).overstatement, 0.0);
        }
    }

    #[test]
    fn prop_cost_never_falls_as_gap_widens(scenario in full_scenario(), cut in 0.0..=1.0f64) {
        // Start at or below the target, so every dial removed widens the gap.
        let scenario = Scenario { actual_calls: scenario.actual_calls.min(scenario.target_calls), ..scenario };
        let wider = Scenario { actual_calls: scenario.actual_calls * cut, ..scenario };
        let narrow = scenario.cost().expect("valid");
        let wide = wider.cost().expect("valid");
        let period = Period::Year;
        prop_assert!(wide.figures(period).lost_revenue >= narrow.figures(period).lost_revenue);
        prop_assert!(wide.waste(period).wasted_lead_spend >= narrow.waste(period).wasted_lead_spend);
        prop_assert!(wide.forecast(period).overstatement >= narrow.forecast(period).overstatement);
        // Fewer dials also means less won revenue waiting out the longer cycle, so the cost of
        // delay falls. The total still rises unless that cost exceeds the revenue it delays,
        // which takes a cost of capital times extra days above a whole year.
        let cycle = &scenario.cycle;
        if cycle.annual_cost_of_capital.fraction() * cycle.extra_days / 365.0 <= 1.0 {
            let (before, after) = (narrow.total(period).total, wide.total(period).total);
            prop_assert!(after >= before * (1.0 - 1e-12), "{} < {}", after, before);
        }
    }

    #[test]
    fn prop_total_is_sum_of_nonnegative_parts(scenario in full_scenario()) {
        let report = scenario.cost().expect("valid");
        for period in Period::ALL {
            let total = report.total(period);
            let parts = [total.lost_revenue, total.follow_up_lost_revenue, total.wasted_lead_spend, total.delay_cost];
            for part in parts {
                prop_assert!(part.is_finite() && part >= 0.0, "part {} in {:?}", part, total);
            }
            prop_assert!(total.total <= parts.iter().sum::<f64>() * (1.0 + 1e-12));
            prop_assert!(total.total >= parts.iter().copied().fold(0.0, f64::max));
        }
    }

    #[test]
    fn prop_band_is_ordered_and_brackets_mean(scenario in full_scenario()) {
        let report = scenario.cost().expect("valid");
        for period in Period::ALL {
            let band = report.uncertainty(period);
            prop_assert!(band.low_deals <= band.high_deals);
            // The median of a binomial lies between the floor and the ceiling of its mean, so
            // the 10th to 90th percentile band contains the mean once rounded either way.
            prop_assert!(band.low_deals as f64 <= band.mean_deals.ceil(), "{:?}", band);
            prop_assert!(band.high_deals as f64 >= band.mean_deals.floor(), "{:?}", band);
            prop_assert!((0.0..=1.0).contains(&band.no_deal_chance));
        }
    }

    #[test]
    fn prop_every_figure_is_finite(scenario in full_scenario()) {
        let report = scenario.cost().expect("valid");
        for period in Period::ALL {
            let attempts = report.attempts(period);
            let cycle = report.cycle(period);
            let pipeline = report.pipeline(period);
            let mut values = vec![
                attempts.reachable_leads_lost,
                attempts.reachable_leads_value,
                cycle.velocity_before,
                cycle.velocity_after,
                cycle.delay_cost,
                report.follow_ups(period).slipped_revenue,
                report.waste(period).rep_churn_cost,
                pipeline.weighted_value_actual,
                pipeline.weighted_value_projected,
            ];
            values.extend(pipeline.rows.iter().flat_map(|row| [row.projected, row.actual, row.variance, row.variance_value]));
            for value in values {
                prop_assert!(value.is_finite(), "{} in {:?}", value, scenario);
            }
        }
    }
}
