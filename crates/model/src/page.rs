//! What the app says at run time in the page's language. The wasm carries no words, and one
//! wasm serves every language, so the few things it writes after hydration (a step's number,
//! the date the cards move to, the stage's date) come from the page: the build writes the
//! locale's digits and the words of every date the app can show on the explainer's root
//! (`data-digits`, `data-dates`), and the app reads them once, before it hydrates. A page
//! without them (English) is written in `0`–`9` and the dates' English form.

use super::date::{number, Date};
use super::story::Story;

/// The page's language, as far as the app needs it at run time. It keeps the attributes as
/// the page gives them and looks dates up in them when asked (a handful of times a step):
/// the browser build carries no parser or table for them.
#[derive(Debug, Default, PartialEq)]
pub struct PageWords {
    /// The language, when it is not the story's source language (the explainer's root says
    /// so: a page mounted in someone else's may be in another).
    pub lang: Option<String>,
    /// The page is written right to left (`dir="rtl"`): the arrow key pointing left moves on.
    pub rtl: bool,
    /// The locale's ten digits, when not `0`–`9` (`data-digits`).
    digits: Option<String>,
    /// Each date the app can show, with its words: `2021-08=اگست ۲۰۲۱|2025-07-03=…`
    /// (`data-dates`).
    dates: String,
}

impl PageWords {
    /// The page's words for the app: its `lang` (unless the source language), `rtl`, the
    /// locale's `digits` (unless `0`–`9`) and, for each date in `dates`, its words.
    pub fn new(
        lang: Option<String>,
        rtl: bool,
        digits: Option<String>,
        dates: &[(Date, String)],
    ) -> PageWords {
        let dates = dates
            .iter()
            .filter(|(d, words)| *words != d.display() && !words.contains(['|', '=']))
            .map(|(d, words)| [d.iso().as_str(), "=", words].concat())
            .collect::<Vec<_>>()
            .join("|");
        PageWords::from_attributes(lang, rtl.then_some("rtl"), digits, dates)
    }

    /// Reads the root's attributes (`lang`, `dir`, `data-digits`, `data-dates`). What it
    /// cannot use is ignored: digits that are not ten characters, a date it has no words for
    /// (its English form shows instead).
    pub fn from_attributes(
        lang: Option<String>,
        dir: Option<&str>,
        digits: Option<String>,
        dates: String,
    ) -> Self {
        PageWords {
            lang,
            rtl: dir == Some("rtl"),
            digits: digits.filter(|d| d.chars().count() == 10),
            dates,
        }
    }

    /// The `data-digits` value, if the page needs one.
    pub fn digits_attribute(&self) -> Option<String> {
        self.digits.clone()
    }

    /// The `data-dates` value, if the page needs one.
    pub fn dates_attribute(&self) -> Option<String> {
        (!self.dates.is_empty()).then(|| self.dates.clone())
    }

    /// A number in the page's digits.
    pub fn number(&self, n: i64) -> String {
        let text = number(n);
        match &self.digits {
            Some(digits) => text
                .chars()
                .map(|c| {
                    c.to_digit(10)
                        .and_then(|d| digits.chars().nth(d as usize))
                        .unwrap_or(c)
                })
                .collect(),
            None => text,
        }
    }

    /// A date in the page's words (its English form where the page gives none).
    pub fn date(&self, date: Date) -> String {
        let key = date.iso() + "=";
        self.dates
            .split('|')
            .find_map(|entry| entry.strip_prefix(key.as_str()))
            .map_or_else(|| date.display(), str::to_string)
    }
}

/// The page's words shared by reference (one per app), compared by identity.
#[derive(Clone, Copy, Debug)]
pub struct PageWordsRef(pub &'static PageWords);

impl PartialEq for PageWordsRef {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl Default for PageWordsRef {
    fn default() -> Self {
        static ENGLISH: PageWords = PageWords {
            lang: None,
            rtl: false,
            digits: None,
            dates: String::new(),
        };
        PageWordsRef(&ENGLISH)
    }
}

impl std::ops::Deref for PageWordsRef {
    type Target = PageWords;
    fn deref(&self) -> &PageWords {
        self.0
    }
}

impl Story {
    /// Every date the app can show at run time: the "as of" stops and the steps' dates.
    pub fn shown_dates(&self) -> Vec<Date> {
        let mut dates = self.as_of_stops();
        dates.extend(self.steps.iter().map(|s| s.focus.as_of));
        dates.sort();
        dates.dedup();
        dates
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_words_read_back_what_they_write() {
        let words = PageWords::new(
            Some("fa-AF".into()),
            true,
            Some("۰۱۲۳۴۵۶۷۸۹".into()),
            &[
                (Date::year(2003), "۲۰۰۳".into()),
                (Date::month(2021, 8), "اگست ۲۰۲۱".into()),
                (Date::month(2024, 3), "March 2024".into()),
            ],
        );
        // Only the dates whose words differ from the English form travel.
        assert_eq!(
            words.dates_attribute().as_deref(),
            Some("2003=۲۰۰۳|2021-08=اگست ۲۰۲۱")
        );
        let read = PageWords::from_attributes(
            Some("fa-AF".into()),
            Some("rtl"),
            words.digits_attribute(),
            words.dates_attribute().unwrap_or_default(),
        );
        assert_eq!(read, words);
        assert_eq!(read.number(13), "۱۳");
        assert_eq!(read.date(Date::month(2021, 8)), "اگست ۲۰۲۱");
        // A date the page has no words for keeps its English form.
        assert_eq!(read.date(Date::year(1979)), "1979");
        assert_eq!(read.date(Date::month(2024, 3)), "March 2024");
    }

    #[test]
    fn garbage_in_the_attributes_is_left_out() {
        let read = PageWords::from_attributes(
            None,
            Some("sideways"),
            Some("12".into()),
            "x=y|2021-13=z|=".into(),
        );
        assert!(!read.rtl);
        assert_eq!(read.number(42), "42");
        assert_eq!(read.date(Date::year(2021)), "2021");
    }
}
