//! The content loader: the real story loads; every invalid fixture fails with the messages
//! (and lines) its `# expect:` header names; the second story loads too.

use std::fs;
use std::path::Path;

use explainer_content::load_story;

fn load_file(path: &Path) -> Result<explainer::model::Story, explainer_content::Problems> {
    let name = path.to_string_lossy().to_string();
    load_story(
        &name,
        &fs::read_to_string(path).expect("fixture is readable"),
    )
}

#[test]
fn the_real_story_loads_without_problems() {
    let story = load_file(Path::new("content/story.toml")).unwrap_or_else(|p| panic!("{p}"));
    assert!(
        (8..=14).contains(&story.steps.len()),
        "{} steps",
        story.steps.len()
    );
    assert_eq!(story.meta.published.iso(), "2025-07-03");
}

#[test]
fn the_second_story_loads_without_problems() {
    let story =
        load_file(Path::new("tests/fixtures/small-story.toml")).unwrap_or_else(|p| panic!("{p}"));
    assert_eq!(
        story.meta.headline,
        "Two river towns agree to share a bridge"
    );
    assert_eq!(story.steps.len(), 3);
}

#[test]
fn a_story_of_several_sources_names_and_links_each_in_its_citations_and_colophon() {
    let story =
        load_file(Path::new("tests/fixtures/sources-story.toml")).unwrap_or_else(|p| panic!("{p}"));
    assert_eq!(
        story.sources.iter().map(|s| s.id).collect::<Vec<_>>(),
        ["gazette", "radio"]
    );
    // A step citing both: each group of paragraphs names its outlet, linked to the source.
    let both = story
        .steps
        .iter()
        .position(|s| s.sourcing.cite.iter().any(|p| p.source == 1))
        .expect("a step cites the second source");
    let body = story.html.steps[both];
    assert!(
        body.contains("<a href=\"https://example.org/radio\">Lakeside Radio</a>"),
        "{body}"
    );
    // The colophon lists every source: outlet linked, title in its own language, date if known.
    let colophon = story.html.colophon;
    assert!(colophon.contains("Sources: <a href=\"https://example.org/gazette\">Riverton Gazette</a>, <cite lang=\"en\">Towns agree on a bridge</cite> (15 June 2020); <a href=\"https://example.org/radio\">Lakeside Radio</a>, <cite lang=\"it\">Il ponte: una lunga storia</cite>."), "{colophon}");
    // No dateline: the story has no one place it was filed from.
    assert!(
        !story.html.masthead.contains(" · "),
        "{}",
        story.html.masthead
    );
}

#[test]
fn a_source_listed_twice_is_one_problem_not_a_cascade() {
    // Its paragraphs are not counted again (as uncited) nor offered twice in fixes.
    let problems =
        load_file(Path::new("tests/fixtures/invalid/duplicate-source.toml")).unwrap_err();
    assert_eq!(
        problems.to_string().matches("\n    fix: ").count(),
        1,
        "{problems}"
    );
}

#[test]
fn every_invalid_fixture_fails_with_its_expected_messages() {
    let mut checked = 0;
    let mut mismatches = Vec::new();
    let mut dir: Vec<_> = fs::read_dir("tests/fixtures/invalid")
        .unwrap()
        .flatten()
        .collect();
    dir.sort_by_key(|e| e.path());
    for entry in dir {
        let path = entry.path();
        let text = fs::read_to_string(&path).unwrap();
        let expected: Vec<&str> = text
            .lines()
            .filter_map(|l| l.strip_prefix("# expect: "))
            .collect();
        assert!(
            !expected.is_empty(),
            "{} has no # expect: lines",
            path.display()
        );
        let problems = match load_file(&path) {
            Ok(_) => panic!("{} loaded, but it is invalid", path.display()),
            Err(problems) => problems.to_string(),
        };
        for want in expected {
            if !problems.contains(want) {
                mismatches.push(format!(
                    "{}: expected a problem containing\n    {want}\nbut got\n{problems}",
                    path.display()
                ));
            }
        }
        checked += 1;
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n\n"));
    assert!(checked >= 20, "only {checked} invalid fixtures");
}

#[test]
fn every_problem_names_the_file_and_gives_a_fix() {
    let problems = load_file(Path::new("tests/fixtures/invalid/many-problems.toml")).unwrap_err();
    assert_eq!(problems.list.len(), 4, "{problems}");
    for p in &problems.list {
        assert!(p.line.is_some(), "{p:?} has no line");
        assert!(!p.fix.is_empty(), "{p:?} has no fix");
    }
    let shown = problems.to_string();
    assert!(
        shown.starts_with("tests/fixtures/invalid/many-problems.toml:"),
        "{shown}"
    );
    assert!(
        shown.ends_with("4 problems in tests/fixtures/invalid/many-problems.toml"),
        "{shown}"
    );
}

/// Editors' tools read `content/story.schema.json` (named by the `#:schema` line at the top of
/// the story): it must be the schema of the loader as it is now.
#[test]
fn the_committed_schema_is_the_loaders() {
    let committed: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string("content/story.schema.json").expect("content/story.schema.json"),
    )
    .expect("content/story.schema.json is JSON");
    assert!(
        committed == *explainer_content::content_schema().as_value(),
        "content/story.schema.json is out of date with the loader's types (crates/content/src/raw.rs): \
         run `scripts/check.sh --schema > content/story.schema.json` and commit it"
    );
    let story = std::fs::read_to_string("content/story.toml").expect("content/story.toml");
    assert_eq!(
        story.lines().next(),
        Some("#:schema ./story.schema.json"),
        "the story's first line names the schema for editors' tools (taplo)"
    );
}

