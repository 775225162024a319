//! The stage: what a step is about, drawn beside its words. A time strip of the whole story
//! with a marker at the step's date and its events; the relationship map as of that date
//! (every actor a node, every relationship an edge drawn by its stance in colour, line and
//! words, the step's own standing out); and, in words, what changed since the step before,
//! the step's relationships and events, and the whole map as a list.
//!
//! The map's layout is computed at build time (`crate::load::map`, `Story::map`) and drawn
//! as SVG in the page; the app moves only attributes: each edge's stance, which labels and
//! which step's words show, the frame (`viewBox`) and the marker's place.

use yew::prelude::*;

use super::fixed::{fixed, fixed_attr, fixed_text, words};
use super::stance::{stance_badge, warmth};
use crate::locale::map_text;
use crate::locale::Arg;
use crate::model::date::number;
use crate::model::map::{label_lines, node_label, LineText, MAP_FONT, NODE_RADIUS};
use crate::model::{
    quantize, Facet, MapEdge, PageWords, RelIx, SegmentKind, StageMap, Stance, Story, ViewState,
};

/// A number as an attribute value.
fn n(value: impl Into<i64>) -> String {
    number(value.into())
}

/// The stage of the step in `view`.
pub fn stage(story: &Story, view: ViewState, page: &PageWords) -> Html {
    let step = view.step.min(story.steps.len().saturating_sub(1));
    let focus = story.step(step).focus;
    let date = focus.as_of;
    let map = &story.map;
    let at = |date| n(quantize(story.timeline.position(date)));

    html! {
        <aside class="stage" data-testid="stage" aria-label={fixed_attr(|| words(story).msg("stage"))}>
            <div class="time-strip">
                { fixed(|| time_strip(story)) }
                { for story.timeline.events.iter().map(|p| html! {
                    <span class="strip-event" data-at={fixed_attr(|| n(p.at))}
                        data-highlighted={focus.events.contains(&p.event).then_some("true")}></span>
                }) }
                <span class="time-marker" data-testid="time-marker" data-at={at(date)}>
                    <span class="marker-date" id="stage-date">{ page.date(date) }</span>
                </span>
            </div>
            // Named "Relationship map as of" and the marker's date, which follows the step.
            { fixed(|| html! { <span class="sr-only" id="map-name">{ words(story).msg("map-name") }</span> }) }
            <svg class="map" viewBox={fixed_attr(|| view_box(map))} role="group" aria-labelledby="map-name stage-date">
                { for {
                    // Every line under every label.
                    let (lines, edges): (Vec<Html>, Vec<Html>) = map
                        .edges
                        .iter()
                        .map(|edge| map_edge(story, edge, step, view.relationship))
                        .unzip();
                    std::iter::once(html! { <g class="map-lines">{ for lines }</g> }).chain(edges)
                } }
                { for map.nodes.iter().map(|node| {
                    let actor = story.actor(node.actor);
                    let on_map = story.actor_on_map(node.actor, date);
                    let in_step = story.in_focus(&focus, node.actor);
                    let covered = node.covered_at(step);
                    let extent = node.extent();
                    html! {
                        <g class="map-node" data-on-map={on_map.then_some("true")}
                            data-highlighted={in_step.then_some("true")} data-covered={covered.then_some("true")}
                            role="button" tabindex="0" data-filter-actor={fixed_attr(|| actor.id)}
                            aria-pressed={if view.actor == Some(node.actor) { "true" } else { "false" }}
                            aria-label={fixed_attr(|| words(story).msg_with("map-actor", &[("name", Arg::Text(actor.short.into()))]))}>
                            { fixed(|| html! { <>
                                <rect class="hit" x={n(extent.x)} y={n(extent.y)} width={n(extent.w)} height={n(extent.h)} />
                                <circle cx={n(node.x)} cy={n(node.y)} r={n(NODE_RADIUS)} />
                                <text x={n(node.x)} y={n(node.label.y + MAP_FONT as i16)}>
                                    { for node_label(actor.short).into_iter().enumerate().map(|(row, name)| html! {
                                        // A space between rows, outside them: the name reads as one.
                                        <>
                                            if row > 0 { { " " } }
                                            <tspan x={n(node.x)} dy={(row > 0).then_some("18")}>{ name }</tspan>
                                        </>
                                    }) }
                                </text>
                            </> }) }
                        </g>
                    }
                }) }
            </svg>
            <div class="stage-steps">
                { for (0..story.steps.len()).map(|i| step_words(story, i, i == step)) }
            </div>
            { fixed(|| map_key(story)) }
        </aside>
    }
}

