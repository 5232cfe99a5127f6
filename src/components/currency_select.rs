//! The picker for the currency money is shown in.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::currency::Currency;

/// Properties of [`CurrencySelect`].
#[derive(Properties, PartialEq)]
pub struct CurrencySelectProps {
    /// The currency shown now.
    pub currency: Currency,
    /// Called with the currency the user picks.
    pub on_choose: Callback<Currency>,
}

/// Renders a labelled drop-down list of the supported currencies.
#[function_component(CurrencySelect)]
pub fn currency_select(props: &CurrencySelectProps) -> Html {
    let select_ref = use_node_ref();

    // The `selected` attribute sets only the first choice. Once the user has picked one, the
    // list shows a currency loaded from elsewhere only when its value is set directly.
    {
        let select_ref = select_ref.clone();
        use_effect_with(props.currency, move |currency| {
            if let Some(select) = select_ref.cast::<HtmlSelectElement>() {
                select.set_value(currency.code());
            }
        });
    }

    let onchange = {
        let on_choose = props.on_choose.clone();
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            match Currency::from_code(&select.value()) {
                Some(currency) => on_choose.emit(currency),
                None => {
                    log::warn!("the currency list offered an unknown code; the choice was ignored")
                }
            }
        })
    };

    html! {
        <div class="field">
            <label for="currency">{ "Currency" }</label>
            <select id="currency" ref={select_ref} {onchange}>
                { for Currency::ALL.into_iter().map(|currency| html! {
                    <option value={currency.code()} selected={currency == props.currency}>
                        { format!("{} – {}", currency.code(), currency.name()) }
                    </option>
                }) }
            </select>
        </div>
    }
}
