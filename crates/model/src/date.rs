//! Dates at the precision a source supports: a year, a month, or a day, and how an event
//! relates to its date (on it, since it, known by it, or undated).

use std::cmp::Ordering;

/// Month names for display; fixed English, so output never depends on a locale. The one
/// table of words the browser build carries: the "as of" date is made at run time.
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A calendar date known to a year, a month, or a day. `month` and `day` are 0 when not known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = explainer_model))]
pub struct Date {
    /// The year (CE).
    pub year: i16,
    /// 1..=12, or 0 when only the year is known.
    pub month: u8,
    /// 1..=31, or 0 when the day is not known.
    pub day: u8,
}

/// How precisely a [`Date`] is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Precision {
    /// Only the year.
    Year,
    /// The year and month.
    Month,
    /// The exact day.
    Day,
}

/// Why a date string could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    /// Not of the form YYYY, YYYY-MM or YYYY-MM-DD.
    Unparsable,
    /// Well formed, but no such date (month 13, 30 February...).
    Impossible(String),
}

impl Date {
    /// A date known to the year.
    pub const fn year(year: i16) -> Date {
        Date {
            year,
            month: 0,
            day: 0,
        }
    }

    /// A date known to the month.
    pub const fn month(year: i16, month: u8) -> Date {
        Date {
            year,
            month,
            day: 0,
        }
    }

    /// A date known to the day.
    pub const fn day(year: i16, month: u8, day: u8) -> Date {
        Date { year, month, day }
    }

    /// How precisely this date is known.
    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (0, _) => Precision::Year,
            (_, 0) => Precision::Month,
            _ => Precision::Day,
        }
    }

    /// An ordering key: a less precise date sorts at the start of its period, so "2025" comes
    /// before "April 2025", which comes before "3 April 2025".
    pub fn key(&self) -> i32 {
        i32::from(self.year) * 512 + i32::from(self.month) * 32 + i32::from(self.day)
    }

    /// The date as a fractional year (start of its period), for placing it on a time axis.
    pub fn fractional_year(&self) -> f64 {
        let mut y = f64::from(self.year);
        if self.month > 0 {
            y += f64::from(self.month - 1) / 12.0;
        }
        if self.day > 0 {
            y += f64::from(self.day - 1) / 365.0;
        }
        y
    }

    /// Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, rejecting impossible dates.
    pub fn parse(text: &str) -> Result<Date, DateError> {
        let parts: Vec<&str> = text.split('-').collect();
        let lengths: Vec<usize> = parts.iter().map(|p| p.len()).collect();
        let shape_ok = matches!(lengths.as_slice(), [4] | [4, 2] | [4, 2, 2])
            && parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit()));
        if !shape_ok {
            return Err(DateError::Unparsable);
        }
        let number = |i: usize| -> u16 { parts.get(i).map_or(0, |p| p.parse().unwrap_or(0)) };
        let (year, month, day) = (number(0), number(1), number(2));
        if year == 0 {
            return Err(DateError::Impossible("there is no year 0".into()));
        }
        let date = Date {
            year: year as i16,
            month: month as u8,
            day: day as u8,
        };
        if parts.len() >= 2 && !(1..=12).contains(&month) {
            return Err(DateError::Impossible(format!("there is no month {month}")));
        }
        if parts.len() == 3 {
            let days = days_in_month(date.year, date.month);
            if day == 0 || day > u16::from(days) {
                return Err(DateError::Impossible(format!(
                    "{} {} has {} days",
                    MONTHS[usize::from(date.month - 1)],
                    year,
                    days
                )));
            }
        }
        Ok(date)
    }

    /// The machine form used in content files and links: `1979`, `2024-03`, `2025-07-03`.
    pub fn iso(&self) -> String {
        let mut out = String::with_capacity(10);
        push_number(&mut out, i64::from(self.year), 4);
        if self.month > 0 {
            out.push('-');
            push_number(&mut out, i64::from(self.month), 2);
        }
        if self.day > 0 {
            out.push('-');
            push_number(&mut out, i64::from(self.day), 2);
        }
        out
    }

    /// The English form, at the date's precision: `1979`, `March 2024`, `3 July 2025`: for
    /// editors' messages, and the app's dates on a page that gives it none (`PageWords`).
    /// Readers' words come from the locale (`explainer_locale::Words::date`).
    pub fn display(&self) -> String {
        let mut out = String::with_capacity(16);
        if self.day > 0 {
            push_number(&mut out, i64::from(self.day), 1);
            out.push(' ');
        }
        if self.month > 0 {
            out.push_str(MONTHS[usize::from(self.month - 1)]);
            out.push(' ');
        }
        push_number(&mut out, i64::from(self.year), 1);
        out
    }
}

