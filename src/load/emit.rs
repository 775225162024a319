//! Writes a checked story as a Rust expression, which the build compiles into the app as
//! static data: the browser gets the story without a parser.

use std::fmt::Write;

use crate::model::{
    Actor, Attribution, Date, Era, Event, Focus, Meta, RelState, Relationship, Section,
    SegmentKind, Sourcing, Step, Story, TimelineLayout, When,
};

/// The story as a Rust expression of type `crate::model::Story`.
pub fn story_to_rust(story: &Story) -> String {
    let mut out = String::from("crate::model::Story {\n");
    field(&mut out, "meta", &meta(&story.meta));
    field(&mut out, "sections", &list(story.sections, section));
    field(&mut out, "actors", &list(story.actors, actor));
    field(&mut out, "events", &list(story.events, event));
    field(&mut out, "eras", &list(story.eras, era));
    field(
        &mut out,
        "relationships",
        &list(story.relationships, relationship),
    );
    field(&mut out, "steps", &list(story.steps, step));
    field(&mut out, "timeline", &timeline(&story.timeline));
    let h = &story.html;
    let steps: Vec<String> = h.steps.iter().map(|s| text(s)).collect();
    field(
        &mut out,
        "html",
        &format!(
            "crate::model::StaticHtml {{ masthead: {}, colophon: {}, steps: &[{}], eras: {}, axis: {}, era_legend: {} }}",
            text(h.masthead),
            text(h.colophon),
            steps.join(", "),
            text(h.eras),
            text(h.axis),
            text(h.era_legend)
        ),
    );
    out.push('}');
    out
}

fn field(out: &mut String, name: &str, value: &str) {
    let _ = writeln!(out, "{name}: {value},");
}

fn list<T>(items: &[T], each: impl Fn(&T) -> String) -> String {
    let mut out = String::from("&[");
    for item in items {
        out.push_str(&each(item));
        out.push_str(",\n");
    }
    out.push(']');
    out
}

fn text(s: &str) -> String {
    // Debug formatting of a str is a valid Rust string literal.
    format!("{s:?}")
}

fn date(d: Date) -> String {
    format!(
        "crate::model::Date {{ year: {}, month: {}, day: {} }}",
        d.year, d.month, d.day
    )
}

fn when(w: When) -> String {
    match w {
        When::On(d) => format!("crate::model::When::On({})", date(d)),
        When::Since(d) => format!("crate::model::When::Since({})", date(d)),
        When::By(d) => format!("crate::model::When::By({})", date(d)),
        When::Undated => "crate::model::When::Undated".to_string(),
    }
}

fn indices(name: &str, items: impl Iterator<Item = u16>) -> String {
    let parts: Vec<String> = items
        .map(|i| format!("crate::model::{name}({i})"))
        .collect();
    format!("&[{}]", parts.join(", "))
}

fn sourcing(s: &Sourcing) -> String {
    let kind = match s.kind {
        Attribution::Fact => "crate::model::Attribution::Fact".to_string(),
        Attribution::Claim { by } => {
            format!(
                "crate::model::Attribution::Claim {{ by: crate::model::ActorIx({}) }}",
                by.0
            )
        }
        Attribution::Analysis { by: None } => {
            "crate::model::Attribution::Analysis { by: None }".to_string()
        }
        Attribution::Analysis { by: Some(by) } => format!(
            "crate::model::Attribution::Analysis {{ by: Some(crate::model::ActorIx({})) }}",
            by.0
        ),
    };
    format!(
        "crate::model::Sourcing {{ kind: {kind}, cite: {} }}",
        indices("Para", s.cite.iter().map(|p| p.0))
    )
}

fn meta(m: &Meta) -> String {
    format!(
        "crate::model::Meta {{ kicker: {}, headline: {}, standfirst: {}, dateline: {}, \
         published: {}, source_name: {}, source_url: {} }}",
        text(m.kicker),
        text(m.headline),
        text(m.standfirst),
        text(m.dateline),
        date(m.published),
        text(m.source_name),
        match m.source_url {
            Some(url) => format!("Some({})", text(url)),
            None => "None".to_string(),
        }
    )
}

