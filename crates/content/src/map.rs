//! Lays out the stage's relationship map at build time: a force-directed layout
//! (`force_graph`) places the actors, the actor with the most relationships pinned at the
//! centre; then names are pushed apart until no two overlap, and each relationship's label is
//! put on its line where it overlaps no name, no node and no other label (the map spreads out
//! until every label finds a place). Everything is deterministic: seeds are fixed, the
//! simulation uses only `+ - * / sqrt`, and positions are rounded to whole units.

use force_graph::{ForceGraph, NodeData, SimulationParameters};

use explainer_model::map::{
    node_label, text_width, ICON_BOX, MAP_FONT, MAP_LINE, NODE_RADIUS, NOT_YET,
};
use explainer_model::stage::edge_line;
use explainer_model::{ActorIx, Facet, MapBox, MapEdge, MapNode, RelIx, StageMap, Story};

/// Room around the drawing.
const MARGIN: f32 = 6.0;
/// Padding inside a label's box, each side.
const PAD: f32 = 3.0;
/// The length an average relationship line starts from, before names and labels push apart.
const EDGE: f32 = 90.0;
/// The width of a label's icons (its left part).
const ICON_W: f32 = ICON_BOX as f32;
/// The box the map should fit at the size it is read at on a phone.
const TARGET: (f32, f32) = (340.0, 240.0);

/// A box in floating point while laying out.
#[derive(Clone, Copy, Debug)]
struct Rect {
    x: f32,
    y: f32,
    w: f32,
    h: f32,
}

impl Rect {
    fn overlaps(&self, o: &Rect) -> bool {
        self.x < o.x + o.w && o.x < self.x + self.w && self.y < o.y + o.h && o.y < self.y + self.h
    }
}

