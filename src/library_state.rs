//! The saved-scenario list as the page keeps it in memory: the list, which scenario is open, what to
//! compare, the undo of the last delete, and messages about storage.
//!
//! Every change re-reads the stored list first and writes it back at once, so two tabs that
//! edit the list in turn do not undo each other's changes.

use std::rc::Rc;

use yew::Reducible;

use crate::currency::Currency;
use crate::library_store::{self, Opened};
use crate::model::{Rep, Scenario};
use crate::storage::{Library, SavedScenario};

/// Most scenarios the comparison shows side by side.
pub const MAX_COMPARED: usize = 4;

/// A scenario opened from a share link and not saved yet.
#[derive(Clone, Debug, PartialEq)]
pub struct LinkNotice {
    /// The name the link gave, if any.
    pub name: Option<String>,
    /// One sentence for each part of the link that could not be used.
    pub problems: Vec<String>,
}

/// The saved scenarios and what the user is doing with them.
#[derive(Clone, Debug, PartialEq)]
pub struct LibraryState {
    /// The saved scenarios.
    pub library: Library,
    /// The scenario the calculator shows and saves edits to, if any.
    pub open_id: Option<u64>,
    /// Scenarios picked for the comparison, in the order picked.
    pub compared: Vec<u64>,
    /// The last deleted scenario and its position, for undo.
    pub last_deleted: Option<(usize, SavedScenario)>,
    /// A message about storage, when reading or writing failed.
    pub message: Option<String>,
    /// Whether the list may be written; false keeps an unreadable stored value safe.
    pub writable: bool,
    /// Set while the calculator shows a scenario opened from a link.
    pub link: Option<LinkNotice>,
}

impl Default for LibraryState {
    fn default() -> Self {
        Self {
            library: Library::default(),
            open_id: None,
            compared: Vec::new(),
            last_deleted: None,
            message: None,
            writable: true,
            link: None,
        }
    }
}

/// A change to the saved scenarios.
#[derive(Clone, Debug, PartialEq)]
pub enum LibraryAction {
    /// The stored list was read at start-up.
    Open {
        /// The list that was read.
        library: Library,
        /// A sentence for the user when reading failed.
        message: Option<String>,
        /// Whether writing is safe.
        writable: bool,
    },
    /// Another tab changed the stored list.
    Reload,
    /// Save the calculator's scenario under a new name and open it.
    SaveNew {
        /// The name typed.
        name: String,
        /// The calculator's currency.
        currency: Currency,
        /// The calculator's scenario.
        scenario: Scenario,
        /// The calculator's roster.
        roster: Vec<Rep>,
    },
    /// Mark a saved scenario as the one the calculator shows.
    MarkOpen(u64),
    /// Write the calculator's edits into the open scenario.
    SaveEdits {
        /// The calculator's currency.
        currency: Currency,
        /// The calculator's scenario.
        scenario: Scenario,
        /// The calculator's roster.
        roster: Vec<Rep>,
    },
    /// Give a saved scenario a new name.
    Rename(u64, String),
    /// Copy a saved scenario.
    Duplicate(u64),
    /// Delete a saved scenario, keeping it for undo.
    Delete(u64),
    /// Bring back the last deleted scenario.
    UndoDelete,
    /// Add a scenario to the comparison or take it out.
    ToggleCompared(u64),
    /// A share link was opened; the calculator shows its scenario, unsaved.
    LinkOpened(LinkNotice),
    /// Hide the note about the link.
    DismissLink,
}

impl From<Opened> for LibraryAction {
    fn from(opened: Opened) -> Self {
        LibraryAction::Open {
            library: opened.library,
            message: opened.message,
            writable: opened.writable,
        }
    }
}

impl LibraryState {
    /// Returns the saved scenario with this id.
    #[must_use]
    pub fn get(&self, id: u64) -> Option<&SavedScenario> {
        self.library.get(id)
    }

    /// Re-reads the stored list, applies `change` and writes the list back.
    fn change(&mut self, change: impl FnOnce(&mut Library)) {
        if self.writable {
            if let Some(stored) = library_store::reload() {
                self.library = stored;
            }
        }
        change(&mut self.library);
        if self.writable {
            match library_store::save(&self.library) {
                Ok(()) => self.message = None,
                Err(message) => self.message = Some(message),
            }
        }
    }

    /// Drops open and compared ids whose scenario no longer exists.
    fn forget_missing(&mut self) {
        let library = &self.library;
        self.compared.retain(|id| library.get(*id).is_some());
        if self.open_id.is_some_and(|id| library.get(id).is_none()) {
            self.open_id = None;
        }
    }
}

impl Reducible for LibraryState {
    type Action = LibraryAction;

    fn reduce(self: Rc<Self>, action: Self::Action) -> Rc<Self> {
        let mut state = Rc::unwrap_or_clone(self);
        match action {
            LibraryAction::Open {
                library,
                message,
                writable,
            } => {
                state.library = library;
                state.message = message;
                state.writable = writable;
            }
            LibraryAction::Reload => {
                if let Some(library) = library_store::reload() {
                    state.library = library;
                }
            }
            LibraryAction::SaveNew {
                name,
                currency,
                scenario,
                roster,
            } => {
                let mut new_id = None;
                state.change(|library| {
                    let id = library.add(&name, currency, scenario);
                    library.set_roster(id, roster);
                    new_id = Some(id);
                });
                state.open_id = new_id;
                state.link = None;
            }
            LibraryAction::MarkOpen(id) => {
                state.open_id = Some(id);
                state.link = None;
            }
            LibraryAction::SaveEdits {
                currency,
                scenario,
                roster,
            } => {
                if let Some(id) = state.open_id {
                    state.change(|library| {
                        library.update(id, currency, scenario);
                        library.set_roster(id, roster);
                    });
                }
            }
            LibraryAction::Rename(id, name) => state.change(|library| {
                library.rename(id, &name);
            }),
            LibraryAction::Duplicate(id) => state.change(|library| {
                library.duplicate(id);
            }),
            LibraryAction::Delete(id) => {
                let mut removed = None;
                state.change(|library| removed = library.remove(id));
                if removed.is_some() {
                    state.last_deleted = removed;
                }
            }
            LibraryAction::UndoDelete => {
                if let Some((index, saved)) = state.last_deleted.take() {
                    state.change(|library| library.restore(index, saved));
                }
            }
            LibraryAction::ToggleCompared(id) => {
                if let Some(position) = state.compared.iter().position(|compared| *compared == id) {
                    state.compared.remove(position);
                } else if state.compared.len() < MAX_COMPARED {
                    state.compared.push(id);
                }
            }
            LibraryAction::LinkOpened(notice) => {
                state.open_id = None;
                state.link = Some(notice);
            }
            LibraryAction::DismissLink => state.link = None,
        }
        state.forget_missing();
        Rc::new(state)
    }
}
