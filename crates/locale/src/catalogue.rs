//! One language's catalogue, natively: its messages (Fluent) and its date and number
//! formatters (ICU4X), and where the catalogues are.

use std::cell::Cell;
use std::path::{Path, PathBuf};

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use icu_calendar::{Date as IcuDate, Gregorian};
use icu_datetime::{fieldsets, FixedCalendarDateTimeFormatter};
use icu_decimal::{input::Decimal, DecimalFormatter};
use icu_locale_core::Locale;

use crate::arg::Arg;
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
    /// The digits Fluent writes numbers in while a message is formatted.
    static DIGITS: Cell<[char; 10]> = const { Cell::new(LATIN) };
}

const LATIN: [char; 10] = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

impl Catalogue {
    /// A catalogue from its text (`lang` a BCP 47 tag), or why it cannot be read.
    pub fn read(lang: &str, text: String) -> Result<Catalogue, String> {
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
        Ok(catalogue)
    }
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
