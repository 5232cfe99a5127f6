//! Decodes arbitrary text as a share link: the result must be valid and survive a second
//! trip through `encode_link` and `decode_link` unchanged.

#![no_main]

use callgap::model::roster::validate_reps;
use callgap::share::{decode_link, encode_link, roster_fits_link};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let decoded = decode_link(&text);
    let shared = &decoded.shared;
    if let Err(error) = shared.scenario.validate() {
        panic!("decoded an invalid scenario ({error}) from {text:?}");
    }
    if let Some(roster) = &shared.roster {
        if let Err(error) = validate_reps(roster) {
            panic!("decoded an invalid roster ({error}) from {text:?}");
        }
    }

    let link = encode_link(shared);
    let again = decode_link(&link);
    assert_eq!(again.problems, Vec::<String>::new(), "re-reading {link:?}");
    let mut expected = shared.clone();
    // A roster that would make the link too long is left out of it.
    if !roster_fits_link(shared) {
        expected.roster = None;
    }
    assert_eq!(again.shared, expected, "re-reading {link:?}");
});
