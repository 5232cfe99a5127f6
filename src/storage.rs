//! Saved scenarios: the list the user keeps, its stored form, and how a stored value is read.
//!
//! The list is stored as JSON under one namespaced key with a schema version. Reading never
//! throws a stored value away. A value that cannot be read, or that a newer version wrote,
//! is reported and left for the caller to keep aside before anything else is written.
//! A scenario that an older version stored without the newer fields takes their defaults.
//!
//! This module is plain Rust; `library_store` moves the JSON in and out of localStorage.

use serde::{Deserialize, Serialize};

use crate::currency::Currency;
use crate::model::{Rep, Scenario};
use crate::share::MAX_NAME_CHARS;

/// The localStorage key of the saved scenarios.
pub const STORAGE_KEY: &str = "callgap.scenarios";

/// The localStorage key where an unreadable stored value is kept aside.
pub const UNREADABLE_KEY: &str = "callgap.scenarios.unreadable";

/// The schema version this code writes.
pub const LIBRARY_VERSION: u32 = 1;

/// Stored values longer than this are not parsed; browsers give a site about 5 MB in all.
pub const MAX_STORED_CHARS: usize = 5_000_000;

/// One saved scenario.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SavedScenario {
    /// A number that identifies the scenario within the list and never changes.
    pub id: u64,
    /// The name the user gave it.
    pub name: String,
    /// The currency its money is shown in.
    pub currency: Currency,
    /// Its inputs.
    pub scenario: Scenario,
    /// Its per-rep rows; older saves have none.
    #[serde(default)]
    pub roster: Vec<Rep>,
}

/// The list of saved scenarios, in the order the user sees them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Library {
    /// The schema version of the stored form.
    pub version: u32,
    /// The id the next saved scenario gets.
    pub next_id: u64,
    /// The scenarios, oldest first.
    pub scenarios: Vec<SavedScenario>,
}

impl Default for Library {
    fn default() -> Self {
        Self {
            version: LIBRARY_VERSION,
            next_id: 1,
            scenarios: Vec::new(),
        }
    }
}

/// The reason a stored value could not be used as it is.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadProblem {
    /// The value is not a list of scenarios this code can read.
    Unreadable {
        /// The JSON reader's error message.
        detail: String,
    },
    /// A newer version of CallGap wrote the value.
    NewerVersion(u32),
    /// Some saved scenarios hold values out of range; they were left out.
    InvalidEntries(Vec<String>),
}

impl LoadProblem {
    /// Returns a sentence for the user saying what happened and what was kept.
    #[must_use]
    pub fn message(&self) -> String {
        match self {
            LoadProblem::Unreadable { detail } => format!(
                "The saved scenarios in this browser could not be read ({detail}). They were \
                 kept aside unchanged, and new saves start a fresh list."
            ),
            LoadProblem::NewerVersion(version) => format!(
                "The saved scenarios were written by a newer CallGap (format {version}). They \
                 were kept aside unchanged, and new saves start a fresh list."
            ),
            LoadProblem::InvalidEntries(names) => format!(
                "Some saved scenarios hold values out of range and were left out: {}. The \
                 list as it was stored is kept aside unchanged.",
                names.join(", ")
            ),
        }
    }

    /// Returns whether the raw stored value must be kept aside before the list is written.
    /// Every problem does, because left-out entries would otherwise be lost at the next save.
    #[must_use]
    pub fn keeps_value_aside(&self) -> bool {
        match self {
            LoadProblem::Unreadable { .. }
            | LoadProblem::NewerVersion(_)
            | LoadProblem::InvalidEntries(_) => true,
        }
    }
}

/// A stored value as read: the usable list and what could not be used.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    /// The scenarios that could be read.
    pub library: Library,
    /// The reason the value could not be used as it is, if any.
    pub problem: Option<LoadProblem>,
}

/// Reads the stored value of the saved scenarios, or an empty list when there is none.
#[must_use]
pub fn read_library(raw: Option<&str>) -> Loaded {
    let Some(raw) = raw else {
        return Loaded {
            library: Library::default(),
            problem: None,
        };
    };
    if raw.len() > MAX_STORED_CHARS {
        return unreadable(format!(
            "{} characters, more than CallGap writes",
            raw.len()
        ));
    }

    // The version is read first, so that a newer format is recognised even when the rest of
    // it does not parse as this version's.
    #[derive(Deserialize)]
    struct VersionOnly {
        version: u32,
    }
    match serde_json::from_str::<VersionOnly>(raw) {
        Ok(VersionOnly { version }) if version > LIBRARY_VERSION => {
            return Loaded {
                library: Library::default(),
                problem: Some(LoadProblem::NewerVersion(version)),
            };
        }
        Ok(_) => {}
        Err(error) => return unreadable(error.to_string()),
    }

    let mut library = match serde_json::from_str::<Library>(raw) {
        Ok(library) => library,
        Err(error) => return unreadable(error.to_string()),
    };
    library.version = LIBRARY_VERSION;

    let mut invalid = Vec::new();
    library.scenarios.retain(|saved| {
        let valid = saved.id <= MAX_ID
            && saved.scenario.validate().is_ok()
            && crate::model::roster::validate_reps(&saved.roster).is_ok();
        if !valid {
            invalid.push(saved.name.clone());
        }
        valid
    });
    let highest = library
        .scenarios
        .iter()
        .map(|saved| saved.id)
        .max()
        .unwrap_or(0);
    library.next_id = if library.next_id > MAX_ID {
        highest + 1
    } else {
        library.next_id.max(highest + 1)
    };

    let problem = (!invalid.is_empty()).then_some(LoadProblem::InvalidEntries(invalid));
    Loaded { library, problem }
}

