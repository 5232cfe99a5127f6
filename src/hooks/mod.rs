//! Hooks that connect the calculator to the browser: the share link in the URL, the saved
//! scenarios in localStorage and the offline copy in a service worker.

mod use_offline_cache;
mod use_saved_scenarios;
mod use_share_link;

pub use use_offline_cache::use_offline_cache;
pub use use_saved_scenarios::use_saved_scenarios;
pub use use_share_link::use_share_link;