/// The map of `story`'s relationships; `map_at` is where an editor put each actor (by actor
/// index), if anywhere: pinned there, the layout keeps its orientation.
pub fn lay_out_map(story: &Story, map_at: &[Option<(f32, f32)>]) -> StageMap {
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
    let names: Vec<String> = actors
        .iter()
        .map(|&a| node_label(story.actor(a).short))
        .collect();
    let name_size: Vec<(f32, f32)> = names
        .iter()
        .map(|n| {
            (
                f32::from(text_width(n, MAP_FONT)) + 2.0 * PAD,
                f32::from(MAP_LINE),
            )
        })
        .collect();
    // Label widths in the story's own language: a translation keeps this layout.
    let w = explainer_locale::words(story.meta.lang);
    let labels: Vec<Label> = story
        .relationship_ixs()
        .map(|rel| {
            let r = story.relationship(rel);
            // A step about the relationship before its first state says so on its label.
            let not_yet = story.in_a_step_before_recorded(rel);
            let lines: Vec<f32> = Facet::ALL
                .into_iter()
                .map(|f| r.stances_in(f))
                .filter(|stances| !stances.is_empty())
                .map(|stances| {
                    stances
                        .into_iter()
                        .map(|s| f32::from(text_width(&edge_line(s, &w.stance(s)), MAP_FONT)))
                        .fold(0.0, f32::max)
                })
                .collect();
            let widest = lines.iter().copied().fold(
                if not_yet {
                    f32::from(text_width(&w.msg(NOT_YET), MAP_FONT))
                } else {
                    0.0
                },
                f32::max,
            );
            Label {
                w: (widest + 2.0 * PAD).max(ICON_W),
                h: (f32::from(MAP_LINE) * lines.len() as f32 + 2.0 * PAD).max(ICON_W),
                not_yet,
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

    // Each of twelve turns of the layout, spread until every label has a place; the one that
    // fits a phone's box at the largest size wins (the first, on a tie).
    let mut best: Option<Candidate> = None;
    // An editor's places fix the orientation: no turns then.
    for turn in 0..if pinned { 1 } else { 12 } {
        let angle = std::f32::consts::PI * turn as f32 / 12.0;
        let (sin, cos) = (angle.sin(), angle.cos());
        let turned: Vec<(f32, f32)> = points
            .iter()
            .map(|&(x, y)| ((x * cos - y * sin).round(), (x * sin + y * cos).round()))
            .collect();
        let mut spread = 1.0_f32;
        let (placed, edges) = loop {
            let scaled: Vec<(f32, f32)> = turned
                .iter()
                .map(|&(x, y)| (x * spread, y * spread))
                .collect();
            let placed = separate_names(&scaled, &name_size);
            if let Some(edges) = place_labels(&placed, &name_size, &pairs, &labels, &together) {
                break (placed, edges);
            }
            spread *= 1.08;
            assert!(spread < 1e4, "a map that cannot be laid out");
        };
        // How far the step that needs the widest frame must shrink the map on a phone; then
        // how far the whole map must.
        let (w, h) = extent(&placed, &name_size, &edges);
        let whole = (w / TARGET.0).max(h / TARGET.1);
        let worst = story
            .steps
            .iter()
            .map(|step| {
                let shown: Vec<Rect> = step
                    .focus
                    .relationships
                    .iter()
                    .flat_map(|&rel| {
                        let (a, b) = pairs[usize::from(rel.0)];
                        [
                            node_rect(placed[a], name_size[a]),
                            node_rect(placed[b], name_size[b]),
                            edges[usize::from(rel.0)],
                        ]
                    })
                    .collect();
                let frame =
                    frame_around(&shown, (f32::MIN, f32::MIN, f32::MAX, f32::MAX), TARGET.0);
                frame.w / TARGET.0
            })
            .fold(1.0, f32::max);
        let fit = worst * 1000.0 + whole;
        if best.as_ref().is_none_or(|(b, _, _)| fit < *b) {
            best = Some((fit, placed, edges));
        }
    }
    let (_, placed, edges) = best.expect("twelve tries");
    points = placed;
    finish(story, &actors, &points, &name_size, &edges, &labels)
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
    not_yet: bool,
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

/// Pushes nodes apart until no two nodes (dot and name) overlap.
fn separate_names(points: &[(f32, f32)], sizes: &[(f32, f32)]) -> Vec<(f32, f32)> {
    let mut points = points.to_vec();
    for _ in 0..10_000 {
        let mut moved = false;
        for i in 0..points.len() {
            for j in i + 1..points.len() {
                let (a, b) = (
                    node_rect(points[i], sizes[i]),
                    node_rect(points[j], sizes[j]),
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

/// A place for each relationship's label by its line, clear of every node. A label shows its
/// words only while its relationship is in the step (otherwise just its icons, the box's left
/// part), so a label must be clear of the whole of another only when the two are ever in the
/// same step (`together`), and of the other's icons otherwise. `None` when one does not fit.
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
        .map(|(&p, &s)| node_rect(p, s))
        .collect();
    let icons = |r: &Rect| Rect { w: ICON_W, ..*r };
    let mut placed: Vec<Rect> = Vec::new();
    for (i, (&(a, b), &Label { w, h, .. })) in pairs.iter().zip(labels).enumerate() {
        let (pa, pb) = (points[a], points[b]);
        let (dx, dy) = (pb.0 - pa.0, pb.1 - pa.1);
        let len = (dx * dx + dy * dy).sqrt().max(1.0);
        // The unit normal, so a label may sit beside its line as well as on it.
        let (nx, ny) = (-dy / len, dx / len);
        let clear = |r: &Rect| {
            !taken.iter().any(|o| r.overlaps(o))
                && placed.iter().enumerate().all(|(j, o)| {
                    if together[i][j] {
                        !r.overlaps(o)
                    } else {
                        !r.overlaps(&icons(o)) && !icons(r).overlaps(o)
                    }
                })
        };
        let spot = [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74]
            .into_iter()
            .flat_map(|t| {
                let cx = pa.0 + dx * t;
                let cy = pa.1 + dy * t;
                // The icons on the line, the words to their right; or the box beside the line.
                [(0.0, 0.0), (0.0, -0.5), (0.0, 0.5), (1.0, 0.0), (-1.0, 0.0)].map(
                    move |(side, lift)| {
                        let off = side * (h / 2.0 + ICON_W / 2.0);
                        Rect {
                            x: (cx + nx * off - ICON_W / 2.0).round(),
                            y: (cy + ny * off - h / 2.0 + lift * h).round(),
                            w,
                            h,
                        }
                    },
                )
            })
            .find(|r| clear(r))?;
        placed.push(spot);
    }
    Some(placed)
}

/// A frame of the target's shape around `shown` (the whole map when nothing is), at least
/// `least` wide, kept inside the map (`bounds`: left, top, right, bottom) where the map
/// is large enough.
fn frame_around(shown: &[Rect], bounds: (f32, f32, f32, f32), least: f32) -> Rect {
    let (left, top, right, bottom) = bounds;
    let (x0, y0, x1, y1) = if shown.is_empty() {
        bounds
    } else {
        let (x0, y0, x1, y1) = self::bounds(shown);
        (x0 - MARGIN, y0 - MARGIN, x1 + MARGIN, y1 + MARGIN)
    };
    let aspect = TARGET.0 / TARGET.1;
    let w = (x1 - x0).max((y1 - y0) * aspect).max(least).ceil();
    let h = (w / aspect).ceil();
    // Centred on what it shows, then slid (not shrunk) to stay on the map.
    let slide = |start: f32, size: f32, lo: f32, hi: f32| {
        if hi - lo <= size {
            lo - (size - (hi - lo)) / 2.0
        } else {
            start.clamp(lo, hi - size)
        }
    };
    Rect {
        x: slide((x0 + x1 - w) / 2.0, w, left, right),
        y: slide((y0 + y1 - h) / 2.0, h, top, bottom),
        w,
        h,
    }
}

/// Moves everything into the drawing's positive quarter and rounds it to whole units.
fn finish(
    story: &Story,
    actors: &[ActorIx],
    points: &[(f32, f32)],
    sizes: &[(f32, f32)],
    edges: &[Rect],
    labels: &[Label],
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
            }
        })
        .collect();
    let map_edges = edges
        .iter()
        .zip(labels)
        .enumerate()
        .map(|(i, (&rect, label))| MapEdge {
            rel: RelIx(i as u16),
            label: map_box(rect),
            not_yet: label.not_yet,
        })
        .collect();
    let (width, height) = ((right - left).ceil(), (bottom - top).ceil());
    let shown: Vec<Vec<Rect>> = story
        .steps
        .iter()
        .map(|step| {
            step.focus
                .relationships
                .iter()
                .flat_map(|&rel| {
                    let [a, b] = story.relationship(rel).actors;
                    let node = |actor: ActorIx| {
                        let i = actors.iter().position(|&x| x == actor).expect("on the map");
                        node_rect(points[i], sizes[i])
                    };
                    [node(a), node(b), edges[usize::from(rel.0)]]
                })
                .collect()
        })
        .collect();
    // Every frame the size of the largest: from step to step the map only pans (its text
    // keeps one size, and a browser need not lay its text out again at a new scale).
    let bounds = (left, top, right, bottom);
    let largest = shown
        .iter()
        .map(|s| frame_around(s, bounds, TARGET.0).w)
        .fold(TARGET.0, f32::max);
    let frames = shown
        .iter()
        .map(|s| map_box(frame_around(s, bounds, largest)))
        .collect();
    StageMap {
        width: width as u16,
        height: height as u16,
        nodes: crate::leak::leak(nodes),
        edges: crate::leak::leak(map_edges),
        frames: crate::leak::leak(frames),
    }
}
