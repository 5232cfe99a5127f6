//! Hooks that connect the calculator to the browser: the share link in the URL and the
//! saved scenarios in localStorage.

mod use_saved_scenarios;
mod use_share_link;

pub use use_saved_scenarios::use_saved_scenarios;
pub use use_share_link::use_share_link;
