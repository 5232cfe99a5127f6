//! Prints the default scenario's headline figures as an HTML section, computed by the cost
//! model, for the page to show before its wasm has loaded.
//!
//! The post-build step of the release bundle (`scripts/post-build.mjs`) runs it natively and
//! writes its output into `index.html`. The text follows the `en-US` conventions that
//! `Intl.NumberFormat` uses for US dollars, so a page in that locale shows the same figures
//! before and after the app takes over. The page hides the section in other locales.
//!
//!   cargo run --bin first_paint

use callgap::format::{round_for_display, NOT_AVAILABLE, WHOLE_MONEY_FROM};
use callgap::model::{format_plain_number, CostReport, Period, PeriodFigures, Scenario};

/// The periods of the summary table, as the app's results table shows them.
const TABLE_PERIODS: [(Period, &str); 3] = [
    (Period::Day, "Per day"),
    (Period::Month, "Per month"),
    (Period::Year, "Per year"),
];

/// One row of the summary table: a figure across the periods.
struct Row {
    /// The row's heading.
    heading: &'static str,
    /// The end of its cells' test ids, which the app's table uses too.
    test_id: &'static str,
    /// Picks the row's figure out of a period's figures.
    value_of: fn(&PeriodFigures) -> f64,
    /// The way the figure is written.
    figure: Figure,
}

/// The rows of the summary table, as the app's results table shows them.
const ROWS: [Row; 3] = [
    Row {
        heading: "Missed calls",
        test_id: "missed-calls",
        value_of: |figures| figures.missed_calls,
        figure: Figure::Count,
    },
    Row {
        heading: "Lost deals",
        test_id: "lost-deals",
        value_of: |figures| figures.lost_deals,
        figure: Figure::Count,
    },
    Row {
        heading: "Lost revenue",
        test_id: "lost-revenue",
        value_of: |figures| figures.lost_revenue,
        figure: Figure::Money,
    },
];

fn main() {
    let scenario = Scenario::default();
    match scenario.cost() {
        Ok(report) => print!("{}", section(&scenario, &report)),
        Err(error) => {
            eprintln!("failed to compute the default scenario ({error}); check Scenario::default");
            std::process::exit(1);
        }
    }
}

/// Returns the section: the yearly total in large type, the example's inputs, and missed
/// calls, lost deals and lost revenue per day, month and year.
fn section(scenario: &Scenario, report: &CostReport) -> String {
    let total = report.total(Period::Year).total;
    let rows = ROWS
        .map(
            |Row {
                 heading,
                 test_id,
                 value_of,
                 figure,
             }| {
                let cells: String = TABLE_PERIODS
                    .iter()
                    .map(|(period, _)| {
                        format!(
                            "<td data-testid=\"first-paint-{test_id}-{}\">{}</td>",
                            period.name(),
                            figure.format(value_of(&report.figures(*period)))
                        )
                    })
                    .collect();
                format!("<tr><th scope=\"row\">{heading}</th>{cells}</tr>")
            },
        )
        .join("\n          ");
    let headings: String = TABLE_PERIODS
        .iter()
        .map(|(_, heading)| format!("<th scope=\"col\">{heading}</th>"))
        .collect();

    format!(
        r#"<section id="first-paint" class="first-paint" aria-labelledby="first-paint-title">
      <h2 id="first-paint-title">What the missing calls cost in the example</h2>
      <p class="headline">
        <span class="headline-figure" data-testid="first-paint-total">{total}</span>
        <span class="headline-label"> total cost of call reluctance per year</span>
      </p>
      <p class="group-note">Each of {reps} reps has a target of {target} calls a day and makes {actual}. {rate}% of calls close a deal of {deal}. The calculator takes your own numbers as soon as it has loaded.</p>
      <table class="figures">
        <caption>For the whole team of {reps} reps</caption>
        <thead>
          <tr><td></td>{headings}</tr>
        </thead>
        <tbody>
          {rows}
        </tbody>
      </table>
    </section>
"#,
        total = Figure::Money.format(total),
        reps = scenario.reps,
        target = format_plain_number(scenario.target_calls),
        actual = format_plain_number(scenario.actual_calls),
        rate = format_plain_number(report.calls_to_deal.percent()),
        deal = Figure::Money.format(scenario.deal_size),
    )
}

/// The kind of a figure, which sets how it is written.
#[derive(Clone, Copy)]
enum Figure {
    /// Calls or deals, with at most one decimal.
    Count,
    /// US dollars: whole dollars for zero and from 100 up, cents in between.
    Money,
}

impl Figure {
    /// Writes `value` as the app writes it in `en-US`, with the app's rounding.
    fn format(self, value: f64) -> String {
        match self {
            Figure::Count => round_for_display(value, 1)
                .map_or_else(|| NOT_AVAILABLE.to_string(), format_plain_number),
            Figure::Money => {
                let Some(cents) = round_for_display(value, 2) else {
                    return NOT_AVAILABLE.to_string();
                };
                let sign = if cents < 0.0 { "-" } else { "" };
                if cents == 0.0 || cents.abs() >= WHOLE_MONEY_FROM {
                    let whole = round_for_display(cents.abs(), 0).unwrap_or(cents.abs());
                    format!("{sign}${}", format_plain_number(whole))
                } else {
                    format!("{sign}${:.2}", cents.abs())
                }
            }
        }
    }
}
