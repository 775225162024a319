//! The selected event: its date at the precision the source gives, what happened, who took
//! part, where it comes from, and which relationships it changed. Every event's details are
//! in the page (the wasm has no words); only the selected one is shown.

use yew::prelude::*;

use super::chips::{chip_row, Chip};
use super::fixed::{fixed, fixed_attr, words};
use super::sources::{sources, updated_mark};
use crate::model::{EventIx, Story};

/// A hint while no event is selected, then every event's details, the selected one shown.
/// The shown one carries `data-testid="event-detail"`. Its "Changed" chips are buttons with
/// `data-show-relationship`, which the app handles for the whole page (`App`).
pub fn event_details(story: &Story, selected: Option<EventIx>) -> Html {
    html! { <>
        <div class="event-detail" data-empty="true" hidden={selected.is_some()}
            data-testid={selected.is_none().then_some("event-detail")}>
            { fixed(|| html! { <p class="hint">{ words(story).msg("event-hint") }</p> }) }
        </div>
        { for story.event_ixs().map(|e| {
            let shown = selected == Some(e);
            html! {
                <article class="event-detail" hidden={!shown}
                    data-testid={shown.then_some("event-detail")}
                    aria-labelledby={fixed_attr(|| ["event-title-", story.event(e).id].concat())}>
                    { fixed(|| detail(story, e)) }
                </article>
            }
        }) }
    </> }
}

/// One event's details (only the page carries them).
fn detail(story: &Story, e: EventIx) -> Html {
    let event = story.event(e);
    let actors: Vec<&str> = event.actors.iter().map(|&a| story.actor(a).name).collect();
    let moved = story.relationships_moved_by(e);
    let w = words(story);
    html! { <>
        <p class="event-when">
            if let Some(date) = event.when.date() {
                <time datetime={date.iso()}>{ w.when(event.when) }</time>
            } else {
                { w.msg("undated") }
            }
        </p>
        <h3 id={["event-title-", event.id].concat()}>{ event.title }</h3>
        { updated_mark(w, event.updated) }
        <p>{ event.summary }</p>
        <p class="event-actors"><span class="label">{ w.msg("involved") }</span>{ w.list(&actors) }</p>
        { sources(story, event.sourcing) }
        if !moved.is_empty() {
            { chip_row("event-moved", &w.msg("changed-chips"), moved.into_iter().map(|r| {
                (Chip::Relationship(story.relationship(r).id), w.relationship_name(story, r))
            })) }
        }
    </> }
}
