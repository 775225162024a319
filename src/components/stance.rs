//! A stance shown in words, with an icon and a colour, so it never depends on colour alone.

use yew::prelude::*;

use crate::model::Stance;

/// Props for [`StanceBadge`].
#[derive(Properties, PartialEq, Clone)]
pub struct StanceBadgeProps {
    /// The stance; `None` before a relationship's first recorded state.
    pub stance: Option<Stance>,
}

/// The CSS class for a stance's colour: from `warmth-0` (conflict) to `warmth-4` (close).
pub fn warmth_class(stance: Option<Stance>) -> &'static str {
    match stance.map(Stance::warmth) {
        None => "warmth-none",
        Some(0) => "warmth-0",
        Some(1) => "warmth-1",
        Some(2) => "warmth-2",
        Some(3) => "warmth-3",
        Some(_) => "warmth-4",
    }
}

/// A stance badge: icon and words.
#[component]
pub fn StanceBadge(props: &StanceBadgeProps) -> Html {
    let (icon, label) = match props.stance {
        Some(stance) => (stance.icon(), stance.label()),
        None => ("·", "No recorded relationship yet"),
    };
    html! {
        <span class={classes!("stance", warmth_class(props.stance))}>
            <span class="stance-icon" aria-hidden="true">{ icon }</span>
            <span class="stance-label">{ label }</span>
        </span>
    }
}
