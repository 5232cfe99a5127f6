//! Checks the model against the whole-scenario table in `tests/data/scenarios.csv`.
//!
//! `tests/data/expected_scenarios.py` computed the expected figures from the formulas in
//! docs/MODEL.md, apart from this crate's code, so the two implementations check each other.
//! Every figure is for one month and the whole team.
#![cfg(not(target_arch = "wasm32"))]

use callgap::model::{CostReport, Funnel, GoalAnswer, Period, Rate, RateMode, Scenario};
use serde::Deserialize;

/// One row of the table: the inputs, then the expected monthly figures.
#[derive(Debug, Deserialize)]
struct Case {
    name: String,
    mode: String,
    target_dials: f64,
    actual_dials: f64,
    reps: u32,
    working_days: f64,
    simple_rate_pct: f64,
    connect_pct: f64,
    meeting_pct: f64,
    win_pct: f64,
    deal_size: f64,
    margin_pct: Option<f64>,
    attempts_per_lead: u32,
    recommended_attempts: u32,
    contact_pct: Option<f64>,
    follow_ups_due: f64,
    follow_ups_missed_pct: f64,
    follow_ups_lost_pct: f64,
    follow_ups_slipped_pct: f64,
    cycle_days: f64,
    extra_cycle_days: f64,
    cost_of_capital_pct: f64,
    cost_per_lead: f64,
    attrition_pct: f64,
    replacement_cost: f64,
    forecast_threshold_pct: f64,
    revenue_goal_month: Option<f64>,
    missed_dials: f64,
    lost_conversations: f64,
    lost_meetings: f64,
    lost_deals: f64,
    lost_revenue: f64,
    lost_gross_profit: Option<f64>,
    followup_lost_revenue: f64,
    followup_slipped_revenue: f64,
    uncalled_leads: f64,
    wasted_lead_spend: f64,
    delay_cost: f64,
    total_cost: f64,
    forecast_overstatement: f64,
    forecast_overstatement_pct: Option<f64>,
    forecast_flagged: bool,
    reachable_leads_lost: f64,
    reachable_leads_value: f64,
    dials_needed: Option<f64>,
    reps_needed: Option<f64>,
    connect_needed_pct: Option<f64>,
    deals_p10: u64,
    deals_p90: u64,
    no_deal_chance: f64,
    effective_connect_pct: f64,
    effective_meeting_pct: f64,
    effective_win_pct: f64,
}

impl Case {
    fn scenario(&self) -> Scenario {
        let mut scenario = Scenario {
            target_calls: self.target_dials,
            actual_calls: self.actual_dials,
            rate_mode: match self.mode.as_str() {
                "funnel" => RateMode::Funnel,
                _ => RateMode::Simple,
            },
            conversion_rate: Rate::from_percent(self.simple_rate_pct),
            funnel: Funnel {
                connect: Rate::from_percent(self.connect_pct),
                meeting: Rate::from_percent(self.meeting_pct),
                win: Rate::from_percent(self.win_pct),
            },
            deal_size: self.deal_size,
            gross_margin: self.margin_pct.map(Rate::from_percent),
            reps: self.reps,
            working_days_per_month: self.working_days,
            forecast_threshold: Rate::from_percent(self.forecast_threshold_pct),
            revenue_goal_per_month: self.revenue_goal_month,
            ..Scenario::default()
        };

        scenario.attempts.per_lead = self.attempts_per_lead;
        scenario.attempts.recommended = self.recommended_attempts;
        scenario.attempts.contact_probability = self.contact_pct.map(Rate::from_percent);

        scenario.follow_ups.due_per_rep_per_month = self.follow_ups_due;
        scenario.follow_ups.missed_share = Rate::from_percent(self.follow_ups_missed_pct);
        scenario.follow_ups.lost_share = Rate::from_percent(self.follow_ups_lost_pct);
        scenario.follow_ups.slipped_share = Rate::from_percent(self.follow_ups_slipped_pct);

        scenario.cycle.base_days = self.cycle_days;
        scenario.cycle.extra_days = self.extra_cycle_days;
        scenario.cycle.annual_cost_of_capital = Rate::from_percent(self.cost_of_capital_pct);

        scenario.waste.cost_per_lead = self.cost_per_lead;
        scenario.waste.annual_attrition = Rate::from_percent(self.attrition_pct);
        scenario.waste.replacement_cost = self.replacement_cost;
        scenario
    }
}

fn load_cases() -> Vec<Case> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/scenarios.csv");
    let mut reader = csv::Reader::from_path(path).unwrap_or_else(|error| panic!("{path}: {error}"));
    reader
        .deserialize()
        .enumerate()
        .map(|(index, row)| {
            row.unwrap_or_else(|error| panic!("{path}, row {}: {error}", index + 2))
        })
        .collect()
}

/// Asserts two figures agree to nine significant digits, or both are near zero.
fn assert_close(case: &str, what: &str, actual: f64, expected: f64) {
    let tolerance = 1e-9 * expected.abs().max(actual.abs()).max(1e-6);
    assert!(
        (actual - expected).abs() <= tolerance,
        "{case}: {what} is {actual}, expected {expected}"
    );
}

