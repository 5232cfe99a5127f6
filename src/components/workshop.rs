//! Workshop mode: the chain of damage one step at a time in large type, with each step's
//! formula in the user's numbers, and a ticker of money lost since the session started.

use gloo_events::EventListener;
use gloo_timers::callback::Interval;
use wasm_bindgen::JsCast;
use web_sys::KeyboardEvent;
use yew::prelude::*;

use crate::currency::Currency;
use crate::format::{format_count, format_money, format_percent};
use crate::model::{CostReport, Period};

/// Working hours in a day, which turn the daily loss into the ticker's hourly rate. An
/// assumption for the demonstration, not an input.
pub const WORKING_HOURS_PER_DAY: f64 = 8.0;

/// One step of the presentation.
struct Step {
    label: &'static str,
    value: String,
    formula: String,
}

fn steps(report: &CostReport, period: Period, currency: Currency) -> Vec<Step> {
    let scenario = &report.scenario;
    let funnel = &report.funnel;
    let figures = report.figures(period);
    let total = report.total(period);
    let days = report.days(period);
    let money = |value: f64| format_money(value, currency);
    let count = |value: f64| format_count(value, 1);
    let per = period.name();
    vec![
        Step {
            label: "Missed dials",
            value: count(figures.missed_calls),
            formula: format!(
                "(target {} − made {}) × {} reps × {} working days in a {per}",
                count(scenario.target_calls),
                count(scenario.actual_calls),
                scenario.reps,
                count(days)
            ),
        },
        Step {
            label: "Lost conversations",
            value: count(figures.lost_conversations),
            formula: format!(
                "{} missed dials × {} connect rate",
                count(figures.missed_calls),
                format_percent(funnel.connect.percent())
            ),
        },
        Step {
            label: "Lost meetings",
            value: count(figures.lost_meetings),
            formula: format!(
                "{} conversations × {} meeting rate",
                count(figures.lost_conversations),
                format_percent(funnel.meeting.percent())
            ),
        },
        Step {
            label: "Lost deals",
            value: count(figures.lost_deals),
            formula: format!(
                "{} meetings × {} win rate",
                count(figures.lost_meetings),
                format_percent(funnel.win.percent())
            ),
        },
        Step {
            label: "Lost revenue",
            value: money(figures.lost_revenue),
            formula: format!(
                "{} deals × {} per deal",
                count(figures.lost_deals),
                money(scenario.deal_size)
            ),
        },
        Step {
            label: "Revenue lost through missed follow-ups",
            value: money(total.follow_up_lost_revenue),
            formula: format!(
                "{} follow-ups due per rep per month, {} missed, {} of those deals die",
                count(scenario.follow_ups.due_per_rep_per_month),
                format_percent(scenario.follow_ups.missed_share.percent()),
                format_percent(scenario.follow_ups.lost_share.percent())
            ),
        },
        Step {
            label: "Lead spend wasted on leads never called",
            value: money(total.wasted_lead_spend),
            formula: format!(
                "{} missed dials ÷ {} attempts per lead × {} per lead",
                count(figures.missed_calls),
                scenario.attempts.per_lead,
                money(scenario.waste.cost_per_lead)
            ),
        },
        Step {
            label: "Cost of waiting longer for revenue",
            value: money(total.delay_cost),
            formula: format!(
                "revenue won × {} a year × {} extra days ÷ 365",
                format_percent(scenario.cycle.annual_cost_of_capital.percent()),
                count(scenario.cycle.extra_days)
            ),
        },
        Step {
            label: "Total cost of call reluctance",
            value: money(total.total),
            formula: format!(
                "{} + {} + {} + {}",
                money(total.lost_revenue),
                money(total.follow_up_lost_revenue),
                money(total.wasted_lead_spend),
                money(total.delay_cost)
            ),
        },
    ]
}

/// Properties of [`Workshop`].
#[derive(Properties, PartialEq)]
pub struct WorkshopProps {
    /// The figures to present.
    pub report: CostReport,
    /// The period the steps are given for.
    pub period: Period,
    /// The currency money is shown in.
    pub currency: Currency,
    /// Called when the presenter leaves workshop mode.
    pub on_exit: Callback<()>,
}

