//! Hooks that connect the calculator to the browser: the share link in the URL, the saved
//! scenarios in localStorage, the offline copy in a service worker, and drawing the costly
//! parts of the page after the figures the user is looking at.

mod use_deferred;
mod use_offline_cache;
mod use_painted;
mod use_saved_scenarios;
mod use_share_link;

pub use use_deferred::use_deferred;
pub use use_offline_cache::use_offline_cache;
pub use use_painted::use_painted;
pub use use_saved_scenarios::use_saved_scenarios;
pub use use_share_link::use_share_link;
