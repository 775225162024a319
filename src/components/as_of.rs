//! The "as of" date the relationship cards show, with buttons that step it through the dated
//! events.

use yew::prelude::*;

use super::{fixed, fixed_attr, fixed_text};
use crate::model::{Action, Date, Story};

/// One of the two step buttons.
fn step_button(
    on_action: &Callback<Action>,
    action: Action,
    target: Option<Date>,
    label: &'static str,
    icon: &'static str,
    testid: &'static str,
) -> Html {
    let on_action = on_action.clone();
    let onclick = Callback::from(move |_: MouseEvent| {
        if target.is_some() {
            on_action.emit(action);
        }
    });
    html! {
        <button type="button" class="as-of-step" data-testid={testid} aria-label={fixed_attr(|| label)}
            title={fixed_attr(|| label)} aria-disabled={target.is_none().then_some("true")} {onclick}>
            { fixed(|| html! { <span aria-hidden="true">{ icon }</span> }) }
        </button>
    }
}

/// The date control.
pub fn as_of_control(story: &Story, as_of: Date, on_action: &Callback<Action>) -> Html {
    html! {
        <div class="as-of" role="group" aria-label={fixed_attr(|| "Date the cards show")}>
            { step_button(on_action, Action::AsOfEarlier, story.as_of_earlier(as_of), "Earlier date", "◀", "as-of-earlier") }
            <p class="as-of-text">
                { fixed_text(|| "As of ".into()) }<strong data-testid="as-of">{ as_of.display() }</strong>
            </p>
            { step_button(on_action, Action::AsOfLater, story.as_of_later(as_of), "Later date", "▶", "as-of-later") }
        </div>
    }
}
