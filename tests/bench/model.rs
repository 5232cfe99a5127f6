//! Times the cost model natively: one scenario with every figure, a 200-rep roster, the
//! binomial band at a million missed dials, and reading a 100,000-row call log. Prints a
//! Markdown table.
//!
//!   cargo bench --bench model

use std::hint::black_box;
use std::time::Instant;

use callgap::call_log::{read_headers, Import};
use callgap::model::roster::{rep_costs, roll_up};
use callgap::model::{Period, Rate, Rep, Scenario};

/// Runs `work` until a second has passed and returns the median of per-run times in
/// microseconds, measured over batches so the clock's resolution does not dominate.
fn time_us(mut work: impl FnMut()) -> (f64, usize) {
    let mut samples = Vec::new();
    let started = Instant::now();
    let mut runs = 0;
    while started.elapsed().as_secs_f64() < 1.0 {
        let batch = Instant::now();
        for _ in 0..10 {
            work();
        }
        samples.push(batch.elapsed().as_secs_f64() * 1e6 / 10.0);
        runs += 10;
    }
    samples.sort_by(f64::total_cmp);
    (samples[samples.len() / 2], runs)
}

fn main() {
    let scenario = Scenario::default();
    let every_figure = || {
        let report = black_box(scenario).cost().expect("valid");
        for period in Period::ALL {
            black_box(report.figures(period));
            black_box(report.total(period));
            black_box(report.pipeline(period));
            black_box(report.attempts(period));
            black_box(report.forecast(period));
            black_box(report.uncertainty(period));
        }
        black_box(report.scorecard());
        black_box(report.goal_seek());
    };

    let reps: Vec<Rep> = (0..200)
        .map(|index| Rep {
            name: format!("Rep {index}"),
            target_calls: 80.0,
            actual_calls: 40.0 + f64::from(index % 40),
            calls_to_deal: (index % 3 == 0).then(|| Rate::from_percent(2.5)),
        })
        .collect();
    let roster = || {
        let rate = Rate::from_percent(2.0);
        black_box(roll_up(black_box(&reps), rate));
        black_box(rep_costs(black_box(&reps), rate, 12_000.0, 20.0));
    };

    // 1,000 dials short × 1,000 reps = 1,000,000 missed dials in a day.
    let big = Scenario {
        target_calls: 1_000.0,
        actual_calls: 0.0,
        reps: 1_000,
        working_days_per_month: 1.0,
        ..Scenario::default()
    };
    let band = || {
        let report = black_box(big).cost().expect("valid");
        black_box(report.uncertainty(Period::Day));
    };

    // The same log the browser benchmark pastes: 100,000 rows over 200 reps.
    let log: String = std::iter::once("rep,date,dials,connects,meetings,deals".to_string())
        .chain((0..100_000).map(|row| {
            format!(
                "Rep {},2026-{:02}-{:02},{},12,3,{}",
                row % 200,
                row % 12 + 1,
                row % 28 + 1,
                40 + row % 30,
                u8::from(row % 3 == 0)
            )
        }))
        .collect::<Vec<_>>()
        .join("\n");
    let (_, mapping) = read_headers(&log).expect("the header is complete");
    let import = || {
        let mut import = Import::start(log.clone(), mapping.clone()).expect("valid mapping");
        while !import.step(5_000) {}
        black_box(import.finish());
    };

    println!("| measure | runs | median (µs) |");
    println!("|---|---:|---:|");
    for (name, work) in [
        (
            "one scenario, every figure for every period",
            &every_figure as &dyn Fn(),
        ),
        ("200-rep roster: roll-up and each rep's cost", &roster),
        (
            "binomial band at n = 1,000,000 missed dials, p = 2 %",
            &band,
        ),
        ("call log of 100,000 rows read and summed per rep", &import),
    ] {
        let (median, runs) = time_us(work);
        println!("| {name} | {runs} | {median:.2} |");
    }
}
