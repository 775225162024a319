//! Lays out the stage's relationship map at build time, once for the whole story and every
//! language: a force-directed layout (`force_graph`) places the actors, the actor with the
//! most relationships pinned at the centre; then names are pushed apart until no two overlap,
//! and each relationship's label is put on its line where it overlaps no name, no node and no
//! label of a relationship shown in the same step (the map spreads out until every label finds
//! a place). Every step shows the whole map, so nothing is ever cut by its frame; texts are
//! measured with real font metrics (`text_width`), in every language the story has, so a
//! translation fits the same places. Everything is deterministic: seeds are fixed, the
//! simulation uses only `+ - * / sqrt`, and positions are rounded to whole units.

use force_graph::{ForceGraph, NodeData, SimulationParameters};

use explainer_locale::map_text;
use explainer_model::map::{
    label_lines, line_now, node_label, text_width, wrap, ICON_BOX, LABEL_ROW, MAP_FONT, MAP_LINE,
    NODE_RADIUS, NONE,
};
use explainer_model::{ActorIx, Attribution, MapBox, MapEdge, MapNode, RelIx, StageMap, Story};

/// Room around the drawing.
const MARGIN: f32 = 6.0;
/// Padding inside a label's box, each side.
const PAD: f32 = 3.0;
/// The length an average relationship line starts from, before names and labels push apart.
const EDGE: f32 = 80.0;
/// What a label's box adds to its words, across and down: its padding (3 and 2 units a side)
/// and border (2.5), as `.edge-box` in static/explainer.css draws them, rounded up.
const LABEL_EDGES: (f32, f32) = (12.0, 10.0);
/// A label's least height and width (a finger's target).
const ICON_W: f32 = ICON_BOX as f32;
/// The box the whole map should fit at the size it is read at on a phone: of the turns of
/// the layout, the one that needs to shrink least to fit it wins.
const TARGET: (f32, f32) = (300.0, 420.0);

/// The words of the map in one of the story's languages: its language and each actor's short
/// name (by actor index).
pub struct MapWords {
    /// The language's tag (`ru`).
    pub lang: String,
    /// Each actor's short name.
    pub names: Vec<String>,
}

/// A box in floating point while laying out.
#[derive(Clone, Copy, Debug)]
struct Rect {
    x: f32,
    y: f32,
    w: f32,
    h: f32,
}

/// The least room between two things drawn on the map.
const GAP: f32 = 2.0;

impl Rect {
    /// The rectangle grown by `d` on every side.
    fn around(&self, d: f32) -> Rect {
        Rect {
            x: self.x - d,
            y: self.y - d,
            w: self.w + 2.0 * d,
            h: self.h + 2.0 * d,
        }
    }

    /// How far the segment from `a` to `b` passes from the box (0: it crosses it), measured
    /// at points along it a few units apart.
    fn distance_to_segment(&self, a: (f32, f32), b: (f32, f32)) -> f32 {
        let steps = ((b.0 - a.0).hypot(b.1 - a.1) / 4.0).ceil().max(8.0) as usize;
        (0..=steps)
            .map(|k| {
                let t = k as f32 / steps as f32;
                let (x, y) = (a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t);
                let dx = (self.x - x).max(x - self.x - self.w).max(0.0);
                let dy = (self.y - y).max(y - self.y - self.h).max(0.0);
                (dx * dx + dy * dy).sqrt()
            })
            .fold(f32::MAX, f32::min)
    }

    /// Whether the segment from `a` to `b` passes through the box (`distance_to_segment` is
    /// 0), answered at once for a segment whose own box is clear of it: the layout asks this of
    /// every line and box many times over.
    fn crosses(&self, a: (f32, f32), b: (f32, f32)) -> bool {
        let clear = a.0.max(b.0) < self.x
            || a.0.min(b.0) > self.x + self.w
            || a.1.max(b.1) < self.y
            || a.1.min(b.1) > self.y + self.h;
        !clear && self.distance_to_segment(a, b) == 0.0
    }

