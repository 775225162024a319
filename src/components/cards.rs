//! The relationship cards at the explore view's date, with a filter by actor.

use yew::prelude::*;

use super::card::{relationship_card, CardState};
use super::fixed::{fixed, fixed_text, words};
use crate::locale::Arg;
use crate::model::{Story, ViewState};

/// All relationship cards, with the date they show and the filter (whose changes the app
/// handles).
pub fn relationship_cards(story: &Story, view: ViewState) -> Html {
    let highlighted = view.highlighted_relationships(story);
    // The stop before the shown date, once for all cards: what each card marks as changed.
    let earlier = story.as_of_earlier(view.as_of);

    html! {
        <section class="relationships" aria-labelledby="relationships-heading">
            <div class="cards-head">
                { fixed(|| html! { <h3 id="relationships-heading">{ words(story).msg("relationships") }</h3> }) }
                <label class="filter">
                    { fixed(|| html! { <span>{ words(story).msg("filter-show") }</span> }) }
                    <select data-testid="actor-filter">
                        <option value="" selected={view.actor.is_none()}>{ fixed_text(|| words(story).msg("filter-all")) }</option>
                        { for story.actors_in_relationships().into_iter().map(|a| {
                            let actor = story.actor(a);
                            html! {
                                <option value={actor.id} selected={view.actor == Some(a)}>
                                    { fixed_text(|| words(story).msg_with("filter-actor", &[("name", Arg::Text(actor.short.into()))])) }
                                </option>
                            }
                        }) }
                    </select>
                </label>
            </div>
            // Every card is in the page; the filter hides the others (the wasm cannot make a
            // card anew: it has no words), and only shown cards are `relationship-card`s.
            <ul class="cards">
                { for story.relationship_ixs().map(|r| {
                    let shown = view.actor.is_none_or(|a| story.involves(r, a));
                    let layers = story.layers_at(r, view.as_of);
                    let state = CardState {
                        layers,
                        changed: story.relationship(r).changed_since(layers, earlier),
                        highlighted: highlighted.contains(&r),
                        selected: view.relationship == Some(r),
                        shown,
                    };
                    html! { <li hidden={!shown}>{ relationship_card(story, r, state) }</li> }
                }) }
            </ul>
        </section>
    }
}
