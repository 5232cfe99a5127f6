//! The saved scenarios: save the current one, and open, rename, copy, delete or compare
//! the others.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::library_state::{LibraryAction, LibraryState, MAX_COMPARED};

/// Properties of [`ScenarioPanel`].
#[derive(Properties, PartialEq)]
pub struct ScenarioPanelProps {
    /// The saved scenarios and what the user is doing with them.
    pub state: UseReducerHandle<LibraryState>,
    /// Whether the calculator differs from the open scenario as saved.
    pub unsaved: bool,
    /// Called with a name when the user saves the calculator's scenario as a new one.
    pub on_save: Callback<String>,
    /// Called when the user saves the calculator's values into the open scenario.
    pub on_save_changes: Callback<()>,
    /// Called with an id when the user opens a saved scenario.
    pub on_open: Callback<u64>,
}

/// Lists the saved scenarios with their actions, all operable by keyboard.
#[function_component(ScenarioPanel)]
pub fn scenario_panel(props: &ScenarioPanelProps) -> Html {
    let state = &props.state;
    let new_name = use_state(String::new);
    let renaming = use_state(|| None::<(u64, String)>);

    let on_name_input = {
        let new_name = new_name.clone();
        Callback::from(move |event: InputEvent| {
            new_name.set(event.target_unchecked_into::<HtmlInputElement>().value());
        })
    };

    let on_save = {
        let new_name = new_name.clone();
        let save = props.on_save.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            save.emit((*new_name).clone());
            new_name.set(String::new());
        })
    };

    let default_name = state
        .link
        .as_ref()
        .and_then(|link| link.name.clone())
        .unwrap_or_else(|| format!("Scenario {}", state.library.scenarios.len() + 1));

    html! {
        <section class="scenarios" aria-labelledby="scenarios-title">
            <h2 id="scenarios-title">{ "Saved scenarios" }</h2>
            if let Some(message) = &state.message {
                <p class="store-message" role="status" data-testid="store-message">{ message }</p>
            }
            { view_link_notice(state) }
            <form class="save-form" onsubmit={on_save}>
                <label for="scenario-name">{ "Name for a new scenario" }</label>
                <div class="save-row">
                    <input
                        id="scenario-name"
                        type="text"
                        maxlength="100"
                        placeholder={default_name}
                        value={(*new_name).clone()}
                        oninput={on_name_input}
                    />
                    <button type="submit" data-testid="save-scenario">{ "Save as new" }</button>
                </div>
            </form>
            if let Some(saved) = state.open_id.and_then(|id| state.get(id)) {
                <p class="open-note" data-testid="open-scenario">
                    if props.unsaved {
                        { format!("“{}” has unsaved changes. ", saved.name) }
                        <button type="button" data-testid="save-changes"
                            onclick={let save = props.on_save_changes.clone(); move |_| save.emit(())}>
                            { "Save changes" }
                        </button>
                    } else {
                        { format!("Showing “{}”, saved.", saved.name) }
                    }
                </p>
            }
            <ul class="scenario-list">
                { for state.library.scenarios.iter().map(|saved| view_row(props, saved.id, &saved.name, &renaming)) }
            </ul>
            if state.library.scenarios.len() >= 2 {
                <p class="group-note">
                    { format!("Tick two to {MAX_COMPARED} scenarios to compare them side by side.") }
                </p>
            }
            if let Some((_, deleted)) = &state.last_deleted {
                <p class="undo-note" role="status">
                    { format!("Deleted “{}”. ", deleted.name) }
                    <button type="button" data-testid="undo-delete"
                        onclick={let state = state.clone(); move |_| state.dispatch(LibraryAction::UndoDelete)}>
                        { "Undo" }
                    </button>
                </p>
            }
        </section>
    }
}

