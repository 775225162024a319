//! One relationship card: the two actors; as of the current date, each facet's stance
//! ("Officially: listed as terrorists", "In practice: pragmatic ties") in words, icon and
//! colour, marked when it changed at that date; a history strip of every state, each naming
//! its facet, with each facet's current state marked; the summary, sources, the events that
//! changed it, and any note on the two actors. Before its first state it says nothing was
//! recorded yet. The card's own colour and `data-stance` follow the official facet (the
//! practice one when there is none).

use yew::prelude::*;

use super::{sources, stance_badge, updated_mark, warmth};
use crate::model::{Action, Facet, Layers, PerFacet, RelIx, StoryRef, When};

/// Props for [`RelationshipCard`].
#[derive(Properties, PartialEq, Clone)]
pub struct RelationshipCardProps {
    /// The story.
    pub story: StoryRef,
    /// Which relationship.
    pub rel: RelIx,
    /// Which of its states each facet is in as of the current date (`None`: before the
    /// facet's first). Indexes, not the date, so a date change that leaves a card's states
    /// alone does not render the card again.
    pub layers: Layers,
    /// The facets that changed at the current date.
    pub changed: PerFacet<bool>,
    /// Highlighted by the step or the selected event.
    pub highlighted: bool,
    /// Chosen by the reader.
    pub selected: bool,
    /// Where actions go.
    pub on_action: Callback<Action>,
}

/// "From 2003", "Since 2022", "Reported by 3 July 2025".
fn state_start(when: When) -> String {
    match when {
        When::On(d) => "From ".to_string() + &d.display(),
        When::Since(d) => "Since ".to_string() + &d.display(),
        When::By(d) => "Reported by ".to_string() + &d.display(),
        When::Undated => String::new(),
    }
}

/// A relationship card. A component (not a view function) so that a card whose props did not
/// change is not rendered again.
#[component]
pub fn RelationshipCard(props: &RelationshipCardProps) -> Html {
    let story = props.story.0;
    let rel_ix = props.rel;
    let rel = story.relationship(rel_ix);
    let stance = rel.lead(props.layers).map(|s| s.stance);
    let shown: Vec<(Facet, usize)> = props
        .layers
        .iter()
        .filter_map(|(facet, state)| state.map(|i| (facet, i)))
        .collect();
    let heading_id = ["card-", rel.id].concat();
    let [a, b] = rel.actors;
    let toggle = {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(Action::SelectRelationship(rel_ix)))
    };
    let events = story.events_of_relationship(rel_ix);

    html! {
        <article class="card" data-warmth={warmth(stance)}
            data-highlighted={props.highlighted.then_some("true")} data-selected={props.selected.then_some("true")}
            data-testid="relationship-card" data-relationship-id={rel.id}
            data-stance={stance.map_or("none", |s| s.slug())}
            aria-labelledby={heading_id.clone()}>
            <h3 id={heading_id}>
                <button type="button" class="card-toggle" aria-pressed={if props.selected { "true" } else { "false" }}
                    onclick={toggle}>
                    { story.actor(a).short }<span class="pair-sep" aria-hidden="true">{ " ⟷ " }</span>
                    <span class="sr-only">{ " and " }</span>{ story.actor(b).short }
                </button>
            </h3>
            { updated_mark(rel.updated) }
            if shown.is_empty() {
                <p class="card-stance">{ stance_badge(None) }</p>
                <p class="state-summary" data-none-yet="true">
                    { "The source records nothing about this pair before " }
                    { rel.states.first().and_then(|s| s.from.date()).map(|d| d.display()).unwrap_or_default() }
                    { "." }
                </p>
            } else {
                <ul class="facets">
                    { for shown.into_iter().map(|(facet, i)| {
                        let state = &rel.states[i];
                        let changed = props.changed.get(facet);
                        html! {
                            <li key={facet.slug()} class="facet" data-testid="facet" data-facet={facet.slug()}
                                data-stance={state.stance.slug()} data-warmth={warmth(Some(state.stance))}
                                data-changed={changed.then_some("true")}>
                                <p class="card-stance">
                                    <span class="facet-name">{ facet.label() }</span>
                                    { stance_badge(Some(state.stance)) }
                                    <span class="card-since">{ state_start(state.from) }</span>
                                    if changed {
                                        <span class="facet-changed">{ "Changed" }</span>
                                    }
                                </p>
                                <p class="state-summary">{ state.summary }</p>
                                { sources(story, state.sourcing) }
                            </li>
                        }
                    }) }
                </ul>
            }
            <ol class="history" aria-label="How it changed">
                { for rel.states.iter().enumerate().map(|(i, s)| {
                    let facet = s.stance.facet();
                    html! {
                        <li key={i} class="history-state" data-facet={facet.slug()} data-warmth={warmth(Some(s.stance))}
                            aria-current={(props.layers.get(facet) == Some(i)).then_some("true")}>
                            <span class="history-date">{ [&s.from.display(), " · ", facet.label()].concat() }</span>
                            <span class="history-stance">
                                <span aria-hidden="true">{ s.stance.icon() }</span>{ " " }{ s.stance.label() }
                            </span>
                        </li>
                    }
                }) }
            </ol>
            <p class="card-summary">{ rel.summary }</p>
            { sources(story, rel.sourcing) }
            { for [a, b].into_iter().filter_map(|x| story.actor(x).note.map(|note| (story.actor(x), note))).map(|(actor, note)| html! {
                <p key={actor.id} class="actor-note" data-testid="actor-note">
                    <span class="label">{ actor.short }{ ": " }</span>{ note }
                </p>
            }) }
            if !events.is_empty() {
                <div class="card-events">
                    <span class="label">{ "Events: " }</span>
                    <ul class="chips">
                        { for events.into_iter().map(|e| {
                            let on_action = props.on_action.clone();
                            html! {
                                <li key={story.event(e).id}>
                                    <button type="button" class="chip"
                                        onclick={Callback::from(move |_: MouseEvent| on_action.emit(Action::SelectEvent(e)))}>
                                        { story.event(e).title }
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