#[test]
fn the_schema_comes_from_the_loaders_types() {
    let schema = explainer_content::content_schema();
    let schema = schema.as_value();
    let defs = &schema["$defs"];
    let event = &defs["RawEvent"];
    assert_eq!(event["additionalProperties"], false, "{event}");
    let required: Vec<&str> = event["required"]
        .as_array()
        .expect("required fields")
        .iter()
        .filter_map(|v| v.as_str())
        .collect();
    for key in ["id", "title", "date", "summary", "kind", "cite"] {
        assert!(required.contains(&key), "{key} not required: {required:?}");
    }
    assert!(!required.contains(&"short"), "{required:?}");
    assert_eq!(event["properties"]["title"]["type"], "string", "{event}");
    assert_eq!(
        event["properties"]["actors"]["$ref"], "#/$defs/List",
        "{event}"
    );
    let stances = defs["RawState"]["properties"]["stance"]["enum"]
        .as_array()
        .expect("stance names");
    assert_eq!(stances.len(), explainer::model::Stance::ALL.len());
    assert!(stances.iter().any(|s| s == "formal-recognition"));
    assert_eq!(
        event["properties"]["kind"]["enum"],
        serde_json::json!(["fact", "claim", "analysis"])
    );
}

/// A step as it was: its id, citations, events and relationships.
type OldStep = (
    &'static str,
    &'static [u16],
    &'static [&'static str],
    &'static [&'static str],
);

/// The walkthrough before the re-cut of 2026-12-04 (issue 29): each step's id, citations,
/// events and relationships. Everything it showed is still in a step, or listed in
/// `DROPPED_FROM_STEPS` with the reason.
const OLD_STEPS: &[OldStep] = &[
    (
        "first-to-recognise",
        &[1, 2, 3],
        &["recognition", "ministry-statement"],
        &["russia-taliban"],
    ),
    (
        "four-years-out-in-the-cold",
        &[1, 4],
        &["taliban-takeover"],
        &["us-taliban", "west-taliban"],
    ),
    (
        "kabul-welcomes",
        &[5],
        &["muttaqi-welcome"],
        &["russia-taliban"],
    ),
    (
        "ambassadors-not-recognition",
        &[1, 6],
        &["ambassadors-to-kabul"],
        &["envoys-taliban", "west-taliban"],
    ),
    (
        "washington-watches",
        &[7],
        &["us-sanctions"],
        &["us-taliban"],
    ),
    (
        "women-shut-out",
        &[8],
        &["women-restrictions"],
        &["taliban-afghan-women", "west-taliban"],
    ),
    (
        "on-the-terror-list",
        &[9],
        &["terror-listing"],
        &["russia-taliban"],
    ),
    (
        "trade-then-delisting",
        &[9, 10],
        &["russian-imports", "listing-lifted", "putin-partner"],
        &["russia-taliban"],
    ),
    (
        "common-enemy",
        &[11],
        &["moscow-attack", "isis-k-link", "taliban-fight-isis-k"],
        &["isis-k-russia", "taliban-isis-k", "russia-taliban"],
    ),
    (
        "necessary-not-ideal",
        &[12],
        &[],
        &["russia-taliban", "isis-k-russia"],
    ),
    (
        "soviet-invasion",
        &[13],
        &["soviet-invasion"],
        &["soviet-union-mujahideen", "united-states-mujahideen"],
    ),
    (
        "soviet-retreat",
        &[13],
        &["soviet-withdrawal"],
        &["soviet-union-mujahideen", "united-states-mujahideen"],
    ),
    (
        "realpolitik",
        &[14],
        &["recognition"],
        &["russia-west-central-asia", "russia-taliban"],
    ),
];

