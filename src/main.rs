//! Entry point of the browser app: installs the panic hook and logger, removes the figures
//! written into the page at build time, then mounts [`App`].

use callgap::App;

fn main() {
    console_error_panic_hook::set_once();
    wasm_logger::init(wasm_logger::Config::new(log::Level::Info));

    let document = web_sys::window().and_then(|window| window.document());
    // The figures written into the page at build time give way to the app's own.
    if let Some(first_paint) = document
        .as_ref()
        .and_then(|document| document.get_element_by_id("first-paint"))
    {
        first_paint.remove();
    }
    let root = document.and_then(|document| document.get_element_by_id("app"));
    match root {
        Some(root) => {
            yew::Renderer::<App>::with_root(root).render();
        }
        None => {
            log::error!("element #app not found in the page, so the calculator was not mounted")
        }
    }
}
