//! Share links: every input of a scenario in the fragment of a URL, and back.
//!
//! A link looks like `#v=1&n=Team+A&cur=EUR&mode=funnel&t=80&a=52&…`: a version, an optional
//! name, the currency, the rate mode and one short key per field, with plain numbers as
//! values. It lives in the fragment, which browsers never send to a server, so opening a link
//! sends nothing the user typed anywhere. Decoding never fails as a whole: a missing, unknown
//! or invalid part is left at its default and reported in plain words.
//!
//! Version 1 is the only version so far. A link without a version, or with fields that a
//! later version added, still opens: what it lacks takes its default.

use crate::currency::Currency;
use crate::model::roster::MAX_REPS;
use crate::model::{
    format_plain_number, parse_number, Field, FieldRule, InputError, Rate, RateMode, Rep, Scenario,
    MAX_TEXT_CHARS,
};

/// The version this code writes.
pub const LINK_VERSION: u32 = 1;

/// Fragments longer than this are not read. Browsers keep far longer URLs, but no link this
/// code writes comes near it, so anything longer was not made by CallGap.
pub const MAX_LINK_CHARS: usize = 4_096;

/// Scenario names are cut to this many characters.
pub const MAX_NAME_CHARS: usize = 100;

/// A scenario as a link carries it.
#[derive(Clone, Debug, PartialEq)]
pub struct SharedScenario {
    /// The scenario's name, if the link gives one.
    pub name: Option<String>,
    /// The inputs.
    pub scenario: Scenario,
    /// The currency money is shown in.
    pub currency: Currency,
    /// The per-rep rows, or `None` for a link that carries no roster (older links, or a
    /// roster too long for a link).
    pub roster: Option<Vec<Rep>>,
}

/// The result of reading a link: the scenario and what could not be read.
#[derive(Clone, Debug, PartialEq)]
pub struct DecodedLink {
    /// The scenario, with defaults wherever the link had nothing usable.
    pub shared: SharedScenario,
    /// One plain sentence for each part of the link that was ignored.
    pub problems: Vec<String>,
}

/// Returns the short key a field has in a link.
#[must_use]
pub const fn field_key(field: Field) -> &'static str {
    match field {
        Field::TargetCalls => "t",
        Field::ActualCalls => "a",
        Field::ConversionRate => "cr",
        Field::DealSize => "ds",
        Field::Reps => "r",
        Field::WorkingDays => "wd",
        Field::ConnectRate => "fc",
        Field::MeetingRate => "fm",
        Field::WinRate => "fw",
        Field::GrossMargin => "gm",
        Field::AttemptsPerLead => "ap",
        Field::RecommendedAttempts => "ar",
        Field::ContactProbability => "aq",
        Field::FollowUpsDue => "fu",
        Field::FollowUpsMissed => "fx",
        Field::FollowUpsLost => "fd",
        Field::FollowUpsSlipped => "fs",
        Field::CycleDays => "cd",
        Field::ExtraCycleDays => "ce",
        Field::CostOfCapital => "cc",
        Field::CostPerLead => "cl",
        Field::RepAttrition => "ra",
        Field::ReplacementCost => "rc",
        Field::ForecastThreshold => "ft",
        Field::RevenueGoal => "g",
        Field::BenchmarkDials => "bd",
        Field::BenchmarkConnect => "bc",
        Field::BenchmarkUnanswered => "bu",
        Field::BenchmarkCallsToContact => "bf",
        Field::BenchmarkDaysToStage => "bs",
        Field::BenchmarkListeningMin => "bl",
        Field::BenchmarkListeningMax => "bh",
        Field::DaysToStage => "ts",
        Field::ListeningShare => "tl",
    }
}

/// Keys of a roster row in a link: each `pn` starts a row, and the keys after it fill it.
const REP_KEYS: [&str; 4] = ["pn", "pt", "pa", "pr"];

