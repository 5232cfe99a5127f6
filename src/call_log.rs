//! Call logs exported from a CRM or dialer, read into per-rep activity.
//!
//! A log has a header row. Its rows are either one per rep per day, with counts (dials,
//! connects, meetings, deals, revenue), or one per call. In a per-call log each row is one
//! dial and the other columns contain 1 or 0 (or yes and no). Header names are matched loosely ("Sales Rep",
//! "agent", "Calls made"); the user confirms or changes the guess before importing. Parsing
//! uses the csv crate, and reading goes in steps so that a page can show progress between
//! them instead of freezing on a large file.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::Cursor;

use crate::model::roster::Rep;
use crate::model::{parse_number, Field, Rate};

/// Largest file the importer reads, in bytes: far above 100,000 rows of a daily log.
pub const MAX_FILE_BYTES: usize = 50_000_000;

/// Bad rows listed one by one; past this many the rest are only counted.
pub const MAX_LISTED_BAD_ROWS: usize = 200;

/// A column's meaning in the log.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    /// The rep's name.
    Rep,
    /// The day of the activity.
    Date,
    /// Dials made.
    Dials,
    /// Dials that reached a live conversation.
    Connects,
    /// Meetings set.
    Meetings,
    /// Deals won.
    Deals,
    /// Revenue won.
    Revenue,
}

impl Role {
    /// Every role, in the order the mapping form lists them.
    pub const ALL: [Role; 7] = [
        Role::Rep,
        Role::Date,
        Role::Dials,
        Role::Connects,
        Role::Meetings,
        Role::Deals,
        Role::Revenue,
    ];

    /// Returns the role's name for the mapping form.
    #[must_use]
    pub const fn label(self) -> &'static str {
        match self {
            Role::Rep => "Rep",
            Role::Date => "Date",
            Role::Dials => "Dials",
            Role::Connects => "Connects",
            Role::Meetings => "Meetings",
            Role::Deals => "Deals won",
            Role::Revenue => "Revenue",
        }
    }

    /// Header names, lower case with spaces and punctuation removed, that mean this role.
    const fn synonyms(self) -> &'static [&'static str] {
        match self {
            Role::Rep => &[
                "rep",
                "repname",
                "salesrep",
                "agent",
                "agentname",
                "user",
                "username",
                "owner",
                "salesperson",
                "caller",
                "name",
                "employee",
            ],
            Role::Date => &[
                "date",
                "day",
                "calldate",
                "activitydate",
                "timestamp",
                "datetime",
                "calledat",
                "time",
            ],
            Role::Dials => &[
                "dials",
                "calls",
                "callsmade",
                "outboundcalls",
                "attempts",
                "callcount",
                "dialcount",
                "totalcalls",
            ],
            Role::Connects => &[
                "connects",
                "connected",
                "connections",
                "conversations",
                "liveconversations",
                "contacts",
                "answered",
                "reached",
            ],
            Role::Meetings => &[
                "meetings",
                "meetingsbooked",
                "meetingsset",
                "appointments",
                "demos",
                "booked",
            ],
            Role::Deals => &[
                "deals",
                "won",
                "dealswon",
                "closed",
                "closedwon",
                "wins",
                "sales",
            ],
            Role::Revenue => &[
                "revenue",
                "amount",
                "value",
                "closedrevenue",
                "dealvalue",
                "bookings",
            ],
        }
    }
}

/// The column of each role; a role missing from the map has no column in the log.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Mapping {
    /// Column index per role.
    pub columns: BTreeMap<Role, usize>,
}

impl Mapping {
    /// Returns the column of a role, if mapped.
    #[must_use]
    pub fn column(&self, role: Role) -> Option<usize> {
        self.columns.get(&role).copied()
    }

    /// Returns why the mapping cannot import, or `None` when it can.
    #[must_use]
    pub fn problem(&self) -> Option<&'static str> {
        if self.column(Role::Rep).is_none() {
            return Some("Pick the column that holds the rep's name.");
        }
        if self.column(Role::Dials).is_none() && self.column(Role::Date).is_none() {
            return Some("A log of one row per call needs a date column, to count working days.");
        }
        None
    }
}

/// Guesses the column separator from the header row: a comma, a semicolon or a tab,
/// whichever it has most of. Spreadsheets in many European locales export with semicolons.
#[must_use]
pub fn delimiter_of(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or("");
    let count = |separator: char| header.matches(separator).count();
    let (commas, semicolons, tabs) = (count(','), count(';'), count('\t'));
    if tabs > commas && tabs >= semicolons {
        b'\t'
    } else if semicolons > commas {
        b';'
    } else {
        b','
    }
}

