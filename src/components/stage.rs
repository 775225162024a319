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

use super::fixed::{fixed, fixed_attr, fixed_attr_if, words};
use super::stance::{stance_badge, warmth};
use crate::locale::Arg;
use crate::model::date::number;
use crate::model::map::{
    node_label, text_width, ICON_BOX, MAP_FONT, MAP_LINE, NODE_RADIUS, NOT_YET,
};
use crate::model::stage::edge_line;
use crate::model::{
    quantize, Facet, Focus, MapBox, MapEdge, PageWords, RelIx, SegmentKind, Stance, Story,
    ViewState,
};

/// A number as an attribute value.
fn n(value: impl Into<i64>) -> String {
    number(value.into())
}

/// A frame as a `viewBox`.
fn view_box(frame: MapBox) -> String {
    [n(frame.x), n(frame.y), n(frame.w), n(frame.h)].join(" ")
}

/// The stage of the step in `view`.
pub fn stage(story: &Story, view: ViewState, page: &PageWords) -> Html {
    let step = view.step.min(story.steps.len().saturating_sub(1));
    let focus = story.step(step).focus;
    let date = focus.as_of;
    let map = &story.map;
    let frame = map.frames.get(step).copied().unwrap_or(MapBox {
        x: 0,
        y: 0,
        w: map.width,
        h: map.height,
    });
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
            <svg class="map" viewBox={view_box(frame)} role="group" aria-labelledby="map-name stage-date">
                { for {
                    // Every line under every label.
                    let (lines, edges): (Vec<Html>, Vec<Html>) = map
                        .edges
                        .iter()
                        .map(|edge| map_edge(story, edge, focus, view.relationship, frame))
                        .unzip();
                    std::iter::once(html! { <g class="map-lines">{ for lines }</g> }).chain(edges)
                } }
                { for map.nodes.iter().map(|node| {
                    let actor = story.actor(node.actor);
                    let on_map = story.actor_on_map(node.actor, date);
                    let in_step = focus.relationships.iter().any(|&r| story.involves(r, node.actor));
                    let extent = node.extent();
                    let outside = !frame.contains(&extent);
                    html! {
                        <g class="map-node" data-on-map={on_map.then_some("true")}
                            data-highlighted={in_step.then_some("true")} data-outside={outside.then_some("true")}
                            role="button" tabindex={if outside { "-1" } else { "0" }} data-filter-actor={fixed_attr(|| actor.id)}
                            aria-pressed={if view.actor == Some(node.actor) { "true" } else { "false" }}
                            aria-label={fixed_attr(|| words(story).msg_with("map-actor", &[("name", Arg::Text(actor.short.into()))]))}>
                            { fixed(|| html! { <>
                                <rect class="hit" x={n(extent.x)} y={n(extent.y)} width={n(extent.w)} height={n(extent.h)} />
                                <circle cx={n(node.x)} cy={n(node.y)} r={n(NODE_RADIUS)} />
                                <text x={n(node.x)} y={n(node.label.y + MAP_FONT as i16)} text-anchor="middle">
                                    { node_label(actor.short) }
                                </text>
                            </> }) }
                        </g>
                    }
                }) }
            </svg>
            <div class="stage-steps">
                { for (0..story.steps.len()).map(|i| step_words(story, i, i == step)) }
            </div>
        </aside>
    }
}

