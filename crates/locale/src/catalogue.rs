//! One language's catalogue, natively: its messages (Fluent) and its date and number
//! formatters (ICU4X), and where the catalogues are.

use std::cell::Cell;
use std::path::{Path, PathBuf};

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use icu_calendar::cal::Persian;
use icu_calendar::{Date as IcuDate, Gregorian};
use icu_datetime::fieldsets::enums::DateFieldSet;
use icu_datetime::pattern::{DateTimePattern, FixedCalendarDateTimeNames};
use icu_datetime::{fieldsets, FixedCalendarDateTimeFormatter};
use icu_decimal::{input::Decimal, DecimalFormatter};
use icu_locale_core::Locale;
use writeable::TryWriteable;

use crate::arg::{Arg, GENITIVE};
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
    /// A month's date with the month in its format form (the case a day's date puts it in:
    /// «марта 2024 г.»), for the words that govern it.
    ym_genitive: (
        FixedCalendarDateTimeNames<Gregorian, DateFieldSet>,
        DateTimePattern,
    ),
    /// The calendar a day's date is shown in first, when it is not the Gregorian.
    local: Option<FixedCalendarDateTimeFormatter<Persian, fieldsets::YMD>>,
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
            message(&bundle, "date-locale")
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
        let ym = FixedCalendarDateTimeFormatter::try_new(prefs(), fieldsets::YM::long())
            .map_err(|e| e.to_string())?;
        // The locale's month-and-year pattern with its stand-alone month (`LLLL`) in the
        // format form (`MMMM`): what CLDR has no skeleton for.
        let ym_genitive = {
            let any = IcuDate::try_new_gregorian(2000, 1, 1).map_err(|e| e.to_string())?;
            let pattern = ym.format(&any).pattern().to_string().replace('L', "M");
            let pattern: DateTimePattern = pattern.parse().map_err(|e| format!("{e:?}"))?;
            let mut names =
                FixedCalendarDateTimeNames::try_new(prefs()).map_err(|e| e.to_string())?;
            names
                .include_for_pattern(&pattern)
                .map_err(|e| format!("{e:?}"))?;
            (names, pattern)
        };
        let local = match message(&bundle, "date-calendar").as_deref() {
            None | Some("gregorian") => None,
            Some("persian") => Some(
                FixedCalendarDateTimeFormatter::try_new(prefs(), fieldsets::YMD::long())
                    .map_err(|e| e.to_string())?,
            ),
            Some(other) => {
                return Err(format!(
                    "date-calendar = {other}: the calendars known are gregorian and persian"
                ))
            }
        };
        let catalogue = Catalogue {
            bundle,
            digits,
            ymd: FixedCalendarDateTimeFormatter::try_new(prefs(), fieldsets::YMD::long())
                .map_err(|e| e.to_string())?,
            ym,
            y: FixedCalendarDateTimeFormatter::try_new(prefs(), fieldsets::Y::long())
                .map_err(|e| e.to_string())?,
            ym_genitive,
            local,
        };
        Ok(catalogue)
    }
}

/// The words of the message `id` without variables, if the catalogue has it.
fn message(bundle: &FluentBundle<FluentResource>, id: &str) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    Some(
        bundle
            .format_pattern(pattern, None, &mut vec![])
            .into_owned(),
    )
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
                Arg::Date(d) => {
                    fluent_args.set(*name, FluentValue::from(self.date(*d, false)));
                    fluent_args.set(
                        [name, GENITIVE].concat(),
                        FluentValue::from(self.date(*d, true)),
                    );
                }
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

    /// A date at its precision (see `Words::date`); `genitive`: its month in the format form.
    pub fn date(&self, date: Date, genitive: bool) -> String {
        let month = date.month.max(1);
        let day = date.day.max(1);
        let icu = IcuDate::try_new_gregorian(i32::from(date.year), month, day)
            .expect("the loader checked the date");
        match date.precision() {
            Precision::Year => {
                let year = self.y.format(&icu).to_string();
                self.format("date-year", &[("year", Arg::Text(year))])
            }
            Precision::Month if genitive => {
                let (names, pattern) = &self.ym_genitive;
                let text = names.with_pattern_unchecked(pattern).format(&icu);
                text.try_write_to_string()
                    .unwrap_or_else(|(_, partial)| partial)
                    .into_owned()
            }
            Precision::Month => self.ym.format(&icu).to_string(),
            Precision::Day => {
                let gregorian = self.ymd.format(&icu).to_string();
                match &self.local {
                    Some(local) => {
                        let there = local.format(&icu.to_calendar(Persian)).to_string();
                        self.format(
                            "date-both",
                            &[
                                ("local", Arg::Text(there)),
                                ("gregorian", Arg::Text(gregorian)),
                            ],
                        )
                    }
                    None => gregorian,
                }
            }
        }
    }
}
