//! Loads a content file (TOML) into a [`Story`], checking everything and collecting *every*
//! problem, each with the file, the line, the item (`relationships.russia-taliban.states[2]`),
//! what is wrong and how to fix it. Used by build.rs (a broken file fails the build), by the
//! `check` command for editors, and by tests.

mod emit;
mod fields;
pub mod static_html;

use std::collections::BTreeMap;
use std::fmt;
use std::ops::Range;

use toml::de::DeTable;

use crate::model::{
    Actor, ActorIx, ActorKind, Attribution, Date, DateError, Era, Event, EventIx, Focus, Meta,
    Para, RelIx, RelState, Relationship, Section, Sourcing, Stance, StaticHtml, Step, Story,
    TimelineLayout, When,
};
pub use emit::story_to_rust;
use fields::{leak, leak_str, nearest, tables_of, Fields};

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
    /// The problems, in the order they were found (roughly file order).
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
}

impl Report {
    fn new(text: &str) -> Report {
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Report {
            line_starts,
            problems: Vec::new(),
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
}

/// Loads and checks a content file. `file` names it in messages.
pub fn load_story(file: &str, text: &str) -> Result<Story, Problems> {
    let mut report = Report::new(text);
    let story = read_story(&mut report, text);
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

const TOP_KEYS: &[&str] = &[
    "story",
    "sections",
    "actors",
    "events",
    "eras",
    "relationships",
    "steps",
];

/// The ids a file declares, for resolving references.
#[derive(Default)]
struct Ids {
    actors: Vec<&'static str>,
    paragraphs: Vec<u16>,
    events: Vec<&'static str>,
    relationships: Vec<&'static str>,
}

fn read_story(report: &mut Report, text: &str) -> Option<Story> {
    let (doc, syntax_errors) = DeTable::parse_recoverable(text);
    if !syntax_errors.is_empty() {
        for error in syntax_errors {
            report.problem(
                error.span(),
                "(file)",
                format!("not valid TOML: {}", error.message().trim()),
                "fix the syntax at this line (quotes, brackets, `key = value`)",
            );
        }
        return None;
    }
    let root = Fields::new(doc.get_ref(), doc.span(), "(file)".into(), TOP_KEYS);
    let mut ids = Ids::default();

    let meta = read_meta(report, &root);
    let sections = read_sections(report, &root, &mut ids);
    let actors = read_actors(report, &root, &mut ids);
    let events = read_events(report, &root, &mut ids);
    let eras = read_eras(report, &root, &ids);
    let relationships = read_relationships(report, &root, &mut ids);
    let steps = read_steps(report, &root, &ids);
    root.finish(report);

    check_coverage(report, &ids, &steps);
    let mut story = Story {
        meta,
        sections: leak(sections),
        actors: leak(actors),
        events: leak(events),
        eras: leak(eras),
        relationships: leak(relationships),
        steps: leak(steps),
        timeline: TimelineLayout::EMPTY,
        html: StaticHtml::EMPTY,
    };
    story.timeline = TimelineLayout::for_story(&story);
    story.html = StaticHtml {
        masthead: leak_str(static_html::masthead(&story)),
        colophon: leak_str(static_html::colophon(&story)),
        steps: leak(
            (0..story.steps.len())
                .map(|i| leak_str(static_html::step_body(&story, i)))
                .collect(),
        ),
        eras: leak_str(static_html::eras(&story)),
        axis: leak_str(static_html::axis(&story)),
        era_legend: leak_str(static_html::era_legend(&story)),
    };
    Some(story)
}

fn read_meta(report: &mut Report, root: &Fields) -> Meta {
    const KEYS: &[&str] = &[
        "kicker",
        "headline",
        "standfirst",
        "dateline",
        "published",
        "source_name",
        "source_url",
    ];
    let Some(value) = root.value("story") else {
        report.problem(
            None,
            "story",
            "the [story] table is missing",
            "add a [story] table with headline, standfirst, dateline, published and source_name",
        );
        return empty_meta();
    };
    let Some(table) = value.get_ref().as_table() else {
        report.problem(
            Some(value.span()),
            "story",
            "`story` should be a table",
            "write it as a [story] table",
        );
        return empty_meta();
    };
    let f = Fields::new(table, value.span(), "story".into(), KEYS);
    let meta = Meta {
        kicker: f.text(report, "kicker", "a short label above the headline"),
        headline: f.text(report, "headline", "the explainer's headline"),
        standfirst: f.text(report, "standfirst", "a sentence or two under the headline"),
        dateline: f.text(report, "dateline", "where the source was filed from"),
        published: read_date(report, &f, "published", true).unwrap_or(Date::year(1)),
        source_name: f.text(report, "source_name", "a description of the source article"),
        source_url: read_link(report, &f, "source_url"),
    };
    f.finish(report);
    meta
}

fn empty_meta() -> Meta {
    Meta {
        kicker: "",
        headline: "",
        standfirst: "",
        dateline: "",
        published: Date::year(1),
        source_name: "",
        source_url: None,
    }
}

fn read_sections(report: &mut Report, root: &Fields, ids: &mut Ids) -> Vec<Section> {
    const KEYS: &[&str] = &["id", "title", "paragraphs"];
    let tables = tables_of(report, root.value("sections"), "sections", "sections");
    if tables.is_empty() {
        report.problem(
            None,
            "sections",
            "no [[sections]]: citations cannot be checked",
            "add a [[sections]] entry for each section of the source, with its paragraphs",
        );
    }
    let mut seen = Seen::default();
    let mut sections = Vec::new();
    for (i, (table, span)) in tables.into_iter().enumerate() {
        let mut f = Fields::new(table, span, format!("sections[{i}]"), KEYS);
        let id = read_id(report, &mut f, "sections", &mut seen);
        let title = f.text(report, "title", "the section's heading");
        let mut paragraphs = Vec::new();
        for (p, pspan) in f.str_list(report, "paragraphs", "paragraph ids such as \"p1\"") {
            match parse_para(&p) {
                Some(n) if ids.paragraphs.contains(&n) => report.problem(
                    Some(pspan),
                    &f.item,
                    format!("paragraph \"{p}\" is listed in two sections"),
                    "list each paragraph in one section only",
                ),
                Some(n) => {
                    ids.paragraphs.push(n);
                    paragraphs.push(Para(n));
                }
                None => report.problem(
                    Some(pspan),
                    &f.item,
                    format!("\"{p}\" is not a paragraph id"),
                    "write paragraph ids as p1, p2, ...",
                ),
            }
        }
        if paragraphs.is_empty() {
            report.problem(
                Some(f.span()),
                &f.item,
                "the section lists no paragraphs",
                "add paragraphs = [\"p1\", ...]",
            );
        }
        f.finish(report);
        sections.push(Section {
            id,
            title,
            paragraphs: leak(paragraphs),
        });
    }
    sections
}

fn read_actors(report: &mut Report, root: &Fields, ids: &mut Ids) -> Vec<Actor> {
    const KEYS: &[&str] = &["id", "name", "short", "kind"];
    let mut seen = Seen::default();
    let tables = tables_of(report, root.value("actors"), "actors", "actors");
    let mut actors = Vec::new();
    for (i, (table, span)) in tables.into_iter().enumerate() {
        let mut f = Fields::new(table, span, format!("actors[{i}]"), KEYS);
        let id = read_id(report, &mut f, "actors", &mut seen);
        let name = f.text(report, "name", "the actor's full name");
        let short = f.opt_text(report, "short", "a short name").unwrap_or(name);
        let kind = read_choice(report, &f, "kind", &ActorKind::ALL).unwrap_or(ActorKind::Group);
        f.finish(report);
        ids.actors.push(id);
        actors.push(Actor {
            id,
            name,
            short,
            kind,
        });
    }
    if actors.is_empty() {
        report.problem(
            None,
            "actors",
            "no [[actors]]",
            "add an [[actors]] entry for each actor",
        );
    }
    actors
}

fn read_events(report: &mut Report, root: &Fields, ids: &mut Ids) -> Vec<Event> {
    const KEYS: &[&str] = &[
        "id", "title", "short", "date", "summary", "actors", "kind", "by", "cite",
    ];
    let mut seen = Seen::default();
    let tables = tables_of(report, root.value("events"), "events", "events");
    let mut events = Vec::new();
    for (i, (table, span)) in tables.into_iter().enumerate() {
        let mut f = Fields::new(table, span, format!("events[{i}]"), KEYS);
        let id = read_id(report, &mut f, "events", &mut seen);
        let title = f.text(report, "title", "a short title");
        let short = f
            .opt_text(report, "short", "a label of a few words for the timeline")
            .unwrap_or(title);
        let when = read_when(report, &f, "date").unwrap_or(When::Undated);
        let summary = f.text(report, "summary", "what happened, in our words");
        let actors = read_refs(report, &f, "actors", "actors", &ids.actors)
            .into_iter()
            .map(ActorIx)
            .collect();
        let sourcing = read_sourcing(report, &f, ids);
        f.finish(report);
        events.push(Event {
            id,
            title,
            short,
            when,
            summary,
            actors: leak(actors),
            sourcing,
        });
    }
    // Time order; undated last. The sort is stable, so equal dates keep file order.
    events.sort_by_key(|e| match e.when.date() {
        Some(d) => (0, d.key()),
        None => (1, 0),
    });
    ids.events = events.iter().map(|e| e.id).collect();
    events
}

fn read_eras(report: &mut Report, root: &Fields, ids: &Ids) -> Vec<Era> {
    const KEYS: &[&str] = &["id", "title", "from", "to", "kind", "by", "cite"];
    let mut seen = Seen::default();
    let tables = tables_of(report, root.value("eras"), "eras", "eras");
    let mut eras = Vec::new();
    for (i, (table, span)) in tables.into_iter().enumerate() {
        let mut f = Fields::new(table, span, format!("eras[{i}]"), KEYS);
        let id = read_id(report, &mut f, "eras", &mut seen);
        let title = f.text(report, "title", "the era's name");
        let from = read_date(report, &f, "from", true).unwrap_or(Date::year(1));
        let to = read_date(report, &f, "to", false);
        if let Some(to) = to {
            if to < from {
                report.problem(
                    f.value("to").map(|v| v.span()),
                    &f.item,
                    format!("ends ({}) before it begins ({})", to.iso(), from.iso()),
                    "swap `from` and `to`, or correct one of them",
                );
            }
        }
        let sourcing = read_sourcing(report, &f, ids);
        f.finish(report);
        eras.push(Era {
            id,
            title,
            from,
            to,
            sourcing,
        });
    }
    eras
}

fn read_relationships(report: &mut Report, root: &Fields, ids: &mut Ids) -> Vec<Relationship> {
    const KEYS: &[&str] = &["id", "actors", "summary", "kind", "by", "cite", "states"];
    const STATE_KEYS: &[&str] = &["from", "stance", "summary", "kind", "by", "cite", "events"];
    let mut seen = Seen::default();
    let tables = tables_of(
        report,
        root.value("relationships"),
        "relationships",
        "relationships",
    );
    let mut relationships = Vec::new();
    for (i, (table, span)) in tables.into_iter().enumerate() {
        let mut f = Fields::new(table, span, format!("relationships[{i}]"), KEYS);
        let id = read_id(report, &mut f, "relationships", &mut seen);
        let pair = read_refs(report, &f, "actors", "actors", &ids.actors);
        let actors = match pair.as_slice() {
            [a, b] if a != b => [ActorIx(*a), ActorIx(*b)],
            _ => {
                report.problem(
                    f.value("actors").map(|v| v.span()).or(Some(f.span())),
                    &f.item,
                    "a relationship needs exactly two different actors",
                    "write actors = [\"first-id\", \"second-id\"]",
                );
                [ActorIx(0), ActorIx(0)]
            }
        };
        let summary = f.text(report, "summary", "the relationship in a sentence or two");
        let sourcing = read_sourcing(report, &f, ids);
        let mut states = Vec::new();
        let mut previous: Option<(Date, String)> = None;
        for (j, (state_table, state_span)) in f.tables(report, "states").into_iter().enumerate() {
            let sf = Fields::new(
                state_table,
                state_span.clone(),
                format!("{}.states[{j}]", f.item),
                STATE_KEYS,
            );
            let from = read_when(report, &sf, "from");
            let from = match from {
                Some(When::Undated) => {
                    report.problem(
                        sf.value("from").map(|v| v.span()),
                        &sf.item,
                        "a state needs a date; \"undated\" cannot place it in time",
                        "give the date it began, or `by YYYY-MM-DD` for when the source reports it",
                    );
                    None
                }
                Some(when) => Some(when),
                None => {
                    if sf.value("from").is_none() {
                        report.problem(
                            Some(state_span.clone()),
                            &sf.item,
                            "`from` is missing",
                            "add from = \"YYYY\" (or YYYY-MM, YYYY-MM-DD, `since ...`, `by ...`)",
                        );
                    }
                    None
                }
            };
            if let Some(date) = from.and_then(|w| w.date()) {
                if let Some((before, before_item)) = &previous {
                    if date <= *before {
                        report.problem(
                            sf.value("from").map(|v| v.span()),
                            &sf.item,
                            format!(
                                "states out of order: {} is not after {} ({before_item})",
                                date.iso(),
                                before.iso()
                            ),
                            "list states oldest first, each beginning after the one before",
                        );
                    }
                }
                previous = Some((date, sf.item.clone()));
            }
            let stance = read_choice(report, &sf, "stance", &Stance::ALL);
            let state_summary = sf.text(report, "summary", "what the state was, in our words");
            let state_sourcing = read_sourcing(report, &sf, ids);
            let events = read_refs(report, &sf, "events", "events", &ids.events)
                .into_iter()
                .map(EventIx)
                .collect();
            if stance.is_none() && sf.value("stance").is_none() {
                report.problem(
                    Some(state_span),
                    &sf.item,
                    "`stance` is missing",
                    format!("add stance = \"...\", one of: {}", names(&Stance::ALL)),
                );
            }
            sf.finish(report);
            states.push(RelState {
                from: from.unwrap_or(When::Undated),
                stance: stance.unwrap_or(Stance::NoFormalTies),
                summary: state_summary,
                sourcing: state_sourcing,
                events: leak(events),
            });
        }
        if states.is_empty() {
            report.problem(
                Some(f.span()),
                &f.item,
                "the relationship has no states",
                format!("add at least one [[relationships.states]] entry after [[relationships]] \"{id}\""),
            );
        }
        f.finish(report);
        ids.relationships.push(id);
        relationships.push(Relationship {
            id,
            actors,
            summary,
            sourcing,
            states: leak(states),
        });
    }
    relationships
}

fn read_steps(report: &mut Report, root: &Fields, ids: &Ids) -> Vec<Step> {
    const KEYS: &[&str] = &[
        "id",
        "title",
        "text",
        "kind",
        "by",
        "cite",
        "events",
        "relationships",
        "as_of",
    ];
    let mut seen = Seen::default();
    let tables = tables_of(report, root.value("steps"), "steps", "steps");
    if tables.is_empty() {
        report.problem(
            None,
            "steps",
            "no [[steps]]: the walkthrough would be empty",
            "add [[steps]] entries that walk through the source in order",
        );
    }
    let mut steps = Vec::new();
    for (i, (table, span)) in tables.into_iter().enumerate() {
        let mut f = Fields::new(table, span, format!("steps[{i}]"), KEYS);
        let id = read_id(report, &mut f, "steps", &mut seen);
        let title = f.text(report, "title", "the step's title");
        let text = f.text(report, "text", "a few sentences in our words");
        let paragraphs: Vec<&'static str> = text
            .split("\n\n")
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(|p| leak_str(p.split_whitespace().collect::<Vec<_>>().join(" ")))
            .collect();
        let sourcing = read_sourcing(report, &f, ids);
        let events: Vec<EventIx> = read_refs(report, &f, "events", "events", &ids.events)
            .into_iter()
            .map(EventIx)
            .collect();
        let relationships: Vec<RelIx> = read_refs(
            report,
            &f,
            "relationships",
            "relationships",
            &ids.relationships,
        )
        .into_iter()
        .map(RelIx)
        .collect();
        let as_of = read_date(report, &f, "as_of", true);
        if f.value("events").is_none() && f.value("relationships").is_none() {
            report.problem(
                Some(f.span()),
                &f.item,
                "the step has no focus: it names no events and no relationships",
                "add events = [\"...\"] and/or relationships = [\"...\"] for the views to show",
            );
        }
        f.finish(report);
        steps.push(Step {
            id,
            title,
            text: leak(paragraphs),
            sourcing,
            focus: Focus {
                events: leak(events),
                relationships: leak(relationships),
                as_of: as_of.unwrap_or(Date::year(1)),
            },
        });
    }
    steps
}

/// Every paragraph of the source should be covered by some step.
fn check_coverage(report: &mut Report, ids: &Ids, steps: &[Step]) {
    if steps.is_empty() {
        return;
    }
    let cited: Vec<u16> = steps
        .iter()
        .flat_map(|s| s.sourcing.cite.iter().map(|p| p.0))
        .collect();
    for p in &ids.paragraphs {
        if !cited.contains(p) {
            report.problem(
                None,
                "steps",
                format!("paragraph p{p} is not cited by any step"),
                format!("cite \"p{p}\" in the step that covers it, so the walkthrough covers the whole source"),
            );
        }
    }
}

/// Ids already used in a collection, with where they were first used.
#[derive(Default)]
struct Seen(BTreeMap<String, usize>);

/// Reads an item's `id`, checks its form and uniqueness, and renames the item after it.
fn read_id(report: &mut Report, f: &mut Fields, collection: &str, seen: &mut Seen) -> &'static str {
    let Some((id, span)) = f.scalar(
        report,
        "id",
        true,
        "a short lowercase id such as \"russia-taliban\"",
    ) else {
        return "";
    };
    let well_formed = !id.is_empty()
        && id.len() <= 64
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        });
    if !well_formed {
        report.problem(
            Some(span),
            &f.item,
            format!("id {id:?} is not lowercase letters, digits and single hyphens"),
            "use an id such as \"russia-taliban\" (it appears in links, so keep it short)",
        );
        return leak_str(id);
    }
    f.item = format!("{collection}.{id}");
    let line = report.line_of(span.start);
    if let Some(first) = seen.0.get(&id) {
        report.problem(
            Some(span),
            &f.item,
            format!("duplicate id \"{id}\" (first used on line {first})"),
            "give each entry its own id",
        );
    } else {
        seen.0.insert(id.clone(), line);
    }
    leak_str(id)
}

