//! The stage's relationship map as the build lays it out and the view draws it: every actor
//! that has a relationship as a labelled node, every relationship as an edge with its stance
//! label, at positions computed once, at build time (`explainer_content::map`), so the same
//! content always gives the same picture. What the stage asks of the story at a step is in
//! `stage.rs`.

use super::ids::{ActorIx, RelIx};

/// The map's font size, in its own units (the SVG scales as a whole).
pub const MAP_FONT: u16 = 14;
/// The height of one line of a label.
pub const MAP_LINE: u16 = 18;
/// A node's radius.
pub const NODE_RADIUS: u16 = 7;
/// The width of a label's icons (the part shown when its relationship is not in the step),
/// and a label's least height: a finger's target, 24 px or more wherever the map is drawn
/// (30 units, with the map's text at 12 px on a phone).
pub const ICON_BOX: u16 = 30;
/// The message (`locales/<lang>.ftl`) of the label line of a relationship the step is about
/// that has no state yet at its date.
pub const NOT_YET: &str = "map-not-yet";

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
    /// Where a label's lines start: 3 units in from its left, or in a right-to-left page from
    /// its right (the map keeps its layout; its labels' alignment mirrors, icon first as the
    /// page reads).
    pub fn line_start(&self, rtl: bool) -> i32 {
        if rtl {
            i32::from(self.x) + i32::from(self.w) - 3
        } else {
            i32::from(self.x) + 3
        }
    }

    /// Where a box `w` wide begins at the side a label's lines start (its icon's box).
    pub fn start_box_x(&self, w: u16, rtl: bool) -> i32 {
        if rtl {
            i32::from(self.x) + i32::from(self.w) - i32::from(w)
        } else {
            i32::from(self.x)
        }
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
    /// Some step is about the relationship before its first state: its label has a line that
    /// says so ([`NOT_YET`]).
    pub not_yet: bool,
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
    /// For each step, the part of the map it shows (its `viewBox`): its relationships, their
    /// actors and labels, with the map around them, all frames of one shape, so that the map
    /// keeps its size on the page from step to step.
    pub frames: &'static [MapBox],
}

impl MapNode {
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
        frames: &[],
    };

    /// Where `actor`'s node is (its centre; the origin if it has none).
    pub fn node_at(&self, actor: ActorIx) -> (i16, i16) {
        self.nodes
            .iter()
            .find(|n| n.actor == actor)
            .map_or((0, 0), |n| (n.x, n.y))
    }
}

impl MapEdge {
    /// The baseline of the first of `lines` lines of text centred in the label's box.
    pub fn first_baseline(&self, lines: usize) -> i16 {
        let label = self.label;
        label.y + (label.h as i16 - lines as i16 * MAP_LINE as i16) / 2 + MAP_FONT as i16 - 1
    }
}

/// About how wide `text` is at `size` in a sans-serif face, rounded up: a deliberately
/// generous estimate (no font metrics at build time), so that a box made from it holds the
/// text in any of the faces `system-ui` may be.
pub fn text_width(text: &str, size: u16) -> u16 {
    let em: f32 = text
        .chars()
        .map(|c| match c {
            'i' | 'j' | 'l' | 'I' | '.' | ',' | '\'' | ':' | ';' | '!' | '|' => 0.36,
            'f' | 't' | 'r' | ' ' | '(' | ')' | '-' => 0.46,
            'm' | 'w' | 'M' | 'W' => 1.0,
            'A'..='Z' | '0'..='9' => 0.78,
            'a'..='z' => 0.66,
            // Translations' scripts (never in the layout's own English): Cyrillic, and
            // Arabic script (bold, in the faces a phone may have).
            'А'..='Я' | 'Ё' => 0.76,
            'а'..='я' | 'ё' => 0.64,
            '\u{0600}'..='\u{06FF}' => 0.72,
            '\u{200C}' | '\u{200D}' => 0.0,
            // Symbols (the stance icons), other scripts: a full em.
            _ => 1.0,
        })
        .sum();
    (em * f32::from(size)).ceil() as u16
}

/// A node's name on the map: the actor's short name, cut to a length a map can carry.
pub fn node_label(short: &str) -> String {
    const MAX: usize = 22;
    if short.chars().count() <= MAX {
        short.to_string()
    } else {
        short.chars().take(MAX - 1).collect::<String>() + "…"
    }
}
