//! The timeline's scale: maps dates to positions from 0 to 1, compressing long quiet gaps
//! into fixed-width breaks (so 1979 and 2025 fit on one axis and 2021-2025 stays readable),
//! and places event labels in lanes so they do not overlap.
//!
//! The loader computes a story's [`TimelineLayout`] once (for the app, at build time; see
//! `super::layout`), so the browser only looks positions up.

use super::date::Date;
use super::ids::EventIx;

/// A gap between neighbouring dates longer than this (in years) is drawn as a break.
pub const BREAK_AFTER_YEARS: f64 = 3.0;
/// The narrowest a gap between two neighbouring dates is drawn, in years of width, so dates a
/// few weeks apart stay apart.
const MIN_SPAN_YEARS: f64 = 0.6;
/// Positions are quantised to this many steps for the view (`data-at="0"`..`"100"`): 1% of
/// the axis, finer than a label.
pub const POSITION_STEPS: u16 = 100;
/// The most label lanes the horizontal axis draws (the CSS has rules for lanes 0 to 5).
pub const MAX_LANES: u8 = 6;
/// How wide an event label is, in position steps; the CSS gives labels the same 17%.
pub const LABEL_WIDTH: u16 = 17;

/// What a stretch of the axis is.
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = explainer_model))]
pub enum SegmentKind {
    /// Time runs evenly here (but gaps are at least [`MIN_SPAN_YEARS`] wide).
    Linear,
    /// A compressed gap of about `years` years with nothing in it.
    Break {
        /// The gap's length, rounded to whole years.
        years: u16,
    },
}

/// A stretch of the axis between two neighbouring anchor dates.
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = explainer_model))]
pub struct Segment {
    /// Start, as a fractional year.
    pub from_year: f64,
    /// End, as a fractional year.
    pub to_year: f64,
    /// Start position, 0..=1.
    pub start: f64,
    /// End position, 0..=1.
    pub end: f64,
    /// Linear or a break.
    pub kind: SegmentKind,
}

/// A piecewise-linear map from dates to positions.
#[derive(Clone, Debug, PartialEq)]
pub struct TimeScale {
    segments: Vec<Segment>,
}

/// The position (0..=1) of a fractional year on an axis made of `segments`; outside them it
/// clamps to the ends.
pub fn position_in(segments: &[Segment], year: f64) -> f64 {
    let (Some(first), Some(last)) = (segments.first(), segments.last()) else {
        return 0.0;
    };
    if year <= first.from_year {
        return 0.0;
    }
    if year >= last.to_year {
        return 1.0;
    }
    let segment = segments.iter().find(|s| year <= s.to_year).unwrap_or(last);
    let t = (year - segment.from_year) / (segment.to_year - segment.from_year);
    segment.start + t * (segment.end - segment.start)
}

impl TimeScale {
    /// A scale through the given anchor years (any order, repeats allowed).
    pub fn through(anchors: impl IntoIterator<Item = f64>) -> TimeScale {
        let mut years: Vec<f64> = anchors.into_iter().filter(|y| y.is_finite()).collect();
        years.sort_by(f64::total_cmp);
        years.dedup();
        let widths: Vec<(f64, f64, f64, SegmentKind)> = years
            .windows(2)
            .map(|w| {
                let gap = w[1] - w[0];
                if gap > BREAK_AFTER_YEARS {
                    // Wider for longer gaps, but only logarithmically.
                    let width = 1.0 + 0.25 * gap.log2();
                    let years = gap.round() as u16;
                    (w[0], w[1], width, SegmentKind::Break { years })
                } else {
                    (w[0], w[1], gap.max(MIN_SPAN_YEARS), SegmentKind::Linear)
                }
            })
            .collect();
        let total: f64 = widths.iter().map(|w| w.2).sum();
        let mut at = 0.0;
        let segments = widths
            .into_iter()
            .map(|(from_year, to_year, width, kind)| {
                let start = at;
                at += width;
                Segment {
                    from_year,
                    to_year,
                    start: start / total,
                    end: at / total,
                    kind,
                }
            })
            .collect();
        TimeScale { segments }
    }

    /// The position (0..=1) of a fractional year; outside the scale it clamps to the ends.
    pub fn position_of_year(&self, year: f64) -> f64 {
        position_in(&self.segments, year)
    }

    /// The position (0..=1) of a date.
    pub fn position(&self, date: Date) -> f64 {
        self.position_of_year(date.fractional_year())
    }

    /// The segments, left to right.
    pub fn segments(&self) -> &[Segment] {
        &self.segments
    }

    /// The segments, left to right, taken out of the scale.
    pub fn into_segments(self) -> Vec<Segment> {
        self.segments
    }

    /// The compressed gaps, left to right.
    pub fn breaks(&self) -> impl Iterator<Item = &Segment> {
        self.segments
            .iter()
            .filter(|s| matches!(s.kind, SegmentKind::Break { .. }))
    }

