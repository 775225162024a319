//! The checks that are ours, in one pass from the file as written ([`RawStory`]) to the model:
//! required fields, ids and references, dates at the source's precision, attribution and
//! citations, links, and that the walkthrough covers the whole source. Every problem is
//! collected with its line, item and fix; the model is built from whatever is usable.

use std::collections::BTreeMap;
use std::ops::Range;

use explainer_model::{
    Actor, ActorIx, ActorKind, Attribution, Date, DateError, Era, Event, EventIx, Facet, Focus,
    Meta, Para, Precision, RelIx, RelState, Relationship, Section, Sourcing, Stance, Step, Story,
    When,
};

use super::raw::{
    self, Choice, List, RawActor, RawEra, RawEvent, RawKind, RawMeta, RawRelationship, RawSection,
    RawStep, RawStory, RawUpdate, Sp, Text, Vocabulary,
};
use super::Report;

/// The ids a file declares, for resolving references.
#[derive(Default)]
struct Ids {
    actors: Vec<&'static str>,
    paragraphs: Vec<u16>,
    events: Vec<&'static str>,
    relationships: Vec<&'static str>,
}

/// What to say when a collection that must have entries has none: message, fix.
type WhenNone = Option<(&'static str, &'static str)>;
const NO_SECTIONS: WhenNone = Some((
    "no [[sections]]: citations cannot be checked",
    "add a [[sections]] entry for each section of the source, with its paragraphs",
));
const NO_ACTORS: WhenNone = Some(("no [[actors]]", "add an [[actors]] entry for each actor"));
const NO_STEPS: WhenNone = Some((
    "no [[steps]]: the walkthrough would be empty",
    "add [[steps]] entries that walk through the source in order",
));

/// One item being checked: its name in messages and where it starts.
pub struct Item {
    pub name: String,
    pub span: Range<usize>,
}

/// Words the build writes into the page and the model does not carry (the app never needs
/// them): each step's text, as paragraphs, and the updates log.
pub struct PageText {
    /// By step.
    pub steps: Vec<Vec<&'static str>>,
    /// By step, the day of the latest update that changed it.
    pub step_updated: Vec<Option<Date>>,
    /// The updates log, in file order.
    pub updates: Vec<Update>,
    /// By actor, where an editor put it on the map (`map_at`), if anywhere.
    pub map_at: Vec<Option<(f32, f32)>>,
}

/// One entry of the updates log.
pub struct Update {
    /// The day of the change.
    pub date: Date,
    /// What changed, in the editors' words.
    pub what: &'static str,
    /// What it changed.
    pub items: Vec<Target>,
}

/// An item an update names.
#[derive(Clone, Copy)]
pub enum Target {
    /// `events.<id>`.
    Event(EventIx),
    /// `relationships.<id>`.
    Relationship(RelIx),
    /// `steps.<id>`, by index.
    Step(usize),
}

/// The story's parts, checked, and the words only the page carries; the caller lays out the
/// timeline and the static markup.
pub fn check_story(report: &mut Report, file: &Sp<RawStory>) -> (Story, PageText) {
    let raw = file.get();
    let mut ids = Ids::default();
    let meta = check_meta(report, raw.story.as_ref(), file.span());
    let sections = check_sections(report, &raw.sections, &mut ids);
    let (actors, map_at) = check_actors(report, &raw.actors, &mut ids);
    let mut events = check_events(report, &raw.events, &mut ids);
    let eras = check_eras(report, &raw.eras, &ids);
    let mut relationships = check_relationships(report, &raw.relationships, &mut ids);
    let (steps, step_text) = check_steps(report, &raw.steps, &ids);
    check_coverage(report, &ids, &steps);
    let updates = check_updates(report, &raw.updates, &ids, &steps);
    let mut step_updated = vec![None; steps.len()];
    // Updates are checked in file order; each item keeps its latest.
    for update in &updates {
        for target in &update.items {
            let slot = match *target {
                Target::Event(e) => &mut events[usize::from(e.0)].updated,
                Target::Relationship(r) => &mut relationships[usize::from(r.0)].updated,
                Target::Step(s) => &mut step_updated[s],
            };
            *slot = (*slot).max(Some(update.date));
        }
    }
    let story = Story {
        meta,
        sections: leak(sections),
        actors: leak(actors),
        events: leak(events),
        eras: leak(eras),
        relationships: leak(relationships),
        steps: leak(steps),
        timeline: explainer_model::TimelineLayout::EMPTY,
        map: explainer_model::StageMap::EMPTY,
        html: explainer_model::StaticHtml::EMPTY,
    };
    let page = PageText {
        steps: step_text,
        step_updated,
        updates,
        map_at,
    };
    (story, page)
}

