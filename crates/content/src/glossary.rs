//! A translation's terminology glossary: for each key term of the story, the rendering its
//! language uses and the variants it refuses (a calque, a term of another country's usage,
//! a euphemism that changes the meaning). It is the `[[glossary]]` section of the
//! translation file; the checker reports a refused variant anywhere in that language's words
//! (the translation and the interface catalogue), with its line and the rendering to use.
//!
//! ```toml
//! [[glossary]]
//! term = "ISIS-K"                # the English term
//! use = "ИГИЛ-Хорасан"           # the rendering to use
//! refuse = ["ИГИЛ-К"]            # the variants the checker rejects
//! note = "the calque no Russian outlet uses"
//! ```
//!
//! A variant that starts with a letter is found at the start of a word, in any case, and may
//! end anywhere: a stem (`теракт`) catches every ending (`теракта`, `терактом`) but not a
//! word that only contains it. A zero-width non-joiner (Persian's `می‌شود`) is part of a
//! word. A variant that starts with a sign (a quotation mark) is found anywhere.

use std::ops::Range;

use toml::de::{DeTable, DeValue};
use toml::Spanned;

use crate::diagnostics::{LineIndex, Problem, Report};

/// The top-level key of the glossary in a translation file.
pub const KEY: &str = "glossary";

/// One term of a glossary.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Term {
    /// The term in the original's language.
    pub term: String,
    /// The rendering to use.
    pub render: String,
    /// The variants to refuse.
    pub refuse: Vec<String>,
    /// The line of the entry, in the translation file.
    pub line: usize,
}

/// A translation's glossary: its terms, in file order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Glossary {
    pub terms: Vec<Term>,
}

/// A refused variant where it was found: the byte range in the text searched.
pub struct Found<'g> {
    pub at: Range<usize>,
    pub term: &'g Term,
    pub variant: &'g str,
}

impl Glossary {
    /// The glossary of a translation file's text, as far as it can be read (a translation
    /// whose glossary is broken is reported by the loader, [`read`]).
    pub fn of_translation(text: &str) -> Glossary {
        let mut report = Report::new(text);
        match crate::recover::parse_toml(&mut report, text) {
            Some(doc) => read(&mut report, doc.get_ref()),
            None => Glossary::default(),
        }
    }

    /// Every refused variant in `text`, in the order they occur.
    pub fn find_in<'g>(&'g self, text: &str) -> Vec<Found<'g>> {
        let mut out = vec![];
        for term in &self.terms {
            for variant in &term.refuse {
                for at in occurrences(text, variant) {
                    out.push(Found { at, term, variant });
                }
            }
        }
        out.sort_by_key(|f| f.at.start);
        out
    }

    /// The problems of the catalogue `text` (`locales/<lang>.ftl`) against this glossary:
    /// each refused variant in a message's words, at its line.
    pub fn catalogue_problems(&self, text: &str) -> Vec<Problem> {
        let lines = LineIndex::new(text);
        let mut message = String::new();
        let mut out = vec![];
        let mut offset = 0;
        for line in text.split_inclusive('\n') {
            let start = offset;
            offset += line.len();
            if line.starts_with('#') {
                continue;
            }
            if let Some((id, _)) = line.split_once('=').filter(|_| !line.starts_with(' ')) {
                message = id.trim().to_string();
            }
            for found in self.find_in(line) {
                let (message_text, fix) = refused(&found);
                out.push(Problem {
                    line: Some(lines.line_of(start + found.at.start)),
                    item: message.clone(),
                    message: message_text,
                    fix,
                });
            }
        }
        out
    }
}

/// What is wrong with a refused variant where it was found, and the fix.
fn refused(found: &Found) -> (String, String) {
    (
        format!(
            "“{}” is a variant the glossary refuses for “{}” (glossary, line {})",
            found.variant, found.term.term, found.term.line
        ),
        format!("write “{}”", found.term.render),
    )
}

/// Where `variant` occurs in `text` (see the module's note on how).
fn occurrences(text: &str, variant: &str) -> Vec<Range<usize>> {
    let want: Vec<char> = variant.chars().flat_map(char::to_lowercase).collect();
    let at_word_start = variant.chars().next().is_some_and(char::is_alphanumeric);
    if want.is_empty() {
        return vec![];
    }
    let is_word = |c: char| c.is_alphanumeric() || c == '\u{200C}';
    let mut out = vec![];
    let mut before: Option<char> = None;
    for (i, c) in text.char_indices() {
        let starts_word = !before.is_some_and(is_word);
        before = Some(c);
        if at_word_start && !starts_word {
            continue;
        }
        let mut have = text[i..].char_indices().flat_map(|(j, c)| {
            let end = i + j + c.len_utf8();
            c.to_lowercase().map(move |l| (l, end))
        });
        let mut end = i;
        let matched = want.iter().all(|w| match have.next() {
            Some((l, e)) if l == *w => {
                end = e;
                true
            }
            _ => false,
        });
        if matched {
            out.push(i..end);
        }
    }
    out
}

