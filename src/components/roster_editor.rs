//! The team roster: one row per rep, each rep's cost, and reps flagged for a large gap.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::call_log_import::CallLogImport;
use crate::components::field_error::FieldError;
use crate::currency::Currency;
use crate::format::{format_count, format_money, format_percent};
use crate::hooks::use_deferred;
use crate::model::roster::{rep_costs, RepCost, MAX_REPS};
use crate::model::Field;
use crate::roster_rows::{RepColumn, RepRow};
use crate::share::{roster_fits_link, SharedScenario};
use crate::state::{Calculator, CalculatorAction};

/// Properties of [`RosterEditor`].
#[derive(Properties, PartialEq)]
pub struct RosterEditorProps {
    /// The calculator whose roster is edited.
    pub calculator: UseReducerHandle<Calculator>,
    /// The currency money is shown in.
    pub currency: Currency,
}

const fn column_label(column: RepColumn) -> (&'static str, &'static str) {
    match column {
        RepColumn::Target => ("target", "Target dials per day"),
        RepColumn::Actual => ("actual", "Dials made per day"),
        RepColumn::Rate => ("rate", "Own closed deals per dial (%)"),
    }
}

/// Edits the roster by keyboard or mouse and shows what each rep's gap costs per day.
#[function_component(RosterEditor)]
pub fn roster_editor(props: &RosterEditorProps) -> Html {
    let calculator = &props.calculator;
    let dispatch = |action: CalculatorAction| {
        let calculator = calculator.dispatcher();
        Callback::from(move |_: MouseEvent| calculator.dispatch(action.clone()))
    };
    let on_link = {
        let calculator = calculator.dispatcher();
        Callback::from(move |event: Event| {
            let checked = event.target_unchecked_into::<HtmlInputElement>().checked();
            calculator.dispatch(CalculatorAction::LinkRoster(checked));
        })
    };
    let on_flag = {
        let calculator = calculator.dispatcher();
        Callback::from(move |event: InputEvent| {
            let text = event.target_unchecked_into::<HtmlInputElement>().value();
            calculator.dispatch(CalculatorAction::EditRosterFlag(text));
        })
    };

    let rows = &calculator.roster().rows;
    let reps = calculator.roster().reps();
    let (flag_text, flag_percent, flag_error) = calculator.roster_flag();
    let costs = rep_costs(
        &reps,
        calculator.roster_base_rate(),
        calculator.scenario().deal_size,
        flag_percent,
    );
    let flagged = costs.iter().filter(|cost| cost.flagged).count();
    // Each rep's share of the team's gap changes with an edit to any rep. The shares reach the
    // rows through a context one task later, so an edit redraws its own row first.
    let shares = use_deferred(GapShares(Rc::new(
        costs.iter().map(|cost| cost.share_of_team_gap).collect(),
    )));
    // Checking whether the roster fits a share link encodes the whole link, so it runs only
    // when the link's contents change, and never for an empty roster.
    let fits_link = use_memo(
        (*calculator.scenario(), props.currency, reps.clone()),
        |(scenario, currency, reps)| {
            reps.is_empty()
                || roster_fits_link(&SharedScenario {
                    name: None,
                    scenario: *scenario,
                    currency: *currency,
                    roster: Some(reps.clone()),
                })
        },
    );

    html! {
        <section class="roster" aria-labelledby="roster-title" data-testid="roster">
            <h2 id="roster-title">{ "Team roster" }</h2>
            <p class="group-note">
                { "One row per rep. While the team inputs follow the roster, the number of reps, \
                   the target and the calls made come from these rows, and so does the conversion \
                   rate once a rep has a rate of their own." }
            </p>
            <div class="roster-settings">
                <label class="choice" for="roster-linked">
                    <input id="roster-linked" type="checkbox" checked={calculator.roster_linked()} onchange={on_link} />
                    { "Team inputs follow the roster" }
                </label>
                <div class="field roster-flag">
                    <label for="roster-flag">{ "Flag reps short of target by more than (%)" }</label>
                    <input id="roster-flag" type="text" inputmode="decimal" value={flag_text.to_string()}
                        aria-invalid={if flag_error.is_some() { "true" } else { "false" }}
                        aria-describedby={flag_error.is_some().then_some("roster-flag-error")}
                        oninput={on_flag} />
                    if let Some(error) = flag_error {
                        <FieldError id="roster-flag-error" error={error.clone()} rule={Field::ForecastThreshold.rule()} />
                    }
                </div>
            </div>
            if !rows.is_empty() {
                <div class="roster-scroll">
                    <table class="roster-table">
                        <caption>
                            { format!("Per working day. {} of {} reps flagged.", format_count(flagged as f64, 0), format_count(rows.len() as f64, 0)) }
                        </caption>
                        <thead>
                            <tr>
                                <th scope="col">{ "Rep" }</th>
                                { for RepColumn::ALL.into_iter().map(|column| html! { <th scope="col">{ column_label(column).1 }</th> }) }
                                <th scope="col">{ "Missed dials" }</th>
                                <th scope="col">{ "Lost revenue" }</th>
                                <th scope="col">{ "Share of gap" }</th>
                                <th scope="col">{ "Actions" }</th>
                            </tr>
                        </thead>
                        <ContextProvider<GapShares> context={shares}>
                            <tbody>
                                { for rows.iter().zip(&costs).enumerate().map(|(index, (row, cost))| html! {
                                    <RepRowView
                                        key={index}
                                        {index}
                                        row={row.clone()}
                                        cost={RepCost { share_of_team_gap: None, ..*cost }}
                                        last={index + 1 == rows.len()}
                                        currency={props.currency}
                                        dispatcher={calculator.dispatcher()}
                                    />
                                }) }
                            </tbody>
                        </ContextProvider<GapShares>>
                    </table>
                </div>
            }
            if !*fits_link {
                <p class="group-note" data-testid="roster-not-in-link">
                    { "This roster is too long for a share link, so links leave it out. Save the scenario or download it as JSON to keep it." }
                </p>
            }
            <button type="button" data-testid="add-rep" disabled={rows.len() >= MAX_REPS} onclick={dispatch(CalculatorAction::AddRep)}>{ "Add rep" }</button>
            if rows.len() >= MAX_REPS {
                <p class="group-note">{ format!("The roster is full: it holds at most {} reps.", format_count(MAX_REPS as f64, 0)) }</p>
            }
            <CallLogImport calculator={calculator.clone()} />
        </section>
    }
}

