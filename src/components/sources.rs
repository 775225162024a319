//! Where a text comes from: its kind (reported fact, claim by whom, analysis) and the source
//! paragraphs it cites, grouped by section: "¶1, ¶2 · Lead".

use yew::prelude::*;

use crate::app::StoryRef;
use crate::model::{Attribution, Para, Sourcing};

/// Props for [`Sources`].
#[derive(Properties, PartialEq, Clone)]
pub struct SourcesProps {
    /// The story (for names of claimants and sections).
    pub story: StoryRef,
    /// What to show.
    pub sourcing: Sourcing,
}

/// The CSS class for a kind, so the three kinds read differently at a glance.
fn kind_class(kind: Attribution) -> &'static str {
    match kind {
        Attribution::Fact => "kind kind-fact",
        Attribution::Claim { .. } => "kind kind-claim",
        Attribution::Analysis { .. } => "kind kind-analysis",
    }
}

/// "¶1, ¶2 · Lead; ¶9 · From Enemy to Ally?"
pub fn citation_text(story: &crate::model::Story, cite: &[Para]) -> String {
    let mut out = String::new();
    let mut i = 0;
    while i < cite.len() {
        let section = story.section_of(cite[i]);
        let mut j = i;
        while j < cite.len() && story.section_of(cite[j]).map(|s| s.id) == section.map(|s| s.id) {
            j += 1;
        }
        if !out.is_empty() {
            out.push_str("; ");
        }
        let labels: Vec<String> = cite[i..j].iter().map(|p| p.label()).collect();
        out.push_str(&labels.join(", "));
        if let Some(section) = section {
            out.push_str(" · ");
            out.push_str(section.title);
        }
        i = j;
    }
    out
}

/// A text's kind and citations.
#[component]
pub fn Sources(props: &SourcesProps) -> Html {
    let story = props.story;
    let sourcing = props.sourcing;
    html! {
        <p class="sources">
            <span class={kind_class(sourcing.kind)}>{ story.attribution_label(sourcing.kind) }</span>
            <span class="cites">
                <span class="sr-only">{ "Source: " }</span>
                { citation_text(story.0, sourcing.cite) }
            </span>
        </p>
    }
}