fn section(s: &Section) -> String {
    format!(
        "crate::model::Section {{ id: {}, title: {}, paragraphs: {} }}",
        text(s.id),
        text(s.title),
        indices("Para", s.paragraphs.iter().map(|p| p.0))
    )
}

fn actor(a: &Actor) -> String {
    format!(
        "crate::model::Actor {{ id: {}, name: {}, short: {}, kind: crate::model::ActorKind::{:?} }}",
        text(a.id),
        text(a.name),
        text(a.short),
        a.kind
    )
}

fn event(e: &Event) -> String {
    format!(
        "crate::model::Event {{ id: {}, title: {}, short: {}, when: {}, summary: {}, actors: {}, sourcing: {} }}",
        text(e.id),
        text(e.title),
        text(e.short),
        when(e.when),
        text(e.summary),
        indices("ActorIx", e.actors.iter().map(|a| a.0)),
        sourcing(&e.sourcing)
    )
}

fn era(e: &Era) -> String {
    format!(
        "crate::model::Era {{ id: {}, title: {}, from: {}, to: {}, sourcing: {} }}",
        text(e.id),
        text(e.title),
        date(e.from),
        match e.to {
            Some(d) => format!("Some({})", date(d)),
            None => "None".to_string(),
        },
        sourcing(&e.sourcing)
    )
}

fn state(s: &RelState) -> String {
    format!(
        "crate::model::RelState {{ from: {}, stance: crate::model::Stance::{:?}, summary: {}, sourcing: {}, events: {} }}",
        when(s.from),
        s.stance,
        text(s.summary),
        sourcing(&s.sourcing),
        indices("EventIx", s.events.iter().map(|e| e.0))
    )
}

fn relationship(r: &Relationship) -> String {
    format!(
        "crate::model::Relationship {{ id: {}, actors: [crate::model::ActorIx({}), crate::model::ActorIx({})], summary: {}, sourcing: {}, states: {} }}",
        text(r.id),
        r.actors[0].0,
        r.actors[1].0,
        text(r.summary),
        sourcing(&r.sourcing),
        list(r.states, state)
    )
}

fn focus(f: &Focus) -> String {
    format!(
        "crate::model::Focus {{ events: {}, relationships: {}, as_of: {} }}",
        indices("EventIx", f.events.iter().map(|e| e.0)),
        indices("RelIx", f.relationships.iter().map(|r| r.0)),
        date(f.as_of)
    )
}

fn timeline(t: &TimelineLayout) -> String {
    let segments = list(t.segments, |s| {
        let kind = match s.kind {
            SegmentKind::Linear => "crate::model::SegmentKind::Linear".to_string(),
            SegmentKind::Break { years } => {
                format!("crate::model::SegmentKind::Break {{ years: {years} }}")
            }
        };
        // Debug formatting of an f64 is a valid Rust literal that reads back exactly.
        format!(
            "crate::model::Segment {{ from_year: {:?}, to_year: {:?}, start: {:?}, end: {:?}, kind: {kind} }}",
            s.from_year, s.to_year, s.start, s.end
        )
    });
    let events = list(t.events, |p| {
        format!(
            "crate::model::PlacedEvent {{ event: crate::model::EventIx({}), at: {}, lane: {}, label_left: {} }}",
            p.event.0, p.at, p.lane, p.label_left
        )
    });
    let ticks = list(t.ticks, |k| {
        format!("crate::model::Tick {{ year: {}, at: {} }}", k.year, k.at)
    });
    format!(
        "crate::model::TimelineLayout {{ segments: {segments}, events: {events}, ticks: {ticks} }}"
    )
}

fn step(s: &Step) -> String {
    let paragraphs: Vec<String> = s.text.iter().map(|p| text(p)).collect();
    format!(
        "crate::model::Step {{ id: {}, title: {}, text: &[{}], sourcing: {}, focus: {} }}",
        text(s.id),
        text(s.title),
        paragraphs.join(", "),
        sourcing(&s.sourcing),
        focus(&s.focus)
    )
}
