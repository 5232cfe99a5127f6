//! Importing a call log into the roster: paste or pick a CSV, confirm the columns, watch
//! the progress, read the rows that failed, and confirm before existing figures change.

use std::rc::Rc;
use std::time::Duration;

use wasm_bindgen_futures::JsFuture;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::platform::{spawn_local, time::sleep};
use yew::prelude::*;

use crate::call_log::{
    merge_into_roster, read_headers, reps_left_out, Import, ImportSummary, Mapping, Role,
};
use crate::format::format_count;
use crate::state::{Calculator, CalculatorAction};

/// Rows read between two checks of the clock.
const ROWS_PER_STEP: usize = 1_000;

/// Milliseconds the import reads before it pauses to let the page paint and respond. It is
/// most of a 60 Hz frame, because each pause costs a frame's drawing.
const MS_PER_SLICE: f64 = 12.0;

/// The step the import is at.
#[derive(Clone, PartialEq)]
enum Stage {
    Idle,
    Mapping {
        text: Rc<String>,
        headers: Rc<Vec<String>>,
        mapping: Mapping,
    },
    Running {
        rows: u64,
        progress: f64,
    },
    Review {
        summary: Rc<ImportSummary>,
        replaced: Rc<Vec<String>>,
        left_out: usize,
    },
    Done {
        summary: Rc<ImportSummary>,
        applied: bool,
        left_out: usize,
    },
    Failed(String),
}

/// Properties of [`CallLogImport`].
#[derive(Properties, PartialEq)]
pub struct CallLogImportProps {
    /// The calculator whose roster the import fills.
    pub calculator: UseReducerHandle<Calculator>,
}

/// Reads a CSV call log into the roster's dials per day and rates.
#[function_component(CallLogImport)]
pub fn call_log_import(props: &CallLogImportProps) -> Html {
    let stage = use_state(|| Stage::Idle);
    // The pasted text is read from the element when needed rather than kept in state: a log
    // can be megabytes, and state would copy it on every render of the roster.
    let text_ref = use_node_ref();

    // Megabytes of pasted text are laid out and painted again whenever the section around
    // them changes: with 100,000 rows, each progress update took about 50 ms instead of 5 in
    // headless Chromium. So the box is hidden while the import runs and emptied once the rows
    // are in the roster. After a cancelled import the text is still there.
    let running = matches!(*stage, Stage::Running { .. });
    let applied = matches!(*stage, Stage::Done { applied: true, .. });
    {
        let text_ref = text_ref.clone();
        use_effect_with(applied, move |applied| {
            if let (true, Some(area)) = (*applied, text_ref.cast::<HtmlTextAreaElement>()) {
                area.set_value("");
            }
        });
    }

    let on_file = {
        let stage = stage.clone();
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            let stage = stage.clone();
            spawn_local(async move {
                match JsFuture::from(file.text())
                    .await
                    .ok()
                    .and_then(|text| text.as_string())
                {
                    Some(text) => stage.set(read_columns(text)),
                    None => {
                        log::warn!("reading the picked call log failed");
                        stage.set(Stage::Failed(
                            "The file could not be read as text.".to_string(),
                        ));
                    }
                }
            });
        })
    };

    let on_read = {
        let stage = stage.clone();
        let text_ref = text_ref.clone();
        Callback::from(move |_: MouseEvent| {
            let text = text_ref
                .cast::<HtmlTextAreaElement>()
                .map(|area| area.value())
                .unwrap_or_default();
            stage.set(read_columns(text));
        })
    };

    let body = match &*stage {
        Stage::Idle | Stage::Failed(_) => html! {},
        Stage::Mapping {
            text,
            headers,
            mapping,
        } => view_mapping(&stage, &props.calculator, text, headers, mapping),
        Stage::Running { rows, progress } => html! {
            <div class="import-progress">
                <label for="import-progress">{ "Importing" }</label>
                <progress id="import-progress" max="1" value={progress.to_string()}></progress>
                <p role="status">{ format!("{} rows read", format_count(*rows as f64, 0)) }</p>
            </div>
        },
        Stage::Review {
            summary,
            replaced,
            left_out,
        } => view_review(&stage, &props.calculator, summary, replaced, *left_out),
        Stage::Done {
            summary,
            applied,
            left_out,
        } => html! {
            <div data-testid="import-result">
                <p role="status">
                    if *applied {
                        { format!(
                            "Imported {} from {}.",
                            plural(summary.reps.len() as u64, "rep", "reps"),
                            plural(summary.rows_read, "row", "rows"),
                        ) }
                        if *left_out > 0 {
                            { format!(
                                " The roster holds at most {} reps, so {} were left out.",
                                format_count(crate::model::roster::MAX_REPS as f64, 0),
                                format_count(*left_out as f64, 0),
                            ) }
                        }
                    } else {
                        { "The import was cancelled; the roster is unchanged." }
                    }
                </p>
                { view_bad_rows(summary) }
            </div>
        },
    };

    html! {
        <details class="call-log" open={!matches!(*stage, Stage::Idle)}>
            <summary>{ "Import a call log (CSV)" }</summary>
            <p class="group-note">
                { "One row per rep per day with counts, or one row per call. The file stays in this browser." }
            </p>
            <div class="field">
                <label for="call-log-file">{ "Pick a CSV file" }</label>
                <input id="call-log-file" type="file" accept=".csv,text/csv,text/plain" onchange={on_file} />
            </div>
            <div class="field" hidden={running}>
                <label for="call-log-text">{ "Or paste its contents" }</label>
                <textarea id="call-log-text" rows="4" spellcheck="false" ref={text_ref} />
            </div>
            <button type="button" data-testid="read-columns" onclick={on_read}>{ "Read columns" }</button>
            if let Stage::Failed(message) = &*stage {
                <p class="field-error" role="alert">{ message }</p>
            }
            { body }
        </details>
    }
}

