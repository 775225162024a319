//! The fact check of 2026-11-25, pinned: the kinds, citations and date precisions it
//! corrected in `content/story.toml`, and the overstated words it removed. A later edit that
//! turns the source's judgement back into a fact, or drops a citation a detail rests on, fails
//! here with the memo's item number. Change a line here only with the source in front of you.

use explainer::model::{Attribution, Date, Facet, Sourcing, When};
use explainer::STORY;

fn kind(sourcing: Sourcing) -> &'static str {
    sourcing.kind.slug()
}

fn cites(sourcing: Sourcing) -> Vec<u16> {
    sourcing.cite.iter().map(|p| p.n).collect()
}

fn event(id: &str) -> &'static explainer::model::Event {
    STORY.event(STORY.find_event(id).unwrap_or_else(|| panic!("event {id}")))
}

fn relationship(id: &str) -> &'static explainer::model::Relationship {
    STORY.relationship(
        STORY
            .find_relationship(id)
            .unwrap_or_else(|| panic!("relationship {id}")),
    )
}

/// A step by id, or the step that now holds a removed step's facts.
fn step(id: &str) -> (&'static explainer::model::Step, &'static str) {
    let i = STORY.find_step(id).unwrap_or_else(|| panic!("step {id}"));
    (&STORY.steps[i], STORY.html.steps[i])
}

#[test]
fn the_sources_own_verdicts_forecasts_and_readings_are_not_labelled_fact() {
    // 2, 3: "most painful military failures" is p13's verdict: the event keeps to facts and
    // the step that gives the verdict is analysis.
    assert_eq!(kind(event("soviet-withdrawal").sourcing), "fact");
    assert_eq!(kind(step("soviet-retreat").0.sourcing), "analysis");
    // 4: "driven by trade and a shared enemy" is interpretation, resting on p11 and p14.
    let rt = relationship("russia-taliban");
    assert_eq!(kind(rt.sourcing), "analysis");
    assert!(
        cites(rt.sourcing).ends_with(&[11, 14]),
        "{:?}",
        cites(rt.sourcing)
    );
    // 5: p7's forecast is said to be expected, not stated as what Washington will do (since
    // the re-cut of 2026-12-04 no step repeats it).
    for text in STORY.html.steps {
        assert!(
            !text.contains("watch") || text.contains("is expected to"),
            "{text}"
        );
    }
    // 6: no "common enemy" or "potential ally" in a fact step.
    let (common, text) = step("common-enemy");
    assert_eq!(kind(common.sourcing), "fact");
    assert!(
        !common.title.contains("enemy") && !text.contains("ally"),
        "{text}"
    );
    // 14 (p14): the source's reading stays analysis.
    assert_eq!(kind(step("realpolitik").0.sourcing), "analysis");
    assert_eq!(
        kind(relationship("russia-west-central-asia").sourcing),
        "analysis"
    );
}

#[test]
fn claims_stay_claims_and_are_not_folded_into_facts() {
    // 7: the attack is a fact from p11; who was behind it is US intelligence's claim.
    let attack = event("moscow-attack");
    assert_eq!(kind(attack.sourcing), "fact");
    assert_eq!(cites(attack.sourcing), [11]);
    assert!(!attack.summary.contains("ISIS-K") && !attack.summary.contains("concert"));
    let link = event("isis-k-link");
    let us_intelligence = STORY.find_actor("us-intelligence").unwrap();
    assert_eq!(
        link.sourcing.kind,
        Attribution::Claim {
            by: us_intelligence
        }
    );
    // 18: the state cites only p11 (p12 says nothing of who was behind it).
    let isis_k = relationship("isis-k-russia");
    assert_eq!(
        isis_k.states[0].sourcing.kind,
        Attribution::Claim {
            by: us_intelligence
        }
    );
    assert_eq!(cites(isis_k.states[0].sourcing), [11]);
    // 15: Putin's word is a claim, "partner", after the April 2025 delisting (p9, p10).
    let putin = event("putin-partner");
    assert_eq!(kind(putin.sourcing), "claim");
    assert_eq!(cites(putin.sourcing), [9, 10]);
    assert!(putin.summary.contains("partner") && !putin.summary.contains("ally"));
}

