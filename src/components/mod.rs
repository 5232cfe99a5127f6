//! The calculator's components, one per file.

pub mod currency_select;
pub mod field_error;
pub mod formula_list;
pub mod number_field;
pub mod results_panel;
