//! Reporting periods: a full year or a part of one.

use core::fmt;
use core::str::FromStr;

use crate::Error;
use crate::model::Year;
use crate::num::pad;

/// A month of the year, 1 (January) to 12 (December).
///
/// # Example
///
/// ```
/// use morocco_ecommerce::{Error, Month};
///
/// assert_eq!(Month::new(9)?.get(), 9);
/// assert_eq!(Month::new(13), Err(Error::MonthOutOfRange(13)));
/// # Ok::<(), Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month(u8);

impl Month {
    /// January.
    pub const JANUARY: Month = Month(1);
    /// December.
    pub const DECEMBER: Month = Month(12);

    /// A month from its number.
    ///
    /// # Errors
    ///
    /// [`Error::MonthOutOfRange`] outside 1 to 12.
    pub const fn new(number: u8) -> Result<Month, Error> {
        if number >= 1 && number <= 12 {
            Ok(Month(number))
        } else {
            Err(Error::MonthOutOfRange(number))
        }
    }

    /// The month's number, 1 to 12.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::Month;
    /// assert_eq!(Month::new(3)?.get(), 3);
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub const fn get(self) -> u8 {
        self.0
    }
}

/// A quarter of a year.
///
/// ```
/// use morocco_ecommerce::{Period, PeriodKind, Quarter, Year};
/// let q1 = Period::new(Year::try_from(2015)?, PeriodKind::Quarter(Quarter::Q1))?;
/// assert_eq!(q1.months(), (1, 3));
/// # Ok::<(), morocco_ecommerce::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Quarter {
    /// January to March.
    Q1,
    /// April to June.
    Q2,
    /// July to September.
    Q3,
    /// October to December.
    Q4,
}

/// A half of a year.
///
/// ```
/// use morocco_ecommerce::{Half, Period, PeriodKind, Year};
/// let h2 = Period::new(Year::try_from(2015)?, PeriodKind::Half(Half::H2))?;
/// assert_eq!(h2.to_string(), "2015-H2");
/// # Ok::<(), morocco_ecommerce::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Half {
    /// January to June.
    H1,
    /// July to December.
    H2,
}

/// Which part of its year a [`Period`] covers.
///
/// ```
/// use morocco_ecommerce::{Month, Period, PeriodKind, Year};
/// let march = Period::new(Year::try_from(2015)?, PeriodKind::Month(Month::new(3)?))?;
/// assert_eq!(march.to_string(), "2015-M03");
/// # Ok::<(), morocco_ecommerce::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum PeriodKind {
    /// January to December.
    FullYear,
    /// Three months.
    Quarter(Quarter),
    /// Six months.
    Half(Half),
    /// January to the given month, which is February, April, May or July to November (a report
    /// "at the end of September" covers the first nine months). Each period has one name: January
    /// to March is the first quarter, January to June the first half, January to December the
    /// full year; [`PeriodKind::through`] gives the name of any "January to ...".
    YearToDate(Month),
    /// One month.
    Month(Month),
}

/// A reporting period: a full year, a quarter, a half-year, the first months of a year, or a month.
///
/// Real CMI reports compare a period with the same period one year earlier
/// ([`Period::same_period_previous_year`]). Each period has one written form (its `Display`):
/// `2014`, `2014-Q3`, `2014-H1`, `2014-9M` (January to September) and `2014-M03` (March);
/// `FromStr` reads it back.
///
/// # Example
///
/// ```
/// use morocco_ecommerce::{Error, Month, Period, PeriodKind, Year};
///
/// let nine_months = Period::new(Year::try_from(2014)?, PeriodKind::YearToDate(Month::new(9)?))?;
/// assert_eq!(nine_months.to_string(), "2014-9M");
/// assert_eq!(nine_months.same_period_previous_year()?.to_string(), "2013-9M");
/// assert_eq!(nine_months.months(), (1, 9));
/// assert_eq!("2014-9M".parse::<Period>()?, nine_months);
///
/// // January to December is the full year, and has one name only.
/// assert!(Period::new(Year::try_from(2014)?, PeriodKind::YearToDate(Month::DECEMBER)).is_err());
/// # Ok::<(), Error>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(try_from = "String", into = "String"))]
pub struct Period {
    year: Year,
    kind: PeriodKind,
}

