//! Property tests that feed the readers of untrusted text (share links, stored values,
//! scenario files, call logs) with generated input: none may panic, hang or accept a value
//! out of range.
#![cfg(not(target_arch = "wasm32"))]

use callgap::call_log::{read_headers, Import};
use callgap::export::from_json;
use callgap::model::roster::validate_reps;
use callgap::share::decode_link;
use callgap::storage::read_library;
use proptest::prelude::*;

/// Text made of the characters links and CSV files are built from, so that generated input
/// often looks almost right, which is where parsers break.
fn almost_structured() -> impl Strategy<Value = String> {
    proptest::string::string_regex("[a-z0-9=&%#;,.:\"'\\-+$€ \\n\\t]{0,300}")
        .expect("valid pattern")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn prop_decode_link_keeps_scenario_valid(text in almost_structured()) {
        let decoded = decode_link(&text);
        prop_assert!(decoded.shared.scenario.validate().is_ok(), "{:?}", text);
        if let Some(roster) = &decoded.shared.roster {
            prop_assert!(validate_reps(roster).is_ok(), "{:?}", text);
        }
    }

    #[test]
    fn prop_decode_link_any_text(text in "\\PC{0,200}") {
        let decoded = decode_link(&text);
        prop_assert!(decoded.shared.scenario.validate().is_ok());
    }

    #[test]
    fn prop_read_library_never_panics(text in "\\PC{0,300}") {
        let loaded = read_library(Some(&text));
        for saved in &loaded.library.scenarios {
            prop_assert!(saved.scenario.validate().is_ok());
        }
    }

    #[test]
    fn prop_scenario_file_opens_only_valid(text in "\\PC{0,300}") {
        if let Ok(file) = from_json(&text) {
            prop_assert!(file.scenario.validate().is_ok());
            prop_assert!(validate_reps(&file.roster).is_ok());
        }
    }

    #[test]
    fn prop_call_log_import_never_panics(body in almost_structured()) {
        let text = format!("rep,date,dials,connects,meetings,deals,revenue\n{body}");
        let (_, mapping) = read_headers(&text).expect("the header row is fixed");
        let mut import = Import::start(text, mapping).expect("the mapping is complete");
        let mut steps = 0;
        while !import.step(50) {
            steps += 1;
            prop_assert!(steps < 1_000, "the import does not finish");
        }
        let summary = import.finish();
        for rep in &summary.reps {
            prop_assert!(rep.dials.is_finite() && rep.dials >= 0.0, "{:?}", rep);
            prop_assert!(rep.dials_per_day().is_finite());
        }
    }
}
