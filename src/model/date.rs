//! Calendar days, for records that carry the day of a payment rather than its period.

use core::fmt;
use core::str::FromStr;

use crate::Error;
use crate::model::{Half, Month, Period, PeriodKind, Quarter, Year};
use crate::num::pad;

/// A day of the Gregorian calendar, within the supported years ([`Year::MIN`] to
/// [`Year::MAX`]).
///
/// Written and read as ISO 8601 `YYYY-MM-DD`. Payment records often carry the day of the
/// payment; [`Date::period`] gives the reporting period it falls in, so that dated records can
/// be aggregated by month, quarter, half or year.
///
/// # Example
///
/// ```
/// use morocco_ecommerce::{Date, Error, PeriodLength};
///
/// let day: Date = "2014-03-15".parse()?;
/// assert_eq!(day.period(PeriodLength::Quarter).to_string(), "2014-Q1");
/// assert_eq!(day.period(PeriodLength::Month).to_string(), "2014-M03");
///
/// // A day that does not exist is an error that names it.
/// let err = "2014-02-29".parse::<Date>().unwrap_err();
/// assert_eq!(err.to_string(), "2014-02-29 is not a day: February 2014 has 28 days");
/// assert!("2016-02-29".parse::<Date>().is_ok());
/// # Ok::<(), Error>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(try_from = "String", into = "String"))]
pub struct Date {
    year: Year,
    month: Month,
    day: u8,
}

/// How much of the year a reporting period spans, for [`Date::period`].
///
/// ```
/// use morocco_ecommerce::{Date, PeriodLength};
/// let day: Date = "2013-11-02".parse()?;
/// assert_eq!(day.period(PeriodLength::Half).to_string(), "2013-H2");
/// assert_eq!(day.period(PeriodLength::Year).to_string(), "2013");
/// # Ok::<(), morocco_ecommerce::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PeriodLength {
    /// The full year.
    Year,
    /// January to June, or July to December.
    Half,
    /// Three months from January, April, July or October.
    Quarter,
    /// One month.
    Month,
}

impl PeriodLength {
    /// Every span, the longest first.
    pub const ALL: [PeriodLength; 4] = [
        PeriodLength::Year,
        PeriodLength::Half,
        PeriodLength::Quarter,
        PeriodLength::Month,
    ];

    /// The canonical name, which `Display` writes and `FromStr` (and serde) read: `year`,
    /// `half`, `quarter`, `month`.
    ///
    /// ```
    /// # use morocco_ecommerce::PeriodLength;
    /// assert_eq!(PeriodLength::Quarter.as_str(), "quarter");
    /// assert_eq!("month".parse::<PeriodLength>()?, PeriodLength::Month);
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            PeriodLength::Year => "year",
            PeriodLength::Half => "half",
            PeriodLength::Quarter => "quarter",
            PeriodLength::Month => "month",
        }
    }
}

crate::num::named_enum!(
    PeriodLength,
    "a span",
    "a span is year, half, quarter or month"
);

/// The number of days in `month` of `year`, by the Gregorian rule for leap years.
const fn days_in(year: i32, month: u8) -> u8 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl Date {
    /// The day `day` of `month` in `year`.
    ///
    /// # Errors
    ///
    /// [`Error::DayOutOfRange`] for a day the month does not have.
    ///
    /// ```
    /// # use morocco_ecommerce::{Date, Error, Month, Year};
    /// let year = Year::try_from(2014)?;
    /// assert_eq!(Date::new(year, Month::new(12)?, 31)?.to_string(), "2014-12-31");
    /// assert!(matches!(Date::new(year, Month::new(4)?, 31), Err(Error::DayOutOfRange { .. })));
    /// # Ok::<(), Error>(())
    /// ```
    pub const fn new(year: Year, month: Month, day: u8) -> Result<Date, Error> {
        let days = days_in(year.get(), month.get());
        if day == 0 || day > days {
            return Err(Error::DayOutOfRange {
                year: year.get(),
                month: month.get(),
                day,
                days,
            });
        }
        Ok(Date { year, month, day })
    }

    /// The year.
    ///
    /// ```
    /// # use morocco_ecommerce::Date;
    /// assert_eq!("2014-03-15".parse::<Date>()?.year().get(), 2014);
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    #[must_use]
    pub const fn year(self) -> Year {
        self.year
    }

    /// The month.
    ///
    /// ```
    /// # use morocco_ecommerce::Date;
    /// assert_eq!("2014-03-15".parse::<Date>()?.month().get(), 3);
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    #[must_use]
    pub const fn month(self) -> Month {
        self.month
    }

    /// The day of the month, 1 to 31.
    ///
    /// ```
    /// # use morocco_ecommerce::Date;
    /// assert_eq!("2014-03-15".parse::<Date>()?.day(), 15);
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    #[must_use]
    pub const fn day(self) -> u8 {
        self.day
    }

    /// The reporting period of the given span that contains the day.
    ///
    /// ```
    /// # use morocco_ecommerce::{Date, PeriodLength};
    /// let day: Date = "2014-08-01".parse()?;
    /// assert_eq!(day.period(PeriodLength::Quarter).to_string(), "2014-Q3");
    /// assert!(day.period(PeriodLength::Half).contains(day));
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    #[must_use]
    pub const fn period(self, span: PeriodLength) -> Period {
        let month = self.month.get();
        let kind = match span {
            PeriodLength::Year => PeriodKind::FullYear,
            PeriodLength::Half if month <= 6 => PeriodKind::Half(Half::H1),
            PeriodLength::Half => PeriodKind::Half(Half::H2),
            PeriodLength::Quarter => PeriodKind::Quarter(match month {
                1..=3 => Quarter::Q1,
                4..=6 => Quarter::Q2,
                7..=9 => Quarter::Q3,
                _ => Quarter::Q4,
            }),
            PeriodLength::Month => PeriodKind::Month(self.month),
        };
        Period::of(self.year, kind)
    }
}