/// Writes a count with its noun, grouped by the locale: "1 rep", "1,200 reps".
fn plural(count: u64, one: &str, many: &str) -> String {
    format!(
        "{} {}",
        format_count(count as f64, 0),
        if count == 1 { one } else { many }
    )
}

/// Ends a reason with exactly one full stop.
fn sentence(reason: &str) -> String {
    format!("{}.", reason.trim_end_matches('.'))
}

fn read_columns(text: String) -> Stage {
    match read_headers(&text) {
        Ok((headers, mapping)) => Stage::Mapping {
            text: Rc::new(text),
            headers: Rc::new(headers),
            mapping,
        },
        Err(message) => Stage::Failed(message),
    }
}

fn view_mapping(
    stage: &UseStateHandle<Stage>,
    calculator: &UseReducerHandle<Calculator>,
    text: &Rc<String>,
    headers: &Rc<Vec<String>>,
    mapping: &Mapping,
) -> Html {
    let on_import = {
        let stage = stage.clone();
        let calculator = calculator.clone();
        let text = text.clone();
        let mapping = mapping.clone();
        Callback::from(move |_: MouseEvent| {
            run_import(
                stage.clone(),
                calculator.clone(),
                (*text).clone(),
                mapping.clone(),
            )
        })
    };
    let problem = mapping.problem();

    html! {
        <div class="import-mapping">
            <p>{ "Check which column holds what, then import." }</p>
            { for Role::ALL.into_iter().map(|role| {
                let id = format!("map-{}", role.label().to_lowercase().replace(' ', "-"));
                let onchange = {
                    let stage = stage.clone();
                    let text = text.clone();
                    let headers = headers.clone();
                    let mapping = mapping.clone();
                    Callback::from(move |event: Event| {
                        let value = event.target_unchecked_into::<HtmlSelectElement>().value();
                        let mut mapping = mapping.clone();
                        match value.parse::<usize>() {
                            Ok(column) => mapping.columns.insert(role, column),
                            Err(_) => mapping.columns.remove(&role),
                        };
                        stage.set(Stage::Mapping { text: text.clone(), headers: headers.clone(), mapping });
                    })
                };
                let selected = mapping.column(role);
                html! {
                    <div class="field mapping-field">
                        <label for={id.clone()}>{ role.label() }</label>
                        <select id={id} {onchange}>
                            <option value="" selected={selected.is_none()}>{ "— not in the file —" }</option>
                            { for headers.iter().enumerate().map(|(column, header)| html! {
                                <option value={column.to_string()} selected={selected == Some(column)}>{ header }</option>
                            }) }
                        </select>
                    </div>
                }
            }) }
            if let Some(problem) = problem {
                <p class="field-error">{ problem }</p>
            }
            <button type="button" data-testid="start-import" disabled={problem.is_some()} onclick={on_import}>{ "Import" }</button>
        </div>
    }
}