/// Writes a scenario as a URL fragment, without the leading `#`.
///
/// The roster goes in as well unless the link would then pass [`MAX_LINK_CHARS`]; in that
/// case the link carries no roster, and [`roster_fits_link`] reports that beforehand.
///
/// # Examples
/// ```
/// use callgap::currency::Currency;
/// use callgap::model::Scenario;
/// use callgap::share::{decode_link, encode_link, SharedScenario};
///
/// let shared = SharedScenario {
///     name: None,
///     scenario: Scenario::default(),
///     currency: Currency::Eur,
///     roster: Some(Vec::new()),
/// };
/// let link = encode_link(&shared);
/// assert!(link.starts_with("v=1&cur=EUR&mode=simple&t=80&a=52"));
/// assert_eq!(decode_link(&link).shared, shared);
/// ```
#[must_use]
pub fn encode_link(shared: &SharedScenario) -> String {
    let mut pairs = form_urlencoded::Serializer::new(String::new());
    pairs.append_pair("v", &LINK_VERSION.to_string());
    if let Some(name) = &shared.name {
        pairs.append_pair("n", name);
    }
    pairs.append_pair("cur", shared.currency.code());
    pairs.append_pair("mode", mode_name(shared.scenario.rate_mode));
    for field in Field::ALL {
        if let Some(value) = shared.scenario.value(field) {
            pairs.append_pair(field_key(field), &exact_number(value));
        }
    }
    let without_roster = pairs.finish();
    let Some(roster) = &shared.roster else {
        return without_roster;
    };
    let mut with_roster = form_urlencoded::Serializer::new(without_roster.clone());
    with_roster.append_pair("reps", &roster.len().to_string());
    for rep in roster {
        with_roster.append_pair(REP_KEYS[0], &rep.name);
        with_roster.append_pair(REP_KEYS[1], &exact_number(rep.target_calls));
        with_roster.append_pair(REP_KEYS[2], &exact_number(rep.actual_calls));
        let rate = rep
            .calls_to_deal
            .map(|rate| exact_number(rate.percent()))
            .unwrap_or_default();
        with_roster.append_pair(REP_KEYS[3], &rate);
    }
    let with_roster = with_roster.finish();
    if with_roster.chars().count() <= MAX_LINK_CHARS {
        with_roster
    } else {
        without_roster
    }
}

/// Returns whether the roster of `shared` fits in its link.
#[must_use]
pub fn roster_fits_link(shared: &SharedScenario) -> bool {
    shared.roster.is_none() || encode_link(shared).contains("reps=")
}

/// Reads a URL fragment, with or without its leading `#`, into a scenario.
///
/// Fields the link lacks keep their defaults silently, because an older link may predate
/// them. Everything the link contains but cannot be used is listed in `problems`.
#[must_use]
pub fn decode_link(fragment: &str) -> DecodedLink {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let mut shared = SharedScenario {
        name: None,
        scenario: Scenario::default(),
        currency: Currency::default(),
        roster: None,
    };
    let mut problems = Vec::new();
    let mut roster: Vec<(Rep, Vec<String>)> = Vec::new();

    if fragment.chars().count() > MAX_LINK_CHARS {
        problems.push(format!(
            "The link is longer than {MAX_LINK_CHARS} characters, so it was not read and the \
             default scenario is shown."
        ));
        return DecodedLink { shared, problems };
    }

    let mut fields: Vec<(Field, String)> = Vec::new();
    let mut mode = RateMode::Simple;
    for (key, value) in form_urlencoded::parse(fragment.as_bytes()) {
        match key.as_ref() {
            "v" => {
                if value
                    .parse::<u32>()
                    .map_or(true, |version| version > LINK_VERSION)
                {
                    problems.push(format!(
                        "The link has version {}, which this page does not know; it was read \
                         as version {LINK_VERSION}.",
                        shorten(&value)
                    ));
                }
            }
            "n" => shared.name = Some(value.chars().take(MAX_NAME_CHARS).collect()),
            "cur" => match Currency::from_code(&value) {
                Some(currency) => shared.currency = currency,
                None => problems.push(format!(
                    "The currency “{}” is not supported, so {} is used.",
                    shorten(&value),
                    shared.currency.code()
                )),
            },
            "reps" => {
                if shared.roster.is_none() {
                    shared.roster = Some(Vec::new());
                }
            }
            "pn" => {
                if roster.len() < MAX_REPS {
                    let name = value.chars().take(MAX_NAME_CHARS).collect();
                    let rep = Rep {
                        name,
                        target_calls: 0.0,
                        actual_calls: 0.0,
                        calls_to_deal: None,
                    };
                    roster.push((rep, Vec::new()));
                }
            }
            "pt" | "pa" | "pr" => match roster.last_mut() {
                Some((rep, rep_problems)) => read_rep_value(rep, rep_problems, &key, &value),
                None => problems.push(format!(
                    "The link part “{}” has no rep before it and was ignored.",
                    shorten(&key)
                )),
            },
            "mode" => match value.as_ref() {
                "simple" => mode = RateMode::Simple,
                "funnel" => mode = RateMode::Funnel,
                other => problems.push(format!(
                    "The rate mode “{}” is unknown, so the single rate is used.",
                    shorten(other)
                )),
            },
            other => match Field::ALL
                .into_iter()
                .find(|field| field_key(*field) == other)
            {
                Some(field) => fields.push((field, value.into_owned())),
                None => problems.push(format!(
                    "The link part “{}” is unknown and was ignored.",
                    shorten(other)
                )),
            },
        }
    }

    // A field whose partner comes later in the link (a range's upper end, say) may be
    // rejected against the partner's default, so a rejected field gets one more try.
    let mut pending = fields;
    let mut rejected = Vec::new();
    for _attempt in 0..2 {
        rejected.clear();
        for (field, text) in pending.drain(..) {
            if let Err(error) = apply_field(&mut shared.scenario, field, &text) {
                rejected.push((field, text, error));
            }
        }
        pending = rejected
            .iter()
            .map(|(field, text, _)| (*field, text.clone()))
            .collect();
    }
    for (field, _, error) in rejected {
        let default = Scenario::default()
            .value(field)
            .map_or_else(|| "empty".to_string(), format_plain_number);
        problems.push(format!(
            "The link's {} was not valid ({error}), so the default, {default}, is used.",
            field.name()
        ));
    }
    shared.scenario.rate_mode = mode;
    if !roster.is_empty() || shared.roster.is_some() {
        let mut reps = Vec::with_capacity(roster.len());
        for (rep, rep_problems) in roster {
            for problem in rep_problems {
                problems.push(format!(
                    "The link's rep “{}”: {problem}",
                    shorten(&rep.name)
                ));
            }
            reps.push(rep);
        }
        shared.roster = Some(reps);
    }

    DecodedLink { shared, problems }
}

