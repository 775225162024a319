//! Reading one TOML table of a content file: typed getters that report what is missing,
//! mistyped or empty, and unknown keys with the nearest known one.

use std::ops::Range;

use toml::de::{DeTable, DeValue};
use toml::Spanned;

use super::Report;

/// A spanned TOML value.
pub type Value<'i> = Spanned<DeValue<'i>>;

/// One table being read, with the keys it may have.
pub struct Fields<'t, 'i> {
    table: &'t DeTable<'i>,
    span: Range<usize>,
    /// The item's path in messages: `events.recognition`.
    pub item: String,
    allowed: &'static [&'static str],
}

impl<'t, 'i> Fields<'t, 'i> {
    /// Starts reading `table` (at `span`), known as `item`, which may have `allowed` keys.
    pub fn new(
        table: &'t DeTable<'i>,
        span: Range<usize>,
        item: String,
        allowed: &'static [&'static str],
    ) -> Self {
        Fields {
            table,
            span,
            item,
            allowed,
        }
    }

    /// Where the table starts.
    pub fn span(&self) -> Range<usize> {
        self.span.clone()
    }

    /// The value of `key`, if present.
    pub fn value(&self, key: &str) -> Option<&'t Value<'i>> {
        debug_assert!(self.allowed.contains(&key), "{key} not allowed");
        self.table.get(key)
    }

    /// A string (or, for dates, a bare TOML date or year) at `key`, with its span. Reports
    /// a missing key when `required`, and a value of the wrong type always.
    pub fn scalar(
        &self,
        report: &mut Report,
        key: &str,
        required: bool,
        what: &str,
    ) -> Option<(String, Range<usize>)> {
        let Some(value) = self.value(key) else {
            if required {
                report.problem(
                    Some(self.span()),
                    &self.item,
                    format!("`{key}` is missing"),
                    format!("add `{key} = ...` ({what})"),
                );
            }
            return None;
        };
        let text = match value.get_ref() {
            DeValue::String(s) => s.to_string(),
            DeValue::Integer(i) => i.as_str().to_string(),
            DeValue::Datetime(d) => d.to_string(),
            _ => {
                report.problem(
                    Some(value.span()),
                    &self.item,
                    format!("`{key}` should be text"),
                    format!("write it in quotes: {key} = \"...\" ({what})"),
                );
                return None;
            }
        };
        Some((text, value.span()))
    }

    /// Required, non-empty text at `key`; reports problems and returns "" on failure.
    pub fn text(&self, report: &mut Report, key: &str, what: &str) -> &'static str {
        match self.read_text(report, key, what, true) {
            Some(text) => text,
            None => {
                if self.value(key).is_none() {
                    report.problem(
                        Some(self.span()),
                        &self.item,
                        format!("`{key}` is missing"),
                        format!("add `{key} = \"...\"` ({what})"),
                    );
                }
                ""
            }
        }
    }

    /// Optional text at `key`: reports a wrong type or empty text.
    pub fn opt_text(&self, report: &mut Report, key: &str, what: &str) -> Option<&'static str> {
        self.read_text(report, key, what, false)
    }

    fn read_text(
        &self,
        report: &mut Report,
        key: &str,
        what: &str,
        required: bool,
    ) -> Option<&'static str> {
        let value = self.value(key)?;
        match value.get_ref() {
            DeValue::String(s) if s.trim().is_empty() => {
                report.problem(
                    Some(value.span()),
                    &self.item,
                    format!("`{key}` is empty"),
                    if required {
                        format!("write {what}")
                    } else {
                        format!("write {what}, or remove the line")
                    },
                );
                None
            }
            DeValue::String(s) => Some(leak_str(s.trim().to_string())),
            _ => {
                report.problem(
                    Some(value.span()),
                    &self.item,
                    format!("`{key}` should be text"),
                    format!("write it in quotes: {key} = \"...\""),
                );
                None
            }
        }
    }

    /// A list of strings at `key` (a single string counts as a list of one).
    pub fn str_list(
        &self,
        report: &mut Report,
        key: &str,
        what: &str,
    ) -> Vec<(String, Range<usize>)> {
        let Some(value) = self.value(key) else {
            return Vec::new();
        };
        match value.get_ref() {
            DeValue::String(s) => vec![(s.to_string(), value.span())],
            DeValue::Array(items) => items
                .iter()
                .filter_map(|item| match item.get_ref() {
                    DeValue::String(s) => Some((s.to_string(), item.span())),
                    _ => {
                        report.problem(
                            Some(item.span()),
                            &self.item,
                            format!("`{key}` should list text only"),
                            format!("write {key} = [\"...\", \"...\"] ({what})"),
                        );
                        None
                    }
                })
                .collect(),
            _ => {
                report.problem(
                    Some(value.span()),
                    &self.item,
                    format!("`{key}` should be a list"),
                    format!("write {key} = [\"...\", \"...\"] ({what})"),
                );
                Vec::new()
            }
        }
    }

    /// The tables of an array of tables (`[[key]]`) at `key`.
    pub fn tables(&self, report: &mut Report, key: &str) -> Vec<(&'t DeTable<'i>, Range<usize>)> {
        tables_of(report, self.value(key), &self.item, key)
    }

    /// Reports every key the table has that it may not have, suggesting the nearest allowed.
    pub fn finish(self, report: &mut Report) {
        for (key, _) in self.table.iter() {
            let name: &str = key.get_ref();
            if self.allowed.contains(&name) {
                continue;
            }
            let fix = match nearest(name, self.allowed.iter().copied()) {
                Some(near) => format!(
                    "did you mean `{near}`? (allowed: {})",
                    self.allowed.join(", ")
                ),
                None => format!("remove it; allowed here: {}", self.allowed.join(", ")),
            };
            report.problem(
                Some(key.span()),
                &self.item,
                format!("unknown field `{name}`"),
                fix,
            );
        }
    }
}

