//! The root component: the form on one side, the results and the math on the other.

use yew::prelude::*;

use crate::components::currency_select::CurrencySelect;
use crate::components::formula_list::FormulaList;
use crate::components::number_field::NumberField;
use crate::components::results_panel::ResultsPanel;
use crate::currency::Currency;
use crate::model::Field;
use crate::state::{Calculator, CalculatorAction};

/// Renders the calculator: six inputs, a currency, and results that follow every keystroke.
#[function_component(App)]
pub fn app() -> Html {
    let calculator = use_reducer(Calculator::default);

    let on_edit = {
        let dispatcher = calculator.dispatcher();
        use_callback(dispatcher, |(field, text): (Field, String), dispatcher| {
            dispatcher.dispatch(CalculatorAction::EditField { field, text });
        })
    };

    let on_choose_currency = {
        let dispatcher = calculator.dispatcher();
        use_callback(dispatcher, |currency: Currency, dispatcher| {
            dispatcher.dispatch(CalculatorAction::ChooseCurrency(currency));
        })
    };

    // Pressing Enter in a field must not reload the page: the results are already live.
    let onsubmit = Callback::from(|event: SubmitEvent| event.prevent_default());

    let scenario = *calculator.scenario();
    let report = use_memo(scenario, |scenario| scenario.cost());
    let currency = calculator.currency();

    html! {
        <div class="calculator">
            <form class="inputs" aria-labelledby="inputs-title" novalidate=true {onsubmit}>
                <h2 id="inputs-title">{ "Your team" }</h2>
                { for Field::ALL.into_iter().map(|field| html! {
                    <NumberField
                        key={field as usize}
                        {field}
                        text={AttrValue::from(calculator.text(field).to_string())}
                        error={calculator.error(field).cloned()}
                        on_edit={on_edit.clone()}
                    />
                }) }
                <CurrencySelect {currency} on_choose={on_choose_currency} />
            </form>
            <div class="outputs">
                <ResultsPanel
                    {scenario}
                    report={(*report).clone()}
                    {currency}
                    stale_fields={calculator.invalid_fields()}
                />
                if let Ok(report) = *report {
                    <FormulaList {scenario} {report} {currency} />
                }
            </div>
        </div>
    }
}
