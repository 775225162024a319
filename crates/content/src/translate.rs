//! Translations: files that hold only words. `story.ru.toml` gives, for each id of
//! `story.toml`, that item's words in Russian (titles, summaries, step texts, names); dates,
//! stances, kinds, citations and links are the original's and cannot be set here, so a
//! translation cannot change a fact. The checker lists every id the translation lacks, every
//! id it has that the original does not, every field that is not a words field and every
//! words field left empty, each with its line and a fix.
//!
//! ```toml
//! lang = "ru"
//! [story]
//! headline = "…"
//! [events.recognition]
//! title = "…"
//! short = "…"
//! summary = "…"
//! [relationships.russia-taliban]
//! summary = "…"
//! states = ["…", "…"]   # each state's summary, in the original's order
//! [steps.moscow-goes-first]
//! title = "…"
//! text = """…"""
//! [[updates]]
//! what = "…"
//! ```
//!
//! The translated story is the original with these words put in its place: the same ids,
//! dates, stances and layout (the wasm built from the original hydrates it), its static
//! markup written again in the translation's language.

use std::collections::BTreeMap;
use std::ops::Range;

use toml::de::{DeTable, DeValue};
use toml::Spanned;

use crate::diagnostics::{nearest, LineIndex, Problems, Report};
use crate::leak::{leak, leak_str};
use crate::load::{load_parts, write_html};
use crate::page_text::{lede_of, paragraphs_of, PageText, Update};
use explainer_model::{Actor, Era, Event, Meta, RelState, Relationship, Section, Step, Story};

/// The words a translation gives one item, by field.
type Fields = BTreeMap<&'static str, Given>;

/// A words field's value: text, or (a relationship's `states`) a list of texts.
#[derive(Clone)]
enum Given {
    One(&'static str),
    Many(Vec<&'static str>),
}

impl Given {
    fn one(&self) -> &'static str {
        match self {
            Given::One(text) => text,
            Given::Many(_) => "",
        }
    }
}

/// What a kind of item may hold in a translation.
struct Kind {
    /// The table's name: `events`.
    name: &'static str,
    /// A field of the original that is not words, for the message that says so.
    facts: &'static [&'static str],
}

const STORY_WORDS: &[&str] = &[
    "kicker",
    "headline",
    "standfirst",
    "dateline",
    "source_name",
];
const KINDS: &[Kind] = &[
    Kind {
        name: "sections",
        facts: &["id", "paragraphs"],
    },
    Kind {
        name: "actors",
        facts: &["id", "kind", "map_at"],
    },
    Kind {
        name: "events",
        facts: &["id", "date", "actors", "kind", "by", "cite"],
    },
    Kind {
        name: "eras",
        facts: &["id", "from", "to", "kind", "by", "cite"],
    },
    Kind {
        name: "relationships",
        facts: &["id", "aliases", "actors", "kind", "by", "cite"],
    },
    Kind {
        name: "steps",
        facts: &[
            "id",
            "events",
            "relationships",
            "as_of",
            "kind",
            "by",
            "cite",
        ],
    },
];

/// The fix for a field that is not words.
const FACT_FIX: &str = "remove this line: dates, stances, kinds, citations, links and ids come \
                        from the original, so a translation cannot change a fact";

/// Loads the translation `text` (named `file`) of the original story `original_text` (named
/// `original_file`): the original, checked, with the translation's words in place.
pub fn load_translation(
    original_file: &str,
    original_text: &str,
    file: &str,
    text: &str,
) -> Result<Story, Problems> {
    load_original(original_file, original_text)?.translate(file, text)
}

/// A story loaded and checked as the original of its translations: laid out once, each
/// translation put onto it.
pub struct Original {
    file: String,
    story: Story,
    page: PageText,
}

/// Loads and checks the story `text` (named `file`) to translate.
pub fn load_original(file: &str, text: &str) -> Result<Original, Problems> {
    let (story, page) = load_parts(file, text)?;
    Ok(Original {
        file: file.to_string(),
        story,
        page,
    })
}

impl Original {
    /// The story itself.
    pub fn story(&self) -> &Story {
        &self.story
    }

    /// The translation `text` (named `file`): this story with its words in place, or every
    /// problem with it.
    pub fn translate(&self, file: &str, text: &str) -> Result<Story, Problems> {
        let mut report = Report::new(text);
        let translation = read(&mut report, &self.story, &self.page, &self.file, text);
        let translation = report.finish(file, translation)?;
        Ok(apply(&self.story, &self.page, &translation))
    }
}

