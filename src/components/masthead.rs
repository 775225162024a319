//! The headline block: kicker, headline (the page's one h1), standfirst and dateline.

use yew::prelude::*;

use crate::model::Story;

/// The headline block.
pub fn masthead(story: &Story) -> Html {
    let meta = &story.meta;
    html! {
        <header class="masthead">
            <p class="kicker">{ meta.kicker }</p>
            <h1>{ meta.headline }</h1>
            <p class="standfirst">{ meta.standfirst }</p>
            <p class="dateline">
                { meta.dateline }{ " · " }
                <time datetime={meta.published.iso()}>{ meta.published.display() }</time>
            </p>
        </header>
    }
}
