//! The selected event: its date at the precision the source gives, what happened, who took
//! part, where it comes from, and which relationships it changed.

use yew::prelude::*;

use super::{sources, updated_mark};
use crate::model::{Action, EventIx, Story};

/// Details of the selected event, or a hint when none is selected.
pub fn event_detail(story: &Story, event: Option<EventIx>, on_action: &Callback<Action>) -> Html {
    let Some(e) = event else {
        return html! {
            <div class="event-detail" data-empty="true" data-testid="event-detail">
                <p class="hint">{ "Choose an event to see what happened, who was involved and where it comes from." }</p>
            </div>
        };
    };
    let event = story.event(e);
    let actors: Vec<&str> = event.actors.iter().map(|&a| story.actor(a).name).collect();
    let moved = story.relationships_moved_by(e);
    html! {
        <article class="event-detail" data-testid="event-detail" aria-labelledby="event-detail-title">
            <p class="event-when">
                if let Some(date) = event.when.date() {
                    <time datetime={date.iso()}>{ event.when.display() }</time>
                } else {
                    { "Undated in the source" }
                }
            </p>
            <h3 id="event-detail-title">{ event.title }</h3>
            { updated_mark(event.updated) }
            <p>{ event.summary }</p>
            <p class="event-actors"><span class="label">{ "Involved: " }</span>{ actors.join(", ") }</p>
            { sources(story, event.sourcing) }
            if !moved.is_empty() {
                <div class="event-moved">
                    <span class="label">{ "Changed: " }</span>
                    <ul class="chips">
                        { for moved.into_iter().map(|r| {
                            let on_action = on_action.clone();
                            html! {
                                <li key={story.relationship(r).id}>
                                    <button type="button" class="chip"
                                        onclick={Callback::from(move |_: MouseEvent| on_action.emit(Action::SelectRelationship(r)))}>
                                        { story.relationship_name(r) }
                                    </button>
                                </li>
                            }
                        }) }
                    </ul>
                </div>
            }
        </article>
    }
}
