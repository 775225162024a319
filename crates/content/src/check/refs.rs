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
    pub(crate) paragraphs: Vec<u16>,
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
            "add `id = ...` (a short lowercase id such as \"russia-taliban\")",
        );
        return ("", item);
    };
    let text = id.get();
    if !is_well_formed_id(text) {
        report.problem(
            Some(id.span()),
            &item.name,
            format!("id {text:?} is not lowercase letters, digits and single hyphens"),
            "use an id such as \"russia-taliban\" (it appears in links, so keep it short)",
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

/// Checks `cite`: paragraph ids that must exist in [[sections]]; at least one.
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
            "add cite = [\"p1\", ...] naming the source paragraphs",
        );
    }
    let mut cites = Vec::new();
    for (p, span) in list {
        match parse_para(p) {
            Some(n) if ids.paragraphs.contains(&n) => cites.push(Para(n)),
            Some(_) => report.problem(
                Some(span),
                &item.name,
                format!("cites paragraph \"{p}\", which the source does not have"),
                format!(
                    "cite one of the paragraphs listed in [[sections]] ({})",
                    para_range(ids)
                ),
            ),
            None => report.problem(
                Some(span),
                &item.name,
                format!("\"{p}\" is not a paragraph id"),
                "write paragraph ids as p1, p2, ...",
            ),
        }
    }
    cites.sort();
    cites.dedup();
    leak(cites)
}

pub(crate) fn para_range(ids: &Ids) -> String {
    match (ids.paragraphs.iter().min(), ids.paragraphs.iter().max()) {
        (Some(lo), Some(hi)) => format!("p{lo}..p{hi}"),
        _ => "none are listed".to_string(),
    }
}

pub(crate) fn parse_para(text: &str) -> Option<u16> {
    let digits = text.strip_prefix('p')?;
    if digits.is_empty() || digits.len() > 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok().filter(|&n| n > 0)
}