impl PeriodKind {
    /// January to `month`, by the period's one name: the month itself for January, the first
    /// quarter for March, the first half for June, the full year for December, and a
    /// year-to-date period otherwise. What a report "at the end of June" covers is the first
    /// half, and is equal to it.
    ///
    /// ```
    /// # use morocco_ecommerce::{Half, Month, PeriodKind, Quarter};
    /// assert_eq!(PeriodKind::through(Month::new(6)?), PeriodKind::Half(Half::H1));
    /// assert_eq!(PeriodKind::through(Month::new(3)?), PeriodKind::Quarter(Quarter::Q1));
    /// assert_eq!(PeriodKind::through(Month::new(9)?), PeriodKind::YearToDate(Month::new(9)?));
    /// assert_eq!(PeriodKind::through(Month::DECEMBER), PeriodKind::FullYear);
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    #[must_use]
    pub const fn through(month: Month) -> PeriodKind {
        match month.get() {
            1 => PeriodKind::Month(month),
            3 => PeriodKind::Quarter(Quarter::Q1),
            6 => PeriodKind::Half(Half::H1),
            12 => PeriodKind::FullYear,
            _ => PeriodKind::YearToDate(month),
        }
    }

    /// Whether `month` may end a year-to-date period: every "January to ..." that has no other
    /// name.
    const fn ends_year_to_date(month: Month) -> bool {
        matches!(month.get(), 2 | 4 | 5 | 7..=11)
    }
}

impl Period {
    /// A period of the given kind in the given year.
    ///
    /// # Errors
    ///
    /// [`Error::YearToDateOutOfRange`] for a year-to-date period that has another name: ending in
    /// January (the month), March (the first quarter), June (the first half) or December (the full
    /// year). [`PeriodKind::through`] gives that name.
    ///
    /// ```
    /// # use morocco_ecommerce::{Period, PeriodKind, Quarter, Year};
    /// let q3 = Period::new(Year::try_from(2014)?, PeriodKind::Quarter(Quarter::Q3))?;
    /// assert_eq!(q3.to_string(), "2014-Q3");
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn new(year: Year, kind: PeriodKind) -> Result<Period, Error> {
        if let PeriodKind::YearToDate(month) = kind
            && !PeriodKind::ends_year_to_date(month)
        {
            return Err(Error::YearToDateOutOfRange(month.get()));
        }
        Ok(Period { year, kind })
    }

    /// A period whose kind needs no check: anything but a year-to-date period.
    pub(crate) const fn of(year: Year, kind: PeriodKind) -> Period {
        Period { year, kind }
    }

    /// The full calendar year.
    ///
    /// ```
    /// # use morocco_ecommerce::{Period, Year};
    /// assert_eq!(Period::full_year(Year::try_from(2014)?).to_string(), "2014");
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    #[must_use]
    pub const fn full_year(year: Year) -> Period {
        Period {
            year,
            kind: PeriodKind::FullYear,
        }
    }

    /// The period's year.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::Period;
    /// assert_eq!("2014-H1".parse::<Period>()?.year().get(), 2014);
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub const fn year(self) -> Year {
        self.year
    }

    /// Which part of the year the period covers.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::{Half, Period, PeriodKind};
    /// assert_eq!("2014-H1".parse::<Period>()?.kind(), PeriodKind::Half(Half::H1));
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub const fn kind(self) -> PeriodKind {
        self.kind
    }

    /// Whether the period is a full calendar year.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::Period;
    /// assert!("2014".parse::<Period>()?.is_full_year());
    /// assert!(!"2014-M03".parse::<Period>()?.is_full_year());
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub const fn is_full_year(self) -> bool {
        matches!(self.kind, PeriodKind::FullYear)
    }

    /// The first and last month covered, 1 to 12, inclusive.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::Period;
    /// assert_eq!("2014-Q4".parse::<Period>()?.months(), (10, 12));
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub const fn months(self) -> (u8, u8) {
        match self.kind {
            PeriodKind::FullYear => (1, 12),
            PeriodKind::Quarter(q) => {
                let first = match q {
                    Quarter::Q1 => 1,
                    Quarter::Q2 => 4,
                    Quarter::Q3 => 7,
                    Quarter::Q4 => 10,
                };
                (first, first + 2)
            }
            PeriodKind::Half(Half::H1) => (1, 6),
            PeriodKind::Half(Half::H2) => (7, 12),
            PeriodKind::YearToDate(m) => (1, m.get()),
            PeriodKind::Month(m) => (m.get(), m.get()),
        }
    }

    /// How many keys a year has: the full year, 4 quarters, 2 halves, 10 year-to-date slots (for
    /// the months 2 to 11; those of March and June stay unused, as these periods are the first
    /// quarter and the first half) and 12 months.
    pub(crate) const PER_YEAR: usize = 29;