    /// How far the box reaches outside `bounds` (left, top, right, bottom), summed over sides.
    fn overhang(&self, bounds: (f32, f32, f32, f32)) -> f32 {
        let (left, top, right, bottom) = bounds;
        (left - self.x).max(0.0)
            + (top - self.y).max(0.0)
            + (self.x + self.w - right).max(0.0)
            + (self.y + self.h - bottom).max(0.0)
    }

    fn overlaps(&self, o: &Rect) -> bool {
        self.x < o.x + o.w && o.x < self.x + self.w && self.y < o.y + o.h && o.y < self.y + self.h
    }
}

/// The map of `story`'s relationships; `map_at` is where an editor put each actor (by actor
/// index), if anywhere: pinned there, the layout keeps its orientation. `others` are the
/// story's words in its other languages: every name and label is made as wide as its widest
/// language, so that one layout serves them all.
pub fn lay_out_map(story: &Story, map_at: &[Option<(f32, f32)>], others: &[MapWords]) -> StageMap {
    let actors = story.actors_in_relationships();
    if actors.is_empty() {
        return StageMap::EMPTY;
    }
    let index = |a: ActorIx| {
        actors
            .iter()
            .position(|&x| x == a)
            .expect("in a relationship")
    };
    let pairs: Vec<(usize, usize)> = story
        .relationships
        .iter()
        .map(|r| (index(r.actors[0]), index(r.actors[1])))
        .collect();
    let first: Vec<usize> = actors
        .iter()
        .map(|&a| {
            story
                .steps
                .iter()
                .position(|s| s.focus.relationships.iter().any(|&r| story.involves(r, a)))
                .unwrap_or(usize::MAX)
        })
        .collect();
    let mut shown_together = Vec::new();
    for step in story.steps {
        let ends: Vec<usize> = step
            .focus
            .relationships
            .iter()
            .flat_map(|&r| story.relationship(r).actors.map(index))
            .collect();
        for (i, &a) in ends.iter().enumerate() {
            for &b in &ends[i + 1..] {
                if a != b && !shown_together.contains(&(a, b)) {
                    shown_together.push((a, b));
                }
            }
        }
    }
    let pins: Vec<Option<(f32, f32)>> = actors
        .iter()
        .map(|&a| map_at.get(usize::from(a.0)).copied().flatten())
        .collect();
    let pinned = pins.iter().any(Option::is_some);
    let mut points = force_layout(actors.len(), &pairs, &shown_together, &first, &pins);
    // The simulation's own scale, brought to lines of about EDGE units on average.
    let lengths: Vec<f32> = pairs
        .iter()
        .map(|&(a, b)| {
            ((points[a].0 - points[b].0).powi(2) + (points[a].1 - points[b].1).powi(2)).sqrt()
        })
        .filter(|&l| l > 0.0)
        .collect();
    if !lengths.is_empty() {
        let mean = lengths.iter().sum::<f32>() / lengths.len() as f32;
        let k = EDGE / mean;
        points = points
            .iter()
            .map(|&(x, y)| ((x * k).round(), (y * k).round()))
            .collect();
    }
    // Each text in its widest language.
    let langs: Vec<&str> = std::iter::once(story.meta.lang)
        .chain(others.iter().map(|o| o.lang.as_str()))
        .collect();
    let widest = |texts: &mut dyn Iterator<Item = String>| {
        texts
            .map(|t| f32::from(text_width(&t, MAP_FONT)))
            .fold(0.0, f32::max)
    };
    let name_size: Vec<(f32, f32)> = actors
        .iter()
        .map(|&a| {
            let own = story.actor(a).short.to_string();
            let rows: Vec<Vec<String>> = std::iter::once(own.clone())
                .chain(others.iter().map(|o| {
                    o.names
                        .get(usize::from(a.0))
                        .cloned()
                        .unwrap_or_else(|| own.clone())
                }))
                .map(|n| node_label(&n))
                .collect();
            let w = widest(&mut rows.iter().flatten().cloned());
            let h = rows.iter().map(Vec::len).max().unwrap_or(1);
            (w + 2.0 * PAD, f32::from(MAP_LINE) * h as f32)
        })
        .collect();
    // A label's box: rows of at most LABEL_ROW units (a longer text wraps), each line as
    // many rows as its longest text takes in any language.
    let labels: Vec<Label> = story
        .relationship_ixs()
        .map(|rel| {
            // Each line's texts in every language. A language whose catalogue is still being
            // written (broken) is left out: the checker reports it.
            let texts: Vec<Vec<String>> = label_lines(story, rel)
                .iter()
                .map(|line| {
                    langs
                        .iter()
                        .filter_map(|&lang| explainer_locale::try_words(lang))
                        .flat_map(|words| line.iter().map(move |&t| map_text(words, t)))
                        .collect()
                })
                .collect();
            let all: Vec<&String> = texts.iter().flatten().collect();
            let row = all
                .iter()
                .map(|t| text_width(t, MAP_FONT).min(LABEL_ROW))
                .chain(
                    all.iter()
                        .flat_map(|t| t.split(' ').map(|w| text_width(w, MAP_FONT))),
                )
                .max()
                .unwrap_or(0);
            let rows: usize = texts
                .iter()
                .map(|line| line.iter().map(|t| wrap(t, row).len()).max().unwrap_or(1))
                .sum();
            Label {
                w: (f32::from(row) + LABEL_EDGES.0).max(ICON_W),
                h: (f32::from(MAP_LINE) * rows.max(1) as f32 + LABEL_EDGES.1).max(ICON_W),
            }
        })
        .collect();

    // Relationships that some step shows together (their labels' words show at once).
    let rels = story.relationships.len();
    let mut together = vec![vec![false; rels]; rels];
    for step in story.steps {
        for &a in step.focus.relationships {
            for &b in step.focus.relationships {
                together[usize::from(a.0)][usize::from(b.0)] = true;
            }
        }
    }

    // Each of 24 turns of the layout, spread until every label has a place; the one that
    // fits a phone's box at the largest size wins (the first, on a tie).
    let mut best: Option<Candidate> = None;
    // An editor's places fix the orientation: no turns then.
    for turn in 0..if pinned { 1 } else { 24 } {
        let angle = std::f32::consts::PI * turn as f32 / 12.0;
        let (sin, cos) = (angle.sin(), angle.cos());
        let turned: Vec<(f32, f32)> = points
            .iter()
            .map(|&(x, y)| ((x * cos - y * sin).round(), (x * sin + y * cos).round()))
            .collect();
        let mut spread = 0.6_f32;
        let (placed, edges) = loop {
            let scaled: Vec<(f32, f32)> = turned
                .iter()
                .map(|&(x, y)| (x * spread, y * spread))
                .collect();
            let placed = clear_lines(&separate_names(&scaled, &name_size), &name_size, &pairs);
            if let Some(edges) = place_labels(&placed, &name_size, &pairs, &labels, &together) {
                break (placed, edges);
            }
            spread *= 1.05;
            assert!(spread < 1e4, "a map that cannot be laid out");
        };
        // Fewest lines through another actor's dot or name first (a line through a name reads
        // as a tie to it); then how far the whole map must shrink to fit a phone's box.
        let (w, h) = extent(&placed, &name_size, &edges);
        let crossings = crossings(&placed, &name_size, &pairs);
        let fit = crossings as f32 * 100.0 + (w / TARGET.0).max(h / TARGET.1);
        if best.as_ref().is_none_or(|(b, _, _)| fit < *b) {
            best = Some((fit, placed, edges));
        }
    }
    let (_, placed, edges) = best.expect("24 tries");
    points = placed;
    finish(story, &actors, &points, &name_size, &edges)
}

