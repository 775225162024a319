//! The interface's words in a language: its messages from `locales/<lang>.ftl` (Project
//! Fluent, with the CLDR plural rules a language needs: 1 год, 2 года, 5 лет), and its dates
//! and numbers from the locale's data (ICU4X: month names, digits, the order of day, month
//! and year), each at the precision the source gives.
//!
//! Build time only. The browser build carries no words: the components ask for them only
//! inside `components::fixed` parts, which the wasm never renders, so there [`Words`] is an
//! empty stand-in. What the app must say at run time (a step's number, a date the cards move
//! to) it reads from the page ([`explainer_model::PageWords`]).

mod arg;
#[cfg(not(target_arch = "wasm32"))]
mod catalogue;

pub use arg::Arg;
use explainer_model::map::{LineText, NOT_YET};
use explainer_model::{Attribution, Date, Facet, Para, RelIx, Stance, Story, When};
use std::borrow::Borrow;

/// A part of a citation line: words, or a source's name linked to it.
#[derive(Debug, PartialEq)]
pub enum CiteRun {
    /// Paragraph numbers, a section's title and the punctuation between them.
    Text(String),
    /// A source's outlet, linked to the source (https).
    Link {
        label: &'static str,
        url: &'static str,
    },
}

impl CiteRun {
    /// The run as plain text (a link's label).
    pub fn text(&self) -> &str {
        match self {
            CiteRun::Text(text) => text,
            CiteRun::Link { label, .. } => label,
        }
    }
}

/// The interface's words in one language.
pub struct Words {
    /// The language (a BCP 47 tag, as the content file declares it).
    pub lang: &'static str,
    /// Whether the language is written right to left.
    pub rtl: bool,
    #[cfg(not(target_arch = "wasm32"))]
    imp: catalogue::Catalogue,
}

/// The interface's words for `lang`, read from `locales/<lang>.ftl` the first time they are
/// asked for. A missing or broken catalogue is a build error the checker reports first
/// (`check_catalogue`); here it stops the build.
#[cfg(not(target_arch = "wasm32"))]
pub fn words(lang: &str) -> &'static Words {
    read_words(lang).unwrap_or_else(|e| panic!("{e}"))
}

/// The interface's words for `lang`, or `None` when its catalogue is missing or broken (a
/// new translation's, still being written): for work that can go on without them, such as
/// making room on the map for a translation's words.
#[cfg(not(target_arch = "wasm32"))]
pub fn try_words(lang: &str) -> Option<&'static Words> {
    read_words(lang).ok()
}

/// The words of `lang`, read once and kept (each thread its own: Fluent's bundle is not
/// `Sync`), or why they cannot be read.
#[cfg(not(target_arch = "wasm32"))]
fn read_words(lang: &str) -> Result<&'static Words, String> {
    use std::cell::RefCell;
    use std::collections::HashMap;
    thread_local! {
        static READ: RefCell<HashMap<String, &'static Words>> = RefCell::new(HashMap::new());
    }
    if let Some(words) = READ.with(|r| r.borrow().get(lang).copied()) {
        return Ok(words);
    }
    let path = locales_dir().join(format!("{lang}.ftl"));
    let text = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let words = read_catalogue(lang, text).map_err(|e| format!("{}: {e}", path.display()))?;
    let words: &'static Words = Box::leak(Box::new(words));
    READ.with(|r| r.borrow_mut().insert(lang.to_string(), words));
    Ok(words)
}

/// A language's words from its catalogue's text (`lang` a BCP 47 tag), or why they cannot be
/// read.
#[cfg(not(target_arch = "wasm32"))]
pub fn read_catalogue(lang: &str, text: String) -> Result<Words, String> {
    Ok(Words {
        lang: Box::leak(lang.to_string().into_boxed_str()),
        rtl: is_right_to_left(lang),
        imp: catalogue::Catalogue::read(lang, text)?,
    })
}