    /// A dense index of the period, below [`Period::KEYS`]: a year's 29 periods, year after year.
    #[must_use]
    pub(crate) fn key(self) -> usize {
        let code = match self.kind {
            PeriodKind::FullYear => 0,
            PeriodKind::Quarter(q) => 1 + q as usize,
            PeriodKind::Half(h) => 5 + h as usize,
            PeriodKind::YearToDate(m) => 7 + usize::from(m.get()).saturating_sub(2),
            PeriodKind::Month(m) => 17 + usize::from(m.get()).saturating_sub(1),
        };
        let year = usize::try_from(self.year.get() - Year::MIN.get()).unwrap_or(0);
        year * Self::PER_YEAR + code
    }

    /// The number of distinct keys.
    #[allow(clippy::cast_sign_loss)] // MAX is after MIN, so the count is positive
    pub(crate) const KEYS: usize =
        (Year::MAX.get() - Year::MIN.get() + 1) as usize * Self::PER_YEAR;

    /// The same part of the year, one year earlier: what a growth rate in a report compares with.
    ///
    /// # Errors
    ///
    /// [`Error::YearOutOfRange`] when the year is [`Year::MIN`].
    ///
    /// ```
    /// # use morocco_ecommerce::Period;
    /// assert_eq!("2014-Q3".parse::<Period>()?.same_period_previous_year()?.to_string(), "2013-Q3");
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn same_period_previous_year(self) -> Result<Period, Error> {
        Ok(Period {
            year: self.year.previous()?,
            kind: self.kind,
        })
    }

    /// The same part of the year, one year later.
    ///
    /// # Errors
    ///
    /// [`Error::YearOutOfRange`] when the year is [`Year::MAX`].
    ///
    /// ```
    /// # use morocco_ecommerce::Period;
    /// assert_eq!("2013-M12".parse::<Period>()?.same_period_next_year()?.to_string(), "2014-M12");
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn same_period_next_year(self) -> Result<Period, Error> {
        Ok(Period {
            year: self.year.next()?,
            kind: self.kind,
        })
    }
}

impl fmt::Display for Month {
    /// The month's number with two digits, `03`, as ISO 8601 writes it; padded as a `str` is.
    ///
    /// ```
    /// # use morocco_ecommerce::Month;
    /// assert_eq!(Month::new(3)?.to_string(), "03");
    /// assert_eq!("3".parse::<Month>()?, Month::new(3)?);
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        pad::pad(f, pad::Kind::Text, |w| write!(w, "{:02}", self.0))
    }
}

impl FromStr for Month {
    type Err = Error;

    /// Reads one or two ASCII digits, `03` or `3`.
    fn from_str(s: &str) -> Result<Self, Error> {
        if s.is_empty() || s.len() > 2 || !s.bytes().all(|b| b.is_ascii_digit()) {
            return Err(Error::parse(
                "a month",
                s,
                "a month is written with one or two digits, 1 to 12",
            ));
        }
        let number = s.parse().map_err(|_| {
            Error::parse(
                "a month",
                s,
                "a month is written with one or two digits, 1 to 12",
            )
        })?;
        Month::new(number)
    }
}

impl Quarter {
    /// Every quarter, in order.
    pub const ALL: [Quarter; 4] = [Quarter::Q1, Quarter::Q2, Quarter::Q3, Quarter::Q4];

    /// The name `Display` writes and `FromStr` reads: `Q1` to `Q4`.
    ///
    /// ```
    /// # use morocco_ecommerce::Quarter;
    /// assert_eq!(Quarter::Q3.as_str(), "Q3");
    /// assert_eq!("q3".parse::<Quarter>()?, Quarter::Q3);
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Quarter::Q1 => "Q1",
            Quarter::Q2 => "Q2",
            Quarter::Q3 => "Q3",
            Quarter::Q4 => "Q4",
        }
    }
}

crate::num::named_enum!(Quarter, "a quarter", "a quarter is Q1, Q2, Q3 or Q4");

impl Half {
    /// Both halves, in order.
    pub const ALL: [Half; 2] = [Half::H1, Half::H2];

    /// The name `Display` writes and `FromStr` reads: `H1` or `H2`.
    ///
    /// ```
    /// # use morocco_ecommerce::Half;
    /// assert_eq!(Half::H2.as_str(), "H2");
    /// assert_eq!("H1".parse::<Half>()?, Half::H1);
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Half::H1 => "H1",
            Half::H2 => "H2",
        }
    }
}

crate::num::named_enum!(Half, "a half", "a half is H1 or H2");

