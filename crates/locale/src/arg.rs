//! A message's variables.

use explainer_model::Date;

/// A message's variable.
#[derive(Clone, Debug)]
pub enum Arg {
    /// A count: selects the plural form, shown in the locale's digits.
    Number(i64),
    /// Words, shown as they are.
    Text(String),
    /// A date at its precision, in the locale's forms. A message reads it as `{ $date }` (the
    /// date as it stands alone: «март 2024 г.») or `{ $date-genitive }` (its month in the case
    /// a day's date puts it in, for the words that govern it: «с марта 2024 г.»); languages
    /// whose months do not decline show the same in both.
    Date(Date),
}

/// The suffix of a date variable's second form (see [`Arg::Date`]).
pub const GENITIVE: &str = "-genitive";
