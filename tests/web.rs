//! Component tests in headless Chromium: mount the app, type into its inputs as the browser
//! reports typing, and read what it renders.
#![cfg(target_arch = "wasm32")]

use callgap::App;
use js_sys::{Array, Intl};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, Event, EventInit, HtmlInputElement, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

/// A mounted copy of the app in its own root element, removed when dropped.
struct Mounted {
    root: Element,
}

impl Mounted {
    async fn new() -> Self {
        reset_page();
        let document = gloo_document();
        let root = document
            .create_element("div")
            .expect("create a root element");
        document
            .body()
            .expect("page body")
            .append_child(&root)
            .expect("attach the root");
        yew::Renderer::<App>::with_root(root.clone()).render();
        yew::scheduler::flush().await;
        // Everything below the headline figures is drawn once the first render is painted.
        for _ in 0..200 {
            if root
                .query_selector("[data-testid=\"roster\"]")
                .expect("valid selector")
                .is_some()
            {
                break;
            }
            yew::platform::time::sleep(std::time::Duration::from_millis(10)).await;
            yew::scheduler::flush().await;
        }
        Self { root }
    }

    fn find(&self, selector: &str) -> Element {
        self.root
            .query_selector(selector)
            .expect("valid selector")
            .unwrap_or_else(|| panic!("nothing matches {selector}"))
    }

    fn has(&self, selector: &str) -> bool {
        self.root
            .query_selector(selector)
            .expect("valid selector")
            .is_some()
    }

    /// Sets a field's text and fires the bubbling `input` event a keystroke would.
    async fn type_into(&self, field_id: &str, text: &str) {
        let input: HtmlInputElement = self.find(&format!("#{field_id}")).unchecked_into();
        input.set_value(text);
        fire(&input, "input").await;
    }

    async fn enter(&self, values: &[(&str, &str)]) {
        for (field_id, text) in values {
            self.type_into(field_id, text).await;
        }
    }

    fn text(&self, test_id: &str) -> String {
        self.find(&format!("[data-testid=\"{test_id}\"]"))
            .text_content()
            .unwrap_or_default()
            .trim()
            .to_string()
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.root.remove();
    }
}

/// Clears what an earlier test left in the shared page: the link in the address and the
/// saved scenarios, both of which the app reads when it mounts.
fn reset_page() {
    let window = web_sys::window().expect("a browser window");
    let path = window.location().pathname().expect("a page path");
    window
        .history()
        .expect("browser history")
        .replace_state_with_url(&JsValue::NULL, "", Some(&path))
        .expect("reset the address");
    if let Some(storage) = window.local_storage().ok().flatten() {
        storage.clear().expect("clear localStorage");
    }
}

fn gloo_document() -> web_sys::Document {
    web_sys::window()
        .and_then(|window| window.document())
        .expect("a browser document")
}

async fn fire(target: &web_sys::EventTarget, kind: &str) {
    let init = EventInit::new();
    init.set_bubbles(true);
    let event = Event::new_with_event_init_dict(kind, &init).expect("create event");
    target.dispatch_event(&event).expect("dispatch event");
    yew::scheduler::flush().await;
    // The formulas, charts and detailed report follow a change one browser task later.
    yew::platform::time::sleep(std::time::Duration::ZERO).await;
    yew::scheduler::flush().await;
}

/// Formats with the browser's own `Intl.NumberFormat`, built here apart from the app's code,
/// so the tests pass in any locale the browser runs in.
fn browser_format(value: f64, options: &[(&str, JsValue)]) -> String {
    let object = js_sys::Object::new();
    for (key, option) in options {
        js_sys::Reflect::set(&object, &JsValue::from_str(key), option).expect("set option");
    }
    let format = Intl::NumberFormat::new(&Array::new(), &object).format();
    format
        .call1(&JsValue::UNDEFINED, &JsValue::from_f64(value))
        .expect("format")
        .as_string()
        .expect("text")
}

fn whole_money(value: f64, currency: &str) -> String {
    browser_format(
        value,
        &[
            ("style", "currency".into()),
            ("currency", currency.into()),
            ("minimumFractionDigits", 0.into()),
            ("maximumFractionDigits", 0.into()),
        ],
    )
}