fn needed(answer: GoalAnswer) -> Option<f64> {
    match answer {
        GoalAnswer::Needed(value) | GoalAnswer::Unreachable(value) => Some(value),
        GoalAnswer::NoAnswer(_) => None,
    }
}

fn check_case(case: &Case, report: &CostReport) {
    let name = case.name.as_str();
    let month = Period::Month;
    let figures = report.figures(month);
    assert_close(
        name,
        "missed dials",
        figures.missed_calls,
        case.missed_dials,
    );
    assert_close(
        name,
        "lost conversations",
        figures.lost_conversations,
        case.lost_conversations,
    );
    assert_close(
        name,
        "lost meetings",
        figures.lost_meetings,
        case.lost_meetings,
    );
    assert_close(name, "lost deals", figures.lost_deals, case.lost_deals);
    assert_close(
        name,
        "lost revenue",
        figures.lost_revenue,
        case.lost_revenue,
    );
    match (figures.lost_gross_profit, case.lost_gross_profit) {
        (Some(actual), Some(expected)) => assert_close(name, "gross profit", actual, expected),
        (actual, expected) => assert_eq!(actual, expected, "{name}: gross profit"),
    }

    let funnel = report.funnel;
    assert_close(
        name,
        "effective connect",
        funnel.connect.percent(),
        case.effective_connect_pct,
    );
    assert_close(
        name,
        "effective meeting",
        funnel.meeting.percent(),
        case.effective_meeting_pct,
    );
    assert_close(
        name,
        "effective win",
        funnel.win.percent(),
        case.effective_win_pct,
    );

    let follow_ups = report.follow_ups(month);
    assert_close(
        name,
        "follow-up lost revenue",
        follow_ups.lost_revenue,
        case.followup_lost_revenue,
    );
    assert_close(
        name,
        "follow-up slipped revenue",
        follow_ups.slipped_revenue,
        case.followup_slipped_revenue,
    );

    let waste = report.waste(month);
    assert_close(
        name,
        "uncalled leads",
        waste.uncalled_leads,
        case.uncalled_leads,
    );
    assert_close(
        name,
        "wasted lead spend",
        waste.wasted_lead_spend,
        case.wasted_lead_spend,
    );
    assert_close(
        name,
        "delay cost",
        report.cycle(month).delay_cost,
        case.delay_cost,
    );
    assert_close(name, "total", report.total(month).total, case.total_cost);

    let forecast = report.forecast(month);
    assert_close(
        name,
        "forecast overstatement",
        forecast.overstatement,
        case.forecast_overstatement,
    );
    match (
        forecast.overstatement_percent,
        case.forecast_overstatement_pct,
    ) {
        (Some(actual), Some(expected)) => {
            assert_close(name, "overstatement percent", actual, expected)
        }
        (actual, expected) => assert_eq!(actual, expected, "{name}: overstatement percent"),
    }
    assert_eq!(
        forecast.flagged, case.forecast_flagged,
        "{name}: forecast flag"
    );

    let attempts = report.attempts(month);
    assert_close(
        name,
        "reachable leads lost",
        attempts.reachable_leads_lost,
        case.reachable_leads_lost,
    );
    assert_close(
        name,
        "reachable leads value",
        attempts.reachable_leads_value,
        case.reachable_leads_value,
    );

    let goal = report.goal_seek();
    let answers = [
        (
            "dials needed",
            goal.and_then(|goal| needed(goal.dials_per_rep_per_day)),
            case.dials_needed,
        ),
        (
            "reps needed",
            goal.and_then(|goal| needed(goal.reps)),
            case.reps_needed,
        ),
        (
            "connect needed",
            goal.and_then(|goal| needed(goal.connect_rate_percent)),
            case.connect_needed_pct,
        ),
    ];
    for (what, actual, expected) in answers {
        match (actual, expected) {
            (Some(actual), Some(expected)) => assert_close(name, what, actual, expected),
            (actual, expected) => assert_eq!(actual, expected, "{name}: {what}"),
        }
    }

    let band = report.uncertainty(month);
    assert_eq!(
        band.low_deals, case.deals_p10,
        "{name}: 10th percentile of lost deals"
    );
    assert_eq!(
        band.high_deals, case.deals_p90,
        "{name}: 90th percentile of lost deals"
    );
    assert_close(
        name,
        "chance of no lost deal",
        band.no_deal_chance,
        case.no_deal_chance,
    );
}

#[test]
fn table_has_enough_cases() {
    let cases = load_cases();
    assert!(cases.len() >= 30, "only {} cases", cases.len());
    assert!(
        cases.iter().any(|case| case.name == "worked_example"),
        "the worked example is missing"
    );
}

#[test]
fn model_matches_scenario_table() {
    for case in load_cases() {
        let report = case
            .scenario()
            .cost()
            .unwrap_or_else(|error| panic!("{}: {error}", case.name));
        check_case(&case, &report);
    }
}