fn view_link_notice(state: &UseReducerHandle<LibraryState>) -> Html {
    let Some(link) = &state.link else {
        return html! {};
    };
    let dismiss = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(LibraryAction::DismissLink))
    };
    html! {
        <div class="link-notice" role="status" data-testid="link-notice">
            <p>
                { "This scenario came from a link and is not saved. Give it a name below and save it to keep it." }
            </p>
            if !link.problems.is_empty() {
                <ul class="link-problems">
                    { for link.problems.iter().map(|problem| html! { <li>{ problem }</li> }) }
                </ul>
            }
            <button type="button" onclick={dismiss}>{ "Dismiss" }</button>
        </div>
    }
}

fn view_row(
    props: &ScenarioPanelProps,
    id: u64,
    name: &str,
    renaming: &UseStateHandle<Option<(u64, String)>>,
) -> Html {
    let state = &props.state;
    let dispatch = |action: LibraryAction| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(action.clone()))
    };
    let compared = state.compared.contains(&id);
    let compare_full = state.compared.len() >= MAX_COMPARED && !compared;
    let is_open = state.open_id == Some(id);

    let name_view = match &**renaming {
        Some((renamed, text)) if *renamed == id => view_rename(state, renaming, id, text),
        _ => {
            html! { <span class="scenario-name" data-testid={format!("scenario-name-{id}")}>{ name }</span> }
        }
    };
    let start_rename = {
        let renaming = renaming.clone();
        let name = name.to_string();
        Callback::from(move |_: MouseEvent| renaming.set(Some((id, name.clone()))))
    };
    let open = {
        let on_open = props.on_open.clone();
        Callback::from(move |_: MouseEvent| on_open.emit(id))
    };

    html! {
        <li class={classes!("scenario-row", is_open.then_some("scenario-row--open"))} key={id}>
            <input
                type="checkbox"
                id={format!("compare-{id}")}
                checked={compared}
                disabled={compare_full}
                onchange={let state = state.clone(); move |_| state.dispatch(LibraryAction::ToggleCompared(id))}
            />
            <label class="visually-hidden" for={format!("compare-{id}")}>{ format!("Compare “{name}”") }</label>
            { name_view }
            <span class="scenario-actions">
                <button type="button" onclick={open} aria-label={format!("Open “{name}”")}>{ "Open" }</button>
                <button type="button" onclick={start_rename} aria-label={format!("Rename “{name}”")}>{ "Rename" }</button>
                <button type="button" onclick={dispatch(LibraryAction::Duplicate(id))} aria-label={format!("Duplicate “{name}”")}>{ "Duplicate" }</button>
                <button type="button" onclick={dispatch(LibraryAction::Delete(id))} aria-label={format!("Delete “{name}”")}>{ "Delete" }</button>
            </span>
        </li>
    }
}

fn view_rename(
    state: &UseReducerHandle<LibraryState>,
    renaming: &UseStateHandle<Option<(u64, String)>>,
    id: u64,
    text: &str,
) -> Html {
    let oninput = {
        let renaming = renaming.clone();
        Callback::from(move |event: InputEvent| {
            let value = event.target_unchecked_into::<HtmlInputElement>().value();
            renaming.set(Some((id, value)));
        })
    };
    let onkeydown = {
        let renaming = renaming.clone();
        let state = state.clone();
        let text = text.to_string();
        Callback::from(move |event: KeyboardEvent| match event.key().as_str() {
            "Enter" => {
                event.prevent_default();
                state.dispatch(LibraryAction::Rename(id, text.clone()));
                renaming.set(None);
            }
            "Escape" => renaming.set(None),
            _ => {}
        })
    };
    let save = {
        let renaming = renaming.clone();
        let state = state.clone();
        let text = text.to_string();
        Callback::from(move |_: MouseEvent| {
            state.dispatch(LibraryAction::Rename(id, text.clone()));
            renaming.set(None);
        })
    };
    html! {
        <span class="rename">
            <label class="visually-hidden" for={format!("rename-{id}")}>{ "New name" }</label>
            <input id={format!("rename-{id}")} type="text" maxlength="100" value={text.to_string()} {oninput} {onkeydown} />
            <button type="button" onclick={save}>{ "Save name" }</button>
        </span>
    }
}