/// Moves actors off the lines of relationships that are not theirs (a line through a name
/// reads as a tie to it): each, a few units at a time, sideways from the line, then names
/// apart again; a few rounds.
fn clear_lines(
    points: &[(f32, f32)],
    sizes: &[(f32, f32)],
    pairs: &[(usize, usize)],
) -> Vec<(f32, f32)> {
    let mut points = points.to_vec();
    for _ in 0..6 {
        let mut moved = false;
        for &(a, b) in pairs {
            for n in 0..points.len() {
                if n == a || n == b {
                    continue;
                }
                let (pa, pb) = (points[a], points[b]);
                let len = (pb.0 - pa.0).hypot(pb.1 - pa.1).max(1.0);
                let normal = (-(pb.1 - pa.1) / len, (pb.0 - pa.0) / len);
                let side =
                    if (points[n].0 - pa.0) * normal.0 + (points[n].1 - pa.1) * normal.1 < 0.0 {
                        -1.0
                    } else {
                        1.0
                    };
                for _ in 0..40 {
                    if !node_rect(points[n], sizes[n]).around(GAP).crosses(pa, pb) {
                        break;
                    }
                    points[n].0 = (points[n].0 + side * normal.0 * 4.0).round();
                    points[n].1 = (points[n].1 + side * normal.1 * 4.0).round();
                    moved = true;
                }
            }
        }
        points = separate_names(&points, sizes);
        if !moved {
            break;
        }
    }
    points
}

