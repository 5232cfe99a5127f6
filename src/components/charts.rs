//! Four SVG charts, each with a title, a description for screen readers and its data as a
//! table: lost revenue against dials, the funnel by stage, twelve months of lost revenue
//! and cash, and how far the total moves when each input moves by 10 %.

use yew::prelude::*;

use crate::currency::Currency;
use crate::field_text::label;
use crate::format::{format_count, format_money, format_percent};
use crate::model::series::{lost_revenue_curve, sensitivities, twelve_months};
use crate::model::{CostReport, Period, Stage};

const WIDTH: f64 = 600.0;
const HEIGHT: f64 = 260.0;
const LEFT: f64 = 90.0;
const RIGHT: f64 = 20.0;
const TOP: f64 = 20.0;
const BOTTOM: f64 = 40.0;

/// Properties of [`Charts`].
#[derive(Properties, PartialEq)]
pub struct ChartsProps {
    /// The figures to draw.
    pub report: CostReport,
    /// The period the figures cover, where a chart depends on it.
    pub period: Period,
    /// The currency money is shown in.
    pub currency: Currency,
}

/// Draws the four charts for the current scenario.
#[function_component(Charts)]
pub fn charts(props: &ChartsProps) -> Html {
    html! {
        <section class="charts" aria-labelledby="charts-title">
            <h2 id="charts-title">{ "Charts" }</h2>
            { view_curve(props) }
            { view_funnel(props) }
            { view_months(props) }
            { view_tornado(props) }
        </section>
    }
}

/// Wraps a drawing with its title, description and data table.
fn frame(id: &str, title: &str, description: String, drawing: Html, table: Html) -> Html {
    let title_id = format!("{id}-title");
    let description_id = format!("{id}-description");
    html! {
        <figure class="chart" data-testid={id.to_string()} aria-labelledby={title_id.clone()}>
            <h3 id={title_id.clone()}>{ title }</h3>
            <svg
                viewBox={format!("0 0 {WIDTH} {HEIGHT}")}
                role="img"
                aria-labelledby={format!("{title_id}-svg {description_id}")}
                preserveAspectRatio="xMidYMid meet"
            >
                <title id={format!("{title_id}-svg")}>{ title }</title>
                <desc id={description_id.clone()}>{ description.clone() }</desc>
                { drawing }
            </svg>
            <figcaption>{ description }</figcaption>
            <details class="chart-data">
                <summary>{ "Show the data as a table" }</summary>
                { table }
            </details>
        </figure>
    }
}

/// Maps a value from `0..=max` onto the plot's vertical axis.
fn y_of(value: f64, max: f64) -> f64 {
    let plot = HEIGHT - TOP - BOTTOM;
    if max <= 0.0 {
        HEIGHT - BOTTOM
    } else {
        HEIGHT - BOTTOM - value / max * plot
    }
}

fn x_of(value: f64, max: f64) -> f64 {
    let plot = WIDTH - LEFT - RIGHT;
    if max <= 0.0 {
        LEFT
    } else {
        LEFT + value / max * plot
    }
}

fn axes(max_label: String, x_label: &str) -> Html {
    html! {
        <g class="axes">
            <line x1={LEFT.to_string()} y1={TOP.to_string()} x2={LEFT.to_string()} y2={(HEIGHT - BOTTOM).to_string()} />
            <line x1={LEFT.to_string()} y1={(HEIGHT - BOTTOM).to_string()} x2={(WIDTH - RIGHT).to_string()} y2={(HEIGHT - BOTTOM).to_string()} />
            <text x={(LEFT - 6.0).to_string()} y={(TOP + 4.0).to_string()} text-anchor="end">{ max_label }</text>
            <text x={(LEFT - 6.0).to_string()} y={(HEIGHT - BOTTOM).to_string()} text-anchor="end">{ "0" }</text>
            <text x={((LEFT + WIDTH - RIGHT) / 2.0).to_string()} y={(HEIGHT - 8.0).to_string()} text-anchor="middle">{ x_label.to_string() }</text>
        </g>
    }
}

fn polyline(points: &[(f64, f64)], class: &str) -> Html {
    let path: Vec<String> = points
        .iter()
        .map(|(x, y)| format!("{x:.1},{y:.1}"))
        .collect();
    html! { <polyline class={class.to_string()} points={path.join(" ")} fill="none" /> }
}

