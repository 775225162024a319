//! Reading one field of an item: required and optional text, choices from a vocabulary, dates
//! at the precision the source gives, and links; each problem with what to write instead.

use std::ops::Range;

use explainer_model::{Date, DateError, When};

use crate::diagnostics::Report;
use crate::leak::leak_str;
use crate::raw::{self, Choice, Sp, Text, Vocabulary};

/// What to say when a collection that must have entries has none: message, fix.
pub(crate) type WhenNone = Option<(&'static str, &'static str)>;

pub(crate) const NO_SOURCES: WhenNone = Some((
    "no [[sources]] or [[sections]]: citations cannot be checked",
    "add a [[sources]] entry for each source with its paragraphs (or, for a story of one source, [[sections]])",
));

pub(crate) const NO_ACTORS: WhenNone =
    Some(("no [[actors]]", "add an [[actors]] entry for each actor"));

pub(crate) const NO_STEPS: WhenNone = Some((
    "no [[steps]]: the walkthrough would be empty",
    "add [[steps]] entries that walk through the source in order",
));

/// One item being checked: its name in messages and where it starts.
pub struct Item {
    pub name: String,
    pub span: Range<usize>,
}

/// Reports a problem with `key` of `item`, unless its value was already reported as
/// unreadable (and so set aside): one mistake, one message.
pub(crate) fn about_field(
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
pub(crate) fn missing(report: &mut Report, item: &Item, key: &str, fix: impl Into<String>) {
    let message = format!("`{key}` is missing");
    about_field(report, item, key, item.span.clone(), message, fix);
}

/// Required, non-empty text; reports problems and returns "" on failure.
pub(crate) fn text(
    report: &mut Report,
    item: &Item,
    value: &Text,
    key: &str,
    what: &str,
) -> &'static str {
    match value {
        None => {
            missing(report, item, key, format!("add `{key} = \"...\"` ({what})"));
            ""
        }
        Some(value) => non_empty(report, item, value, key, format!("write {what}")).unwrap_or(""),
    }
}

/// Optional text: reports empty text.
pub(crate) fn opt_text(
    report: &mut Report,
    item: &Item,
    value: &Text,
    key: &str,
    what: &str,
) -> Option<&'static str> {
    let fix = format!("write {what}, or remove the line");
    non_empty(report, item, value.as_ref()?, key, fix)
}

pub(crate) fn non_empty(
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

/// A value of a fixed vocabulary (serde has reported names not in it).
pub(crate) fn choice<T: Vocabulary>(value: &Option<Sp<Choice<T>>>) -> Option<T> {
    value.as_ref().map(|v| v.get().0)
}

/// A date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`).
pub(crate) fn date(
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
pub(crate) fn when(
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
pub(crate) fn parse_date<T>(
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

pub(crate) fn date_error(
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
pub(crate) fn link(
    report: &mut Report,
    item: &Item,
    value: &Text,
    key: &str,
) -> Option<&'static str> {
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
