//! A story's timeline, laid out: the scale through its dates and every dated event placed in
//! a label lane. This sits beside the story and the scale (it needs both), so neither of those
//! depends on the other.

use super::scale::{
    quantize, PlacedEvent, Tick, TimeScale, TimelineLayout, LABEL_WIDTH, POSITION_STEPS,
};
use super::story::Story;

impl TimeScale {
    /// The scale for a story: anchored at every dated event and every era boundary.
    pub fn for_story(story: &Story) -> TimeScale {
        let events = story
            .events
            .iter()
            .filter_map(|e| e.when.date())
            .map(|d| d.fractional_year());
        let eras = story.eras.iter().flat_map(|era| {
            [Some(era.from), era.to]
                .into_iter()
                .flatten()
                .map(|d| d.fractional_year())
        });
        TimeScale::through(events.chain(eras))
    }
}

impl TimelineLayout {
    /// Lays out a story's timeline (the loader does this once; the result lives for the rest
    /// of the program).
    pub fn for_story(story: &Story) -> TimelineLayout {
        let scale = TimeScale::for_story(story);
        let events = place_events(story, &scale, LABEL_WIDTH);
        let ticks: Vec<Tick> = scale
            .year_ticks()
            .into_iter()
            .map(|(year, position)| Tick {
                year: year as i16,
                at: quantize(position),
            })
            .collect();
        TimelineLayout {
            segments: Box::leak(scale.into_segments().into_boxed_slice()),
            events: Box::leak(events.into_boxed_slice()),
            ticks: Box::leak(ticks.into_boxed_slice()),
        }
    }
}

/// Places every dated event on the axis, giving each label (about `label_width` position
/// steps wide) the lowest lane where it overlaps no other label.
pub fn place_events(story: &Story, scale: &TimeScale, label_width: u16) -> Vec<PlacedEvent> {
    let mut lane_ends: Vec<i32> = Vec::new();
    story
        .dated_events()
        .filter_map(|e| story.event(e).when.date().map(|d| (e, d)))
        .map(|(event, date)| {
            let at = quantize(scale.position(date));
            let label_left = at + label_width > POSITION_STEPS;
            let (start, end) = if label_left {
                (i32::from(at) - i32::from(label_width), i32::from(at))
            } else {
                (i32::from(at), i32::from(at) + i32::from(label_width))
            };
            let lane = match lane_ends.iter().position(|&lane_end| lane_end < start) {
                Some(lane) => {
                    lane_ends[lane] = end;
                    lane
                }
                None => {
                    lane_ends.push(end);
                    lane_ends.len() - 1
                }
            };
            PlacedEvent {
                event,
                at,
                lane: lane.min(usize::from(u8::MAX)) as u8,
                label_left,
            }
        })
        .collect()
}
