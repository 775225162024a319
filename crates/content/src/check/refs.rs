//! Ids and what refers to them: each item's id (well formed, not taken), references to
//! other items (with "did you mean"), and each item's sourcing (its kind, who said it, and the
//! source's paragraphs it cites).

use std::collections::BTreeMap;
use std::ops::Range;

use explainer_model::{ActorIx, Attribution, Para, Sourcing};

use super::values::*;
use crate::diagnostics::{nearest, Report};
use crate::leak::{leak, leak_str};
use crate::raw::{self, List, RawKind, Sp, Text};

/// The ids a file declares, for resolving references.
#[derive(Default)]
pub(crate) struct Ids {
    pub(crate) actors: Vec<&'static str>,
    /// The sources' ids, in order (none for a story of one source described in `[story]`).
    pub(crate) sources: Vec<&'static str>,
    /// Every paragraph a citation may name.
    pub(crate) paragraphs: Vec<Para>,
    /// Where each of them is listed (in the same order).
    pub(crate) paragraph_lines: Vec<Range<usize>>,
    pub(crate) events: Vec<&'static str>,
    pub(crate) relationships: Vec<&'static str>,
}

/// Ids already used in a collection, with the line each was first used on.
#[derive(Default)]
pub(crate) struct Seen(BTreeMap<String, usize>);

/// Whether `id` is lowercase letters, digits and single hyphens (it appears in links).
pub fn is_well_formed_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// Each entry of a collection with its checked id and its name in messages. A collection
/// that must not be empty says so with `when_none` (message, fix).
pub(crate) fn entries<'a, T>(
    report: &mut Report,
    collection: &str,
    raw: &'a [Sp<T>],
    id: impl Fn(&T) -> &Text,
    when_none: WhenNone,
) -> Vec<(&'a T, &'static str, Item)> {
    if let (true, Some((message, fix))) = (raw.is_empty(), when_none) {
        report.problem(None, collection, message, fix);
    }
    let mut seen = Seen::default();
    raw.iter()
        .enumerate()
        .map(|(i, entry)| {
            let (id, item) = check_id(
                report,
                collection,
                i,
                entry.span(),
                id(entry.get()),
                &mut seen,
            );
            (entry.get(), id, item)
        })
        .collect()
}

/// Checks an entry's `id` (form and uniqueness) and names the entry after it.
pub(crate) fn check_id(
    report: &mut Report,
    collection: &str,
    index: usize,
    span: Range<usize>,
    id: &Text,
    seen: &mut Seen,
) -> (&'static str, Item) {
    let mut item = Item {
        name: format!("{collection}[{index}]"),
        span,
    };
    let Some(id) = id else {
        missing(
            report,
            &item,
            "id",
            "add `id = ...` (a short lowercase id such as \"riverton-lakeside\")",
        );
        return ("", item);
    };
    let text = id.get();
    if !is_well_formed_id(text) {
        report.problem(
            Some(id.span()),
            &item.name,
            format!("id {text:?} is not lowercase letters, digits and single hyphens"),
            "use an id such as \"riverton-lakeside\" (it appears in links, so keep it short)",
        );
        return (leak_str(text.clone()), item);
    }
    item.name = format!("{collection}.{text}");
    let line = report.line_of(id.span().start);
    if let Some(first) = seen.0.get(text) {
        report.problem(
            Some(id.span()),
            &item.name,
            format!("duplicate id \"{text}\" (first used on line {first})"),
            "give each entry its own id",
        );
    } else {
        seen.0.insert(text.clone(), line);
    }
    (leak_str(text.clone()), item)
}

