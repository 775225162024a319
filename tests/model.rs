//! The pure model on the real story and the small fixture story: relationship states as of
//! dates, the time scale, step and "as of" navigation, the view reducer and links.

use explainer::model::{
    quantize, relationship_changes, relationship_layers_at, Action, Date, Facet, FacetChange,
    PerFacet, SegmentKind, Stance, Story, TimeScale, ViewState, When,
};
use explainer::STORY;
use explainer_content::load_static;

fn small() -> &'static Story {
    let text = std::fs::read_to_string("tests/fixtures/small-story.toml").unwrap();
    load_static("small-story.toml", &text).unwrap()
}

/// The stance of each facet of `rel` as of `date`: (official, practice).
fn stances_at(story: &Story, rel: &str, date: Date) -> (Option<Stance>, Option<Stance>) {
    let ix = story.find_relationship(rel).unwrap();
    let rel = story.relationship(ix);
    let layers = story.layers_at(ix, date);
    let stance = |f: Facet| layers.get(f).map(|i| rel.states[i].stance);
    (stance(Facet::Official), stance(Facet::Practice))
}

#[test]
fn each_facet_has_its_own_state_before_between_and_after_its_dates() {
    let story = small();
    let rel = story.relationship(story.find_relationship("riverton-lakeside").unwrap());
    let at = |date| relationship_layers_at(rel, date);
    // Sorted by date: 0 hostile (practice), 1 no formal ties (official), 2 pragmatic ties,
    // 3 cooperation, 4 formal recognition: the file lists the official facet last.
    assert_eq!(at(Date::year(1989)), PerFacet([None, None]));
    assert_eq!(at(Date::year(1990)), PerFacet([Some(1), Some(0)]));
    assert_eq!(at(Date::day(2005, 5, 5)), PerFacet([Some(1), Some(0)]));
    assert_eq!(at(Date::month(2019, 3)), PerFacet([Some(1), Some(2)]));
    assert_eq!(at(Date::day(2020, 6, 14)), PerFacet([Some(1), Some(2)]));
    assert_eq!(at(Date::day(2020, 6, 15)), PerFacet([Some(4), Some(3)]));
    assert_eq!(at(Date::year(2030)), PerFacet([Some(4), Some(3)]));
    // The one colour follows the official facet.
    assert_eq!(
        rel.lead(at(Date::month(2019, 3))).map(|s| s.stance),
        Some(Stance::NoFormalTies)
    );
    assert_eq!(
        rel.lead(PerFacet([None, Some(2)])).map(|s| s.stance),
        Some(Stance::PragmaticTies)
    );
    assert_eq!(rel.lead(PerFacet([None, None])).map(|s| s.stance), None);
}

#[test]
fn what_changed_between_two_dates_is_listed_per_facet() {
    let story = small();
    let rel = story.relationship(story.find_relationship("riverton-lakeside").unwrap());
    let change = |facet, before, after| FacetChange {
        facet,
        before,
        after,
    };
    assert_eq!(
        relationship_changes(rel, None, Date::year(1990)),
        vec![
            change(Facet::Official, None, Some(1)),
            change(Facet::Practice, None, Some(0))
        ]
    );
    assert_eq!(
        relationship_changes(rel, Some(Date::year(1990)), Date::month(2019, 3)),
        vec![change(Facet::Practice, Some(0), Some(2))]
    );
    assert_eq!(
        relationship_changes(rel, Some(Date::month(2019, 3)), Date::day(2020, 6, 15)),
        vec![
            change(Facet::Official, Some(1), Some(4)),
            change(Facet::Practice, Some(2), Some(3))
        ]
    );
    assert_eq!(
        relationship_changes(rel, Some(Date::year(2021)), Date::year(2025)),
        vec![]
    );
    // Backwards works too: what a reader going back in time sees change.
    assert_eq!(
        relationship_changes(rel, Some(Date::month(2019, 3)), Date::year(1990)),
        vec![change(Facet::Practice, Some(2), Some(0))]
    );
}

