//! Opens arbitrary text as a scenario file: whatever opens must be valid.

#![no_main]

use callgap::export::from_json;
use callgap::model::roster::validate_reps;
use callgap::share::MAX_NAME_CHARS;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let Ok(file) = from_json(&text) else {
        return;
    };
    if let Err(error) = file.scenario.validate() {
        panic!("opened an invalid scenario ({error}) from {text:?}");
    }
    if let Err(error) = validate_reps(&file.roster) {
        panic!("opened an invalid roster ({error}) from {text:?}");
    }
    assert!(
        !file.name.trim().is_empty(),
        "opened an empty name from {text:?}"
    );
    assert!(
        file.name.chars().count() <= MAX_NAME_CHARS,
        "{:?}",
        file.name
    );
});
