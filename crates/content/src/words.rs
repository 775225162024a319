//! Which of a story's fields are words (titles, summaries, names, step texts) and which are
//! facts (ids, dates, stances, kinds, citations, links), in one table: [`KINDS`]. Everything
//! that treats the two differently is derived from it: the structure the wasm carries
//! ([`without_words`]), what a translation may and must give (`translate.rs`), its skeleton,
//! and its words put onto the original. A words field is one line in the table; a test fails
//! when a field of the content file is in neither list.

use explainer_model::{
    Actor, Era, Event, Meta, RelState, Relationship, Section, Source, StaticHtml, Step, Story,
};

use crate::leak::{leak, leak_str};
use crate::page_text::{lede_of, paragraphs_of, PageText, Update};

/// One kind of item: how a content file and a translation give it, its words and its facts.
pub struct Kind {
    /// Its table: `events`, `story`...
    pub name: &'static str,
    /// How a translation names each item.
    pub keyed: Keyed,
    /// Its words fields, in the order a translation's skeleton gives them.
    pub words: &'static [Field],
    /// Its other fields: facts, which only the original may set.
    pub facts: &'static [&'static str],
    /// How many items of this kind a story has.
    count: fn(&Parts) -> usize,
    /// Item `i`'s id (for [`Keyed::ById`]).
    id: fn(&Parts, usize) -> &'static str,
}

/// How a translation names each item of a kind.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Keyed {
    /// One table for the one item: `[story]`.
    One,
    /// A table per item, by the original's id: `[events.recognition]`.
    ById,
    /// An entry per item, in the original's order: `[[updates]]`.
    InOrder,
}

/// One words field of a kind of item: its name, and how to read and replace its words.
pub struct Field {
    /// Its name in a content file and a translation: `title`.
    pub name: &'static str,
    /// For a list of texts, the field of each element it gives: a relationship's `states`
    /// gives each state's `summary`.
    pub each: Option<&'static str>,
    /// Item `i`'s words (`None`: the item has no such field, as an actor without a note).
    get: fn(&Parts, usize) -> Option<Given>,
    /// Puts `words` in place of item `i`'s (`None`: no words, as the wasm's story has); an
    /// item without the field (an actor without a note) stays without it.
    put: fn(&mut Parts, usize, Option<&Given>),
}

/// A words field's value: text, or (a list field) a text for each element.
#[derive(Clone, Debug)]
pub enum Given {
    One(&'static str),
    Many(Vec<&'static str>),
}

impl Given {
    /// The text (a list has none).
    pub fn one(&self) -> &'static str {
        match self {
            Given::One(text) => text,
            Given::Many(_) => "",
        }
    }

    /// Its texts: the one, or each of the list's.
    pub fn texts(&self) -> Vec<&'static str> {
        match self {
            Given::One(text) => vec![text],
            Given::Many(list) => list.clone(),
        }
    }

    /// Element `i` of a list (a text has none).
    pub fn nth(&self, i: usize) -> &'static str {
        match self {
            Given::One(_) => "",
            Given::Many(list) => list.get(i).copied().unwrap_or(""),
        }
    }
}

/// A words field that is one text, at `place` (an expression of the parts `p` and the item's
/// index `i`): read there, and replaced there (by "" for no words).
macro_rules! text {
    ($name:literal, |$p:ident, $i:ident| $place:expr) => {
        Field {
            name: $name,
            each: None,
            get: |$p, $i| Some(Given::One($place)),
            put: |$p, $i, words| $place = words.map_or("", Given::one),
        }
    };
}

/// A words field that is one text the original may leave out (empty when it does), at
/// `place`: a translation gives it where the original has it.
macro_rules! optional_text {
    ($name:literal, |$p:ident, $i:ident| $place:expr) => {
        Field {
            name: $name,
            each: None,
            get: |$p, $i| (!$place.is_empty()).then(|| Given::One($place)),
            put: |$p, $i, words| {
                if !$place.is_empty() {
                    $place = words.map_or("", Given::one);
                }
            },
        }
    };
}

