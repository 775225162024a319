//! The timeline: every dated event on an axis from the first date to the last, eras as bands,
//! long quiet gaps drawn as breaks, undated facts listed beside it, and the selected event's
//! details. Events are buttons with one tab stop between them (roving focus: arrow keys,
//! Home and End move, Enter selects). Below 600 px of width the CSS lays it out vertically.
//!
//! Positions are CSS classes (`at-0`..`at-200`, see `static/positions.css`), never inline
//! styles, so the page runs under a CSP without `unsafe-inline` styles.

use yew::prelude::*;

use super::EventDetail;
use crate::app::StoryRef;
use crate::model::{
    place_events, quantize, Action, EventIx, SegmentKind, Story, TimeScale, ViewState,
};

/// How wide an event label is, in position steps (of 200).
const LABEL_WIDTH: u16 = 34;

/// Props for [`Timeline`].
#[derive(Properties, PartialEq, Clone)]
pub struct TimelineProps {
    /// The story.
    pub story: StoryRef,
    /// The view.
    pub view: ViewState,
    /// Where actions go.
    pub on_action: Callback<Action>,
}

/// `at-42` for a quantised position.
fn at_step(step: u16) -> String {
    let mut class = String::from("at-");
    crate::model::date::push_number(&mut class, i64::from(step), 1);
    class
}

/// `at-42` for a position from 0 to 1.
fn at(position: f64) -> String {
    at_step(quantize(position))
}

/// `to-42`
fn to(position: f64) -> String {
    let mut class = String::from("to-");
    crate::model::date::push_number(&mut class, i64::from(quantize(position)), 1);
    class
}

/// A class from a small fixed set, so no class is built from content.
fn numbered(prefix: &'static [&'static str], n: usize) -> &'static str {
    prefix[n.min(prefix.len() - 1)]
}

const LANES: [&str; 7] = [
    "lane-0", "lane-1", "lane-2", "lane-3", "lane-4", "lane-5", "lane-6",
];
const LANE_COUNTS: [&str; 8] = [
    "lanes-0", "lanes-1", "lanes-2", "lanes-3", "lanes-4", "lanes-5", "lanes-6", "lanes-7",
];
const ERAS: [&str; 3] = ["era-0", "era-1", "era-2"];

/// The era an event falls in, if any.
fn era_of(story: &Story, event: EventIx) -> Option<usize> {
    let date = story.event(event).when.date()?;
    story
        .eras
        .iter()
        .position(|era| era.from <= date && era.to.is_none_or(|to| date <= to))
}

/// "14 years pass"
fn gap_text(years: u16) -> String {
    let mut text = String::new();
    crate::model::date::push_number(&mut text, i64::from(years), 1);
    text.push_str(" years pass");
    text
}