fn normalise(header: &str) -> String {
    header
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// Reads the header row and guesses the mapping from the header names.
///
/// # Errors
/// Returns a sentence for the user when the text is empty or has no header row.
pub fn read_headers(text: &str) -> Result<(Vec<String>, Mapping), String> {
    if text.trim().is_empty() {
        return Err("The file is empty.".to_string());
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter_of(text))
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|error| format!("The header row could not be read: {error}."))?
        .iter()
        .map(|header| header.trim().to_string())
        .collect();
    let mut mapping = Mapping::default();
    for role in Role::ALL {
        let found = headers.iter().position(|header| {
            let name = normalise(header);
            role.synonyms().contains(&name.as_str())
                && !mapping
                    .columns
                    .values()
                    .any(|used| headers.get(*used) == Some(header))
        });
        if let Some(column) = found {
            mapping.columns.insert(role, column);
        }
    }
    Ok((headers, mapping))
}

/// One rep's activity over the log.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RepActivity {
    /// The name as it first appears in the log.
    pub name: String,
    /// Distinct dates with activity; with no date column, the number of rows.
    pub days: BTreeSet<String>,
    /// Rows counted when there is no date column.
    pub rows: u64,
    /// Dials.
    pub dials: f64,
    /// Connects.
    pub connects: f64,
    /// Meetings.
    pub meetings: f64,
    /// Deals won.
    pub deals: f64,
    /// Revenue won.
    pub revenue: f64,
}

impl RepActivity {
    /// Returns the working days the log covers for this rep.
    #[must_use]
    pub fn working_days(&self) -> f64 {
        if self.days.is_empty() {
            self.rows as f64
        } else {
            self.days.len() as f64
        }
    }

    /// Returns the average dials per working day.
    #[must_use]
    pub fn dials_per_day(&self) -> f64 {
        let days = self.working_days();
        if days > 0.0 {
            self.dials / days
        } else {
            0.0
        }
    }

    /// Returns deals per dial, or `None` when the rep made no dials.
    #[must_use]
    pub fn calls_to_deal(&self) -> Option<Rate> {
        (self.dials > 0.0).then(|| Rate::from_fraction((self.deals / self.dials).min(1.0)))
    }
}

/// A row that could not be imported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadRow {
    /// The line number in the file, counting the header as line 1.
    pub line: u64,
    /// The reason it was rejected.
    pub reason: String,
}

/// An import under way: call [`Import::step`] until it reports that it is done.
pub struct Import {
    reader: csv::Reader<Cursor<Vec<u8>>>,
    mapping: Mapping,
    total_bytes: usize,
    per_rep: BTreeMap<String, RepActivity>,
    /// Each spelling of a name seen so far with its key in `per_rep`, so that the key is
    /// lowercased once per spelling rather than once per row.
    keys: HashMap<String, String>,
    /// The number of columns a row needs for every mapped column to be present.
    needed_columns: usize,
    bad_rows: Vec<BadRow>,
    bad_row_count: u64,
    rows_read: u64,
    done: bool,
}

/// The outcome of an import.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportSummary {
    /// Activity per rep, in order of name.
    pub reps: Vec<RepActivity>,
    /// The first rows that could not be read, with line numbers and reasons.
    pub bad_rows: Vec<BadRow>,
    /// How many rows could not be read in all.
    pub bad_row_count: u64,
    /// Data rows read, good and bad.
    pub rows_read: u64,
}

impl Import {
    /// Starts an import of `text` with the confirmed mapping.
    ///
    /// # Errors
    /// Returns a sentence for the user when the file is too large or the mapping is
    /// incomplete.
    pub fn start(text: String, mapping: Mapping) -> Result<Self, String> {
        if text.len() > MAX_FILE_BYTES {
            return Err(format!(
                "The file is {} MB; files up to {} MB can be imported.",
                text.len() / 1_000_000,
                MAX_FILE_BYTES / 1_000_000
            ));
        }
        if let Some(problem) = mapping.problem() {
            return Err(problem.to_string());
        }
        // A byte-order mark, which some spreadsheets write first, is not part of the header.
        let text = match text.strip_prefix('\u{feff}') {
            Some(rest) => rest.to_string(),
            None => text,
        };
        let total_bytes = text.len();
        let needed_columns = mapping
            .columns
            .values()
            .max()
            .map_or(0, |column| column + 1);
        let reader = csv::ReaderBuilder::new()
            .delimiter(delimiter_of(&text))
            .flexible(true)
            .trim(csv::Trim::All)
            .from_reader(Cursor::new(text.into_bytes()));
        Ok(Self {
            reader,
            mapping,
            total_bytes,
            per_rep: BTreeMap::new(),
            keys: HashMap::new(),
            needed_columns,
            bad_rows: Vec::new(),
            bad_row_count: 0,
            rows_read: 0,
            done: false,
        })
    }

