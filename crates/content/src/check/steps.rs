//! The walkthrough's steps (and that they cover the whole source) and the updates log.

use explainer_model::{Date, EventIx, Focus, Para, Precision, RelIx, Step};

use super::refs::*;
use super::relationships::{check_aliases, collect_aliases};
use super::values::*;
use crate::diagnostics::Report;
use crate::leak::leak;
use crate::page_text::{lede_of, paragraphs_of, Target, Update};
use crate::raw::{List, RawStep, RawUpdate, Sp};

pub(crate) fn check_steps(
    report: &mut Report,
    raw: &[Sp<RawStep>],
    ids: &Ids,
) -> (Vec<Step>, Vec<Vec<&'static str>>) {
    let mut steps = Vec::new();
    let mut texts = Vec::new();
    let mut aliases = Vec::new();
    for (s, id, item) in entries(report, "steps", raw, |x| &x.id, NO_STEPS) {
        let own = collect_aliases(&s.aliases, &item.name, &mut aliases);
        let title = text(report, &item, &s.title, "title", "the step's title");
        let body = text(
            report,
            &item,
            &s.text,
            "text",
            "a few sentences in our words",
        );
        let paragraphs = paragraphs_of(body);
        let sourcing = check_sourcing(report, &item, (&s.kind, &s.by, &s.cite), ids);
        let events: Vec<EventIx> = refs(report, &item, &s.events, "events", &ids.events)
            .into_iter()
            .map(EventIx)
            .collect();
        let relationships: Vec<RelIx> = refs(
            report,
            &item,
            &s.relationships,
            "relationships",
            &ids.relationships,
        )
        .into_iter()
        .map(RelIx)
        .collect();
        let as_of = date(report, &item, &s.as_of, "as_of", true);
        if s.events.is_none() && s.relationships.is_none() {
            report.problem(
                Some(item.span.clone()),
                &item.name,
                "the step has no focus: it names no events and no relationships",
                "add events = [\"...\"] and/or relationships = [\"...\"] for the views to show",
            );
        }
        steps.push(Step {
            id,
            aliases: own,
            title,
            lede: lede_of(&paragraphs),
            sourcing,
            focus: Focus {
                events: leak(events),
                relationships: leak(relationships),
                as_of: as_of.unwrap_or(Date::year(1)),
            },
        });
        texts.push(paragraphs);
    }
    let ids: Vec<&str> = steps.iter().map(|s| s.id).collect();
    check_aliases(report, &aliases, &ids, "step");
    (steps, texts)
}

/// Every name of a step, its id and its aliases, with the step's index.
fn step_names(steps: &[Step]) -> impl Iterator<Item = (&'static str, usize)> + '_ {
    steps.iter().enumerate().flat_map(|(i, s)| {
        std::iter::once(s.id)
            .chain(s.aliases.iter().copied())
            .map(move |id| (id, i))
    })
}

/// `[story] numbered_steps`: the order links once numbered steps in, each id now a step's or
/// one of its aliases; the step each number opens.
pub(crate) fn check_numbered_steps(
    report: &mut Report,
    raw: Option<&Sp<List>>,
    steps: &[Step],
) -> Vec<u8> {
    let Some(list) = raw else {
        return Vec::new();
    };
    let known: Vec<(&str, usize)> = step_names(steps).collect();
    let mut numbered = Vec::new();
    for (id, span) in list.items() {
        match known.iter().find(|(k, _)| *k == id) {
            Some(&(_, i)) => numbered.push(u8::try_from(i).unwrap_or(u8::MAX)),
            None => report.problem(
                Some(span),
                "story.numbered_steps",
                format!("\"{id}\" is neither a step's id nor one of its aliases"),
                "when a step is removed, add its id to the aliases of the step that now holds its facts",
            ),
        }
    }
    numbered
}

/// Every paragraph of the source should be covered by some step.
pub(crate) fn check_coverage(report: &mut Report, ids: &Ids, steps: &[Step]) {
    if steps.is_empty() {
        return;
    }
    let cited: Vec<Para> = steps
        .iter()
        .flat_map(|s| s.sourcing.cite.iter().copied())
        .collect();
    for (&p, line) in ids.paragraphs.iter().zip(&ids.paragraph_lines) {
        if !cited.contains(&p) {
            let name = para_name(ids, p);
            report.problem(
                Some(line.clone()),
                "steps",
                format!("paragraph {name} is not cited by any step"),
                format!("cite \"{name}\" in the step that covers it, so the walkthrough covers the whole source"),
            );
        }
    }
}

/// The updates log: each entry needs a day, what changed, and at least one existing item.
pub(crate) fn check_updates(
    report: &mut Report,
    raw: &[Sp<RawUpdate>],
    ids: &Ids,
    steps: &[Step],
) -> Vec<Update> {
    // A removed step's id names the step that now holds its facts.
    let (step_ids, step_of): (Vec<&'static str>, Vec<usize>) = step_names(steps).unzip();
    let mut updates = Vec::new();
    for (i, entry) in raw.iter().enumerate() {
        let u = entry.get();
        let item = Item {
            name: format!("updates[{i}]"),
            span: entry.span(),
        };
        let fix = Some("add date = \"YYYY-MM-DD\" (the day of the change)".to_string());
        let date = parse_date(report, &item, &u.date, "date", fix, Date::parse);
        if let (Some(d), Some(value)) = (date, &u.date) {
            if d.precision() != Precision::Day {
                report.problem(
                    Some(value.span()),
                    &item.name,
                    format!("an update needs its day, not only {}", d.display()),
                    "write the day of the change: date = \"YYYY-MM-DD\"",
                );
            }
        }
        let what = text(report, &item, &u.what, "what", "what changed and why");
        let list = u.items.as_ref().map(Sp::items).unwrap_or_default();
        if list.is_empty() {
            about_field(
                report,
                &item,
                "items",
                u.items.as_ref().map_or(item.span.clone(), Sp::span),
                "an update names no items: readers could not tell what changed",
                "add items = [\"events.<id>\", \"relationships.<id>\", \"steps.<id>\"] naming what it changed",
            );
        }
        let mut items = Vec::new();
        for (name, span) in list {
            let target = match name.split_once('.') {
                Some(("events", id)) => resolve(report, &item, id, span, "events", &ids.events)
                    .map(|e| Target::Event(EventIx(e))),
                Some(("relationships", id)) => {
                    resolve(report, &item, id, span, "relationships", &ids.relationships)
                        .map(|r| Target::Relationship(RelIx(r)))
                }
                Some(("steps", id)) => resolve(report, &item, id, span, "steps", &step_ids)
                    .map(|s| Target::Step(step_of[usize::from(s)])),
                _ => {
                    report.problem(
                        Some(span),
                        &item.name,
                        format!("\"{name}\" does not name an item"),
                        "write events.<id>, relationships.<id> or steps.<id>",
                    );
                    None
                }
            };
            // Two removed steps merged into one name it once.
            if let Some(target) = target.filter(|t| !items.contains(t)) {
                items.push(target);
            }
        }
        if let Some(date) = date {
            updates.push(Update { date, what, items });
        }
    }
    updates
}
