//! Registers the service worker that keeps the built files for use without a network.

use wasm_bindgen_futures::JsFuture;
use yew::platform::spawn_local;
use yew::prelude::*;

/// Registers `sw.js`, which the build writes next to the page, once the page has mounted.
///
/// A browser without service workers, or one that refuses the registration, still runs the
/// calculator; it just needs the network to load it again.
#[hook]
pub fn use_offline_cache() {
    use_effect_with((), |()| {
        let Some(window) = web_sys::window() else {
            return;
        };
        let container = window.navigator().service_worker();
        spawn_local(async move {
            if let Err(error) = JsFuture::from(container.register("sw.js")).await {
                log::warn!("the offline copy could not be set up: {error:?}");
            }
        });
    });
}