/// Reads references to ids at `key`, reporting unknown ones with the nearest known id.
fn read_refs(
    report: &mut Report,
    f: &Fields,
    key: &str,
    collection: &str,
    known: &[&'static str],
) -> Vec<u16> {
    let singular = collection.trim_end_matches('s');
    f.str_list(report, key, &format!("ids of [[{collection}]]"))
        .into_iter()
        .filter_map(|(id, span)| match known.iter().position(|k| *k == id) {
            Some(i) => Some(i as u16),
            None => {
                let fix = match nearest(&id, known.iter().copied()) {
                    Some(near) => {
                        format!("did you mean \"{near}\"? Use the id of an [[{collection}]] entry")
                    }
                    None => {
                        format!("use the id of an [[{collection}]] entry, or add one with this id")
                    }
                };
                report.problem(
                    Some(span),
                    &f.item,
                    format!("unknown {singular} \"{id}\""),
                    fix,
                );
                None
            }
        })
        .collect()
}

/// Reads `kind` (fact, claim, analysis), `by` and `cite`.
fn read_sourcing(report: &mut Report, f: &Fields, ids: &Ids) -> Sourcing {
    const KINDS: [(&str, &str); 3] = [
        ("fact", "fact"),
        ("claim", "claim"),
        ("analysis", "analysis"),
    ];
    let kind = read_choice(report, f, "kind", &KINDS);
    let by = read_refs(report, f, "by", "actors", &ids.actors)
        .first()
        .copied()
        .map(ActorIx);
    let by_span = f.value("by").map(|v| v.span());
    let kind = match (kind, by) {
        (None, _) => {
            if f.value("kind").is_none() {
                report.problem(
                    Some(f.span()),
                    &f.item,
                    "`kind` is missing: is it a reported fact, a claim or analysis?",
                    "add kind = \"fact\", \"claim\" (with by = \"actor-id\") or \"analysis\"",
                );
            }
            Attribution::Fact
        }
        (Some("fact"), _) => {
            if by_span.is_some() {
                report.problem(
                    by_span,
                    &f.item,
                    "a reported fact has no `by`",
                    "remove `by`, or make it kind = \"claim\" if it is someone's claim",
                );
            }
            Attribution::Fact
        }
        (Some("claim"), Some(by)) => Attribution::Claim { by },
        (Some("claim"), None) => {
            if by_span.is_none() {
                report.problem(
                    f.value("kind").map(|v| v.span()),
                    &f.item,
                    "a claim needs to say whose it is",
                    "add by = \"actor-id\" (the actor who makes the claim)",
                );
            }
            Attribution::Fact
        }
        (Some(_), by) => Attribution::Analysis { by },
    };
    let cite = read_cites(report, f, ids);
    Sourcing { kind, cite }
}

/// Reads `cite`: paragraph ids that must exist in [[sections]]; at least one.
fn read_cites(report: &mut Report, f: &Fields, ids: &Ids) -> &'static [Para] {
    let list = f.str_list(report, "cite", "paragraph ids such as \"p1\"");
    if list.is_empty() {
        report.problem(
            f.value("cite").map(|v| v.span()).or(Some(f.span())),
            &f.item,
            "no citations: every fact must say which paragraphs it comes from",
            "add cite = [\"p1\", ...] naming the source paragraphs",
        );
    }
    let mut cites = Vec::new();
    for (p, span) in list {
        match parse_para(&p) {
            Some(n) if ids.paragraphs.contains(&n) => cites.push(Para(n)),
            Some(_) => report.problem(
                Some(span),
                &f.item,
                format!("cites paragraph \"{p}\", which the source does not have"),
                format!(
                    "cite one of the paragraphs listed in [[sections]] ({})",
                    para_range(ids)
                ),
            ),
            None => report.problem(
                Some(span),
                &f.item,
                format!("\"{p}\" is not a paragraph id"),
                "write paragraph ids as p1, p2, ...",
            ),
        }
    }
    cites.sort();
    cites.dedup();
    leak(cites)
}

