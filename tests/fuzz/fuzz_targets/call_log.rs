//! Imports arbitrary text as a call log, in steps of one row, and checks the summary and
//! the roster merged from it.

#![no_main]

use callgap::call_log::{merge_into_roster, read_headers, Import, MAX_LISTED_BAD_ROWS};
use callgap::model::roster::validate_reps;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    let Ok((_, mapping)) = read_headers(&text) else {
        return;
    };
    // Every row takes at least one byte, so one step per byte is enough to finish.
    let max_steps = text.len() + 1;
    let Ok(mut import) = Import::start(text, mapping) else {
        return;
    };
    let mut steps = 0;
    while !import.step(1) {
        steps += 1;
        assert!(
            steps <= max_steps,
            "the import did not finish in {max_steps} steps"
        );
        let progress = import.progress();
        assert!((0.0..=1.0).contains(&progress), "progress is {progress}");
    }

    let summary = import.finish();
    assert!(summary.bad_rows.len() <= MAX_LISTED_BAD_ROWS);
    assert!(summary.bad_rows.len() as u64 <= summary.bad_row_count);
    assert!(summary.bad_row_count <= summary.rows_read);
    for rep in &summary.reps {
        let figures = [
            rep.dials,
            rep.connects,
            rep.meetings,
            rep.deals,
            rep.revenue,
        ];
        for figure in figures {
            assert!(figure.is_finite(), "{rep:?}");
            assert!(figure >= 0.0, "{rep:?}");
        }
        assert!(rep.working_days().is_finite(), "{rep:?}");
        assert!(rep.dials_per_day().is_finite(), "{rep:?}");
        if let Some(rate) = rep.calls_to_deal() {
            assert!((0.0..=100.0).contains(&rate.percent()), "{rep:?}");
        }
    }

    let (roster, _) = merge_into_roster(&[], &summary.reps, 80.0);
    if let Err(error) = validate_reps(&roster) {
        panic!("the imported roster is invalid: {error}");
    }
});