impl Period {
    /// Whether `date` falls in the period.
    ///
    /// ```
    /// # use morocco_ecommerce::{Date, Period};
    /// let nine_months: Period = "2014-9M".parse()?;
    /// assert!(nine_months.contains("2014-09-30".parse::<Date>()?));
    /// assert!(!nine_months.contains("2014-10-01".parse::<Date>()?));
    /// assert!(!nine_months.contains("2013-05-01".parse::<Date>()?));
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    #[must_use]
    pub const fn contains(self, date: Date) -> bool {
        let (first, last) = self.months();
        let month = date.month.get();
        self.year().get() == date.year.get() && first <= month && month <= last
    }
}

impl fmt::Debug for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Date({self})")
    }
}

impl fmt::Display for Date {
    /// `YYYY-MM-DD`; width, fill, alignment and precision apply as they do to a `str`.
    ///
    /// ```
    /// # use morocco_ecommerce::Date;
    /// let day: Date = "2014-03-15".parse()?;
    /// assert_eq!(format!("[{day:>12}] [{day:.7}]"), "[  2014-03-15] [2014-03]");
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        pad::pad(f, pad::Kind::Text, |w| {
            write!(
                w,
                "{}-{:02}-{:02}",
                self.year.get(),
                self.month.get(),
                self.day
            )
        })
    }
}

impl FromStr for Date {
    type Err = Error;

    /// Reads `YYYY-MM-DD`, as ISO 8601 writes a calendar day: four digits, two, two.
    fn from_str(s: &str) -> Result<Self, Error> {
        const EXPECTED: &str = "a date";
        const RULE: &str = "a date is written YYYY-MM-DD, such as 2014-03-15";
        let bad = || Error::parse(EXPECTED, s, RULE);
        let mut parts = s.split('-');
        let (Some(year), Some(month), Some(day), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(bad());
        };
        let digits =
            |part: &str, len: usize| part.len() == len && part.bytes().all(|b| b.is_ascii_digit());
        if !digits(year, 4) || !digits(month, 2) || !digits(day, 2) {
            return Err(bad());
        }
        let year: Year = year.parse()?;
        let month = Month::new(month.parse().map_err(|_| bad())?)?;
        Date::new(year, month, day.parse().map_err(|_| bad())?)
    }
}

string_form!(Date);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leap_years() {
        assert_eq!(days_in(2016, 2), 29);
        assert_eq!(days_in(2014, 2), 28);
        assert_eq!(days_in(2000, 2), 29);
        assert_eq!(days_in(1900, 2), 28);
        assert_eq!(days_in(2100, 2), 28);
        assert_eq!(days_in(2014, 4), 30);
        assert_eq!(days_in(2014, 12), 31);
    }

    #[test]
    fn parse_rules() {
        for bad in [
            "",
            "2014",
            "2014-3-15",
            "2014-03-5",
            "14-03-15",
            "2014/03/15",
            "2014-03-15-01",
            "2014-03-15 ",
            "+014-03-15",
            "2014-٠٣-15",
            "2014-00-10",
            "2014-13-01",
            "2014-01-00",
            "2014-01-32",
            "1899-12-31",
            "2101-01-01",
        ] {
            assert!(bad.parse::<Date>().is_err(), "{bad:?}");
        }
        assert_eq!(
            "2014-13-01".parse::<Date>(),
            Err(Error::MonthOutOfRange(13))
        );
        assert_eq!(
            "2014-04-31".parse::<Date>(),
            Err(Error::DayOutOfRange {
                year: 2014,
                month: 4,
                day: 31,
                days: 30
            })
        );
    }

    proptest::proptest! {
        /// Every day of every supported year writes and reads back, and falls in the periods
        /// of its month, quarter, half and year.
        #[test]
        fn days_round_trip(year in 1900i32..=2100, month in 1u8..=12, day in 1u8..=31) {
            let year = Year::try_from(year).map_err(|e| proptest::test_runner::TestCaseError::fail(e.to_string()))?;
            let month = Month::new(month).map_err(|e| proptest::test_runner::TestCaseError::fail(e.to_string()))?;
            match Date::new(year, month, day) {
                Ok(date) => {
                    proptest::prop_assert_eq!(date.to_string().parse::<Date>(), Ok(date));
                    for span in [PeriodLength::Year, PeriodLength::Half, PeriodLength::Quarter, PeriodLength::Month] {
                        proptest::prop_assert!(date.period(span).contains(date));
                    }
                }
                Err(e) => proptest::prop_assert!(day > days_in(year.get(), month.get()), "{}", e),
            }
        }
    }
}