impl fmt::Display for PeriodKind {
    /// What follows the year in a period's written form: `Q3`, `H1`, `9M` (January to
    /// September), `M03` (March), and `FY` for the full year, which a period writes as the bare
    /// year. Padded as a `str` is.
    ///
    /// ```
    /// # use morocco_ecommerce::{Month, PeriodKind, Quarter};
    /// assert_eq!(PeriodKind::Quarter(Quarter::Q3).to_string(), "Q3");
    /// assert_eq!(PeriodKind::YearToDate(Month::new(9)?).to_string(), "9M");
    /// assert_eq!(PeriodKind::Month(Month::new(3)?).to_string(), "M03");
    /// assert_eq!(PeriodKind::FullYear.to_string(), "FY");
    /// assert_eq!("M03".parse::<PeriodKind>()?, PeriodKind::Month(Month::new(3)?));
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        pad::pad(f, pad::Kind::Text, |w| match *self {
            PeriodKind::FullYear => w.write_str("FY"),
            PeriodKind::Quarter(q) => w.write_str(q.as_str()),
            PeriodKind::Half(h) => w.write_str(h.as_str()),
            PeriodKind::YearToDate(m) => write!(w, "{}M", m.get()),
            PeriodKind::Month(m) => write!(w, "M{m}"),
        })
    }
}

impl FromStr for PeriodKind {
    type Err = Error;

    /// Reads what `Display` writes: `FY`, `Q1` to `Q4`, `H1`, `H2`, `2M`, `4M`, `5M`, `7M` to
    /// `11M`, `M01` to `M12`. A year-to-date period with another name (`1M`, `3M`, `6M`, `12M`)
    /// is refused, as [`Period::new`] refuses it.
    fn from_str(s: &str) -> Result<Self, Error> {
        const EXPECTED: &str = "a period kind";
        const RULE: &str =
            "a period kind is FY, Q1 to Q4, H1, H2, 2M, 4M, 5M, 7M to 11M or M01 to M12";
        PeriodKind::read(s, || Error::parse(EXPECTED, s, RULE))
    }
}

impl PeriodKind {
    /// Reads a kind's written form, with `bad` the error for a shape that is none.
    fn read(s: &str, bad: impl Fn() -> Error) -> Result<PeriodKind, Error> {
        let digits = |d: &str| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit());
        let kind = match s {
            "FY" => PeriodKind::FullYear,
            "Q1" => PeriodKind::Quarter(Quarter::Q1),
            "Q2" => PeriodKind::Quarter(Quarter::Q2),
            "Q3" => PeriodKind::Quarter(Quarter::Q3),
            "Q4" => PeriodKind::Quarter(Quarter::Q4),
            "H1" => PeriodKind::Half(Half::H1),
            "H2" => PeriodKind::Half(Half::H2),
            _ => {
                if let Some(number) = s.strip_prefix('M') {
                    if number.len() != 2 || !digits(number) {
                        return Err(bad());
                    }
                    PeriodKind::Month(Month::new(number.parse().map_err(|_| bad())?)?)
                } else if let Some(number) = s.strip_suffix('M') {
                    if number.len() > 2 || number.starts_with('0') || !digits(number) {
                        return Err(bad());
                    }
                    let month = Month::new(number.parse().map_err(|_| bad())?)?;
                    if !PeriodKind::ends_year_to_date(month) {
                        return Err(Error::YearToDateOutOfRange(month.get()));
                    }
                    PeriodKind::YearToDate(month)
                } else {
                    return Err(bad());
                }
            }
        };
        Ok(kind)
    }
}

impl fmt::Display for Period {
    /// The period's one written form: `2014`, `2014-Q3`, `2014-H1`, `2014-9M`, `2014-M03`.
    /// Width, fill, alignment and precision apply as they do to a `str` (left-aligned).
    ///
    /// ```
    /// # use morocco_ecommerce::Period;
    /// let q3: Period = "2014-Q3".parse()?;
    /// assert_eq!(format!("[{q3:<9}] [{q3:>9}] [{q3:^9}]"), "[2014-Q3  ] [  2014-Q3] [ 2014-Q3 ]");
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        pad::pad(f, pad::Kind::Text, |w| match self.kind {
            PeriodKind::FullYear => write!(w, "{}", self.year),
            kind => write!(w, "{}-{kind}", self.year),
        })
    }
}

impl fmt::Debug for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Period({self})")
    }
}

impl FromStr for Period {
    type Err = Error;

