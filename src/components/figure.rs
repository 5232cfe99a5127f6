//! One result with its name, its value and a disclosure that shows how it is computed.

use yew::prelude::*;

/// Properties of [`Figure`].
#[derive(Properties, PartialEq)]
pub struct FigureProps {
    /// The figure's name, such as "Lost conversations".
    pub label: AttrValue,
    /// The figure as text, already formatted.
    pub value: AttrValue,
    /// The formula in words and then with the user's numbers in it.
    pub formula: AttrValue,
    /// The `data-testid` of the value.
    pub test_id: AttrValue,
    /// A note under the figure, such as why it is not in the total.
    #[prop_or_default]
    pub note: Option<AttrValue>,
}

/// Shows a figure and, on request, the math behind it.
#[function_component(Figure)]
pub fn figure(props: &FigureProps) -> Html {
    html! {
        <div class="figure">
            <dt>{ props.label.clone() }</dt>
            <dd>
                <span class="figure-value" data-testid={props.test_id.clone()}>{ props.value.clone() }</span>
                if let Some(note) = props.note.clone() {
                    <span class="figure-note">{ note }</span>
                }
                <details class="explain">
                    <summary>{ "How is this computed?" }</summary>
                    <p data-testid={format!("{}-formula", props.test_id)}>{ props.formula.clone() }</p>
                </details>
            </dd>
        </div>
    }
}