    /// Year labels: one per distinct whole year among the anchors, with its position.
    pub fn year_ticks(&self) -> Vec<(i32, f64)> {
        let mut ticks: Vec<(i32, f64)> = Vec::new();
        let anchors = self
            .segments
            .iter()
            .map(|s| s.from_year)
            .chain(self.segments.last().map(|s| s.to_year));
        for year in anchors {
            let whole = year.floor() as i32;
            if ticks.last().is_none_or(|t| t.0 != whole) {
                ticks.push((whole, self.position_of_year(year)));
            }
        }
        ticks
    }
}

/// A year label on the axis.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = explainer_model))]
pub struct Tick {
    /// The year.
    pub year: i16,
    /// Its quantised position.
    pub at: u16,
}

/// The timeline as the view draws it: the scale's segments, every dated event placed in a
/// label lane, and the year labels.
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = explainer_model))]
pub struct TimelineLayout {
    /// The axis, left to right.
    pub segments: &'static [Segment],
    /// Dated events in time order, with positions and lanes.
    pub events: &'static [PlacedEvent],
    /// Year labels.
    pub ticks: &'static [Tick],
}

impl TimelineLayout {
    /// No timeline (a story being loaded).
    pub const EMPTY: TimelineLayout = TimelineLayout {
        segments: &[],
        events: &[],
        ticks: &[],
    };

    /// The position (0..=1) of a date.
    pub fn position(&self, date: Date) -> f64 {
        position_in(self.segments, date.fractional_year())
    }

    /// Whether the labels fit in [`MAX_LANES`] lanes above the axis. When they do not (many
    /// events close together), the timeline is a vertical list at every width.
    pub fn fits_lanes(&self) -> bool {
        self.lanes() <= usize::from(MAX_LANES)
    }

    /// How many label lanes the events use.
    pub fn lanes(&self) -> usize {
        self.events
            .iter()
            .map(|p| usize::from(p.lane) + 1)
            .max()
            .unwrap_or(0)
    }
}

/// A position quantised for the view: 0..=[`POSITION_STEPS`].
pub fn quantize(position: f64) -> u16 {
    (position.clamp(0.0, 1.0) * f64::from(POSITION_STEPS)).round() as u16
}

/// An event's place on the horizontal timeline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = explainer_model))]
pub struct PlacedEvent {
    /// Which event.
    pub event: EventIx,
    /// Its quantised position, 0..=100.
    pub at: u16,
    /// The label lane (0 nearest the axis).
    pub lane: u8,
    /// The label extends left of the marker (near the right end) instead of right.
    pub label_left: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn story_years() -> TimeScale {
        TimeScale::through([
            1979.0, 1989.0, 2003.0, 2021.0, 2022.0, 2024.17, 2025.25, 2025.5, 2025.5,
        ])
    }

    #[test]
    fn spans_zero_to_one_over_the_anchors() {
        let scale = story_years();
        assert_eq!(scale.position_of_year(1979.0), 0.0);
        assert_eq!(scale.position_of_year(2025.5), 1.0);
        assert_eq!(scale.position_of_year(1900.0), 0.0);
        assert_eq!(scale.position_of_year(2100.0), 1.0);
    }

    #[test]
    fn is_monotonic() {
        let scale = story_years();
        let mut last = -1.0;
        let mut year = 1975.0;
        while year < 2030.0 {
            let p = scale.position_of_year(year);
            assert!(p >= last, "position fell at {year}: {p} < {last}");
            last = p;
            year += 0.01;
        }
    }

    #[test]
    fn compresses_quiet_gaps_into_breaks() {
        let scale = story_years();
        let breaks: Vec<u16> = scale
            .breaks()
            .map(|s| match s.kind {
                SegmentKind::Break { years } => years,
                SegmentKind::Linear => 0,
            })
            .collect();
        assert_eq!(breaks, vec![10, 14, 18]);
        // The four recent years take a large share of the axis although they are a tenth
        // of the time span.
        let recent = 1.0 - scale.position_of_year(2021.0);
        assert!(recent > 0.35, "2021-2025 gets only {recent}");
    }

    #[test]
    fn keeps_close_dates_apart() {
        let scale = story_years();
        let gap = scale.position_of_year(2025.5) - scale.position_of_year(2025.25);
        assert!(gap > 0.04, "April and July 2025 are only {gap} apart");
    }

    #[test]
    fn an_empty_or_single_anchor_scale_does_not_panic() {
        assert_eq!(TimeScale::through([]).position_of_year(2000.0), 0.0);
        assert_eq!(TimeScale::through([2000.0]).position_of_year(2000.0), 0.0);
        assert!(TimeScale::through([f64::NAN]).segments().is_empty());
    }

    #[test]
    fn ticks_name_each_anchor_year_once() {
        let years: Vec<i32> = story_years().year_ticks().iter().map(|t| t.0).collect();
        assert_eq!(years, vec![1979, 1989, 2003, 2021, 2022, 2024, 2025]);
    }
}
