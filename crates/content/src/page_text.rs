//! The words the build writes into the page and the model does not carry (the app never
//! needs them): each step's text as paragraphs (and its lede, the first sentence), and the
//! updates log.

use explainer_model::{Date, EventIx, RelIx};

use crate::leak::leak_str;

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
#[derive(Clone)]
pub struct Update {
    /// The day of the change.
    pub date: Date,
    /// What changed, in the editors' words.
    pub what: &'static str,
    /// What it changed.
    pub items: Vec<Target>,
}

/// An item an update names.
#[derive(Clone, Copy, PartialEq)]
pub enum Target {
    /// `events.<id>`.
    Event(EventIx),
    /// `relationships.<id>`.
    Relationship(RelIx),
    /// `steps.<id>`, by index.
    Step(usize),
}

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

/// The first sentence of a paragraph: up to the first `.`, `!` or `?` (and a closing quote)
/// followed by a space and a capital letter or opening quote, not counting abbreviations
/// with inner full stops ("U.S.") or of one capital letter ("J. Smith"); the whole
/// paragraph when there is no such end.
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_steps_lede_is_its_first_sentence() {
        assert_eq!(
            first_sentence("Riverton said yes. Others waited."),
            "Riverton said yes."
        );
        assert_eq!(
            first_sentence("U.S. officials and J. Smith met. Then \"no\", they said."),
            "U.S. officials and J. Smith met."
        );
        assert_eq!(
            first_sentence("He called it \"a step.\" Lakeside agreed."),
            "He called it \"a step.\""
        );
        assert_eq!(first_sentence("No full stop at all"), "No full stop at all");
        assert_eq!(
            first_sentence("Version 2.5 shipped. Yes."),
            "Version 2.5 shipped."
        );
    }
}
