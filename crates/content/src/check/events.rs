//! The timeline's events and eras.

use explainer_model::{ActorIx, Date, Era, Event, When};

use super::refs::*;
use super::values::*;
use crate::diagnostics::Report;
use crate::leak::leak;
use crate::raw::{RawEra, RawEvent, Sp};

pub(crate) fn check_events(report: &mut Report, raw: &[Sp<RawEvent>], ids: &mut Ids) -> Vec<Event> {
    let mut events = Vec::new();
    for (e, id, item) in entries(report, "events", raw, |x| &x.id, None) {
        let title = text(report, &item, &e.title, "title", "a short title");
        let short = opt_text(
            report,
            &item,
            &e.short,
            "short",
            "a label of a few words for the timeline",
        )
        .unwrap_or(title);
        let fix = "add `date = ...` (YYYY, YYYY-MM or YYYY-MM-DD, optionally `since ...` or `by ...`, or \"undated\")";
        let when = when(report, &item, &e.date, "date", fix).unwrap_or(When::Undated);
        let summary = text(
            report,
            &item,
            &e.summary,
            "summary",
            "what happened, in our words",
        );
        let actors = refs(report, &item, &e.actors, "actors", &ids.actors)
            .into_iter()
            .map(ActorIx)
            .collect();
        let sourcing = check_sourcing(report, &item, (&e.kind, &e.by, &e.cite), ids);
        events.push(Event {
            id,
            title,
            short,
            when,
            summary,
            actors: leak(actors),
            sourcing,
            updated: None,
        });
    }
    // Time order; undated last. The sort is stable, so equal dates keep file order.
    events.sort_by_key(|e| match e.when.date() {
        Some(d) => (0, d.key()),
        None => (1, 0),
    });
    ids.events = events.iter().map(|e| e.id).collect();
    events
}

pub(crate) fn check_eras(report: &mut Report, raw: &[Sp<RawEra>], ids: &Ids) -> Vec<Era> {
    let mut eras = Vec::new();
    for (e, id, item) in entries(report, "eras", raw, |x| &x.id, None) {
        let title = text(report, &item, &e.title, "title", "the era's name");
        let from = date(report, &item, &e.from, "from", true).unwrap_or(Date::year(1));
        let to = date(report, &item, &e.to, "to", false);
        if let (Some(to), Some(raw_to)) = (to, &e.to) {
            if to < from {
                report.problem(
                    Some(raw_to.span()),
                    &item.name,
                    format!("ends ({}) before it begins ({})", to.iso(), from.iso()),
                    "swap `from` and `to`, or correct one of them",
                );
            }
        }
        let sourcing = check_sourcing(report, &item, (&e.kind, &e.by, &e.cite), ids);
        eras.push(Era {
            id,
            title,
            from,
            to,
            sourcing,
        });
    }
    eras
}