/// Properties of [`RepRowView`].
#[derive(Properties, PartialEq)]
struct RepRowViewProps {
    /// The row's position in the roster.
    index: usize,
    /// The row as edited.
    row: RepRow,
    /// The cost of the rep's gap per day. Its share of the team's gap is left out, because
    /// [`ShareCell`] reads it from the context.
    cost: RepCost,
    /// Whether this is the last row, which cannot move down.
    last: bool,
    /// The currency money is shown in.
    currency: Currency,
    /// Sends the row's edits to the calculator.
    dispatcher: UseReducerDispatcher<Calculator>,
}

/// Renders one roster row. It re-renders only when its own text or cost changes, so an edit
/// in a long roster redraws one row rather than all of them.
#[function_component(RepRowView)]
fn rep_row_view(props: &RepRowViewProps) -> Html {
    let RepRowViewProps {
        index,
        row,
        cost,
        last,
        currency,
        dispatcher,
    } = props;
    let index = *index;
    let name = row.rep.name.clone();
    let dispatch = |action: CalculatorAction| {
        let dispatcher = dispatcher.clone();
        Callback::from(move |_: MouseEvent| dispatcher.dispatch(action.clone()))
    };
    let rename = {
        let dispatcher = dispatcher.clone();
        Callback::from(move |event: InputEvent| {
            let name = event.target_unchecked_into::<HtmlInputElement>().value();
            dispatcher.dispatch(CalculatorAction::RenameRep { index, name });
        })
    };

    html! {
        <tr class={classes!(cost.flagged.then_some("rep--flagged"))}>
            <th scope="row">
                <label class="visually-hidden" for={format!("rep-{index}-name")}>{ format!("Name of rep {}", index + 1) }</label>
                <input id={format!("rep-{index}-name")} type="text" maxlength="100" value={name.clone()} oninput={rename} />
            </th>
            { for RepColumn::ALL.into_iter().map(|column| view_cell(dispatcher, index, column, row)) }
            <td data-testid={format!("rep-{index}-missed")}>{ format_count(cost.missed_calls, 1) }</td>
            <td data-testid={format!("rep-{index}-revenue")}>{ format_money(cost.lost_revenue, *currency) }</td>
            <td>
                <ShareCell {index} />
                if cost.flagged {
                    <span class="status status--off" data-testid={format!("rep-{index}-flag")}>
                        { format!("{} short", cost.gap_percent.map_or_else(String::new, format_percent)) }
                    </span>
                }
            </td>
            <td class="row-actions">
                <button type="button" disabled={index == 0}
                    aria-label={format!("Move {name} up")}
                    onclick={dispatch(CalculatorAction::MoveRep { from: index, to: index.saturating_sub(1) })}>{ "↑" }</button>
                <button type="button" disabled={*last}
                    aria-label={format!("Move {name} down")}
                    onclick={dispatch(CalculatorAction::MoveRep { from: index, to: index + 1 })}>{ "↓" }</button>
                <button type="button" aria-label={format!("Remove {name}")}
                    onclick={dispatch(CalculatorAction::RemoveRep(index))}>{ "Remove" }</button>
            </td>
        </tr>
    }
}

