//! Calendar years.

use core::fmt;
use core::str::FromStr;

use crate::Error;

/// A calendar year between 1900 and 2100, inclusive.
///
/// The range covers every year a payment statistic can be about, with room on both sides; a year
/// outside it is almost always a typing error (a figure read as a year, a missing digit).
///
/// # Example
///
/// ```
/// use morocco_ecommerce::{Error, Year};
///
/// let year = Year::try_from(2014)?;
/// assert_eq!(year.previous()?, Year::try_from(2013)?);
/// assert_eq!("2014".parse::<Year>()?, year);
/// assert_eq!(Year::try_from(0), Err(Error::YearOutOfRange(0)));
/// # Ok::<(), Error>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(try_from = "i32", into = "i32"))]
pub struct Year(i16);

impl Year {
    /// The first year the crate accepts: 1900.
    pub const MIN: Year = Year(1900);
    /// The last year the crate accepts: 2100.
    pub const MAX: Year = Year(2100);

    /// The year as a number.
    ///
    /// ```
    /// # use morocco_ecommerce::Year;
    /// assert_eq!(Year::try_from(2014)?.get(), 2014);
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    #[must_use]
    pub const fn get(self) -> i32 {
        self.0 as i32
    }

    /// The year after this one.
    ///
    /// # Errors
    ///
    /// [`Error::YearOutOfRange`] after [`Year::MAX`].
    ///
    /// ```
    /// # use morocco_ecommerce::{Error, Year};
    /// assert_eq!(Year::try_from(2013)?.next()?.get(), 2014);
    /// assert_eq!(Year::MAX.next(), Err(Error::YearOutOfRange(2101)));
    /// # Ok::<(), Error>(())
    /// ```
    pub fn next(self) -> Result<Year, Error> {
        Year::try_from(self.get() + 1)
    }

    /// The year before this one.
    ///
    /// # Errors
    ///
    /// [`Error::YearOutOfRange`] before [`Year::MIN`].
    ///
    /// ```
    /// # use morocco_ecommerce::{Error, Year};
    /// assert_eq!(Year::try_from(2014)?.previous()?.get(), 2013);
    /// assert_eq!(Year::MIN.previous(), Err(Error::YearOutOfRange(1899)));
    /// # Ok::<(), Error>(())
    /// ```
    pub fn previous(self) -> Result<Year, Error> {
        Year::try_from(self.get() - 1)
    }

    /// The number of years from `earlier` to `self`, which may be negative.
    ///
    /// ```
    /// # use morocco_ecommerce::Year;
    /// let y2010 = Year::try_from(2010)?;
    /// let y2014 = Year::try_from(2014)?;
    /// assert_eq!(y2014.years_since(y2010), 4);
    /// assert_eq!(y2010.years_since(y2014), -4);
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    #[must_use]
    pub const fn years_since(self, earlier: Year) -> i32 {
        self.get() - earlier.get()
    }
}

impl TryFrom<i32> for Year {
    type Error = Error;

    fn try_from(value: i32) -> Result<Self, Error> {
        if (Year::MIN.get()..=Year::MAX.get()).contains(&value) {
            i16::try_from(value)
                .map(Year)
                .map_err(|_| Error::YearOutOfRange(value))
        } else {
            Err(Error::YearOutOfRange(value))
        }
    }
}

impl From<Year> for i32 {
    fn from(year: Year) -> i32 {
        year.get()
    }
}

impl FromStr for Year {
    type Err = Error;

    /// Reads four ASCII digits, as `Display` writes them.
    fn from_str(s: &str) -> Result<Self, Error> {
        const EXPECTED: &str = "a year";
        if s.len() != 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
            return Err(Error::parse(
                EXPECTED,
                s,
                "a year is written with four digits",
            ));
        }
        let value: i32 = s
            .parse()
            .map_err(|_| Error::parse(EXPECTED, s, "a year is written with four digits"))?;
        Year::try_from(value)
    }
}

impl fmt::Display for Year {
    /// Four digits, `2014`, formatted as an integer is: width, fill, alignment and the `0` flag
    /// apply (right-aligned by default), and a precision is ignored, a year having no decimals.
    ///
    /// ```
    /// # use morocco_ecommerce::Year;
    /// let y = Year::try_from(2014)?;
    /// assert_eq!(format!("[{y:<8}] [{y:>8}] [{y:*^8}] [{y:.2}]"), "[2014    ] [    2014] [**2014**] [2014]");
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl fmt::Debug for Year {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Year({})", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn range_ends() {
        assert_eq!(Year::try_from(1900), Ok(Year::MIN));
        assert_eq!(Year::try_from(2100), Ok(Year::MAX));
        assert_eq!(Year::try_from(1899), Err(Error::YearOutOfRange(1899)));
        assert_eq!(
            Year::try_from(i32::MIN),
            Err(Error::YearOutOfRange(i32::MIN))
        );
    }

    #[test]
    fn parse_rejects_other_shapes() {
        for bad in ["", "14", "+2014", " 2014", "2014 ", "٢٠١٤", "20145", "1e3"] {
            assert!(
                matches!(bad.parse::<Year>(), Err(Error::Parse { .. })),
                "{bad:?}"
            );
        }
        assert_eq!("0000".parse::<Year>(), Err(Error::YearOutOfRange(0)));
    }
}
