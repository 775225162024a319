//! Where a text comes from: its kind (reported fact, claim by whom, analysis) and the source
//! paragraphs it cites, grouped by section: "¶1, ¶2 · Lead".

use yew::prelude::*;

use crate::model::{Sourcing, Story};

/// A text's kind and citations (a view function: it has no state of its own).
pub fn sources(story: &Story, sourcing: Sourcing) -> Html {
    html! {
        <p class="sources">
            <span class="kind" data-kind={sourcing.kind.slug()}>{ story.attribution_label(sourcing.kind) }</span>
            <span class="cites">
                <span class="sr-only">{ "Source: " }</span>
                { story.citation_text(sourcing.cite) }
            </span>
        </p>
    }
}
