//! The root component: the form on one side, the results and the math on the other.

use yew::prelude::*;

use crate::components::choice_group::ChoiceGroup;
use crate::components::currency_select::CurrencySelect;
use crate::components::damage_report::DamageReport;
use crate::components::formula_list::FormulaList;
use crate::components::number_field::NumberField;
use crate::components::results_panel::ResultsPanel;
use crate::currency::Currency;
use crate::model::{Field, Period, RateMode};
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

const PERIOD_OPTIONS: [(Period, &str, &str); 5] = [
    (Period::Day, "day", "Day"),
    (Period::Week, "week", "Week"),
    (Period::Month, "month", "Month"),
    (Period::Quarter, "quarter", "Quarter"),
    (Period::Year, "year", "Year"),
];

/// Renders the calculator: the main inputs, advanced inputs, and results that follow every
/// keystroke.
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

    let on_choose_period = {
        let dispatcher = calculator.dispatcher();
        use_callback(dispatcher, |period: Period, dispatcher| {
            dispatcher.dispatch(CalculatorAction::ChoosePeriod(period));
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

    let scenario = *calculator.scenario();
    let report = use_memo(scenario, |scenario| scenario.cost());
    let currency = calculator.currency();
    let period = calculator.period();

    let field = |field: Field| {
        html! {
            <NumberField
                key={field as usize}
                {field}
                text={AttrValue::from(calculator.text(field).to_string())}
                error={calculator.error(field).cloned()}
                on_edit={on_edit.clone()}
            />
        }
    };
    let rate_fields = match scenario.rate_mode {
        RateMode::Simple => html! { { field(Field::ConversionRate) } },
        RateMode::Funnel => html! {
            <>
                { field(Field::ConnectRate) }
                { field(Field::MeetingRate) }
                { field(Field::WinRate) }
            </>
        },
    };

    html! {
        <div class="calculator">
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
                    selected={scenario.rate_mode}
                    on_choose={on_switch_mode}
                />
                { rate_fields }
                { field(Field::DealSize) }
                { field(Field::Reps) }
                { field(Field::WorkingDays) }
                <CurrencySelect {currency} on_choose={on_choose_currency} />
                <h2 class="advanced-title">{ "Advanced inputs" }</h2>
                { for ADVANCED_GROUPS.iter().map(|(title, fields)| html! {
                    <details class="advanced">
                        <summary>{ *title }</summary>
                        { for fields.iter().map(|advanced| field(*advanced)) }
                    </details>
                }) }
            </form>
            <div class="outputs">
                <ChoiceGroup<Period>
                    legend="Show results per"
                    name="period"
                    options={PERIOD_OPTIONS.to_vec()}
                    selected={period}
                    on_choose={on_choose_period}
                />
                <ResultsPanel
                    {scenario}
                    report={(*report).clone()}
                    {currency}
                    {period}
                    stale_fields={calculator.invalid_fields()}
                />
                if let Ok(report) = *report {
                    <FormulaList {scenario} {report} {currency} />
                    <DamageReport {report} {period} {currency} />
                }
            </div>
        </div>
    }
}