#[test]
fn every_detail_cites_the_paragraph_it_rests_on() {
    // 23: "2021" comes from p1.
    assert_eq!(cites(step("four-years-out-in-the-cold").0.sourcing), [1, 4]);
    assert_eq!(cites(relationship("us-taliban").sourcing), [1, 4, 7]);
    // 25: "no country had gone as far" rests on p1 (the news step says it since the re-cut
    // of 2026-12-04); the governments' diplomatic steps on p6.
    assert!(cites(step("first-to-recognise").0.sourcing).contains(&1));
    assert!(cites(step("ambassadors-not-recognition").0.sourcing).contains(&6));
    // 26, 27: each facet of Russia–Taliban cites what it says.
    let rt = relationship("russia-taliban");
    let by_stance = |slug: &str| {
        rt.states
            .iter()
            .find(|s| s.stance.slug() == slug)
            .unwrap_or_else(|| panic!("{slug}"))
    };
    assert_eq!(cites(by_stance("terrorist-listing").sourcing), [9]);
    assert_eq!(cites(by_stance("pragmatic-ties").sourcing), [10]);
    assert_eq!(cites(by_stance("no-formal-ties").sourcing), [1, 9]);
    assert_eq!(cites(by_stance("formal-recognition").sourcing), [1, 2, 4]);
    // 9, 8: the ambassadors' event rests on p6 and p1, and says "several".
    let envoys = event("ambassadors-to-kabul");
    assert_eq!(cites(envoys.sourcing), [1, 6]);
    assert!(envoys.title.starts_with("Several"));
}

#[test]
fn dates_are_no_more_precise_than_the_source() {
    // 24: p3 does not date the ministry's statement.
    assert_eq!(
        event("ministry-statement").when,
        When::By(Date::day(2025, 7, 3))
    );
    // 15: p10 places Putin's remark after April 2025, by publication.
    assert_eq!(event("putin-partner").when, When::By(Date::day(2025, 7, 3)));
    // 30: p13 does not say when US backing began.
    assert_eq!(
        relationship("united-states-mujahideen").states[0].from,
        When::By(Date::year(1989))
    );
    // 28: the recognition is dated to the day it was announced.
    assert_eq!(event("recognition").when, When::On(Date::day(2025, 7, 3)));
}

#[test]
fn russia_and_the_taliban_keep_both_facets() {
    // The point of the layered states: listed and trading at once (p9, p10).
    let rt = relationship("russia-taliban");
    let facets: Vec<Facet> = rt.states.iter().map(|s| s.stance.facet()).collect();
    assert!(facets.contains(&Facet::Official) && facets.contains(&Facet::Practice));
}

#[test]
fn the_overstated_words_do_not_come_back() {
    // The memo's items by number, with the words the source does not support. Comment lines
    // (the file's header quotes some of them as examples) are not content.
    let text = std::fs::read_to_string("content/story.toml").unwrap();
    let content: String = text
        .lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .collect::<Vec<_>>()
        .join("\n");
    let banned = [
        (1, "armed with American backing"),
        (2, "worst military defeats"),
        (3, "costliest defeats"),
        (4, "full diplomatic recognition"),
        (5, "likely to watch"),
        (6, "potential ally"),
        (7, "tied it to ISIS-K"),
        (8, "neighbours and partners"),
        (9, "each named an ambassador"),
        (9, "through an ambassador"),
        (11, "citing human-rights abuses"),
        (12, "barred from classrooms"),
        (13, "treated \\\"according to Islamic law"),
        (15, "useful ally"),
        (15, "does not date the remark"),
        (16, "blames"),
        (17, "deadliest"),
        (18, "was behind it"),
        (19, "still isolated"),
        (20, "hard-headed"),
        (21, "based in Afghanistan"),
        (22, "far from perfect"),
        (28, "In July 2025 it accepted"),
        (31, "as American troops"),
        (32, "promises"),
        (33, "soon fighting"),
    ];
    for (item, words) in banned {
        assert!(
            !content.contains(words),
            "fact-check item {item}: {words:?} is back in content/story.toml"
        );
    }
}
