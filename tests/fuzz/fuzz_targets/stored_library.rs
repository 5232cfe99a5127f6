//! Reads arbitrary text as the stored list of saved scenarios: every scenario kept must be
//! valid, and the next id must be above every kept id.

#![no_main]

use callgap::model::roster::validate_reps;
use callgap::storage::{read_library, LIBRARY_VERSION};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let loaded = read_library(Some(&text));
    let library = &loaded.library;
    assert_eq!(library.version, LIBRARY_VERSION);
    for saved in &library.scenarios {
        if let Err(error) = saved.scenario.validate() {
            panic!("kept an invalid scenario ({error}) from {text:?}");
        }
        if let Err(error) = validate_reps(&saved.roster) {
            panic!("kept an invalid roster ({error}) from {text:?}");
        }
        assert!(
            saved.id < library.next_id,
            "id {} is not below next_id",
            saved.id
        );
    }
});
