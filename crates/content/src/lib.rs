//! Loads a content file (TOML) into a [`Story`], checking everything and collecting *every*
//! problem, each with the file, the line, the item (`relationships.russia-taliban.states[2]`),
//! what is wrong and how to fix it. Used by build.rs (a broken file fails the build), by the
//! `check` command for editors, and by tests.

mod check;
pub mod files;
pub mod map;
pub mod raw;
mod recover;
pub mod static_html;
mod translate;

pub use files::{original_of, translations_of};
pub use translate::{load_original, load_translation, translation_skeleton, Original};

use std::fmt;
use std::ops::Range;

use check::{leak, leak_str};
use explainer_model::{StaticHtml, Story, TimelineLayout};

/// One thing wrong with a content file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// 1-based line, where the file gives one.
    pub line: Option<usize>,
    /// The item it concerns: `events.recognition`, `relationships.russia-taliban.states[2]`.
    pub item: String,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub fix: String,
}

/// Every problem found in one content file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problems {
    /// The file, as named to the loader.
    pub file: String,
    /// The problems in file order (those of the file as a whole last).
    pub list: Vec<Problem>,
}

impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for p in &self.list {
            match p.line {
                Some(line) => write!(f, "{}:{}: ", self.file, line)?,
                None => write!(f, "{}: ", self.file)?,
            }
            writeln!(f, "{}: {}", p.item, p.message)?;
            writeln!(f, "    fix: {}", p.fix)?;
        }
        let n = self.list.len();
        write!(
            f,
            "{} problem{} in {}",
            n,
            if n == 1 { "" } else { "s" },
            self.file
        )
    }
}

/// Collects problems while a file is read.
pub struct Report {
    line_starts: Vec<usize>,
    problems: Vec<Problem>,
    /// Keys taken out of the file because serde could not read them (already reported),
    /// by the span of the table they were in: the checker does not call them missing.
    set_aside: Vec<(Range<usize>, String)>,
}

impl Report {
    fn new(text: &str) -> Report {
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Report {
            line_starts,
            problems: Vec::new(),
            set_aside: Vec::new(),
        }
    }

    /// The 1-based line of a byte offset.
    fn line_of(&self, offset: usize) -> usize {
        self.line_starts.partition_point(|&start| start <= offset)
    }

    /// Records a problem at `span` (if known) with `item`, `message` and `fix`.
    pub fn problem(
        &mut self,
        span: Option<Range<usize>>,
        item: &str,
        message: impl Into<String>,
        fix: impl Into<String>,
    ) {
        self.problems.push(Problem {
            line: span.map(|s| self.line_of(s.start)),
            item: item.to_string(),
            message: message.into(),
            fix: fix.into(),
        });
    }

    /// Notes that `key` of the table at `table` was reported and taken out.
    fn set_aside(&mut self, table: Range<usize>, key: String) {
        self.set_aside.push((table, key));
    }

    /// Whether `key` of the table at `table` was reported and taken out.
    fn is_set_aside(&self, table: Range<usize>, key: &str) -> bool {
        self.set_aside.iter().any(|(t, k)| *t == table && k == key)
    }
}

/// Loads and checks a content file. `file` names it in messages.
pub fn load_story(file: &str, text: &str) -> Result<Story, Problems> {
    load_parts(file, text).map(|(story, _)| story)
}

/// Loads and checks a content file: the story, and the words only its page carries.
fn load_parts(file: &str, text: &str) -> Result<(Story, check::PageText), Problems> {
    let mut report = Report::new(text);
    let story = recover::read_raw(&mut report, text).map(|raw| {
        let (mut story, words) = check::check_story(&mut report, &raw);
        // Only a story without problems is laid out: a broken one has placeholders (such as
        // actor 0 of a list that may be empty) that only a check has looked at.
        if report.problems.is_empty() {
            lay_out(&mut story, &words);
        }
        (story, words)
    });
    // File order, whichever check found them (the sort is stable).
    report
        .problems
        .sort_by_key(|p| p.line.unwrap_or(usize::MAX));
    match story {
        Some(story) if report.problems.is_empty() => Ok(story),
        _ => Err(Problems {
            file: file.to_string(),
            list: report.problems,
        }),
    }
}

/// Loads a content file into a story that lives for the rest of the program.
pub fn load_static(file: &str, text: &str) -> Result<&'static Story, Problems> {
    load_story(file, text).map(|story| &*Box::leak(Box::new(story)))
}

/// Computes what the browser only looks up: the timeline's layout and the static markup
/// (which alone carries the steps' text).
fn lay_out(story: &mut Story, words: &check::PageText) {
    story.timeline = TimelineLayout::for_story(story);
    story.map = map::lay_out_map(story, &words.map_at);
    story.html = write_html(story, words);
}