fn count(value: f64) -> String {
    browser_format(value, &[("maximumFractionDigits", 1.into())])
}

const WORKED_EXAMPLE: [(&str, &str); 6] = [
    ("target-calls", "100"),
    ("actual-calls", "50"),
    ("conversion-rate", "5"),
    ("deal-size", "25,000"),
    ("reps", "1"),
    ("working-days", "21"),
];

#[wasm_bindgen_test]
async fn worked_example_shows_figures() {
    let app = Mounted::new().await;
    app.enter(&WORKED_EXAMPLE).await;

    assert_eq!(app.text("missed-calls"), count(50.0));
    assert_eq!(app.text("lost-deals"), count(2.5));
    assert_eq!(app.text("lost-revenue"), whole_money(62_500.0, "USD"));
    assert_eq!(
        app.text("lost-revenue-month"),
        whole_money(1_312_500.0, "USD")
    );
    assert_eq!(
        app.text("lost-revenue-year"),
        whole_money(15_750_000.0, "USD")
    );
    assert_eq!(app.text("total-cost"), whole_money(15_750_000.0, "USD"));
}

#[wasm_bindgen_test]
async fn every_keystroke_updates_results() {
    let app = Mounted::new().await;
    app.enter(&WORKED_EXAMPLE).await;

    // Typing "60" passes through "6" on the way; each step must show its own figures.
    app.type_into("actual-calls", "6").await;
    assert_eq!(app.text("missed-calls"), count(94.0));
    app.type_into("actual-calls", "60").await;
    assert_eq!(app.text("missed-calls"), count(40.0));
}

#[wasm_bindgen_test]
async fn invalid_text_shows_message_and_keeps_figures() {
    let app = Mounted::new().await;
    app.enter(&WORKED_EXAMPLE).await;
    app.type_into("deal-size", "abc").await;

    let input = app.find("#deal-size");
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    let described_by = input.get_attribute("aria-describedby").unwrap_or_default();
    assert!(
        described_by.contains("deal-size-error"),
        "aria-describedby is {described_by:?}"
    );
    let message = app
        .find("#deal-size-error")
        .text_content()
        .unwrap_or_default();
    assert!(message.contains("not a number"), "message was {message:?}");
    assert!(
        message.contains("25k"),
        "message should say what is accepted: {message:?}"
    );

    assert_eq!(app.text("lost-revenue"), whole_money(62_500.0, "USD"));
    assert!(
        app.has("[data-testid=\"stale-note\"]"),
        "the stale figures are not marked"
    );

    // The other fields still work while one is invalid.
    app.type_into("reps", "2").await;
    assert_eq!(app.text("lost-revenue"), whole_money(125_000.0, "USD"));
}

#[wasm_bindgen_test]
async fn fixing_field_clears_message() {
    let app = Mounted::new().await;
    app.type_into("conversion-rate", "150").await;
    assert!(app.has("#conversion-rate-error"));
    app.type_into("conversion-rate", "5%").await;
    assert!(!app.has("#conversion-rate-error"));
    assert!(!app.has("[data-testid=\"stale-note\"]"));
    let input = app.find("#conversion-rate");
    assert_eq!(
        input.get_attribute("aria-invalid").as_deref(),
        Some("false")
    );
}

#[wasm_bindgen_test]
async fn above_target_costs_nothing() {
    let app = Mounted::new().await;
    app.enter(&[("target-calls", "80"), ("actual-calls", "100")])
        .await;

    assert_eq!(app.text("missed-calls"), count(0.0));
    assert_eq!(app.text("lost-revenue-year"), whole_money(0.0, "USD"));
    let status = app.text("gap-status");
    assert!(
        status.contains("above target by 20"),
        "status was {status:?}"
    );
    assert!(status.contains("25 %"), "status was {status:?}");
}

#[wasm_bindgen_test]
async fn currency_choice_changes_money() {
    let app = Mounted::new().await;
    app.enter(&WORKED_EXAMPLE).await;

    let select: HtmlSelectElement = app.find("#currency").unchecked_into();
    select.set_value("EUR");
    fire(&select, "change").await;

    assert_eq!(app.text("lost-revenue"), whole_money(62_500.0, "EUR"));
}