/// The browser build never asks (see the module's note).
#[cfg(target_arch = "wasm32")]
pub fn words(_lang: &str) -> &'static Words {
    unreachable!("the browser build carries no words")
}

#[cfg(not(target_arch = "wasm32"))]
pub use catalogue::{is_right_to_left, locales_dir, SOURCE_LANG};

#[cfg(not(target_arch = "wasm32"))]
impl Words {
    /// The message `id`.
    pub fn msg(&self, id: &str) -> String {
        self.imp.format(id, &[])
    }

    /// The message `id` with its variables (`$n`, `$name`...): numbers select plural forms
    /// and show in the locale's digits.
    pub fn msg_with(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.imp.format(id, args)
    }

    /// A number in the locale's digits (`۱۳` in Dari).
    pub fn number(&self, n: i64) -> String {
        self.imp.number(n)
    }

    /// `text` with its digits in the locale's (a citation's `¶9`).
    pub fn digits_in(&self, text: &str) -> String {
        self.imp.digits_in(text)
    }

    /// The locale's ten digits, when they are not `0`–`9` (the page tells the wasm).
    pub fn digits(&self) -> Option<String> {
        self.imp.digits()
    }

    /// A date at its precision: `2025`, `July 2025`, `3 July 2025` (`март 2024 г.`), in the
    /// Gregorian calendar the source dates it in; a day's date first in the calendar the
    /// language's readers date by, when the catalogue names one (`date-calendar`):
    /// `۱۲ سرطان ۱۴۰۴ (۳ جولای ۲۰۲۵)`. A month or a year stays Gregorian: it spans two of
    /// another calendar's, and the source gives no more.
    pub fn date(&self, date: Date) -> String {
        self.imp.date(date, false)
    }

    /// A dated or undated time: `3 July 2025`, `Since 2022`, `By 3 July 2025`, `Undated`.
    pub fn when(&self, when: When) -> String {
        match when {
            When::On(d) => self.date(d),
            When::Since(d) => self.msg_with("when-since", &[("date", Arg::Date(d))]),
            When::By(d) => self.msg_with("when-by", &[("date", Arg::Date(d))]),
            When::Undated => self.msg("when-undated"),
        }
    }

    /// A fact's citations, grouped by section (or, in a story of several sources, by source),
    /// in the locale's digits and punctuation: `¶9, ¶10 · From Enemy to Ally?; ¶12 · …`, as
    /// runs of text and links (a source's outlet links to it).
    pub fn citation(&self, story: &Story, cite: &[Para]) -> Vec<CiteRun> {
        let between = self.msg("cite-paragraphs");
        let mut runs = vec![];
        for (i, group) in story.citation_groups(cite).into_iter().enumerate() {
            let labels: Vec<String> = group.paras.iter().map(|p| p.label()).collect();
            let paragraphs = self.digits_in(&labels.join(&between));
            let separator = if i > 0 {
                self.msg("cite-sections")
            } else {
                String::new()
            };
            match group.label {
                Some(label) => {
                    let (before, after) = self.around(
                        "cite-section",
                        "section",
                        &[("paragraphs", Arg::Text(paragraphs))],
                    );
                    runs.push(CiteRun::Text([separator, before].concat()));
                    runs.push(match group.url {
                        Some(url) => CiteRun::Link { label, url },
                        None => CiteRun::Text(label.to_string()),
                    });
                    runs.push(CiteRun::Text(after));
                }
                None => runs.push(CiteRun::Text([separator, paragraphs].concat())),
            }
        }
        runs.retain(|run| !matches!(run, CiteRun::Text(t) if t.is_empty()));
        runs
    }

    /// A relationship's name, its actors' short names: `Russia – Taliban`.
    pub fn relationship_name(&self, story: &Story, rel: RelIx) -> String {
        let [a, b] = story.relationship(rel).actors;
        let name = |who| Arg::Text(story.actor(who).short.into());
        self.msg_with("pair-name", &[("a", name(a)), ("b", name(b))])
    }

