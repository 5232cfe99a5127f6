//! The saved scenarios: read at start-up and re-read when another tab writes them.

use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::StorageEvent;
use yew::prelude::*;

use crate::library_state::{LibraryAction, LibraryState};
use crate::library_store;
use crate::storage::STORAGE_KEY;

/// Returns the saved-scenario state, wired to localStorage.
#[hook]
pub fn use_saved_scenarios() -> UseReducerHandle<LibraryState> {
    let library = use_reducer(LibraryState::default);

    {
        let library = library.dispatcher();
        use_effect_with((), move |()| {
            library.dispatch(library_store::open().into());
            // Another tab changed the list: read it again so neither tab undoes the other.
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "storage", move |event| {
                    let key = event.dyn_ref::<StorageEvent>().and_then(StorageEvent::key);
                    if key.as_deref().is_none_or(|key| key == STORAGE_KEY) {
                        library.dispatch(LibraryAction::Reload);
                    }
                })
            });
            move || drop(listener)
        });
    }

    library
}
