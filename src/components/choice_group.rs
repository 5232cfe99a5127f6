//! A labelled group of radio buttons for one choice, such as the period or the rate mode.

use yew::prelude::*;

/// Properties of [`ChoiceGroup`].
#[derive(Properties, PartialEq)]
pub struct ChoiceGroupProps<T: Clone + PartialEq + 'static> {
    /// The group's legend.
    pub legend: AttrValue,
    /// The `name` shared by the radio buttons, also the prefix of their ids.
    pub name: AttrValue,
    /// Each option's value, id suffix and label.
    pub options: Vec<(T, &'static str, &'static str)>,
    /// The option chosen now.
    pub selected: T,
    /// Called with the option the user picks.
    pub on_choose: Callback<T>,
}

/// Radio buttons in a fieldset, operable with the arrow keys as browsers do for radios.
#[function_component(ChoiceGroup)]
pub fn choice_group<T: Clone + PartialEq + 'static>(props: &ChoiceGroupProps<T>) -> Html {
    html! {
        <fieldset class="choice-group">
            <legend>{ props.legend.clone() }</legend>
            { for props.options.iter().map(|(value, suffix, label)| {
                let id = format!("{}-{suffix}", props.name);
                let onchange = {
                    let on_choose = props.on_choose.clone();
                    let value = value.clone();
                    Callback::from(move |_: Event| on_choose.emit(value.clone()))
                };
                html! {
                    <label class="choice" for={id.clone()}>
                        <input
                            type="radio"
                            id={id}
                            name={props.name.clone()}
                            checked={*value == props.selected}
                            {onchange}
                        />
                        { *label }
                    </label>
                }
            }) }
        </fieldset>
    }
}
