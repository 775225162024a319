//! Reads a content file into [`RawStory`] with serde, without stopping at the first mistake.
//!
//! serde stops at the first value of the wrong type or unknown field. So each time it does,
//! the problem is recorded (in the checker's words, with the item it belongs to) and the
//! offending key or list entry is taken out of the parsed document, and serde reads it again,
//! until it succeeds: every type error and unknown field in the file is listed in one run.

use std::ops::Range;

use serde::Deserialize;
use toml::de::{DeTable, DeValue, ValueDeserializer};
use toml::Spanned;

use crate::diagnostics::{nearest, Report};
use crate::raw::{RawStory, Sp};

/// Keys whose values are lists of tables (`[[events]]`).
const TABLE_LISTS: &[&str] = &[
    "sources",
    "sections",
    "actors",
    "events",
    "eras",
    "relationships",
    "steps",
    "states",
];

/// Parses `text` as TOML with every value's span, reporting each syntax error at its line.
/// `None` when it is not TOML at all.
pub fn parse_toml<'i>(report: &mut Report, text: &'i str) -> Option<Spanned<DeTable<'i>>> {
    let (doc, syntax_errors) = DeTable::parse_recoverable(text);
    if syntax_errors.is_empty() {
        return Some(doc);
    }
    for error in syntax_errors {
        report.problem(
            error.span(),
            "(file)",
            format!("not valid TOML: {}", error.message().trim()),
            "fix the syntax at this line (quotes, brackets, `key = value`)",
        );
    }
    None
}

/// Reads `text`, reporting syntax, type and unknown-field problems. `None` when the file is
/// not TOML at all (nothing more can be checked).
pub fn read_raw(report: &mut Report, text: &str) -> Option<Sp<RawStory>> {
    let doc = parse_toml(report, text)?;
    let span = doc.span();
    let mut root = Spanned::new(span, DeValue::Table(doc.into_inner()));
    // Each pass removes one offending key or entry, so this ends; the bound is a safeguard.
    for _ in 0..10_000 {
        let error = match Sp::<RawStory>::deserialize(ValueDeserializer::from(root.clone())) {
            Ok(raw) => return Some(raw),
            Err(error) => error,
        };
        let found = error
            .span()
            .and_then(|span| remove_at(&mut root, &span, &mut Vec::new()).map(|f| (span, f)));
        let Some((span, found)) = found else {
            report.problem(
                error.span(),
                "(file)",
                error.message().to_string(),
                "correct this value",
            );
            return None;
        };
        let (message, fix) = in_our_words(error.message(), &found);
        let item = match found.container.as_slice() {
            // A top-level table of the wrong type is named after itself (`story`).
            [] if !message.starts_with("unknown field") => found.key.clone(),
            path => item_name(&root, path),
        };
        report.problem(Some(span), &item, message, fix);
        if !found.entry {
            report.set_aside(found.container_span, found.key);
        }
    }
    None
}

/// A step on the way from the document's root to a value.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Step {
    Key(String),
    Index(usize),
}

/// What [`remove_at`] took out of the document.
struct Found {
    /// The path of the table the key belongs to (an entry's own table for a bad entry).
    container: Vec<Step>,
    /// Where that table is (for a bad entry, unused: the list itself stays).
    container_span: Range<usize>,
    /// The key: the field named or holding the bad value, or the list holding the bad entry.
    key: String,
    /// The bad value was an entry of the list at `key`.
    entry: bool,
}

/// Takes out of `value` the key (or list entry) written at `span`.
fn remove_at(
    value: &mut Spanned<DeValue>,
    span: &Range<usize>,
    path: &mut Vec<Step>,
) -> Option<Found> {
    let container_span = value.span();
    match value.get_mut() {
        DeValue::Table(table) => {
            let hit = table
                .iter()
                .find(|(key, v)| key.span() == *span || v.span() == *span)
                .map(|(key, _)| key.clone());
            if let Some(hit) = hit {
                table.remove(&hit);
                let key = hit.get_ref().to_string();
                return Some(Found {
                    container: path.clone(),
                    container_span,
                    key,
                    entry: false,
                });
            }
            for (key, child) in table.iter_mut() {
                path.push(Step::Key(key.get_ref().to_string()));
                if let Some(found) = remove_at(child, span, path) {
                    return Some(found);
                }
                path.pop();
            }
            None
        }
        DeValue::Array(items) => {
            if let Some(index) = items.iter().position(|v| v.span() == *span) {
                let kept: toml::de::DeArray = items
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| *i != index)
                    .map(|(_, v)| v.clone())
                    .collect();
                *items = kept;
                let key = match path.pop() {
                    Some(Step::Key(key)) => key,
                    _ => String::new(),
                };
                return Some(Found {
                    container: path.clone(),
                    container_span: 0..0,
                    key,
                    entry: true,
                });
            }
            for (i, child) in items.iter_mut().enumerate() {
                path.push(Step::Index(i));
                if let Some(found) = remove_at(child, span, path) {
                    return Some(found);
                }
                path.pop();
            }
            None
        }
        _ => None,
    }
}

