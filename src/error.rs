//! The crate's error type.

use core::fmt;

use rust_decimal::Decimal;

use crate::model::Period;

/// Everything that can go wrong in this crate.
///
/// Each variant names the offending value and the rule it broke; the messages are lowercase
/// and carry no final full stop, so they compose well behind `: ` in a caller's own message.
///
/// # Example
///
/// ```
/// use morocco_ecommerce::{Error, Year};
///
/// let err = Year::try_from(1850).unwrap_err();
/// assert_eq!(err, Error::YearOutOfRange(1850));
/// assert_eq!(err.to_string(), "year 1850 is outside the supported range 1900 to 2100");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A year outside [`Year::MIN`](crate::model::Year::MIN) to [`Year::MAX`](crate::model::Year::MAX).
    #[error("year {0} is outside the supported range 1900 to 2100")]
    YearOutOfRange(i32),
    /// A month number outside 1 to 12.
    #[error("month {0} is outside 1 to 12")]
    MonthOutOfRange(u8),
    /// A day its month does not have (the 31st of April, the 29th of February 2014).
    #[error("{year}-{month:02}-{day:02} is not a day: {} {year} has {days} days", month_name(*.month))]
    DayOutOfRange {
        /// The year.
        year: i32,
        /// The month, 1 to 12.
        month: u8,
        /// The day that was asked for.
        day: u8,
        /// How many days the month has.
        days: u8,
    },
    /// A year-to-date period must end between February and November.
    #[error(
        "the first {0} months are not a year-to-date period: use a month for 1, the full year for 12, and 2 to 11 otherwise"
    )]
    YearToDateOutOfRange(u8),
    /// An amount of dirhams below zero.
    #[error("amount {0} MAD is negative: an amount is never below zero")]
    NegativeAmount(Decimal),
    /// An amount with digits below the centime.
    #[error("amount {0} MAD has more than two decimals: amounts are counted to the centime")]
    SubCentimeAmount(Decimal),
    /// An amount above [`AmountMad::MAX`](crate::model::AmountMad::MAX).
    #[error("amount {0} MAD is above the largest amount the crate holds")]
    AmountTooLarge(Decimal),
    /// A count of operations below zero, or above `u64::MAX`.
    #[error("count {0} is not a whole number of operations between 0 and 18446744073709551615")]
    CountOutOfRange(Decimal),
    /// An arithmetic result that does not fit the type.
    #[error("{0} overflows")]
    Overflow(Operation),
    /// A subtraction whose result would be negative, for a quantity that never is.
    #[error("{0} would be below zero, where no {1} can be")]
    NegativeResult(Operation, &'static str),
    /// A growth rate computed from a base of zero.
    #[error("growth base is zero{}", ForPeriod(.0))]
    ZeroGrowthBase(Option<Period>),
    /// A growth rate below -100 %.
    #[error("growth rate {0}% is below -100%: nothing falls by more than all of it")]
    GrowthBelowMinusHundred(Decimal),
    /// A rate of -100 % cannot be inverted to recover a base.
    #[error("a growth rate of -100% leaves nothing from which to recover the base")]
    BaseFromTotalFall,
    /// A share below 0 % or above 100 %.
    #[error("share {0}% is outside 0% to 100%")]
    ShareOutOfRange(Decimal),
    /// A part larger than its total.
    #[error("part {part} is above its total {total}")]
    PartAboveTotal {
        /// The part, as written by its type's `Display`.
        part: String,
        /// The total, as written by its type's `Display`.
        total: String,
    },
    /// A share of a total of zero.
    #[error("total is zero{}: a share of nothing is undefined", ForPeriod(.0))]
    ZeroTotal(Option<Period>),
    /// An average over zero operations.
    #[error("no operations{}: an average ticket needs at least one", ForPeriod(.0))]
    ZeroOperations(Option<Period>),
    /// A compound growth rate over zero years.
    #[error("a compound annual growth rate needs at least one year, not 0")]
    ZeroYears,
    /// A breakdown with no parts.
    #[error("a breakdown needs at least one part")]
    EmptyBreakdown,
    /// Too many decimals asked of a rounding.
    #[error("{0} decimals asked, at most {1} are supported here")]
    TooManyDecimals(u32, u32),
    /// A number too small or too large for the precision of `Decimal`.
    #[error("{0} is out of the precision of a 96-bit decimal")]
    OutOfPrecision(Operation),
    /// A total smaller than the sum of its parts.
    #[error("total {measure} {total} for {period} is below the sum of its parts {parts}")]
    TotalBelowParts {
        /// The measure: `operations` or `value`.
        measure: &'static str,
        /// The period of the record.
        period: Period,
        /// The given total.
        total: String,
        /// The sum of the given parts.
        parts: String,
    },
    /// A figure a computation needs is not in the record.
    #[error("{what} is missing for {period}")]
    Missing {
        /// What is missing.
        what: &'static str,
        /// The record's period.
        period: Period,
    },
    /// Two records for one period in a series.
    #[error("the series has two records for {0}")]
    DuplicatePeriod(Period),
    /// An interval whose ends hold no value.
    #[error("interval {0} is empty")]
    EmptyInterval(String),
    /// A reported figure that cannot be read.
    #[error("invalid reported figure: {0}")]
    InvalidFigure(String),
    /// A claim whose figures are of the wrong kinds.
    #[error("claim {claim}: {role} is a {found} figure, where a {expected} figure is needed")]
    FigureKindMismatch {
        /// The claim's id.
        claim: String,
        /// Which figure of the claim.
        role: &'static str,
        /// The kind the claim needs.
        expected: &'static str,
        /// The kind it got.
        found: &'static str,
    },
    /// A payment record that cannot be aggregated.
    #[error("record {index}: {reason}")]
    InvalidRecord {
        /// The record's position, counting from 0.
        index: usize,
        /// What is wrong with it.
        reason: String,
    },
    /// A foreign card paying on a foreign site: outside every CMI figure.
    #[error("a foreign card paying on a foreign site is outside the CMI's statistics")]
    ForeignCardAbroad,
    /// A row of a data file that does not read.
    #[error("line {line}, column {column}: {message}")]
    Data {
        /// The line, counting from 1 (the header is line 1).
        line: usize,
        /// The column's name.
        column: &'static str,
        /// What is wrong.
        message: String,
    },
    /// A string that does not read as the type asked for.
    #[error("cannot read {input:?} as {expected}: {rule}")]
    Parse {
        /// What the string should have been.
        expected: &'static str,
        /// The input, cut to 64 characters.
        input: String,
        /// The rule the input broke.
        rule: &'static str,
    },
}

