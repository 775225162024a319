//! The interface's words in a language: its messages from `locales/<lang>.ftl` (Project
//! Fluent, with the CLDR plural rules a language needs: 1 год, 2 года, 5 лет), and its dates
//! and numbers from the locale's data (ICU4X: month names, digits, the order of day, month
//! and year), each at the precision the source gives.
//!
//! Build time only. The browser build carries no words: the components ask for them only
//! inside `components::fixed` parts, which the wasm never renders, so there [`Words`] is an
//! empty stand-in. What the app must say at run time (a step's number, a date the cards move
//! to) it reads from the page ([`explainer_model::PageWords`]).

use explainer_model::{Attribution, Date, Facet, Stance, Story, When};

/// The interface's words in one language.
pub struct Words {
    /// The language (a BCP 47 tag, as the content file declares it).
    pub lang: &'static str,
    /// Whether the language is written right to left.
    pub rtl: bool,
    #[cfg(not(target_arch = "wasm32"))]
    imp: native::Catalogue,
}

/// The interface's words for `lang`, read from `locales/<lang>.ftl` the first time they are
/// asked for. A missing or broken catalogue is a build error the checker reports first
/// (`check_catalogue`); here it stops the build.
#[cfg(not(target_arch = "wasm32"))]
pub fn words(lang: &str) -> &'static Words {
    native::words(lang)
}

/// The browser build never asks (see the module's note).
#[cfg(target_arch = "wasm32")]
pub fn words(_lang: &str) -> &'static Words {
    unreachable!("the browser build carries no words")
}

