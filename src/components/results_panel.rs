//! The results: the yearly loss in large type, the gap in words, and a table by period.

use yew::prelude::*;

use crate::components::announcer::Announcer;

use crate::currency::Currency;
use crate::format::{format_count, format_money, format_percent};
use crate::model::{
    ActivityGap, CostReport, Field, Period, PeriodFigures, Scenario, ScenarioError, Unit,
};

/// Properties of [`ResultsPanel`].
#[derive(Properties, PartialEq)]
pub struct ResultsPanelProps {
    /// The scenario the figures come from.
    pub scenario: Scenario,
    /// The cost of the scenario, or why it could not be computed.
    pub report: Result<CostReport, ScenarioError>,
    /// The currency money is shown in.
    pub currency: Currency,
    /// Fields whose text is rejected; the figures use their last valid values.
    pub stale_fields: Vec<Field>,
    /// The period the headline total is given for.
    pub period: Period,
}

/// Shows what the call gap costs; a summary goes to screen readers once typing pauses.
#[function_component(ResultsPanel)]
pub fn results_panel(props: &ResultsPanelProps) -> Html {
    let stale = !props.stale_fields.is_empty();
    let body = match &props.report {
        Ok(report) => view_report(report, props),
        Err(error) => {
            log::error!("the figures could not be computed: {error}");
            html! {
                <p class="results-error" role="alert">
                    { format!("The figures could not be computed. {error}") }
                </p>
            }
        }
    };

    html! {
        <section
            class={classes!("results", stale.then_some("results--stale"))}
            aria-labelledby="results-title"
            data-stale={if stale { "true" } else { "false" }}
        >
            <Announcer text={announcement(props)} />
            <h2 id="results-title">{ "What the missing calls cost" }</h2>
            if stale {
                { view_stale_note(props) }
            }
            { body }
        </section>
    }
}

/// Returns the sentence screen readers hear once typing pauses: the headline and the day.
fn announcement(props: &ResultsPanelProps) -> AttrValue {
    let Ok(report) = &props.report else {
        return AttrValue::from("The figures could not be computed.");
    };
    let day = report.figures(Period::Day);
    let total = report.total(props.period).total;
    let stale = if props.stale_fields.is_empty() {
        ""
    } else {
        " Some inputs are not valid, so these use their last valid values."
    };
    AttrValue::from(format!(
        "Total cost of call reluctance per {}: {}. Per day: {} missed calls, {} lost deals, {} lost revenue.{stale}",
        props.period.name(),
        format_money(total, props.currency),
        format_count(day.missed_calls, 1),
        format_count(day.lost_deals, 1),
        format_money(day.lost_revenue, props.currency),
    ))
}

fn view_report(report: &CostReport, props: &ResultsPanelProps) -> Html {
    let currency = props.currency;
    let total = report.total(props.period);
    let reps = props.scenario.reps;
    let team = if reps == 1 {
        "one rep".to_string()
    } else {
        format!("{} reps", format_count(f64::from(reps), 0))
    };

    html! {
        <>
            <p class="headline">
                <span class="headline-figure" data-testid="total-cost">
                    { format_money(total.total, currency) }
                </span>
                <span class="headline-label">
                    { format!(" total cost of call reluctance per {}", props.period.name()) }
                </span>
            </p>
            <p class="gap-status" data-testid="gap-status">{ describe_gap(report.gap) }</p>
            <table class="figures">
                <caption>{ format!("For the whole team of {team}") }</caption>
                <thead>
                    <tr>
                        <td></td>
                        <th scope="col">{ "Per day" }</th>
                        <th scope="col">{ "Per month" }</th>
                        <th scope="col">{ "Per year" }</th>
                    </tr>
                </thead>
                <tbody>
                    { view_row("Missed calls", "missed-calls", report, |figures| format_count(figures.missed_calls, 1)) }
                    { view_row("Lost deals", "lost-deals", report, |figures| format_count(figures.lost_deals, 1)) }
                    { view_row("Lost revenue", "lost-revenue", report, |figures| format_money(figures.lost_revenue, currency)) }
                </tbody>
            </table>
        </>
    }
}

/// The periods the summary table shows side by side; the period switch covers the others.
const TABLE_PERIODS: [Period; 3] = [Period::Day, Period::Month, Period::Year];

/// Renders one metric across the periods; the day cell's test id is the bare `test_id`,
/// the others add `-month` and `-year`.
fn view_row(
    heading: &'static str,
    test_id: &'static str,
    report: &CostReport,
    show: impl Fn(PeriodFigures) -> String,
) -> Html {
    html! {
        <tr>
            <th scope="row">{ heading }</th>
            { for TABLE_PERIODS.into_iter().map(|period| {
                let id = match period {
                    Period::Day => test_id.to_string(),
                    other => format!("{test_id}-{}", other.name()),
                };
                html! { <td data-testid={id}>{ show(report.figures(period)) }</td> }
            }) }
        </tr>
    }
}

fn describe_gap(gap: ActivityGap) -> String {
    match gap {
        ActivityGap::Below { calls, percent_of_target } => format!(
            "Each rep makes {} fewer calls a day than the target ({} % short).",
            format_count(calls, 1),
            format_count(percent_of_target, 1),
        ),
        ActivityGap::OnTarget => {
            "The team is on target: no calls are missed, so the gap costs nothing.".to_string()
        }
        ActivityGap::Above { calls, percent_of_target: Some(percent) } => format!(
            "The team is above target by {} calls per rep per day ({} % more), so the gap costs nothing.",
            format_count(calls, 1),
            format_count(percent, 1),
        ),
        ActivityGap::Above { calls, percent_of_target: None } => format!(
            "The target is zero and each rep makes {} calls a day, so the gap costs nothing.",
            format_count(calls, 1),
        ),
    }
}

fn view_stale_note(props: &ResultsPanelProps) -> Html {
    let last_valid: Vec<String> = props
        .stale_fields
        .iter()
        .map(|field| {
            let shown = match (props.scenario.value(*field), field.rule().unit) {
                (None, _) => "empty".to_string(),
                (Some(value), Unit::Money) => format_money(value, props.currency),
                (Some(value), Unit::Percent) => format_percent(value),
                (Some(value), Unit::Count) => format_count(value, 2),
            };
            format!("{} ({shown})", field.name())
        })
        .collect();

    html! {
        <p class="stale-note" data-testid="stale-note">
            { format!("Some inputs are not valid. These figures use the last valid {}.", last_valid.join(", ")) }
        </p>
    }
}