/// A translation as read: its language and the words of each item.
struct Translation {
    lang: &'static str,
    story: Fields,
    /// By kind name, by id.
    items: BTreeMap<&'static str, BTreeMap<String, Fields>>,
    updates: Vec<&'static str>,
}

/// The ids of the original's items of `kind`, with the words fields each has.
fn original_items(story: &Story, kind: &str) -> Vec<(&'static str, Vec<&'static str>)> {
    match kind {
        "sections" => story
            .sections
            .iter()
            .map(|s| (s.id, vec!["title"]))
            .collect(),
        "actors" => story
            .actors
            .iter()
            .map(|a| {
                let mut fields = vec!["name", "short"];
                if a.note.is_some() {
                    fields.push("note");
                }
                (a.id, fields)
            })
            .collect(),
        "events" => story
            .events
            .iter()
            .map(|e| (e.id, vec!["title", "short", "summary"]))
            .collect(),
        "eras" => story.eras.iter().map(|e| (e.id, vec!["title"])).collect(),
        "relationships" => story
            .relationships
            .iter()
            .map(|r| (r.id, vec!["summary", "states"]))
            .collect(),
        "steps" => story
            .steps
            .iter()
            .map(|s| (s.id, vec!["title", "text"]))
            .collect(),
        _ => vec![],
    }
}

