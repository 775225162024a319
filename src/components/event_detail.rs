//! The selected event: its date at the precision the source gives, what happened, who took
//! part, where it comes from, and which relationships it changed.

use yew::prelude::*;

use super::Sources;
use crate::app::StoryRef;
use crate::model::{Action, EventIx};

/// Props for [`EventDetail`].
#[derive(Properties, PartialEq, Clone)]
pub struct EventDetailProps {
    /// The story.
    pub story: StoryRef,
    /// The selected event, if any.
    pub event: Option<EventIx>,
    /// Where actions go.
    pub on_action: Callback<Action>,
}

/// Details of the selected event, or a hint when none is selected.
#[component]
pub fn EventDetail(props: &EventDetailProps) -> Html {
    let story = props.story;
    let Some(e) = props.event else {
        return html! {
            <div class="event-detail empty" data-testid="event-detail">
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
            <p>{ event.summary }</p>
            <p class="event-actors"><span class="label">{ "Involved: " }</span>{ actors.join(", ") }</p>
            <Sources {story} sourcing={event.sourcing} />
            if !moved.is_empty() {
                <div class="event-moved">
                    <span class="label">{ "Changed: " }</span>
                    <ul class="chips">
                        { for moved.into_iter().map(|r| {
                            let on_action = props.on_action.clone();
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