fn check_meta(report: &mut Report, raw: Option<&Sp<RawMeta>>, file: Range<usize>) -> Meta {
    let Some(raw) = raw else {
        if !report.is_set_aside(file, "story") {
            report.problem(
                None,
                "story",
                "the [story] table is missing",
                "add a [story] table with headline, standfirst, dateline, published and source_name",
            );
        }
        return Meta::BLANK;
    };
    let item = Item {
        name: "story".into(),
        span: raw.span(),
    };
    let m = raw.get();
    Meta {
        lang: lang(report, &item, &m.lang),
        path: "",
        kicker: text(
            report,
            &item,
            &m.kicker,
            "kicker",
            "a short label above the headline",
        ),
        headline: text(
            report,
            &item,
            &m.headline,
            "headline",
            "the explainer's headline",
        ),
        standfirst: text(
            report,
            &item,
            &m.standfirst,
            "standfirst",
            "a sentence or two under the headline",
        ),
        dateline: text(
            report,
            &item,
            &m.dateline,
            "dateline",
            "where the source was filed from",
        ),
        published: date(report, &item, &m.published, "published", true).unwrap_or(Date::year(1)),
        source_name: text(
            report,
            &item,
            &m.source_name,
            "source_name",
            "a description of the source article",
        ),
        source_url: link(report, &item, &m.source_url, "source_url"),
    }
}

/// The story's language: a BCP 47 tag with a catalogue of the interface's words; `en` when
/// the file does not say.
pub fn lang(report: &mut Report, item: &Item, raw: &Text) -> &'static str {
    let Some(raw) = raw else {
        return explainer_locale::SOURCE_LANG;
    };
    let tag = raw.get().as_str();
    if tag.parse::<icu_locale_core::LanguageIdentifier>().is_err() {
        report.problem(
            Some(raw.span()),
            &item.name,
            format!("lang \"{tag}\" is not a BCP 47 language tag"),
            "write a tag such as en, ru or fa-AF",
        );
    } else if !explainer_locale::locales_dir()
        .join(format!("{tag}.ftl"))
        .is_file()
    {
        report.problem(
            Some(raw.span()),
            &item.name,
            format!("there are no interface words for lang \"{tag}\" (locales/{tag}.ftl)"),
            "write locales/<lang>.ftl (scripts/new-translation.sh does), or use a language it has",
        );
    }
    leak_str(tag.to_string())
}

fn check_sections(report: &mut Report, raw: &[Sp<RawSection>], ids: &mut Ids) -> Vec<Section> {
    let mut sections = Vec::new();
    for (s, id, item) in entries(report, "sections", raw, |x| &x.id, NO_SECTIONS) {
        let title = text(report, &item, &s.title, "title", "the section's heading");
        let mut paragraphs = Vec::new();
        for (p, span) in s.paragraphs.as_ref().map(Sp::items).unwrap_or_default() {
            match parse_para(p) {
                Some(n) if ids.paragraphs.contains(&n) => report.problem(
                    Some(span),
                    &item.name,
                    format!("paragraph \"{p}\" is listed in two sections"),
                    "list each paragraph in one section only",
                ),
                Some(n) => {
                    ids.paragraphs.push(n);
                    paragraphs.push(Para(n));
                }
                None => report.problem(
                    Some(span),
                    &item.name,
                    format!("\"{p}\" is not a paragraph id"),
                    "write paragraph ids as p1, p2, ...",
                ),
            }
        }
        if paragraphs.is_empty() {
            report.problem(
                Some(item.span.clone()),
                &item.name,
                "the section lists no paragraphs",
                "add paragraphs = [\"p1\", ...]",
            );
        }
        sections.push(Section {
            id,
            title,
            paragraphs: leak(paragraphs),
        });
    }
    sections
}

/// Each actor's place on the map where an editor set one (`None` otherwise).
type MapAt = Vec<Option<(f32, f32)>>;