/// The whole map as a `viewBox`: every step shows all of it, so nothing is ever cut.
fn view_box(map: &StageMap) -> String {
    [n(0), n(0), n(map.width), n(map.height)].join(" ")
}

/// One edge of the map: its line (drawn under every label, quiet when its relationship is not
/// in the step), and its label, drawn only while the relationship is in the step. The label is
/// HTML in the map (a `foreignObject` the size the layout kept for it): every text it ever
/// shows is in the page, and `data-l0`, `data-l1` say which shows on each line now; the
/// browser wraps each at the box's width and the visible box holds just those lines. The
/// label is the control that chooses the relationship.
fn map_edge(story: &Story, edge: &MapEdge, step: usize, selected: Option<RelIx>) -> (Html, Html) {
    let (rel_ix, label) = (edge.rel, edge.label);
    let rel = story.relationship(rel_ix);
    let focus = story.step(step).focus;
    let stance = rel
        .lead(story.layers_at(rel_ix, focus.as_of))
        .map(|s| s.stance);
    let in_step = focus.relationships.contains(&rel_ix);
    // Which text each line shows now (worked out at build time).
    let shown = |line: usize| edge.shown(step, line).map(|a| n(a as i64));
    // Not on the map at the date, or running to a node a label of the step covers.
    let covered = rel.actors.iter().any(|&a| story.map.covered(a, step));
    let off = (!in_step && (stance.is_none() || covered)).then_some("true");
    let line = html! {
        <line class="edge-line" data-warmth={warmth(stance)} data-stance={stance.map(Stance::slug)}
            data-highlighted={in_step.then_some("true")} data-off={off}
            x1={fixed_attr(|| n(end(story, rel_ix, 0).0))} y1={fixed_attr(|| n(end(story, rel_ix, 0).1))}
            x2={fixed_attr(|| n(end(story, rel_ix, 1).0))} y2={fixed_attr(|| n(end(story, rel_ix, 1).1))} />
    };
    let edge = html! {
        <g class="map-edge" data-testid="map-edge" data-relationship-id={rel.id}
            data-stance={stance.map(Stance::slug)} data-warmth={warmth(stance)} data-kind={edge.claim(step).then_some("claim")}
            data-highlighted={in_step.then_some("true")} data-off={off}
            data-l0={shown(0)} data-l1={shown(1)}
            role="button" tabindex={if in_step { "0" } else { "-1" }} data-show-relationship={fixed_attr(|| rel.id)}
            aria-pressed={if selected == Some(rel_ix) { "true" } else { "false" }}>
            { fixed(|| {
                let (a, b) = (end(story, rel_ix, 0), end(story, rel_ix, 1));
                label.leader(a, b).map_or_else(Html::default, |((x1, y1), (x2, y2))| html! {
                    <line class="edge-leader" x1={n(x1)} y1={n(y1)} x2={n(x2)} y2={n(y2)} />
                })
            }) }
            { fixed(|| html! {
                <foreignObject x={n(label.x)} y={n(label.y)} width={n(label.w)} height={n(label.h)}>
                    <div class="edge-label"><div class="edge-box">
                        { for label_lines(story, rel_ix).into_iter().enumerate().flat_map(|(l, texts)| texts.into_iter().enumerate().map(move |(a, text)| html! {
                            <p class="edge-text" data-l={n(l as i64)} data-a={n(a as i64)}>{ map_text(words(story), text) }</p>
                        })) }
                        // The control's name is what it shows, then whose relationship it is.
                        <span class="sr-only">{ words(story).relationship_name(story, rel_ix) }</span>
                    </div></div>
                </foreignObject>
            }) }
        </g>
    };
    (line, edge)
}

