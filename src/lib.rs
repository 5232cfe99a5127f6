//! CallGap: a calculator for the cost of call reluctance, compiled to WebAssembly.
//!
//! The cost model lives in [`model`] and has no browser dependency. The rest is a Yew app.
//! [`App`] is the root component and [`state`] contains the form and its actions. The
//! `components` module has one component per file, and `format` turns figures into
//! locale-aware text.

pub mod model;

mod app;
pub mod call_log;
mod components;
pub mod currency;
pub mod embed;
pub mod examples;
pub mod export;
mod field_text;
pub mod format;
mod hooks;
mod library_state;
mod library_store;
pub mod roster_rows;
pub mod share;
pub mod state;
pub mod storage;
pub mod theme;

pub use app::App;
