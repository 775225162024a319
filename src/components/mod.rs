//! The explainer's components, one per file. Components with state or worth skipping when
//! their props are unchanged are Yew components (props: the story and typed callbacks); small
//! stateless views are plain functions returning `Html`, which keeps the wasm smaller. None
//! touches the browser while rendering. Visual state is in `aria-*` and `data-*` attributes
//! (never built class names), which the CSS and tests select on.

mod as_of;
mod card;
mod cards;
mod event_detail;
mod sources;
mod stance;
mod timeline;
mod walkthrough;

pub use as_of::as_of_control;
pub use card::{RelationshipCard, RelationshipCardProps};
pub use cards::{RelationshipCards, RelationshipCardsProps};
pub use event_detail::event_detail;
pub use sources::{sources, updated_mark};
pub use stance::{stance_badge, warmth};
pub use timeline::{Timeline, TimelineProps};
pub use walkthrough::{step_count, step_href, Walkthrough, WalkthroughProps};

use yew::prelude::*;

use crate::model::Action;

/// Markup the story carries ready-made (`Story::html`): inserted as it is. Only ever given
/// strings made by `crate::load::static_html` when the story was loaded, where every text
/// was escaped; never anything from the URL, a message or the DOM.
pub fn raw(html: &'static str) -> Html {
    Html::from_html_unchecked(AttrValue::Static(html))
}

/// A click handler for a link that the app handles itself: a plain click becomes `action`
/// (or nothing, when `None`); a click meant to open the link elsewhere (middle button, or
/// with a modifier key) is left to the browser.
pub fn link_click(on_action: &Callback<Action>, action: Option<Action>) -> Callback<MouseEvent> {
    let on_action = on_action.clone();
    Callback::from(move |e: MouseEvent| {
        if e.button() != 0 || e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key() {
            return;
        }
        e.prevent_default();
        if let Some(action) = action {
            on_action.emit(action);
        }
    })
}