/// How many times a relationship's line passes through another actor's dot or name.
fn crossings(points: &[(f32, f32)], sizes: &[(f32, f32)], pairs: &[(usize, usize)]) -> usize {
    pairs
        .iter()
        .map(|&(a, b)| {
            (0..points.len())
                .filter(|&n| n != a && n != b)
                .filter(|&n| node_rect(points[n], sizes[n]).crosses(points[a], points[b]))
                .count()
        })
        .sum()
}

/// Everything drawn: each node (dot and name) and each label.
fn drawn(points: &[(f32, f32)], sizes: &[(f32, f32)], edges: &[Rect]) -> Vec<Rect> {
    points
        .iter()
        .zip(sizes)
        .map(|(&p, &s)| node_rect(p, s))
        .chain(edges.iter().copied())
        .collect()
}

/// The box around `rects`: left, top, right, bottom.
fn bounds(rects: &[Rect]) -> (f32, f32, f32, f32) {
    (
        rects.iter().map(|r| r.x).fold(f32::MAX, f32::min),
        rects.iter().map(|r| r.y).fold(f32::MAX, f32::min),
        rects.iter().map(|r| r.x + r.w).fold(f32::MIN, f32::max),
        rects.iter().map(|r| r.y + r.h).fold(f32::MIN, f32::max),
    )
}

/// The width and height of everything drawn.
fn extent(points: &[(f32, f32)], sizes: &[(f32, f32)], edges: &[Rect]) -> (f32, f32) {
    let (left, top, right, bottom) = bounds(&drawn(points, sizes, edges));
    (right - left, bottom - top)
}

/// A relationship's label before it is placed: its size, and whether it says that a step
/// shows it before its first state.
#[derive(Clone, Copy)]
struct Label {
    w: f32,
    h: f32,
}

/// A laid-out map: how well it fits a phone's box, the nodes, the labels.
type Candidate = (f32, Vec<(f32, f32)>, Vec<Rect>);