/// Every kind of item, in a content file's order, with its words and its facts.
pub const KINDS: &[Kind] = &[
    Kind {
        name: "story",
        keyed: Keyed::One,
        words: &[
            text!("kicker", |p, _i| p.meta.kicker),
            text!("headline", |p, _i| p.meta.headline),
            text!("standfirst", |p, _i| p.meta.standfirst),
            optional_text!("description", |p, _i| p.meta.description),
            optional_text!("dateline", |p, _i| p.meta.dateline),
            optional_text!("source_name", |p, _i| p.meta.source_name),
        ],
        facts: &["lang", "published", "source_url", "numbered_steps"],
        count: |_| 1,
        id: |_, _| "story",
    },
    // A source is named as it published itself: a translation cannot change it.
    Kind {
        name: "sources",
        keyed: Keyed::ById,
        words: &[],
        facts: &[
            "id",
            "outlet",
            "title",
            "url",
            "date",
            "language",
            "paragraphs",
        ],
        count: |p| p.sources.len(),
        id: |p, i| p.sources[i].id,
    },
    Kind {
        name: "sections",
        keyed: Keyed::ById,
        words: &[text!("title", |p, i| p.sections[i].title)],
        facts: &["id", "paragraphs"],
        count: |p| p.sections.len(),
        id: |p, i| p.sections[i].id,
    },
    Kind {
        name: "actors",
        keyed: Keyed::ById,
        words: &[
            text!("name", |p, i| p.actors[i].name),
            text!("short", |p, i| p.actors[i].short),
            // Optional: a translation gives a note where the original has one.
            Field {
                name: "note",
                each: None,
                get: |p, i| p.actors[i].note.map(Given::One),
                put: |p, i, words| {
                    let note = &mut p.actors[i].note;
                    *note = note.and(words.map(Given::one));
                },
            },
        ],
        facts: &["id", "kind", "map_at"],
        count: |p| p.actors.len(),
        id: |p, i| p.actors[i].id,
    },
    Kind {
        name: "events",
        keyed: Keyed::ById,
        words: &[
            text!("title", |p, i| p.events[i].title),
            text!("short", |p, i| p.events[i].short),
            text!("summary", |p, i| p.events[i].summary),
        ],
        facts: &["id", "date", "actors", "kind", "by", "cite"],
        count: |p| p.events.len(),
        id: |p, i| p.events[i].id,
    },
    Kind {
        name: "eras",
        keyed: Keyed::ById,
        words: &[text!("title", |p, i| p.eras[i].title)],
        facts: &["id", "from", "to", "kind", "by", "cite"],
        count: |p| p.eras.len(),
        id: |p, i| p.eras[i].id,
    },
    Kind {
        name: "relationships",
        keyed: Keyed::ById,
        words: &[
            text!("summary", |p, i| p.relationships[i].summary),
            // Each state's summary, in the original's order.
            Field {
                name: "states",
                each: Some("summary"),
                get: |p, i| Some(Given::Many(p.states[i].iter().map(|s| s.summary).collect())),
                put: |p, i, words| {
                    for (n, state) in p.states[i].iter_mut().enumerate() {
                        state.summary = words.map_or("", |w| w.nth(n));
                    }
                },
            },
        ],
        facts: &["id", "aliases", "actors", "kind", "by", "cite"],
        count: |p| p.relationships.len(),
        id: |p, i| p.relationships[i].id,
    },
    Kind {
        name: "steps",
        keyed: Keyed::ById,
        words: &[
            text!("title", |p, i| p.steps[i].title),
            // The page carries the text; the model only its lede, the first sentence.
            Field {
                name: "text",
                each: None,
                get: |p, i| Some(Given::One(leak_str(p.texts[i].join("\n\n")))),
                put: |p, i, words| {
                    p.texts[i] = words.map_or_else(Vec::new, |w| paragraphs_of(w.one()));
                    p.steps[i].lede = lede_of(&p.texts[i]);
                },
            },
        ],
        facts: &[
            "id",
            "aliases",
            "events",
            "relationships",
            "as_of",
            "kind",
            "by",
            "cite",
        ],
        count: |p| p.steps.len(),
        id: |p, i| p.steps[i].id,
    },
    Kind {
        name: "updates",
        keyed: Keyed::InOrder,
        words: &[text!("what", |p, i| p.updates[i].what)],
        facts: &["date", "items"],
        count: |p| p.updates.len(),
        id: |_, _| "",
    },
];

