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
