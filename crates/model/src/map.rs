//! The stage's relationship map as the build lays it out and the view draws it: every actor
//! that has a relationship as a labelled node, every relationship as an edge with its stance
//! label, at positions computed once, at build time (`explainer_content::map`), so the same
//! content always gives the same picture. What the stage asks of the story at a step is in
//! `stage.rs`.

use super::date::Date;
use super::ids::{ActorIx, RelIx};
use super::story::{Facet, Stance, Story};

/// The map's font size, in its own units (the SVG scales as a whole).
pub const MAP_FONT: u16 = 14;
/// The height of one line of a label.
pub const MAP_LINE: u16 = 18;
/// A node's radius as the layout keeps room for it: the dot of a node the step is about (others are drawn smaller).
pub const NODE_RADIUS: u16 = 9;
/// A label's least width and height: a finger's target, 24 px or more wherever the map is
/// drawn (30 units, with the map's text at 12 px on a phone).
pub const ICON_BOX: u16 = 30;
/// The message (`locales/<lang>.ftl`) of the label line of a relationship the step is about
/// that has no state yet at its date.
pub const NOT_YET: &str = "map-not-yet";

/// The dash pattern of a relationship's line by its stance's warmth (`Stance::warmth`, from
/// conflict to closeness), so that a line's kind shows without its colour (the page's
/// stylesheet draws the same, and the map's key shows them).
pub const DASHES: [&str; 5] = ["none", "12 4", "5 4", "12 4 2 4", "20 4 2 4 2 4"];
/// The dash pattern of a relationship's line with nothing recorded at the date.
pub const DASH_NONE: &str = "1 5";

/// A rectangle in the map's units: where a label is drawn (text with its padding).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = explainer_model))]
pub struct MapBox {
    /// Left.
    pub x: i16,
    /// Top.
    pub y: i16,
    /// Width.
    pub w: u16,
    /// Height.
    pub h: u16,
}

impl MapBox {
    /// A leader from the box's centre to the nearest point of the middle of the segment from
    /// `a` to `b` (a label to its line, never to a dot), or `None` when the segment passes
    /// through the box.
    pub fn leader(&self, a: (i16, i16), b: (i16, i16)) -> Option<((i16, i16), (i16, i16))> {
        let c = (
            f32::from(self.x) + f32::from(self.w) / 2.0,
            f32::from(self.y) + f32::from(self.h) / 2.0,
        );
        let (ax, ay, bx, by) = (
            f32::from(a.0),
            f32::from(a.1),
            f32::from(b.0),
            f32::from(b.1),
        );
        let (dx, dy) = (bx - ax, by - ay);
        let len2 = (dx * dx + dy * dy).max(1.0);
        let t = (((c.0 - ax) * dx + (c.1 - ay) * dy) / len2).clamp(0.3, 0.7);
        let p = ((ax + dx * t).round() as i16, (ay + dy * t).round() as i16);
        let inside = |x: i16, y: i16| {
            x >= self.x && y >= self.y && x <= self.x + self.w as i16 && y <= self.y + self.h as i16
        };
        // The segment crosses the box where one of a few points along it is inside.
        let crosses = (0..=16).any(|k| {
            let t = k as f32 / 16.0;
            inside((ax + dx * t).round() as i16, (ay + dy * t).round() as i16)
        });
        (!crosses).then(|| ((c.0.round() as i16, c.1.round() as i16), p))
    }

    /// Whether `other` lies wholly inside this box.
    pub fn contains(&self, other: &MapBox) -> bool {
        other.x >= self.x
            && other.y >= self.y
            && i32::from(other.x) + i32::from(other.w) <= i32::from(self.x) + i32::from(self.w)
            && i32::from(other.y) + i32::from(other.h) <= i32::from(self.y) + i32::from(self.h)
    }

    /// Whether two boxes share any area (touching edges do not count).
    pub fn overlaps(&self, other: &MapBox) -> bool {
        let (a, b) = (self, other);
        i32::from(a.x) < i32::from(b.x) + i32::from(b.w)
            && i32::from(b.x) < i32::from(a.x) + i32::from(a.w)
            && i32::from(a.y) < i32::from(b.y) + i32::from(b.h)
            && i32::from(b.y) < i32::from(a.y) + i32::from(a.h)
    }
}