fn check_actors(report: &mut Report, raw: &[Sp<RawActor>], ids: &mut Ids) -> (Vec<Actor>, MapAt) {
    let mut actors = Vec::new();
    let mut places = Vec::new();
    for (a, id, item) in entries(report, "actors", raw, |x| &x.id, NO_ACTORS) {
        let name = text(report, &item, &a.name, "name", "the actor's full name");
        let short = opt_text(report, &item, &a.short, "short", "a short name").unwrap_or(name);
        let note = opt_text(report, &item, &a.note, "note", "a line about the actor");
        let kind = choice(&a.kind).unwrap_or(ActorKind::Group);
        places.push(a.map_at.as_ref().and_then(|at| match at.get().as_slice() {
            &[x, y] if (-1.0..=1.0).contains(&x) && (-1.0..=1.0).contains(&y) => {
                Some((x as f32, y as f32))
            }
            _ => {
                report.problem(
                    Some(at.span()),
                    &item.name,
                    "`map_at` is not two numbers from -1 to 1",
                    "write `map_at = [x, y]`, each from -1 (left, top) to 1 (right, bottom), or remove the line",
                );
                None
            }
        }));
        ids.actors.push(id);
        actors.push(Actor {
            id,
            name,
            short,
            note,
            kind,
        });
    }
    (actors, places)
}