/// What the old steps said that no step says now, and why (the explore view still shows
/// every fact; these are gone from the steps only).
const DROPPED_FROM_STEPS: &[&str] = &[
    // p7's forecast that Washington would watch the move closely: a forecast, not a fact,
    // and the one thing the sanctions step said that no card or event holds.
    "Washington is expected to keep a close eye",
];

/// The words a reader reads in a step: its text (not its source line or update mark) without
/// markup, split at white space.
fn words_in(html: &str) -> usize {
    let html = html.split("<p class=\"sources\"").next().unwrap_or(html);
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                text.push(' ');
            }
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.split_whitespace().count()
}

#[test]
fn the_walkthrough_is_short_and_runs_forward_in_time_in_every_language() {
    use explainer::model::Story;
    let original_text = fs::read_to_string("content/story.toml").unwrap();
    let original = explainer_content::load_original("content/story.toml", &original_text)
        .unwrap_or_else(|p| panic!("{p}"));
    let mut stories: Vec<(String, Story)> = vec![(
        "en".into(),
        load_file(Path::new("content/story.toml")).unwrap(),
    )];
    for lang in ["ru", "fa-AF"] {
        let file = format!("content/story.{lang}.toml");
        let text = fs::read_to_string(&file).unwrap();
        stories.push((
            lang.into(),
            original
                .translate(&file, &text)
                .unwrap_or_else(|p| panic!("{p}")),
        ));
    }
    for (lang, story) in &stories {
        assert!(
            (8..=10).contains(&story.steps.len()),
            "{lang}: {} steps",
            story.steps.len()
        );
        for (i, step) in story.steps.iter().enumerate() {
            let words = words_in(story.html.steps[i]);
            assert!(words <= 60, "{lang}: step {} has {words} words", step.id);
        }
    }
    let story = &stories[0].1;
    let dates: Vec<_> = story.steps.iter().map(|s| s.focus.as_of).collect();
    assert!(
        dates[1..].windows(2).all(|w| w[0] <= w[1]),
        "after the first, each step is dated no earlier than the one before: {:?}",
        story
            .steps
            .iter()
            .map(|s| (s.id, s.focus.as_of.iso()))
            .collect::<Vec<_>>()
    );
    for p in 1..=14 {
        assert!(
            story
                .steps
                .iter()
                .any(|s| s.sourcing.cite.iter().any(|c| c.n == p)),
            "no step cites p{p}"
        );
    }
    // Every old step's id still opens a step, and what it cited and showed is in some step.
    for &(id, cites, events, relationships) in OLD_STEPS {
        assert!(
            story.find_step(id).is_some(),
            "the old step {id} opens no step"
        );
        for p in cites {
            assert!(
                story
                    .steps
                    .iter()
                    .any(|s| s.sourcing.cite.iter().any(|c| c.n == *p)),
                "{id}'s p{p} is cited by no step"
            );
        }
        for event in events {
            let e = story.find_event(event).unwrap();
            assert!(
                story.steps.iter().any(|s| s.focus.events.contains(&e)),
                "{id}'s event {event} is in no step"
            );
        }
        for rel in relationships {
            let r = story.find_relationship(rel).unwrap();
            assert!(
                story
                    .steps
                    .iter()
                    .any(|s| s.focus.relationships.contains(&r)),
                "{id}'s relationship {rel} is in no step"
            );
        }
    }
    // Each dropped sentence is really gone, so the list stays true.
    for dropped in DROPPED_FROM_STEPS {
        assert!(
            story.html.steps.iter().all(|t| !t.contains(dropped)),
            "{dropped:?} is in a step: take it off DROPPED_FROM_STEPS"
        );
    }
}

#[test]
fn old_step_links_open_the_step_that_holds_their_facts() {
    use explainer::model::ViewState;
    use explainer::STORY;
    for (n, &(id, ..)) in OLD_STEPS.iter().enumerate() {
        let now = STORY.find_step(id).unwrap();
        let by_number = ViewState::from_hash(&STORY, &format!("#step={}", n + 1)).unwrap();
        assert_eq!(by_number.step, now, "#step={} (was {id})", n + 1);
        let by_id = ViewState::from_hash(&STORY, &format!("#step={id}")).unwrap();
        assert_eq!(by_id.step, now, "#step={id}");
    }
    // New links name the step; they read back to the same view.
    for i in 0..STORY.steps.len() {
        let view = ViewState::start_at(&STORY, i);
        let hash = view.to_hash(&STORY);
        if i > 0 {
            assert_eq!(hash, format!("step={}", STORY.steps[i].id));
        }
        assert_eq!(ViewState::from_hash(&STORY, &hash), Some(view));
    }
    for bad in [
        "#step=0",
        "#step=14",
        "#step=99999",
        "#step=no-such-step",
        "#step=",
    ] {
        assert_eq!(ViewState::from_hash(&STORY, bad), None, "{bad}");
    }
}