/// No text on a label's line at a step ([`MapEdge::at_step`]).
pub const NONE: u8 = u8::MAX;

/// An actor on the map.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = explainer_model))]
pub struct MapNode {
    /// Who.
    pub actor: ActorIx,
    /// Its centre.
    pub x: i16,
    /// Its centre.
    pub y: i16,
    /// Its name's box (under the node).
    pub label: MapBox,
    /// For each step, whether a label of the step covers the node, which then leaves the map
    /// ([`StageMap::covered`], worked out at build time).
    pub covered: &'static [bool],
}

/// A relationship on the map: a line between its actors' nodes and a label on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = explainer_model))]
pub struct MapEdge {
    /// Which relationship.
    pub rel: RelIx,
    /// The label's box: one line per facet the relationship ever has (official first), each
    /// an icon and the stance in words, as wide as its longest stance.
    pub label: MapBox,
    /// For each step, three bytes: which of its first and second lines' texts
    /// ([`label_lines`]) the label shows ([`NONE`]: none), and `1` when what it shows is
    /// someone's claim (else `0`). Worked out at build time, so the browser only looks it up.
    pub at_step: &'static [u8],
}

/// The map, laid out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = explainer_model))]
pub struct StageMap {
    /// The drawing's width, in its own units.
    pub width: u16,
    /// The drawing's height.
    pub height: u16,
    /// The actors that have relationships, in file order.
    pub nodes: &'static [MapNode],
    /// The relationships, in file order.
    pub edges: &'static [MapEdge],
}

impl MapEdge {
    /// Which text line `line` (0 or 1) of the label shows at step `step` (`None`: none).
    pub fn shown(&self, step: usize, line: usize) -> Option<usize> {
        self.at_step
            .get(3 * step + line)
            .filter(|&&i| i != NONE)
            .map(|&i| usize::from(i))
    }

    /// Whether what the label shows at step `step` is someone's claim.
    pub fn claim(&self, step: usize) -> bool {
        self.at_step.get(3 * step + 2) == Some(&1)
    }
}

impl MapNode {
    /// Whether a label of step `step` covers the node, which then leaves the map.
    pub fn covered_at(&self, step: usize) -> bool {
        self.covered.get(step) == Some(&true)
    }

    /// The node's whole extent: its dot and its name (a finger's target).
    pub fn extent(&self) -> MapBox {
        let r = NODE_RADIUS as i16;
        MapBox {
            x: self.label.x.min(self.x - r),
            y: self.y - r,
            w: self.label.w.max(2 * NODE_RADIUS),
            h: (self.label.y + self.label.h as i16 - (self.y - r)) as u16,
        }
    }
}

impl StageMap {
    /// No map (a story being loaded).
    pub const EMPTY: StageMap = StageMap {
        width: 0,
        height: 0,
        nodes: &[],
        edges: &[],
    };

    /// Whether `actor`'s node leaves the map at step `step`: a label of the step covers it (the
    /// layout puts a label over a node only where no step with that label brings the node
    /// forward).
    pub fn covered(&self, actor: ActorIx, step: usize) -> bool {
        self.nodes
            .iter()
            .find(|n| n.actor == actor)
            .is_some_and(|n| n.covered_at(step))
    }

    /// Where `actor`'s node is (its centre; the origin if it has none).
    pub fn node_at(&self, actor: ActorIx) -> (i16, i16) {
        self.nodes
            .iter()
            .find(|n| n.actor == actor)
            .map_or((0, 0), |n| (n.x, n.y))
    }
}

/// How wide `text` is at `size`, rounded up: the sum of each character's widest advance among
/// the common faces a reader's `sans-serif` may be (`metrics.rs`: DejaVu Sans, Liberation Sans,
/// Noto Sans and two Arabic faces, bold), kerning and joining left out (they only narrow a
/// line). A character none of them has counts a full em.
pub fn text_width(text: &str, size: u16) -> u16 {
    let thousandths: u32 = text.chars().map(advance).sum();
    (thousandths * u32::from(size)).div_ceil(1000) as u16
}

