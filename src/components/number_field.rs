//! A labelled text input for one number of the scenario.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::field_error::FieldError;
use crate::field_text::{hint, input_id, label};
use crate::model::{Field, InputError};

/// Properties of [`NumberField`].
#[derive(Properties, PartialEq)]
pub struct NumberFieldProps {
    /// The scenario field this input edits.
    pub field: Field,
    /// The text in the input, as the user typed it.
    pub text: AttrValue,
    /// The reason the text is rejected, or `None` when it is valid.
    pub error: Option<InputError>,
    /// Called with the field and its whole new text on every keystroke.
    pub on_edit: Callback<(Field, String)>,
    /// A note that replaces the hint and makes the input read-only, when another part of
    /// the page sets the value.
    #[prop_or_default]
    pub set_by: Option<AttrValue>,
}

/// Renders a labelled input with a hint below it and, when the text is rejected, the reason.
#[function_component(NumberField)]
pub fn number_field(props: &NumberFieldProps) -> Html {
    let field = props.field;
    let id = input_id(field);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");

    let oninput = {
        let on_edit = props.on_edit.clone();
        Callback::from(move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            on_edit.emit((field, input.value()));
        })
    };

    let invalid = props.error.is_some();
    let described_by = if invalid {
        format!("{hint_id} {error_id}")
    } else {
        hint_id.clone()
    };

    html! {
        <div class={classes!("field", invalid.then_some("field--invalid"))}>
            <label for={id}>{ label(field) }</label>
            <input
                id={id}
                type="text"
                inputmode="decimal"
                autocomplete="off"
                spellcheck="false"
                value={props.text.clone()}
                aria-invalid={if invalid { "true" } else { "false" }}
                aria-describedby={described_by}
                aria-errormessage={invalid.then(|| error_id.clone())}
                readonly={props.set_by.is_some()}
                {oninput}
            />
            <p id={hint_id} class="field-hint">
                { props.set_by.clone().unwrap_or_else(|| AttrValue::Static(hint(field))) }
            </p>
            // The live region stays in the page while the field is valid, so that screen
            // readers announce a message the moment it appears in it.
            <div class="field-error-live" aria-live="polite">
                if let Some(error) = props.error.clone() {
                    <FieldError id={error_id} {error} rule={field.rule()} />
                }
            </div>
        </div>
    }
}
