//! The roster as the page edits it: the text in each cell, the last valid rep of each row,
//! and why a cell's text was rejected.

use crate::model::roster::{Rep, MAX_REPS};
use crate::model::{format_plain_number, parse_number, Field, FieldRule, InputError};

/// A cell of a roster row that contains a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RepColumn {
    /// Dials the rep should make per day.
    Target,
    /// Dials the rep makes per day.
    Actual,
    /// The rep's own closed deals per dial, in percent; may be empty.
    Rate,
}

impl RepColumn {
    /// Every number column, in table order.
    pub const ALL: [RepColumn; 3] = [RepColumn::Target, RepColumn::Actual, RepColumn::Rate];

    /// Returns the values the column accepts: those of the matching team input, and for the
    /// rate also an empty cell, which means "use the team rate".
    #[must_use]
    pub const fn rule(self) -> FieldRule {
        match self {
            RepColumn::Target => Field::TargetCalls.rule(),
            RepColumn::Actual => Field::ActualCalls.rule(),
            RepColumn::Rate => FieldRule {
                optional: true,
                ..Field::ConversionRate.rule()
            },
        }
    }
}

/// One row as edited.
#[derive(Clone, Debug, PartialEq)]
pub struct RepRow {
    /// The rep as of the last valid text in every cell.
    pub rep: Rep,
    /// The text of each number cell, in [`RepColumn::ALL`] order.
    pub texts: [String; 3],
    /// The reason each number cell's text was rejected, or `None`.
    pub errors: [Option<InputError>; 3],
}

impl RepRow {
    /// Creates a row that shows `rep`.
    #[must_use]
    pub fn from_rep(rep: Rep) -> Self {
        let texts = [
            format_plain_number(rep.target_calls),
            format_plain_number(rep.actual_calls),
            rep.calls_to_deal
                .map(|rate| format_plain_number(rate.percent()))
                .unwrap_or_default(),
        ];
        Self {
            rep,
            texts,
            errors: std::array::from_fn(|_| None),
        }
    }

    /// Returns whether any cell's text is rejected.
    #[must_use]
    pub fn has_error(&self) -> bool {
        self.errors.iter().any(Option::is_some)
    }

    /// Takes new text for a number cell, keeping the last valid value when it is rejected.
    pub fn edit(&mut self, column: RepColumn, text: String) {
        let index = column as usize;
        let rule = column.rule();
        let parsed = if text.trim().is_empty() && rule.optional {
            Ok(None)
        } else {
            parse_number(&text, &rule).map(Some)
        };
        self.texts[index] = text;
        self.errors[index] = match parsed {
            Ok(value) => {
                match column {
                    RepColumn::Target => self.rep.target_calls = value.unwrap_or(0.0),
                    RepColumn::Actual => self.rep.actual_calls = value.unwrap_or(0.0),
                    RepColumn::Rate => {
                        self.rep.calls_to_deal = value.map(crate::model::Rate::from_percent);
                    }
                }
                None
            }
            Err(error) => Some(error),
        };
    }
}

/// The rows of the roster, at most [`MAX_REPS`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RosterRows {
    /// The rows in the order the manager put them.
    pub rows: Vec<RepRow>,
}

impl RosterRows {
    /// Creates rows that show `reps`, cut to [`MAX_REPS`].
    #[must_use]
    pub fn from_reps(reps: Vec<Rep>) -> Self {
        Self {
            rows: reps
                .into_iter()
                .take(MAX_REPS)
                .map(RepRow::from_rep)
                .collect(),
        }
    }

    /// Returns the reps as of the last valid text in every cell.
    #[must_use]
    pub fn reps(&self) -> Vec<Rep> {
        self.rows.iter().map(|row| row.rep.clone()).collect()
    }

    /// Adds a rep at the end with the given target and calls made; returns false when full.
    pub fn add(&mut self, target_calls: f64, actual_calls: f64) -> bool {
        if self.rows.len() >= MAX_REPS {
            return false;
        }
        let name = format!("Rep {}", self.rows.len() + 1);
        self.rows.push(RepRow::from_rep(Rep {
            name,
            target_calls,
            actual_calls,
            calls_to_deal: None,
        }));
        true
    }

    /// Removes the row at `index`, if there is one.
    pub fn remove(&mut self, index: usize) {
        if index < self.rows.len() {
            self.rows.remove(index);
        }
    }

    /// Moves the row at `from` to `to`, if both are in range.
    pub fn move_row(&mut self, from: usize, to: usize) {
        if from < self.rows.len() && to < self.rows.len() && from != to {
            let row = self.rows.remove(from);
            self.rows.insert(to, row);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_keeps_last_valid_value() {
        let mut rows = RosterRows::default();
        assert!(rows.add(80.0, 50.0));
        let row = &mut rows.rows[0];
        row.edit(RepColumn::Actual, "60".to_string());
        assert_eq!(row.rep.actual_calls, 60.0);
        row.edit(RepColumn::Actual, "lots".to_string());
        assert_eq!(row.rep.actual_calls, 60.0);
        assert_eq!(row.errors[1], Some(InputError::NotANumber));
        assert!(row.has_error());
        row.edit(RepColumn::Rate, "3%".to_string());
        assert_eq!(row.rep.calls_to_deal.map(|rate| rate.percent()), Some(3.0));
        row.edit(RepColumn::Rate, String::new());
        assert_eq!(row.rep.calls_to_deal, None);
    }

    #[test]
    fn add_remove_and_move() {
        let mut rows = RosterRows::default();
        for _ in 0..3 {
            rows.add(80.0, 50.0);
        }
        rows.move_row(2, 0);
        let names: Vec<String> = rows.reps().into_iter().map(|rep| rep.name).collect();
        assert_eq!(names, ["Rep 3", "Rep 1", "Rep 2"]);
        rows.remove(1);
        rows.remove(9);
        rows.move_row(0, 9);
        let names: Vec<String> = rows.reps().into_iter().map(|rep| rep.name).collect();
        assert_eq!(names, ["Rep 3", "Rep 2"]);
    }

    #[test]
    fn roster_has_a_ceiling() {
        let mut rows = RosterRows::from_reps(Vec::new());
        for _ in 0..MAX_REPS {
            assert!(rows.add(1.0, 1.0));
        }
        assert!(!rows.add(1.0, 1.0));
        assert_eq!(rows.rows.len(), MAX_REPS);
    }
}
