//! Where a text comes from: its kind (reported fact, claim by whom, analysis) and the source
//! paragraphs it cites, grouped by section: "¶1, ¶2 · Lead".

use yew::prelude::*;

use crate::model::{Attribution, Para, Sourcing, Story};

/// The `data-kind` of a kind, so the three kinds read differently at a glance.
fn kind_name(kind: Attribution) -> &'static str {
    match kind {
        Attribution::Fact => "fact",
        Attribution::Claim { .. } => "claim",
        Attribution::Analysis { .. } => "analysis",
    }
}

/// "¶1, ¶2 · Lead; ¶9 · From Enemy to Ally?"
pub fn citation_text(story: &Story, cite: &[Para]) -> String {
    let mut out = String::new();
    let mut i = 0;
    while i < cite.len() {
        let section = story.section_of(cite[i]).map(|s| s.title);
        let mut j = i;
        while j < cite.len() && story.section_of(cite[j]).map(|s| s.title) == section {
            j += 1;
        }
        if !out.is_empty() {
            out.push_str("; ");
        }
        for (k, para) in cite[i..j].iter().enumerate() {
            if k > 0 {
                out.push_str(", ");
            }
            out.push_str(&para.label());
        }
        if let Some(title) = section {
            out.push_str(" · ");
            out.push_str(title);
        }
        i = j;
    }
    out
}

/// A text's kind and citations (a view function: it has no state of its own).
pub fn sources(story: &Story, sourcing: Sourcing) -> Html {
    html! {
        <p class="sources">
            <span class="kind" data-kind={kind_name(sourcing.kind)}>{ story.attribution_label(sourcing.kind) }</span>
            <span class="cites">
                <span class="sr-only">{ "Source: " }</span>
                { citation_text(story, sourcing.cite) }
            </span>
        </p>
    }
}
