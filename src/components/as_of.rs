//! The "as of" date the relationship cards show, with buttons that step it through the dated
//! events.

use yew::prelude::*;

use crate::app::StoryRef;
use crate::model::{Action, Date};

/// Props for [`AsOf`].
#[derive(Properties, PartialEq, Clone)]
pub struct AsOfProps {
    /// The story.
    pub story: StoryRef,
    /// The current date.
    pub as_of: Date,
    /// Where actions go.
    pub on_action: Callback<Action>,
}

/// The date control.
#[component]
pub fn AsOf(props: &AsOfProps) -> Html {
    let story = props.story;
    let earlier = story.as_of_earlier(props.as_of);
    let later = story.as_of_later(props.as_of);
    let button = |action: Action,
                  target: Option<Date>,
                  label: &'static str,
                  icon: &'static str,
                  testid: &'static str| {
        let on_action = props.on_action.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            if target.is_some() {
                on_action.emit(action);
            }
        });
        let title = match target {
            Some(date) => [label, ": ", &date.display()].concat(),
            None => [label, ": none"].concat(),
        };
        html! {
            <button type="button" class="as-of-step" data-testid={testid} aria-label={title.clone()} {title}
                aria-disabled={target.is_none().then_some("true")} {onclick}>
                <span aria-hidden="true">{ icon }</span>
            </button>
        }
    };
    html! {
        <div class="as-of" role="group" aria-label="Date the cards show">
            { button(Action::AsOfEarlier, earlier, "Earlier date", "◀", "as-of-earlier") }
            <p class="as-of-text">
                { "As of " }<strong data-testid="as-of">{ props.as_of.display() }</strong>
            </p>
            { button(Action::AsOfLater, later, "Later date", "▶", "as-of-later") }
        </div>
    }
}
