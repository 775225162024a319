//! The checks that are ours, in one pass from the file as written ([`RawStory`]) to the model:
//! required fields, ids and references, dates at the source's precision, attribution and
//! citations, links, and that the walkthrough covers the whole source. Every problem is
//! collected with its line, item and fix; the model is built from whatever is usable.

mod actors;
mod events;
pub(crate) mod meta;
pub(crate) mod refs;
mod relationships;
mod steps;
pub(crate) mod values;

use explainer_model::Story;

use crate::diagnostics::Report;
use crate::leak::leak;
use crate::page_text::{PageText, Target};
use crate::raw::{RawStory, Sp};
use actors::check_actors;
use events::{check_eras, check_events};
use meta::{check_meta, check_sections, check_sources};
use refs::Ids;
use relationships::check_relationships;
use steps::{check_coverage, check_numbered_steps, check_steps, check_updates};

/// The story's parts, checked, and the words only the page carries; the caller lays out the
/// timeline and the static markup.
pub fn check_story(report: &mut Report, file: &Sp<RawStory>) -> (Story, PageText) {
    let raw = file.get();
    let mut ids = Ids::default();
    let meta = check_meta(
        report,
        raw.story.as_ref(),
        file.span(),
        !raw.sources.is_empty(),
    );
    let sources = check_sources(report, &raw.sources, &mut ids);
    let sections = check_sections(report, &raw.sections, &mut ids);
    let (actors, map_at) = check_actors(report, &raw.actors, &mut ids);
    let mut events = check_events(report, &raw.events, &mut ids);
    let eras = check_eras(report, &raw.eras, &ids);
    let mut relationships = check_relationships(report, &raw.relationships, &mut ids);
    let (steps, step_text) = check_steps(report, &raw.steps, &ids);
    check_coverage(report, &ids, &steps);
    let numbered_steps = check_numbered_steps(
        report,
        raw.story
            .as_ref()
            .and_then(|m| m.get().numbered_steps.as_ref()),
        &steps,
    );
    let updates = check_updates(report, &raw.updates, &ids, &steps);
    let mut step_updated = vec![None; steps.len()];
    // Updates are checked in file order; each item keeps its latest.
    for update in &updates {
        for target in &update.items {
            let slot = match *target {
                Target::Event(e) => &mut events[usize::from(e.0)].updated,
                Target::Relationship(r) => &mut relationships[usize::from(r.0)].updated,
                Target::Step(s) => &mut step_updated[s],
            };
            *slot = (*slot).max(Some(update.date));
        }
    }
    let story = Story {
        meta,
        sources: leak(sources),
        sections: leak(sections),
        actors: leak(actors),
        events: leak(events),
        eras: leak(eras),
        relationships: leak(relationships),
        steps: leak(steps),
        numbered_steps: leak(numbered_steps),
        timeline: explainer_model::TimelineLayout::EMPTY,
        map: explainer_model::StageMap::EMPTY,
        html: explainer_model::StaticHtml::EMPTY,
    };
    let page = PageText {
        steps: step_text,
        step_updated,
        updates,
        map_at,
    };
    (story, page)
}