/// Positions from `force_graph`: nodes seeded on a circle in the order of `first` (the step
/// each first appears in, so that actors a step shows together start side by side), the
/// best-connected one pinned at the centre (unless an editor placed any: then those, at
/// `pins`), a fixed number of steps. Actors that a step shows
/// together (`together`) are tied as if related, so that its frame stays small.
fn force_layout(
    count: usize,
    pairs: &[(usize, usize)],
    together: &[(usize, usize)],
    first: &[usize],
    pins: &[Option<(f32, f32)>],
) -> Vec<(f32, f32)> {
    let mut degree = vec![0usize; count];
    for &(a, b) in pairs {
        degree[a] += 1;
        degree[b] += 1;
    }
    let hub = (0..count)
        .max_by_key(|&i| (degree[i], usize::MAX - i))
        .unwrap_or(0);
    let mut graph: ForceGraph<usize> = ForceGraph::new(SimulationParameters {
        force_charge: 4000.0,
        force_spring: 0.5,
        force_max: 200.0,
        node_speed: 2000.0,
        damping_factor: 0.8,
    });
    let others = count.saturating_sub(1).max(1) as f32;
    let radius = 60.0 + 14.0 * others;
    let mut order: Vec<usize> = (0..count).filter(|&i| i != hub).collect();
    order.sort_by_key(|&i| (first[i], i));
    let nodes: Vec<_> = (0..count)
        .map(|i| {
            let (x, y) = if let Some((px, py)) = pins[i] {
                ((px * radius).round(), (py * radius).round())
            } else if i == hub {
                (0.0, 0.0)
            } else {
                let k = order.iter().position(|&o| o == i).unwrap_or(0) as f32;
                let angle = std::f32::consts::TAU * k / others;
                // Rounded, so that a last-bit difference in sin/cos between machines cannot
                // change the picture.
                (
                    (radius * angle.cos()).round(),
                    (radius * angle.sin()).round(),
                )
            };
            graph.add_node(NodeData {
                x,
                y,
                is_anchor: pins[i].is_some() || (i == hub && !pins.iter().any(Option::is_some)),
                user_data: i,
                ..Default::default()
            })
        })
        .collect();
    for &(a, b) in pairs.iter().chain(together) {
        if a != b {
            graph.add_edge(nodes[a], nodes[b], Default::default());
        }
    }
    for _ in 0..400 {
        graph.update(0.02);
    }
    let mut points = vec![(0.0, 0.0); count];
    graph.visit_nodes(|node| points[node.data.user_data] = (node.x().round(), node.y().round()));
    points
}

/// A node's extent: its dot and its name under it.
fn node_rect(point: (f32, f32), size: (f32, f32)) -> Rect {
    let r = f32::from(NODE_RADIUS);
    let w = size.0.max(2.0 * r);
    Rect {
        x: point.0 - w / 2.0,
        y: point.1 - r,
        w,
        h: 2.0 * r + 1.0 + size.1,
    }
}

/// Pushes nodes apart until no two nodes (dot and name) overlap or touch.
fn separate_names(points: &[(f32, f32)], sizes: &[(f32, f32)]) -> Vec<(f32, f32)> {
    let mut points = points.to_vec();
    for _ in 0..10_000 {
        let mut moved = false;
        for i in 0..points.len() {
            for j in i + 1..points.len() {
                // A gap between them, so that rounding cannot make them touch.
                let (a, b) = (
                    node_rect(points[i], sizes[i]).around(GAP / 2.0),
                    node_rect(points[j], sizes[j]).around(GAP / 2.0),
                );
                if !a.overlaps(&b) {
                    continue;
                }
                moved = true;
                // Apart along the shorter way out: sideways or up and down.
                let dx = (a.x + a.w).min(b.x + b.w) - a.x.max(b.x);
                let dy = (a.y + a.h).min(b.y + b.h) - a.y.max(b.y);
                let (head, tail) = points.split_at_mut(j);
                let (p, q) = (&mut head[i], &mut tail[0]);
                if dx < dy {
                    push_apart(&mut p.0, &mut q.0, dx);
                } else {
                    push_apart(&mut p.1, &mut q.1, dy);
                }
            }
        }
        if !moved {
            break;
        }
    }
    points
        .iter()
        .map(|&(x, y)| (x.round(), y.round()))
        .collect()
}

/// Moves two coordinates apart by their overlap (and a unit more), the lower one down (the
/// first, when they are equal).
fn push_apart(a: &mut f32, b: &mut f32, overlap: f32) {
    let step = overlap / 2.0 + 1.0;
    let sign = if *a <= *b { -1.0 } else { 1.0 };
    *a += sign * step;
    *b -= sign * step;
}