fn para_range(ids: &Ids) -> String {
    match (ids.paragraphs.iter().min(), ids.paragraphs.iter().max()) {
        (Some(lo), Some(hi)) => format!("p{lo}..p{hi}"),
        _ => "none are listed".to_string(),
    }
}

fn parse_para(text: &str) -> Option<u16> {
    let digits = text.strip_prefix('p')?;
    if digits.is_empty() || digits.len() > 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok().filter(|&n| n > 0)
}

/// Reads a value from a fixed vocabulary, suggesting the nearest on a typo.
fn read_choice<T: Copy>(
    report: &mut Report,
    f: &Fields,
    key: &str,
    choices: &[(T, &str)],
) -> Option<T> {
    let (text, span) = f.scalar(report, key, false, "")?;
    match choices.iter().find(|(_, name)| *name == text) {
        Some((value, _)) => Some(*value),
        None => {
            let fix = match nearest(&text, choices.iter().map(|(_, n)| *n)) {
                Some(near) => format!("did you mean \"{near}\"? One of: {}", names(choices)),
                None => format!("use one of: {}", names(choices)),
            };
            report.problem(
                Some(span),
                &f.item,
                format!("unknown {key} \"{text}\""),
                fix,
            );
            None
        }
    }
}

fn names<T>(choices: &[(T, &str)]) -> String {
    choices
        .iter()
        .map(|(_, n)| *n)
        .collect::<Vec<_>>()
        .join(", ")
}

