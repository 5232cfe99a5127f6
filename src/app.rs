//! The root component: the form and saved scenarios on one side, the results on the other.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::charts::Charts;
use crate::components::choice_group::ChoiceGroup;
use crate::components::comparison_table::ComparisonTable;
use crate::components::damage_report::DamageReport;
use crate::components::embed_widget::EmbedWidget;
use crate::components::example_list::ExampleList;
use crate::components::export_panel::ExportPanel;
use crate::components::formula_list::FormulaList;
use crate::components::input_form::InputForm;
use crate::components::results_panel::ResultsPanel;
use crate::components::roster_editor::RosterEditor;
use crate::components::scenario_panel::ScenarioPanel;
use crate::components::workshop::Workshop;
use crate::embed::read_embed_config;
use crate::hooks::{
    use_deferred, use_offline_cache, use_painted, use_saved_scenarios, use_share_link,
};
use crate::library_state::LibraryAction;
use crate::model::{Period, Scenario};
use crate::state::{Calculator, CalculatorAction};
use crate::storage::SavedScenario;
use crate::theme::{apply_theme, stored_theme, Theme};

const PERIOD_OPTIONS: [(Period, &str, &str); 5] = [
    (Period::Day, "day", "Day"),
    (Period::Week, "week", "Week"),
    (Period::Month, "month", "Month"),
    (Period::Quarter, "quarter", "Quarter"),
    (Period::Year, "year", "Year"),
];

/// Renders the page: the compact widget when the address requests embed mode, otherwise the
/// full calculator.
#[function_component(App)]
pub fn app() -> Html {
    let embed = use_memo((), |()| {
        let query = web_sys::window()
            .and_then(|window| window.location().search().ok())
            .unwrap_or_default();
        read_embed_config(&query)
    });
    match &*embed {
        Some(config) => html! { <EmbedWidget config={config.clone()} /> },
        None => html! { <FullCalculator /> },
    }
}

