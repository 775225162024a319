//! The stage: what changed at a step (from the model, on the real story), and the map's
//! layout: deterministic, every label clear of every other and wholly on the map, for
//! the real story, the second story, the hostile fixture, and stories of 2 and 40 actors.

use explainer::model::map::{line_now, node_label, text_width, LineText, MAP_FONT, MAP_LINE};
use explainer::model::{Facet, MapBox, Stance, Story};
use explainer::STORY;
use explainer_content::load_static;

fn load(path: &str) -> &'static Story {
    let text = std::fs::read_to_string(path).unwrap();
    load_static(path, &text).unwrap_or_else(|p| panic!("{p}"))
}

#[test]
fn the_delisting_step_changes_the_official_status_and_not_the_trade() {
    let story = &STORY;
    let lifted = story.find_event("listing-lifted").unwrap();
    let step = (0..story.steps.len())
        .find(|&i| story.step(i).focus.events.contains(&lifted))
        .expect("a step about the delisting");
    let rel = story.find_relationship("russia-taliban").unwrap();
    let changes = story.stage_changes(step);
    let of_rel: Vec<_> = changes.iter().filter(|c| c.rel == rel).collect();
    assert_eq!(of_rel.len(), 1, "{changes:?}");
    assert_eq!(of_rel[0].facet, Facet::Official);
    assert_eq!(of_rel[0].was, Some(Stance::TerroristListing));
    assert_eq!(of_rel[0].now, Stance::NoFormalTies);
    assert!(
        !changes.iter().any(|c| c.facet == Facet::Practice),
        "the trade (practice) facet did not change: {changes:?}"
    );
}

#[test]
fn the_first_step_marks_nothing_as_changed() {
    assert!(STORY.stage_changes(0).is_empty());
}

#[test]
fn a_step_reads_the_same_however_it_is_reached() {
    // "What changed" belongs to the step (the step before it and it), not to the way the
    // reader came: the same list forwards and backwards.
    for i in 0..STORY.steps.len() {
        assert_eq!(STORY.stage_changes(i), STORY.stage_changes(i));
        for c in STORY.stage_changes(i) {
            let before = STORY.step(i - 1).focus.as_of;
            let now = STORY.step(i).focus.as_of;
            assert_eq!(STORY.stances_at(c.rel, before)[c.facet.index()], c.was);
            assert_eq!(STORY.stances_at(c.rel, now)[c.facet.index()], Some(c.now));
        }
    }
}

/// The width the map is drawn at on a phone: at a 360 px viewport, the page's padding taken
/// off (the map runs to the walkthrough's edges; tests/browser/map-layout.spec.mjs measures
/// the real one).
const PHONE_WIDTH: f64 = 360.0 - 2.0 * 12.0 - 2.0;

/// The boxes a reader sees at step `step`: every node's dot and name but those a label of the
/// step covers (they leave the map), and the whole label of each of the step's relationships.
fn visible_boxes(story: &Story, step: usize) -> Vec<(String, MapBox)> {
    let map = &story.map;
    let focus = story.step(step).focus;
    let mut boxes = Vec::new();
    for node in map.nodes {
        if map.covered(node.actor, step) {
            continue;
        }
        let id = story.actor(node.actor).id;
        boxes.push((format!("name of {id}"), node.label));
        let r = 9;
        boxes.push((
            format!("dot of {id}"),
            MapBox {
                x: node.x - r,
                y: node.y - r,
                w: 2 * r as u16,
                h: 2 * r as u16,
            },
        ));
    }
    for edge in map.edges {
        if focus.relationships.contains(&edge.rel) {
            let id = story.relationship(edge.rel).id;
            boxes.push((format!("label of {id}"), edge.label));
        }
    }
    boxes
}

fn assert_clear_labels(story: &Story, name: &str) {
    let map = &story.map;
    let whole = MapBox {
        x: 0,
        y: 0,
        w: map.width,
        h: map.height,
    };
    for step in 0..story.steps.len() {
        let boxes = visible_boxes(story, step);
        for (i, (a, ab)) in boxes.iter().enumerate() {
            assert!(
                whole.contains(ab),
                "{name}, step {}: {a} {ab:?} is not wholly on the map {whole:?}",
                step + 1
            );
            for (b, bb) in &boxes[i + 1..] {
                // A node's own dot and name touch by design; nothing else may overlap.
                let same_node = a.split(" of ").nth(1) == b.split(" of ").nth(1)
                    && a.starts_with(['n', 'd'])
                    && b.starts_with(['n', 'd']);
                assert!(
                    same_node || !ab.overlaps(bb),
                    "{name}, step {}: {a} {ab:?} overlaps {b} {bb:?}",
                    step + 1
                );
            }
        }
        // Every node the step is about stays on the map.
        for &rel in focus_of(story, step) {
            for actor in story.relationship(rel).actors {
                assert!(
                    !map.covered(actor, step),
                    "{name}, step {}: {} is covered",
                    step + 1,
                    story.actor(actor).id
                );
            }
        }
    }
    for node in map.nodes {
        let rows = node_label(story.actor(node.actor).short);
        for row in &rows {
            assert!(
                node.label.w >= text_width(row, MAP_FONT),
                "{name}: the box of {row:?} holds it"
            );
        }
        assert!(
            usize::from(node.label.h) >= rows.len() * usize::from(MAP_LINE),
            "{name}: the box of {rows:?} holds its rows"
        );
    }
}

