//! Files and print: download the scenario as CSV or JSON, open a JSON file again, or print
//! the results.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, HtmlInputElement, Url};
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::export::{file_name, from_json, to_csv, to_json};
use crate::library_state::LibraryState;
use crate::state::{Calculator, CalculatorAction};

/// Properties of [`ExportPanel`].
#[derive(Properties, PartialEq)]
pub struct ExportPanelProps {
    /// The calculator whose scenario is written or replaced.
    pub calculator: UseReducerHandle<Calculator>,
    /// The saved scenarios, for the open scenario's name.
    pub library: UseReducerHandle<LibraryState>,
}

/// Offers the downloads, the file picker and the print button.
#[function_component(ExportPanel)]
pub fn export_panel(props: &ExportPanelProps) -> Html {
    let message = use_state(|| None::<(bool, String)>);
    let calculator = &props.calculator;
    let name = props
        .library
        .open_id
        .and_then(|id| props.library.get(id))
        .map_or_else(
            || "CallGap scenario".to_string(),
            |saved| saved.name.clone(),
        );

    let download_as = |extension: &'static str, mime: &'static str| {
        let calculator = calculator.clone();
        let message = message.clone();
        let name = name.clone();
        Callback::from(move |_: MouseEvent| {
            let Ok(report) = calculator.scenario().cost() else {
                return;
            };
            let text = match extension {
                "csv" => to_csv(&name, calculator.currency(), &report),
                _ => to_json(
                    &name,
                    calculator.currency(),
                    &report,
                    &calculator.roster().reps(),
                ),
            };
            if download(&file_name(&name, extension), mime, &text).is_err() {
                log::error!("creating the {extension} download failed");
                message.set(Some((
                    false,
                    "The browser did not start the download.".to_string(),
                )));
            }
        })
    };

    let on_open = {
        let calculator = calculator.dispatcher();
        let message = message.clone();
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            let calculator = calculator.clone();
            let message = message.clone();
            spawn_local(async move {
                let text = JsFuture::from(file.text())
                    .await
                    .ok()
                    .and_then(|text| text.as_string());
                let opened = text
                    .ok_or_else(|| "The file could not be read as text.".to_string())
                    .and_then(|text| from_json(&text));
                match opened {
                    Ok(file) => {
                        calculator.dispatch(CalculatorAction::Load {
                            scenario: Box::new(file.scenario),
                            currency: file.currency,
                            from_history: false,
                            roster: Some(file.roster),
                        });
                        message.set(Some((true, format!(
                            "Opened “{}” from the file. It is not saved yet: save it under Saved scenarios to keep it.",
                            file.name
                        ))));
                    }
                    Err(error) => message.set(Some((false, error))),
                }
            });
        })
    };

    let on_print = Callback::from(|_: MouseEvent| {
        if let Some(window) = web_sys::window() {
            if window.print().is_err() {
                log::warn!("printing failed: the browser rejected the request");
            }
        }
    });

    html! {
        <section class="export" aria-labelledby="export-title">
            <h2 id="export-title">{ "Files and print" }</h2>
            <div class="export-actions">
                <button type="button" data-testid="download-csv" onclick={download_as("csv", "text/csv")}>{ "Download CSV" }</button>
                <button type="button" data-testid="download-json" onclick={download_as("json", "application/json")}>{ "Download JSON" }</button>
                <button type="button" data-testid="print" onclick={on_print}>{ "Print" }</button>
            </div>
            <div class="field">
                <label for="open-scenario-file">{ "Open a scenario file (JSON)" }</label>
                <input id="open-scenario-file" type="file" accept=".json,application/json" onchange={on_open} />
            </div>
            if let Some((ok, text)) = &*message {
                <p class={if *ok { "store-message" } else { "field-error" }} role="status" data-testid="file-message">{ text }</p>
            }
        </section>
    }
}

/// Offers `text` to the user as a file download, without any request leaving the page.
fn download(file_name: &str, mime: &str, text: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = Url::create_object_url_with_blob(&blob)?;
    let document = web_sys::window()
        .and_then(|window| window.document())
        .ok_or(JsValue::NULL)?;
    let anchor: HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    Url::revoke_object_url(&url)
}
