//! Saved scenarios side by side, with each difference from the first signed.

use yew::prelude::*;

use crate::format::{format_count, format_money, format_percent};
use crate::model::{CostReport, Period, Scenario};
use crate::storage::SavedScenario;

/// Properties of [`ComparisonTable`].
#[derive(Properties, PartialEq)]
pub struct ComparisonTableProps {
    /// The scenarios to compare, the first being the base.
    pub scenarios: Vec<SavedScenario>,
    /// The period the results are given for.
    pub period: Period,
}

/// The display format of a row's values.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Count,
    Money,
    Percent,
}

struct Row {
    label: &'static str,
    id: &'static str,
    kind: Kind,
    value: fn(&Scenario, &CostReport, Period) -> f64,
}

const ROWS: [Row; 10] = [
    Row {
        label: "Target dials per rep per day",
        id: "target",
        kind: Kind::Count,
        value: |s, _, _| s.target_calls,
    },
    Row {
        label: "Dials made per rep per day",
        id: "actual",
        kind: Kind::Count,
        value: |s, _, _| s.actual_calls,
    },
    Row {
        label: "Closed deals per dial",
        id: "rate",
        kind: Kind::Percent,
        value: |_, r, _| r.calls_to_deal.percent(),
    },
    Row {
        label: "Average deal size",
        id: "deal-size",
        kind: Kind::Money,
        value: |s, _, _| s.deal_size,
    },
    Row {
        label: "Reps",
        id: "reps",
        kind: Kind::Count,
        value: |s, _, _| f64::from(s.reps),
    },
    Row {
        label: "Working days per month",
        id: "working-days",
        kind: Kind::Count,
        value: |s, _, _| s.working_days_per_month,
    },
    Row {
        label: "Missed dials",
        id: "missed-calls",
        kind: Kind::Count,
        value: |_, r, p| r.figures(p).missed_calls,
    },
    Row {
        label: "Lost deals",
        id: "lost-deals",
        kind: Kind::Count,
        value: |_, r, p| r.figures(p).lost_deals,
    },
    Row {
        label: "Lost revenue",
        id: "lost-revenue",
        kind: Kind::Money,
        value: |_, r, p| r.figures(p).lost_revenue,
    },
    Row {
        label: "Total cost",
        id: "total-cost",
        kind: Kind::Money,
        value: |_, r, p| r.total(p).total,
    },
];

fn show(kind: Kind, value: f64, saved: &SavedScenario) -> String {
    match kind {
        Kind::Count => format_count(value, 1),
        Kind::Money => format_money(value, saved.currency),
        Kind::Percent => format_percent(value),
    }
}

fn signed(text: String, difference: f64) -> String {
    if difference > 0.0 && !text.starts_with('-') {
        format!("+{text}")
    } else {
        text
    }
}

/// Shows inputs and key results of two to four scenarios in columns.
#[function_component(ComparisonTable)]
pub fn comparison_table(props: &ComparisonTableProps) -> Html {
    let reports: Vec<(SavedScenario, CostReport)> = props
        .scenarios
        .iter()
        .filter_map(|saved| {
            saved
                .scenario
                .cost()
                .ok()
                .map(|report| (saved.clone(), report))
        })
        .collect();
    let Some((base, base_report)) = reports.first() else {
        return html! {};
    };
    let same_currency = reports
        .iter()
        .all(|(saved, _)| saved.currency == base.currency);

    html! {
        <section class="comparison" aria-labelledby="comparison-title" data-testid="comparison">
            <h2 id="comparison-title">{ "Scenarios compared" }</h2>
            <table class="comparison-table">
                <caption>
                    { format!("Results per {}. Differences are against “{}”.", props.period.name(), base.name) }
                    if !same_currency {
                        { " The scenarios use different currencies, so money differences are not shown." }
                    }
                </caption>
                <thead>
                    <tr>
                        <td></td>
                        { for reports.iter().map(|(saved, _)| html! { <th scope="col">{ &saved.name }</th> }) }
                    </tr>
                </thead>
                <tbody>
                    { for ROWS.iter().map(|row| {
                        let base_value = (row.value)(&base.scenario, base_report, props.period);
                        html! {
                            <tr>
                                <th scope="row">{ row.label }</th>
                                { for reports.iter().enumerate().map(|(column, (saved, report))| {
                                    let value = (row.value)(&saved.scenario, report, props.period);
                                    let difference = value - base_value;
                                    let comparable = row.kind != Kind::Money || same_currency;
                                    let changed = column > 0 && comparable && difference.abs() > 1e-9 * base_value.abs().max(1.0);
                                    let percent = (base_value != 0.0).then(|| difference / base_value * 100.0);
                                    html! {
                                        <td class={classes!(changed.then_some("difference"))}
                                            data-testid={format!("compare-{}-{column}", row.id)}>
                                            <span>{ show(row.kind, value, saved) }</span>
                                            if changed {
                                                <span class="difference-note" data-testid={format!("compare-{}-{column}-difference", row.id)}>
                                                    { signed(show(row.kind, difference, base), difference) }
                                                    if let Some(percent) = percent {
                                                        { format!(" ({})", signed(format_percent(percent), percent)) }
                                                    }
                                                </span>
                                            }
                                        </td>
                                    }
                                }) }
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </section>
    }
}