/// A place for each relationship's label by its line. A label is drawn only while its
/// relationship is in the step, so it must be clear of another label only when the two are
/// ever in the same step (`together`), and of the nodes of those steps' relationships. It
/// stays clear of every other node where it can; where it cannot, the node it covers leaves
/// the map while the label shows (`MapEdge::covers`). `None` when one does not fit.
fn place_labels(
    points: &[(f32, f32)],
    sizes: &[(f32, f32)],
    pairs: &[(usize, usize)],
    labels: &[Label],
    together: &[Vec<bool>],
) -> Option<Vec<Rect>> {
    let taken: Vec<Rect> = points
        .iter()
        .zip(sizes)
        .map(|(&p, &s)| node_rect(p, s).around(GAP))
        .collect();
    let mut placed: Vec<Rect> = Vec::new();
    for (i, (&(a, b), &Label { w, h, .. })) in pairs.iter().zip(labels).enumerate() {
        let (pa, pb) = (points[a], points[b]);
        let (dx, dy) = (pb.0 - pa.0, pb.1 - pa.1);
        // The nodes shown in a step with this label.
        let shown: Vec<usize> = (0..pairs.len())
            .filter(|&j| together[i][j] || j == i)
            .flat_map(|j| [pairs[j].0, pairs[j].1])
            .collect();
        let clear_of_shown = |r: &Rect| {
            shown.iter().all(|&n| !r.overlaps(&taken[n]))
                && placed
                    .iter()
                    .enumerate()
                    .all(|(j, o)| !together[i][j] || !r.overlaps(&o.around(GAP)))
        };
        let clear = |r: &Rect| clear_of_shown(r) && !taken.iter().any(|o| r.overlaps(o));
        // Places along the line, the box centred on it or beside it: nearest the line, off
        // other relationships' lines, inside the map so far, first (its middle first on a tie).
        let offsets = [-1.0, -0.5, 0.0, 0.5, 1.0];
        // What the map covers so far: a label outside it makes the map larger.
        let bounds = self::bounds(&[taken.as_slice(), placed.as_slice()].concat());
        let mut spot: Vec<(f32, Rect)> = [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82]
            .into_iter()
            .flat_map(|t| {
                let cx = pa.0 + dx * t;
                let cy = pa.1 + dy * t;
                offsets.into_iter().flat_map(move |sx| {
                    offsets.into_iter().map(move |sy| {
                        let r = Rect {
                            x: (cx - w / 2.0 + sx * (w + GAP)).round(),
                            y: (cy - h / 2.0 + sy * (h + GAP)).round(),
                            w,
                            h,
                        };
                        // A box over another relationship's line reads as its label.
                        let over_others = pairs
                            .iter()
                            .enumerate()
                            .filter(|&(j, &(c, d))| j != i && r.crosses(points[c], points[d]))
                            .count();
                        let cost = 1.5 * r.distance_to_segment(pa, pb)
                            + r.overhang(bounds)
                            + 60.0 * over_others as f32;
                        (cost, r)
                    })
                })
            })
            .collect();
        spot.sort_by(|a, b| a.0.total_cmp(&b.0));
        let spot: Vec<Rect> = spot.into_iter().map(|(_, r)| r).collect();
        let spot = spot
            .iter()
            .find(|r| clear(r))
            .or_else(|| spot.iter().find(|r| clear_of_shown(r)))
            .copied()?;
        placed.push(spot);
    }
    Some(placed)
}