/// Where an end (`0` or `1`) of a relationship's line is: its actor's node.
fn end(story: &Story, rel_ix: RelIx, which: usize) -> (i16, i16) {
    story.map.node_at(story.relationship(rel_ix).actors[which])
}

/// The map's key: what its lines' colours and patterns, its boxes and its dots mean. Each
/// pattern lists the stances of this story drawn with it.
fn map_key(story: &Story) -> Html {
    let w = words(story);
    let mut stances: Vec<Stance> = story
        .relationships
        .iter()
        .flat_map(|r| r.states.iter().map(|s| s.stance))
        .collect();
    stances.sort_by_key(|s| (s.warmth(), s.slug()));
    stances.dedup();
    let sample = |warmth: &str, dashed: bool| {
        html! {
            <svg class="key-sample" viewBox="0 0 32 12" aria-hidden="true">
                if dashed {
                    <rect x="1" y="1" width="30" height="10" rx="2" class="key-box" />
                } else {
                    <line x1="1" y1="6" x2="31" y2="6" class="edge-line" data-warmth={warmth.to_string()} data-stance={(warmth != "none").then_some("x")} />
                }
            </svg>
        }
    };
    html! {
        <details class="map-key" data-testid="map-key" open=true>
            <summary>{ w.msg("map-key") }</summary>
            <ul>
                { for (0..=4u8).filter_map(|warm| {
                    let names: Vec<String> = stances.iter().filter(|s| s.warmth() == warm).map(|&s| w.stance(s)).collect();
                    (!names.is_empty()).then(|| html! {
                        <li>{ sample(warmth(stances.iter().copied().find(|s| s.warmth() == warm)), false) }{ w.list(&names) }</li>
                    })
                }) }
                <li>{ sample("none", false) }{ w.msg("key-none") }</li>
                <li>{ sample("none", true) }{ w.msg("key-claim") }</li>
                <li><svg class="key-sample" viewBox="0 0 32 12" aria-hidden="true"><circle cx="16" cy="6" r="5" class="key-dot" /></svg>{ w.msg("key-in-step") }</li>
            </ul>
        </details>
    }
}

/// The strip's fixed parts: the eras as bands, the long gaps as breaks, the first and last
/// years.
fn time_strip(story: &Story) -> Html {
    let layout = &story.timeline;
    let first = layout.ticks.first();
    let last = layout.ticks.last();
    html! {
        <div class="strip-axis" aria-hidden="true">
            { for story.eras.iter().map(|era| html! {
                <span class="strip-era" data-at={n(quantize(layout.position(era.from)))}
                    data-to={n(era.to.map_or(100, |to| quantize(layout.position(to))))}></span>
            }) }
            { for layout.segments.iter().filter(|s| matches!(s.kind, SegmentKind::Break { .. })).map(|s| html! {
                <span class="strip-break" data-at={n(quantize(s.start))} data-to={n(quantize(s.end))}></span>
            }) }
            { for first.map(|t| html! { <span class="strip-year" data-at="0">{ words(story).number(t.year.into()) }</span> }) }
            { for last.filter(|_| layout.ticks.len() > 1).map(|t| html! { <span class="strip-year strip-end" data-at="100">{ words(story).number(t.year.into()) }</span> }) }
        </div>
    }
}

