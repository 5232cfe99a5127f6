//! The activity scorecard: each figure against its benchmark, with a status and a reason.

use yew::prelude::*;

use crate::format::{format_count, format_percent};
use crate::model::{Benchmark, Metric, ScoreLine, Status};

/// Properties of [`ScorecardTable`].
#[derive(Properties, PartialEq)]
pub struct ScorecardTableProps {
    /// One line per metric.
    pub lines: [ScoreLine; 6],
}

const fn metric_id(metric: Metric) -> &'static str {
    match metric {
        Metric::DialsPerDay => "dials-per-day",
        Metric::ConnectRate => "connect-rate",
        Metric::UnansweredAfterThree => "unanswered-after-three",
        Metric::CallsToFirstContact => "calls-to-first-contact",
        Metric::DaysToNextStage => "days-to-next-stage",
        Metric::ListeningShare => "listening-share",
    }
}

const fn status_class(status: Status) -> &'static str {
    match status {
        Status::OnTarget => "status status--on",
        Status::Watch => "status status--watch",
        Status::OffTarget => "status status--off",
        Status::NotEntered => "status status--none",
    }
}

fn show(metric: Metric, value: f64) -> String {
    match metric {
        Metric::ConnectRate | Metric::UnansweredAfterThree | Metric::ListeningShare => {
            format_percent(value)
        }
        _ => format_count(value, 1),
    }
}

fn show_benchmark(metric: Metric, benchmark: Benchmark) -> String {
    match benchmark {
        Benchmark::AtLeast(value) => format!("at least {}", show(metric, value)),
        Benchmark::AtMost(value) => format!("at most {}", show(metric, value)),
        Benchmark::Within(low, high) => format!("{} to {}", show(metric, low), show(metric, high)),
    }
}

/// Shows the team's activity against the benchmarks, which the user can edit.
#[function_component(ScorecardTable)]
pub fn scorecard_table(props: &ScorecardTableProps) -> Html {
    html! {
        <table class="scorecard">
            <caption>{ "Benchmarks can be changed under Advanced inputs." }</caption>
            <thead>
                <tr>
                    <th scope="col">{ "Figure" }</th>
                    <th scope="col">{ "Team" }</th>
                    <th scope="col">{ "Benchmark" }</th>
                    <th scope="col">{ "Status" }</th>
                </tr>
            </thead>
            <tbody>
                { for props.lines.iter().map(|line| {
                    let id = metric_id(line.metric);
                    html! {
                        <tr>
                            <th scope="row">{ line.metric.label() }</th>
                            <td>{ line.value.map_or_else(|| "—".to_string(), |value| show(line.metric, value)) }</td>
                            <td>{ show_benchmark(line.metric, line.benchmark) }</td>
                            <td>
                                <span class={status_class(line.status)} data-testid={format!("scorecard-{id}")}>
                                    { line.status.label() }
                                </span>
                                <span class="status-reason">{ line.reason() }</span>
                            </td>
                        </tr>
                    }
                }) }
            </tbody>
        </table>
    }
}