/// A character's width in thousandths of an em (see [`text_width`]).
fn advance(c: char) -> u32 {
    let c = u32::from(c);
    // Joiners, direction marks and isolates draw nothing.
    if matches!(c, 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x206F) {
        return 0;
    }
    super::metrics::ADVANCES
        .iter()
        .find_map(|&(start, widths)| {
            c.checked_sub(start)
                .and_then(|i| widths.get(i as usize))
                .map(|&w| u32::from(w))
        })
        .filter(|&w| w > 0)
        .unwrap_or(1000)
}

/// One text a line of a relationship's label may show.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineText {
    /// A stance, in words.
    Stance(Stance),
    /// A stance the source reports only as true by a date after the step's: shown undated
    /// ("at war (undated)"), since when it began is unknown.
    Pending(Stance),
    /// Nothing recorded yet ([`NOT_YET`]).
    NotYet,
}

/// The lines of `rel`'s label on the map, each with every text it may show: one line per
/// facet the relationship ever has (official first), with each stance it takes; when some
/// step is about the relationship before its first state, the first line may instead say
/// what the source reports by a later date, or that nothing is recorded yet.
pub fn label_lines(story: &Story, rel: RelIx) -> Vec<Vec<LineText>> {
    let r = story.relationship(rel);
    let mut lines: Vec<Vec<LineText>> = r
        .facet_stances()
        .into_iter()
        .map(|(_, stances): (Facet, _)| stances.into_iter().map(LineText::Stance).collect())
        .collect();
    for step in story.steps {
        let date = step.focus.as_of;
        if !step.focus.relationships.contains(&rel) || story.stances_at(rel, date) != [None, None] {
            continue;
        }
        let text = not_recorded(story, rel, date);
        if lines.is_empty() {
            lines.push(Vec::new());
        }
        if !lines[0].contains(&text) {
            lines[0].push(text);
        }
    }
    lines
}

/// What a step's map shows on line `line` of `rel`'s label at `date`: the facet's stance then,
/// or on the first line, when nothing is recorded yet, what the source reports by a later
/// date or that nothing is.
pub fn line_now(story: &Story, rel: RelIx, line: usize, date: Date) -> Option<LineText> {
    let now = story.stances_at(rel, date);
    if now == [None, None] {
        return (line == 0).then(|| not_recorded(story, rel, date));
    }
    let (facet, _) = story
        .relationship(rel)
        .facet_stances()
        .into_iter()
        .nth(line)?;
    now[facet.index()].map(LineText::Stance)
}

/// What the first line of `rel`'s label says at `date`, when nothing is recorded for it then:
/// what the source reports by a later date, undated, or that nothing is recorded yet.
pub fn not_recorded(story: &Story, rel: RelIx, date: Date) -> LineText {
    story
        .pending_state(rel, date)
        .map_or(LineText::NotYet, |s| LineText::Pending(s.stance))
}

/// The widest a node's name is drawn on one row: a longer name takes two.
pub const NAME_ROW: u16 = 110;
/// The widest a row of a relationship's label is: a longer text wraps.
pub const LABEL_ROW: u16 = 120;

/// `text` broken into rows at most `max` wide ([`text_width`] at the map's size) at its
/// spaces, each row as full as it can be (as a browser breaks a line); a word wider than
/// `max` has a row of its own.
pub fn wrap(text: &str, max: u16) -> Vec<String> {
    let mut rows: Vec<String> = Vec::new();
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        match rows.last_mut() {
            Some(row) if text_width(&[row.as_str(), " ", word].concat(), MAP_FONT) <= max => {
                row.push(' ');
                row.push_str(word);
            }
            _ => rows.push(word.to_string()),
        }
    }
    if rows.is_empty() {
        rows.push(String::new());
    }
    rows
}

/// The longest name a map carries, in characters: a longer one is cut, with "…" (an actor's
/// short name is meant to be short; this keeps a runaway one from filling the map).
pub const NAME_MAX: usize = 44;

/// A node's name on the map, cut to [`NAME_MAX`] characters, in rows of at most [`NAME_ROW`]
/// units.
pub fn node_label(short: &str) -> Vec<String> {
    if short.chars().count() <= NAME_MAX {
        return wrap(short, NAME_ROW);
    }
    let cut: String = short.chars().take(NAME_MAX - 1).collect();
    wrap(&(cut.trim_end().to_string() + "…"), NAME_ROW)
}