fn focus_of(story: &Story, step: usize) -> &'static [explainer::model::RelIx] {
    story.step(step).focus.relationships
}

#[test]
fn map_labels_never_overlap_in_the_real_story() {
    assert_clear_labels(&STORY, "the real story");
    // And big enough to read on a phone: the whole map at 360 px, its text at 11 px or more.
    let px = f64::from(MAP_FONT) * PHONE_WIDTH / f64::from(STORY.map.width);
    println!("map text {px:.1} px at 360 px");
    assert!(px >= 11.0, "map text is {px:.1} px at 360 px");
}

#[test]
fn map_labels_never_overlap_in_the_second_story_and_the_hostile_one() {
    assert_clear_labels(load("tests/fixtures/small-story.toml"), "the second story");
    assert_clear_labels(
        load("stories/israel-somaliland/story.toml"),
        "the Somaliland story",
    );
    assert_clear_labels(
        load("tests/fixtures/hostile-story.toml"),
        "the hostile fixture",
    );
}

/// The second story with `extra` more actors, each tied to the first and every third to the
/// one before: a crowded map.
fn crowded_story(extra: usize) -> String {
    let base = std::fs::read_to_string("tests/fixtures/small-story.toml").unwrap();
    let mut text = String::new();
    for i in 0..extra {
        text += &format!(
            "\n[[actors]]\nid = \"actor-{i}\"\nname = \"Actor number {i} with a longer name\"\nshort = \"Actor {i}\"\nkind = \"group\"\n"
        );
    }
    for i in 0..extra {
        let other = if i % 3 == 2 {
            format!("actor-{}", i - 1)
        } else {
            "riverton".into()
        };
        let stance = ["hostile", "pragmatic-ties", "cooperation", "rivalry"][i % 4];
        text += &format!(
            "\n[[relationships]]\nid = \"tie-{i}\"\nactors = [\"actor-{i}\", \"{other}\"]\nsummary = \"A tie.\"\nkind = \"fact\"\ncite = [\"p1\"]\n\n[[relationships.states]]\nfrom = \"2019\"\nstance = \"{stance}\"\nsummary = \"So it stood.\"\nkind = \"fact\"\ncite = [\"p1\"]\nevents = [\"talks\"]\n"
        );
    }
    // Actors and relationships go before the steps: insert them where relationships begin.
    let at = base.find("\n[[relationships]]").unwrap();
    let (head, tail) = base.split_at(at);
    let (actors, rels): (String, String) = {
        let split = text.find("\n[[relationships]]").unwrap_or(text.len());
        (text[..split].to_string(), text[split..].to_string())
    };
    [head, &actors, &rels, tail].concat()
}

#[test]
fn a_crowded_map_of_40_actors_still_lays_out_clear() {
    let text = crowded_story(37);
    let story = load_static("crowded.toml", &text).unwrap_or_else(|p| panic!("{p}"));
    assert!(
        story.map.nodes.len() >= 40,
        "{} nodes",
        story.map.nodes.len()
    );
    assert_clear_labels(story, "40 actors");
}

#[test]
fn the_layout_is_the_same_every_time() {
    // Laid out for the words of every language beside it (the translations).
    let text = std::fs::read_to_string("content/story.toml").unwrap();
    let a = load_static("content/story.toml", &text).unwrap();
    let b = load_static("content/story.toml", &text).unwrap();
    assert_eq!(a.map, b.map);
    // And the build's (baked) copy is what the loader computes.
    assert_eq!(a.map, STORY.map);
}

#[test]
fn an_editor_can_place_actors_on_the_map() {
    let base = std::fs::read_to_string("tests/fixtures/small-story.toml").unwrap();
    let place = |text: &str, id: &str, at: &str| {
        text.replacen(
            &format!("id = \"{id}\"\n"),
            &format!("id = \"{id}\"\nmap_at = {at}\n"),
            1,
        )
    };
    let x_of = |story: &Story, id: &str| {
        let actor = story.find_actor(id).unwrap();
        story.map.nodes.iter().find(|n| n.actor == actor).unwrap().x
    };
    for (left, right) in [("riverton", "lakeside"), ("lakeside", "riverton")] {
        let text = place(&place(&base, left, "[-1, 0]"), right, "[1, 0]");
        let story = load_static("placed.toml", &text).unwrap_or_else(|p| panic!("{p}"));
        assert!(
            x_of(story, left) < x_of(story, right),
            "{left} placed left of {right}"
        );
        assert_clear_labels(story, "placed by an editor");
    }
}