/// The largest id a stored scenario may have. Ids count up from 1 with each save, so a larger
/// one comes from an edited value, and capping ids keeps the next id from overflowing.
const MAX_ID: u64 = 1 << 53;

fn unreadable(detail: String) -> Loaded {
    Loaded {
        library: Library::default(),
        problem: Some(LoadProblem::Unreadable { detail }),
    }
}

/// Writes the list in its stored form.
#[must_use]
pub fn write_library(library: &Library) -> String {
    // serde_json documents two failures: a Serialize impl that fails, and a map with
    // non-string keys. These structs have neither.
    serde_json::to_string(library).unwrap_or_default()
}

/// Cleans a name the user typed: trimmed, cut to the maximum length, never empty.
#[must_use]
pub fn clean_name(name: &str) -> String {
    let name: String = name.trim().chars().take(MAX_NAME_CHARS).collect();
    if name.is_empty() {
        "Untitled scenario".to_string()
    } else {
        name
    }
}

impl Library {
    /// Adds a scenario at the end and returns its id.
    pub fn add(&mut self, name: &str, currency: Currency, scenario: Scenario) -> u64 {
        let id = self.next_id;
        self.next_id += 1;
        self.scenarios.push(SavedScenario {
            id,
            name: clean_name(name),
            currency,
            scenario,
            roster: Vec::new(),
        });
        id
    }

    /// Returns the scenario with this id.
    #[must_use]
    pub fn get(&self, id: u64) -> Option<&SavedScenario> {
        self.scenarios.iter().find(|saved| saved.id == id)
    }

    /// Replaces the inputs and currency of a saved scenario; returns whether it exists.
    pub fn update(&mut self, id: u64, currency: Currency, scenario: Scenario) -> bool {
        match self.scenarios.iter_mut().find(|saved| saved.id == id) {
            Some(saved) => {
                saved.currency = currency;
                saved.scenario = scenario;
                true
            }
            None => false,
        }
    }

    /// Replaces the roster of a saved scenario; returns whether it exists.
    pub fn set_roster(&mut self, id: u64, roster: Vec<Rep>) -> bool {
        match self.scenarios.iter_mut().find(|saved| saved.id == id) {
            Some(saved) => {
                saved.roster = roster;
                true
            }
            None => false,
        }
    }

    /// Renames a saved scenario; returns whether it exists.
    pub fn rename(&mut self, id: u64, name: &str) -> bool {
        match self.scenarios.iter_mut().find(|saved| saved.id == id) {
            Some(saved) => {
                saved.name = clean_name(name);
                true
            }
            None => false,
        }
    }

    /// Copies a saved scenario to the end of the list and returns the copy's id.
    pub fn duplicate(&mut self, id: u64) -> Option<u64> {
        let original = self.get(id)?.clone();
        let name = format!("{} (copy)", original.name);
        let copy = self.add(&name, original.currency, original.scenario);
        self.set_roster(copy, original.roster);
        Some(copy)
    }

    /// Removes a saved scenario and returns it with its position, so it can be restored.
    pub fn remove(&mut self, id: u64) -> Option<(usize, SavedScenario)> {
        let index = self.scenarios.iter().position(|saved| saved.id == id)?;
        Some((index, self.scenarios.remove(index)))
    }

