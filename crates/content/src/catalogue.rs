//! The interface's catalogues (`locales/<lang>.ftl`) as the checker sees them: what a
//! language's lacks or has in excess against the source language's, and a new language's
//! skeleton.

use explainer_locale::{read_catalogue, SOURCE_LANG};
use fluent_bundle::FluentResource;

use crate::diagnostics::{LineIndex, Problem};

/// A catalogue for a new language from the source language's: every message in place
/// with no words (the English above it as a comment), which fails the checker until each
/// is written.
pub fn catalogue_skeleton(lang: &str, source: &str) -> String {
    let mut out = format!(
        "# The explainer's interface in {lang}, translated from locales/{SOURCE_LANG}.ftl: \
         write each message's words\n# after its `=` (the English is above it).\n"
    );
    for line in source.lines() {
        match line.split_once(" = ") {
            Some((id, english))
                if !line.starts_with([' ', '#'])
                    && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') =>
            {
                out.push_str(&format!("# {SOURCE_LANG}: {english}\n{id} =\n"));
            }
            _ if line.starts_with("# ") && !line.starts_with("## ") => {}
            _ => {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    out
}

/// What is wrong with the catalogue `text` for `lang`, measured against the source
/// language's (`source`): syntax, messages it lacks or has in excess, and messages
/// without words. Empty when it is complete.
pub fn catalogue_problems(lang: &str, text: &str, source: &str) -> Vec<Problem> {
    let lines = LineIndex::new(text);
    // A message's line: where `id =` starts one.
    let line_of_id = |id: &str| {
        text.lines().position(|l| {
            l.strip_prefix(id)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
    };
    let english = |id: &str| {
        source
            .lines()
            .find_map(|l| l.strip_prefix(id)?.strip_prefix(" = "))
            .unwrap_or("")
            .to_string()
    };
    let mut out = vec![];
    // A message with no words yet (a new language's skeleton: `next =`), said plainly;
    // Fluent reads it as a syntax error, which is not listed again.
    let blank: Vec<(String, usize)> = text
        .lines()
        .enumerate()
        .filter_map(|(i, l)| {
            let id = l.trim_end().strip_suffix(" =")?;
            (!id.is_empty() && !id.starts_with(['#', ' '])).then(|| (id.to_string(), i + 1))
        })
        .collect();
    for (id, line) in &blank {
        out.push(Problem {
            line: Some(*line),
            item: id.clone(),
            message: "no words yet".into(),
            fix: format!("write them after the `=`, translated from: {}", english(id)),
        });
    }
    // The messages each catalogue has, as Fluent reads them.
    let messages = |text: &str| -> (Vec<String>, Vec<fluent_syntax::parser::ParserError>) {
        let (resource, errors) = match FluentResource::try_new(text.to_string()) {
            Ok(resource) => (resource, vec![]),
            Err((resource, errors)) => (resource, errors),
        };
        let ids = resource
            .entries()
            .filter_map(|entry| match entry {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                _ => None,
            })
            .collect();
        (ids, errors)
    };
    let (mut have, errors) = messages(text);
    have.extend(blank.iter().map(|(id, _)| id.clone()));
    for error in errors.into_iter().filter(|e| {
        !blank
            .iter()
            .any(|(_, line)| *line == lines.line_of(e.pos.start))
    }) {
        out.push(Problem {
            line: Some(lines.line_of(error.pos.start)),
            item: "syntax".into(),
            message: format!("Fluent cannot read this: {}", error.kind),
            fix: "write it as `id = words`; a message needs words after `=` (see \
                  locales/en.ftl)"
                .into(),
        });
    }
    let (want, _) = messages(source);
    for id in want.iter().filter(|id| !have.contains(id)) {
        out.push(Problem {
            line: None,
            item: id.clone(),
            message: "missing: the interface would have no words here".into(),
            fix: format!(
                "add it, translated from locales/{SOURCE_LANG}.ftl: {id} = {}",
                english(id)
            ),
        });
    }
    for id in have.iter().filter(|id| !want.contains(id)) {
        out.push(Problem {
            line: line_of_id(id).map(|i| i + 1),
            item: id.clone(),
            message: format!("not a message of locales/{SOURCE_LANG}.ftl"),
            fix: "remove it, or check its spelling".into(),
        });
    }
    if out.is_empty() {
        if let Err(e) = read_catalogue(lang, text.to_string()) {
            out.push(Problem {
                line: None,
                item: "catalogue".into(),
                message: e,
                fix: "name a language tag such as ru or fa-AF".into(),
            });
        }
    }
    out.sort_by_key(|p| p.line.unwrap_or(usize::MAX));
    out
}
