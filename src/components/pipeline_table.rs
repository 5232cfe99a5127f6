//! The pipeline by stage: target activity against actual activity.

use yew::prelude::*;

use crate::currency::Currency;
use crate::format::{format_count, format_money, format_percent};
use crate::model::{Period, Pipeline, Stage};

/// Properties of [`PipelineTable`].
#[derive(Properties, PartialEq)]
pub struct PipelineTableProps {
    /// The stage figures for the period.
    pub pipeline: Pipeline,
    /// The period they cover.
    pub period: Period,
    /// The currency money is shown in.
    pub currency: Currency,
}

const fn stage_name(stage: Stage) -> (&'static str, &'static str) {
    match stage {
        Stage::Conversations => ("Conversations", "conversations"),
        Stage::Meetings => ("Meetings", "meetings"),
        Stage::Opportunities => ("Opportunities", "opportunities"),
        Stage::WonDeals => ("Won deals", "won-deals"),
        Stage::CloseValue => ("Expected close value", "close-value"),
    }
}

/// Shows each stage at target and at actual activity, and the difference.
#[function_component(PipelineTable)]
pub fn pipeline_table(props: &PipelineTableProps) -> Html {
    let currency = props.currency;
    let money = |value: f64| format_money(value, currency);

    html! {
        <>
            <table class="stage-table">
                <caption>
                    { format!("Per {}: projected at target activity against actual activity. Every meeting opens one opportunity.", props.period.name()) }
                </caption>
                <thead>
                    <tr>
                        <th scope="col">{ "Stage" }</th>
                        <th scope="col">{ "Projected" }</th>
                        <th scope="col">{ "Actual" }</th>
                        <th scope="col">{ "Variance" }</th>
                        <th scope="col">{ "In money" }</th>
                        <th scope="col">{ "In %" }</th>
                    </tr>
                </thead>
                <tbody>
                    { for props.pipeline.rows.iter().map(|row| {
                        let (name, id) = stage_name(row.stage);
                        let show = |value: f64| if row.stage == Stage::CloseValue { money(value) } else { format_count(value, 1) };
                        let percent = row.variance_percent.map_or_else(|| "—".to_string(), format_percent);
                        html! {
                            <tr>
                                <th scope="row">{ name }</th>
                                <td data-testid={format!("stage-{id}-projected")}>{ show(row.projected) }</td>
                                <td data-testid={format!("stage-{id}-actual")}>{ show(row.actual) }</td>
                                <td data-testid={format!("stage-{id}-variance")}>{ show(row.variance) }</td>
                                <td data-testid={format!("stage-{id}-variance-value")}>{ money(row.variance_value) }</td>
                                <td data-testid={format!("stage-{id}-variance-percent")}>{ percent }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
            <p class="group-note">
                { format!(
                    "Stage-weighted pipeline value (opportunities × win rate × deal size): {} projected, {} actual.",
                    money(props.pipeline.weighted_value_projected),
                    money(props.pipeline.weighted_value_actual),
                ) }
            </p>
        </>
    }
}