/// Words and picture agree: every relationship a step is about is drawn on its map with the
/// state the step's date gives it (each facet's stance, or what the source reports by a later
/// date, never an empty label), and every dated event it names is marked on its time strip.
#[test]
fn every_relationship_and_event_a_step_names_is_on_its_stage_in_its_state() {
    use explainer::model::map::label_lines;
    for story in [
        &STORY,
        load("tests/fixtures/small-story.toml"),
        load("stories/israel-somaliland/story.toml"),
    ] {
        for (i, step) in story.steps.iter().enumerate() {
            let date = step.focus.as_of;
            for &rel in step.focus.relationships {
                let id = story.relationship(rel).id;
                assert!(
                    story.map.edges.iter().any(|e| e.rel == rel),
                    "step {}: {id} has no edge",
                    i + 1
                );
                let shown: Vec<LineText> = (0..label_lines(story, rel).len())
                    .filter_map(|line| line_now(story, rel, line, date))
                    .collect();
                assert!(
                    !shown.is_empty(),
                    "step {}: {id}'s label says nothing",
                    i + 1
                );
                let now = story.stances_at(rel, date);
                let stances: Vec<Stance> = now.into_iter().flatten().collect();
                if stances.is_empty() {
                    // Nothing recorded at the date: what the source reports by a later date,
                    // else "nothing recorded yet".
                    let expected = story
                        .pending_state(rel, date)
                        .map_or(LineText::NotYet, |s| LineText::Pending(s.stance));
                    assert_eq!(shown, vec![expected], "step {}: {id}", i + 1);
                } else {
                    let drawn: Vec<LineText> = stances.into_iter().map(LineText::Stance).collect();
                    assert_eq!(
                        shown,
                        drawn,
                        "step {}: {id} in its state at its date",
                        i + 1
                    );
                }
            }
            // A dated event is marked on the strip (an undated one is listed with the stage's
            // words, as every event of the step is).
            for &event in step.focus.events {
                if story.event(event).when.date().is_none() {
                    continue;
                }
                assert!(
                    story.timeline.events.iter().any(|p| p.event == event),
                    "step {}: {} is not on the strip",
                    i + 1,
                    story.event(event).id
                );
            }
        }
    }
    // The two the graphics editor found: the Taliban's undated claim to fight ISIS-K (step 9)
    // and the US backing of the mujahideen (step 11) are on their maps, not "nothing recorded".
    let fight = STORY.find_relationship("taliban-isis-k").unwrap();
    let common = STORY.find_step("common-enemy").unwrap();
    assert!(matches!(
        line_now(&STORY, fight, 0, STORY.step(common).focus.as_of),
        Some(LineText::Pending(Stance::AtWar))
    ));
    let backing = STORY.find_relationship("united-states-mujahideen").unwrap();
    let invasion = STORY.find_step("soviet-invasion").unwrap();
    assert!(STORY.step(invasion).focus.relationships.contains(&backing));
}

/// "What changed" compares like with like: from the news (3 July 2025) to where the story
/// starts (1979) the reader goes back in time, and the stage says so instead of a change
/// that never happened; after that the walkthrough only moves forward.
#[test]
fn going_back_to_1979_reads_as_a_jump_back() {
    let invasion = STORY.find_step("soviet-invasion").unwrap();
    assert_eq!(invasion, 1, "step 2");
    assert!(STORY.goes_back(invasion));
    assert!(STORY.stage_changes(invasion).is_empty());
    // Forward from March 2024 to April 2025: a real change, listed, now not recognised.
    let delisting = STORY.find_step("trade-then-delisting").unwrap();
    assert!(!STORY.goes_back(delisting));
    assert_eq!(STORY.stage_changes(delisting).len(), 1);
    // Every step dated before the one before it goes back; none other does.
    for i in 1..STORY.steps.len() {
        let back = STORY.step(i).focus.as_of.key() < STORY.step(i - 1).focus.as_of.key();
        assert_eq!(STORY.goes_back(i), back, "step {}", i + 1);
    }
}

/// Forward in time, a state that begins is a change too: the 2022 step shows the trade as new
/// beside the listing; a state the source knows only "by" a date is never said to begin.
#[test]
fn a_state_that_begins_on_a_date_the_source_gives_is_new_and_one_known_only_by_a_date_is_not() {
    let trade = STORY.find_step("trade-with-russia").unwrap();
    let rel = STORY.find_relationship("russia-taliban").unwrap();
    let changes = STORY.stage_changes(trade);
    assert!(
        changes.contains(&explainer::model::StageChange {
            rel,
            facet: Facet::Practice,
            was: None,
            now: Stance::PragmaticTies,
        }),
        "{changes:?}"
    );
    for i in 0..STORY.steps.len() {
        for c in STORY
            .stage_changes(i)
            .into_iter()
            .filter(|c| c.was.is_none())
        {
            let layers = STORY.layers_at(c.rel, STORY.step(i).focus.as_of);
            let state = &STORY.relationship(c.rel).states[layers.get(c.facet).unwrap()];
            assert!(
                !matches!(state.from, explainer::model::When::By(_)),
                "step {}: {:?} is known only by a date, not said to begin",
                i + 1,
                state
            );
        }
    }
    // The step about who else has a stake names only states known "by" its date: nothing new.
    let others = STORY.find_step("who-else-has-a-stake").unwrap();
    assert!(STORY.stage_changes(others).is_empty());
}