/// Reads one number of a roster row from a link; an invalid one leaves 0 and is reported.
fn read_rep_value(rep: &mut Rep, problems: &mut Vec<String>, key: &str, value: &str) {
    let (field, slot): (Field, &str) = match key {
        "pt" => (Field::TargetCalls, "target"),
        "pa" => (Field::ActualCalls, "dials made"),
        _ => (Field::ConversionRate, "rate"),
    };
    if key == "pr" && value.is_empty() {
        rep.calls_to_deal = None;
        return;
    }
    match read_link_number(value, &field.rule()) {
        Ok(number) => match key {
            "pt" => rep.target_calls = number,
            "pa" => rep.actual_calls = number,
            _ => rep.calls_to_deal = Some(Rate::from_percent(number)),
        },
        Err(error) => {
            let fallback = if key == "pr" {
                "the team rate is used"
            } else {
                "0 is used"
            };
            problems.push(format!(
                "the {slot} was not valid ({error}), so {fallback}."
            ));
        }
    }
}

fn apply_field(scenario: &mut Scenario, field: Field, text: &str) -> Result<(), InputError> {
    if text.is_empty() && field.rule().optional {
        return scenario.set(field, None);
    }
    let value = read_link_number(text, &field.rule())?;
    scenario.set(field, Some(value))
}

/// Reads a number from a link: what [`exact_number`] writes, or what a person would type.
///
/// A value very close to zero is written as a plain decimal longer than a field accepts, so
/// such a decimal is read here without the field's length limit. Links are capped in length
/// before this.
fn read_link_number(text: &str, rule: &FieldRule) -> Result<f64, InputError> {
    let plain_decimal = text.chars().count() > MAX_TEXT_CHARS
        && text
            .bytes()
            .all(|byte| byte.is_ascii_digit() || byte == b'.')
        && text.bytes().filter(|byte| *byte == b'.').count() <= 1
        && text.bytes().any(|byte| byte.is_ascii_digit());
    if plain_decimal {
        if let Ok(value) = text.parse::<f64>() {
            return rule.check(value);
        }
    }
    parse_number(text, rule)
}

const fn mode_name(mode: RateMode) -> &'static str {
    match mode {
        RateMode::Simple => "simple",
        RateMode::Funnel => "funnel",
    }
}

/// Writes a number so that reading it back gives the same `f64`: Rust's shortest
/// round-trip form, with no grouping.
fn exact_number(value: f64) -> String {
    format!("{value}")
}