#[test]
fn russia_and_the_taliban_were_listed_and_trading_at_once_until_april_2025() {
    let s = &STORY;
    use Stance::*;
    let rt = |date| stances_at(s, "russia-taliban", date);
    assert_eq!(rt(Date::year(2002)), (None, None));
    assert_eq!(rt(Date::year(2003)), (Some(TerroristListing), None));
    assert_eq!(rt(Date::year(2021)), (Some(TerroristListing), None));
    assert_eq!(
        rt(Date::year(2022)),
        (Some(TerroristListing), Some(PragmaticTies))
    );
    assert_eq!(
        rt(Date::month(2024, 3)),
        (Some(TerroristListing), Some(PragmaticTies))
    );
    assert_eq!(
        rt(Date::month(2025, 4)),
        (Some(NoFormalTies), Some(PragmaticTies))
    );
    assert_eq!(
        rt(Date::day(2025, 7, 3)),
        (Some(FormalRecognition), Some(PragmaticTies))
    );
    // At each step's date, the facet that moved is marked; the other is not.
    let rel = s.find_relationship("russia-taliban").unwrap();
    assert_eq!(
        s.changed_at(rel, Date::month(2025, 4)),
        PerFacet([true, false])
    );
    assert_eq!(
        s.changed_at(rel, Date::day(2025, 7, 3)),
        PerFacet([true, false])
    );
    assert_eq!(
        s.changed_at(rel, Date::month(2024, 3)),
        PerFacet([false, false])
    );
    assert_eq!(s.changed_at(rel, Date::year(2022)), PerFacet([false, true]));
    // A state reported "by" a date holds from that date in the model, but is not a change
    // at that date: when it began is unknown.
    let envoys = s.find_relationship("envoys-taliban").unwrap();
    assert_eq!(
        stances_at(s, "envoys-taliban", Date::year(2021)),
        (None, None)
    );
    assert_eq!(
        stances_at(s, "envoys-taliban", Date::day(2025, 7, 3)),
        (Some(NoFormalTies), Some(PragmaticTies))
    );
    assert_eq!(
        s.changed_at(envoys, Date::day(2025, 7, 3)),
        PerFacet([false, false])
    );
    // The four cards merged into one still open from the links shared before.
    for old in [
        "china-taliban",
        "uae-taliban",
        "pakistan-taliban",
        "uzbekistan-taliban",
    ] {
        assert_eq!(s.find_relationship(old), Some(envoys), "{old}");
    }
}

#[test]
fn events_are_in_time_order_with_undated_last() {
    for story in [&STORY, small()] {
        let keys: Vec<Option<i32>> = story
            .events
            .iter()
            .map(|e| e.when.date().map(|d| d.key()))
            .collect();
        let first_undated = keys.iter().position(Option::is_none).unwrap_or(keys.len());
        assert!(
            keys[first_undated..].iter().all(Option::is_none),
            "undated events are last"
        );
        assert!(
            keys[..first_undated].windows(2).all(|w| w[0] <= w[1]),
            "dated events in order"
        );
    }
    assert_eq!(STORY.events.first().unwrap().id, "soviet-invasion");
}

#[test]
fn the_scale_is_monotonic_covers_every_event_and_shows_its_breaks() {
    for story in [&STORY, small()] {
        let scale = TimeScale::for_story(story);
        let mut last = -1.0;
        for e in story.dated_events() {
            let p = scale.position(story.event(e).when.date().unwrap());
            assert!((0.0..=1.0).contains(&p), "{} at {p}", story.event(e).id);
            assert!(
                p >= last,
                "{} is left of the event before it",
                story.event(e).id
            );
            last = p;
        }
        assert_eq!(last, 1.0, "the last event ends the axis");
    }
    let scale = TimeScale::for_story(&STORY);
    assert_eq!(scale.position(Date::year(1979)), 0.0);
    let breaks: Vec<u16> = scale
        .breaks()
        .map(|s| match s.kind {
            SegmentKind::Break { years } => years,
            SegmentKind::Linear => unreachable!(),
        })
        .collect();
    assert_eq!(breaks, vec![10, 14, 18]);
    // April and July 2025 stay distinguishable on a 200-step axis.
    assert!(
        quantize(scale.position(Date::day(2025, 7, 3)))
            > quantize(scale.position(Date::month(2025, 4))) + 5
    );
}

