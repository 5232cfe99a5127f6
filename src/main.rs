//! Entry point of the browser app: installs the panic hook and logger, then mounts [`App`].

use callgap::App;

fn main() {
    console_error_panic_hook::set_once();
    wasm_logger::init(wasm_logger::Config::new(log::Level::Info));

    let root = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id("app"));
    match root {
        Some(root) => {
            yew::Renderer::<App>::with_root(root).render();
        }
        None => {
            log::error!("element #app not found in the page, so the calculator was not mounted")
        }
    }
}