/// The static markup of a laid-out story, in its language.
fn write_html(story: &Story, words: &check::PageText) -> StaticHtml {
    StaticHtml {
        masthead: leak_str(static_html::masthead(story)),
        colophon: leak_str(static_html::colophon(story, &words.updates)),
        steps: leak(
            (0..story.steps.len())
                .map(|i| {
                    let body =
                        static_html::step_body(story, i, &words.steps[i], words.step_updated[i]);
                    leak_str(body)
                })
                .collect(),
        ),
        eras: leak_str(static_html::eras(story)),
        axis: leak_str(static_html::axis(story)),
        era_legend: leak_str(static_html::era_legend(story)),
    }
}

/// The story as the browser build carries it: ids, dates, stances, which events and actors
/// each item concerns, and the timeline's layout, but no words. Titles, summaries, names,
/// notes, citations and the static markup are blank: the page holds them, and the wasm
/// hydrates them without ever making them (`components::fixed`).
pub fn without_words(story: &Story) -> Story {
    use explainer_model::{Actor, Era, Event, Meta, RelState, Relationship, Sourcing, Step};
    let blank = |s: Sourcing| Sourcing {
        kind: s.kind,
        cite: &[],
    };
    Story {
        meta: Meta {
            published: story.meta.published,
            ..Meta::BLANK
        },
        sections: &[],
        actors: leak(
            story
                .actors
                .iter()
                .map(|a| Actor {
                    id: a.id,
                    name: "",
                    short: "",
                    note: None,
                    kind: a.kind,
                })
                .collect(),
        ),
        events: leak(
            story
                .events
                .iter()
                .map(|e| Event {
                    id: e.id,
                    title: "",
                    short: "",
                    when: e.when,
                    summary: "",
                    actors: e.actors,
                    sourcing: blank(e.sourcing),
                    updated: e.updated,
                })
                .collect(),
        ),
        eras: leak(
            story
                .eras
                .iter()
                .map(|e| Era {
                    id: e.id,
                    title: "",
                    from: e.from,
                    to: e.to,
                    sourcing: blank(e.sourcing),
                })
                .collect(),
        ),
        relationships: leak(
            story
                .relationships
                .iter()
                .map(|r| Relationship {
                    id: r.id,
                    aliases: r.aliases,
                    actors: r.actors,
                    summary: "",
                    sourcing: blank(r.sourcing),
                    states: leak(
                        r.states
                            .iter()
                            .map(|s| RelState {
                                from: s.from,
                                stance: s.stance,
                                summary: "",
                                sourcing: blank(s.sourcing),
                                events: s.events,
                            })
                            .collect(),
                    ),
                    updated: r.updated,
                })
                .collect(),
        ),
        steps: leak(
            story
                .steps
                .iter()
                .map(|s| Step {
                    id: s.id,
                    title: "",
                    lede: "",
                    sourcing: blank(s.sourcing),
                    focus: s.focus,
                })
                .collect(),
        ),
        timeline: story.timeline,
        map: story.map,
        html: StaticHtml::blank(story.steps.len()),
    }
}

/// The story as a Rust expression of type `explainer_model::Story`, which the build compiles
/// into the app as static data: the browser gets the story without a parser.
pub fn story_to_rust(story: &Story) -> String {
    use databake::Bake;
    story.bake(&databake::CrateEnv::default()).to_string()
}

/// The JSON schema of the content file, from the same types serde reads it with (for
/// editors' tools: field names, the allowed values, types).
pub fn content_schema() -> schemars::Schema {
    let settings = schemars::generate::SchemaSettings::draft2020_12().with_transform(no_null);
    let mut schema = settings
        .into_generator()
        .into_root_schema_for::<raw::RawStory>();
    schema.insert("title".into(), "Interactive explainer: content file".into());
    schema.insert(
        "description".into(),
        "One story for the explainer. Its rules are at the top of content/story.toml; \
         scripts/check.sh checks what a schema cannot (ids, references, dates, citations)."
            .into(),
    );
    schema
}

/// TOML has no null: an optional field is one that may be left out, so schemars' forms for
/// `Option` (`"type": ["string", "null"]`, `"anyOf": [{...}, {"type": "null"}]`) lose the null.
fn no_null(schema: &mut schemars::Schema) {
    if let Some(types) = schema.get_mut("type").and_then(|t| t.as_array_mut()) {
        types.retain(|t| t != "null");
        if let [only] = types.as_slice() {
            let only = only.clone();
            schema.insert("type".into(), only);
        }
    }
    if let Some(any_of) = schema.get_mut("anyOf").and_then(|t| t.as_array_mut()) {
        any_of.retain(|s| s.get("type").is_none_or(|t| t != "null"));
        if let [only] = any_of.as_slice() {
            let only = only.as_object().cloned().unwrap_or_default();
            schema.remove("anyOf");
            for (key, value) in only {
                schema.insert(key, value);
            }
        }
    }
    schemars::transform::transform_subschemas(&mut no_null, schema);
}
