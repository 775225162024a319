//! A message's variables.

/// A message's variable.
#[derive(Clone, Debug)]
pub enum Arg {
    /// A count: selects the plural form, shown in the locale's digits.
    Number(i64),
    /// Words, shown as they are.
    Text(String),
}