fn check_events(report: &mut Report, raw: &[Sp<RawEvent>], ids: &mut Ids) -> Vec<Event> {
    let mut events = Vec::new();
    for (e, id, item) in entries(report, "events", raw, |x| &x.id, None) {
        let title = text(report, &item, &e.title, "title", "a short title");
        let short = opt_text(
            report,
            &item,
            &e.short,
            "short",
            "a label of a few words for the timeline",
        )
        .unwrap_or(title);
        let fix = "add `date = ...` (YYYY, YYYY-MM or YYYY-MM-DD, optionally `since ...` or `by ...`, or \"undated\")";
        let when = when(report, &item, &e.date, "date", fix).unwrap_or(When::Undated);
        let summary = text(
            report,
            &item,
            &e.summary,
            "summary",
            "what happened, in our words",
        );
        let actors = refs(report, &item, &e.actors, "actors", &ids.actors)
            .into_iter()
            .map(ActorIx)
            .collect();
        let sourcing = check_sourcing(report, &item, (&e.kind, &e.by, &e.cite), ids);
        events.push(Event {
            id,
            title,
            short,
            when,
            summary,
            actors: leak(actors),
            sourcing,
            updated: None,
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

fn check_eras(report: &mut Report, raw: &[Sp<RawEra>], ids: &Ids) -> Vec<Era> {
    let mut eras = Vec::new();
    for (e, id, item) in entries(report, "eras", raw, |x| &x.id, None) {
        let title = text(report, &item, &e.title, "title", "the era's name");
        let from = date(report, &item, &e.from, "from", true).unwrap_or(Date::year(1));
        let to = date(report, &item, &e.to, "to", false);
        if let (Some(to), Some(raw_to)) = (to, &e.to) {
            if to < from {
                report.problem(
                    Some(raw_to.span()),
                    &item.name,
                    format!("ends ({}) before it begins ({})", to.iso(), from.iso()),
                    "swap `from` and `to`, or correct one of them",
                );
            }
        }
        let sourcing = check_sourcing(report, &item, (&e.kind, &e.by, &e.cite), ids);
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

fn check_relationships(
    report: &mut Report,
    raw: &[Sp<RawRelationship>],
    ids: &mut Ids,
) -> Vec<Relationship> {
    let mut relationships = Vec::new();
    let mut aliases = Vec::new();
    for (r, id, item) in entries(report, "relationships", raw, |x| &x.id, None) {
        let own: Vec<&'static str> = r
            .aliases
            .as_ref()
            .map(Sp::items)
            .unwrap_or_default()
            .into_iter()
            .map(|(alias, span)| {
                aliases.push((alias.to_string(), span, item.name.clone()));
                leak_str(alias.to_string())
            })
            .collect();
        let pair = refs(report, &item, &r.actors, "actors", &ids.actors);
        let actors = match pair.as_slice() {
            [a, b] if a != b => [ActorIx(*a), ActorIx(*b)],
            _ => {
                report.problem(
                    Some(r.actors.as_ref().map_or(item.span.clone(), Sp::span)),
                    &item.name,
                    "a relationship needs exactly two different actors",
                    "write actors = [\"first-id\", \"second-id\"]",
                );
                [ActorIx(0), ActorIx(0)]
            }
        };
        let summary = text(
            report,
            &item,
            &r.summary,
            "summary",
            "the relationship in a sentence or two",
        );
        let sourcing = check_sourcing(report, &item, (&r.kind, &r.by, &r.cite), ids);
        let mut states = Vec::new();
        // Per facet, the last state's date and name: each facet goes oldest first.
        let mut previous: [Option<(Date, String)>; 2] = Default::default();
        for (j, state_entry) in r.states.iter().enumerate() {
            let s = state_entry.get();
            let state = Item {
                name: format!("{}.states[{j}]", item.name),
                span: state_entry.span(),
            };
            let fix = "add from = \"YYYY\" (or YYYY-MM, YYYY-MM-DD, `since ...`, `by ...`)";
            let from = match (when(report, &state, &s.from, "from", fix), &s.from) {
                (Some(When::Undated), Some(raw_from)) => {
                    report.problem(
                        Some(raw_from.span()),
                        &state.name,
                        "a state needs a date; \"undated\" cannot place it in time",
                        "give the date it began, or `by YYYY-MM-DD` for when the source reports it",
                    );
                    None
                }
                (when, _) => when,
            };
            let stance = choice(&s.stance);
            if stance.is_none() {
                missing(
                    report,
                    &state,
                    "stance",
                    format!("add stance = \"...\", one of: {}", Stance::NAMES.join(", ")),
                );
            }
            let date = from.and_then(|w| w.date());
            if let (Some(date), Some(raw_from), Some(stance)) = (date, &s.from, stance) {
                let facet = stance.facet();
                let before = &mut previous[facet.index()];
                if let Some((earlier, earlier_item)) = before.as_ref() {
                    facet_order(
                        report,
                        &state,
                        raw_from.span(),
                        facet,
                        (date, earlier),
                        earlier_item,
                    );
                }
                *before = Some((date, state.name.clone()));
            }
            let state_summary = text(
                report,
                &state,
                &s.summary,
                "summary",
                "what the state was, in our words",
            );
            let state_sourcing = check_sourcing(report, &state, (&s.kind, &s.by, &s.cite), ids);
            let events = refs(report, &state, &s.events, "events", &ids.events)
                .into_iter()
                .map(EventIx)
                .collect();
            states.push(RelState {
                from: from.unwrap_or(When::Undated),
                stance: stance.unwrap_or(Stance::NoFormalTies),
                summary: state_summary,
                sourcing: state_sourcing,
                events: leak(events),
            });
        }
        // The facets interleave in time: stable, so states that begin together keep file order.
        states.sort_by_key(|s| s.from.date());
        if states.is_empty() {
            about_field(
                report,
                &item,
                "states",
                item.span.clone(),
                "the relationship has no states",
                format!("add at least one [[relationships.states]] entry after [[relationships]] \"{id}\""),
            );
        }
        ids.relationships.push(id);
        relationships.push(Relationship {
            id,
            aliases: leak(own),
            actors,
            summary,
            sourcing,
            states: leak(states),
            updated: None,
        });
    }
    check_aliases(report, &aliases, &ids.relationships);
    relationships
}

/// Old ids kept for links: well formed, and each opens one relationship only.
fn check_aliases(report: &mut Report, aliases: &[(String, Range<usize>, String)], ids: &[&str]) {
    for (i, (alias, span, item)) in aliases.iter().enumerate() {
        let clash = ids.contains(&alias.as_str())
            || aliases[..i].iter().any(|(earlier, ..)| earlier == alias);
        if !is_well_formed_id(alias) {
            report.problem(
                Some(span.clone()),
                item,
                format!("alias {alias:?} is not lowercase letters, digits and single hyphens"),
                "write the old id exactly as it appeared in links",
            );
        } else if clash {
            report.problem(
                Some(span.clone()),
                item,
                format!("alias \"{alias}\" is already the id or an alias of a relationship"),
                "a link can open only one relationship: remove this alias or the other use",
            );
        }
    }
}

/// Within a facet, each state begins after the one before: two official statuses (or two
/// practices) from the same date contradict each other.
fn facet_order(
    report: &mut Report,
    state: &Item,
    span: Range<usize>,
    facet: Facet,
    (date, earlier): (Date, &Date),
    earlier_item: &str,
) {
    let what = match facet {
        Facet::Official => "official status",
        Facet::Practice => "practice",
    };
    if date == *earlier {
        report.problem(
            Some(span),
            &state.name,
            format!(
                "two {what}es at once: this state and {earlier_item} both begin {}, and a relationship has one {what} at a time",
                date.iso()
            ),
            "keep one of them, or give each its own date (a stance of the other facet may share the date: see the stances in the file's header)",
        );
    } else if date < *earlier {
        report.problem(
            Some(span),
            &state.name,
            format!(
                "states out of order: {} is not after {} ({earlier_item}, the {what} before it)",
                date.iso(),
                earlier.iso()
            ),
            "list each facet's states oldest first",
        );
    }
}

fn check_steps(
    report: &mut Report,
    raw: &[Sp<RawStep>],
    ids: &Ids,
) -> (Vec<Step>, Vec<Vec<&'static str>>) {
    let mut steps = Vec::new();
    let mut texts = Vec::new();
    for (s, id, item) in entries(report, "steps", raw, |x| &x.id, NO_STEPS) {
        let title = text(report, &item, &s.title, "title", "the step's title");
        let body = text(
            report,
            &item,
            &s.text,
            "text",
            "a few sentences in our words",
        );
        let paragraphs = paragraphs_of(body);
        let sourcing = check_sourcing(report, &item, (&s.kind, &s.by, &s.cite), ids);
        let events: Vec<EventIx> = refs(report, &item, &s.events, "events", &ids.events)
            .into_iter()
            .map(EventIx)
            .collect();
        let relationships: Vec<RelIx> = refs(
            report,
            &item,
            &s.relationships,
            "relationships",
            &ids.relationships,
        )
        .into_iter()
        .map(RelIx)
        .collect();
        let as_of = date(report, &item, &s.as_of, "as_of", true);
        if s.events.is_none() && s.relationships.is_none() {
            report.problem(
                Some(item.span.clone()),
                &item.name,
                "the step has no focus: it names no events and no relationships",
                "add events = [\"...\"] and/or relationships = [\"...\"] for the views to show",
            );
        }
        steps.push(Step {
            id,
            title,
            lede: lede_of(&paragraphs),
            sourcing,
            focus: Focus {
                events: leak(events),
                relationships: leak(relationships),
                as_of: as_of.unwrap_or(Date::year(1)),
            },
        });
        texts.push(paragraphs);
    }
    (steps, texts)
}

/// The first sentence of a paragraph: up to the first `.`, `!` or `?` (and a closing quote)
/// followed by a space and a capital letter or opening quote, not counting abbreviations
/// with inner full stops ("U.S.") or of one capital letter ("J. Smith"); the whole
/// paragraph when there is no such end.
/// A step's text as paragraphs (blank lines between them), each on one line.
pub fn paragraphs_of(body: &str) -> Vec<&'static str> {
    body.split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| leak_str(p.split_whitespace().collect::<Vec<_>>().join(" ")))
        .collect()
}

/// A step's lede: the first sentence of its first paragraph (link previews' description).
pub fn lede_of(paragraphs: &[&'static str]) -> &'static str {
    paragraphs.first().map_or("", |p| first_sentence(p))
}

fn first_sentence(paragraph: &'static str) -> &'static str {
    let text = paragraph.trim();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (i, &(at, c)) in chars.iter().enumerate() {
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        // A closing quote or bracket stays with its sentence.
        let mut end = i + 1;
        while chars
            .get(end)
            .is_some_and(|&(_, c)| matches!(c, '"' | '\'' | '”' | '’' | ')'))
        {
            end += 1;
        }
        let next_starts = chars.get(end).is_some_and(|&(_, c)| c.is_whitespace())
            && chars.get(end + 1).is_some_and(|&(_, c)| {
                c.is_uppercase() || matches!(c, '"' | '“' | '‘' | '\'') || c.is_ascii_digit()
            });
        if !next_starts {
            continue;
        }
        let word_start = text[..at].rfind(char::is_whitespace).map_or(0, |w| w + 1);
        let word = &text[word_start..at];
        let abbreviation = c == '.'
            && (word.contains('.')
                || (word.chars().count() == 1 && word.chars().all(char::is_uppercase)));
        if !abbreviation {
            let cut = chars.get(end).map_or(text.len(), |&(b, _)| b);
            return &text[..cut];
        }
    }
    text
}

/// The updates log: each entry needs a day, what changed, and at least one existing item.
fn check_updates(
    report: &mut Report,
    raw: &[Sp<RawUpdate>],
    ids: &Ids,
    steps: &[Step],
) -> Vec<Update> {
    let step_ids: Vec<&'static str> = steps.iter().map(|s| s.id).collect();
    let mut updates = Vec::new();
    for (i, entry) in raw.iter().enumerate() {
        let u = entry.get();
        let item = Item {
            name: format!("updates[{i}]"),
            span: entry.span(),
        };
        let fix = Some("add date = \"YYYY-MM-DD\" (the day of the change)".to_string());
        let date = parse_date(report, &item, &u.date, "date", fix, Date::parse);
        if let (Some(d), Some(value)) = (date, &u.date) {
            if d.precision() != Precision::Day {
                report.problem(
                    Some(value.span()),
                    &item.name,
                    format!("an update needs its day, not only {}", d.display()),
                    "write the day of the change: date = \"YYYY-MM-DD\"",
                );
            }
        }
        let what = text(report, &item, &u.what, "what", "what changed and why");
        let list = u.items.as_ref().map(Sp::items).unwrap_or_default();
        if list.is_empty() {
            about_field(
                report,
                &item,
                "items",
                u.items.as_ref().map_or(item.span.clone(), Sp::span),
                "an update names no items: readers could not tell what changed",
                "add items = [\"events.<id>\", \"relationships.<id>\", \"steps.<id>\"] naming what it changed",
            );
        }
        let mut items = Vec::new();
        for (name, span) in list {
            let target = match name.split_once('.') {
                Some(("events", id)) => resolve(report, &item, id, span, "events", &ids.events)
                    .map(|e| Target::Event(EventIx(e))),
                Some(("relationships", id)) => {
                    resolve(report, &item, id, span, "relationships", &ids.relationships)
                        .map(|r| Target::Relationship(RelIx(r)))
                }
                Some(("steps", id)) => resolve(report, &item, id, span, "steps", &step_ids)
                    .map(|s| Target::Step(usize::from(s))),
                _ => {
                    report.problem(
                        Some(span),
                        &item.name,
                        format!("\"{name}\" does not name an item"),
                        "write events.<id>, relationships.<id> or steps.<id>",
                    );
                    None
                }
            };
            items.extend(target);
        }
        if let Some(date) = date {
            updates.push(Update { date, what, items });
        }
    }
    updates
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

/// Reports a problem with `key` of `item`, unless its value was already reported as
/// unreadable (and so set aside): one mistake, one message.
fn about_field(
    report: &mut Report,
    item: &Item,
    key: &str,
    span: Range<usize>,
    message: impl Into<String>,
    fix: impl Into<String>,
) {
    if !report.is_set_aside(item.span.clone(), key) {
        report.problem(Some(span), &item.name, message, fix);
    }
}

/// Reports a required field that is missing.
fn missing(report: &mut Report, item: &Item, key: &str, fix: impl Into<String>) {
    let message = format!("`{key}` is missing");
    about_field(report, item, key, item.span.clone(), message, fix);
}

/// Required, non-empty text; reports problems and returns "" on failure.
fn text(report: &mut Report, item: &Item, value: &Text, key: &str, what: &str) -> &'static str {
    match value {
        None => {
            missing(report, item, key, format!("add `{key} = \"...\"` ({what})"));
            ""
        }
        Some(value) => non_empty(report, item, value, key, format!("write {what}")).unwrap_or(""),
    }
}

/// Optional text: reports empty text.
fn opt_text(
    report: &mut Report,
    item: &Item,
    value: &Text,
    key: &str,
    what: &str,
) -> Option<&'static str> {
    let fix = format!("write {what}, or remove the line");
    non_empty(report, item, value.as_ref()?, key, fix)
}

fn non_empty(
    report: &mut Report,
    item: &Item,
    value: &Sp<String>,
    key: &str,
    fix: String,
) -> Option<&'static str> {
    let trimmed = value.get().trim();
    if trimmed.is_empty() {
        report.problem(
            Some(value.span()),
            &item.name,
            format!("`{key}` is empty"),
            fix,
        );
        return None;
    }
    Some(leak_str(trimmed.to_string()))
}

/// Ids already used in a collection, with the line each was first used on.
#[derive(Default)]
struct Seen(BTreeMap<String, usize>);

/// Whether `id` is lowercase letters, digits and single hyphens (it appears in links).
pub fn is_well_formed_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// Each entry of a collection with its checked id and its name in messages. A collection
/// that must not be empty says so with `when_none` (message, fix).
fn entries<'a, T>(
    report: &mut Report,
    collection: &str,
    raw: &'a [Sp<T>],
    id: impl Fn(&T) -> &Text,
    when_none: WhenNone,
) -> Vec<(&'a T, &'static str, Item)> {
    if let (true, Some((message, fix))) = (raw.is_empty(), when_none) {
        report.problem(None, collection, message, fix);
    }
    let mut seen = Seen::default();
    raw.iter()
        .enumerate()
        .map(|(i, entry)| {
            let (id, item) = check_id(
                report,
                collection,
                i,
                entry.span(),
                id(entry.get()),
                &mut seen,
            );
            (entry.get(), id, item)
        })
        .collect()
}

/// Checks an entry's `id` (form and uniqueness) and names the entry after it.
fn check_id(
    report: &mut Report,
    collection: &str,
    index: usize,
    span: Range<usize>,
    id: &Text,
    seen: &mut Seen,
) -> (&'static str, Item) {
    let mut item = Item {
        name: format!("{collection}[{index}]"),
        span,
    };
    let Some(id) = id else {
        missing(
            report,
            &item,
            "id",
            "add `id = ...` (a short lowercase id such as \"russia-taliban\")",
        );
        return ("", item);
    };
    let text = id.get();
    if !is_well_formed_id(text) {
        report.problem(
            Some(id.span()),
            &item.name,
            format!("id {text:?} is not lowercase letters, digits and single hyphens"),
            "use an id such as \"russia-taliban\" (it appears in links, so keep it short)",
        );
        return (leak_str(text.clone()), item);
    }
    item.name = format!("{collection}.{text}");
    let line = report.line_of(id.span().start);
    if let Some(first) = seen.0.get(text) {
        report.problem(
            Some(id.span()),
            &item.name,
            format!("duplicate id \"{text}\" (first used on line {first})"),
            "give each entry its own id",
        );
    } else {
        seen.0.insert(text.clone(), line);
    }
    (leak_str(text.clone()), item)
}

/// Resolves references to ids of `collection`, reporting unknown ones with the nearest id.
fn refs(
    report: &mut Report,
    item: &Item,
    list: &Option<Sp<List>>,
    collection: &str,
    known: &[&'static str],
) -> Vec<u16> {
    let items = list.as_ref().map(Sp::items).unwrap_or_default();
    items
        .into_iter()
        .filter_map(|(id, span)| resolve(report, item, id, span, collection, known))
        .collect()
}

fn resolve(
    report: &mut Report,
    item: &Item,
    id: &str,
    span: Range<usize>,
    collection: &str,
    known: &[&'static str],
) -> Option<u16> {
    if let Some(i) = known.iter().position(|k| *k == id) {
        return Some(i as u16);
    }
    let fix = match nearest(id, known.iter().copied()) {
        Some(near) => format!("did you mean \"{near}\"? Use the id of an [[{collection}]] entry"),
        None => format!("use the id of an [[{collection}]] entry, or add one with this id"),
    };
    let singular = collection.trim_end_matches('s');
    report.problem(
        Some(span),
        &item.name,
        format!("unknown {singular} \"{id}\""),
        fix,
    );
    None
}

/// Checks `kind` (fact, claim, analysis), `by` and `cite`.
fn check_sourcing(
    report: &mut Report,
    item: &Item,
    (kind, by, cite): (&raw::Kind, &Text, &raw::Ids),
    ids: &Ids,
) -> Sourcing {
    let by_actor = by.as_ref().and_then(|by| {
        resolve(report, item, by.get(), by.span(), "actors", &ids.actors).map(ActorIx)
    });
    let kind = match (kind.as_ref().map(|k| (k.get().0, k.span())), by_actor) {
        (None, _) => {
            about_field(
                report,
                item,
                "kind",
                item.span.clone(),
                "`kind` is missing: is it a reported fact, a claim or analysis?",
                "add kind = \"fact\", \"claim\" (with by = \"actor-id\") or \"analysis\"",
            );
            Attribution::Fact
        }
        (Some((RawKind::Fact, _)), _) => {
            if let Some(by) = by {
                report.problem(
                    Some(by.span()),
                    &item.name,
                    "a reported fact has no `by`",
                    "remove `by`, or make it kind = \"claim\" if it is someone's claim",
                );
            }
            Attribution::Fact
        }
        (Some((RawKind::Claim, _)), Some(by)) => Attribution::Claim { by },
        (Some((RawKind::Claim, span)), None) => {
            // An unknown or unreadable `by` is reported already.
            if by.is_none() {
                about_field(
                    report,
                    item,
                    "by",
                    span,
                    "a claim needs to say whose it is",
                    "add by = \"actor-id\" (the actor who makes the claim)",
                );
            }
            Attribution::Fact
        }
        (Some((RawKind::Analysis, _)), by) => Attribution::Analysis { by },
    };
    let cite = cites(report, item, cite, ids);
    Sourcing { kind, cite }
}

/// Checks `cite`: paragraph ids that must exist in [[sections]]; at least one.
fn cites(report: &mut Report, item: &Item, cite: &Option<Sp<List>>, ids: &Ids) -> &'static [Para] {
    let list = cite.as_ref().map(Sp::items).unwrap_or_default();
    if list.is_empty() {
        about_field(
            report,
            item,
            "cite",
            cite.as_ref().map_or(item.span.clone(), Sp::span),
            "no citations: every fact must say which paragraphs it comes from",
            "add cite = [\"p1\", ...] naming the source paragraphs",
        );
    }
    let mut cites = Vec::new();
    for (p, span) in list {
        match parse_para(p) {
            Some(n) if ids.paragraphs.contains(&n) => cites.push(Para(n)),
            Some(_) => report.problem(
                Some(span),
                &item.name,
                format!("cites paragraph \"{p}\", which the source does not have"),
                format!(
                    "cite one of the paragraphs listed in [[sections]] ({})",
                    para_range(ids)
                ),
            ),
            None => report.problem(
                Some(span),
                &item.name,
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

/// A value of a fixed vocabulary (serde has reported names not in it).
fn choice<T: Vocabulary>(value: &Option<Sp<Choice<T>>>) -> Option<T> {
    value.as_ref().map(|v| v.get().0)
}

/// A date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`).
fn date(
    report: &mut Report,
    item: &Item,
    value: &raw::When,
    key: &str,
    required: bool,
) -> Option<Date> {
    let fix = required.then(|| format!("add `{key} = ...` (a date: YYYY, YYYY-MM or YYYY-MM-DD)"));
    parse_date(report, item, value, key, fix, |text| {
        Date::parse(text.trim())
    })
}

/// A required date with its qualifier (`2025-07-03`, `since 2022`, `by 2025-07-03`,
/// `undated`); `missing_fix` says what to write when it is missing.
fn when(
    report: &mut Report,
    item: &Item,
    value: &raw::When,
    key: &str,
    missing_fix: &str,
) -> Option<When> {
    let fix = Some(missing_fix.to_string());
    parse_date(report, item, value, key, fix, When::parse)
}

/// Reads a date with `parse`; reports it missing (with `missing_fix`, when required) or
/// unreadable.
fn parse_date<T>(
    report: &mut Report,
    item: &Item,
    value: &raw::When,
    key: &str,
    missing_fix: Option<String>,
    parse: impl Fn(&str) -> Result<T, DateError>,
) -> Option<T> {
    let Some(value) = value else {
        if let Some(fix) = missing_fix {
            missing(report, item, key, fix);
        }
        return None;
    };
    let text = &value.get().0;
    parse(text)
        .map_err(|error| date_error(report, item, key, text, value.span(), error))
        .ok()
}

fn date_error(
    report: &mut Report,
    item: &Item,
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
    report.problem(Some(span), &item.name, message, fix);
}

/// An optional link: it must be https.
fn link(report: &mut Report, item: &Item, value: &Text, key: &str) -> Option<&'static str> {
    let raw = value.as_ref()?;
    let link = opt_text(report, item, value, key, "an https link")?;
    let host = link
        .strip_prefix("https://")
        .map(|rest| rest.split('/').next().unwrap_or(""));
    let safe = host.is_some_and(|h| !h.is_empty())
        && !link
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>');
    if safe {
        return Some(link);
    }
    report.problem(
        Some(raw.span()),
        &item.name,
        format!("`{key}` {link:?} is not an https link"),
        "use a full https:// address (other schemes such as javascript:, data: and http: are refused)",
    );
    None
}

/// Moves text into a `&'static str` (loaded stories live for the rest of the program).
pub fn leak_str(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

/// Moves a list into a `&'static` slice.
pub fn leak<T>(items: Vec<T>) -> &'static [T] {
    Box::leak(items.into_boxed_slice())
}

/// The candidate closest to `word` by edit distance, when close enough to be a likely typo.
pub fn nearest<'a>(word: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let limit = (word.chars().count() / 3).max(2);
    candidates
        .map(|c| (edit_distance(word, c), c))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// Levenshtein distance between two strings, by characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let current = row[j + 1];
            row[j + 1] = if ca == *cb {
                previous
            } else {
                1 + previous.min(row[j]).min(row[j + 1])
            };
            previous = current;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_near_names_only() {
        let ids = ["russia", "taliban", "united-states"];
        assert_eq!(nearest("rusia", ids.iter().copied()), Some("russia"));
        assert_eq!(nearest("talibn", ids.iter().copied()), Some("taliban"));
        assert_eq!(nearest("france", ids.iter().copied()), None);
    }

    #[test]
    fn a_steps_lede_is_its_first_sentence() {
        assert_eq!(
            first_sentence("Moscow said yes. Others waited."),
            "Moscow said yes."
        );
        assert_eq!(
            first_sentence("U.S. officials and J. Smith met. Then \"no\", they said."),
            "U.S. officials and J. Smith met."
        );
        assert_eq!(
            first_sentence("He called it \"a step.\" Kabul agreed."),
            "He called it \"a step.\""
        );
        assert_eq!(first_sentence("No full stop at all"), "No full stop at all");
        assert_eq!(
            first_sentence("Version 2.5 shipped. Yes."),
            "Version 2.5 shipped."
        );
    }
}