    /// Reads up to `max_rows` more rows; returns whether the whole file is read.
    pub fn step(&mut self, max_rows: usize) -> bool {
        let mut record = csv::StringRecord::new();
        for _ in 0..max_rows {
            match self.reader.read_record(&mut record) {
                Ok(true) => {
                    self.rows_read += 1;
                    let line = record
                        .position()
                        .map_or(self.rows_read + 1, |position| position.line());
                    if let Err(reason) = self.add_record(&record) {
                        self.reject(line, reason);
                    }
                }
                Ok(false) => {
                    self.done = true;
                    break;
                }
                Err(error) => {
                    self.rows_read += 1;
                    let line = error
                        .position()
                        .map_or(self.rows_read + 1, |position| position.line());
                    self.reject(line, format!("the row could not be read as CSV ({error})"));
                    // After an error inside a quoted field the reader cannot find the next row.
                    if !matches!(
                        error.kind(),
                        csv::ErrorKind::UnequalLengths { .. } | csv::ErrorKind::Utf8 { .. }
                    ) {
                        self.done = true;
                        break;
                    }
                }
            }
        }
        self.done
    }

    /// Returns the share of the file read so far, from 0 to 1.
    #[must_use]
    pub fn progress(&self) -> f64 {
        if self.done || self.total_bytes == 0 {
            return 1.0;
        }
        (self.reader.position().byte() as f64 / self.total_bytes as f64).min(1.0)
    }

    /// Returns how many data rows have been read.
    #[must_use]
    pub fn rows_read(&self) -> u64 {
        self.rows_read
    }

    /// Finishes the import and returns its outcome.
    #[must_use]
    pub fn finish(self) -> ImportSummary {
        ImportSummary {
            reps: self.per_rep.into_values().collect(),
            bad_rows: self.bad_rows,
            bad_row_count: self.bad_row_count,
            rows_read: self.rows_read,
        }
    }

    fn reject(&mut self, line: u64, reason: String) {
        self.bad_row_count += 1;
        if self.bad_rows.len() < MAX_LISTED_BAD_ROWS {
            self.bad_rows.push(BadRow { line, reason });
        }
    }

    fn add_record(&mut self, record: &csv::StringRecord) -> Result<(), String> {
        let needed = self.needed_columns;
        if record.len() < needed {
            return Err(format!(
                "the row has {} columns, but the mapping reads column {needed}",
                record.len()
            ));
        }
        let cell = |role: Role| {
            self.mapping
                .column(role)
                .map(|column| record.get(column).unwrap_or(""))
        };
        let name = cell(Role::Rep).unwrap_or("");
        if name.chars().any(char::is_control) {
            return Err("the rep's name contains control characters".to_string());
        }
        if name.is_empty() {
            return Err("the rep's name is empty".to_string());
        }
        let per_call = self.mapping.column(Role::Dials).is_none();
        let number = |role: Role| -> Result<f64, String> {
            match cell(role) {
                None => Ok(0.0),
                Some(text) => read_count(text, per_call)
                    .map_err(|error| format!("{}: {error}", role.label().to_lowercase())),
            }
        };
        let dials = if per_call { 1.0 } else { number(Role::Dials)? };
        let connects = number(Role::Connects)?;
        let meetings = number(Role::Meetings)?;
        let deals = number(Role::Deals)?;
        let revenue = match cell(Role::Revenue) {
            None | Some("") => 0.0,
            Some(text) => parse_number(text, &Field::DealSize.rule())
                .map_err(|error| format!("revenue: {error}"))?,
        };
        let date = match cell(Role::Date) {
            Some("") => return Err("the date is empty".to_string()),
            Some(date) => Some(day_of(date)),
            None => None,
        };

        let key = match self.keys.get(name) {
            Some(key) => key,
            None => self
                .keys
                .entry(name.to_string())
                .or_insert_with(|| name.to_lowercase()),
        };
        let activity = match self.per_rep.get_mut(key) {
            Some(activity) => activity,
            None => self
                .per_rep
                .entry(key.clone())
                .or_insert_with(|| RepActivity {
                    name: name.to_string(),
                    ..RepActivity::default()
                }),
        };
        activity.dials += dials;
        activity.connects += connects;
        activity.meetings += meetings;
        activity.deals += deals;
        activity.revenue += revenue;
        match date {
            Some(date) => {
                if !activity.days.contains(date.as_ref()) {
                    activity.days.insert(date.into_owned());
                }
            }
            None => activity.rows += 1,
        }
        Ok(())
    }
}