impl PartialOrd for Date {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Date {
    fn cmp(&self, other: &Self) -> Ordering {
        self.key().cmp(&other.key())
    }
}

/// Days in a month of the (proleptic Gregorian) calendar.
fn days_in_month(year: i16, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

/// A number as text (`42`), without the formatting machinery.
pub fn number(n: i64) -> String {
    let mut out = String::new();
    push_number(&mut out, n, 1);
    out
}

/// Appends a non-negative number padded with zeros to `width` digits. Hand-written so the
/// browser build does not need the formatting machinery for it.
pub fn push_number(out: &mut String, mut n: i64, width: usize) {
    if n < 0 {
        out.push('-');
        n = -n;
    }
    let mut digits = [0u8; 20];
    let mut len = 0;
    loop {
        digits[len] = b'0' + (n % 10) as u8;
        len += 1;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for _ in len..width {
        out.push('0');
    }
    for i in (0..len).rev() {
        out.push(char::from(digits[i]));
    }
}

/// How an event or state stands in time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = explainer_model))]
pub enum When {
    /// It happened on (or in) this date.
    On(Date),
    /// It began then and continues.
    Since(Date),
    /// The source reports it as true by this date, without saying when it began.
    By(Date),
    /// The source gives no date.
    Undated,
}

impl When {
    /// Reads `2025-07-03`, `since 2022`, `by 2025-07-03` or `undated`.
    pub fn parse(text: &str) -> Result<When, DateError> {
        let text = text.trim();
        if text == "undated" {
            return Ok(When::Undated);
        }
        if let Some(rest) = text.strip_prefix("since ") {
            return Date::parse(rest.trim()).map(When::Since);
        }
        if let Some(rest) = text.strip_prefix("by ") {
            return Date::parse(rest.trim()).map(When::By);
        }
        Date::parse(text).map(When::On)
    }

    /// The date, when there is one.
    pub fn date(&self) -> Option<Date> {
        match *self {
            When::On(d) | When::Since(d) | When::By(d) => Some(d),
            When::Undated => None,
        }
    }

    /// The form used in content files: `2025-07-03`, `since 2022`, `by 2025-07-03`, `undated`.
    pub fn source_form(&self) -> String {
        match self {
            When::On(d) => d.iso(),
            When::Since(d) => "since ".to_string() + &d.iso(),
            When::By(d) => "by ".to_string() + &d.iso(),
            When::Undated => "undated".to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_each_precision() {
        assert_eq!(Date::parse("1979"), Ok(Date::year(1979)));
        assert_eq!(Date::parse("2024-03"), Ok(Date::month(2024, 3)));
        assert_eq!(Date::parse("2025-07-03"), Ok(Date::day(2025, 7, 3)));
        assert_eq!(Date::parse("2024-02-29"), Ok(Date::day(2024, 2, 29)));
    }

    #[test]
    fn rejects_bad_dates_with_reasons() {
        assert_eq!(Date::parse("July 2025"), Err(DateError::Unparsable));
        assert_eq!(Date::parse("2025-7-3"), Err(DateError::Unparsable));
        assert_eq!(Date::parse(""), Err(DateError::Unparsable));
        assert_eq!(Date::parse("+202-01"), Err(DateError::Unparsable));
        assert_eq!(
            Date::parse("2025-13"),
            Err(DateError::Impossible("there is no month 13".into()))
        );
        assert_eq!(
            Date::parse("2025-02-29"),
            Err(DateError::Impossible("February 2025 has 28 days".into()))
        );
        assert!(matches!(Date::parse("0000"), Err(DateError::Impossible(_))));
    }

    #[test]
    fn displays_at_its_precision() {
        assert_eq!(Date::year(1979).display(), "1979");
        assert_eq!(Date::month(2024, 3).display(), "March 2024");
        assert_eq!(Date::day(2025, 7, 3).display(), "3 July 2025");
        assert_eq!(Date::day(2025, 7, 3).iso(), "2025-07-03");
        assert_eq!(Date::month(2024, 3).iso(), "2024-03");
    }

    #[test]
    fn less_precise_dates_sort_at_the_start_of_their_period() {
        assert!(Date::year(2025) < Date::month(2025, 4));
        assert!(Date::month(2025, 4) < Date::day(2025, 4, 1));
        assert!(Date::day(2024, 12, 31) < Date::year(2025));
    }

    #[test]
    fn when_reads_and_writes_its_qualifiers() {
        for text in ["2025-07-03", "since 2022", "by 2025-07-03", "undated"] {
            assert_eq!(When::parse(text).unwrap().source_form(), text);
        }
        assert_eq!(When::Undated.date(), None);
    }
}
