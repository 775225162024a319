//! Where a text comes from: its kind (reported fact, claim by whom, analysis) and the source
//! paragraphs it cites, grouped by section: "¶1, ¶2 · Lead"; and the mark on an item that an
//! update changed.

use yew::prelude::*;

use super::fixed::words;
use crate::locale::{CiteRun, Words};
use crate::model::{Date, Sourcing, Story};

/// A text's kind and citations (a view function: it has no state of its own).
pub fn sources(story: &Story, sourcing: Sourcing) -> Html {
    let w = words(story);
    html! {
        <p class="sources">
            <span class="kind" data-kind={sourcing.kind.slug()}>{ w.attribution(story, sourcing.kind) }</span>
            <span class="cites">
                <span class="sr-only">{ w.msg("source") }</span>
                { for w.citation(story, sourcing.cite).into_iter().map(|run| match run {
                    CiteRun::Text(text) => Html::from(text),
                    CiteRun::Link { label, url } => html! { <a href={url}>{ label }</a> },
                }) }
            </span>
        </p>
    }
}

/// "Updated 27 November 2026", on an item an `[[updates]]` entry changed (the log at the foot
/// says what changed). The same markup as `crate::load::static_html::updated_mark`.
pub fn updated_mark(w: &Words, updated: Option<Date>) -> Html {
    let Some(date) = updated else {
        return Html::default();
    };
    let (before, after) = w.around("updated", "date", &[]);
    html! {
        <p class="updated-mark" data-testid="updated-mark">
            { before }<time datetime={date.iso()}>{ w.date(date) }</time>{ after }
        </p>
    }
}