/// The English name of month `month` (1 to 12), for messages.
const fn month_name(month: u8) -> &'static str {
    match month {
        1 => "January",
        2 => "February",
        3 => "March",
        4 => "April",
        5 => "May",
        6 => "June",
        7 => "July",
        8 => "August",
        9 => "September",
        10 => "October",
        11 => "November",
        12 => "December",
        _ => "month",
    }
}

impl Error {
    /// Builds a parse error, cutting the input so a huge string cannot make a huge error.
    pub(crate) fn parse(expected: &'static str, input: &str, rule: &'static str) -> Self {
        const KEEP: usize = 64;
        let input = match input.char_indices().nth(KEEP) {
            Some((cut, _)) => format!("{}…", input.get(..cut).unwrap_or_default()),
            None => input.to_owned(),
        };
        Error::Parse {
            expected,
            input,
            rule,
        }
    }

    /// Fills in the period of errors that can name one, where the caller knows it.
    pub(crate) fn in_period(self, period: Period) -> Self {
        match self {
            Error::ZeroGrowthBase(None) => Error::ZeroGrowthBase(Some(period)),
            Error::ZeroTotal(None) => Error::ZeroTotal(Some(period)),
            Error::ZeroOperations(None) => Error::ZeroOperations(Some(period)),
            other => other,
        }
    }
}

/// An arithmetic operation and its operands, for error messages.
///
/// ```
/// use morocco_ecommerce::{Error, Transactions};
/// let Err(Error::Overflow(op)) = Transactions::MAX.checked_add(Transactions::from(1)) else { unreachable!() };
/// assert_eq!(op.to_string(), "18446744073709551615 + 1");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Operation {
    text: String,
}

impl Operation {
    pub(crate) fn new(left: impl fmt::Display, op: &str, right: impl fmt::Display) -> Self {
        Operation {
            text: format!("{left} {op} {right}"),
        }
    }

    pub(crate) fn describe(text: impl Into<String>) -> Self {
        Operation { text: text.into() }
    }
}

impl fmt::Display for Operation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

struct ForPeriod<'a>(&'a Option<Period>);

impl fmt::Display for ForPeriod<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(period) => write!(f, " for {period}"),
            None => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Year;

    #[test]
    fn parse_error_cuts_long_input() {
        let long = "9".repeat(1000);
        let Error::Parse { input, .. } = Error::parse("a count", &long, "too long") else {
            unreachable!("parse builds a parse error")
        };
        assert_eq!(input.chars().count(), 65);
    }

    #[test]
    fn zero_base_names_the_period() -> Result<(), Error> {
        let period = Period::full_year(Year::try_from(2013)?);
        let err = Error::ZeroGrowthBase(None).in_period(period);
        assert_eq!(err.to_string(), "growth base is zero for 2013");
        assert_eq!(
            Error::ZeroGrowthBase(None).to_string(),
            "growth base is zero"
        );
        Ok(())
    }
}
