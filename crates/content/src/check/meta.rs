//! The story's own fields (`[story]`: its language, headline, dates, source) and the source's
//! sections.

use std::ops::Range;

use explainer_model::{Date, Meta, Para, Section, Source, When};

use super::refs::*;
use super::values::*;
use crate::diagnostics::Report;
use crate::leak::{leak, leak_str};
use crate::raw::{List, RawMeta, RawSection, RawSource, Sp, Text};

/// `[story]`; `listed` when the story lists its [[sources]] (then it has no one dateline or
/// source name to give).
pub(crate) fn check_meta(
    report: &mut Report,
    raw: Option<&Sp<RawMeta>>,
    file: Range<usize>,
    listed: bool,
) -> Meta {
    let Some(raw) = raw else {
        if !report.is_set_aside(file, "story") {
            report.problem(
                None,
                "story",
                "the [story] table is missing",
                "add a [story] table with kicker, headline, standfirst, published and (for one source) dateline and source_name",
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
        description: opt_text(
            report,
            &item,
            &m.description,
            "description",
            "one sentence on the explainer for search engines and link previews",
        )
        .unwrap_or(""),
        dateline: one_source(
            report,
            &item,
            &m.dateline,
            listed,
            "dateline",
            "where the source was filed from",
        ),
        published: date(report, &item, &m.published, "published", true).unwrap_or(Date::year(1)),
        source_name: one_source(
            report,
            &item,
            &m.source_name,
            listed,
            "source_name",
            "a description of the source article",
        ),
        source_url: match (listed, &m.source_url) {
            (true, Some(_)) => {
                one_source(report, &item, &m.source_url, true, "source_url", "");
                None
            }
            _ => link(report, &item, &m.source_url, "source_url"),
        },
    }
}

/// A field of `[story]` that describes its one source: required unless the story lists its
/// [[sources]], where it would say nothing they do not (and a dateline would pick one of them).
fn one_source(
    report: &mut Report,
    item: &Item,
    value: &Text,
    listed: bool,
    key: &str,
    what: &str,
) -> &'static str {
    match (listed, value) {
        (false, _) => text(report, item, value, key, what),
        (true, None) => "",
        (true, Some(value)) => {
            report.problem(
                Some(value.span()),
                &item.name,
                format!("`{key}` describes one source, but the story lists its [[sources]]"),
                format!("remove `{key}`: the page names each source from [[sources]]"),
            );
            ""
        }
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

/// `[[sources]]`: each with an outlet, title, https link, language and its paragraphs.
pub(crate) fn check_sources(
    report: &mut Report,
    raw: &[Sp<RawSource>],
    ids: &mut Ids,
) -> Vec<Source> {
    let mut sources = Vec::new();
    for (s, id, item) in entries(report, "sources", raw, |x| &x.id, None) {
        // A second entry with a taken id is reported as such, and read no further: its
        // paragraphs would be ones no citation could name.
        if ids.sources.contains(&id) {
            continue;
        }
        let index = sources.len();
        ids.sources.push(id);
        let outlet = text(report, &item, &s.outlet, "outlet", "who published it");
        let title = text(report, &item, &s.title, "title", "its title as published");
        let url = match &s.url {
            None => {
                missing(
                    report,
                    &item,
                    "url",
                    "add `url = \"https://...\"`: every source is linked, so readers can check it",
                );
                None
            }
            Some(_) => link(report, &item, &s.url, "url"),
        };
        let published = parse_date(report, &item, &s.date, "date", None, When::parse);
        let lang = match &s.language {
            None => {
                missing(
                    report,
                    &item,
                    "language",
                    "add `language = \"en\"` (a BCP 47 tag)",
                );
                ""
            }
            Some(tag) => {
                if tag
                    .get()
                    .parse::<icu_locale_core::LanguageIdentifier>()
                    .is_err()
                {
                    report.problem(
                        Some(tag.span()),
                        &item.name,
                        format!("language \"{}\" is not a language code", tag.get()),
                        "write its code: en (English), fr (French), it (Italian), ru (Russian), ar (Arabic)...",
                    );
                }
                leak_str(tag.get().clone())
            }
        };
        paragraphs(report, &item, &s.paragraphs, index, ids, "source");
        sources.push(Source {
            id,
            outlet,
            title,
            url: url.unwrap_or(""),
            published: published.unwrap_or(When::Undated),
            lang,
        });
    }
    sources
}

/// `[[sections]]` of a story's one source (none when it lists [[sources]], whose citations
/// name the source instead).
pub(crate) fn check_sections(
    report: &mut Report,
    raw: &[Sp<RawSection>],
    ids: &mut Ids,
) -> Vec<Section> {
    if !ids.sources.is_empty() {
        if let Some(first) = raw.first() {
            report.problem(
                Some(first.span()),
                "sections",
                "the story lists [[sources]], so [[sections]] has no source to belong to",
                "list each source's paragraphs under its [[sources]] entry and remove [[sections]]",
            );
        }
        return vec![];
    }
    let mut sections = Vec::new();
    for (s, id, item) in entries(report, "sections", raw, |x| &x.id, NO_SOURCES) {
        let title = text(report, &item, &s.title, "title", "the section's heading");
        let paragraphs = paragraphs(report, &item, &s.paragraphs, 0, ids, "section");
        sections.push(Section {
            id,
            title,
            paragraphs,
        });
    }
    sections
}

/// A source's or section's `paragraphs`: ids `p1`, `p2`..., each listed once in its source.
fn paragraphs(
    report: &mut Report,
    item: &Item,
    raw: &Option<Sp<List>>,
    source: usize,
    ids: &mut Ids,
    what: &str,
) -> &'static [Para] {
    let mut paragraphs = Vec::new();
    for (p, span) in raw.as_ref().map(Sp::items).unwrap_or_default() {
        match parse_para(p) {
            Some(n) => {
                let para = para_of(source, n);
                if ids.paragraphs.contains(&para) {
                    let fix = if what == "section" {
                        "list each paragraph once, in one section only"
                    } else {
                        "list each paragraph once"
                    };
                    report.problem(
                        Some(span),
                        &item.name,
                        format!("paragraph \"{p}\" is listed twice"),
                        fix,
                    );
                } else {
                    ids.paragraphs.push(para);
                    ids.paragraph_lines.push(span);
                    paragraphs.push(para);
                }
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
            format!("the {what} lists no paragraphs"),
            "add paragraphs = [\"p1\", ...]",
        );
    }
    leak(paragraphs)
}