/// Reads a date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) at `key`.
fn read_date(report: &mut Report, f: &Fields, key: &str, required: bool) -> Option<Date> {
    let (text, span) = f.scalar(report, key, required, "a date: YYYY, YYYY-MM or YYYY-MM-DD")?;
    match Date::parse(text.trim()) {
        Ok(date) => Some(date),
        Err(error) => {
            report_date_error(report, f, key, &text, span, error);
            None
        }
    }
}

/// Reads a date with its qualifier (`2025-07-03`, `since 2022`, `by 2025-07-03`, `undated`).
fn read_when(report: &mut Report, f: &Fields, key: &str) -> Option<When> {
    let (text, span) = f.scalar(
        report,
        key,
        key == "date",
        "YYYY, YYYY-MM or YYYY-MM-DD, optionally `since ...` or `by ...`, or \"undated\"",
    )?;
    match When::parse(&text) {
        Ok(when) => Some(when),
        Err(error) => {
            report_date_error(report, f, key, &text, span, error);
            None
        }
    }
}

fn report_date_error(
    report: &mut Report,
    f: &Fields,
    key: &str,
    text: &str,
    span: Range<usize>,
    error: DateError,
) {
    let (message, fix) = match error {
        DateError::Unparsable => (
            format!("`{key}` {text:?} is not a date"),
            "write YYYY, YYYY-MM or YYYY-MM-DD (e.g. \"2024-03\"); events may also say \"since 2022\", \"by 2025-07-03\" or \"undated\"".to_string(),
        ),
        DateError::Impossible(why) => (
            format!("`{key}` {text:?} is impossible: {why}"),
            "correct the date; give only the year or month if the source gives no more".to_string(),
        ),
    };
    report.problem(Some(span), &f.item, message, fix);
}

/// Reads an optional link: it must be https.
fn read_link(report: &mut Report, f: &Fields, key: &str) -> Option<&'static str> {
    let link = f.opt_text(report, key, "an https link")?;
    let host = link
        .strip_prefix("https://")
        .map(|rest| rest.split('/').next().unwrap_or(""));
    let safe = host.is_some_and(|h| !h.is_empty())
        && !link
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>');
    if safe {
        Some(link)
    } else {
        report.problem(
            f.value(key).map(|v| v.span()),
            &f.item,
            format!("`{key}` {link:?} is not an https link"),
            "use a full https:// address (other schemes such as javascript:, data: and http: are refused)",
        );
        None
    }
}
