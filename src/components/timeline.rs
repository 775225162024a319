//! The timeline: every dated event on an axis from the first date to the last, eras as bands,
//! long quiet gaps drawn as breaks, undated facts listed beside it, and the selected event's
//! details. Events are buttons with one tab stop between them (roving focus: arrow keys,
//! Home and End move, Enter selects; the app handles the keys and clicks). Below 600 px of
//! width the CSS lays it out vertically.
//!
//! Positions are attributes (`data-at="42"`, read by `static/explainer.css`), never inline
//! styles, so the page runs under a CSP without `unsafe-inline` styles.

use yew::prelude::*;

use super::event_detail::event_details;
use super::fixed::{fixed, fixed_attr, fixed_attr_if, raw, words};
use crate::locale::Arg;
use crate::model::date::number;
use crate::model::{quantize, EventIx, SegmentKind, Story, ViewState};

/// A position from 0 to 1 as the `data-at`/`data-to` value: `0`..`200`.
fn pos(position: f64) -> String {
    number(i64::from(quantize(position)))
}

/// The era an event falls in, if any, as its `data-era` value.
fn era_of(story: &Story, event: EventIx) -> Option<String> {
    let date = story.event(event).when.date()?;
    story
        .eras
        .iter()
        .position(|era| era.from <= date && era.to.is_none_or(|to| date <= to))
        .map(|i| number((i % 3) as i64))
}

/// The timeline with its undated facts and event details; `roving` is where the arrow keys
/// left the tab stop, if anywhere (the app moves it and handles the clicks).
pub fn timeline(story: &Story, view: ViewState, roving: Option<EventIx>) -> Html {
    let layout = &story.timeline;
    let highlighted = view.highlighted_events(story);
    let tab_stop = view.timeline_tab_stop(story, roving, &highlighted);

    // On the axis: date and short label. In the undated list: the full title. Every button
    // carries its "(in focus)" note, which the CSS shows only on highlighted events.
    let event_button = |e: EventIx, on_axis: bool| {
        let event = story.event(e);
        html! {
            <button type="button" class="event-button" data-highlighted={highlighted.contains(&e).then_some("true")}
                data-testid="timeline-event" data-event-id={event.id}
                aria-pressed={if view.event == Some(e) { "true" } else { "false" }}
                tabindex={if tab_stop == Some(e) { "0" } else { "-1" }}>
                { fixed(|| html! { <>
                    if on_axis {
                        <span class="event-date">{ words(story).when(event.when) }</span>
                        <span class="event-title">{ event.short }</span>
                    } else {
                        <span class="event-title">{ event.title }</span>
                    }
                    <span class="sr-only in-focus">{ words(story).msg("in-focus") }</span>
                </> }) }
            </button>
        }
    };

    let mut items: Vec<Html> = Vec::new();
    let mut segments = layout.segments.iter().peekable();
    for p in layout.events {
        // Breaks left of this event come first, so a vertical list reads in order.
        while let Some(segment) = segments.peek() {
            if quantize(segment.end) > p.at {
                break;
            }
            if let SegmentKind::Break { years } = segment.kind {
                items.push(fixed(|| html! {
                    <li class="gap" data-at={pos(segment.start)} data-to={pos(segment.end)}>
                        <span class="gap-mark" aria-hidden="true">{ "≈" }</span>
                        <span class="gap-text">{ words(story).msg_with("years-pass", &[("years", Arg::Number(years.into()))]) }</span>
                    </li>
                }));
            }
            segments.next();
        }
        items.push(html! {
            <li class="event" data-at={fixed_attr(|| number(i64::from(p.at)))}
                data-lane={fixed_attr(|| number(i64::from(p.lane)))} data-side={fixed_attr_if(|| p.label_left.then_some("left"))}
                data-era={fixed_attr_if(|| era_of(story, p.event))}>
                { event_button(p.event, true) }
            </li>
        });
    }

    html! {
        <section class="timeline" aria-labelledby="timeline-heading">
            { fixed(|| html! { <h3 id="timeline-heading">{ words(story).msg("timeline") }</h3> }) }
            <div class="timeline-body">
                <div class="axis-frame" data-lanes={fixed_attr(|| number(layout.lanes().min(6) as i64))}
                    data-layout={fixed_attr_if(|| (!layout.fits_lanes()).then_some("list"))}>
                    { raw(story.html.eras) }
                    { raw(story.html.axis) }
                    <span class="as-of-line" aria-hidden="true" data-at={pos(layout.position(view.as_of))}></span>
                    <ol class="events" aria-label={fixed_attr(|| words(story).msg("dated-events"))}>
                        { for items }
                    </ol>
                </div>
                { raw(story.html.era_legend) }
                if story.undated_events().next().is_some() {
                    <div class="undated">
                        { fixed(|| html! { <h3>{ words(story).msg("undated") }</h3> }) }
                        <ul>
                            { for story.undated_events().map(|e| html! {
                                <li>{ event_button(e, false) }</li>
                            }) }
                        </ul>
                    </div>
                }
            </div>
            { event_details(story, view.event) }
        </section>
    }
}