/// The tables in an array-of-tables value (reporting anything else there).
pub fn tables_of<'t, 'i>(
    report: &mut Report,
    value: Option<&'t Value<'i>>,
    item: &str,
    key: &str,
) -> Vec<(&'t DeTable<'i>, Range<usize>)> {
    let Some(value) = value else {
        return Vec::new();
    };
    let Some(items) = value.get_ref().as_array() else {
        report.problem(
            Some(value.span()),
            item,
            format!("`{key}` should be a list of tables"),
            format!("write each entry under its own [[{key}]] header"),
        );
        return Vec::new();
    };
    items
        .iter()
        .filter_map(|entry| match entry.get_ref().as_table() {
            Some(table) => Some((table, entry.span())),
            None => {
                report.problem(
                    Some(entry.span()),
                    item,
                    format!("an entry of `{key}` is not a table"),
                    format!("write each entry under its own [[{key}]] header"),
                );
                None
            }
        })
        .collect()
}

/// Moves text into a `&'static str` (loaded stories live for the rest of the program).
pub fn leak_str(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

/// Moves a list into a `&'static` slice.
pub fn leak<T>(items: Vec<T>) -> &'static [T] {
    Box::leak(items.into_boxed_slice())
}

/// The candidate closest to `word` by edit distance, when close enough to be a likely typo.
pub fn nearest<'a>(word: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let limit = (word.chars().count() / 3).max(2);
    candidates
        .map(|c| (edit_distance(word, c), c))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// Levenshtein distance between two strings, by characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let current = row[j + 1];
            row[j + 1] = if ca == *cb {
                previous
            } else {
                1 + previous.min(row[j]).min(row[j + 1])
            };
            previous = current;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_near_names_only() {
        let ids = ["russia", "taliban", "united-states"];
        assert_eq!(nearest("rusia", ids.iter().copied()), Some("russia"));
        assert_eq!(nearest("talibn", ids.iter().copied()), Some("taliban"));
        assert_eq!(nearest("france", ids.iter().copied()), None);
    }
}
