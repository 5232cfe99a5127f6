//! The saved scenarios in the browser's localStorage.
//!
//! This talks to `web_sys::Storage` directly rather than through gloo-storage, because
//! gloo-storage 0.3 throws when the browser denies storage (private windows, blocked
//! cookies), and a throw inside wasm stops the app. Here such a browser gets a message and
//! a list that lives only as long as the page.

use web_sys::Storage;

use crate::storage::{read_library, write_library, Library, STORAGE_KEY, UNREADABLE_KEY};

/// How many numbered keys may hold values kept aside before keeping more is refused.
const MAX_KEPT_ASIDE: u32 = 20;

/// The saved scenarios as read at start-up, with a message for the user.
pub struct Opened {
    /// The list that could be read.
    pub library: Library,
    /// A sentence for the user, when something went wrong.
    pub message: Option<String>,
    /// Whether writing the list is safe: false while an unreadable value could not be kept
    /// aside, so that saving cannot destroy it.
    pub writable: bool,
}

fn local_storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Reads the saved scenarios; keeps an unreadable value aside under a key of its own first.
#[must_use]
pub fn open() -> Opened {
    let Some(storage) = local_storage() else {
        log::warn!("localStorage is not available; scenarios are kept for this page only");
        return Opened {
            library: Library::default(),
            message: Some(
                "This browser does not let the page store data, so saved scenarios last only \
                 until the page closes."
                    .to_string(),
            ),
            writable: false,
        };
    };
    let raw = match storage.get_item(STORAGE_KEY) {
        Ok(raw) => raw,
        Err(_) => {
            log::warn!("reading {STORAGE_KEY} failed");
            None
        }
    };
    let loaded = read_library(raw.as_deref());
    let Some(problem) = loaded.problem else {
        return Opened {
            library: loaded.library,
            message: None,
            writable: true,
        };
    };
    log::warn!("saved scenarios could not be used as stored: {problem:?}");
    let mut message = problem.message();
    let mut writable = true;
    if problem.keeps_value_aside() {
        match raw.as_deref().map(|raw| keep_aside(&storage, raw)) {
            Some(Ok(key)) => {
                message.push_str(&format!(" Their old value is under the key “{key}”."))
            }
            Some(Err(())) | None => {
                writable = false;
                message.push_str(
                    " They could not be copied aside, so saving is off to leave them untouched.",
                );
            }
        }
    }
    Opened {
        library: loaded.library,
        message: Some(message),
        writable,
    }
}

/// Copies an unreadable value to the first free numbered key and returns that key.
fn keep_aside(storage: &Storage, raw: &str) -> Result<String, ()> {
    for number in 1..=MAX_KEPT_ASIDE {
        let key = format!("{UNREADABLE_KEY}.{number}");
        match storage.get_item(&key) {
            // The same value kept aside on an earlier visit needs no second copy.
            Ok(Some(kept)) if kept == raw => return Ok(key),
            Ok(Some(_)) => continue,
            Ok(None) => {
                return storage.set_item(&key, raw).map(|()| key).map_err(|_| {
                    log::error!(
                        "keeping the unreadable scenarios aside under {UNREADABLE_KEY} failed"
                    );
                });
            }
            Err(_) => return Err(()),
        }
    }
    Err(())
}

/// Reads the list again, after another tab changed it.
#[must_use]
pub fn reload() -> Option<Library> {
    let raw = local_storage()?.get_item(STORAGE_KEY).ok()?;
    let loaded = read_library(raw.as_deref());
    loaded.problem.is_none().then_some(loaded.library)
}

/// Writes the list.
///
/// # Errors
/// Returns a sentence for the user when the browser refuses the write, for example because
/// its storage quota is full.
pub fn save(library: &Library) -> Result<(), String> {
    let storage = local_storage().ok_or_else(|| {
        "This browser does not let the page store data, so the scenario is kept only until the page closes.".to_string()
    })?;
    storage
        .set_item(STORAGE_KEY, &write_library(library))
        .map_err(|_| {
            log::error!("writing {STORAGE_KEY} failed");
            "The browser refused to store the scenarios, perhaps because its storage is full. The \
         change is kept until the page closes."
                .to_string()
        })
}
