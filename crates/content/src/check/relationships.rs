//! The relationships: who, what they are called, and their states over time, each facet's in
//! time order.

use std::ops::Range;

use explainer_model::{ActorIx, Date, EventIx, Facet, RelState, Relationship, Stance, When};

use super::refs::*;
use super::values::*;
use crate::diagnostics::Report;
use crate::leak::{leak, leak_str};
use crate::raw::{List, RawRelationship, Sp, Vocabulary};

pub(crate) fn check_relationships(
    report: &mut Report,
    raw: &[Sp<RawRelationship>],
    ids: &mut Ids,
) -> Vec<Relationship> {
    let mut relationships = Vec::new();
    let mut aliases = Vec::new();
    for (r, id, item) in entries(report, "relationships", raw, |x| &x.id, None) {
        let own = collect_aliases(&r.aliases, &item.name, &mut aliases);
        let pair = refs(report, &item, &r.actors, "actors", &ids.actors);
        let actors = match pair.as_slice() {
            [a, b] if a != b => [ActorIx(*a), ActorIx(*b)],
            _ => {
                report.problem(
                    Some(r.actors.as_ref().map_or(item.span.clone(), Sp::span)),
                    &item.name,
                    "a relationship needs exactly two different actors",
                    "write actors = [\"first-id\", \"second-id\"]",
                );
                [ActorIx(0), ActorIx(0)]
            }
        };
        let summary = text(
            report,
            &item,
            &r.summary,
            "summary",
            "the relationship in a sentence or two",
        );
        let sourcing = check_sourcing(report, &item, (&r.kind, &r.by, &r.cite), ids);
        let mut states = Vec::new();
        // Per facet, the last state's date and name: each facet goes oldest first.
        let mut previous: [Option<(Date, String)>; 2] = Default::default();
        for (j, state_entry) in r.states.iter().enumerate() {
            let s = state_entry.get();
            let state = Item {
                name: format!("{}.states[{j}]", item.name),
                span: state_entry.span(),
            };
            let fix = "add from = \"YYYY\" (or YYYY-MM, YYYY-MM-DD, `since ...`, `by ...`)";
            let from = match (when(report, &state, &s.from, "from", fix), &s.from) {
                (Some(When::Undated), Some(raw_from)) => {
                    report.problem(
                        Some(raw_from.span()),
                        &state.name,
                        "a state needs a date; \"undated\" cannot place it in time",
                        "give the date it began, or `by YYYY-MM-DD` for when the source reports it",
                    );
                    None
                }
                (when, _) => when,
            };
            let stance = choice(&s.stance);
            if stance.is_none() {
                missing(
                    report,
                    &state,
                    "stance",
                    format!("add stance = \"...\", one of: {}", Stance::NAMES.join(", ")),
                );
            }
            let date = from.and_then(|w| w.date());
            if let (Some(date), Some(raw_from), Some(stance)) = (date, &s.from, stance) {
                let facet = stance.facet();
                let before = &mut previous[facet.index()];
                if let Some((earlier, earlier_item)) = before.as_ref() {
                    facet_order(
                        report,
                        &state,
                        raw_from.span(),
                        facet,
                        (date, earlier),
                        earlier_item,
                    );
                }
                *before = Some((date, state.name.clone()));
            }
            let state_summary = text(
                report,
                &state,
                &s.summary,
                "summary",
                "what the state was, in our words",
            );
            let state_sourcing = check_sourcing(report, &state, (&s.kind, &s.by, &s.cite), ids);
            let events = refs(report, &state, &s.events, "events", &ids.events)
                .into_iter()
                .map(EventIx)
                .collect();
            states.push(RelState {
                from: from.unwrap_or(When::Undated),
                stance: stance.unwrap_or(Stance::NoFormalTies),
                summary: state_summary,
                sourcing: state_sourcing,
                events: leak(events),
            });
        }
        // The facets interleave in time: stable, so states that begin together keep file order.
        states.sort_by_key(|s| s.from.date());
        if states.is_empty() {
            about_field(
                report,
                &item,
                "states",
                item.span.clone(),
                "the relationship has no states",
                format!("add at least one [[relationships.states]] entry after [[relationships]] \"{id}\""),
            );
        }
        ids.relationships.push(id);
        relationships.push(Relationship {
            id,
            aliases: own,
            actors,
            summary,
            sourcing,
            states: leak(states),
            updated: None,
        });
    }
    check_aliases(report, &aliases, &ids.relationships, "relationship");
    relationships
}

/// An item's old ids (`aliases`), kept for the model; each is also added to `all` with its
/// place and item, for [`check_aliases`] once every item is read.
pub(crate) fn collect_aliases(
    raw: &Option<Sp<List>>,
    item: &str,
    all: &mut Vec<(String, Range<usize>, String)>,
) -> &'static [&'static str] {
    let own: Vec<&'static str> = raw
        .as_ref()
        .map(Sp::items)
        .unwrap_or_default()
        .into_iter()
        .map(|(alias, span)| {
            all.push((alias.to_string(), span, item.to_string()));
            leak_str(alias.to_string())
        })
        .collect();
    leak(own)
}

/// Old ids kept for links: well formed, and each opens one item (of its `kind`) only.
pub(crate) fn check_aliases(
    report: &mut Report,
    aliases: &[(String, Range<usize>, String)],
    ids: &[&str],
    kind: &str,
) {
    for (i, (alias, span, item)) in aliases.iter().enumerate() {
        let clash = ids.contains(&alias.as_str())
            || aliases[..i].iter().any(|(earlier, ..)| earlier == alias);
        if !is_well_formed_id(alias) {
            report.problem(
                Some(span.clone()),
                item,
                format!("alias {alias:?} is not lowercase letters, digits and single hyphens"),
                "write the old id exactly as it appeared in links",
            );
        } else if clash {
            report.problem(
                Some(span.clone()),
                item,
                format!("alias \"{alias}\" is already the id or an alias of a {kind}"),
                format!("a link can open only one {kind}: remove this alias or the other use"),
            );
        }
    }
}

/// Within a facet, each state begins after the one before: two official statuses (or two
/// practices) from the same date contradict each other.
pub(crate) fn facet_order(
    report: &mut Report,
    state: &Item,
    span: Range<usize>,
    facet: Facet,
    (date, earlier): (Date, &Date),
    earlier_item: &str,
) {
    let what = match facet {
        Facet::Official => "official status",
        Facet::Practice => "practice",
    };
    if date == *earlier {
        report.problem(
            Some(span),
            &state.name,
            format!(
                "two {what}es at once: this state and {earlier_item} both begin {}, and a relationship has one {what} at a time",
                date.iso()
            ),
            "keep one of them, or give each its own date (a stance of the other facet may share the date: see the stances in the file's header)",
        );
    } else if date < *earlier {
        report.problem(
            Some(span),
            &state.name,
            format!(
                "states out of order: {} is not after {} ({earlier_item}, the {what} before it)",
                date.iso(),
                earlier.iso()
            ),
            "list each facet's states oldest first",
        );
    }
}
