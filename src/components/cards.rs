//! The relationship cards, with the "as of" date they show and a filter by actor.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::{as_of_control, fixed, fixed_text, RelationshipCard};
use crate::model::{Action, StoryRef, ViewState};

/// Props for [`RelationshipCards`].
#[derive(Properties, PartialEq, Clone)]
pub struct RelationshipCardsProps {
    /// The story.
    pub story: StoryRef,
    /// The view.
    pub view: ViewState,
    /// Where actions go.
    pub on_action: Callback<Action>,
}

/// All relationship cards.
#[component]
pub fn RelationshipCards(props: &RelationshipCardsProps) -> Html {
    let story = props.story;
    let view = props.view;
    let highlighted = view.highlighted_relationships(story.0);
    // The stop before the shown date, once for all cards: what each card marks as changed.
    let earlier = story.as_of_earlier(view.as_of);
    let onchange = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: Event| {
            let value = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
                .map(|select| select.value())
                .unwrap_or_default();
            on_action.emit(Action::FilterActor(story.find_actor(&value)));
        })
    };

    html! {
        <section class="relationships" aria-labelledby="relationships-heading">
            <div class="cards-head">
                { fixed(|| html! { <h2 id="relationships-heading">{ "Relationships" }</h2> }) }
                { as_of_control(story.0, view.as_of, &props.on_action) }
                <label class="filter">
                    { fixed(|| html! { <span>{ "Show" }</span> }) }
                    <select {onchange} data-testid="actor-filter">
                        <option value="" selected={view.actor.is_none()}>{ fixed_text(|| "every relationship".into()) }</option>
                        { for story.actors_in_relationships().into_iter().map(|a| {
                            let actor = story.actor(a);
                            html! {
                                <option key={actor.id} value={actor.id} selected={view.actor == Some(a)}>
                                    { fixed_text(|| ["those of ", actor.short].concat()) }
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
                    html! {
                        <li key={story.relationship(r).id} hidden={!shown}>
                            <RelationshipCard {story} rel={r} {layers} {shown}
                                changed={story.relationship(r).changed_since(layers, earlier)}
                                highlighted={highlighted.contains(&r)} selected={view.relationship == Some(r)}
                                on_action={props.on_action.clone()} />
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