#[test]
fn step_navigation_stops_at_both_ends() {
    let story = &STORY;
    let last = story.steps.len() - 1;
    assert_eq!(story.prev_step(0), None);
    assert_eq!(story.next_step(0), Some(1));
    assert_eq!(story.next_step(last), None);
    assert_eq!(story.prev_step(last), Some(last - 1));

    let start = ViewState::start(story);
    assert_eq!(start.apply(story, Action::PrevStep), start);
    let mut view = start;
    for _ in 0..100 {
        view = view.apply(story, Action::NextStep);
    }
    assert_eq!(view.step, last);
    assert_eq!(view.as_of, story.steps[last].focus.as_of);
    assert_eq!(view.apply(story, Action::GoToStep(9999)).step, last);
}

#[test]
fn selecting_an_event_moves_the_as_of_date_and_highlights_the_cards_it_changed() {
    let story = &STORY;
    let listing = story.find_event("terror-listing").unwrap();
    let view = ViewState::start(story).apply(story, Action::SelectEvent(listing));
    assert_eq!(view.as_of, Date::year(2003));
    let russia_taliban = story.find_relationship("russia-taliban").unwrap();
    assert_eq!(view.highlighted_relationships(story), vec![russia_taliban]);
    // Selecting it again unselects it; the date stays.
    let again = view.apply(story, Action::SelectEvent(listing));
    assert_eq!(again.event, None);
    assert_eq!(again.as_of, Date::year(2003));
    // An event true "by" a date moves it to that date (the story has no undated event left:
    // the small fixture's undated event is checked below).
    let sanctions = story.find_event("us-sanctions").unwrap();
    assert_eq!(
        view.apply(story, Action::SelectEvent(sanctions)).as_of,
        Date::day(2025, 7, 3)
    );
    let small = small();
    let talks = small.find_event("talks").unwrap();
    let praise = small.find_event("mayor-praise").unwrap();
    let view = ViewState::start(small).apply(small, Action::SelectEvent(talks));
    assert_eq!(
        view.apply(small, Action::SelectEvent(praise)).as_of,
        view.as_of,
        "an undated event leaves the date where it was"
    );
}

#[test]
fn choosing_a_card_highlights_its_events() {
    let story = &STORY;
    let rel = story.find_relationship("russia-taliban").unwrap();
    let view = ViewState::start(story).apply(story, Action::SelectRelationship(rel));
    let ids: Vec<&str> = view
        .highlighted_events(story)
        .iter()
        .map(|&e| story.event(e).id)
        .collect();
    assert_eq!(
        ids,
        [
            "terror-listing",
            "russian-imports",
            "listing-lifted",
            "recognition",
        ]
    );
    assert_eq!(
        view.apply(story, Action::SelectRelationship(rel))
            .relationship,
        None
    );
}

#[test]
fn the_as_of_date_steps_through_dated_events() {
    let story = &STORY;
    let stops = story.as_of_stops();
    assert_eq!(stops.first(), Some(&Date::year(1979)));
    assert_eq!(stops.last(), Some(&Date::day(2025, 7, 3)));
    let mut view = ViewState::start(story);
    let mut seen = vec![view.as_of];
    for _ in 0..stops.len() + 2 {
        view = view.apply(story, Action::AsOfEarlier);
        seen.push(view.as_of);
    }
    assert_eq!(view.as_of, Date::year(1979));
    seen.dedup();
    seen.reverse();
    assert_eq!(seen, stops);
    assert_eq!(view.apply(story, Action::AsOfLater).as_of, Date::year(1989));
}