fn run_import(
    stage: UseStateHandle<Stage>,
    calculator: UseReducerHandle<Calculator>,
    text: String,
    mapping: Mapping,
) {
    let mut import = match Import::start(text, mapping) {
        Ok(import) => import,
        Err(message) => return stage.set(Stage::Failed(message)),
    };
    stage.set(Stage::Running {
        rows: 0,
        progress: 0.0,
    });
    spawn_local(async move {
        loop {
            let slice_started = js_sys::Date::now();
            let mut done = import.step(ROWS_PER_STEP);
            while !done && js_sys::Date::now() - slice_started < MS_PER_SLICE {
                done = import.step(ROWS_PER_STEP);
            }
            if done {
                break;
            }
            stage.set(Stage::Running {
                rows: import.rows_read(),
                progress: import.progress(),
            });
            // A zero-length timer hands control back to the browser, which paints and handles
            // input before the next batch.
            sleep(Duration::ZERO).await;
        }
        let summary = import.finish();
        if summary.bad_row_count > 0 {
            log::info!(
                "call log import: {} of {} rows rejected",
                summary.bad_row_count,
                summary.rows_read
            );
        }
        // The handle contains the roster as it was when the import started. The merge itself
        // runs in the reducer on the roster as it is then, so edits made meanwhile stay.
        let roster = calculator.roster().reps();
        let (_, replaced) =
            merge_into_roster(&roster, &summary.reps, calculator.scenario().target_calls);
        let left_out = reps_left_out(&roster, &summary.reps);
        if replaced.is_empty() {
            calculator.dispatch(CalculatorAction::MergeCallLog(summary.reps.clone()));
            stage.set(Stage::Done {
                summary: Rc::new(summary),
                applied: true,
                left_out,
            });
        } else {
            stage.set(Stage::Review {
                summary: Rc::new(summary),
                replaced: Rc::new(replaced),
                left_out,
            });
        }
    });
}

fn view_review(
    stage: &UseStateHandle<Stage>,
    calculator: &UseReducerHandle<Calculator>,
    summary: &Rc<ImportSummary>,
    replaced: &Rc<Vec<String>>,
    left_out: usize,
) -> Html {
    let on_confirm = {
        let stage = stage.clone();
        let calculator = calculator.dispatcher();
        let summary = summary.clone();
        Callback::from(move |_: MouseEvent| {
            calculator.dispatch(CalculatorAction::MergeCallLog(summary.reps.clone()));
            stage.set(Stage::Done {
                summary: summary.clone(),
                applied: true,
                left_out,
            });
        })
    };
    let on_cancel = {
        let stage = stage.clone();
        let summary = summary.clone();
        Callback::from(move |_: MouseEvent| {
            stage.set(Stage::Done {
                summary: summary.clone(),
                applied: false,
                left_out: 0,
            })
        })
    };
    html! {
        <div class="import-review" role="alertdialog" aria-labelledby="import-review-title">
            <p id="import-review-title">
                { format!(
                    "The log has new figures for {} reps already in the roster: {}. Replace their dials per day and rates?",
                    replaced.len(),
                    replaced.join(", "),
                ) }
            </p>
            <button type="button" data-testid="confirm-import" onclick={on_confirm}>{ "Replace" }</button>
            { " " }
            <button type="button" data-testid="cancel-import" onclick={on_cancel}>{ "Keep the roster as it is" }</button>
            { view_bad_rows(summary) }
        </div>
    }
}

fn view_bad_rows(summary: &ImportSummary) -> Html {
    if summary.bad_row_count == 0 {
        return html! {};
    }
    let unlisted = summary.bad_row_count - summary.bad_rows.len() as u64;
    html! {
        <div class="bad-rows" data-testid="bad-rows">
            <p>{ format!(
                "{} could not be read and {} left out:",
                plural(summary.bad_row_count, "row", "rows"),
                if summary.bad_row_count == 1 { "was" } else { "were" },
            ) }</p>
            <ul>
                { for summary.bad_rows.iter().map(|row| html! { <li>{ format!("Line {}: {}", row.line, sentence(&row.reason)) }</li> }) }
            </ul>
            if unlisted > 0 {
                <p>{ format!("and {unlisted} more.") }</p>
            }
        </div>
    }
}
