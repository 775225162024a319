//! The parts of the page that never change, written as HTML when a story is loaded (for the
//! app, at build time). Every text and attribute value is escaped here, so content (which an
//! editor controls) is always inert text, never markup. The components insert these strings
//! as they are; the markup matches what the components would render.

use crate::page_text::{Target, Update};
use explainer_locale::{words, Arg, CiteRun, Words};
use explainer_model::date::number;
use explainer_model::escape_html as escape;
use explainer_model::escape_text;
use explainer_model::{quantize, Date, Precision, SegmentKind, Source, Sourcing, Story, When};

/// A text's kind and citations (as `components::sources` renders them).
pub fn sources(story: &Story, sourcing: &Sourcing) -> String {
    let w = words(story.meta.lang);
    format!(
        "<p class=\"sources\"><span class=\"kind\" data-kind=\"{}\">{}</span>\
         <span class=\"cites\"><span class=\"sr-only\">{}</span>{}</span></p>",
        sourcing.kind.slug(),
        escape(&w.attribution(story, sourcing.kind)),
        escape(&w.msg("source")),
        citation(&w.citation(story, sourcing.cite))
    )
}

/// A citation's runs as markup: its words escaped, a source's outlet linked to it.
fn citation(runs: &[CiteRun]) -> String {
    runs.iter()
        .map(|run| match run {
            CiteRun::Text(text) => escape(text),
            CiteRun::Link { label, url } => {
                format!("<a href=\"{}\">{}</a>", escape(url), escape(label))
            }
        })
        .collect()
}

/// The headline block.
pub fn masthead(story: &Story) -> String {
    let meta = &story.meta;
    let w = words(meta.lang);
    // A story of several sources has no one place it was filed from: only its date.
    let (before, after) = if meta.dateline.is_empty() {
        (String::new(), String::new())
    } else {
        w.around(
            "dateline",
            "date",
            &[("place", Arg::Text(meta.dateline.into()))],
        )
    };
    format!(
        "<header class=\"masthead\"><p class=\"kicker\">{}</p><h1>{}</h1>\
         <p class=\"standfirst\">{}</p><p class=\"dateline\">{}\
         <time datetime=\"{}\">{}</time>{}</p></header>",
        escape(meta.kicker),
        escape(meta.headline),
        escape(meta.standfirst),
        escape(&before),
        meta.published.iso(),
        escape(&w.date(meta.published)),
        escape(&after)
    )
}

/// The footer: the updates log, if any, and where everything comes from.
pub fn colophon(story: &Story, updates: &[Update]) -> String {
    let w = words(story.meta.lang);
    let mut out = String::from("<footer class=\"colophon\">");
    if !updates.is_empty() {
        out.push_str(&format!(
            "<section class=\"updates\" data-testid=\"updates\" aria-labelledby=\"updates-heading\">\
             <h2 id=\"updates-heading\">{}</h2><ol>",
            escape(&w.msg("updates"))
        ));
        for update in updates {
            out.push_str(&format!(
                "<li data-testid=\"update\"><time datetime=\"{}\">{}</time>: {} <span class=\"label\">{}</span> ",
                update.date.iso(),
                escape(&w.date(update.date)),
                escape(update.what),
                escape(&w.msg("update-changed"))
            ));
            let links: Vec<String> = update
                .items
                .iter()
                .map(|&target| {
                    let (href, name) = match target {
                        Target::Event(e) => {
                            let event = story.event(e);
                            (["event=", event.id].concat(), event.title.to_string())
                        }
                        Target::Relationship(r) => (
                            ["rel=", story.relationship(r).id].concat(),
                            w.relationship_name(story, r),
                        ),
                        Target::Step(s) => (
                            ["step=", story.steps[s].id].concat(),
                            w.msg_with(
                                "step-link",
                                &[
                                    ("n", Arg::Number(s as i64 + 1)),
                                    ("title", Arg::Text(story.steps[s].title.into())),
                                ],
                            ),
                        ),
                    };
                    format!("<a href=\"#{}\">{}</a>", escape(&href), escape(&name))
                })
                .collect();
            out.push_str(&links.join(&escape(&w.msg("list-separator"))));
            out.push_str(".</li>");
        }
        out.push_str("</ol></section>");
    }
    if story.sources.is_empty() {
        let (before, after) = w.around("colophon", "source", &[]);
        let name = escape(story.meta.source_name);
        let source = match story.meta.source_url {
            Some(url) => format!("<a href=\"{}\">{name}</a>", escape(url)),
            None => name,
        };
        out.push_str(&format!(
            "<p>{}{source}{}</p>",
            escape_text(&before),
            escape_text(&after)
        ));
    } else {
        let (before, after) = w.around("colophon-sources", "sources", &[]);
        let list: Vec<String> = story.sources.iter().map(|s| source_entry(w, s)).collect();
        out.push_str(&format!(
            "<p data-testid=\"sources\">{}{}{}</p>",
            escape_text(&before),
            list.join(&escape(&w.msg("cite-sections"))),
            escape_text(&after)
        ));
    }
    // A translation says what review it has had, and what it still awaits.
    if story.meta.lang != explainer_locale::SOURCE_LANG {
        out.push_str(&format!(
            "<p class=\"translation-note\" data-testid=\"translation-note\">{}</p>",
            escape(&w.msg("translation-note"))
        ));
    }
    out.push_str("</footer>");
    out
}

