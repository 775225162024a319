//! The story's own fields (`[story]`: its language, headline, dates, source) and the source's
//! sections.

use std::ops::Range;

use explainer_model::{Date, Meta, Para, Section};

use super::refs::*;
use super::values::*;
use crate::diagnostics::Report;
use crate::leak::{leak, leak_str};
use crate::raw::{RawMeta, RawSection, Sp, Text};

pub(crate) fn check_meta(
    report: &mut Report,
    raw: Option<&Sp<RawMeta>>,
    file: Range<usize>,
) -> Meta {
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

pub(crate) fn check_sections(
    report: &mut Report,
    raw: &[Sp<RawSection>],
    ids: &mut Ids,
) -> Vec<Section> {
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
