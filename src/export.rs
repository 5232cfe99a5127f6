//! Scenario files: the inputs and results as CSV for spreadsheets, and as JSON that CallGap
//! opens again.

use serde::{Deserialize, Serialize};

use crate::currency::Currency;
use crate::model::{CostReport, Field, Period, Rep, Scenario};

/// The value of the `format` key that marks a CallGap scenario file.
pub const FILE_FORMAT: &str = "callgap-scenario";

/// The version of the scenario file this code writes.
pub const FILE_VERSION: u32 = 1;

/// Scenario files larger than this are not read.
pub const MAX_FILE_BYTES: usize = 2_000_000;

/// The figures of one period, written for the reader's information; opening a file ignores
/// them and computes afresh.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PeriodResults {
    /// The period's name.
    pub period: String,
    /// Missed dials.
    pub missed_dials: f64,
    /// Lost deals.
    pub lost_deals: f64,
    /// Lost revenue.
    pub lost_revenue: f64,
    /// Total cost of call reluctance.
    pub total_cost: f64,
}

/// A scenario file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ScenarioFile {
    /// Always [`FILE_FORMAT`].
    pub format: String,
    /// The file's version.
    pub version: u32,
    /// The scenario's name.
    pub name: String,
    /// The currency its money is in.
    pub currency: Currency,
    /// The inputs.
    pub scenario: Scenario,
    /// The per-rep rows.
    #[serde(default)]
    pub roster: Vec<Rep>,
    /// The results when the file was written.
    #[serde(default)]
    pub results: Vec<PeriodResults>,
}

/// Writes a scenario and its results as a JSON file.
#[must_use]
pub fn to_json(name: &str, currency: Currency, report: &CostReport, roster: &[Rep]) -> String {
    let file = ScenarioFile {
        format: FILE_FORMAT.to_string(),
        version: FILE_VERSION,
        name: name.to_string(),
        currency,
        scenario: report.scenario,
        roster: roster.to_vec(),
        results: Period::ALL
            .into_iter()
            .map(|period| {
                let figures = report.figures(period);
                PeriodResults {
                    period: period.name().to_string(),
                    missed_dials: figures.missed_calls,
                    lost_deals: figures.lost_deals,
                    lost_revenue: figures.lost_revenue,
                    total_cost: report.total(period).total,
                }
            })
            .collect(),
    };
    // serde_json documents two failures: a Serialize impl that fails, and a map with
    // non-string keys. This struct has neither.
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// Reads a scenario file written by [`to_json`].
///
/// # Errors
/// Returns a sentence for the user when the file is too large, is not JSON, is not a CallGap
/// scenario, comes from a newer version, or contains values out of range.
pub fn from_json(text: &str) -> Result<ScenarioFile, String> {
    if text.len() > MAX_FILE_BYTES {
        return Err("The file is larger than any scenario file CallGap writes.".to_string());
    }
    let mut file: ScenarioFile = serde_json::from_str(text).map_err(|error| {
        log::warn!("a scenario file was rejected: {error}");
        "The file is not a CallGap scenario file, or it is damaged. Open a file that \"Download JSON\" wrote.".to_string()
    })?;
    if file.format != FILE_FORMAT {
        return Err("The file is JSON, but not a CallGap scenario file.".to_string());
    }
    if file.version > FILE_VERSION {
        return Err(format!(
            "The file was written by a newer CallGap (version {}); this page reads version {FILE_VERSION}.",
            file.version
        ));
    }
    file.scenario
        .validate()
        .map_err(|error| format!("The file cannot be opened. {error}"))?;
    crate::model::roster::validate_reps(&file.roster)
        .map_err(|error| format!("The file cannot be opened: {error}"))?;
    file.name = crate::storage::clean_name(&file.name);
    Ok(file)
}

/// Writes the inputs and the results of every period as CSV, one value per row:
/// `kind,name,period,value`, where `kind` is `input` or `result`.
#[must_use]
pub fn to_csv(name: &str, currency: Currency, report: &CostReport) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let mut rows: Vec<[String; 4]> = vec![
        [
            "kind".into(),
            "name".into(),
            "period".into(),
            "value".into(),
        ],
        [
            "input".into(),
            "scenario".into(),
            String::new(),
            name.to_string(),
        ],
        [
            "input".into(),
            "currency".into(),
            String::new(),
            currency.code().to_string(),
        ],
        [
            "input".into(),
            "closed deals per dial (%)".into(),
            String::new(),
            report.calls_to_deal.percent().to_string(),
        ],
    ];
    for field in Field::ALL {
        let value = report
            .scenario
            .value(field)
            .map(|value| value.to_string())
            .unwrap_or_default();
        rows.push([
            "input".into(),
            field.name().to_string(),
            String::new(),
            value,
        ]);
    }
    for period in Period::ALL {
        let figures = report.figures(period);
        let total = report.total(period);
        let forecast = report.forecast(period);
        let results = [
            ("missed dials", figures.missed_calls),
            ("lost conversations", figures.lost_conversations),
            ("lost meetings", figures.lost_meetings),
            ("lost deals", figures.lost_deals),
            ("lost revenue", figures.lost_revenue),
            ("follow-up lost revenue", total.follow_up_lost_revenue),
            ("wasted lead spend", total.wasted_lead_spend),
            ("cost of delay", total.delay_cost),
            ("total cost", total.total),
            ("forecast overstatement", forecast.overstatement),
        ];
        for (result, value) in results {
            rows.push([
                "result".into(),
                result.to_string(),
                period.name().to_string(),
                value.to_string(),
            ]);
        }
    }
    for row in rows {
        // The writer is a Vec in memory, whose writes do not fail.
        let _ = writer.write_record(&row);
    }
    writer
        .into_inner()
        .ok()
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .unwrap_or_default()
}

