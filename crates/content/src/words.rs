//! Which of a story's fields are words (titles, summaries, names, step texts), in one table.

use explainer_model::{StaticHtml, Story};

use crate::leak::leak;

/// The story as the browser build carries it: ids, dates, stances, which events and actors
/// each item concerns, and the timeline's layout, but no words. Titles, summaries, names,
/// notes, citations and the static markup are blank: the page holds them, and the wasm
/// hydrates them without ever making them (`components::fixed`).
pub fn without_words(story: &Story) -> Story {
    use explainer_model::{Actor, Era, Event, Meta, RelState, Relationship, Sourcing, Step};
    let blank = |s: Sourcing| Sourcing {
        kind: s.kind,
        cite: &[],
    };
    Story {
        meta: Meta {
            published: story.meta.published,
            ..Meta::BLANK
        },
        sections: &[],
        actors: leak(
            story
                .actors
                .iter()
                .map(|a| Actor {
                    id: a.id,
                    name: "",
                    short: "",
                    note: None,
                    kind: a.kind,
                })
                .collect(),
        ),
        events: leak(
            story
                .events
                .iter()
                .map(|e| Event {
                    id: e.id,
                    title: "",
                    short: "",
                    when: e.when,
                    summary: "",
                    actors: e.actors,
                    sourcing: blank(e.sourcing),
                    updated: e.updated,
                })
                .collect(),
        ),
        eras: leak(
            story
                .eras
                .iter()
                .map(|e| Era {
                    id: e.id,
                    title: "",
                    from: e.from,
                    to: e.to,
                    sourcing: blank(e.sourcing),
                })
                .collect(),
        ),
        relationships: leak(
            story
                .relationships
                .iter()
                .map(|r| Relationship {
                    id: r.id,
                    aliases: r.aliases,
                    actors: r.actors,
                    summary: "",
                    sourcing: blank(r.sourcing),
                    states: leak(
                        r.states
                            .iter()
                            .map(|s| RelState {
                                from: s.from,
                                stance: s.stance,
                                summary: "",
                                sourcing: blank(s.sourcing),
                                events: s.events,
                            })
                            .collect(),
                    ),
                    updated: r.updated,
                })
                .collect(),
        ),
        steps: leak(
            story
                .steps
                .iter()
                .map(|s| Step {
                    id: s.id,
                    title: "",
                    lede: "",
                    sourcing: blank(s.sourcing),
                    focus: s.focus,
                })
                .collect(),
        ),
        timeline: story.timeline,
        map: story.map,
        html: StaticHtml::blank(story.steps.len()),
    }
}