/// Reads a count cell; a per-call log also accepts yes and no, true and false.
fn read_count(text: &str, per_call: bool) -> Result<f64, String> {
    if text.is_empty() {
        return Ok(0.0);
    }
    // Most cells are plain whole numbers, and nine digits stay below the billion allowed.
    if text.len() <= 9 && text.bytes().all(|byte| byte.is_ascii_digit()) {
        return text
            .parse::<u32>()
            .map(f64::from)
            .map_err(|error| error.to_string());
    }
    if per_call {
        match text.to_ascii_lowercase().as_str() {
            "yes" | "y" | "true" => return Ok(1.0),
            "no" | "n" | "false" => return Ok(0.0),
            _ => {}
        }
    }
    let rule = crate::model::FieldRule {
        max: 1e9,
        ..Field::TargetCalls.rule()
    };
    parse_number(text, &rule).map_err(|error| error.to_string())
}

/// Returns the day of a date or timestamp, so that calls on one day count as one working
/// day whatever their time. An ISO timestamp loses everything from its `T`. Any other date
/// loses the words that give a time of day (`9:05`, `09:05:00`, `am`, `pm`).
fn day_of(text: &str) -> Cow<'_, str> {
    if let Some((date, time)) = text.split_once('T') {
        if time.starts_with(|c: char| c.is_ascii_digit())
            && date.ends_with(|c: char| c.is_ascii_digit())
        {
            return Cow::Borrowed(date);
        }
    }
    let time_word = text.eq_ignore_ascii_case("am") || text.eq_ignore_ascii_case("pm");
    if !text.contains(char::is_whitespace) && !text.contains(':') && !time_word {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.split_whitespace()
            .filter(|word| {
                !word.contains(':') && !matches!(word.to_ascii_lowercase().as_str(), "am" | "pm")
            })
            .collect::<Vec<_>>()
            .join(" "),
    )
}

/// Returns how many imported reps a merge would leave out because the roster is full.
#[must_use]
pub fn reps_left_out(roster: &[Rep], imported: &[RepActivity]) -> usize {
    let new_names = imported
        .iter()
        .filter(|activity| {
            !roster
                .iter()
                .any(|rep| rep.name.eq_ignore_ascii_case(&activity.name))
        })
        .count();
    (roster.len() + new_names).saturating_sub(crate::model::roster::MAX_REPS)
}