/// Turns a scenario name into a file name: letters, digits and dashes only.
#[must_use]
pub fn file_name(name: &str, extension: &str) -> String {
    let stem: String = name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect::<String>()
        .split('-')
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let stem = if stem.is_empty() {
        "callgap-scenario".to_string()
    } else {
        stem
    };
    format!("{stem}.{extension}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report() -> CostReport {
        crate::model::worked_example().cost().expect("valid")
    }

    #[test]
    fn json_round_trip() {
        let roster = vec![Rep {
            name: "Ana".into(),
            target_calls: 100.0,
            actual_calls: 50.0,
            calls_to_deal: None,
        }];
        let text = to_json("Worked example", Currency::Eur, &report(), &roster);
        let file = from_json(&text).expect("reads back");
        assert_eq!(file.name, "Worked example");
        assert_eq!(file.currency, Currency::Eur);
        assert_eq!(file.scenario, report().scenario);
        assert_eq!(file.roster, roster);
        assert_eq!(file.results[0].period, "day");
        assert_eq!(file.results[0].lost_revenue, 62_500.0);
    }

    #[test]
    fn json_rejections_say_why() {
        assert!(from_json("not json")
            .expect_err("garbage")
            .contains("not a CallGap scenario file"));
        let other = r#"{"format":"other","version":1,"name":"x","currency":"USD","scenario":{}}"#;
        assert!(from_json(other)
            .expect_err("other format")
            .contains("not a CallGap scenario file"));
        let newer = r#"{"format":"callgap-scenario","version":9,"name":"x","currency":"USD","scenario":{}}"#;
        assert!(from_json(newer)
            .expect_err("newer")
            .contains("newer CallGap"));
        let bad = r#"{"format":"callgap-scenario","version":1,"name":"x","currency":"USD","scenario":{"reps":0}}"#;
        assert!(from_json(bad)
            .expect_err("out of range")
            .contains("number of reps"));
        assert!(from_json(&" ".repeat(MAX_FILE_BYTES + 1)).is_err());
    }

    #[test]
    fn json_rejections_are_plain() {
        let bad_roster = r#"{"format":"callgap-scenario","version":1,"name":"x","currency":"USD","scenario":{},
            "roster":[{"name":"Ana","target_calls":-50.0,"actual_calls":10.0,"calls_to_deal":null}]}"#;
        let message = from_json(bad_roster).expect_err("bad roster");
        assert!(
            message.contains("rep “Ana”: the target is not valid"),
            "{message}"
        );
        let wrong_type = r#"{"format":"callgap-scenario","version":1,"name":"x","currency":"XYZ","scenario":{}}"#;
        let message = from_json(wrong_type).expect_err("unknown currency");
        assert!(!message.contains("variant"), "{message}");
        let bad = r#"{"format":"callgap-scenario","version":1,"name":"x","currency":"USD","scenario":{"reps":0}}"#;
        let message = from_json(bad).expect_err("out of range");
        assert!(!message.contains(".."), "{message}");
        let unnamed = r#"{"format":"callgap-scenario","version":1,"name":"  ","currency":"USD","scenario":{}}"#;
        assert_eq!(from_json(unnamed).expect("opens").name, "Untitled scenario");
    }

    #[test]
    fn csv_has_inputs_and_results() {
        let text = to_csv("Plan \"A\", draft", Currency::Usd, &report());
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        let rows: Vec<csv::StringRecord> = reader
            .records()
            .map(|row| row.expect("valid CSV"))
            .collect();
        assert_eq!(&rows[0][3], "Plan \"A\", draft");
        let day_revenue = rows
            .iter()
            .find(|row| &row[1] == "lost revenue" && &row[2] == "day")
            .expect("day revenue row");
        assert_eq!(&day_revenue[3], "62500");
        assert_eq!(rows.iter().filter(|row| &row[0] == "result").count(), 50);
    }

    #[test]
    fn file_names_are_safe() {
        assert_eq!(
            file_name("Q3 push: 10 more calls!", "csv"),
            "q3-push-10-more-calls.csv"
        );
        assert_eq!(file_name("../../etc", "json"), "etc.json");
        assert_eq!(file_name("   ", "json"), "callgap-scenario.json");
    }
}