/// A source in the colophon's list: its outlet linked to it, its title in its own language,
/// and its date when known, in the order and punctuation of `w`'s `colophon-source`.
fn source_entry(w: &Words, source: &Source) -> String {
    const OUTLET: &str = "\u{E001}";
    const TITLE: &str = "\u{E002}";
    let mut text = w.msg_with(
        "colophon-source",
        &[
            ("outlet", Arg::Text(OUTLET.into())),
            ("title", Arg::Text(TITLE.into())),
        ],
    );
    if source.published != When::Undated {
        text = w.msg_with(
            "colophon-source-dated",
            &[
                ("source", Arg::Text(text)),
                ("date", Arg::Text(w.when(source.published))),
            ],
        );
    }
    escape(&text)
        .replace(
            OUTLET,
            &format!(
                "<a href=\"{}\">{}</a>",
                escape(source.url),
                escape(source.outlet)
            ),
        )
        .replace(
            TITLE,
            &format!(
                "<cite lang=\"{}\">{}</cite>",
                escape(source.lang),
                escape(source.title)
            ),
        )
}

/// "Updated 27 November 2026" (as `components::updated_mark` renders it).
pub fn updated_mark(w: &Words, updated: Option<Date>) -> String {
    updated.map_or_else(String::new, |date| {
        let (before, after) = w.around("updated", "date", &[]);
        format!(
            "<p class=\"updated-mark\" data-testid=\"updated-mark\">{}<time datetime=\"{}\">{}</time>{}</p>",
            escape(&before),
            date.iso(),
            escape(&w.date(date)),
            escape(&after)
        )
    })
}

/// A step's paragraphs (its text, which only this markup carries), sources, and the mark of
/// the latest update that changed it.
pub fn step_body(
    story: &Story,
    index: usize,
    paragraphs: &[&str],
    updated: Option<Date>,
) -> String {
    let step = &story.steps[index];
    let mut out = String::new();
    for paragraph in paragraphs {
        out.push_str("<p>");
        out.push_str(&escape(paragraph));
        out.push_str("</p>");
    }
    out.push_str(&sources(story, &step.sourcing));
    out.push_str(&updated_mark(words(story.meta.lang), updated));
    out
}

fn pos(position: f64) -> String {
    number(i64::from(quantize(position)))
}

/// The era bands behind the timeline.
pub fn eras(story: &Story) -> String {
    let layout = &story.timeline;
    let mut out = String::from("<div class=\"eras\" aria-hidden=\"true\">");
    for (i, era) in story.eras.iter().enumerate() {
        let end = era.to.map_or(1.0, |d| layout.position(d));
        out.push_str(&format!(
            "<div class=\"era\" data-era=\"{}\" data-at=\"{}\" data-to=\"{}\"><span class=\"era-title\">{}</span></div>",
            i % 3,
            pos(layout.position(era.from)),
            pos(end),
            escape(era.title)
        ));
    }
    out.push_str("</div>");
    out
}

/// The axis: compressed gaps as breaks, and the year ticks.
pub fn axis(story: &Story) -> String {
    let layout = &story.timeline;
    let mut out = String::from("<div class=\"axis\" aria-hidden=\"true\">");
    for segment in layout.segments {
        if let SegmentKind::Break { .. } = segment.kind {
            out.push_str(&format!(
                "<span class=\"break\" data-at=\"{}\" data-to=\"{}\"></span>",
                pos(segment.start),
                pos(segment.end)
            ));
        }
    }
    for tick in layout.ticks {
        out.push_str(&format!(
            "<span class=\"tick\" data-at=\"{}\">{}</span>",
            tick.at,
            words(story.meta.lang).number(tick.year.into())
        ));
    }
    out.push_str("</div>");
    out
}

/// The key to the era colours.
pub fn era_legend(story: &Story) -> String {
    let w = words(story.meta.lang);
    let mut out = String::from("<p class=\"era-legend\">");
    // A span of years reads as bare years ("1979–1989"), whatever a year alone reads as.
    let bound = |d: Date| match d.precision() {
        Precision::Year => w.number(d.year.into()),
        _ => w.date(d),
    };
    for (i, era) in story.eras.iter().enumerate() {
        let title = Arg::Text(era.title.into());
        let span = match era.to {
            Some(to) => w.msg_with(
                "era-span",
                &[
                    ("title", title),
                    ("from", Arg::Text(bound(era.from))),
                    ("to", Arg::Text(bound(to))),
                ],
            ),
            None => w.msg_with(
                "era-open",
                &[("title", title), ("from", Arg::Text(bound(era.from)))],
            ),
        };
        out.push_str(&format!(
            "<span class=\"era-key\" data-era=\"{}\">{}</span>",
            i % 3,
            escape(&span)
        ));
    }
    out.push_str("</p>");
    out
}
