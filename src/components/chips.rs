//! Chips: buttons in fixed markup that open an event or a relationship's card.

use yew::prelude::*;

/// What a chip opens when chosen: an event, or a relationship's card.
pub enum Chip {
    /// `data-show-event`.
    Event(&'static str),
    /// `data-show-relationship`.
    Relationship(&'static str),
}

/// A labelled row of chips (`class` names the row), each a button the app's click handler
/// reads (`crate::browser::click_input`); `chips` gives each one's target and words. Fixed
/// markup: only ever rendered inside [`fixed`].
pub fn chip_row(
    class: &'static str,
    label: &str,
    chips: impl Iterator<Item = (Chip, String)>,
) -> Html {
    html! {
        <div {class}>
            <span class="label">{ label }</span>
            <ul class="chips">
                { for chips.map(|(chip, words)| {
                    let (event, relationship) = match chip {
                        Chip::Event(id) => (Some(id), None),
                        Chip::Relationship(id) => (None, Some(id)),
                    };
                    html! {
                        <li><button type="button" class="chip" data-show-event={event}
                            data-show-relationship={relationship}>{ words }</button></li>
                    }
                }) }
            </ul>
        </div>
    }
}
