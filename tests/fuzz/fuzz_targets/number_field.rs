//! Feeds arbitrary text to every field's number parser, then runs each accepted value
//! through the cost model.

#![no_main]

use callgap::model::{
    format_plain_number, parse_number, CostReport, Field, FieldRule, InputError, Period, Scenario,
    Unit,
};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    // Every field that accepts the value gets it, so extreme values meet each other too.
    let mut combined = Scenario::default();

    for field in Field::ALL {
        let rule = field.rule();
        let Ok(value) = parse_number(&text, &rule) else {
            continue;
        };
        assert!(
            value.is_finite(),
            "{field:?} accepted {value} from {text:?}"
        );
        assert!(
            value >= rule.min,
            "{field:?} accepted {value} below {}",
            rule.min
        );
        assert!(
            value <= rule.max,
            "{field:?} accepted {value} above {}",
            rule.max
        );
        if rule.whole {
            assert_eq!(
                value.fract(),
                0.0,
                "{field:?} accepted the fraction {value}"
            );
        }
        assert!(
            value.is_sign_positive(),
            "{field:?} returned -0 from {text:?}"
        );
        check_plain_number(value);

        let mut single = Scenario::default();
        let result = single.set(field, Some(value));
        // The value passed the field's own rule, so only a check against another field may
        // still reject it.
        assert!(
            matches!(
                result,
                Ok(()) | Err(InputError::SharesAbove100 { .. } | InputError::RangeOutOfOrder)
            ),
            "{field:?} rejected {value}: {result:?}"
        );
        if let Ok(report) = single.cost() {
            check_money(&report);
        }
        let _ = combined.set(field, Some(value));
    }

    let report = combined
        .cost()
        .expect("Scenario::set keeps a scenario valid");
    check_money(&report);
});

/// Checks the text that messages show for an accepted value: it has no sign and no
/// placeholder for a non-finite value. It also reads back within rounding, because a user may
/// type a figure from a message back into a field.
fn check_plain_number(value: f64) {
    let plain = format_plain_number(value);
    assert!(!plain.starts_with('-'), "{value} is formatted as {plain}");
    for word in ["NaN", "inf", "not a number"] {
        assert!(!plain.contains(word), "{value} is formatted as {plain}");
    }
    let unbounded = FieldRule {
        unit: Unit::Count,
        min: 0.0,
        max: f64::MAX,
        whole: false,
        optional: false,
        example: "1",
    };
    let read_back = parse_number(&plain, &unbounded).expect("formatted numbers read back");
    // The text keeps two decimals, so it is within 0.005 of the value.
    assert!(
        (read_back - value).abs() <= 0.005 + value * f64::EPSILON,
        "{value} vs {plain}"
    );
}

/// Checks that every amount of money in the report is finite and not negative.
fn check_money(report: &CostReport) {
    let check_amount = |name: &str, amount: f64| {
        assert!(amount.is_finite(), "{name} is {amount} for {report:?}");
        assert!(amount >= 0.0, "{name} is {amount} for {report:?}");
    };
    check_amount("marginal dial value", report.marginal_dial_value_per_year());
    for period in Period::ALL {
        let figures = report.figures(period);
        check_amount("lost revenue", figures.lost_revenue);
        check_amount(
            "lost gross profit",
            figures.lost_gross_profit.unwrap_or(0.0),
        );
        let total = report.total(period);
        check_amount("follow-up lost revenue", total.follow_up_lost_revenue);
        check_amount("wasted lead spend", total.wasted_lead_spend);
        check_amount("delay cost", total.delay_cost);
        check_amount("total cost", total.total);
    }
}
