//! One relationship card: the two actors; as of the current date, each facet's stance
//! ("Officially: listed as terrorists", "In practice: pragmatic ties") in words, icon and
//! colour, marked when it changed at that date; a history strip of every state, each naming
//! its facet, with each facet's current state marked; the summary, sources, the events that
//! changed it, and any note on the two actors. Before its first state it says nothing was
//! recorded yet. The card's own colour and `data-stance` follow the official facet (the
//! practice one when there is none).

use yew::prelude::*;

use super::chips::{chip_row, Chip};
use super::fixed::{fixed, fixed_attr, fixed_text, words};
use super::sources::{sources, updated_mark};
use super::stance::{stance_badge, warmth};
use crate::locale::{Arg, Words};
use crate::model::{Facet, Layers, PerFacet, RelIx, RelState, Story, When};

/// What a card shows of its relationship, as of the current date.
#[derive(Clone, Copy, PartialEq)]
pub struct CardState {
    /// Which of its states each facet is in (`None`: before the facet's first).
    pub layers: Layers,
    /// The facets that changed at the current date.
    pub changed: PerFacet<bool>,
    /// Highlighted by the step or the selected event.
    pub highlighted: bool,
    /// Chosen by the reader.
    pub selected: bool,
    /// Passes the actor filter (a hidden card is not a `relationship-card`).
    pub shown: bool,
}

/// "From 2003", "Since 2022", "Reported by 3 July 2025".
fn state_start(w: &Words, when: When) -> String {
    let (id, date) = match when {
        When::On(d) => ("state-from", d),
        When::Since(d) => ("state-since", d),
        When::By(d) => ("state-by", d),
        When::Undated => return String::new(),
    };
    w.msg_with(id, &[("date", Arg::Date(date))])
}

/// A relationship card. Every state of every facet is in the page; the card shows each
/// facet's current one (the others `hidden`), and only the shown rows are `facet`s. Its
/// toggle's clicks are handled by the app.
pub fn relationship_card(story: &Story, rel_ix: RelIx, props: CardState) -> Html {
    let rel = story.relationship(rel_ix);
    let stance = rel.lead(props.layers).map(|s| s.stance);
    let none_yet = props.layers.iter().all(|(_, state)| state.is_none());
    let [a, b] = rel.actors;
    let heading_id = fixed_attr(|| ["card-", rel.id].concat());
    let w = || words(story);

    html! {
        <article class="card" data-warmth={warmth(stance)}
            data-highlighted={props.highlighted.then_some("true")} data-selected={props.selected.then_some("true")}
            data-testid={props.shown.then_some("relationship-card")} data-relationship-id={rel.id}
            data-stance={stance.map_or("none", |s| s.slug())}
            aria-labelledby={heading_id.clone()}>
            <h3 id={heading_id}>
                <button type="button" class="card-toggle" aria-pressed={if props.selected { "true" } else { "false" }}>
                    { fixed_text(|| story.actor(a).short.into()) }
                    { fixed(|| html! { <>
                        <span class="pair-sep" aria-hidden="true">{ " ⟷ " }</span><span class="sr-only">{ w().msg("pair-and") }</span>
                    </> }) }
                    { fixed_text(|| story.actor(b).short.into()) }
                </button>
            </h3>
            { fixed(|| updated_mark(w(), rel.updated)) }
            <p class="card-stance" hidden={!none_yet}>{ fixed(|| stance_badge(w(), None)) }</p>
            <p class="state-summary" data-none-yet="true" hidden={!none_yet}>
                { fixed_text(|| match rel.states.first().and_then(|s| s.from.date()) {
                    Some(d) => w().msg_with("none-before", &[("date", Arg::Date(d))]),
                    None => String::new(),
                }) }
            </p>
            <ul class="facets" hidden={none_yet}>
                { for Facet::ALL.into_iter().flat_map(|facet| rel.states.iter().enumerate()
                    .filter(move |(_, s)| s.stance.facet() == facet)
                    .map(move |(i, state)| (facet, i, state)))
                    .map(|(facet, i, state)| {
                        let current = props.layers.get(facet) == Some(i);
                        let changed = current && props.changed.get(facet);
                        html! {
                            <li class="facet" data-testid={current.then_some("facet")}
                                data-facet={fixed_attr(|| facet.slug())} data-stance={fixed_attr(|| state.stance.slug())}
                                data-warmth={fixed_attr(|| warmth(Some(state.stance)))}
                                data-changed={changed.then_some("true")} hidden={!current}>
                                { fixed(|| facet_row(story, facet, state)) }
                            </li>
                        }
                    }) }
            </ul>
            <ol class="history" aria-label={fixed_attr(|| w().msg("history"))}>
                { for rel.states.iter().enumerate().map(|(i, s)| {
                    let facet = s.stance.facet();
                    html! {
                        <li class="history-state" data-facet={fixed_attr(|| facet.slug())}
                            data-warmth={fixed_attr(|| warmth(Some(s.stance)))}
                            aria-current={(props.layers.get(facet) == Some(i)).then_some("true")}>
                            { fixed(|| html! { <>
                                <span class="history-date">{ w().msg_with("history-date", &[("when", Arg::Text(w().when(s.from))), ("facet", Arg::Text(w().facet(facet)))]) }</span>
                                <span class="history-stance">
                                    <span aria-hidden="true">{ s.stance.icon() }</span>{ " " }{ w().stance(s.stance) }
                                </span>
                            </> }) }
                        </li>
                    }
                }) }
            </ol>
            { fixed(|| card_foot(story, rel_ix)) }
        </article>
    }
}

/// One state of one facet: its stance, since when, what it means, where it comes from, and
/// "Changed" (which the CSS shows only when the row has `data-changed`).
fn facet_row(story: &Story, facet: Facet, state: &RelState) -> Html {
    let w = words(story);
    html! { <>
        <p class="card-stance">
            <span class="facet-name">{ w.facet(facet) }</span>
            { stance_badge(w, Some(state.stance)) }
            <span class="card-since">{ state_start(w, state.from) }</span>
            <span class="facet-changed">{ w.msg("changed") }</span>
        </p>
        <p class="state-summary">{ state.summary }</p>
        { sources(story, state.sourcing) }
    </> }
}

/// The card's summary, sources, notes on its actors and the events that changed it (their
/// chips are buttons with `data-show-event`, which the app handles for the whole page).
fn card_foot(story: &Story, rel_ix: RelIx) -> Html {
    let rel = story.relationship(rel_ix);
    let events = story.events_of_relationship(rel_ix);
    html! { <>
        <p class="card-summary">{ rel.summary }</p>
        { sources(story, rel.sourcing) }
        { for rel.actors.into_iter().filter_map(|x| story.actor(x).note.map(|note| (story.actor(x), note))).map(|(actor, note)| html! {
            <p class="actor-note" data-testid="actor-note">
                <span class="label">{ actor.short }{ ": " }</span>{ note }
            </p>
        }) }
        if !events.is_empty() {
            { chip_row("card-events", &words(story).msg("events-chips"), events.into_iter().map(|e| {
                let event = story.event(e);
                (Chip::Event(event.id), event.title.to_string())
            })) }
        }
    </> }
}