/// Moves everything into the drawing's positive quarter and rounds it to whole units.
fn finish(
    story: &Story,
    actors: &[ActorIx],
    points: &[(f32, f32)],
    sizes: &[(f32, f32)],
    edges: &[Rect],
) -> StageMap {
    let (left, top, right, bottom) = bounds(&drawn(points, sizes, edges));
    let (left, top, right, bottom) = (left - MARGIN, top - MARGIN, right + MARGIN, bottom + MARGIN);
    let map_box = |r: Rect| MapBox {
        x: (r.x - left).round() as i16,
        y: (r.y - top).round() as i16,
        w: r.w.ceil() as u16,
        h: r.h.ceil() as u16,
    };
    let nodes = actors
        .iter()
        .zip(points)
        .zip(sizes)
        .map(|((&actor, &(x, y)), &(w, h))| {
            let r = f32::from(NODE_RADIUS);
            MapNode {
                actor,
                x: (x - left).round() as i16,
                y: (y - top).round() as i16,
                label: map_box(Rect {
                    x: x - w / 2.0,
                    y: y + r + 1.0,
                    w,
                    h,
                }),
                covered: &[],
            }
        })
        .collect::<Vec<MapNode>>();
    let map_edges: Vec<MapEdge> = edges
        .iter()
        .enumerate()
        .map(|(i, &rect)| {
            let rel = RelIx(i as u16);
            MapEdge {
                rel,
                label: map_box(rect),
                at_step: crate::leak::leak(at_steps(story, rel)),
            }
        })
        .collect();
    let (width, height) = ((right - left).ceil(), (bottom - top).ceil());
    let mut map = StageMap {
        width: width as u16,
        height: height as u16,
        nodes: &[],
        edges: crate::leak::leak(map_edges),
    };
    // Which nodes each step's labels cover.
    let nodes: Vec<MapNode> = nodes
        .into_iter()
        .map(|node: MapNode| MapNode {
            covered: crate::leak::leak(
                story
                    .steps
                    .iter()
                    .map(|step| {
                        map.edges.iter().any(|e| {
                            step.focus.relationships.contains(&e.rel)
                                && e.label.overlaps(&node.extent())
                        })
                    })
                    .collect(),
            ),
            ..node
        })
        .collect();
    map.nodes = crate::leak::leak(nodes);
    map
}

/// What `rel`'s label shows at each step (`MapEdge::at_step`): the text of each of its first
/// two lines, and whether it is someone's claim.
fn at_steps(story: &Story, rel: RelIx) -> Vec<u8> {
    let lines = label_lines(story, rel);
    story
        .steps
        .iter()
        .flat_map(|step| {
            let date = step.focus.as_of;
            let shown = |line: usize| {
                line_now(story, rel, line, date)
                    .and_then(|now| lines.get(line)?.iter().position(|&t| t == now))
                    .map_or(NONE, |i| i as u8)
            };
            let claim = story
                .relationship(rel)
                .lead(story.layers_at(rel, date))
                .or_else(|| story.pending_state(rel, date))
                .is_some_and(|s| matches!(s.sourcing.kind, Attribution::Claim { .. }));
            [shown(0), shown(1), u8::from(claim)]
        })
        .collect()
}
/// The map's words in each translation beside the content file `file` (`story.ru.toml` beside
/// `story.toml`): its language and its actors' short names, read leniently (the checker
/// reports a translation's problems; a name it lacks counts as the original's).
pub fn other_languages(file: &str, story: &Story) -> Vec<MapWords> {
    crate::files::translations_of(std::path::Path::new(file))
        .into_iter()
        .filter_map(|path| {
            let text = std::fs::read_to_string(path).ok()?;
            let table: toml::Table = toml::from_str(&text).ok()?;
            let lang = table.get("lang")?.as_str()?.to_string();
            let actors = table.get("actors").and_then(toml::Value::as_table);
            let names = story
                .actors
                .iter()
                .map(|a| {
                    actors
                        .and_then(|t| t.get(a.id))
                        .and_then(|t| t.get("short"))
                        .and_then(toml::Value::as_str)
                        .filter(|s| !s.trim().is_empty())
                        .unwrap_or(a.short)
                        .to_string()
                })
                .collect();
            Some(MapWords { lang, names })
        })
        .collect()
}
