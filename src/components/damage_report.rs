//! The results grouped by kind of damage, each figure with the math behind it.

use yew::prelude::*;

use crate::components::figure::Figure;
use crate::components::pipeline_table::PipelineTable;
use crate::components::scorecard_table::ScorecardTable;
use crate::currency::Currency;
use crate::format::{format_count, format_money, format_percent};
use crate::model::{CostReport, GoalAnswer, NoAnswerReason, Period};

/// Properties of [`DamageReport`].
#[derive(Properties, PartialEq)]
pub struct DamageReportProps {
    /// The figures to show.
    pub report: CostReport,
    /// The period the figures are given for.
    pub period: Period,
    /// The currency money is shown in.
    pub currency: Currency,
}

/// Formats figures for one report in one currency.
#[derive(Clone, Copy)]
struct Show {
    currency: Currency,
}

impl Show {
    fn money(self, value: f64) -> String {
        format_money(value, self.currency)
    }

    fn count(self, value: f64) -> String {
        format_count(value, 1)
    }

    fn percent(self, value: f64) -> String {
        format_percent(value)
    }
}

fn figure(label: &'static str, value: String, formula: String, test_id: &'static str) -> Html {
    html! { <Figure {label} value={value} formula={formula} test_id={test_id} /> }
}

fn group(title: &'static str, id: &'static str, body: Html) -> Html {
    let heading = format!("{id}-title");
    html! {
        <section class="damage-group" aria-labelledby={heading.clone()} data-testid={id}>
            <h3 id={heading}>{ title }</h3>
            { body }
        </section>
    }
}

/// Shows every kind of damage for the chosen period.
#[function_component(DamageReport)]
pub fn damage_report(props: &DamageReportProps) -> Html {
    let show = Show {
        currency: props.currency,
    };
    let report = &props.report;
    let period = props.period;

    html! {
        <div class="damage-report">
            <p class="period-caption">{ format!("Per {}, for the whole team.", period.name()) }</p>
            { view_total(report, period, show) }
            { view_direct(report, period, show) }
            { group("Pipeline by stage", "pipeline", html! {
                <PipelineTable pipeline={report.pipeline(period)} {period} currency={props.currency} />
            }) }
            { view_attempts(report, period, show) }
            { view_follow_ups(report, period, show) }
            { view_cycle(report, period, show) }
            { view_waste(report, period, show) }
            { view_forecast(report, period, show) }
            { view_uncertainty(report, period, show) }
            { view_goal_seek(report, show) }
            { group("Activity scorecard", "scorecard", html! {
                <ScorecardTable lines={report.scorecard()} />
            }) }
        </div>
    }
}

fn view_total(report: &CostReport, period: Period, show: Show) -> Html {
    let total = report.total(period);
    let formula = format!(
        "lost revenue + follow-up losses + wasted lead spend + cost of delay = {} + {} + {} + {} = {}",
        show.money(total.lost_revenue),
        show.money(total.follow_up_lost_revenue),
        show.money(total.wasted_lead_spend),
        show.money(total.delay_cost),
        show.money(total.total),
    );
    group(
        "Total cost of call reluctance",
        "total",
        html! {
            <>
                <dl class="figures-list">
                    { figure("Total", show.money(total.total), formula, "total-breakdown") }
                </dl>
                <p class="group-note">
                    { "The total counts each amount once. It leaves out the forecast overstatement and \
                       the pipeline variance (the same money as the lost revenue), slipped revenue \
                       (late, not lost), leads given up early (reaching them takes the same dials), \
                       rep churn (only partly due to reluctance) and gross profit (another view of \
                       the same revenue)." }
                </p>
            </>
        },
    )
}