    /// Puts a removed scenario back at its old position, unless its id is in use again.
    pub fn restore(&mut self, index: usize, saved: SavedScenario) {
        if self.get(saved.id).is_some() {
            return;
        }
        let index = index.min(self.scenarios.len());
        self.scenarios.insert(index, saved);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn library_with(names: &[&str]) -> Library {
        let mut library = Library::default();
        for name in names {
            library.add(name, Currency::Usd, Scenario::default());
        }
        library
    }

    #[test]
    fn round_trip_through_json() {
        let mut library = library_with(&["Base", "Ten more calls"]);
        library.scenarios[1].scenario.actual_calls = 62.0;
        let loaded = read_library(Some(&write_library(&library)));
        assert_eq!(loaded.problem, None);
        assert_eq!(loaded.library, library);
    }

    #[test]
    fn missing_value_is_empty_list() {
        let loaded = read_library(None);
        assert_eq!(loaded.library, Library::default());
        assert_eq!(loaded.problem, None);
    }

    #[test]
    fn older_scenario_without_new_fields_loads() {
        let raw = r#"{"version":1,"next_id":2,"scenarios":[{"id":1,"name":"Old","currency":"EUR",
            "scenario":{"target_calls":100.0,"actual_calls":50.0,"conversion_rate":5.0,
            "deal_size":25000.0,"reps":1,"working_days_per_month":21.0}}]}"#;
        let loaded = read_library(Some(raw));
        assert_eq!(loaded.problem, None);
        let saved = &loaded.library.scenarios[0];
        assert_eq!(saved.currency, Currency::Eur);
        assert_eq!(saved.scenario.target_calls, 100.0);
        assert_eq!(saved.scenario.cycle, Scenario::default().cycle);
    }

    #[test]
    fn unreadable_values_are_reported() {
        let cases = [
            "",
            "not json",
            "{",
            "[]",
            "{\"version\":1}",
            "{\"version\":\"x\"}",
            "null",
            "{\"version\":1,\"next_id\":1,\"scenarios\":[{\"id\":1}]}",
        ];
        for raw in cases {
            let loaded = read_library(Some(raw));
            assert_eq!(loaded.library, Library::default(), "{raw:?}");
            let problem = loaded
                .problem
                .unwrap_or_else(|| panic!("{raw:?} was accepted"));
            assert!(problem.keeps_value_aside(), "{raw:?}");
            assert!(
                problem.message().contains("kept aside unchanged"),
                "{raw:?}"
            );
        }
    }

    #[test]
    fn truncated_value_is_unreadable() {
        let raw = write_library(&library_with(&["A", "B"]));
        let loaded = read_library(Some(&raw[..raw.len() / 2]));
        assert!(matches!(
            loaded.problem,
            Some(LoadProblem::Unreadable { .. })
        ));
    }

    #[test]
    fn oversize_value_is_unreadable() {
        let raw = " ".repeat(MAX_STORED_CHARS + 1);
        assert!(matches!(
            read_library(Some(&raw)).problem,
            Some(LoadProblem::Unreadable { .. })
        ));
    }

    #[test]
    fn id_beyond_range_is_left_out() {
        let mut library = library_with(&["Edited", "Kept"]);
        library.scenarios[0].id = u64::MAX;
        library.next_id = u64::MAX;
        let loaded = read_library(Some(&write_library(&library)));

        let names: Vec<&str> = loaded
            .library
            .scenarios
            .iter()
            .map(|saved| saved.name.as_str())
            .collect();
        assert_eq!(names, ["Kept"]);
        assert_eq!(loaded.library.next_id, 3);
        assert!(loaded
            .problem
            .is_some_and(|problem| problem.keeps_value_aside()));
    }

    #[test]
    fn newer_version_is_kept_aside() {
        let loaded = read_library(Some(r#"{"version":9,"whatever":[1,2,3]}"#));
        assert_eq!(loaded.problem, Some(LoadProblem::NewerVersion(9)));
        assert!(loaded.problem.expect("problem").keeps_value_aside());
    }

    #[test]
    fn out_of_range_entries_are_left_out() {
        let mut library = library_with(&["Good", "Broken"]);
        library.scenarios[1].scenario.reps = 0;
        let loaded = read_library(Some(&write_library(&library)));
        assert_eq!(loaded.library.scenarios.len(), 1);
        assert_eq!(
            loaded.problem,
            Some(LoadProblem::InvalidEntries(vec!["Broken".to_string()]))
        );
        // The next id stays past every id ever stored.
        assert_eq!(loaded.library.next_id, 3);
    }

    #[test]
    fn list_operations() {
        let mut library = library_with(&["A", "B", "C"]);
        assert!(library.rename(2, "  Bee  "));
        assert_eq!(library.get(2).expect("B").name, "Bee");
        let copy = library.duplicate(2).expect("copy");
        assert_eq!(library.get(copy).expect("copy").name, "Bee (copy)");
        let (index, removed) = library.remove(1).expect("A");
        assert_eq!(index, 0);
        assert_eq!(library.scenarios.len(), 3);
        library.restore(index, removed);
        let names: Vec<&str> = library
            .scenarios
            .iter()
            .map(|saved| saved.name.as_str())
            .collect();
        assert_eq!(names, ["A", "Bee", "C", "Bee (copy)"]);
        assert!(!library.rename(99, "x"));
        assert_eq!(library.duplicate(99), None);
        assert_eq!(clean_name("   "), "Untitled scenario");
    }
}
