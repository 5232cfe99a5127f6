//! The calculator's components, one per file.

pub mod announcer;
pub mod call_log_import;
pub mod charts;
pub mod choice_group;
pub mod comparison_table;
pub mod currency_select;
pub mod damage_report;
pub mod embed_widget;
pub mod example_list;
pub mod export_panel;
pub mod field_error;
pub mod figure;
pub mod formula_list;
pub mod input_form;
pub mod number_field;
pub mod pipeline_table;
pub mod results_panel;
pub mod roster_editor;
pub mod scenario_panel;
pub mod scorecard_table;
pub mod workshop;