/// The name of the item at `path`, as the checker names items: `(file)`, `story`,
/// `events.feud` (or `events[2]` without a usable id), `relationships.russia-taliban.states[1]`.
fn item_name(root: &Spanned<DeValue>, path: &[Step]) -> String {
    let entry = |key: &str, i: usize| {
        root.get_ref()
            .as_table()
            .and_then(|t| t.get(key))
            .and_then(|list| list.get_ref().as_array())
            .and_then(|list| list.get(i))
            .and_then(|e| e.get_ref().as_table())
    };
    match path {
        [Step::Key(key)] => key.clone(),
        [Step::Key(key), Step::Index(i)] => entry_name(key, *i, entry(key, *i)),
        [Step::Key(key), Step::Index(i), Step::Key(states), Step::Index(j)] => {
            format!("{}.{states}[{j}]", entry_name(key, *i, entry(key, *i)))
        }
        _ => "(file)".to_string(),
    }
}

/// `events.feud` when the entry has a well-formed id, else `events[2]`.
fn entry_name(key: &str, index: usize, table: Option<&DeTable>) -> String {
    match table
        .and_then(|t| t.get("id"))
        .and_then(|id| id.get_ref().as_str())
        .filter(|id| crate::check::refs::is_well_formed_id(id))
    {
        Some(id) => format!("{key}.{id}"),
        None => format!("{key}[{index}]"),
    }
}

/// serde's message about `found`, in the checker's words, with a fix.
fn in_our_words(message: &str, found: &Found) -> (String, String) {
    let key = &found.key;
    if let Some((name, allowed)) = unknown("unknown field `", message) {
        let fix = match nearest(name, allowed.iter().copied()) {
            Some(near) => format!("did you mean `{near}`? (allowed: {})", allowed.join(", ")),
            None => format!("remove it; allowed here: {}", allowed.join(", ")),
        };
        return (format!("unknown field `{name}`"), fix);
    }
    if let Some((name, allowed)) = unknown("unknown variant `", message) {
        let fix = match nearest(name, allowed.iter().copied()) {
            Some(near) => format!("did you mean \"{near}\"? One of: {}", allowed.join(", ")),
            None => format!("use one of: {}", allowed.join(", ")),
        };
        return (format!("unknown {key} \"{name}\""), fix);
    }
    let expected = message
        .strip_prefix("invalid type: ")
        .and_then(|rest| rest.split_once(", expected "))
        .map(|(_, expected)| expected);
    let Some(expected) = expected else {
        return (
            format!("`{key}`: {message}"),
            format!("correct the value of `{key}`"),
        );
    };
    let list_of_tables = TABLE_LISTS.contains(&key.as_str());
    match (found.entry, list_of_tables) {
        (true, true) => (
            format!("an entry of `{key}` is not a table"),
            format!("write each entry under its own [[{key}]] header"),
        ),
        (false, true) => (
            format!("`{key}` should be a list of tables"),
            format!("write each entry under its own [[{key}]] header"),
        ),
        (true, false) => (
            format!("`{key}` should list text only"),
            format!("write {key} = [\"...\", \"...\"] ({})", list_of(key)),
        ),
        (false, false) if expected == "a list" => (
            format!("`{key}` should be a list"),
            format!("write {key} = [\"...\", \"...\"] ({})", list_of(key)),
        ),
        (false, false) if expected == "a date" => (
            format!("`{key}` should be text"),
            format!("write it in quotes: {key} = \"...\" ({})", date_of(key)),
        ),
        (false, false) if expected.starts_with("one of: ") => (
            format!("`{key}` should be text"),
            format!("write it in quotes: {key} = \"...\" ({expected})"),
        ),
        (false, false) if expected.starts_with("struct ") => (
            format!("`{key}` should be a table"),
            format!("write it as a [{key}] table"),
        ),
        (false, false) => (
            format!("`{key}` should be text"),
            format!("write it in quotes: {key} = \"...\""),
        ),
    }
}

/// What a list at `key` holds, for fixes.
fn list_of(key: &str) -> String {
    match key {
        "cite" | "paragraphs" => "paragraph ids such as \"p1\"".to_string(),
        _ => format!("ids of [[{key}]]"),
    }
}

/// What a date at `key` may be, for fixes.
fn date_of(key: &str) -> &'static str {
    match key {
        "date" | "from" => {
            "YYYY, YYYY-MM or YYYY-MM-DD, optionally `since ...` or `by ...`, or \"undated\""
        }
        _ => "a date: YYYY, YYYY-MM or YYYY-MM-DD",
    }
}

/// The name and the allowed names in serde's "unknown field `x`, expected one of `a`, `b`"
/// (or "unknown variant ..."), when `message` starts with `prefix`.
fn unknown<'m>(prefix: &str, message: &'m str) -> Option<(&'m str, Vec<&'m str>)> {
    let rest = message.strip_prefix(prefix)?;
    let name = rest.split('`').next().unwrap_or("");
    let allowed = backticked(rest.split_once("expected").map_or("", |(_, list)| list));
    Some((name, allowed))
}

/// The names in backticks in a serde "expected one of `a`, `b`" list.
fn backticked(list: &str) -> Vec<&str> {
    list.split('`').skip(1).step_by(2).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_serdes_lists_of_names() {
        assert_eq!(
            backticked(" one of `id`, `title`, `summary`"),
            vec!["id", "title", "summary"]
        );
        assert!(backticked(" there are no fields").is_empty());
    }
}
