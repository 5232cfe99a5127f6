//! The compact widget a marketing page embeds in an iframe: the main inputs, the headline
//! loss and a call to action. It writes nothing to storage or to the address.

use gloo_events::EventListener;
use js_sys::{Object, Reflect};
use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::components::number_field::NumberField;
use crate::embed::EmbedConfig;
use crate::format::{format_money, set_locale};
use crate::model::{Field, Period};
use crate::state::{Calculator, CalculatorAction};

/// The inputs the widget shows.
const WIDGET_FIELDS: [Field; 5] = [
    Field::TargetCalls,
    Field::ActualCalls,
    Field::ConversionRate,
    Field::DealSize,
    Field::Reps,
];

/// The `type` of the message that sends the parent page the widget's height.
pub const HEIGHT_MESSAGE: &str = "callgap:height";

/// Properties of [`EmbedWidget`].
#[derive(Properties, PartialEq)]
pub struct EmbedWidgetProps {
    /// The validated settings from the query string.
    pub config: EmbedConfig,
}

/// Renders the widget and sends the parent page its height whenever it changes.
#[function_component(EmbedWidget)]
pub fn embed_widget(props: &EmbedWidgetProps) -> Html {
    let config = &props.config;
    // The locale applies before the first render, so the first figures already follow it.
    {
        let locale = config.locale.clone();
        use_state(move || {
            if let Some(tag) = locale {
                if !set_locale(&tag) {
                    log::warn!(
                        "CallGap embed: the browser does not accept locale {tag}; its own is used"
                    );
                }
            }
        });
    }
    let calculator = {
        let shared = config.shared.clone();
        use_reducer(move || {
            Calculator::default().apply(CalculatorAction::Load {
                scenario: Box::new(shared.scenario),
                currency: shared.currency,
                from_history: true,
                roster: None,
            })
        })
    };

    {
        // Settings apply once; each ignored value is reported where the host's developer looks.
        let config = config.clone();
        use_effect_with((), move |()| {
            for warning in &config.warnings {
                log::warn!("CallGap embed: {warning}");
            }
            if let Some(accent) = &config.accent {
                let root = web_sys::window()
                    .and_then(|window| window.document())
                    .and_then(|document| document.document_element());
                if let Some(root) = root.and_then(|root| {
                    wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(root).ok()
                }) {
                    let style = root.style();
                    let _ = style.set_property("--accent", accent);
                    let _ = style.set_property("--focus", accent);
                    // The accent passed the contrast check against white, in either theme.
                    let _ = style.set_property("--on-accent", "#ffffff");
                }
            }
            if let Some(root) = web_sys::window()
                .and_then(|window| window.document())
                .and_then(|document| document.document_element())
            {
                let _ = root.set_attribute("data-embed", "true");
            }
        });
    }

    // After every render, and when the window resizes, the parent page learns the height.
    let last_height = use_mut_ref(|| 0);
    {
        let last_height = last_height.clone();
        use_effect(move || {
            post_height(&last_height);
        });
    }
    {
        use_effect_with((), move |()| {
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "resize", move |_| post_height(&last_height))
            });
            move || drop(listener)
        });
    }

    let on_edit = {
        let dispatcher = calculator.dispatcher();
        Callback::from(move |(field, text): (Field, String)| {
            dispatcher.dispatch(CalculatorAction::EditField { field, text });
        })
    };
    let total = calculator
        .scenario()
        .cost()
        .map(|report| report.total(Period::Year).total);

    html! {
        <div class="embed" data-testid="embed">
            <h1 class="embed-title">{ "What do the calls your team skips cost?" }</h1>
            <form class="embed-form" novalidate=true onsubmit={Callback::from(|event: SubmitEvent| event.prevent_default())}>
                { for WIDGET_FIELDS.into_iter().map(|field| html! {
                    <NumberField
                        key={field as usize}
                        {field}
                        text={AttrValue::from(calculator.text(field).to_string())}
                        error={calculator.error(field).cloned()}
                        on_edit={on_edit.clone()}
                    />
                }) }
            </form>
            <section class="embed-result" aria-live="polite" aria-labelledby="embed-result-label">
                <p id="embed-result-label" class="headline-label">{ "Cost of the missing calls per year, for the whole team" }</p>
                <p class="headline-figure" data-testid="embed-total">
                    { total.map_or_else(|_| "—".to_string(), |total| format_money(total, calculator.currency())) }
                </p>
                if !calculator.invalid_fields().is_empty() {
                    <p class="stale-note">{ "Some inputs are not valid; the figure uses their last valid values." }</p>
                }
            </section>
            if let Some((link, label)) = &config.call_to_action {
                <a class="embed-cta" data-testid="embed-cta" href={link.clone()} target="_top" rel="noopener">{ label.clone() }</a>
            }
            <p class="embed-note">{ "Computed in your browser by CallGap. Nothing you type is sent anywhere." }</p>
        </div>
    }
}

/// Posts the page's height to the parent window when it changed since the last post.
///
/// The message carries only the height, so it goes to any parent origin: the widget does not
/// know which site embeds it.
fn post_height(last_height: &std::rc::Rc<std::cell::RefCell<i32>>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    // The body's own height, not the document's scroll height, which never drops below the
    // frame's current height and so would never let the frame shrink.
    let Some(body) = window.document().and_then(|document| document.body()) else {
        return;
    };
    let height = body.get_bounding_client_rect().height().ceil() as i32;
    if height == *last_height.borrow() {
        return;
    }
    *last_height.borrow_mut() = height;
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    if parent == window {
        return;
    }
    let message = Object::new();
    let _ = Reflect::set(
        &message,
        &JsValue::from_str("type"),
        &JsValue::from_str(HEIGHT_MESSAGE),
    );
    let _ = Reflect::set(
        &message,
        &JsValue::from_str("height"),
        &JsValue::from(height),
    );
    if parent.post_message(&message, "*").is_err() {
        log::warn!("telling the parent page the widget's height failed");
    }
}