#[test]
fn every_view_round_trips_through_its_link() {
    let story = &STORY;
    let start = ViewState::start(story);
    assert_eq!(start.to_hash(story), "");
    assert_eq!(ViewState::from_hash(story, ""), Some(start));
    assert_eq!(ViewState::from_hash(story, "#"), Some(start));
    let mut views = Vec::new();
    for step in 0..story.steps.len() {
        views.push(start.apply(story, Action::GoToStep(step)));
    }
    for e in story.event_ixs() {
        views.push(views[3].apply(story, Action::SelectEvent(e)));
    }
    for r in story.relationship_ixs() {
        views.push(views[5].apply(story, Action::SelectRelationship(r)));
    }
    views.push(
        views[2]
            .apply(story, Action::AsOfEarlier)
            .apply(story, Action::AsOfEarlier),
    );
    views.push(start.apply(story, Action::FilterActor(story.find_actor("china"))));
    for view in views {
        let hash = view.to_hash(story);
        assert_eq!(
            ViewState::from_hash(story, &hash),
            Some(view),
            "hash {hash:?}"
        );
        assert_eq!(ViewState::from_hash(story, &format!("#{hash}")), Some(view));
    }
    // A link numbered by the old walkthrough (its step 8) opens the step that holds it now.
    let view = ViewState::from_hash(story, "#step=8&event=listing-lifted").unwrap();
    assert_eq!(view.step, story.find_step("trade-then-delisting").unwrap());
    assert_eq!(view.as_of, Date::month(2025, 4));
}

#[test]
fn garbage_and_hostile_hashes_are_refused() {
    let story = &STORY;
    let junk = "x".repeat(10 * 1024);
    for hash in [
        "#step=99999",
        "#step=0",
        "#step=-1",
        "#step=1.5",
        "#step=",
        "#step=2&step=3",
        "#event=<script>alert(1)</script>",
        "#event=recognition\"><img src=x onerror=alert(1)>",
        "#rel=russia-taliban&bogus=1",
        "#asof=2025-02-30",
        "#actor=",
        "#=",
        "#&&&",
        "#step=%31",
        junk.as_str(),
    ] {
        assert_eq!(ViewState::from_hash(story, hash), None, "{hash:.40}");
    }
}

#[test]
fn dates_read_as_the_source_supports() {
    let takeover = STORY.event(STORY.find_event("taliban-takeover").unwrap());
    assert_eq!(takeover.when, When::On(Date::year(2021)));
    assert_eq!(explainer::locale::words("en").when(takeover.when), "2021");
    let imports = STORY.event(STORY.find_event("russian-imports").unwrap());
    assert_eq!(
        explainer::locale::words("en").when(imports.when),
        "Since 2022"
    );
    let muttaqi = STORY.event(STORY.find_event("muttaqi-welcome").unwrap());
    assert_eq!(
        explainer::locale::words("en").when(muttaqi.when),
        "By 3 July 2025"
    );
    let attack = STORY.event(STORY.find_event("moscow-attack").unwrap());
    assert_eq!(
        explainer::locale::words("en").when(attack.when),
        "March 2024"
    );
}

#[test]
fn the_built_in_layout_is_the_one_the_scale_computes() {
    use explainer::model::{place_events, scale::LABEL_WIDTH};
    let scale = TimeScale::for_story(&STORY);
    assert_eq!(STORY.timeline.segments, scale.segments());
    assert_eq!(
        STORY.timeline.events,
        place_events(&STORY, &scale, LABEL_WIDTH).as_slice()
    );
    for e in STORY.dated_events() {
        let date = STORY.event(e).when.date().unwrap();
        assert_eq!(STORY.timeline.position(date), scale.position(date));
    }
    assert_eq!(STORY.timeline.ticks.len(), scale.year_ticks().len());
}
