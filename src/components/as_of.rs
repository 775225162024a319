//! The "as of" date the relationship cards show, with buttons that step it through the dated
//! events (the app handles their clicks).

use yew::prelude::*;

use super::fixed::{fixed, fixed_attr, fixed_text, words};
use crate::model::{Date, PageWords, Story};

/// One of the two step buttons: named "Earlier date: April 2025" (the label from the page,
/// the date it moves to from the wasm), with that date as its tooltip.
fn step_button(
    story: &Story,
    page: &PageWords,
    target: Option<Date>,
    label: &'static str,
    icon: &'static str,
    testid: &'static str,
) -> Html {
    html! {
        <button type="button" class="as-of-step" data-testid={testid} title={target.map(|d| page.date(d))}
            aria-disabled={target.is_none().then_some("true")}>
            { fixed(|| html! { <span aria-hidden="true">{ icon }</span> }) }
            <span class="sr-only">
                { fixed_text(|| [&words(story).msg(label), ": "].concat()) }{ target.map(|d| page.date(d)).unwrap_or_default() }
            </span>
        </button>
    }
}

/// The date control.
pub fn as_of_control(story: &Story, as_of: Date, page: &PageWords) -> Html {
    html! {
        <div class="as-of" role="group" aria-label={fixed_attr(|| words(story).msg("dates-shown"))}>
            { step_button(story, page, story.as_of_earlier(as_of), "earlier-date", "◀", "as-of-earlier") }
            <p class="as-of-text">
                { fixed_text(|| words(story).msg("as-of-label")) }<strong data-testid="as-of">{ page.date(as_of) }</strong>
            </p>
            { step_button(story, page, story.as_of_later(as_of), "later-date", "▶", "as-of-later") }
        </div>
    }
}