/// One edge of the map: its line (drawn under every label), and its label (a line per facet,
/// one text per stance the facet ever takes, the one of the shown date showing), which is the
/// control that chooses the relationship.
fn map_edge(
    story: &Story,
    edge: &MapEdge,
    focus: Focus,
    selected: Option<RelIx>,
    frame: MapBox,
) -> (Html, Html) {
    let (rel_ix, label) = (edge.rel, edge.label);
    let rel = story.relationship(rel_ix);
    let layers = story.layers_at(rel_ix, focus.as_of);
    let lead = rel.lead(layers).map(|s| s.stance);
    let now = rel.stances(layers);
    let in_step = focus.relationships.contains(&rel_ix);
    // Each facet the relationship has, a line, with each stance it ever takes.
    let facets = rel.facet_stances();
    let top = edge.first_baseline(facets.len());
    let outside = !frame.contains(&MapBox {
        w: ICON_BOX,
        ..label
    });
    let off = (lead.is_none() && !in_step).then_some("true");
    let line = html! {
        <line class="edge-line" data-warmth={warmth(lead)} data-stance={lead.map(Stance::slug)}
            data-highlighted={in_step.then_some("true")} data-off={off}
            x1={fixed_attr(|| n(end(story, rel_ix, 0).0))} y1={fixed_attr(|| n(end(story, rel_ix, 0).1))}
            x2={fixed_attr(|| n(end(story, rel_ix, 1).0))} y2={fixed_attr(|| n(end(story, rel_ix, 1).1))} />
    };
    let edge = html! {
        <g class="map-edge" data-testid="map-edge" data-relationship-id={rel.id}
            data-stance={lead.map(Stance::slug)} data-warmth={warmth(lead)}
            data-highlighted={in_step.then_some("true")} data-off={off}
            data-outside={outside.then_some("true")}
            role="button" tabindex={if outside { "-1" } else { "0" }} data-show-relationship={fixed_attr(|| rel.id)}
            aria-pressed={if selected == Some(rel_ix) { "true" } else { "false" }}
            aria-label={fixed_attr(|| story.relationship_name(rel_ix))}>
            { fixed(|| edge_drawing(label, words(story).rtl)) }
            if edge.not_yet {
                <text class="edge-text" data-off={lead.is_some().then_some("true")} x={fixed_attr(|| n(label.line_start(words(story).rtl)))} y={fixed_attr(|| n(top))}
                    textLength={fixed_attr_if(|| fit(label, &words(story).msg(NOT_YET)).map(n))}
                    lengthAdjust={fixed_attr_if(|| fit(label, &words(story).msg(NOT_YET)).map(|_| "spacingAndGlyphs"))}>
                    { fixed(|| html! { <tspan class="edge-words">{ words(story).msg(NOT_YET) }</tspan> }) }
                </text>
            }
            { for facets.into_iter().enumerate().flat_map(|(line, (facet, stances))| {
                stances.into_iter().map(move |stance| html! {
                    <text class="edge-text" data-off={(now[facet.index()] != Some(stance)).then_some("true")}
                        x={fixed_attr(|| n(label.line_start(words(story).rtl)))}
                        y={fixed_attr(|| n(top + (line as i16) * MAP_LINE as i16))}
                        textLength={fixed_attr_if(|| fit(label, &edge_line(stance, &words(story).stance(stance))).map(n))}
                        lengthAdjust={fixed_attr_if(|| fit(label, &edge_line(stance, &words(story).stance(stance))).map(|_| "spacingAndGlyphs"))}>
                        { fixed(|| {
                            let line = edge_line(stance, &words(story).stance(stance));
                            let (icon, rest) = line.split_at(stance.icon().len());
                            html! { <>
                                <tspan class="edge-icon">{ icon.to_string() }</tspan>
                                <tspan class="edge-words">{ rest.to_string() }</tspan>
                            </> }
                        }) }
                    </text>
                })
            }) }
        </g>
    };
    (line, edge)
}

/// Where an end (`0` or `1`) of a relationship's line is: its actor's node.
fn end(story: &Story, rel_ix: RelIx, which: usize) -> (i16, i16) {
    story.map.node_at(story.relationship(rel_ix).actors[which])
}

/// A label line's length (`textLength`) when it would be wider than the label's box: the
/// layout made the box for the story's own words, and a translation's may be longer (they
/// are drawn narrower, not out of the box).
fn fit(label: MapBox, line: &str) -> Option<i32> {
    let room = i32::from(label.w) - 6;
    (i32::from(text_width(line, MAP_FONT)) > room).then_some(room)
}

/// The backgrounds of an edge's label (never change); the icon's at the side its lines start.
fn edge_drawing(label: MapBox, rtl: bool) -> Html {
    let icon_w = ICON_BOX;
    let icon_x = label.start_box_x(icon_w, rtl);
    html! { <>
        <rect class="edge-box" x={n(label.x)} y={n(label.y)} width={n(label.w)} height={n(label.h)} rx="3" />
        <rect class="edge-icon-box" x={n(icon_x)} y={n(label.y)} width={n(icon_w)} height={n(label.h)} rx="3" />
    </> }
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
                <strong>{ story.relationship_name(rel) }</strong>{ ": " }
                if now == [None, None] {
                    <span class="stage-facet">{ w().msg("nothing-yet") }</span>
                }
                { for Facet::ALL.into_iter().filter_map(|f| now[f.index()].map(|s| html! {
                    <span class="stage-facet">{ w().facet(f) }{ " " }{ stance_badge(w(), Some(s)) }</span>
                })) }
            </li>
        }
    };
    html! {
        <div class="stage-step" data-current={current.then_some("true")}>
            if !changes.is_empty() {
                { fixed(|| html! {
                    <p class="stage-since">
                        { w().msg_with("changed-since", &[
                            ("from", Arg::Text(w().date(story.step(i - 1).focus.as_of))),
                            ("to", Arg::Text(w().date(date))),
                        ]) }
                    </p>
                }) }
                <ul class="stage-changes">
                    { for changes.iter().map(|c| html! {
                        <li data-testid={current.then_some("stage-change")}
                            data-relationship-id={fixed_attr(|| story.relationship(c.rel).id)}>
                            { fixed(|| html! { <>
                                <strong>{ story.relationship_name(c.rel) }</strong>
                                <span>{ w().msg_with("change-was", &[("facet", Arg::Text(w().facet(c.facet).to_lowercase()))]) }</span>
                                { stance_badge(w(), Some(c.was)) }
                                <span aria-hidden="true">{ w().msg("change-arrow") }</span><span>{ w().msg("change-now") }</span>
                                { stance_badge(w(), Some(c.now)) }
                            </> }) }
                        </li>
                    }) }
                </ul>
            }
            { fixed(|| html! { <>
                <h3 class="stage-heading">
                    <span class="stage-step-no">{ w().msg_with("stage-step", &[("n", Arg::Number(i as i64 + 1))]) }</span>
                    { w().msg_with("as-of", &[("date", Arg::Text(w().date(date)))]) }
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