fn view_curve(props: &ChartsProps) -> Html {
    let report = &props.report;
    let scenario = &report.scenario;
    let curve = lost_revenue_curve(report, props.period, 24);
    let end = curve.last().map_or(1.0, |point| point.calls);
    let max = curve.first().map_or(0.0, |point| point.lost_revenue);
    let money = |value: f64| format_money(value, props.currency);
    let points: Vec<(f64, f64)> = curve
        .iter()
        .map(|point| (x_of(point.calls, end), y_of(point.lost_revenue, max)))
        .collect();
    let actual_loss = report.figures(props.period).lost_revenue;
    let (target_x, actual_x) = (
        x_of(scenario.target_calls, end),
        x_of(scenario.actual_calls, end),
    );
    let actual_y = y_of(actual_loss, max);
    let description = format!(
        "Lost revenue per {} falls in a straight line from {} at no dials to nothing at the target of {} dials per rep per day. At the {} dials made it is {}.",
        props.period.name(),
        money(max),
        format_count(scenario.target_calls, 1),
        format_count(scenario.actual_calls, 1),
        money(actual_loss),
    );
    let drawing = html! {
        <>
            { axes(money(max), "Dials per rep per day") }
            { polyline(&points, "series series--loss") }
            <line class="marker marker--target" x1={target_x.to_string()} y1={TOP.to_string()} x2={target_x.to_string()} y2={(HEIGHT - BOTTOM).to_string()} />
            <text class="marker-label" x={(target_x + 4.0).to_string()} y={(TOP + 12.0).to_string()}>{ format!("Target {}", format_count(scenario.target_calls, 1)) }</text>
            <circle class="marker marker--actual" cx={actual_x.to_string()} cy={actual_y.to_string()} r="6" />
            <text class="marker-label" x={(actual_x + 8.0).to_string()} y={(actual_y - 8.0).to_string()}>{ format!("Made {}", format_count(scenario.actual_calls, 1)) }</text>
        </>
    };
    let table = html! {
        <table>
            <thead><tr><th scope="col">{ "Dials per rep per day" }</th><th scope="col">{ format!("Lost revenue per {}", props.period.name()) }</th></tr></thead>
            <tbody>
                { for curve.iter().step_by(4).map(|point| html! {
                    <tr><td>{ format_count(point.calls, 1) }</td><td>{ money(point.lost_revenue) }</td></tr>
                }) }
            </tbody>
        </table>
    };
    frame(
        "chart-curve",
        "Lost revenue against dials per day",
        description,
        drawing,
        table,
    )
}

fn view_funnel(props: &ChartsProps) -> Html {
    let pipeline = props.report.pipeline(props.period);
    let rows: Vec<_> = pipeline
        .rows
        .iter()
        .filter(|row| row.stage != Stage::Opportunities)
        .collect();
    let names = |stage: Stage| match stage {
        Stage::Conversations => "Conversations",
        Stage::Meetings => "Meetings",
        Stage::Opportunities => "Opportunities",
        Stage::WonDeals => "Won deals",
        Stage::CloseValue => "Close value",
    };
    let show = |stage: Stage, value: f64| {
        if stage == Stage::CloseValue {
            format_money(value, props.currency)
        } else {
            format_count(value, 1)
        }
    };
    let band = (HEIGHT - TOP - BOTTOM) / rows.len() as f64;
    let drawing = html! {
        <>
            { for rows.iter().enumerate().map(|(index, row)| {
                let top = TOP + band * index as f64;
                let scale = row.projected.max(row.actual);
                let projected = x_of(row.projected, scale) - LEFT;
                let actual = x_of(row.actual, scale) - LEFT;
                html! {
                    <g>
                        <text x={(LEFT - 6.0).to_string()} y={(top + band / 2.0).to_string()} text-anchor="end">{ names(row.stage) }</text>
                        <rect class="bar bar--projected" x={LEFT.to_string()} y={(top + 4.0).to_string()} width={projected.max(0.0).to_string()} height={(band / 2.0 - 6.0).to_string()} />
                        <rect class="bar bar--actual" x={LEFT.to_string()} y={(top + band / 2.0).to_string()} width={actual.max(0.0).to_string()} height={(band / 2.0 - 6.0).to_string()} />
                    </g>
                }
            }) }
            <text x={LEFT.to_string()} y={(HEIGHT - 8.0).to_string()}>{ "Upper bar: at target activity. Lower bar: at actual activity." }</text>
        </>
    };
    let description = format!(
        "Per {}, each stage at target activity against actual activity: {}.",
        props.period.name(),
        rows.iter()
            .map(|row| format!(
                "{} {} against {}",
                names(row.stage).to_lowercase(),
                show(row.stage, row.projected),
                show(row.stage, row.actual)
            ))
            .collect::<Vec<_>>()
            .join("; "),
    );
    let table = html! {
        <table>
            <thead><tr><th scope="col">{ "Stage" }</th><th scope="col">{ "At target" }</th><th scope="col">{ "Actual" }</th></tr></thead>
            <tbody>
                { for rows.iter().map(|row| html! {
                    <tr><th scope="row">{ names(row.stage) }</th><td>{ show(row.stage, row.projected) }</td><td>{ show(row.stage, row.actual) }</td></tr>
                }) }
            </tbody>
        </table>
    };
    frame(
        "chart-funnel",
        "The funnel at target and at actual activity",
        description,
        drawing,
        table,
    )
}

