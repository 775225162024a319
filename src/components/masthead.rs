//! The headline block: kicker, headline (the page's one h1), standfirst and dateline.

use yew::prelude::*;

use crate::app::StoryRef;

/// Props for [`Masthead`].
#[derive(Properties, PartialEq, Clone)]
pub struct MastheadProps {
    /// The story.
    pub story: StoryRef,
}

/// The headline block.
#[component]
pub fn Masthead(props: &MastheadProps) -> Html {
    let meta = &props.story.meta;
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