#[cfg(not(target_arch = "wasm32"))]
pub use native::{is_right_to_left, locales_dir, read_catalogue, SOURCE_LANG};

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

    /// A date at its precision: `2025`, `July 2025`, `3 July 2025` (`июль 2025 г.`,
    /// `۳ جولای ۲۰۲۵`), in the Gregorian calendar the source dates it in.
    pub fn date(&self, date: Date) -> String {
        self.imp.date(date)
    }

    /// A dated or undated time: `3 July 2025`, `Since 2022`, `By 3 July 2025`, `Undated`.
    pub fn when(&self, when: When) -> String {
        match when {
            When::On(d) => self.date(d),
            When::Since(d) => self.msg_with("when-since", &[("date", Arg::Text(self.date(d)))]),
            When::By(d) => self.msg_with("when-by", &[("date", Arg::Text(self.date(d)))]),
            When::Undated => self.msg("when-undated"),
        }
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
        let mut all = vec![(var, Arg::Text(MARK.into()))];
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

/// A message's variable.
#[derive(Clone, Debug)]
pub enum Arg {
    /// A count: selects the plural form, shown in the locale's digits.
    Number(i64),
    /// Words, shown as they are.
    Text(String),
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::cell::{Cell, RefCell};
    use std::collections::HashMap;
    use std::path::{Path, PathBuf};

    use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
    use icu_calendar::{Date as IcuDate, Gregorian};
    use icu_datetime::{fieldsets, FixedCalendarDateTimeFormatter};
    use icu_decimal::{input::Decimal, DecimalFormatter};
    use icu_locale_core::Locale;

    use super::{Arg, Words};
    use explainer_model::{Date, Precision};

    /// The language the story is written in, whose catalogue every other must match.
    pub const SOURCE_LANG: &str = "en";

    /// Where the catalogues are: `locales/` in the repository.
    pub fn locales_dir() -> PathBuf {
        // This crate is `crates/locale` of the repository.
        let repository = Path::new(env!("CARGO_MANIFEST_DIR")).ancestors().nth(2);
        repository
            .expect("crates/locale is two folders deep")
            .join("locales")
    }

    /// One language's messages and formatters.
    pub struct Catalogue {
        bundle: FluentBundle<FluentResource>,
        digits: [char; 10],
        ymd: FixedCalendarDateTimeFormatter<Gregorian, fieldsets::YMD>,
        ym: FixedCalendarDateTimeFormatter<Gregorian, fieldsets::YM>,
        y: FixedCalendarDateTimeFormatter<Gregorian, fieldsets::Y>,
    }

    thread_local! {
        /// Catalogues read so far (each thread its own: Fluent's bundle is not `Sync`).
        static READ: RefCell<HashMap<String, &'static Words>> = RefCell::new(HashMap::new());
        /// The digits Fluent writes numbers in while a message is formatted.
        static DIGITS: Cell<[char; 10]> = const { Cell::new(LATIN) };
    }

    const LATIN: [char; 10] = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

    pub fn words(lang: &str) -> &'static Words {
        if let Some(words) = READ.with(|r| r.borrow().get(lang).copied()) {
            return words;
        }
        let path = locales_dir().join(format!("{lang}.ftl"));
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        let words: &'static Words = Box::leak(Box::new(
            read_catalogue(lang, text).unwrap_or_else(|e| panic!("{}: {e}", path.display())),
        ));
        READ.with(|r| r.borrow_mut().insert(lang.to_string(), words));
        words
    }

    /// A catalogue from its text (`lang` a BCP 47 tag), or why it cannot be read.
    pub fn read_catalogue(lang: &str, text: String) -> Result<Words, String> {
        let langid: unic_langid::LanguageIdentifier = lang
            .parse()
            .map_err(|_| format!("{lang:?} is not a language tag"))?;
        let resource = FluentResource::try_new(text)
            .map_err(|(_, errors)| format!("{} syntax errors", errors.len()))?;
        let mut bundle = FluentBundle::new(vec![langid.clone()]);
        // The page marks direction itself (`dir`), and the wasm splits some messages around
        // a number: no invisible isolation marks in the words.
        bundle.set_use_isolating(false);
        bundle.set_formatter(Some(localised_number));
        bundle
            .add_resource(resource)
            .map_err(|e| format!("{e:?}"))?;
        let dates: Locale = {
            // The catalogue may name the locale whose date forms it uses (English: en-GB,
            // "3 July 2025").
            let named = bundle
                .get_message("date-locale")
                .and_then(|m| m.value())
                .map(|p| bundle.format_pattern(p, None, &mut vec![]).into_owned());
            named
                .as_deref()
                .unwrap_or(lang)
                .parse()
                .map_err(|_| format!("{lang:?} is not a locale ICU4X knows"))?
        };
        let decimal = DecimalFormatter::try_new((&dates).into(), Default::default())
            .map_err(|e| e.to_string())?;
        let mut digits = LATIN;
        for (d, slot) in digits.iter_mut().enumerate() {
            *slot = decimal
                .format(&Decimal::from(d as i64))
                .to_string()
                .chars()
                .next()
                .unwrap_or(LATIN[d]);
        }
        let prefs = || (&dates).into();
        let catalogue = Catalogue {
            bundle,
            digits,
            ymd: FixedCalendarDateTimeFormatter::try_new(prefs(), fieldsets::YMD::long())
                .map_err(|e| e.to_string())?,
            ym: FixedCalendarDateTimeFormatter::try_new(prefs(), fieldsets::YM::long())
                .map_err(|e| e.to_string())?,
            y: FixedCalendarDateTimeFormatter::try_new(prefs(), fieldsets::Y::long())
                .map_err(|e| e.to_string())?,
        };
        let rtl = is_right_to_left(lang);
        Ok(Words {
            lang: Box::leak(lang.to_string().into_boxed_str()),
            rtl,
            imp: catalogue,
        })
    }

    /// Whether `lang` is written right to left: by its script, or the script CLDR says it is
    /// most likely written in (`fa-AF`: Arabic).
    pub fn is_right_to_left(lang: &str) -> bool {
        let Ok(langid) = lang.parse::<icu_locale_core::LanguageIdentifier>() else {
            return false;
        };
        icu_locale::LocaleDirectionality::new_common().is_right_to_left(&langid)
    }

    /// Fluent's formatter for numbers: the locale's digits (set while a message formats).
    fn localised_number<M>(value: &FluentValue, _: &M) -> Option<String> {
        match value {
            FluentValue::Number(n) => {
                let digits = DIGITS.with(Cell::get);
                Some(to_digits(&n.as_string(), &digits))
            }
            _ => None,
        }
    }

    fn to_digits(text: &str, digits: &[char; 10]) -> String {
        text.chars()
            .map(|c| c.to_digit(10).map_or(c, |d| digits[d as usize]))
            .collect()
    }

    impl Catalogue {
        pub fn format(&self, id: &str, args: &[(&str, Arg)]) -> String {
            let message = self
                .bundle
                .get_message(id)
                .unwrap_or_else(|| panic!("no message {id:?} in the catalogue"));
            let pattern = message
                .value()
                .unwrap_or_else(|| panic!("the message {id:?} has no words"));
            let mut fluent_args = FluentArgs::new();
            for (name, arg) in args {
                match arg {
                    Arg::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
                    Arg::Text(t) => fluent_args.set(*name, FluentValue::from(t.clone())),
                }
            }
            let mut errors = vec![];
            let before = DIGITS.with(|d| d.replace(self.digits));
            let text = self
                .bundle
                .format_pattern(pattern, Some(&fluent_args), &mut errors)
                .into_owned();
            DIGITS.with(|d| d.set(before));
            assert!(errors.is_empty(), "message {id:?}: {errors:?}");
            text
        }

        pub fn number(&self, n: i64) -> String {
            to_digits(&explainer_model::date::number(n), &self.digits)
        }

        pub fn digits_in(&self, text: &str) -> String {
            to_digits(text, &self.digits)
        }

        pub fn digits(&self) -> Option<String> {
            (self.digits != LATIN).then(|| self.digits.iter().collect())
        }

        pub fn date(&self, date: Date) -> String {
            let month = date.month.max(1);
            let day = date.day.max(1);
            let icu = IcuDate::try_new_gregorian(i32::from(date.year), month, day)
                .expect("the loader checked the date");
            match date.precision() {
                Precision::Year => self.y.format(&icu).to_string(),
                Precision::Month => self.ym.format(&icu).to_string(),
                Precision::Day => self.ymd.format(&icu).to_string(),
            }
        }
    }
}
