//! The form: the main inputs first, the advanced ones folded away below.

use yew::prelude::*;

use crate::components::choice_group::ChoiceGroup;
use crate::components::currency_select::CurrencySelect;
use crate::components::number_field::NumberField;
use crate::currency::Currency;
use crate::model::{Field, RateMode};
use crate::state::{Calculator, CalculatorAction};

/// The advanced inputs, each group in a section the user opens when needed.
const ADVANCED_GROUPS: [(&str, &[Field]); 7] = [
    ("Deal value", &[Field::GrossMargin]),
    (
        "Attempts per lead",
        &[
            Field::AttemptsPerLead,
            Field::RecommendedAttempts,
            Field::ContactProbability,
        ],
    ),
    (
        "Follow-ups",
        &[
            Field::FollowUpsDue,
            Field::FollowUpsMissed,
            Field::FollowUpsLost,
            Field::FollowUpsSlipped,
        ],
    ),
    (
        "Sales cycle",
        &[
            Field::CycleDays,
            Field::ExtraCycleDays,
            Field::CostOfCapital,
        ],
    ),
    (
        "Lead and rep costs",
        &[
            Field::CostPerLead,
            Field::RepAttrition,
            Field::ReplacementCost,
        ],
    ),
    (
        "Forecast and goal",
        &[Field::ForecastThreshold, Field::RevenueGoal],
    ),
    (
        "Scorecard",
        &[
            Field::BenchmarkDials,
            Field::BenchmarkConnect,
            Field::BenchmarkUnanswered,
            Field::BenchmarkCallsToContact,
            Field::BenchmarkDaysToStage,
            Field::BenchmarkListeningMin,
            Field::BenchmarkListeningMax,
            Field::DaysToStage,
            Field::ListeningShare,
        ],
    ),
];

/// Properties of [`InputForm`].
#[derive(Properties, PartialEq)]
pub struct InputFormProps {
    /// The calculator the form edits.
    pub calculator: UseReducerHandle<Calculator>,
}

/// Renders every input of the scenario, each edit going straight to the calculator.
#[function_component(InputForm)]
pub fn input_form(props: &InputFormProps) -> Html {
    let calculator = &props.calculator;

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

    let on_switch_mode = {
        let dispatcher = calculator.dispatcher();
        use_callback(dispatcher, |mode: RateMode, dispatcher| {
            dispatcher.dispatch(CalculatorAction::SwitchRateMode(mode));
        })
    };

    // Pressing Enter in a field must not reload the page: the results are already live.
    let onsubmit = Callback::from(|event: SubmitEvent| event.prevent_default());

    let rate_from_roster = calculator.rate_from_roster();
    let team_from_roster = calculator.roster_linked() && !calculator.roster().rows.is_empty();
    let field = |field: Field| {
        let set_by = match field {
            Field::ConversionRate if rate_from_roster => Some(AttrValue::from(
                "Set by the team roster: its reps' rates weighted by their shortfall.",
            )),
            Field::Reps | Field::TargetCalls | Field::ActualCalls if team_from_roster => {
                Some(AttrValue::from(
                    "Set by the team roster; untick “Team inputs follow the roster” to type it.",
                ))
            }
            _ => None,
        };
        html! {
            <NumberField
                key={field as usize}
                {field}
                text={AttrValue::from(calculator.text(field).to_string())}
                error={calculator.error(field).cloned()}
                on_edit={on_edit.clone()}
                {set_by}
            />
        }
    };
    let rate_mode = calculator.scenario().rate_mode;
    let rate_fields = match rate_mode {
        RateMode::Simple => field(Field::ConversionRate),
        RateMode::Funnel => html! {
            <>
                { field(Field::ConnectRate) }
                { field(Field::MeetingRate) }
                { field(Field::WinRate) }
            </>
        },
    };

    html! {
        <form class="inputs" aria-labelledby="inputs-title" novalidate=true {onsubmit}>
            <h2 id="inputs-title">{ "Your team" }</h2>
            { field(Field::TargetCalls) }
            { field(Field::ActualCalls) }
            <ChoiceGroup<RateMode>
                legend="Conversion entered as"
                name="rate-mode"
                options={vec![
                    (RateMode::Simple, "simple", "One rate per dial"),
                    (RateMode::Funnel, "funnel", "Funnel: connect, meeting, win"),
                ]}
                selected={rate_mode}
                on_choose={on_switch_mode}
            />
            { rate_fields }
            { field(Field::DealSize) }
            { field(Field::Reps) }
            { field(Field::WorkingDays) }
            <CurrencySelect currency={calculator.currency()} on_choose={on_choose_currency} />
            <h2 class="advanced-title">{ "Advanced inputs" }</h2>
            { for ADVANCED_GROUPS.iter().map(|(title, fields)| html! {
                <details class="advanced">
                    <summary>{ *title }</summary>
                    { for fields.iter().map(|advanced| field(*advanced)) }
                </details>
            }) }
        </form>
    }
}