/// Resolves references to ids of `collection`, reporting unknown ones with the nearest id.
pub(crate) fn refs(
    report: &mut Report,
    item: &Item,
    list: &Option<Sp<List>>,
    collection: &str,
    known: &[&'static str],
) -> Vec<u16> {
    let items = list.as_ref().map(Sp::items).unwrap_or_default();
    items
        .into_iter()
        .filter_map(|(id, span)| resolve(report, item, id, span, collection, known))
        .collect()
}

pub(crate) fn resolve(
    report: &mut Report,
    item: &Item,
    id: &str,
    span: Range<usize>,
    collection: &str,
    known: &[&'static str],
) -> Option<u16> {
    if let Some(i) = known.iter().position(|k| *k == id) {
        return Some(i as u16);
    }
    let fix = match nearest(id, known.iter().copied()) {
        Some(near) => format!("did you mean \"{near}\"? Use the id of an [[{collection}]] entry"),
        None => format!("use the id of an [[{collection}]] entry, or add one with this id"),
    };
    let singular = collection.trim_end_matches('s');
    report.problem(
        Some(span),
        &item.name,
        format!("unknown {singular} \"{id}\""),
        fix,
    );
    None
}

/// Checks `kind` (fact, claim, analysis), `by` and `cite`.
pub(crate) fn check_sourcing(
    report: &mut Report,
    item: &Item,
    (kind, by, cite): (&raw::Kind, &Text, &raw::Ids),
    ids: &Ids,
) -> Sourcing {
    let by_actor = by.as_ref().and_then(|by| {
        resolve(report, item, by.get(), by.span(), "actors", &ids.actors).map(ActorIx)
    });
    let kind = match (kind.as_ref().map(|k| (k.get().0, k.span())), by_actor) {
        (None, _) => {
            about_field(
                report,
                item,
                "kind",
                item.span.clone(),
                "`kind` is missing: is it a reported fact, a claim or analysis?",
                "add kind = \"fact\", \"claim\" (with by = \"actor-id\") or \"analysis\"",
            );
            Attribution::Fact
        }
        (Some((RawKind::Fact, _)), _) => {
            if let Some(by) = by {
                report.problem(
                    Some(by.span()),
                    &item.name,
                    "a reported fact has no `by`",
                    "remove `by`, or make it kind = \"claim\" if it is someone's claim",
                );
            }
            Attribution::Fact
        }
        (Some((RawKind::Claim, _)), Some(by)) => Attribution::Claim { by },
        (Some((RawKind::Claim, span)), None) => {
            // An unknown or unreadable `by` is reported already.
            if by.is_none() {
                about_field(
                    report,
                    item,
                    "by",
                    span,
                    "a claim needs to say whose it is",
                    "add by = \"actor-id\" (the actor who makes the claim)",
                );
            }
            Attribution::Fact
        }
        (Some((RawKind::Analysis, _)), by) => Attribution::Analysis { by },
    };
    let cite = cites(report, item, cite, ids);
    Sourcing { kind, cite }
}

/// Checks `cite`: at least one paragraph, each one the sources list. A story of several
/// sources names the source (`vfi:p2`); one of a single source may leave it out (`p3`).
pub(crate) fn cites(
    report: &mut Report,
    item: &Item,
    cite: &Option<Sp<List>>,
    ids: &Ids,
) -> &'static [Para] {
    let list = cite.as_ref().map(Sp::items).unwrap_or_default();
    if list.is_empty() {
        about_field(
            report,
            item,
            "cite",
            cite.as_ref().map_or(item.span.clone(), Sp::span),
            "no citations: every fact must say which paragraphs it comes from",
            if ids.sources.len() > 1 {
                "add cite = [\"source:p1\", ...] naming the sources' paragraphs"
            } else {
                "add cite = [\"p1\", ...] naming the source paragraphs"
            },
        );
    }
    let mut cites = Vec::new();
    for (p, span) in list {
        match cited(ids, p) {
            Ok(para) => cites.push(para),
            Err((message, fix)) => report.problem(Some(span), &item.name, message, fix),
        }
    }
    cites.sort();
    cites.dedup();
    leak(cites)
}

/// The paragraph a citation names, or what is wrong with it and what to write instead.
fn cited(ids: &Ids, text: &str) -> Result<Para, (String, String)> {
    let (source, para) = match text.split_once(':') {
        Some((source, para)) => (Some(source), para),
        None => (None, text),
    };
    let several = ids.sources.len() > 1;
    let Some(n) = parse_para(para) else {
        let fix = match ids.sources.first() {
            Some(first) if several => format!(
                "write a source's id, a colon and a paragraph id, with no space: \"{first}:p2\""
            ),
            _ => "write paragraph ids as p1, p2, ...".to_string(),
        };
        return Err((format!("\"{text}\" is not a paragraph id"), fix));
    };
    let source = match source {
        None if several => {
            let holders: Vec<String> = (0..ids.sources.len())
                .filter(|&i| ids.paragraphs.contains(&para_of(i, n)))
                .map(|i| format!("\"{}:p{n}\"", ids.sources[i]))
                .collect();
            return Err((
                format!("cites \"{text}\" without naming its source; the story has several"),
                match holders.as_slice() {
                    [] => format!(
                        "name a source and one of its paragraphs ({})",
                        source_ranges(ids)
                    ),
                    _ => format!("name its source: {}", holders.join(" or ")),
                },
            ));
        }
        None => 0,
        Some(id) => match ids.sources.iter().position(|s| *s == id) {
            Some(i) => i,
            None => {
                let message = format!("cites source \"{id}\", which [[sources]] does not list");
                let fix = match (
                    ids.sources.is_empty(),
                    nearest(id, ids.sources.iter().copied()),
                ) {
                    (true, _) => format!("the story has one source: write \"p{n}\""),
                    (false, Some(near)) => format!(
                        "did you mean \"{near}:p{n}\"? The sources are {}",
                        ids.sources.join(", ")
                    ),
                    (false, None) => format!("cite one of {}", ids.sources.join(", ")),
                };
                return Err((message, fix));
            }
        },
    };
    let para = para_of(source, n);
    if ids.paragraphs.contains(&para) {
        return Ok(para);
    }
    let fix = match ids.sources.get(source) {
        Some(id) if several || text.contains(':') => format!(
            "cite one of the paragraphs [[sources]] lists for {id} ({}), or add \"p{n}\" to its \
             paragraphs if the source has it",
            para_range(ids, source)
        ),
        _ => format!(
            "cite one of the paragraphs listed in [[sections]] ({})",
            para_range(ids, source)
        ),
    };
    Err((
        format!("cites paragraph \"{text}\", which the source does not have"),
        fix,
    ))
}

/// Paragraph `n` of the story's source at `source` in [[sources]] (0 for its one source).
pub(crate) fn para_of(source: usize, n: u16) -> Para {
    Para {
        source: u8::try_from(source).unwrap_or(u8::MAX),
        n,
    }
}

/// The paragraphs of source `source`: `p1..p14`, or that there are none.
pub(crate) fn para_range(ids: &Ids, source: usize) -> String {
    let of = || {
        ids.paragraphs
            .iter()
            .filter(|p| usize::from(p.source) == source)
            .map(|p| p.n)
    };
    match (of().min(), of().max()) {
        (Some(lo), Some(hi)) => format!("p{lo}..p{hi}"),
        _ => "none are listed".to_string(),
    }
}

/// Each source's paragraphs: `vfi p1..p3, openkg p1..p5`.
fn source_ranges(ids: &Ids) -> String {
    let ranges: Vec<String> = (0..ids.sources.len())
        .map(|i| format!("{} {}", ids.sources[i], para_range(ids, i)))
        .collect();
    ranges.join(", ")
}

/// A citation's label in messages: `p9`, or `vfi:p2` in a story of several sources.
pub(crate) fn para_name(ids: &Ids, para: Para) -> String {
    match ids.sources.get(usize::from(para.source)) {
        Some(id) if ids.sources.len() > 1 => format!("{id}:p{}", para.n),
        _ => format!("p{}", para.n),
    }
}

pub(crate) fn parse_para(text: &str) -> Option<u16> {
    let digits = text.strip_prefix('p')?;
    if digits.is_empty() || digits.len() > 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok().filter(|&n| n > 0)
}
