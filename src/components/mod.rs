//! The explainer's components, one per file. Each takes the story and typed callbacks as
//! props; none touches the browser while rendering.

mod as_of;
mod card;
mod cards;
mod event_detail;
mod masthead;
mod sources;
mod stance;
mod timeline;
mod walkthrough;

pub use as_of::{AsOf, AsOfProps};
pub use card::{RelationshipCard, RelationshipCardProps};
pub use cards::{RelationshipCards, RelationshipCardsProps};
pub use event_detail::{EventDetail, EventDetailProps};
pub use masthead::Masthead;
pub use sources::{citation_text, Sources};
pub use stance::{warmth_class, StanceBadge};
pub use timeline::{Timeline, TimelineProps};
pub use walkthrough::{step_count, step_href, Walkthrough, WalkthroughProps};

use yew::prelude::*;

use crate::model::Action;

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