/// The timeline with its undated facts and event details.
#[component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let story = props.story;
    let view = props.view;
    let on_action = props.on_action.clone();
    let scale = use_memo(story, |story| TimeScale::for_story(story.0));
    let placed = use_memo(story, |story| {
        place_events(story.0, &TimeScale::for_story(story.0), LABEL_WIDTH)
    });

    // Roving focus: one event is the tab stop; arrows move it.
    let order: Vec<EventIx> = story.dated_events().chain(story.undated_events()).collect();
    let highlighted = view.highlighted_events(story.0);
    let roving = use_state(|| None::<EventIx>);
    let tab_stop = (*roving)
        .or(view.event)
        .or_else(|| highlighted.first().copied())
        .or_else(|| order.first().copied());

    let onkeydown = {
        let roving = roving.clone();
        let order = order.clone();
        Callback::from(move |e: KeyboardEvent| {
            let Some(current) = tab_stop.and_then(|t| order.iter().position(|&o| o == t)) else {
                return;
            };
            let last = order.len() - 1;
            let next = match e.key().as_str() {
                "ArrowRight" | "ArrowDown" => (current + 1).min(last),
                "ArrowLeft" | "ArrowUp" => current.saturating_sub(1),
                "Home" => 0,
                "End" => last,
                _ => return,
            };
            e.prevent_default();
            roving.set(Some(order[next]));
            let mut selector = String::from("[data-event-id=\"");
            selector.push_str(story.event(order[next]).id);
            selector.push_str("\"]");
            crate::browser::focus(&selector);
        })
    };

    // On the axis: date and short label. In the undated list: the full title.
    let event_button = |e: EventIx, on_axis: bool| {
        let event = story.event(e);
        let selected = view.event == Some(e);
        let is_highlighted = highlighted.contains(&e);
        let onclick = {
            let on_action = on_action.clone();
            let roving = roving.clone();
            Callback::from(move |_: MouseEvent| {
                roving.set(Some(e));
                on_action.emit(Action::SelectEvent(e));
            })
        };
        html! {
            <button type="button" class={classes!("event-button", is_highlighted.then_some("highlighted"), selected.then_some("selected"))}
                data-testid="timeline-event" data-event-id={event.id}
                aria-pressed={if selected { "true" } else { "false" }}
                tabindex={if tab_stop == Some(e) { "0" } else { "-1" }}
                {onclick}>
                if on_axis {
                    <span class="event-date">{ event.when.display() }</span>
                    <span class="event-title">{ event.short }</span>
                } else {
                    <span class="event-title">{ event.title }</span>
                }
                if is_highlighted {
                    <span class="sr-only">{ " (in focus)" }</span>
                }
            </button>
        }
    };

    let lanes = placed
        .iter()
        .map(|p| usize::from(p.lane) + 1)
        .max()
        .unwrap_or(0);
    let mut items: Vec<Html> = Vec::new();
    let mut segments = scale.segments().iter().peekable();
    for p in placed.iter() {
        // Breaks left of this event come first, so a vertical list reads in order.
        while let Some(segment) = segments.peek() {
            if quantize(segment.end) > p.at {
                break;
            }
            if let SegmentKind::Break { years } = segment.kind {
                items.push(html! {
                    <li key={["gap-", &at(segment.start)].concat()} class={classes!("gap", at(segment.start), to(segment.end))}>
                        <span class="gap-mark" aria-hidden="true">{ "≈" }</span>
                        <span class="gap-text">{ gap_text(years) }</span>
                    </li>
                });
            }
            segments.next();
        }
        let era = era_of(story.0, p.event).map(|i| numbered(&ERAS, i));
        items.push(html! {
            <li key={story.event(p.event).id}
                class={classes!("event", at_step(p.at), numbered(&LANES, usize::from(p.lane)), p.label_left.then_some("label-left"), era)}>
                { event_button(p.event, true) }
            </li>
        });
    }

    let as_of_position = scale.position(view.as_of);
    html! {
        <section class="timeline" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">{ "Timeline" }</h2>
            <div class="timeline-body">
                <div class={classes!("axis-frame", numbered(&LANE_COUNTS, lanes))}>
                    <div class="eras" aria-hidden="true">
                        { for story.eras.iter().enumerate().map(|(i, era)| {
                            let end = era.to.map_or(1.0, |d| scale.position(d));
                            html! {
                                <div key={era.id} class={classes!("era", numbered(&ERAS, i), at(scale.position(era.from)), to(end))}>
                                    <span class="era-title">{ era.title }</span>
                                </div>
                            }
                        }) }
                    </div>
                    <div class="axis" aria-hidden="true">
                        { for scale.breaks().map(|b| html! {
                            <span class={classes!("break", at(b.start), to(b.end))}></span>
                        }) }
                        { for scale.year_ticks().into_iter().map(|(year, position)| html! {
                            <span class={classes!("tick", at(position))}>{ year }</span>
                        }) }
                        <span class={classes!("as-of-line", at(as_of_position))}></span>
                    </div>
                    <ol class="events" aria-label="Dated events, oldest first" onkeydown={onkeydown.clone()}>
                        { for items }
                    </ol>
                </div>
                <p class="era-legend">
                    { for story.eras.iter().enumerate().map(|(i, era)| html! {
                        <span key={era.id} class={classes!("era-key", numbered(&ERAS, i))}>
                            { era.title }{ " (" }{ era.from.display() }{ "–" }{ era.to.map(|d| d.display()).unwrap_or_default() }{ ")" }
                        </span>
                    }) }
                </p>
                if story.undated_events().next().is_some() {
                    <div class="undated">
                        <h3>{ "Undated in the source" }</h3>
                        <ul {onkeydown}>
                            { for story.undated_events().map(|e| html! {
                                <li key={story.event(e).id}>{ event_button(e, false) }</li>
                            }) }
                        </ul>
                    </div>
                }
            </div>
            <EventDetail {story} event={view.event} {on_action} />
        </section>
    }
}