/// The stage's words for step `i`, in the page for every step (shown for the current one):
/// what changed since the step before, the step's relationships as of its date, its events
/// with their dates, and everything else on the map.
fn step_words(story: &Story, i: usize, current: bool) -> Html {
    let focus = story.step(i).focus;
    let date = focus.as_of;
    let changes = story.stage_changes(i);
    let w = || words(story);
    let relationship_line = move |rel: RelIx| {
        let now = story.stances_at(rel, date);
        html! {
            <li>
                <strong>{ w().relationship_name(story, rel) }</strong>{ ": " }
                if now == [None, None] {
                    <span class="stage-facet">{ match story.pending_state(rel, date) {
                        Some(state) => map_text(w(), LineText::Pending(state.stance))
                            + " (" + &w().attribution(story, state.sourcing.kind) + ")",
                        None => w().msg("nothing-yet"),
                    } }</span>
                }
                { for Facet::ALL.into_iter().filter_map(|f| now[f.index()].map(|s| html! {
                    <span class="stage-facet">{ w().facet(f) }{ " " }{ stance_badge(w(), Some(s)) }</span>
                })) }
            </li>
        }
    };
    html! {
        <div class="stage-step" data-current={current.then_some("true")}>
            // Where the step goes in time when nothing it names changed: back (nothing changes
            // going back), forward, or nowhere.
            if i > 0 && changes.is_empty() {
                <p class="stage-since stage-back" data-testid={current.then_some(if story.goes_back(i) { "stage-back" } else { "stage-moved" })}>
                    { fixed_text(|| {
                        let before = story.step(i - 1).focus.as_of;
                        let message = if story.goes_back(i) {
                            "back-to"
                        } else if before == date {
                            "same-date"
                        } else {
                            "forward-to"
                        };
                        w().msg_with(message, &[
                            ("from", Arg::Date(before)),
                            ("to", Arg::Date(date)),
                        ])
                    }) }
                </p>
            }
            if !changes.is_empty() {
                { fixed(|| html! {
                    <p class="stage-since">
                        { w().msg_with("changed-since", &[
                            ("from", Arg::Date(story.step(i - 1).focus.as_of)),
                            ("to", Arg::Date(date)),
                        ]) }
                    </p>
                }) }
                <ul class="stage-changes">
                    { for changes.iter().map(|c| html! {
                        <li data-testid={current.then_some("stage-change")}
                            data-relationship-id={fixed_attr(|| story.relationship(c.rel).id)}>
                            { fixed(|| html! { <>
                                <strong>{ w().relationship_name(story, c.rel) }</strong>
                                if let Some(was) = c.was {
                                    <span>{ w().msg_with("change-was", &[("facet", Arg::Text(w().facet(c.facet).to_lowercase()))]) }</span>
                                    { stance_badge(w(), Some(was)) }
                                    <span aria-hidden="true">{ w().msg("change-arrow") }</span><span>{ w().msg("change-now") }</span>
                                } else {
                                    <span>{ w().msg_with("change-new", &[("facet", Arg::Text(w().facet(c.facet).to_lowercase()))]) }</span>
                                }
                                { stance_badge(w(), Some(c.now)) }
                            </> }) }
                        </li>
                    }) }
                </ul>
            }
            { fixed(|| html! { <>
                <h3 class="stage-heading">
                    <span class="stage-step-no">{ w().msg_with("stage-step", &[("n", Arg::Number(i as i64 + 1))]) }</span>
                    { w().msg_with("as-of", &[("date", Arg::Date(date))]) }
                </h3>
                <ul class="stage-list">
                    { for focus.relationships.iter().map(|&r| relationship_line(r)) }
                </ul>
                if !focus.events.is_empty() {
                    <ul class="stage-events">
                        { for focus.events.iter().map(|&e| {
                            let event = story.event(e);
                            html! { <li><span class="stage-when">{ w().when(event.when) }</span>{ " " }{ event.title }</li> }
                        }) }
                    </ul>
                }
                <details class="map-list">
                    <summary>{ w().msg("map-list") }</summary>
                    <ul class="stage-list">
                        { for story.relationship_ixs()
                            .filter(|r| !focus.relationships.contains(r) && story.stances_at(*r, date) != [None, None])
                            .map(relationship_line) }
                    </ul>
                </details>
            </> }) }
        </div>
    }
}
