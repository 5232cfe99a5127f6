//! Each step of the math, written out with the user's own numbers.

use yew::prelude::*;

use crate::currency::Currency;
use crate::format::{format_count, format_money};
use crate::model::{CostReport, Period, Scenario};

/// Properties of [`FormulaList`].
#[derive(Properties, PartialEq)]
pub struct FormulaListProps {
    /// The scenario whose numbers go into the formulas.
    pub scenario: Scenario,
    /// The figures the formulas arrive at.
    pub report: CostReport,
    /// The currency money is shown in.
    pub currency: Currency,
}

/// Lists how each result follows from the inputs, so a trainer can read the math out.
#[function_component(FormulaList)]
pub fn formula_list(props: &FormulaListProps) -> Html {
    let scenario = &props.scenario;
    let currency = props.currency;
    let day = props.report.figures(Period::Day);
    let month = props.report.figures(Period::Month);
    let year = props.report.figures(Period::Year);
    let count = |value: f64| format_count(value, 2);
    let money = |value: f64| format_money(value, currency);

    let missed = if scenario.actual_calls >= scenario.target_calls {
        format!(
            "Calls made ({}) reach the target ({}), so no calls are missed: 0",
            count(scenario.actual_calls),
            count(scenario.target_calls),
        )
    } else {
        let reps = scenario.reps;
        format!(
            "(target {} − made {}) × {} {} = {}",
            count(scenario.target_calls),
            count(scenario.actual_calls),
            format_count(f64::from(reps), 0),
            if reps == 1 { "rep" } else { "reps" },
            count(day.missed_calls),
        )
    };

    html! {
        <section class="formulas" aria-labelledby="formulas-title">
            <h2 id="formulas-title">{ "How it adds up" }</h2>
            <ol>
                <li data-testid="formula-missed-calls">
                    <span class="formula-name">{ "Missed calls per day = " }</span>
                    { missed }
                </li>
                <li data-testid="formula-lost-deals">
                    <span class="formula-name">{ "Lost deals per day = " }</span>
                    { format!(
                        "{} missed calls × {} % conversion = {}",
                        count(day.missed_calls),
                        count(props.report.calls_to_deal.percent()),
                        count(day.lost_deals),
                    ) }
                </li>
                <li data-testid="formula-lost-revenue">
                    <span class="formula-name">{ "Lost revenue per day = " }</span>
                    { format!(
                        "{} lost deals × {} per deal = {}",
                        count(day.lost_deals),
                        money(scenario.deal_size),
                        money(day.lost_revenue),
                    ) }
                </li>
                <li data-testid="formula-month">
                    <span class="formula-name">{ "Per month = " }</span>
                    { format!(
                        "per day × {} working days = {}",
                        count(scenario.working_days_per_month),
                        money(month.lost_revenue),
                    ) }
                </li>
                <li data-testid="formula-year">
                    <span class="formula-name">{ "Per year = " }</span>
                    { format!("per month × 12 = {}", money(year.lost_revenue)) }
                </li>
            </ol>
        </section>
    }
}