/// Cuts a piece of a link for a message, so a huge or hostile value cannot flood the page.
fn shorten(text: &str) -> String {
    const MAX: usize = 24;
    if text.chars().count() <= MAX {
        text.to_string()
    } else {
        let head: String = text.chars().take(MAX).collect();
        format!("{head}…")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Rate;

    fn every_field_changed() -> Scenario {
        let mut scenario = Scenario::default();
        for (index, field) in Field::ALL.into_iter().enumerate() {
            let rule = field.rule();
            let value = if rule.whole {
                rule.min + 1.0
            } else {
                rule.min + 0.37 + index as f64 / 7.0
            };
            let value = value.min(rule.max);
            // Ranges that must stay ordered or summed keep their defaults.
            let _ = scenario.set(field, Some(value));
        }
        scenario.rate_mode = RateMode::Funnel;
        scenario
    }

    #[test]
    fn tiny_value_round_trips() {
        let mut scenario = Scenario::default();
        scenario
            .set(Field::DealSize, Some(1.000_000_000_000_000_1e-47))
            .expect("a tiny deal size is in range");
        let shared = SharedScenario {
            name: None,
            scenario,
            currency: Currency::Usd,
            roster: None,
        };
        let link = encode_link(&shared);
        let written = exact_number(scenario.deal_size);
        assert!(written.chars().count() > MAX_TEXT_CHARS, "{written}");

        let decoded = decode_link(&link);
        assert!(decoded.problems.is_empty(), "{:?}", decoded.problems);
        assert_eq!(decoded.shared.scenario.deal_size, scenario.deal_size);
    }

    #[test]
    fn round_trip_every_field() {
        let shared = SharedScenario {
            name: Some("Q3 push & more = 10%".to_string()),
            scenario: every_field_changed(),
            currency: Currency::Gbp,
            roster: Some(vec![
                Rep {
                    name: "Ana & Bo=1".into(),
                    target_calls: 80.0,
                    actual_calls: 41.5,
                    calls_to_deal: Some(Rate::from_percent(3.25)),
                },
                Rep {
                    name: "Cy".into(),
                    target_calls: 60.0,
                    actual_calls: 70.0,
                    calls_to_deal: None,
                },
            ]),
        };
        let link = encode_link(&shared);
        let decoded = decode_link(&format!("#{link}"));
        assert_eq!(decoded.problems, Vec::<String>::new());
        assert_eq!(decoded.shared, shared);
        for field in Field::ALL {
            assert_eq!(
                decoded.shared.scenario.value(field),
                shared.scenario.value(field),
                "{field:?}"
            );
        }
    }

    #[test]
    fn keys_are_unique() {
        let mut keys: Vec<&str> = Field::ALL.into_iter().map(field_key).collect();
        keys.extend(["v", "n", "cur", "mode", "reps"]);
        keys.extend(REP_KEYS);
        let count = keys.len();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), count);
    }

    #[test]
    fn old_link_with_core_fields_opens() {
        let decoded = decode_link("t=100&a=50&cr=5&ds=25000&r=1&wd=21");
        assert!(decoded.problems.is_empty(), "{:?}", decoded.problems);
        let scenario = decoded.shared.scenario;
        assert_eq!(scenario.target_calls, 100.0);
        assert_eq!(scenario.deal_size, 25_000.0);
        assert_eq!(scenario.cycle, Scenario::default().cycle);
    }

    #[test]
    fn bad_and_unknown_parts_are_reported() {
        let decoded = decode_link("v=1&t=abc&ds=-5&zz=1&cur=XYZ&mode=spiral&r=3");
        let scenario = decoded.shared.scenario;
        assert_eq!(scenario.target_calls, Scenario::default().target_calls);
        assert_eq!(scenario.deal_size, Scenario::default().deal_size);
        assert_eq!(scenario.reps, 3);
        assert_eq!(decoded.shared.currency, Currency::Usd);
        let problems = decoded.problems.join("\n");
        assert!(
            problems.contains("target dials per rep per day was not valid"),
            "{problems}"
        );
        assert!(
            problems.contains("average deal size was not valid"),
            "{problems}"
        );
        assert!(problems.contains("“zz” is unknown"), "{problems}");
        assert!(problems.contains("“XYZ” is not supported"), "{problems}");
        assert!(problems.contains("“spiral” is unknown"), "{problems}");
        assert_eq!(decoded.problems.len(), 5);
    }

    #[test]
    fn garbage_opens_defaults() {
        for garbage in [
            "",
            "#",
            "&&&",
            "%zz%",
            "=====",
            "t",
            "\u{0}\u{1}",
            "<script>alert(1)</script>",
        ] {
            let decoded = decode_link(garbage);
            assert_eq!(decoded.shared.scenario, Scenario::default(), "{garbage:?}");
        }
    }

    #[test]
    fn oversize_link_is_not_read() {
        let link = format!("t=100&n={}", "x".repeat(MAX_LINK_CHARS));
        let decoded = decode_link(&link);
        assert_eq!(decoded.shared.scenario, Scenario::default());
        assert_eq!(decoded.problems.len(), 1);
        assert!(decoded.problems[0].contains("longer than"));
    }

    #[test]
    fn name_is_cut_and_kept_as_text() {
        let name = format!("<b>{}</b>", "y".repeat(200));
        let link = encode_link(&SharedScenario {
            name: Some(name.clone()),
            scenario: Scenario::default(),
            currency: Currency::Usd,
            roster: None,
        });
        let decoded = decode_link(&link);
        let kept = decoded.shared.name.expect("name");
        assert_eq!(kept.chars().count(), MAX_NAME_CHARS);
        assert!(kept.starts_with("<b>yyy"));
    }

    #[test]
    fn newer_version_is_read_with_warning() {
        let decoded = decode_link("v=7&t=90");
        assert_eq!(decoded.shared.scenario.target_calls, 90.0);
        assert_eq!(decoded.problems.len(), 1);
        assert!(decoded.problems[0].contains("version 7"));
    }

    #[test]
    fn long_roster_is_left_out_of_link() {
        let rep = |index: usize| Rep {
            name: format!("Representative number {index}"),
            target_calls: 80.0,
            actual_calls: 55.5,
            calls_to_deal: Some(Rate::from_percent(2.5)),
        };
        let mut shared = SharedScenario {
            name: None,
            scenario: Scenario::default(),
            currency: Currency::Usd,
            roster: Some((0..10).map(rep).collect()),
        };
        assert!(roster_fits_link(&shared));
        assert_eq!(
            decode_link(&encode_link(&shared))
                .shared
                .roster
                .map(|reps| reps.len()),
            Some(10)
        );
        shared.roster = Some((0..200).map(rep).collect());
        assert!(!roster_fits_link(&shared));
        let link = encode_link(&shared);
        assert!(link.chars().count() <= MAX_LINK_CHARS);
        assert_eq!(decode_link(&link).shared.roster, None);
    }

    #[test]
    fn bad_rep_values_are_reported() {
        let decoded = decode_link("reps=2&pn=Ana&pt=80&pa=lots&pr=&pn=Bo&pt=-1&pa=5&pr=4&pt=9");
        let roster = decoded.shared.roster.expect("roster");
        assert_eq!(roster.len(), 2);
        assert_eq!(roster[0].actual_calls, 0.0);
        assert_eq!(
            roster[1].target_calls, 9.0,
            "a later value for the same rep wins"
        );
        assert_eq!(roster[1].calls_to_deal, Some(Rate::from_percent(4.0)));
        let problems = decoded.problems.join("\n");
        assert!(
            problems.contains("rep “Ana”: the dials made was not valid"),
            "{problems}"
        );
        assert!(
            problems.contains("rep “Bo”: the target was not valid"),
            "{problems}"
        );
        let stray = decode_link("pa=5");
        assert!(stray.problems[0].contains("has no rep before it"));
    }

    #[test]
    fn optional_field_can_be_empty() {
        let given = decode_link("gm=40");
        assert_eq!(
            given.shared.scenario.gross_margin,
            Some(Rate::from_percent(40.0))
        );
        let empty = decode_link("gm=");
        assert_eq!(empty.shared.scenario.gross_margin, None);
        assert!(empty.problems.is_empty());
    }

    #[test]
    fn range_ends_in_any_order() {
        // The lower end above the default upper end of 80 must wait for the link's own upper end.
        let decoded = decode_link("bl=85&bh=95");
        assert!(decoded.problems.is_empty(), "{:?}", decoded.problems);
        assert_eq!(
            decoded.shared.scenario.scorecard.listening_min.percent(),
            85.0
        );
        assert_eq!(
            decoded.shared.scenario.scorecard.listening_max.percent(),
            95.0
        );
    }
}