fn view_months(props: &ChartsProps) -> Html {
    let months = twelve_months(&props.report);
    let max = months.last().map_or(0.0, |point| point.lost_revenue);
    let money = |value: f64| format_money(value, props.currency);
    let x = |month: u32| x_of(f64::from(month), 12.0);
    let booked: Vec<(f64, f64)> = months
        .iter()
        .map(|point| (x(point.month), y_of(point.lost_revenue, max)))
        .collect();
    let cash: Vec<(f64, f64)> = months
        .iter()
        .map(|point| (x(point.month), y_of(point.lost_cash, max)))
        .collect();
    let year_cash = months.last().map_or(0.0, |point| point.lost_cash);
    let description = format!(
        "Lost revenue adds up to {} over twelve months. Because cash arrives one sales cycle after a deal is booked, the cash missing by month 12 is {}.",
        money(max),
        money(year_cash),
    );
    let drawing = html! {
        <>
            { axes(money(max), "Month") }
            { polyline(&booked, "series series--loss") }
            { polyline(&cash, "series series--cash") }
            <text class="legend legend--loss" x={(LEFT + 10.0).to_string()} y={(TOP + 12.0).to_string()}>{ "Revenue not booked" }</text>
            <text class="legend legend--cash" x={(LEFT + 10.0).to_string()} y={(TOP + 28.0).to_string()}>{ "Cash not received" }</text>
        </>
    };
    let table = html! {
        <table>
            <thead><tr><th scope="col">{ "Month" }</th><th scope="col">{ "Revenue not booked" }</th><th scope="col">{ "Cash not received" }</th></tr></thead>
            <tbody>
                { for months.iter().map(|point| html! {
                    <tr><td>{ point.month }</td><td>{ money(point.lost_revenue) }</td><td>{ money(point.lost_cash) }</td></tr>
                }) }
            </tbody>
        </table>
    };
    frame(
        "chart-months",
        "Twelve months of lost revenue and cash",
        description,
        drawing,
        table,
    )
}

fn view_tornado(props: &ChartsProps) -> Html {
    let report = &props.report;
    let base = report.total(props.period).total;
    let bars = sensitivities(&report.scenario, props.period);
    let money = |value: f64| format_money(value, props.currency);
    let reach = bars
        .iter()
        .map(|bar| (bar.low - base).abs().max((bar.high - base).abs()))
        .fold(0.0, f64::max);
    let centre = LEFT + 80.0 + (WIDTH - LEFT - 80.0 - RIGHT) / 2.0;
    let half = (WIDTH - LEFT - 80.0 - RIGHT) / 2.0;
    let offset = |total: f64| {
        if reach > 0.0 {
            (total - base) / reach * half
        } else {
            0.0
        }
    };
    let band = if bars.is_empty() {
        0.0
    } else {
        (HEIGHT - TOP - BOTTOM) / bars.len() as f64
    };
    let drawing = html! {
        <>
            <line class="axis-centre" x1={centre.to_string()} y1={TOP.to_string()} x2={centre.to_string()} y2={(HEIGHT - BOTTOM).to_string()} />
            { for bars.iter().enumerate().map(|(index, bar)| {
                let top = TOP + band * index as f64;
                let (from, to) = (offset(bar.low.min(bar.high)), offset(bar.low.max(bar.high)));
                html! {
                    <g>
                        <text x={(LEFT + 74.0).to_string()} y={(top + band / 2.0 + 4.0).to_string()} text-anchor="end">{ short_label(bar.field) }</text>
                        <rect class="bar bar--actual" x={(centre + from).to_string()} y={(top + 3.0).to_string()} width={(to - from).max(1.0).to_string()} height={(band - 6.0).max(1.0).to_string()} />
                    </g>
                }
            }) }
            <text x={centre.to_string()} y={(HEIGHT - 8.0).to_string()} text-anchor="middle">{ format!("Total now: {}", money(base)) }</text>
        </>
    };
    let description = match bars.first() {
        Some(top) => format!(
            "Moving each input by 10 % either way moves the total per {} most for {}: from {} to {}.",
            props.period.name(),
            label(top.field).to_lowercase(),
            money(top.low.min(top.high)),
            money(top.low.max(top.high)),
        ),
        None => "No input moves the total, because the team makes no fewer calls than its target.".to_string(),
    };
    let table = html! {
        <table>
            <thead><tr><th scope="col">{ "Input" }</th><th scope="col">{ "10 % lower" }</th><th scope="col">{ "10 % higher" }</th><th scope="col">{ "Spread" }</th></tr></thead>
            <tbody>
                { for bars.iter().map(|bar| html! {
                    <tr>
                        <th scope="row">{ label(bar.field) }</th>
                        <td>{ money(bar.low) }</td>
                        <td>{ money(bar.high) }</td>
                        <td>{ if base > 0.0 { format_percent(bar.spread() / base * 100.0) } else { money(bar.spread()) } }</td>
                    </tr>
                }) }
            </tbody>
        </table>
    };
    frame(
        "chart-tornado",
        "What moves the total most",
        description,
        drawing,
        table,
    )
}

const fn short_label(field: crate::model::Field) -> &'static str {
    use crate::model::Field;
    match field {
        Field::TargetCalls => "Target",
        Field::ActualCalls => "Dials made",
        Field::ConversionRate => "Rate",
        Field::DealSize => "Deal size",
        Field::Reps => "Reps",
        Field::WorkingDays => "Work days",
        Field::FollowUpsDue => "Follow-ups",
        Field::CostPerLead => "Lead cost",
        Field::ExtraCycleDays => "Extra days",
        _ => "Other",
    }
}
