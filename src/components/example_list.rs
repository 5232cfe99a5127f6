//! Ready-made scenarios to demonstrate with, each opening in one click.

use yew::prelude::*;

use crate::examples::examples;
use crate::model::Scenario;

/// Properties of [`ExampleList`].
#[derive(Properties, PartialEq)]
pub struct ExampleListProps {
    /// Called with the scenario of the example the user opens.
    pub on_open: Callback<Scenario>,
}

/// Lists the examples with a line on what each shows.
#[function_component(ExampleList)]
pub fn example_list(props: &ExampleListProps) -> Html {
    html! {
        <section class="examples" aria-labelledby="examples-title">
            <h2 id="examples-title">{ "Examples to demonstrate with" }</h2>
            <ul>
                { for examples().into_iter().enumerate().map(|(index, example)| {
                    let on_open = props.on_open.clone();
                    let onclick = Callback::from(move |_: MouseEvent| on_open.emit(example.scenario));
                    html! {
                        <li>
                            <button type="button" data-testid={format!("example-{index}")} {onclick}>{ example.name }</button>
                            <span class="example-description">{ example.description }</span>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