fn view_direct(report: &CostReport, period: Period, show: Show) -> Html {
    let figures = report.figures(period);
    let scenario = &report.scenario;
    let funnel = &report.funnel;
    let days = report.days(period);

    let missed = format!(
        "max(target − made, 0) × reps × working days = max({} − {}, 0) × {} × {} = {}",
        show.count(scenario.target_calls),
        show.count(scenario.actual_calls),
        scenario.reps,
        show.count(days),
        show.count(figures.missed_calls),
    );
    let conversations = format!(
        "missed dials × connect rate (per dial) = {} × {} = {}",
        show.count(figures.missed_calls),
        show.percent(funnel.connect.percent()),
        show.count(figures.lost_conversations),
    );
    let meetings = format!(
        "lost conversations × meeting rate (per conversation) = {} × {} = {}",
        show.count(figures.lost_conversations),
        show.percent(funnel.meeting.percent()),
        show.count(figures.lost_meetings),
    );
    let deals = format!(
        "missed dials × calls-to-deal rate (per dial) = {} × {} = {}",
        show.count(figures.missed_calls),
        show.percent(report.calls_to_deal.percent()),
        show.count(figures.lost_deals),
    );
    let revenue = format!(
        "lost deals × deal size = {} × {} = {}",
        show.count(figures.lost_deals),
        show.money(scenario.deal_size),
        show.money(figures.lost_revenue),
    );
    let marginal = format!(
        "reps × calls-to-deal × deal size × working days in a year = {} × {} × {} × {} = {}",
        scenario.reps,
        show.percent(report.calls_to_deal.percent()),
        show.money(scenario.deal_size),
        show.count(report.days(Period::Year)),
        show.money(report.marginal_dial_value_per_year()),
    );

    group(
        "Missed dials",
        "direct",
        html! {
            <dl class="figures-list">
                { figure("Missed dials", show.count(figures.missed_calls), missed, "period-missed-calls") }
                { figure("Lost conversations", show.count(figures.lost_conversations), conversations, "lost-conversations") }
                { figure("Lost meetings", show.count(figures.lost_meetings), meetings, "lost-meetings") }
                { figure("Lost deals", show.count(figures.lost_deals), deals, "period-lost-deals") }
                { figure("Lost revenue", show.money(figures.lost_revenue), revenue, "period-lost-revenue") }
                if let (Some(profit), Some(margin)) = (figures.lost_gross_profit, scenario.gross_margin) {
                    { figure(
                        "Lost gross profit",
                        show.money(profit),
                        format!("lost revenue × gross margin = {} × {} = {}",
                            show.money(figures.lost_revenue), show.percent(margin.percent()), show.money(profit)),
                        "lost-gross-profit",
                    ) }
                }
                { figure("One more dial per rep per day is worth, per year", show.money(report.marginal_dial_value_per_year()), marginal, "marginal-dial-value") }
            </dl>
        },
    )
}

fn view_attempts(report: &CostReport, period: Period, show: Show) -> Html {
    let attempts = report.attempts(period);
    let scenario = &report.scenario;
    let q = attempts.contact_probability * 100.0;
    let lost = format!(
        "leads worked × (reached in {} attempts − reached in {}) = {} × ({} − {}) = {}",
        scenario.attempts.recommended,
        scenario.attempts.per_lead,
        show.count(attempts.leads_worked),
        show.percent(attempts.recommended_reached_share * 100.0),
        show.percent(attempts.reached_share * 100.0),
        show.count(attempts.reachable_leads_lost),
    );
    let value = format!(
        "leads lost × meeting rate × win rate × deal size = {} × {} × {} × {} = {}",
        show.count(attempts.reachable_leads_lost),
        show.percent(report.funnel.meeting.percent()),
        show.percent(report.funnel.win.percent()),
        show.money(scenario.deal_size),
        show.money(attempts.reachable_leads_value),
    );
    let unanswered = format!(
        "(1 − contact probability)³ = (1 − {})³ = {}, against a benchmark under {}",
        show.percent(q),
        show.percent(attempts.unanswered_after_three * 100.0),
        show.percent(scenario.scorecard.unanswered_after_three.percent()),
    );
    group(
        "Giving up on leads too early",
        "attempts",
        html! {
            <dl class="figures-list">
                { figure("Reachable leads given up", show.count(attempts.reachable_leads_lost), lost, "reachable-leads-lost") }
                { figure("Their value", show.money(attempts.reachable_leads_value), value, "reachable-leads-value") }
                { figure("Unanswered after three attempts", show.percent(attempts.unanswered_after_three * 100.0), unanswered, "unanswered-after-three") }
            </dl>
        },
    )
}

fn view_follow_ups(report: &CostReport, period: Period, show: Show) -> Html {
    let follow_ups = report.follow_ups(period);
    let inputs = &report.scenario.follow_ups;
    let deal_value = report.funnel.win.of(report.scenario.deal_size);
    let lost = format!(
        "missed follow-ups × share that die × win rate × deal size = {} × {} × {} = {}",
        show.count(follow_ups.missed),
        show.percent(inputs.lost_share.percent()),
        show.money(deal_value),
        show.money(follow_ups.lost_revenue),
    );
    let slipped = format!(
        "missed follow-ups × share that slip × win rate × deal size = {} × {} × {} = {}",
        show.count(follow_ups.missed),
        show.percent(inputs.slipped_share.percent()),
        show.money(deal_value),
        show.money(follow_ups.slipped_revenue),
    );
    group(
        "Missed follow-ups",
        "follow-ups",
        html! {
            <dl class="figures-list">
                { figure("Revenue lost", show.money(follow_ups.lost_revenue), lost, "follow-up-lost-revenue") }
                { figure("Revenue slipped to a later period", show.money(follow_ups.slipped_revenue), slipped, "follow-up-slipped-revenue") }
            </dl>
        },
    )
}