/// Presents the chain step by step; arrow keys, Page Up and Down, Space and the buttons move.
#[function_component(Workshop)]
pub fn workshop(props: &WorkshopProps) -> Html {
    let step = use_state(|| 0usize);
    let all = steps(&props.report, props.period, props.currency);
    let last = all.len() - 1;
    let root = use_node_ref();

    let go = {
        let step = step.clone();
        move |delta: isize| {
            let next = (*step as isize + delta).clamp(0, last as isize);
            step.set(next as usize);
        }
    };

    {
        // Keys act anywhere on the page while workshop mode is on.
        let go = go.clone();
        let on_exit = props.on_exit.clone();
        let current = *step;
        use_effect_with(current, move |_| {
            let listener = web_sys::window()
                .and_then(|window| window.document())
                .map(|document| {
                    EventListener::new(&document, "keydown", move |event| {
                        let Some(event) = event.dyn_ref::<KeyboardEvent>() else {
                            return;
                        };
                        match event.key().as_str() {
                            "ArrowRight" | "ArrowDown" | "PageDown" | " " => {
                                event.prevent_default();
                                go(1);
                            }
                            "ArrowLeft" | "ArrowUp" | "PageUp" => {
                                event.prevent_default();
                                go(-1);
                            }
                            "Escape" => on_exit.emit(()),
                            _ => {}
                        }
                    })
                });
            move || drop(listener)
        });
    }

    {
        // Focus moves into the presentation so that screen readers start there.
        let root = root.clone();
        use_effect_with((), move |()| {
            if let Some(element) = root.cast::<web_sys::HtmlElement>() {
                let _ = element.focus();
            }
        });
    }

    let full_screen = {
        let root = root.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(element) = root.cast::<web_sys::Element>() {
                if element.request_fullscreen().is_err() {
                    log::warn!("full screen failed: the browser rejected the request");
                }
            }
        })
    };
    let previous = {
        let go = go.clone();
        Callback::from(move |_: MouseEvent| go(-1))
    };
    let next = Callback::from(move |_: MouseEvent| go(1));
    let exit = {
        let on_exit = props.on_exit.clone();
        Callback::from(move |_: MouseEvent| on_exit.emit(()))
    };
    let current = &all[*step];
    let daily_total = props.report.total(Period::Day).total;

    html! {
        <section class="workshop" ref={root} tabindex="-1" aria-labelledby="workshop-title" data-testid="workshop">
            <div class="workshop-bar">
                <h2 id="workshop-title">{ format!("Workshop: per {}, for the whole team", props.period.name()) }</h2>
                <span class="workshop-count" data-testid="workshop-step">{ format!("Step {} of {}", *step + 1, all.len()) }</span>
                <button type="button" onclick={full_screen}>{ "Full screen" }</button>
                <button type="button" data-testid="workshop-exit" onclick={exit}>{ "Leave workshop" }</button>
            </div>
            <div class="workshop-step" aria-live="polite">
                <p class="workshop-label" data-testid="workshop-label">{ current.label }</p>
                <p class="workshop-value" data-testid="workshop-value">{ current.value.clone() }</p>
                <p class="workshop-formula" data-testid="workshop-formula">{ current.formula.clone() }</p>
            </div>
            <div class="workshop-nav">
                <button type="button" disabled={*step == 0} onclick={previous}>{ "← Back" }</button>
                <button type="button" disabled={*step == last} onclick={next}>{ "Next →" }</button>
            </div>
            <Ticker hourly={daily_total / WORKING_HOURS_PER_DAY} currency={props.currency} />
            <p class="workshop-hint">{ "Arrow keys, Page Up and Down, and Space move between steps; Escape leaves." }</p>
        </section>
    }
}

/// Properties of [`Ticker`].
#[derive(Properties, PartialEq)]
pub struct TickerProps {
    /// Money lost per working hour.
    pub hourly: f64,
    /// The currency money is shown in.
    pub currency: Currency,
}

/// The ticker's clock: time counted while running, and when the current run began.
struct Clock {
    counted_ms: f64,
    running_since: Option<f64>,
}

impl Clock {
    fn elapsed_ms(&self, now: f64) -> f64 {
        self.counted_ms
            + self
                .running_since
                .map_or(0.0, |since| (now - since).max(0.0))
    }
}

/// Counts the money lost since the session started, at the hourly rate. The figure comes
/// from the clock, so it stays right however late a redraw comes. The page redraws it once a
/// second, with no animation in between.
#[function_component(Ticker)]
pub fn ticker(props: &TickerProps) -> Html {
    let clock = use_mut_ref(|| Clock {
        counted_ms: 0.0,
        running_since: Some(js_sys::Date::now()),
    });
    let redraw = use_force_update();

    {
        let redraw = redraw.clone();
        use_effect_with((), move |()| {
            let interval = Interval::new(1_000, move || redraw.force_update());
            move || drop(interval)
        });
    }

    let toggle = {
        let clock = clock.clone();
        let redraw = redraw.clone();
        Callback::from(move |_: MouseEvent| {
            let now = js_sys::Date::now();
            let mut clock = clock.borrow_mut();
            match clock.running_since.take() {
                Some(since) => clock.counted_ms += (now - since).max(0.0),
                None => clock.running_since = Some(now),
            }
            redraw.force_update();
        })
    };
    let reset = {
        let clock = clock.clone();
        Callback::from(move |_: MouseEvent| {
            let now = js_sys::Date::now();
            let mut clock = clock.borrow_mut();
            clock.counted_ms = 0.0;
            if clock.running_since.is_some() {
                clock.running_since = Some(now);
            }
            redraw.force_update();
        })
    };
    let (elapsed, running) = {
        let clock = clock.borrow();
        (
            clock.elapsed_ms(js_sys::Date::now()),
            clock.running_since.is_some(),
        )
    };
    // Whole seconds only, so the figure changes once a second.
    let lost = props.hourly * (elapsed / 1_000.0).floor() / 3_600.0;

    html! {
        <div class="ticker" role="timer" aria-live="off" data-testid="ticker">
            <p class="ticker-value">
                { "Lost since this session started: " }
                <strong data-testid="ticker-lost">{ format_money(lost, props.currency) }</strong>
            </p>
            <p class="ticker-rate" data-testid="ticker-rate">
                { format!("{} per working hour, at {} working hours a day", format_money(props.hourly, props.currency), WORKING_HOURS_PER_DAY) }
            </p>
            <button type="button" data-testid="ticker-toggle" onclick={toggle}>{ if running { "Pause" } else { "Resume" } }</button>
            { " " }
            <button type="button" data-testid="ticker-reset" onclick={reset}>{ "Reset" }</button>
        </div>
    }
}
