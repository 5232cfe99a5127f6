//! Keeps the generated seed inputs in `seeds/` equal to what the current writers produce.
//!
//! `cargo test` fails when a generated seed differs from what the writers produce now, and
//! `CALLGAP_WRITE_SEEDS=1 cargo test` writes the seeds again. The number and call-log seeds,
//! and those that once showed a bug, are written by hand and are not checked here.

use std::path::Path;

use callgap::currency::Currency;
use callgap::export::to_json;
use callgap::model::scenario::FollowUpInputs;
use callgap::model::{Rate, RateMode, Rep, Scenario};
use callgap::share::{encode_link, SharedScenario};
use callgap::storage::{write_library, Library};

fn small_roster() -> Vec<Rep> {
    vec![
        Rep {
            name: "Ana Ruiz".to_string(),
            target_calls: 80.0,
            actual_calls: 47.5,
            calls_to_deal: Some(Rate::from_percent(2.5)),
        },
        Rep {
            name: "Bo Chen".to_string(),
            target_calls: 60.0,
            actual_calls: 64.0,
            calls_to_deal: None,
        },
    ]
}

fn funnel_scenario() -> Scenario {
    let defaults = Scenario::default();
    Scenario {
        rate_mode: RateMode::Funnel,
        gross_margin: Some(Rate::from_percent(60.0)),
        follow_ups: FollowUpInputs {
            due_per_rep_per_month: 30.0,
            ..defaults.follow_ups
        },
        revenue_goal_per_month: Some(250_000.0),
        ..defaults
    }
}

fn generated_seeds() -> Vec<(&'static str, String)> {
    let default_link = SharedScenario {
        name: None,
        scenario: Scenario::default(),
        currency: Currency::Usd,
        roster: None,
    };
    let team_link = SharedScenario {
        name: Some("Q3 outbound".to_string()),
        scenario: funnel_scenario(),
        currency: Currency::Eur,
        roster: Some(small_roster()),
    };

    let report = funnel_scenario()
        .cost()
        .expect("the seed scenario is valid");
    let mut library = Library::default();
    library.add("Default team", Currency::Usd, Scenario::default());
    let id = library.add("Q3 outbound", Currency::Eur, funnel_scenario());
    library.set_roster(id, small_roster());

    vec![
        ("share_link/default", encode_link(&default_link)),
        ("share_link/team", format!("#{}", encode_link(&team_link))),
        (
            "scenario_file/team.json",
            to_json("Q3 outbound", Currency::Eur, &report, &small_roster()),
        ),
        ("stored_library/two.json", write_library(&library)),
    ]
}

#[test]
fn generated_seeds_are_current() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let write = std::env::var_os("CALLGAP_WRITE_SEEDS").is_some_and(|value| value == "1");
    for (name, expected) in generated_seeds() {
        let path = seeds.join(name);
        if write {
            std::fs::create_dir_all(path.parent().expect("seed paths have a folder"))
                .expect("create the seed folder");
            std::fs::write(&path, &expected).expect("write the seed");
            continue;
        }
        let found = std::fs::read_to_string(&path).unwrap_or_else(|error| {
            panic!(
                "failed to read {} ({error}); write it with CALLGAP_WRITE_SEEDS=1 cargo test",
                path.display()
            )
        });
        assert_eq!(
            found,
            expected,
            "{} differs from what the writers produce now; write it again with \
             CALLGAP_WRITE_SEEDS=1 cargo test",
            path.display()
        );
    }
}