/// The facts of a relationship's state (its words are what its relationship's list fields
/// give: [`Field::each`]).
pub const STATE_FACTS: &[&str] = &["from", "stance", "events", "kind", "by", "cite"];

impl Kind {
    /// How many items of this kind `parts` has.
    pub fn count(&self, parts: &Parts) -> usize {
        (self.count)(parts)
    }

    /// Item `i`'s id (empty for a kind not keyed by id).
    pub fn id(&self, parts: &Parts, i: usize) -> &'static str {
        (self.id)(parts, i)
    }

    /// How a translation heads item `i`: `[story]`, `[events.recognition]`, `[[updates]]`
    /// (with `id` for [`Keyed::ById`]: `[events.<id>]`).
    pub fn heading(&self, id: &str) -> String {
        match self.keyed {
            Keyed::One => format!("[{}]", self.name),
            Keyed::ById => format!("[{}.{id}]", self.name),
            Keyed::InOrder => format!("[[{}]]", self.name),
        }
    }

    /// Item `i`'s words fields (those it has: an actor without a note has no `note`), each
    /// with its words.
    pub fn fields_of<'k>(&'k self, parts: &Parts, i: usize) -> Vec<(&'k Field, Given)> {
        self.words
            .iter()
            .filter_map(|field| (field.get)(parts, i).map(|words| (field, words)))
            .collect()
    }
}

impl Field {
    /// Puts `words` in place of item `i`'s, where the item has this field (`None`: no words).
    pub fn put(&self, parts: &mut Parts, i: usize, words: Option<&Given>) {
        (self.put)(parts, i, words);
    }
}

/// A story's items, to be read and changed field by field: the model's items, with each
/// relationship's states and each step's text (which only the page carries) beside them,
/// and the updates log.
pub struct Parts {
    pub meta: Meta,
    pub sources: Vec<Source>,
    pub sections: Vec<Section>,
    pub actors: Vec<Actor>,
    pub events: Vec<Event>,
    pub eras: Vec<Era>,
    pub relationships: Vec<Relationship>,
    /// By relationship, its states.
    pub states: Vec<Vec<RelState>>,
    pub steps: Vec<Step>,
    /// By step, its text as paragraphs (none without the page's text).
    pub texts: Vec<Vec<&'static str>>,
    pub updates: Vec<Update>,
}

impl Parts {
    /// The items of `story`, with the words only its page carries when given.
    pub fn of(story: &Story, page: Option<&PageText>) -> Parts {
        Parts {
            meta: story.meta,
            sources: story.sources.to_vec(),
            sections: story.sections.to_vec(),
            actors: story.actors.to_vec(),
            events: story.events.to_vec(),
            eras: story.eras.to_vec(),
            relationships: story.relationships.to_vec(),
            states: story
                .relationships
                .iter()
                .map(|r| r.states.to_vec())
                .collect(),
            steps: story.steps.to_vec(),
            texts: page.map_or_else(
                || vec![vec![]; story.steps.len()],
                |page| page.steps.clone(),
            ),
            updates: page.map_or_else(Vec::new, |page| page.updates.clone()),
        }
    }

    /// Every words field of every item, with `words(kind, i, field)` in place of its words.
    pub fn put_words(&mut self, words: impl Fn(&Kind, usize, &Field) -> Option<Given>) {
        for kind in KINDS {
            for i in 0..kind.count(self) {
                for field in kind.words {
                    field.put(self, i, words(kind, i, field).as_ref());
                }
            }
        }
    }