    /// Reads the form `Display` writes: `2014`, `2014-Q1`, `2014-H2`, `2014-9M`, `2014-M03`;
    /// a month also as ISO 8601 writes it, `2014-03`.
    fn from_str(s: &str) -> Result<Self, Error> {
        const EXPECTED: &str = "a period";
        // The rule names the canonical forms; the ISO month, 2014-03, is read too.
        const RULE: &str = "a period is written 2014, 2014-Q1, 2014-H1, 2014-9M or 2014-M03";
        let bad = || Error::parse(EXPECTED, s, RULE);
        let (year, rest) = match s.split_once('-') {
            Some((year, rest)) => (year, Some(rest)),
            None => (s, None),
        };
        let year: Year = year.parse()?;
        let Some(rest) = rest else {
            return Ok(Period::full_year(year));
        };
        if rest.len() == 2 && rest.bytes().all(|b| b.is_ascii_digit()) {
            // ISO 8601's year and month, 2014-03.
            let month = Month::new(rest.parse().map_err(|_| bad())?)?;
            return Ok(Period::of(year, PeriodKind::Month(month)));
        }
        match PeriodKind::read(rest, bad)? {
            // The full year has one name only, the bare year.
            PeriodKind::FullYear => Err(bad()),
            kind => Period::new(year, kind),
        }
    }
}

string_form!(Period);

#[cfg(test)]
mod tests {
    use super::*;

    fn year(y: i32) -> Year {
        Year::try_from(y).unwrap_or(Year::MIN)
    }

    #[test]
    fn every_kind_round_trips() -> Result<(), Error> {
        let mut kinds = vec![PeriodKind::FullYear];
        kinds.extend([Quarter::Q1, Quarter::Q2, Quarter::Q3, Quarter::Q4].map(PeriodKind::Quarter));
        kinds.extend([Half::H1, Half::H2].map(PeriodKind::Half));
        for m in 1..=12 {
            kinds.push(PeriodKind::Month(Month::new(m)?));
        }
        for m in [2, 4, 5, 7, 8, 9, 10, 11] {
            kinds.push(PeriodKind::YearToDate(Month::new(m)?));
        }
        for kind in kinds {
            let p = Period::new(year(2014), kind)?;
            assert_eq!(p.to_string().parse::<Period>()?, p);
        }
        Ok(())
    }

    /// Each "January to ..." has one name, and covers the months it names.
    #[test]
    fn january_to_a_month_has_one_name() -> Result<(), Error> {
        for number in 1..=12 {
            let month = Month::new(number)?;
            let period = Period::new(year(2015), PeriodKind::through(month))?;
            assert_eq!(period.months(), (1, number), "{period}");
            assert_eq!(period.to_string().parse::<Period>()?, period);
            let named = matches!(number, 1 | 3 | 6 | 12);
            assert_eq!(
                Period::new(year(2015), PeriodKind::YearToDate(month)).is_err(),
                named,
                "{number}"
            );
        }
        let fin_juin = Period::new(year(2015), PeriodKind::through(Month::new(6)?))?;
        assert_eq!(fin_juin, "2015-H1".parse::<Period>()?);
        assert_eq!(
            "2015-6M".parse::<Period>(),
            Err(Error::YearToDateOutOfRange(6))
        );
        assert_eq!(
            "3M".parse::<PeriodKind>(),
            Err(Error::YearToDateOutOfRange(3))
        );
        Ok(())
    }

    #[test]
    fn months_covered() -> Result<(), Error> {
        let q3 = Period::new(year(2014), PeriodKind::Quarter(Quarter::Q3))?;
        assert_eq!(q3.months(), (7, 9));
        assert_eq!(
            Period::new(year(2014), PeriodKind::Half(Half::H2))?.months(),
            (7, 12)
        );
        Ok(())
    }

    #[test]
    fn errors() {
        assert_eq!(Month::new(0), Err(Error::MonthOutOfRange(0)));
        assert_eq!(
            Period::new(year(2014), PeriodKind::YearToDate(Month::JANUARY)),
            Err(Error::YearToDateOutOfRange(1))
        );
        assert_eq!(
            Period::full_year(Year::MIN).same_period_previous_year(),
            Err(Error::YearOutOfRange(1899))
        );
        assert_eq!(
            Period::full_year(Year::MAX).same_period_next_year(),
            Err(Error::YearOutOfRange(2101))
        );
        for bad in [
            "2014-", "2014-Q5", "2014-M3", "2014-M13", "2014-09M", "2014-12M", "2014-1M", "x-Q1",
            "2014-q1",
        ] {
            assert!(bad.parse::<Period>().is_err(), "{bad}");
        }
    }
}
