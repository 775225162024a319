//! Where a text comes from: its kind (reported fact, claim by whom, analysis) and the source
//! paragraphs it cites, grouped by section: "¶1, ¶2 · Lead"; and the mark on an item that an
//! update changed.

use yew::prelude::*;

use crate::model::{Date, Sourcing, Story};

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

/// "Updated 27 November 2026", on an item an `[[updates]]` entry changed (the log at the foot
/// says what changed). The same markup as `crate::load::static_html::updated_mark`.
pub fn updated_mark(updated: Option<Date>) -> Html {
    let Some(date) = updated else {
        return Html::default();
    };
    html! {
        <p class="updated-mark" data-testid="updated-mark">
            { "Updated " }<time datetime={date.iso()}>{ date.display() }</time>
        </p>
    }
}