#[wasm_bindgen_test]
async fn every_input_has_label_and_live_results() {
    let app = Mounted::new().await;
    let controls = app
        .root
        .query_selector_all("input, select")
        .expect("valid selector");
    assert!(
        controls.length() > 30,
        "only {} controls found",
        controls.length()
    );
    for index in 0..controls.length() {
        let control: Element = controls.item(index).expect("listed node").unchecked_into();
        let id = control.id();
        assert!(!id.is_empty(), "a control has no id");
        let label = app
            .find(&format!("label[for=\"{id}\"]"))
            .text_content()
            .unwrap_or_default();
        assert!(!label.trim().is_empty(), "#{id} has no visible label");
    }
    // The results speak through one polite live region, which waits for typing to pause.
    let live = app.find(".results [aria-live=\"polite\"]");
    let summary = live.text_content().unwrap_or_default();
    assert!(
        summary.starts_with("Total cost of call reluctance per year:"),
        "{summary:?}"
    );
}

#[wasm_bindgen_test]
async fn period_switch_changes_detailed_figures() {
    let app = Mounted::new().await;
    app.enter(&WORKED_EXAMPLE).await;
    assert_eq!(
        app.text("period-lost-revenue"),
        whole_money(15_750_000.0, "USD")
    );

    let month: HtmlInputElement = app.find("#period-month").unchecked_into();
    month.set_checked(true);
    fire(&month, "change").await;
    assert_eq!(
        app.text("period-lost-revenue"),
        whole_money(1_312_500.0, "USD")
    );
    assert_eq!(app.text("total-cost"), whole_money(1_312_500.0, "USD"));

    let week: HtmlInputElement = app.find("#period-week").unchecked_into();
    week.set_checked(true);
    fire(&week, "change").await;
    // A week is 21 × 12 / 52 working days: 62,500 × 252 / 52.
    assert_eq!(
        app.text("period-lost-revenue"),
        whole_money(62_500.0 * 252.0 / 52.0, "USD")
    );
    // The day-month-year summary does not follow the switch.
    assert_eq!(app.text("lost-revenue"), whole_money(62_500.0, "USD"));
}

#[wasm_bindgen_test]
async fn disclosure_shows_formula_with_numbers() {
    let app = Mounted::new().await;
    app.enter(&WORKED_EXAMPLE).await;
    let day: HtmlInputElement = app.find("#period-day").unchecked_into();
    day.set_checked(true);
    fire(&day, "change").await;

    let formula = app.text("period-lost-revenue-formula");
    assert!(
        formula.starts_with("lost deals × deal size"),
        "formula was {formula:?}"
    );
    assert!(
        formula.contains(&whole_money(25_000.0, "USD")),
        "formula was {formula:?}"
    );
    assert!(
        formula.ends_with(&whole_money(62_500.0, "USD")),
        "formula was {formula:?}"
    );

    // The formula sits in a closed disclosure until the user opens it.
    let details = app
        .find("[data-testid=\"period-lost-revenue-formula\"]")
        .closest("details")
        .expect("valid selector")
        .expect("inside details");
    assert_eq!(details.get_attribute("open"), None);
}

#[wasm_bindgen_test]
async fn funnel_mode_keeps_calls_to_deal() {
    let app = Mounted::new().await;
    app.enter(&WORKED_EXAMPLE).await;
    app.type_into("conversion-rate", "2").await;
    let before = app.text("lost-revenue");

    let funnel: HtmlInputElement = app.find("#rate-mode-funnel").unchecked_into();
    funnel.set_checked(true);
    fire(&funnel, "change").await;

    assert!(app.has("#connect-rate"), "no connect rate in funnel mode");
    assert!(app.has("#meeting-rate"), "no meeting rate in funnel mode");
    assert!(app.has("#win-rate"), "no win rate in funnel mode");
    assert!(!app.has("#conversion-rate"));
    assert_eq!(
        app.text("lost-revenue"),
        before,
        "switching mode changed the result"
    );

    app.type_into("win-rate", "20").await;
    // 25 % × 20 % × 20 % = 1 %: 50 × 1 % × 25,000 = 12,500.
    assert_eq!(app.text("lost-revenue"), whole_money(12_500.0, "USD"));
}
