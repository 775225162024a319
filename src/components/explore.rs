//! The explore view, below the walkthrough, for readers who want more: the timeline and the
//! relationships under one date control. Each relationship is one line (the pair and each
//! facet's stance at that date) that opens to its history, sources and events; without the
//! app every line is open, so the page holds every fact.

use yew::prelude::*;

use super::as_of::as_of_control;
use super::cards::relationship_cards;
use super::fixed::{fixed, words};
use super::timeline::timeline;
use crate::model::{EventIx, PageWords, Story, ViewState};

/// The explore view at the date of `view` (the step's, until the reader moves it);
/// `roving` is the timeline's tab stop.
pub fn explore(story: &Story, view: ViewState, page: &PageWords, roving: Option<EventIx>) -> Html {
    html! {
        <section class="explore" data-testid="explore" aria-labelledby="explore-heading">
            <div class="explore-head">
                { fixed(|| html! { <h2 id="explore-heading">{ words(story).msg("explore") }</h2> }) }
                { as_of_control(story, view.as_of, page) }
            </div>
            { timeline(story, view, roving) }
            { relationship_cards(story, view) }
        </section>
    }
}
