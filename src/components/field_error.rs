//! The message shown beside a field whose text was rejected.

use yew::prelude::*;

use crate::model::{FieldRule, InputError};

/// Properties of [`FieldError`].
#[derive(Properties, PartialEq)]
pub struct FieldErrorProps {
    /// The id of the message element, which the input names in `aria-describedby`.
    pub id: AttrValue,
    /// The reason the text was rejected.
    pub error: InputError,
    /// The rule of the field, used to say what it accepts.
    pub rule: FieldRule,
}

/// Says what is wrong with a field's text and what the field accepts.
#[function_component(FieldError)]
pub fn field_error(props: &FieldErrorProps) -> Html {
    html! {
        <p id={props.id.clone()} class="field-error">
            { format!("{} {}", props.error, props.rule.describe_accepted()) }
        </p>
    }
}