/// Merges imported activity into a roster: matching names (ignoring case) get the imported
/// dials per day and rate; new names are added with `default_target`. Reps in the roster that
/// the log does not mention are kept as they are.
///
/// Returns the new roster and the names of the existing reps whose figures change.
#[must_use]
pub fn merge_into_roster(
    roster: &[Rep],
    imported: &[RepActivity],
    default_target: f64,
) -> (Vec<Rep>, Vec<String>) {
    let mut merged: Vec<Rep> = roster.to_vec();
    let mut replaced = Vec::new();
    for activity in imported {
        let actual_calls = activity.dials_per_day().min(Field::ActualCalls.rule().max);
        let calls_to_deal = activity.calls_to_deal();
        match merged
            .iter_mut()
            .find(|rep| rep.name.eq_ignore_ascii_case(&activity.name))
        {
            Some(rep) => {
                if rep.actual_calls != actual_calls || rep.calls_to_deal != calls_to_deal {
                    replaced.push(rep.name.clone());
                }
                rep.actual_calls = actual_calls;
                rep.calls_to_deal = calls_to_deal;
            }
            None => merged.push(Rep {
                name: activity
                    .name
                    .chars()
                    .take(crate::share::MAX_NAME_CHARS)
                    .collect(),
                target_calls: default_target,
                actual_calls,
                calls_to_deal,
            }),
        }
    }
    merged.truncate(crate::model::roster::MAX_REPS);
    (merged, replaced)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn import_all(text: &str) -> ImportSummary {
        let (_, mapping) = read_headers(text).expect("headers");
        let mut import = Import::start(text.to_string(), mapping).expect("start");
        while !import.step(1_000) {}
        import.finish()
    }

    #[test]
    fn header_variants_are_recognised() {
        let cases = [
            "rep,date,dials,connects,meetings,deals,revenue",
            "Sales Rep,Activity Date,Calls Made,Live Conversations,Meetings Booked,Closed Won,Amount",
            "AGENT;x",
            "Owner , Day , Total Calls , Answered , Demos , Wins , Bookings",
        ];
        let (_, mapping) = read_headers(cases[0]).expect("plain");
        assert_eq!(mapping.columns.len(), 7);
        let (_, mapping) = read_headers(cases[1]).expect("spelled out");
        assert_eq!(mapping.column(Role::Rep), Some(0));
        assert_eq!(mapping.column(Role::Dials), Some(2));
        assert_eq!(mapping.column(Role::Revenue), Some(6));
        let (headers, mapping) = read_headers(cases[2]).expect("semicolons separate columns");
        assert_eq!(headers, ["AGENT", "x"]);
        assert_eq!(mapping.column(Role::Rep), Some(0));
        let (_, mapping) = read_headers(cases[3]).expect("spaces");
        assert_eq!(mapping.columns.len(), 7);
    }

    #[test]
    fn daily_log_sums_per_rep() {
        let summary = import_all(
            "rep,date,dials,connects,meetings,deals,revenue\n\
             Ana,2026-11-02,60,15,3,1,\"12,000\"\n\
             ana,2026-11-03,40,10,2,0,0\n\
             \"Ben, Jr.\",2026-11-02,80,20,4,2,24000\n",
        );
        assert_eq!(summary.rows_read, 3);
        assert!(summary.bad_rows.is_empty(), "{:?}", summary.bad_rows);
        let ana = &summary.reps[0];
        assert_eq!(ana.name, "Ana");
        assert_eq!(ana.dials, 100.0);
        assert_eq!(ana.working_days(), 2.0);
        assert_eq!(ana.dials_per_day(), 50.0);
        assert_eq!(ana.calls_to_deal(), Some(Rate::from_fraction(0.01)));
        assert_eq!(ana.revenue, 12_000.0);
        assert_eq!(summary.reps[1].name, "Ben, Jr.");
    }

    #[test]
    fn per_call_log_counts_rows() {
        let summary = import_all(
            "agent,timestamp,connected,won\n\
             Cy,2026-11-02T09:00:00,yes,no\n\
             Cy,2026-11-02T09:05:00,no,no\n\
             Cy,2026-11-03 10:00,1,1\n",
        );
        let cy = &summary.reps[0];
        assert_eq!(cy.dials, 3.0);
        assert_eq!(cy.connects, 2.0);
        assert_eq!(cy.deals, 1.0);
        assert_eq!(cy.working_days(), 2.0);
    }

    #[test]
    fn bad_rows_are_listed_and_good_rows_kept() {
        let summary = import_all(
            "rep,date,dials\n\
             Ana,2026-11-02,60\n\
             ,2026-11-02,10\n\
             Ben,2026-11-02,lots\n\
             Cy,,20\n\
             Dee,2026-11-02,-4\n\
             Fay,2026-11-02\n\
             Eve,2026-11-02,30\n",
        );
        assert_eq!(summary.rows_read, 7);
        let lines: Vec<u64> = summary.bad_rows.iter().map(|row| row.line).collect();
        assert_eq!(lines, [3, 4, 5, 6, 7]);
        assert!(summary.bad_rows[4].reason.contains("the row has 2 columns"));
        assert!(summary.bad_rows[0].reason.contains("name is empty"));
        assert!(summary.bad_rows[1]
            .reason
            .contains("dials: This is not a number"));
        assert!(summary.bad_rows[2].reason.contains("date is empty"));
        assert!(summary.bad_rows[3].reason.contains("Negative"));
        let names: Vec<&str> = summary.reps.iter().map(|rep| rep.name.as_str()).collect();
        assert_eq!(names, ["Ana", "Eve"]);
    }

    #[test]
    fn empty_and_header_only_files() {
        assert_eq!(read_headers(""), Err("The file is empty.".to_string()));
        assert_eq!(read_headers("  \n "), Err("The file is empty.".to_string()));
        let summary = import_all("rep,date,dials\n");
        assert_eq!(summary.rows_read, 0);
        assert!(summary.reps.is_empty());
    }

    #[test]
    fn broken_quote_stops_with_a_reason() {
        let summary = import_all("rep,date,dials\nAna,2026-11-02,60\n\"Ben,2026-11-02,70\n");
        assert_eq!(summary.reps.len(), 1);
        assert_eq!(summary.bad_row_count, 1);
        assert_eq!(summary.bad_rows[0].line, 3);
    }

    #[test]
    fn days_keep_their_date() {
        let cases = [
            ("2026-11-02T09:00:00", "2026-11-02"),
            ("2026-11-03 10:00", "2026-11-03"),
            ("Nov 2 2026", "Nov 2 2026"),
            ("Nov 2 2026 9:15 am", "Nov 2 2026"),
            ("Tuesday 2026-11-03", "Tuesday 2026-11-03"),
            ("02/11/2026", "02/11/2026"),
        ];
        for (text, day) in cases {
            assert_eq!(day_of(text), day, "{text:?}");
        }
    }

    #[test]
    fn semicolons_and_tabs_are_read() {
        let semicolons =
            import_all("\u{feff}rep;date;dials\nAna;2026-11-02;60\nAna;2026-11-03;40\n");
        assert_eq!(semicolons.reps[0].dials_per_day(), 50.0);
        let tabs = import_all("rep\tdate\tdials\nBo\t2026-11-02\t30\n");
        assert_eq!(tabs.reps[0].dials, 30.0);
    }

    #[test]
    fn mapping_needs_rep_and_days() {
        let mut mapping = Mapping::default();
        assert!(mapping.problem().is_some());
        mapping.columns.insert(Role::Rep, 0);
        assert!(mapping
            .problem()
            .expect("no dials and no date")
            .contains("date"));
        mapping.columns.insert(Role::Date, 1);
        assert_eq!(mapping.problem(), None);
    }

    #[test]
    fn hundred_thousand_rows() {
        let mut text = String::from("rep,date,dials,connects,meetings,deals\n");
        for row in 0..100_000 {
            text.push_str(&format!(
                "Rep {},2026-{:02}-{:02},50,12,3,1\n",
                row % 200,
                row % 12 + 1,
                row % 28 + 1
            ));
        }
        let summary = import_all(&text);
        assert_eq!(summary.rows_read, 100_000);
        assert_eq!(summary.bad_row_count, 0);
        assert_eq!(summary.reps.len(), 200);
        assert_eq!(
            summary.reps.iter().map(|rep| rep.dials).sum::<f64>(),
            5_000_000.0
        );
    }

    #[test]
    fn progress_moves_forward() {
        let text = "rep,date,dials\n".to_string() + &"Ana,2026-11-02,60\n".repeat(100);
        let (_, mapping) = read_headers(&text).expect("headers");
        let mut import = Import::start(text, mapping).expect("start");
        assert!(!import.step(10));
        let early = import.progress();
        assert!(early > 0.0, "{early}");
        assert!(early < 0.5, "{early}");
        while !import.step(10) {}
        assert_eq!(import.progress(), 1.0);
    }

    #[test]
    fn merge_keeps_unmentioned_reps() {
        let roster = vec![
            Rep {
                name: "Ana".to_string(),
                target_calls: 80.0,
                actual_calls: 70.0,
                calls_to_deal: None,
            },
            Rep {
                name: "Zed".to_string(),
                target_calls: 60.0,
                actual_calls: 60.0,
                calls_to_deal: None,
            },
        ];
        let imported = vec![
            RepActivity {
                name: "ana".to_string(),
                rows: 2,
                dials: 100.0,
                deals: 2.0,
                ..RepActivity::default()
            },
            RepActivity {
                name: "Bo".to_string(),
                rows: 1,
                dials: 30.0,
                ..RepActivity::default()
            },
        ];
        let (merged, replaced) = merge_into_roster(&roster, &imported, 80.0);
        assert_eq!(replaced, ["Ana"]);
        assert_eq!(merged.len(), 3);
        assert_eq!(merged[0].actual_calls, 50.0);
        assert_eq!(merged[0].calls_to_deal, Some(Rate::from_fraction(0.02)));
        assert_eq!(
            merged[0].target_calls, 80.0,
            "targets are not in a call log, so they stay"
        );
        assert_eq!(merged[1], roster[1]);
        assert_eq!(merged[2].name, "Bo");
        assert_eq!(merged[2].target_calls, 80.0);
    }
}