fn view_cycle(report: &CostReport, period: Period, show: Show) -> Html {
    let cycle = report.cycle(period);
    let inputs = &report.scenario.cycle;
    let velocity = |days: f64, value: f64| {
        format!(
            "opportunities per month × deal size × win rate ÷ cycle days = {} × {} × {} ÷ {} = {} a day",
            show.count(cycle.opportunities_per_month),
            show.money(report.scenario.deal_size),
            show.percent(report.funnel.win.percent()),
            show.count(days),
            show.money(value),
        )
    };
    let delay = format!(
        "revenue won × cost of capital × extra days ÷ 365 = {} × {} × {} ÷ 365 = {}",
        show.money(cycle.revenue_pushed_later),
        show.percent(inputs.annual_cost_of_capital.percent()),
        show.count(inputs.extra_days),
        show.money(cycle.delay_cost),
    );
    let cash = format!(
        "cycle days ÷ days in a month, rounded up = ({} + {}) ÷ 30.4 → month {}",
        show.count(inputs.base_days),
        show.count(inputs.extra_days),
        cycle.cash_month,
    );
    group(
        "Longer sales cycles",
        "cycle",
        html! {
            <dl class="figures-list">
                { figure("Pipeline velocity now", show.money(cycle.velocity_before), velocity(inputs.base_days, cycle.velocity_before), "velocity-before") }
                { figure("Pipeline velocity with the extra days", show.money(cycle.velocity_after), velocity(cycle.days_to_cash, cycle.velocity_after), "velocity-after") }
                { figure("Cost of waiting longer for revenue", show.money(cycle.delay_cost), delay, "delay-cost") }
                { figure("Today's missing calls reach cash in month", cycle.cash_month.to_string(), cash, "cash-month") }
            </dl>
        },
    )
}

fn view_waste(report: &CostReport, period: Period, show: Show) -> Html {
    let waste = report.waste(period);
    let scenario = &report.scenario;
    let figures = report.figures(period);
    let uncalled = format!(
        "missed dials ÷ attempts per lead = {} ÷ {} = {}",
        show.count(figures.missed_calls),
        scenario.attempts.per_lead,
        show.count(waste.uncalled_leads),
    );
    let spend = format!(
        "uncalled leads × cost per lead = {} × {} = {}",
        show.count(waste.uncalled_leads),
        show.money(scenario.waste.cost_per_lead),
        show.money(waste.wasted_lead_spend),
    );
    let churn = format!(
        "reps × annual attrition × replacement cost, for the share of a year = {} × {} × {} → {}",
        scenario.reps,
        show.percent(scenario.waste.annual_attrition.percent()),
        show.money(scenario.waste.replacement_cost),
        show.money(waste.rep_churn_cost),
    );
    group(
        "Wasted resources",
        "waste",
        html! {
            <dl class="figures-list">
                { figure("Leads bought and never called", show.count(waste.uncalled_leads), uncalled, "uncalled-leads") }
                { figure("Wasted lead spend", show.money(waste.wasted_lead_spend), spend, "wasted-lead-spend") }
                <Figure
                    label="Rep churn cost"
                    value={show.money(waste.rep_churn_cost)}
                    formula={churn}
                    test_id="rep-churn-cost"
                    note={AttrValue::from("Not in the total: only part of rep churn is due to call reluctance.")}
                />
            </dl>
        },
    )
}

fn view_forecast(report: &CostReport, period: Period, show: Show) -> Html {
    let forecast = report.forecast(period);
    let threshold = report.scenario.forecast_threshold.percent();
    let percent = forecast
        .overstatement_percent
        .map_or_else(|| "—".to_string(), |value| show.percent(value));
    let formula = format!(
        "revenue planned at target activity − revenue at actual activity = {} − {} = {} ({} of the plan)",
        show.money(forecast.planned_revenue),
        show.money(forecast.expected_revenue),
        show.money(forecast.overstatement),
        percent,
    );
    group(
        "Forecast inflation",
        "forecast",
        html! {
            <>
                <dl class="figures-list">
                    { figure("Forecast overstatement", show.money(forecast.overstatement), formula.clone(), "forecast-overstatement") }
                    { figure("Share of the forecast not backed by calls", percent.clone(), formula, "forecast-overstatement-percent") }
                </dl>
                if forecast.flagged {
                    <p class="flag" data-testid="forecast-flag">
                        { format!("Warning: a forecast built on planned calls overstates this {} by {}, above the {} threshold.",
                            period.name(), percent, show.percent(threshold)) }
                    </p>
                }
            </>
        },
    )
}