/// Renders the calculator: inputs, saved scenarios and results that follow every keystroke.
#[function_component(FullCalculator)]
fn full_calculator() -> Html {
    let calculator = use_reducer(Calculator::default);
    let library = use_saved_scenarios();
    use_share_link(&calculator, &library);
    use_offline_cache();

    let workshop = use_state(|| false);
    {
        // W, typed outside a text field, switches workshop mode on and off.
        let workshop = workshop.clone();
        use_effect_with(*workshop, move |on| {
            let on = *on;
            let listener = web_sys::window()
                .and_then(|window| window.document())
                .map(|document| {
                    gloo_events::EventListener::new(&document, "keydown", move |event| {
                        let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                            return;
                        };
                        let typing = event
                            .target()
                            .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
                            .is_some_and(|element| {
                                matches!(
                                    element.tag_name().as_str(),
                                    "INPUT" | "TEXTAREA" | "SELECT"
                                )
                            });
                        let modified = event.ctrl_key() || event.meta_key() || event.alt_key();
                        if !typing && !modified && event.key().eq_ignore_ascii_case("w") {
                            workshop.set(!on);
                        }
                    })
                });
            move || drop(listener)
        });
    }

    let theme = use_state(stored_theme);
    {
        let theme = *theme;
        use_effect_with(theme, |theme| apply_theme(*theme));
    }
    let on_choose_theme = {
        let theme = theme.clone();
        Callback::from(move |chosen: Theme| theme.set(chosen))
    };

    let on_open_example = {
        let calculator = calculator.dispatcher();
        let library = library.dispatcher();
        Callback::from(move |scenario: Scenario| {
            library.dispatch(LibraryAction::DismissLink);
            calculator.dispatch(CalculatorAction::Load {
                scenario: Box::new(scenario),
                currency: crate::currency::Currency::default(),
                from_history: false,
                roster: Some(Vec::new()),
            });
        })
    };

    let on_choose_period = {
        let dispatcher = calculator.dispatcher();
        use_callback(dispatcher, |period: Period, dispatcher| {
            dispatcher.dispatch(CalculatorAction::ChoosePeriod(period));
        })
    };

    let on_save = {
        let library = library.clone();
        let calculator = calculator.clone();
        Callback::from(move |name: String| {
            library.dispatch(LibraryAction::SaveNew {
                name,
                currency: calculator.currency(),
                scenario: *calculator.scenario(),
                roster: calculator.roster().reps(),
            });
        })
    };

    let on_save_changes = {
        let library = library.clone();
        let calculator = calculator.clone();
        Callback::from(move |()| {
            library.dispatch(LibraryAction::SaveEdits {
                currency: calculator.currency(),
                scenario: *calculator.scenario(),
                roster: calculator.roster().reps(),
            });
        })
    };

    let on_open = {
        let library = library.clone();
        let calculator = calculator.dispatcher();
        Callback::from(move |id: u64| {
            let Some(saved) = library.get(id).cloned() else {
                return;
            };
            library.dispatch(LibraryAction::MarkOpen(id));
            calculator.dispatch(CalculatorAction::Load {
                scenario: Box::new(saved.scenario),
                currency: saved.currency,
                from_history: false,
                roster: Some(saved.roster.clone()),
            });
        })
    };

    let scenario = *calculator.scenario();
    let report = use_memo(scenario, |scenario| scenario.cost());
    // The formulas, charts and detailed report take most of the drawing, so they follow an
    // edit one task after the headline, which is painted first.
    let (later_scenario, later_report) = use_deferred((scenario, (*report).clone()));
    // The first paint shows only the inputs and the headline figures. The rest of the page
    // is drawn straight after it.
    let painted = use_painted();
    let currency = calculator.currency();
    let period = calculator.period();
    let open = library.open_id.and_then(|id| library.get(id));
    let roster = calculator.roster().reps();
    let unsaved = open.is_some_and(|saved| {
        saved.scenario != scenario || saved.currency != currency || saved.roster != roster
    });
    // The open scenario takes part in the comparison with the values being edited.
    let compared: Vec<SavedScenario> = library
        .compared
        .iter()
        .filter_map(|id| library.get(*id).cloned())
        .map(|mut saved| {
            if Some(saved.id) == library.open_id && unsaved {
                saved.scenario = scenario;
                saved.currency = currency;
                saved.roster.clone_from(&roster);
                saved.name = format!("{} (unsaved)", saved.name);
            }
            saved
        })
        .collect();

    let toolbar = {
        let workshop = workshop.clone();
        let toggle = Callback::from(move |_: MouseEvent| workshop.set(!*workshop));
        html! {
            <div class="toolbar">
                <button type="button" data-testid="workshop-toggle" aria-keyshortcuts="W" onclick={toggle}>
                    { "Workshop mode (W)" }
                </button>
                <ChoiceGroup<Theme>
                    legend="Theme"
                    name="theme"
                    options={vec![(Theme::System, "system", "System"), (Theme::Light, "light", "Light"), (Theme::Dark, "dark", "Dark")]}
                    selected={*theme}
                    on_choose={on_choose_theme}
                />
            </div>
        }
    };

    if *workshop {
        if let Ok(report) = *report {
            let exit = {
                let workshop = workshop.clone();
                Callback::from(move |()| workshop.set(false))
            };
            return html! {
                <>
                    { toolbar }
                    <Workshop {report} {period} {currency} on_exit={exit} />
                </>
            };
        }
    }

    html! {
        <>
        { toolbar }
        if let Ok(report) = &*report {
            // On a narrow screen the results sit below the inputs; this bar keeps the headline
            // in view. Screen readers get the same figure from the results' live region.
            <p class="sticky-total" aria-hidden="true">
                { format!("Per {}: ", period.name()) }
                <strong>{ crate::format::format_money(report.total(period).total, currency) }</strong>
            </p>
        }
        <div class="calculator">
            <div class="side">
                <InputForm calculator={calculator.clone()} />
                if painted {
                    <ScenarioPanel state={library.clone()} {unsaved} {on_save} {on_save_changes} {on_open} />
                    <ExportPanel calculator={calculator.clone()} library={library.clone()} />
                    <ExampleList on_open={on_open_example} />
                }
            </div>
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
                if painted {
                    <RosterEditor calculator={calculator.clone()} {currency} />
                    if compared.len() >= 2 {
                        <ComparisonTable scenarios={compared} {period} />
                    }
                    if let Ok(report) = later_report {
                        <FormulaList scenario={later_scenario} {report} {currency} />
                        <Charts {report} {period} {currency} />
                        <DamageReport {report} {period} {currency} />
                    }
                }
            </div>
        </div>
        </>
    }
}
