//! Keeps the URL's fragment in step with the calculator, and opens the scenario a link or
//! the Back and Forward buttons bring.

use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use js_sys::{Object, Reflect};
use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::library_state::{LibraryAction, LibraryState, LinkNotice};
use crate::share::{decode_link, encode_link, SharedScenario};
use crate::state::{Calculator, CalculatorAction, HistoryStep};

fn current_fragment() -> String {
    web_sys::window()
        .and_then(|window| window.location().hash().ok())
        .unwrap_or_default()
}

/// The key, in a history entry's state, that marks an entry this page wrote.
const OWN_ENTRY: &str = "callgap";
/// The key, in a history entry's state, of the saved scenario open in that entry.
const OPEN_ID: &str = "open";

/// Reads the history entry's state: whether this page wrote it, and the scenario then open.
fn entry_state() -> (bool, Option<u64>) {
    let state = web_sys::window()
        .and_then(|window| window.history().ok())
        .and_then(|history| history.state().ok())
        .unwrap_or(JsValue::NULL);
    if !state.is_object() {
        return (false, None);
    }
    let own =
        Reflect::get(&state, &JsValue::from_str(OWN_ENTRY)).is_ok_and(|value| value.is_truthy());
    let open = Reflect::get(&state, &JsValue::from_str(OPEN_ID))
        .ok()
        .and_then(|value| value.as_f64())
        // Ids are small whole numbers that this page wrote itself.
        .map(|id| id as u64);
    (own, open)
}

fn entry_state_value(open_id: Option<u64>) -> JsValue {
    let state = Object::new();
    let _ = Reflect::set(&state, &JsValue::from_str(OWN_ENTRY), &JsValue::TRUE);
    if let Some(id) = open_id {
        let _ = Reflect::set(
            &state,
            &JsValue::from_str(OPEN_ID),
            &JsValue::from_f64(id as f64),
        );
    }
    state.into()
}

fn load_fragment(calculator: &UseReducerDispatcher<Calculator>, fragment: &str) -> Vec<String> {
    let decoded = decode_link(fragment);
    calculator.dispatch(CalculatorAction::Load {
        scenario: Box::new(decoded.shared.scenario),
        currency: decoded.shared.currency,
        from_history: true,
        roster: decoded.shared.roster,
    });
    if !decoded.problems.is_empty() {
        // The problems quote the link, which the user wrote, so only their number is logged.
        log::warn!("{} parts of the link were ignored", decoded.problems.len());
    }
    decoded.problems
}

/// Opens the scenario in the URL at start-up and keeps the URL up to date afterwards.
///
/// Typing replaces the current history entry; deliberate actions add one, so Back steps
/// through them. Back and Forward load the scenario of the entry they reach.
#[hook]
pub fn use_share_link(
    calculator: &UseReducerHandle<Calculator>,
    library: &UseReducerHandle<LibraryState>,
) {
    {
        let calculator = calculator.dispatcher();
        let library = library.dispatcher();
        use_effect_with((), move |()| {
            let fragment = current_fragment();
            if fragment.len() > 1 {
                let name = decode_link(&fragment).shared.name;
                let problems = load_fragment(&calculator, &fragment);
                // A reload of the page's own entry is the user's work, not a link from someone.
                match entry_state() {
                    (true, Some(id)) => library.dispatch(LibraryAction::MarkOpen(id)),
                    (true, None) => {}
                    (false, _) => {
                        library.dispatch(LibraryAction::LinkOpened(LinkNotice { name, problems }))
                    }
                }
            }
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "popstate", move |_| {
                    let fragment = current_fragment();
                    let problems = load_fragment(&calculator, &fragment);
                    match entry_state() {
                        (true, Some(id)) => library.dispatch(LibraryAction::MarkOpen(id)),
                        (true, None) => {}
                        // A fragment typed or pasted into the address bar of an open tab is a
                        // new link, and what it could not use is shown as for any link.
                        (false, _) => {
                            let name = decode_link(&fragment).shared.name;
                            library
                                .dispatch(LibraryAction::LinkOpened(LinkNotice { name, problems }));
                        }
                    }
                })
            });
            move || drop(listener)
        });
    }

    let name = library
        .open_id
        .and_then(|id| library.get(id))
        .map(|saved| saved.name.clone())
        .or_else(|| library.link.as_ref().and_then(|link| link.name.clone()));
    let shared = SharedScenario {
        name,
        scenario: *calculator.scenario(),
        currency: calculator.currency(),
        roster: Some(calculator.roster().reps()),
    };
    let step = calculator.history_step();
    // The address write waiting for a pause in typing: its timer and what it would write.
    let pending = use_mut_ref(|| None::<(Timeout, String, Option<u64>)>);
    use_effect_with(
        (shared, step, library.open_id),
        move |(shared, step, open_id)| {
            let fragment = format!("#{}", encode_link(shared));
            let (step, open_id) = (*step, *open_id);
            // Dropping the timer cancels it. A deliberate step first writes the typing before it,
            // so that Back returns to what was typed.
            if let Some((_timer, typed, typed_open_id)) = pending.borrow_mut().take() {
                if step != HistoryStep::Replace {
                    write_fragment(&typed, HistoryStep::Replace, typed_open_id);
                }
            }
            if step == HistoryStep::Replace {
                let waiting = pending.clone();
                let (later, later_open_id) = (fragment.clone(), open_id);
                let timer = Timeout::new(TYPING_PAUSE_MS, move || {
                    waiting.borrow_mut().take();
                    write_fragment(&later, HistoryStep::Replace, later_open_id);
                });
                *pending.borrow_mut() = Some((timer, fragment, open_id));
            } else {
                write_fragment(&fragment, step, open_id);
            }
        },
    );
}

/// Milliseconds without typing after which the address follows the form. Writing on every
/// keystroke cost about 5 ms each in Chromium 156 with a 200-rep roster on the page.
const TYPING_PAUSE_MS: u32 = 300;

fn write_fragment(fragment: &str, step: HistoryStep, open_id: Option<u64>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let current = current_fragment();
    // A visit without a link keeps a clean address until the user changes something.
    let unchanged = current == fragment && entry_state() == (true, open_id);
    if unchanged || (step == HistoryStep::Keep && current.is_empty()) {
        return;
    }
    let Ok(history) = window.history() else {
        return;
    };
    let state = entry_state_value(open_id);
    let written = match step {
        HistoryStep::Push if current != fragment => {
            history.push_state_with_url(&state, "", Some(fragment))
        }
        HistoryStep::Push | HistoryStep::Replace | HistoryStep::Keep => {
            history.replace_state_with_url(&state, "", Some(fragment))
        }
    };
    if written.is_err() {
        log::warn!("updating the address bar failed");
    }
}