/// Each rep's share of the team's missed dials, in roster order.
#[derive(Clone, PartialEq)]
struct GapShares(Rc<Vec<Option<f64>>>);

/// Properties of [`ShareCell`].
#[derive(Properties, PartialEq)]
struct ShareCellProps {
    /// The row's position in the roster.
    index: usize,
}

/// Shows one rep's share of the team's gap, taken from the roster's [`GapShares`].
#[function_component(ShareCell)]
fn share_cell(props: &ShareCellProps) -> Html {
    let index = props.index;
    let share =
        use_context::<GapShares>().and_then(|shares| shares.0.get(index).copied().flatten());
    html! {
        <span data-testid={format!("rep-{index}-share")}>
            { share.map_or_else(|| "—".to_string(), format_percent) }
        </span>
    }
}

fn view_cell(
    dispatcher: &UseReducerDispatcher<Calculator>,
    index: usize,
    column: RepColumn,
    row: &RepRow,
) -> Html {
    let (suffix, label) = column_label(column);
    let id = format!("rep-{index}-{suffix}");
    let error = row.errors[column as usize].clone();
    let oninput = {
        let dispatcher = dispatcher.clone();
        Callback::from(move |event: InputEvent| {
            let text = event.target_unchecked_into::<HtmlInputElement>().value();
            dispatcher.dispatch(CalculatorAction::EditRep {
                index,
                column,
                text,
            });
        })
    };
    html! {
        <td>
            <label class="visually-hidden" for={id.clone()}>{ format!("{label}, rep {}", index + 1) }</label>
            <input
                id={id.clone()}
                type="text"
                inputmode="decimal"
                value={row.texts[column as usize].clone()}
                aria-invalid={if error.is_some() { "true" } else { "false" }}
                aria-describedby={error.is_some().then(|| format!("{id}-error"))}
                {oninput}
            />
            if let Some(error) = error {
                <FieldError id={format!("{id}-error")} {error} rule={column.rule()} />
            }
        </td>
    }
}
