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

use explainer_model::Story;

use crate::diagnostics::{nearest, LineIndex, Problems, Report};
use crate::leak::leak_str;
use crate::load::{load_parts, write_html};
use crate::page_text::PageText;
use crate::words::{Field, Given, Keyed, Kind, Parts, KINDS};

/// The words a translation gives one item, by field.
type Fields = BTreeMap<&'static str, Given>;

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
        let parts = Parts::of(&self.story, Some(&self.page));
        let translation = read(&mut report, &parts, &self.file, text);
        let translation = report.finish(file, translation)?;
        Ok(apply(&self.story, &self.page, &translation))
    }
}

/// A translation as read: its language and the words of each item, by kind and index.
struct Translation {
    lang: &'static str,
    words: BTreeMap<(&'static str, usize), Fields>,
}

/// Reads and checks the translation against the original, whose items are `parts`.
fn read(
    report: &mut Report,
    parts: &Parts,
    original_file: &str,
    text: &str,
) -> Option<Translation> {
    let doc = crate::recover::parse_toml(report, text)?;
    let lines = LineIndex::new(text);
    let end = text.len()..text.len();
    let root = doc.get_ref();
    let mut translation = Translation {
        lang: "",
        words: BTreeMap::new(),
    };
    let top: Vec<&str> = ["lang", crate::glossary::KEY]
        .into_iter()
        .chain(KINDS.iter().map(|k| k.name))
        .collect();
    for (key, _) in root.iter() {
        let name = key.get_ref().as_ref();
        if !top.contains(&name) {
            let fix = match nearest(name, top.iter().copied()) {
                Some(near) => format!("did you mean `{near}`? Otherwise remove it"),
                None => {
                    let mut tables: Vec<String> = KINDS.iter().map(|k| k.heading("<id>")).collect();
                    let last = tables.pop().unwrap_or_default();
                    format!(
                        "remove it: a translation has lang, glossary, {} and {last}",
                        tables.join(", ")
                    )
                }
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
    for kind in KINDS {
        let given = root.get(kind.name);
        // A kind with no words (a story's sources, named as they published themselves) has
        // nothing to translate.
        if kind.words.is_empty() {
            if let Some(value) = given {
                report.problem(
                    Some(value.span()),
                    kind.name,
                    format!("[{}] has no words to translate", kind.name),
                    format!(
                        "remove it: the page names each of the {} as in {original_file}",
                        kind.name
                    ),
                );
            }
            continue;
        }
        let read = match kind.keyed {
            Keyed::One => read_one(report, parts, kind, given, &end),
            Keyed::ById => read_by_id(report, parts, kind, given, original_file, &lines, &end),
            Keyed::InOrder => read_in_order(report, parts, kind, given, original_file, &end),
        };
        for (i, fields) in read {
            translation.words.insert((kind.name, i), fields);
        }
    }
    let glossary = crate::glossary::read(report, root);
    crate::glossary::check_words(report, text, root, &glossary);
    Some(translation)
}

/// The words of a kind with one item (`[story]`).
fn read_one(
    report: &mut Report,
    parts: &Parts,
    kind: &Kind,
    given: Option<&Spanned<DeValue>>,
    end: &Range<usize>,
) -> Vec<(usize, Fields)> {
    let Some(value) = given else {
        report.problem(
            Some(end.clone()),
            kind.name,
            format!("the {} table is missing", kind.heading("")),
            format!(
                "add {} with {}",
                kind.heading(""),
                listed(kind, str::to_string)
            ),
        );
        return vec![];
    };
    let Some(table) = table_of(report, value, kind.name) else {
        return vec![];
    };
    let words = fields(
        report,
        kind.name,
        table,
        &kind.fields_of(parts, 0),
        kind.facts,
        value.span(),
    );
    vec![(0, words)]
}

/// The words of a kind given by id (`[events.<id>]`): every id of the original's, and no
/// other.
fn read_by_id(
    report: &mut Report,
    parts: &Parts,
    kind: &Kind,
    given: Option<&Spanned<DeValue>>,
    original_file: &str,
    lines: &LineIndex,
    end: &Range<usize>,
) -> Vec<(usize, Fields)> {
    let wanted: Vec<&str> = (0..kind.count(parts)).map(|i| kind.id(parts, i)).collect();
    let given: Vec<(&Spanned<std::borrow::Cow<str>>, &Spanned<DeValue>)> = match given {
        Some(value) => match table_of(report, value, kind.name) {
            Some(table) => table.iter().collect(),
            None => return vec![],
        },
        None => vec![],
    };
    let mut read = vec![];
    for (key, value) in &given {
        let id = key.get_ref().as_ref();
        let item = format!("{}.{id}", kind.name);
        let Some(i) = wanted.iter().position(|w| *w == id) else {
            let fix = match nearest(id, wanted.iter().copied()) {
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
        let words = fields(
            report,
            &item,
            table,
            &kind.fields_of(parts, i),
            kind.facts,
            value.span(),
        );
        read.push((i, words));
    }
    // The ids it lacks, each where it would go: before the next id it has, else after the
    // last.
    for (at, id) in wanted.iter().enumerate() {
        if given.iter().any(|(k, _)| k.get_ref().as_ref() == *id) {
            continue;
        }
        let next = wanted[at + 1..]
            .iter()
            .find_map(|w| given.iter().find(|(k, _)| k.get_ref().as_ref() == *w))
            .map(|(k, _)| lines.line_start(k.span().start))
            .map(|start| start..start);
        let span = next
            .or_else(|| given.last().map(|(_, v)| v.span()))
            .unwrap_or(end.clone());
        let names: Vec<&str> = kind
            .fields_of(parts, at)
            .iter()
            .map(|(f, _)| f.name)
            .collect();
        report.problem(
            Some(span),
            &format!("{}.{id}", kind.name),
            format!("missing: {original_file} has {}.{id}", kind.name),
            format!(
                "add {} with {}, translated from the original",
                kind.heading(id),
                names.join(", ")
            ),
        );
    }
    read
}

/// The words of a kind given in the original's order (`[[updates]]`).
fn read_in_order(
    report: &mut Report,
    parts: &Parts,
    kind: &Kind,
    given: Option<&Spanned<DeValue>>,
    original_file: &str,
    end: &Range<usize>,
) -> Vec<(usize, Fields)> {
    let name = kind.name;
    let heading = kind.heading("");
    let count = kind.count(parts);
    let given: Vec<&Spanned<DeValue>> = match given.map(|v| (v, v.get_ref())) {
        Some((_, DeValue::Array(list))) => list.iter().collect(),
        Some((value, _)) => {
            report.problem(
                Some(value.span()),
                name,
                format!("{name} must be {heading} entries"),
                format!(
                    "write each as {heading} with {}",
                    listed(kind, |field| format!("{field} = \"...\""))
                ),
            );
            vec![]
        }
        None => vec![],
    };
    if given.len() != count {
        report.problem(
            Some(given.last().map_or(end.clone(), |v| v.span())),
            name,
            format!(
                "{} {heading} entries where {original_file} has {count}",
                given.len(),
            ),
            format!(
                "give one {heading} entry with {} for each of the original's, in its order",
                listed(kind, |field| format!("`{field}`"))
            ),
        );
    }
    let mut read = vec![];
    for (i, value) in given.iter().enumerate() {
        let item = format!("{name}[{i}]");
        if let Some(table) = table_of(report, value, &item) {
            // An entry beyond the original's is reported above; its words are still read.
            let original = if i < count {
                kind.fields_of(parts, i)
            } else {
                kind.words.iter().map(|f| (f, Given::One(""))).collect()
            };
            read.push((
                i,
                fields(report, &item, table, &original, kind.facts, value.span()),
            ));
        }
    }
    read
}

/// A kind's words fields, each as `form` writes it, in a list for a message.
fn listed(kind: &Kind, form: impl Fn(&str) -> String) -> String {
    let each: Vec<String> = kind.words.iter().map(|f| form(f.name)).collect();
    each.join(", ")
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

/// Reads one item's words: every field must be one of the item's words fields (`original`,
/// with the original's words, for the fix; else a problem that says whether it is a fact), be
/// text (a list of texts for a list field), and not be empty; every field of `original` must
/// be there.
fn fields(
    report: &mut Report,
    item: &str,
    table: &DeTable,
    original: &[(&Field, Given)],
    facts: &[&str],
    span: Range<usize>,
) -> Fields {
    let names: Vec<&str> = original.iter().map(|(f, _)| f.name).collect();
    let mut out = Fields::new();
    for (key, value) in table.iter() {
        let name = key.get_ref().as_ref();
        let Some((field, english)) = original.iter().find(|(f, _)| f.name == name) else {
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
                    format!("remove it; its words fields are {}", names.join(", ")),
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
        if let (Some(each), Given::Many(english)) = (field.each, english) {
            let DeValue::Array(list) = value.get_ref() else {
                report.problem(
                    Some(value.span()),
                    item,
                    format!(
                        "`{name}` must be a list of texts, one per {}",
                        singular(name)
                    ),
                    format!("write {name} = [\"...\", \"...\"], in the original's order"),
                );
                continue;
            };
            if list.len() != english.len() {
                report.problem(
                    Some(value.span()),
                    item,
                    format!(
                        "{} {name} where the original has {}",
                        list.len(),
                        english.len()
                    ),
                    format!("give one {each} for each of the original's {name}, in its order"),
                );
            }
            let mut texts = vec![];
            for (i, v) in list.iter().enumerate() {
                match text(v) {
                    Some(t) if !t.is_empty() => texts.push(leak_str(t)),
                    _ => report.problem(
                        Some(v.span()),
                        &format!("{item}.{name}[{i}]"),
                        "empty, or not text",
                        empty_fix(english.get(i).copied().unwrap_or("")),
                    ),
                }
            }
            out.insert(field.name, Given::Many(texts));
            continue;
        }
        match text(value) {
            Some(t) if !t.is_empty() => {
                out.insert(field.name, Given::One(leak_str(t)));
            }
            Some(_) => report.problem(
                Some(value.span()),
                item,
                format!("`{name}` is empty"),
                empty_fix(english.one()),
            ),
            None => report.problem(
                Some(value.span()),
                item,
                format!("`{name}` must be text in quotes"),
                empty_fix(english.one()),
            ),
        }
    }
    for (field, english) in original {
        let given = table
            .iter()
            .any(|(k, _)| k.get_ref().as_ref() == field.name);
        if !given {
            report.problem(
                Some(span.start..span.start),
                item,
                format!("`{}` is missing", field.name),
                format!(
                    "add {} = …, translated from: {}",
                    field.name,
                    quoted(&english.texts().concat())
                ),
            );
        }
    }
    out
}

/// A list field's element, in messages: `states` → `state`.
fn singular(list: &str) -> &str {
    list.strip_suffix('s').unwrap_or(list)
}

/// The original's words as a fix shows them: quoted, cut at 80 characters.
fn quoted(english: &str) -> String {
    let mut shown: String = english.chars().take(80).collect();
    if shown.len() < english.len() {
        shown.push('…');
    }
    format!("\"{shown}\"")
}

/// The original with the translation's words in place, its static markup written again in
/// the translation's language.
fn apply(original: &Story, page: &PageText, t: &Translation) -> Story {
    let mut parts = Parts::of(original, Some(page));
    parts.put_words(|kind, i, field| {
        t.words
            .get(&(kind.name, i))
            .and_then(|fields| fields.get(field.name))
            .cloned()
    });
    parts.meta.lang = t.lang;
    parts.meta.path = leak_str(format!("{}/", t.lang));
    let (mut story, steps, updates) = parts.into_story(original);
    let page = PageText {
        steps,
        step_updated: page.step_updated.clone(),
        updates,
        map_at: page.map_at.clone(),
    };
    story.html = write_html(&story, &page);
    story
}

/// The empty glossary a new translation starts with, its comments saying how to fill it.
const GLOSSARY_SKELETON: &str = "\
# The glossary: for each key term of the story (its people and groups, institutions, events,
# diplomatic and legal terms), the rendering this language uses and the variants it refuses
# (a calque, another country's usage, a euphemism). The checker reports a refused variant
# anywhere in this file's words and in locales/<lang>.ftl, with its line and the rendering to
# use. A variant that starts with a letter is found at a word's start and may end anywhere, so
# a stem catches every ending. Copy the commented entry for each term:
# [[glossary]]
# term = \"foreign minister\"      # the term in the original
# use = \"\"                        # the rendering to use
# refuse = []                     # the variants to reject: [\"…\", \"…\"]
# note = \"\"                       # why, in a line
";

/// A translation of the original, every id in place and every words field empty, the
/// original's words above each as a comment: what `scripts/new-translation.sh` writes. It
/// fails the checker until each field is filled in.
pub fn translation_skeleton(
    original_file: &str,
    original_text: &str,
    lang: &str,
) -> Result<String, Problems> {
    let (story, page) = load_parts(original_file, original_text)?;
    let parts = Parts::of(&story, Some(&page));
    let mut out = format!(
        "# The {lang} translation of {original_file}: its words only. Dates, stances, kinds,\n\
         # citations and links come from the original; the checker (scripts/check.sh) lists\n\
         # every field still empty. Write from the English above each field (in comments).\n\
         lang = \"{lang}\"\n\n{GLOSSARY_SKELETON}"
    );
    for kind in KINDS.iter().filter(|k| !k.words.is_empty()) {
        for i in 0..kind.count(&parts) {
            out.push_str(&format!("\n{}\n", kind.heading(kind.id(&parts, i))));
            for (field, english) in kind.fields_of(&parts, i) {
                match english {
                    Given::Many(list) => {
                        out.push_str(&format!("{} = [\n", field.name));
                        for text in list {
                            out.push_str(&format!("  # {text}\n  \"\",\n"));
                        }
                        out.push_str("]\n");
                    }
                    Given::One(english) => {
                        for line in english.lines() {
                            out.push_str("# ");
                            out.push_str(line);
                            out.push('\n');
                        }
                        if english.contains('\n') {
                            out.push_str(&format!("{} = \"\"\"\n\"\"\"\n", field.name));
                        } else {
                            out.push_str(&format!("{} = \"\"\n", field.name));
                        }
                    }
                }
            }
        }
    }
    Ok(out)
}