    /// Names on one line: `Russia, Taliban`.
    pub fn list<S: Borrow<str>>(&self, names: &[S]) -> String {
        names.join(self.msg("list-separator").as_str())
    }

    /// A stance's name: "Formal recognition".
    pub fn stance(&self, stance: Stance) -> String {
        self.msg(&["stance-", stance.slug()].concat())
    }

    /// A facet's name: "Officially", "In practice".
    pub fn facet(&self, facet: Facet) -> String {
        self.msg(match facet {
            Facet::Official => "facet-official",
            Facet::Practice => "facet-practice",
        })
    }

    /// Whose words a text is: "Reported fact", "Claim by Amir Khan Muttaqi", "Analysis by
    /// …", "Analysis (the article's own)".
    pub fn attribution(&self, story: &Story, kind: Attribution) -> String {
        let by = |id, who| self.msg_with(id, &[("name", Arg::Text(story.actor(who).name.into()))]);
        match kind {
            Attribution::Fact => self.msg("fact"),
            Attribution::Claim { by: who } => by("claim-by", who),
            Attribution::Analysis { by: Some(who) } => by("analysis-by", who),
            Attribution::Analysis { by: None } => self.msg("analysis-own"),
        }
    }

    /// A message in two parts around a number the app writes at run time (`Step ` and ` of
    /// 13` around `4`): the words come from the page, the number from the wasm.
    pub fn around(&self, id: &str, var: &str, args: &[(&str, Arg)]) -> (String, String) {
        const MARK: &str = "\u{E000}";
        // A date variable may be read in either of its forms (`Arg::Date`).
        let genitive = [var, arg::GENITIVE].concat();
        let mut all = vec![
            (var, Arg::Text(MARK.into())),
            (genitive.as_str(), Arg::Text(MARK.into())),
        ];
        all.extend(args.iter().cloned());
        let text = self.msg_with(id, &all);
        match text.split_once(MARK) {
            Some((before, after)) => (before.to_string(), after.to_string()),
            None => (text, String::new()),
        }
    }
}

/// The browser build's stand-in: never called (see the module's note).
#[cfg(target_arch = "wasm32")]
#[allow(unused_variables)]
impl Words {
    pub fn msg(&self, id: &str) -> String {
        String::new()
    }
    pub fn msg_with(&self, id: &str, args: &[(&str, Arg)]) -> String {
        String::new()
    }
    pub fn number(&self, n: i64) -> String {
        String::new()
    }
    pub fn digits_in(&self, text: &str) -> String {
        String::new()
    }
    pub fn digits(&self) -> Option<String> {
        None
    }
    pub fn date(&self, date: Date) -> String {
        String::new()
    }
    pub fn when(&self, when: When) -> String {
        String::new()
    }
    pub fn stance(&self, stance: Stance) -> String {
        String::new()
    }
    pub fn citation(&self, story: &Story, cite: &[Para]) -> Vec<CiteRun> {
        vec![]
    }
    pub fn relationship_name(&self, story: &Story, rel: RelIx) -> String {
        String::new()
    }
    pub fn list<S: Borrow<str>>(&self, names: &[S]) -> String {
        String::new()
    }
    pub fn facet(&self, facet: Facet) -> String {
        String::new()
    }
    pub fn attribution(&self, story: &Story, kind: Attribution) -> String {
        String::new()
    }
    pub fn around(&self, id: &str, var: &str, args: &[(&str, Arg)]) -> (String, String) {
        (String::new(), String::new())
    }
}

/// A text of a relationship's label on the map, in `w`'s language.
pub fn map_text(w: &Words, text: LineText) -> String {
    match text {
        LineText::Stance(stance) => w.stance(stance),
        LineText::Pending(stance) => {
            w.msg_with("map-by", &[("stance", Arg::Text(w.stance(stance)))])
        }
        LineText::NotYet => w.msg(NOT_YET),
    }
}
