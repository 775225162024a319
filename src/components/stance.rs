//! A stance shown in words, with an icon and a colour, so it never depends on colour alone.

use yew::prelude::*;

use crate::locale::Words;
use crate::model::Stance;

/// The `data-warmth` of a stance, which sets its colour: from `0` (conflict) to `4` (close),
/// `none` before a first recorded state.
pub fn warmth(stance: Option<Stance>) -> &'static str {
    match stance.map(Stance::warmth) {
        None => "none",
        Some(0) => "0",
        Some(1) => "1",
        Some(2) => "2",
        Some(3) => "3",
        Some(_) => "4",
    }
}

/// A stance badge: icon and words (`None`: no recorded relationship yet).
pub fn stance_badge(w: &Words, stance: Option<Stance>) -> Html {
    let (icon, label) = match stance {
        Some(stance) => (stance.icon(), w.stance(stance)),
        None => ("–", w.msg("stance-none")),
    };
    html! {
        <span class="stance" data-warmth={warmth(stance)}>
            <span class="stance-icon" aria-hidden="true">{ icon }</span>
            <span class="stance-label">{ label }</span>
        </span>
    }
}