/// Reads the `[[glossary]]` section of a translation's `root` table, reporting what is not
/// a term as it should be.
pub(crate) fn read(report: &mut Report, root: &DeTable) -> Glossary {
    let mut glossary = Glossary::default();
    let Some(value) = root.get(KEY) else {
        return glossary;
    };
    let DeValue::Array(entries) = value.get_ref() else {
        report.problem(
            Some(value.span()),
            KEY,
            "the glossary must be a list of terms",
            "write each term as a [[glossary]] table with term, use and refuse",
        );
        return glossary;
    };
    for (i, entry) in entries.iter().enumerate() {
        let item = format!("{KEY}[{i}]");
        let DeValue::Table(table) = entry.get_ref() else {
            report.problem(
                Some(entry.span()),
                &item,
                "a glossary entry must be a table",
                "write it as [[glossary]] with term, use and refuse",
            );
            continue;
        };
        let text = |key: &str, report: &mut Report| match table.get(key).map(|v| (v, v.get_ref())) {
            Some((_, DeValue::String(s))) if !s.trim().is_empty() => Some(s.to_string()),
            Some((v, _)) => {
                report.problem(
                    Some(v.span()),
                    &item,
                    format!("`{key}` must be words in quotes"),
                    format!("write {key} = \"…\""),
                );
                None
            }
            None => {
                report.problem(
                    Some(entry.span()),
                    &item,
                    format!("the entry has no `{key}`"),
                    format!("add {key} = \"…\""),
                );
                None
            }
        };
        let term = text("term", report);
        let render = text("use", report);
        let refuse = refuse_list(report, &item, table);
        for (key, _) in table.iter() {
            let key = key.get_ref().as_ref();
            if !["term", "use", "refuse", "note"].contains(&key) {
                report.problem(
                    Some(entry.span()),
                    &item,
                    format!("`{key}` is not part of a glossary entry"),
                    "an entry has term, use, refuse and note: remove it",
                );
            }
        }
        let (Some(term), Some(render)) = (term, render) else {
            continue;
        };
        let term = Term {
            term,
            render,
            refuse,
            line: report.line_of(entry.span().start),
        };
        let own = Glossary {
            terms: vec![term.clone()],
        };
        if let Some(found) = own.find_in(&term.render).first() {
            report.problem(
                Some(entry.span()),
                &item,
                format!(
                    "the rendering to use, “{}”, contains the refused “{}”",
                    term.render, found.variant
                ),
                "refuse a longer variant, or render the term another way",
            );
        }
        glossary.terms.push(term);
    }
    glossary
}

/// The `refuse` list of a glossary entry.
fn refuse_list(report: &mut Report, item: &str, table: &DeTable) -> Vec<String> {
    let Some(value) = table.get("refuse") else {
        return vec![];
    };
    let bad = |report: &mut Report, span: Range<usize>| {
        report.problem(
            Some(span),
            item,
            "`refuse` must be a list of words in quotes",
            "write refuse = [\"…\", \"…\"] (or [] when nothing is refused)",
        )
    };
    let DeValue::Array(list) = value.get_ref() else {
        bad(report, value.span());
        return vec![];
    };
    let mut out = vec![];
    for v in list.iter() {
        match v.get_ref() {
            DeValue::String(s) if !s.trim().is_empty() => out.push(s.to_string()),
            _ => bad(report, v.span()),
        }
    }
    out
}

/// Reports each refused variant in the words of a translation's `root` (every string but
/// the glossary's own and `lang`), at its line, named by the key that holds it.
pub(crate) fn check_words(report: &mut Report, text: &str, root: &DeTable, glossary: &Glossary) {
    if glossary.terms.is_empty() {
        return;
    }
    let mut strings = vec![];
    for (key, value) in root.iter() {
        let key = key.get_ref().as_ref();
        if key != KEY && key != "lang" {
            strings_in(key.to_string(), value, &mut strings);
        }
    }
    for (item, span) in strings {
        let Some(raw) = text.get(span.clone()) else {
            continue;
        };
        for found in glossary.find_in(raw) {
            let at = span.start + found.at.start;
            let (message, fix) = refused(&found);
            report.problem(Some(at..at), &item, message, fix);
        }
    }
}

/// Every string under `value`, with the key path that names it and its span in the file.
fn strings_in(path: String, value: &Spanned<DeValue>, out: &mut Vec<(String, Range<usize>)>) {
    match value.get_ref() {
        DeValue::String(_) => out.push((path, value.span())),
        DeValue::Table(table) => {
            for (key, v) in table.iter() {
                strings_in(format!("{path}.{}", key.get_ref()), v, out);
            }
        }
        DeValue::Array(list) => {
            for (i, v) in list.iter().enumerate() {
                strings_in(format!("{path}[{i}]"), v, out);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn glossary(refuse: &[&str]) -> Glossary {
        Glossary {
            terms: vec![Term {
                term: "t".into(),
                render: "r".into(),
                refuse: refuse.iter().map(|s| s.to_string()).collect(),
                line: 1,
            }],
        }
    }

    #[test]
    fn a_stem_catches_its_endings_at_a_word_start_only() {
        let g = glossary(&["теракт"]);
        let text = "Теракт в Москве; после теракта — антитеракт.";
        let found: Vec<&str> = g
            .find_in(text)
            .iter()
            .map(|f| &text[f.at.clone()])
            .collect();
        assert_eq!(found, ["Теракт", "теракт"]);
    }

    #[test]
    fn a_zero_width_non_joiner_is_inside_a_word() {
        let g = glossary(&["شود"]);
        assert!(g.find_in("می\u{200C}شود").is_empty());
        assert_eq!(g.find_in("شود و").len(), 1);
    }

    #[test]
    fn a_sign_is_found_anywhere() {
        let g = glossary(&["“"]);
        assert_eq!(g.find_in("он сказал “да”").len(), 1);
    }

    #[test]
    fn catalogue_lines_name_their_message() {
        let g = glossary(&["игил-к"]);
        let ftl = "# ИГИЛ-К in a comment\nkey-one = ok\nkey-two =\n    про ИГИЛ-К\n";
        let problems = g.catalogue_problems(ftl);
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].line, Some(4));
        assert_eq!(problems[0].item, "key-two");
        assert_eq!(problems[0].fix, "write “r”");
    }
}