/// Reads and checks the translation against the original.
fn read(
    report: &mut Report,
    original: &Story,
    page: &PageText,
    original_file: &str,
    text: &str,
) -> Option<Translation> {
    let doc = crate::recover::parse_toml(report, text)?;
    let lines = LineIndex::new(text);
    let end = text.len()..text.len();
    let root = doc.get_ref();
    let mut translation = Translation {
        lang: "",
        story: Fields::new(),
        items: BTreeMap::new(),
        updates: vec![],
    };
    let top: Vec<&str> = ["lang", "story", "updates"]
        .into_iter()
        .chain(KINDS.iter().map(|k| k.name))
        .collect();
    for (key, _) in root.iter() {
        let name = key.get_ref().as_ref();
        if !top.contains(&name) {
            let fix = match nearest(name, top.iter().copied()) {
                Some(near) => format!("did you mean `{near}`? Otherwise remove it"),
                None => format!(
                    "remove it: a translation has lang, [story], {} and [[updates]]",
                    KINDS
                        .iter()
                        .map(|k| format!("[{}.<id>]", k.name))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            };
            report.problem(
                Some(key.span()),
                name,
                format!("`{name}` is not part of a translation"),
                fix,
            );
        }
    }
    // lang
    match root.get("lang").map(|v| (v.span(), v.get_ref())) {
        Some((span, DeValue::String(tag))) => {
            let value = Spanned::new(span.clone(), tag.to_string());
            let item = crate::check::values::Item {
                name: "lang".into(),
                span,
            };
            translation.lang =
                crate::check::meta::lang(report, &item, &Some(crate::raw::Sp(value)));
        }
        Some((span, _)) => report.problem(
            Some(span),
            "lang",
            "lang must be a language tag in quotes",
            "write lang = \"ru\" (a BCP 47 tag)",
        ),
        None => report.problem(
            Some(0..0),
            "lang",
            "the translation does not say its language",
            "add lang = \"ru\" (a BCP 47 tag) at the top",
        ),
    }
    // [story]
    let story_facts = ["lang", "published", "source_url"];
    match root.get("story") {
        Some(value) => {
            if let Some(table) = table_of(report, value, "story") {
                translation.story = fields(
                    report,
                    "story",
                    table,
                    STORY_WORDS,
                    &story_facts,
                    value.span(),
                    |field| english_meta(&original.meta, field),
                );
            }
        }
        None => report.problem(
            Some(end.clone()),
            "story",
            "the [story] table is missing",
            format!("add [story] with {}", STORY_WORDS.join(", ")),
        ),
    }
    // Items by id.
    for kind in KINDS {
        let wanted = original_items(original, kind.name);
        let given: Vec<(&Spanned<std::borrow::Cow<str>>, &Spanned<DeValue>)> =
            match root.get(kind.name) {
                Some(value) => match table_of(report, value, kind.name) {
                    Some(table) => table.iter().collect(),
                    None => continue,
                },
                None => vec![],
            };
        let mut read = BTreeMap::new();
        for (key, value) in &given {
            let id = key.get_ref().as_ref();
            let item = format!("{}.{id}", kind.name);
            let Some((_, field_names)) = wanted.iter().find(|(w, _)| *w == id) else {
                let fix = match nearest(id, wanted.iter().map(|(w, _)| *w)) {
                    Some(near) => format!("did you mean `{near}`? Otherwise remove it"),
                    None => "remove it: a translation gives words only for items of the original"
                        .to_string(),
                };
                report.problem(
                    Some(key.span()),
                    &item,
                    format!("`{id}` is not one of the {} of {original_file}", kind.name),
                    fix,
                );
                continue;
            };
            let Some(table) = table_of(report, value, &item) else {
                continue;
            };
            let fields = fields(
                report,
                &item,
                table,
                field_names,
                kind.facts,
                value.span(),
                |field| english_item(original, page, kind.name, id, field),
            );
            read.insert(id.to_string(), fields);
        }
        // The ids it lacks, each where it would go: before the next id it has, else after
        // the last.
        for (at, (id, field_names)) in wanted.iter().enumerate() {
            if given.iter().any(|(k, _)| k.get_ref().as_ref() == *id) {
                continue;
            }
            let next = wanted[at + 1..]
                .iter()
                .find_map(|(w, _)| given.iter().find(|(k, _)| k.get_ref().as_ref() == *w))
                .map(|(k, _)| lines.line_start(k.span().start))
                .map(|start| start..start);
            let span = next
                .or_else(|| given.last().map(|(_, v)| v.span()))
                .unwrap_or(end.clone());
            report.problem(
                Some(span),
                &format!("{}.{id}", kind.name),
                format!("missing: {original_file} has {}.{id}", kind.name),
                format!(
                    "add [{}.{id}] with {}, translated from the original",
                    kind.name,
                    field_names.join(", ")
                ),
            );
        }
        translation.items.insert(kind.name, read);
    }
    // [[updates]], in the original's order.
    let originals = &page.updates;
    let given: Vec<&Spanned<DeValue>> = match root.get("updates").map(|v| (v, v.get_ref())) {
        Some((_, DeValue::Array(list))) => list.iter().collect(),
        Some((value, _)) => {
            report.problem(
                Some(value.span()),
                "updates",
                "updates must be [[updates]] entries",
                "write each as [[updates]] with what = \"...\"",
            );
            vec![]
        }
        None => vec![],
    };
    if given.len() != originals.len() {
        report.problem(
            Some(given.last().map_or(end.clone(), |v| v.span())),
            "updates",
            format!(
                "{} [[updates]] entries where {original_file} has {}",
                given.len(),
                originals.len()
            ),
            "give one [[updates]] entry with `what` for each of the original's, in its order",
        );
    }
    for (i, value) in given.iter().enumerate() {
        let item = format!("updates[{i}]");
        if let Some(table) = table_of(report, value, &item) {
            let f = fields(
                report,
                &item,
                table,
                &["what"],
                &["date", "items"],
                value.span(),
                |_| vec![originals.get(i).map_or("", |u| u.what).to_string()],
            );
            translation
                .updates
                .push(f.get("what").map_or("", Given::one));
        }
    }
    Some(translation)
}

/// The value as a table, or a problem.
fn table_of<'a, 'i>(
    report: &mut Report,
    value: &'a Spanned<DeValue<'i>>,
    item: &str,
) -> Option<&'a DeTable<'i>> {
    match value.get_ref() {
        DeValue::Table(table) => Some(table),
        _ => {
            report.problem(
                Some(value.span()),
                item,
                format!("`{item}` must be a table"),
                format!("write it as [{item}] with its words under it"),
            );
            None
        }
    }
}

/// Reads one item's words: every field must be one of `words` (else a problem that says
/// whether it is a fact), be text (a list of texts for `states`), and not be empty; every
/// field of `words` must be there. `english` gives the original's words, for the fix.
fn fields(
    report: &mut Report,
    item: &str,
    table: &DeTable,
    words: &[&'static str],
    facts: &[&str],
    span: Range<usize>,
    english: impl Fn(&str) -> Vec<String>,
) -> Fields {
    let mut out = Fields::new();
    for (key, value) in table.iter() {
        let name = key.get_ref().as_ref();
        let Some(&field) = words.iter().find(|w| **w == name) else {
            if facts.contains(&name) {
                report.problem(
                    Some(key.span()),
                    item,
                    format!("`{name}` is not a words field"),
                    FACT_FIX,
                );
            } else {
                report.problem(
                    Some(key.span()),
                    item,
                    format!("`{name}` is not a field of this item"),
                    format!("remove it; its words fields are {}", words.join(", ")),
                );
            }
            continue;
        };
        let text = |v: &Spanned<DeValue>| match v.get_ref() {
            DeValue::String(s) => Some(s.trim().to_string()),
            _ => None,
        };
        let empty_fix =
            |english: &str| format!("translate it from the original: {}", quoted(english));
        if field == "states" {
            let original = english("states");
            let DeValue::Array(list) = value.get_ref() else {
                report.problem(
                    Some(value.span()),
                    item,
                    "`states` must be a list of texts, one per state",
                    "write states = [\"...\", \"...\"], in the original's order",
                );
                continue;
            };
            if list.len() != original.len() {
                report.problem(
                    Some(value.span()),
                    item,
                    format!(
                        "{} states where the original has {}",
                        list.len(),
                        original.len()
                    ),
                    "give one summary for each of the original's states, in its order",
                );
            }
            let mut texts = vec![];
            for (i, v) in list.iter().enumerate() {
                match text(v) {
                    Some(t) if !t.is_empty() => texts.push(leak_str(t)),
                    _ => report.problem(
                        Some(v.span()),
                        &format!("{item}.states[{i}]"),
                        "empty, or not text",
                        empty_fix(original.get(i).map_or("", String::as_str)),
                    ),
                }
            }
            out.insert(field, Given::Many(texts));
            continue;
        }
        match text(value) {
            Some(t) if !t.is_empty() => {
                out.insert(field, Given::One(leak_str(t)));
            }
            Some(_) => report.problem(
                Some(value.span()),
                item,
                format!("`{name}` is empty"),
                empty_fix(&english(name).concat()),
            ),
            None => report.problem(
                Some(value.span()),
                item,
                format!("`{name}` must be text in quotes"),
                empty_fix(&english(name).concat()),
            ),
        }
    }
    for field in words {
        let given = table.iter().any(|(k, _)| k.get_ref().as_ref() == *field);
        if !given {
            report.problem(
                Some(span.start..span.start),
                item,
                format!("`{field}` is missing"),
                format!(
                    "add {field} = …, translated from: {}",
                    quoted(&english(field).concat())
                ),
            );
        }
    }
    out
}

/// The original's words as a fix shows them: quoted, cut at 80 characters.
fn quoted(english: &str) -> String {
    let mut shown: String = english.chars().take(80).collect();
    if shown.len() < english.len() {
        shown.push('…');
    }
    format!("\"{shown}\"")
}

fn english_meta(meta: &Meta, field: &str) -> Vec<String> {
    let text = match field {
        "kicker" => meta.kicker,
        "headline" => meta.headline,
        "standfirst" => meta.standfirst,
        "dateline" => meta.dateline,
        "source_name" => meta.source_name,
        _ => "",
    };
    vec![text.to_string()]
}

/// The original's words for a field: one text (a step's paragraphs joined by a blank line),
/// or for `states` each state's.
fn english_item(story: &Story, page: &PageText, kind: &str, id: &str, field: &str) -> Vec<String> {
    let pick = |text: &str| vec![text.to_string()];
    match kind {
        "sections" => story
            .sections
            .iter()
            .find(|s| s.id == id)
            .map(|s| pick(s.title)),
        "actors" => story
            .actors
            .iter()
            .find(|a| a.id == id)
            .map(|a| match field {
                "name" => pick(a.name),
                "short" => pick(a.short),
                _ => pick(a.note.unwrap_or("")),
            }),
        "events" => story
            .events
            .iter()
            .find(|e| e.id == id)
            .map(|e| match field {
                "title" => pick(e.title),
                "short" => pick(e.short),
                _ => pick(e.summary),
            }),
        "eras" => story
            .eras
            .iter()
            .find(|e| e.id == id)
            .map(|e| pick(e.title)),
        "relationships" => story
            .relationships
            .iter()
            .find(|r| r.id == id)
            .map(|r| match field {
                "summary" => pick(r.summary),
                _ => r.states.iter().map(|s| s.summary.to_string()).collect(),
            }),
        "steps" => story
            .steps
            .iter()
            .position(|s| s.id == id)
            .map(|i| match field {
                "title" => pick(story.steps[i].title),
                _ => pick(&page.steps[i].join("\n\n")),
            }),
        _ => None,
    }
    .unwrap_or_default()
}

/// The original with the translation's words in place, its static markup written again in
/// the translation's language.
fn apply(original: &Story, page: &PageText, t: &Translation) -> Story {
    let words = |kind: &str, id: &str, field: &str| -> &'static str {
        t.items
            .get(kind)
            .and_then(|items| items.get(id))
            .and_then(|f| f.get(field))
            .map_or("", Given::one)
    };
    let meta_word = |field: &str| t.story.get(field).map_or("", Given::one);
    let meta = Meta {
        lang: t.lang,
        path: leak_str(format!("{}/", t.lang)),
        kicker: meta_word("kicker"),
        headline: meta_word("headline"),
        standfirst: meta_word("standfirst"),
        dateline: meta_word("dateline"),
        source_name: meta_word("source_name"),
        ..original.meta
    };
    let sections = leak(
        original
            .sections
            .iter()
            .map(|s| Section {
                title: words("sections", s.id, "title"),
                ..*s
            })
            .collect(),
    );
    let actors = leak(
        original
            .actors
            .iter()
            .map(|a| Actor {
                name: words("actors", a.id, "name"),
                short: words("actors", a.id, "short"),
                note: a.note.map(|_| words("actors", a.id, "note")),
                ..*a
            })
            .collect(),
    );
    let events = leak(
        original
            .events
            .iter()
            .map(|e| Event {
                title: words("events", e.id, "title"),
                short: words("events", e.id, "short"),
                summary: words("events", e.id, "summary"),
                ..*e
            })
            .collect(),
    );
    let eras = leak(
        original
            .eras
            .iter()
            .map(|e| Era {
                title: words("eras", e.id, "title"),
                ..*e
            })
            .collect(),
    );
    let relationships = leak(
        original
            .relationships
            .iter()
            .map(|r| {
                let states = t
                    .items
                    .get("relationships")
                    .and_then(|items| items.get(r.id))
                    .and_then(|f| f.get("states"));
                let state_words = |i: usize| match states {
                    Some(Given::Many(list)) => list.get(i).copied().unwrap_or(""),
                    _ => "",
                };
                Relationship {
                    summary: words("relationships", r.id, "summary"),
                    states: leak(
                        r.states
                            .iter()
                            .enumerate()
                            .map(|(i, s)| RelState {
                                summary: state_words(i),
                                ..*s
                            })
                            .collect(),
                    ),
                    ..*r
                }
            })
            .collect(),
    );
    let step_texts: Vec<Vec<&'static str>> = original
        .steps
        .iter()
        .map(|s| paragraphs_of(words("steps", s.id, "text")))
        .collect();
    let steps = leak(
        original
            .steps
            .iter()
            .zip(&step_texts)
            .map(|(s, paragraphs)| Step {
                title: words("steps", s.id, "title"),
                lede: lede_of(paragraphs),
                ..*s
            })
            .collect(),
    );
    let mut story = Story {
        meta,
        sections,
        actors,
        events,
        eras,
        relationships,
        steps,
        timeline: original.timeline,
        map: original.map,
        html: explainer_model::StaticHtml::blank(original.steps.len()),
    };
    let page = PageText {
        steps: step_texts,
        step_updated: page.step_updated.clone(),
        updates: page
            .updates
            .iter()
            .zip(&t.updates)
            .map(|(u, what)| Update {
                date: u.date,
                what,
                items: u.items.clone(),
            })
            .collect(),
        map_at: page.map_at.clone(),
    };
    story.html = write_html(&story, &page);
    story
}

/// A translation of the original, every id in place and every words field empty, the
/// original's words above each as a comment: what `scripts/new-translation.sh` writes. It
/// fails the checker until each field is filled in.
pub fn translation_skeleton(
    original_file: &str,
    original_text: &str,
    lang: &str,
) -> Result<String, Problems> {
    let (story, page) = load_parts(original_file, original_text)?;
    let mut out = format!(
        "# The {lang} translation of {original_file}: its words only. Dates, stances, kinds,\n\
         # citations and links come from the original; the checker (scripts/check.sh) lists\n\
         # every field still empty. Write from the English above each field (in comments).\n\
         lang = \"{lang}\"\n\n[story]\n"
    );
    let field = |out: &mut String, name: &str, english: &str| {
        for line in english.lines() {
            out.push_str("# ");
            out.push_str(line);
            out.push('\n');
        }
        if english.contains('\n') {
            out.push_str(&format!("{name} = \"\"\"\n\"\"\"\n"));
        } else {
            out.push_str(&format!("{name} = \"\"\n"));
        }
    };
    for name in STORY_WORDS {
        field(&mut out, name, &english_meta(&story.meta, name).concat());
    }
    for kind in KINDS {
        for (id, fields) in original_items(&story, kind.name) {
            out.push_str(&format!("\n[{}.{id}]\n", kind.name));
            for name in fields {
                let english = english_item(&story, &page, kind.name, id, name);
                if name == "states" {
                    out.push_str("states = [\n");
                    for state in &english {
                        out.push_str(&format!("  # {state}\n  \"\",\n"));
                    }
                    out.push_str("]\n");
                } else {
                    field(&mut out, name, &english.concat());
                }
            }
        }
    }
    for update in &page.updates {
        out.push_str("\n[[updates]]\n");
        field(&mut out, "what", update.what);
    }
    Ok(out)
}