    /// The story these parts make, with `original`'s layout (the timeline and the map) and
    /// no static markup yet; and each step's text and the updates log, for the page.
    pub fn into_story(self, original: &Story) -> (Story, Vec<Vec<&'static str>>, Vec<Update>) {
        let steps = self.steps.len();
        let relationships = self
            .relationships
            .into_iter()
            .zip(self.states)
            .map(|(r, states)| Relationship {
                states: leak(states),
                ..r
            })
            .collect();
        let story = Story {
            meta: self.meta,
            sources: leak(self.sources),
            sections: leak(self.sections),
            actors: leak(self.actors),
            events: leak(self.events),
            eras: leak(self.eras),
            relationships: leak(relationships),
            steps: leak(self.steps),
            numbered_steps: original.numbered_steps,
            timeline: original.timeline,
            map: original.map,
            html: StaticHtml::blank(steps),
        };
        (story, self.texts, self.updates)
    }
}

/// The story as the browser build carries it: ids, dates, stances, which events and actors
/// each item concerns, and the timeline's layout, but no words. Every words field of
/// [`KINDS`] is blank, and so are the citations, the sources, the source's sections and the story's
/// own fields but its date: the page holds them, and the wasm hydrates them without ever
/// making them (`components::fixed`).
pub fn without_words(story: &Story) -> Story {
    let mut parts = Parts::of(story, None);
    parts.put_words(|_, _, _| None);
    // Citations are the page's to show too.
    for sourcing in parts
        .events
        .iter_mut()
        .map(|e| &mut e.sourcing)
        .chain(parts.eras.iter_mut().map(|e| &mut e.sourcing))
        .chain(parts.relationships.iter_mut().map(|r| &mut r.sourcing))
        .chain(parts.states.iter_mut().flatten().map(|s| &mut s.sourcing))
        .chain(parts.steps.iter_mut().map(|s| &mut s.sourcing))
    {
        sourcing.cite = &[];
    }
    parts.meta = Meta {
        published: story.meta.published,
        ..Meta::BLANK
    };
    parts.sources.clear();
    parts.sections.clear();
    parts.into_story(story).0
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    /// The fields of a table of the content file, as its JSON schema gives them.
    fn fields(schema: &serde_json::Value, table: &serde_json::Value) -> BTreeSet<String> {
        let table = match table.get("items").unwrap_or(table).get("$ref") {
            Some(reference) => {
                let name = reference.as_str().unwrap().trim_start_matches("#/$defs/");
                &schema["$defs"][name]
            }
            None => table,
        };
        table["properties"]
            .as_object()
            .expect("a table has properties")
            .keys()
            .cloned()
            .collect()
    }

    #[test]
    fn every_field_of_the_content_file_is_words_or_a_fact() {
        let schema = serde_json::to_value(crate::content_schema()).unwrap();
        let tables = schema["properties"].as_object().unwrap();
        let kinds: BTreeSet<&str> = KINDS.iter().map(|k| k.name).collect();
        assert_eq!(
            tables.keys().map(String::as_str).collect::<BTreeSet<_>>(),
            kinds,
            "each table of the content file is a kind of item in words::KINDS"
        );
        for kind in KINDS {
            let named: BTreeSet<String> = kind
                .words
                .iter()
                .map(|f| f.name)
                .chain(kind.facts.iter().copied())
                .map(String::from)
                .collect();
            assert_eq!(
                fields(&schema, &tables[kind.name]),
                named,
                "{}: every field of raw.rs must be in words::KINDS, as words (a translation \
                 gives them) or as a fact (it cannot)",
                kind.name
            );
        }
        // A relationship's states: their words are what its list fields give.
        let relationship = &tables["relationships"];
        let relationship = &schema["$defs"][relationship["items"]["$ref"]
            .as_str()
            .unwrap()
            .trim_start_matches("#/$defs/")];
        let state_words = KINDS
            .iter()
            .find(|k| k.name == "relationships")
            .unwrap()
            .words
            .iter()
            .filter_map(|f| f.each);
        let named: BTreeSet<String> = state_words
            .chain(STATE_FACTS.iter().copied())
            .map(String::from)
            .collect();
        assert_eq!(
            fields(&schema, &relationship["properties"]["states"]),
            named
        );
    }
}