fn view_uncertainty(report: &CostReport, period: Period, show: Show) -> Html {
    let band = report.uncertainty(period);
    let p = report.calls_to_deal.percent();
    let method = if band.approximate {
        "normal approximation, because n is large"
    } else {
        "exact"
    };
    let deals = format!(
        "10th and 90th percentiles of Binomial(n = {} missed dials, p = {}), {method}; mean n × p = {}",
        band.missed_dials,
        show.percent(p),
        show.count(band.mean_deals),
    );
    let revenue = format!(
        "each end of the deal band × deal size = {} × {} to {} × {}",
        band.low_deals,
        show.money(report.scenario.deal_size),
        band.high_deals,
        show.money(report.scenario.deal_size),
    );
    let none = format!(
        "(1 − p)ⁿ = (1 − {})^{} = {}",
        show.percent(p),
        band.missed_dials,
        show.percent(band.no_deal_chance * 100.0),
    );
    group(
        "How sure is this?",
        "uncertainty",
        html! {
            <dl class="figures-list">
                { figure("Lost deals, 10th to 90th percentile", format!("{} and {}", band.low_deals, band.high_deals), deals, "deals-band") }
                { figure("Lost revenue, 10th to 90th percentile", format!("{} and {}", show.money(band.low_revenue), show.money(band.high_revenue)), revenue, "revenue-band") }
                { figure("Chance the gap cost no deal at all", show.percent(band.no_deal_chance * 100.0), none, "no-deal-chance") }
            </dl>
        },
    )
}

fn describe_answer(answer: GoalAnswer, shown: impl Fn(f64) -> String) -> String {
    match answer {
        GoalAnswer::Needed(value) => shown(value),
        GoalAnswer::Unreachable(value) => format!("Not reachable: it would take {}", shown(value)),
        GoalAnswer::NoAnswer(NoAnswerReason::NoRevenuePerDial) => {
            "No answer: with a 0 % rate or a zero deal size, dials bring no revenue".to_string()
        }
        GoalAnswer::NoAnswer(NoAnswerReason::NoDials) => {
            "No answer: reps make no dials today".to_string()
        }
        GoalAnswer::NoAnswer(NoAnswerReason::NoRevenuePerConversation) => {
            "No answer: with a 0 % meeting or win rate, conversations bring no revenue".to_string()
        }
    }
}

fn view_goal_seek(report: &CostReport, show: Show) -> Html {
    let Some(goal) = report.goal_seek() else {
        return group(
            "Goal seek",
            "goal-seek",
            html! {
                <p class="group-note">{ "Enter a revenue goal per month under Advanced inputs to see what it takes." }</p>
            },
        );
    };
    let scenario = &report.scenario;
    let days = scenario.working_days_per_month;
    let dials = format!(
        "goal ÷ (reps × working days × calls-to-deal × deal size) = {} ÷ ({} × {} × {} × {})",
        show.money(goal.goal_per_month),
        scenario.reps,
        show.count(days),
        show.percent(report.calls_to_deal.percent()),
        show.money(scenario.deal_size),
    );
    let reps = format!(
        "goal ÷ (dials made × working days × calls-to-deal × deal size) = {} ÷ ({} × {} × {} × {})",
        show.money(goal.goal_per_month),
        show.count(scenario.actual_calls),
        show.count(days),
        show.percent(report.calls_to_deal.percent()),
        show.money(scenario.deal_size),
    );
    let connect = format!(
        "goal ÷ (dials made × reps × working days × meeting rate × win rate × deal size) = {} ÷ ({} × {} × {} × {} × {} × {})",
        show.money(goal.goal_per_month),
        show.count(scenario.actual_calls),
        scenario.reps,
        show.count(days),
        show.percent(report.funnel.meeting.percent()),
        show.percent(report.funnel.win.percent()),
        show.money(scenario.deal_size),
    );
    group(
        "Goal seek",
        "goal-seek",
        html! {
            <dl class="figures-list">
                { figure("Dials per rep per day to reach the goal", describe_answer(goal.dials_per_rep_per_day, |value| show.count(value)), dials, "goal-dials") }
                { figure("Reps needed at today's activity", describe_answer(goal.reps, |value| show.count(value)), reps, "goal-reps") }
                { figure("Connect rate needed at today's activity", describe_answer(goal.connect_rate_percent, |value| show.percent(value)), connect, "goal-connect") }
            </dl>
        },
    )
}
