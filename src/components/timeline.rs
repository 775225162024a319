//! The timeline: every dated event on an axis from the first date to the last, eras as bands,
//! long quiet gaps drawn as breaks, undated facts listed beside it, and the selected event's
//! details. Events are buttons with one tab stop between them (roving focus: arrow keys,
//! Home and End move, Enter selects). Below 600 px of width the CSS lays it out vertically.
//!
//! Positions are attributes (`data-at="42"`, read by `static/explainer.css`), never inline
//! styles, so the page runs under a CSP without `unsafe-inline` styles.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::{event_details, fixed, fixed_attr, fixed_attr_if, raw};
use crate::model::date::number;
use crate::model::{quantize, Action, EventIx, SegmentKind, Story, StoryRef, ViewState};

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

/// The timeline with its undated facts and event details.
#[component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let story = props.story.0;
    let view = props.view;
    let on_action = props.on_action.clone();
    let layout = &story.timeline;

    // Roving focus: one event is the tab stop; arrows move it.
    let order: Vec<EventIx> = story.dated_events().chain(story.undated_events()).collect();
    let highlighted = view.highlighted_events(story);
    let roving = use_state(|| None::<EventIx>);
    // Set when the reader selects an event, so its details are brought into view once they
    // have rendered (on a phone they sit below the list); never on load or a restored link.
    let reveal_detail = use_mut_ref(|| None::<web_sys::Node>);
    {
        let reveal_detail = reveal_detail.clone();
        use_effect_with(view.event, move |event| {
            if let (Some(_), Some(tree)) = (event, reveal_detail.take()) {
                crate::browser::reveal(&tree, "[data-testid=\"event-detail\"]");
            }
        });
    }
    let tab_stop = (*roving)
        .or(view.event)
        .or_else(|| highlighted.first().copied())
        .or_else(|| order.first().copied());

    let onkeydown = {
        let roving = roving.clone();
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
            if let Some(tree) = e.target().and_then(|t| t.dyn_into::<web_sys::Node>().ok()) {
                crate::browser::focus(
                    &tree,
                    &["[data-event-id=\"", story.event(order[next]).id, "\"]"].concat(),
                );
            }
        })
    };

    // On the axis: date and short label. In the undated list: the full title. Every button
    // carries its "(in focus)" note, which the CSS shows only on highlighted events.
    let event_button = |e: EventIx, on_axis: bool| {
        let event = story.event(e);
        let selected = view.event == Some(e);
        let is_highlighted = highlighted.contains(&e);
        let onclick = {
            let on_action = on_action.clone();
            let roving = roving.clone();
            let reveal_detail = reveal_detail.clone();
            Callback::from(move |event: MouseEvent| {
                roving.set(Some(e));
                *reveal_detail.borrow_mut() = event
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::Node>().ok());
                on_action.emit(Action::SelectEvent(e));
            })
        };
        html! {
            <button type="button" class="event-button" data-highlighted={is_highlighted.then_some("true")}
                data-testid="timeline-event" data-event-id={event.id}
                aria-pressed={if selected { "true" } else { "false" }}
                tabindex={if tab_stop == Some(e) { "0" } else { "-1" }}
                {onclick}>
                { fixed(|| html! { <>
                    if on_axis {
                        <span class="event-date">{ event.when.display() }</span>
                        <span class="event-title">{ event.short }</span>
                    } else {
                        <span class="event-title">{ event.title }</span>
                    }
                    <span class="sr-only in-focus">{ " (in focus)" }</span>
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
                        <span class="gap-text">{ number(i64::from(years)) }{ " years pass" }</span>
                    </li>
                }));
            }
            segments.next();
        }
        items.push(html! {
            <li key={story.event(p.event).id} class="event" data-at={fixed_attr(|| number(i64::from(p.at)))}
                data-lane={fixed_attr(|| number(i64::from(p.lane)))} data-side={fixed_attr_if(|| p.label_left.then_some("left"))}
                data-era={fixed_attr_if(|| era_of(story, p.event))}>
                { event_button(p.event, true) }
            </li>
        });
    }

    html! {
        <section class="timeline" aria-labelledby="timeline-heading">
            { fixed(|| html! { <h2 id="timeline-heading">{ "Timeline" }</h2> }) }
            <div class="timeline-body">
                <div class="axis-frame" data-lanes={fixed_attr(|| number(layout.lanes().min(6) as i64))}
                    data-layout={fixed_attr_if(|| (!layout.fits_lanes()).then_some("list"))}>
                    { raw(story.html.eras) }
                    { raw(story.html.axis) }
                    <span class="as-of-line" aria-hidden="true" data-at={pos(layout.position(view.as_of))}></span>
                    <ol class="events" aria-label={fixed_attr(|| "Dated events, oldest first")} onkeydown={onkeydown.clone()}>
                        { for items }
                    </ol>
                </div>
                { raw(story.html.era_legend) }
                if story.undated_events().next().is_some() {
                    <div class="undated">
                        { fixed(|| html! { <h3>{ "Undated in the source" }</h3> }) }
                        <ul {onkeydown}>
                            { for story.undated_events().map(|e| html! {
                                <li key={story.event(e).id}>{ event_button(e, false) }</li>
                            }) }
                        </ul>
                    </div>
                }
            </div>
            { event_details(story, view.event) }
        </section>
    }
}
