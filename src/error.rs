//! The crate's error type.

use core::fmt;
use std::sync::Arc;

use rust_decimal::Decimal;

/// Everything that can go wrong in this crate.
///
/// Each variant names the offending value and the rule it broke; the messages are lowercase
/// and carry no final full stop, so they compose well behind `: ` in a caller's own message.
///
/// A variant that places another error (a record's index, a line and a column of a data file,
/// a figure of a claims file) carries it whole in its `source` field and writes its message
/// after its own. [`std::error::Error::source`] returns it: an error of this crate as the
/// `Box<Error>` of the field, a caller's error (see [`Error::UnreadableRecord`]) as itself.
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
    /// A year-to-date period must end in February, April, May or July to November: the others
    /// have a name of their own.
    #[error(
        "the first {0} months are not a year-to-date period: they are a month for 1, the first quarter for 3, the first half for 6 and the full year for 12 (PeriodKind::through names them); a year-to-date period ends in month 2, 4, 5 or 7 to 11"
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
    /// A count (of operations, cards or merchant sites, named by the second field) that is not a
    /// whole number between zero and `u64::MAX`.
    #[error("{1} {0} is not a whole number between 0 and 18446744073709551615")]
    CountOutOfRange(Decimal, &'static str),
    /// An arithmetic result that does not fit the type.
    #[error("{0} overflows")]
    Overflow(Operation),
    /// A subtraction whose result would be negative, for a quantity that never is.
    #[error("{0} would be below zero, where no {1} can be")]
    NegativeResult(Operation, &'static str),
    /// A growth rate computed from a base of zero; the period of the base, as written by
    /// `Period`'s `Display`, where the caller knows it.
    #[error("growth base is zero{}", ForPeriod(.0))]
    ZeroGrowthBase(Option<String>),
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
    /// A share of a total of zero; the period, as written by `Period`'s `Display`, where the
    /// caller knows it.
    #[error("total is zero{}: a share of nothing is undefined", ForPeriod(.0))]
    ZeroTotal(Option<String>),
    /// An average over zero operations; the period, as written by `Period`'s `Display`, where
    /// the caller knows it.
    #[error("no operations{}: an average ticket needs at least one", ForPeriod(.0))]
    ZeroOperations(Option<String>),
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
        /// The period of the record, as written by `Period`'s `Display`.
        period: String,
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
        /// The record's period, as written by `Period`'s `Display`.
        period: String,
    },
    /// Two records for one period in a series; the period, as written by `Period`'s `Display`.
    #[error("the series has two records for {0}")]
    DuplicatePeriod(String),
    /// An interval whose ends hold no value.
    #[error("interval {0} is empty")]
    EmptyInterval(String),
    /// A figure's precision (the unit of its last written digit) that is zero or negative.
    #[error("precision {0} is not positive: a figure is rounded to a unit above zero")]
    PrecisionNotPositive(Decimal),
    /// A precision that is not a power of ten, where a figure is to be written in digits.
    #[error(
        "precision {0} is not a power of ten: a figure written in digits is rounded to one of them"
    )]
    PrecisionNotPowerOfTen(Decimal),
    /// A precision coarser than the coarsest a figure of its kind can be written to: one unit
    /// for a percentage, one billion (the largest scale word) for a count or an amount.
    #[error(
        "precision {precision} is coarser than {coarsest}, the coarsest {} figure can be written to",
        Article(.kind)
    )]
    PrecisionTooCoarse {
        /// The kind of the figure, as `FigureKind::as_str` writes it.
        kind: &'static str,
        /// The precision asked for.
        precision: Decimal,
        /// The coarsest precision the kind can be written to.
        coarsest: Decimal,
    },
    /// A precision finer than the finest a figure of its kind can be written to: one for a
    /// count of operations, cards or merchant sites, which are whole numbers.
    #[error(
        "precision {precision} is finer than {finest}, the finest {} figure can be written to: it counts whole things",
        Article(.kind)
    )]
    PrecisionTooFine {
        /// The kind of the figure, as `FigureKind::as_str` writes it.
        kind: &'static str,
        /// The precision asked for.
        precision: Decimal,
        /// The finest precision the kind can be written to.
        finest: Decimal,
    },
    /// A scale word's multiplier (1 000 for "thousand") that is zero or negative.
    #[error("scale {0} is not positive: a scale word multiplies by a number above zero")]
    ScaleNotPositive(Decimal),
    /// A count or an amount figure below zero: only a percentage (or percentage points) can be
    /// negative.
    #[error("{} figure {value} is negative: only a percentage or percentage points can be below zero", Article(.kind))]
    NegativeFigure {
        /// The kind of the figure, as `FigureKind::as_str` writes it.
        kind: &'static str,
        /// The value.
        value: Decimal,
    },
    /// A half-width for "about" below zero.
    #[error(
        "half-width {0} is negative: \"about\" reaches the same distance either side of a figure"
    )]
    NegativeHalfWidth(Decimal),
    /// A figure whose range (the values it allows under an assumption) has an end beyond a
    /// `Decimal`.
    #[error("the range of figure {figure} has an end beyond a 96-bit decimal")]
    FigureRangeOverflow {
        /// The figure, as written by `ReportedFigure`'s `Display`.
        figure: String,
    },
    /// A range computed by the checker from its inputs' ranges with an end beyond a `Decimal`.
    #[error("a range computed from a claim's inputs has an end beyond a 96-bit decimal")]
    ComputedRangeOverflow,
    /// A checker asked to read figures under no assumption at all.
    #[error("a checker needs at least one assumption, and was given none")]
    NoAssumptions,
    /// A claims file whose `assumptions` is an empty list (leaving the field out asks for the
    /// default assumption).
    #[error(
        "the claims file's assumptions list is empty: name at least one, or leave the field out for the default"
    )]
    EmptyAssumptionList,
    /// A `parts_sum` claim with no parts.
    #[error("claim {0}: a parts_sum needs at least one part")]
    EmptyPartsSum(String),
    /// A figure of the claims embedded in the crate that is not in its embedded data.
    #[error("built-in figure {0:?} is not in the crate's embedded figures")]
    MissingBuiltinFigure(&'static str),
    /// A figure of a claims file that does not read.
    #[error("figure {id}: {source}")]
    UnreadableFigure {
        /// The figure's id in the file.
        id: String,
        /// Why it does not read: the rule its number, scale, precision or half-width broke.
        #[source]
        source: Box<Error>,
    },
    /// A claim of a claims file naming a figure the file does not define.
    #[error("claim {claim} names figure {figure:?}, which the file does not define")]
    UnknownFigure {
        /// The claim's id.
        claim: String,
        /// The figure id it names, as written in the file.
        figure: String,
    },
    /// A claim whose figures are of the wrong kinds.
    #[error(
        "claim {claim}: {role} is {} figure, where {} figure is needed",
        Article(.found),
        Article(.expected)
    )]
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
    #[error("record {index}: {source}")]
    InvalidRecord {
        /// The record's position, counting from 0.
        index: usize,
        /// Why it cannot be aggregated.
        #[source]
        source: Box<Error>,
    },
    /// An error the caller's iterator of records gave in place of a record, such as a CSV row
    /// that does not read; [`std::error::Error::source`] returns it.
    #[error("record {index} cannot be read: {source}")]
    UnreadableRecord {
        /// The record's position, counting from 0.
        index: usize,
        /// The caller's error.
        #[source]
        source: CallerError,
    },
    /// A period that has no cell in the table of an aggregate: a broken invariant of
    /// [`Aggregate`](crate::aggregate::Aggregate), which has a cell for every period.
    #[error("the table of an aggregate has no cell for period {period}")]
    AggregateTable {
        /// The period, as written by `Period`'s `Display`.
        period: String,
    },
    /// A foreign card paying on a foreign site: outside every CMI figure.
    #[error("a foreign card paying on a foreign site is outside the CMI's statistics")]
    ForeignCardAbroad,
    /// A row of a data file, or an observation of a data set, that does not read.
    #[error("line {line}, column {column}: {source}")]
    Data {
        /// The line, counting from 1 (the header is line 1); for an observation, its index
        /// counting from 1.
        line: usize,
        /// The column's name.
        column: &'static str,
        /// The rule the value broke.
        #[source]
        source: Box<Error>,
    },
    /// A data file whose header is not the expected list of columns.
    #[error("header {found:?} is not the columns {expected}")]
    WrongHeader {
        /// The header as given, cut to 64 characters.
        found: String,
        /// The expected columns, separated by commas.
        expected: String,
    },
    /// A row of a data file with too few or too many columns.
    #[error("the row has {found} columns, where {expected} are expected")]
    ColumnCount {
        /// How many columns the row has.
        found: usize,
        /// How many the file's schema has.
        expected: usize,
    },
    /// An empty id in a data file.
    #[error("the id is empty: every figure needs one")]
    EmptyId,
    /// An id given to two figures of a data file or data set.
    #[error("id {0:?} is used twice: every figure needs its own")]
    DuplicateId(String),
    /// An observation whose figure is not of the kind its measure is given in.
    #[error(
        "measure {measure} is given in {} figure, not in {} figure",
        Article(.expected),
        Article(.found)
    )]
    MeasureKindMismatch {
        /// The measure of the observation.
        measure: &'static str,
        /// The kind of figure the measure is given in.
        expected: &'static str,
        /// The kind of figure given.
        found: &'static str,
    },
    /// A row of a data file that gives neither a year nor a period.
    #[error("the row gives neither a year nor a period: a figure needs one")]
    MissingPeriod,
    /// A row of a data file whose `year` and `period` columns disagree: a full-year figure
    /// gives its year in both (or the year alone), a partial-year figure leaves `year` empty.
    #[error(
        "year {year:?} and period {period:?} disagree: a full-year figure gives the same year in both, a partial-year figure leaves the year empty"
    )]
    YearPeriodMismatch {
        /// The `year` column as given, cut to 64 characters.
        year: String,
        /// The `period` column as given, cut to 64 characters.
        period: String,
    },
    /// A rate compared with a period that does not cover the same part of its year: a
    /// partial-year figure is compared with the same part of an earlier year, never with a full
    /// year, and a full-year figure with a full year.
    #[error(
        "a rate for {period} cannot compare with {compared_with}: a rate compares the same part of two years"
    )]
    ComparedPeriodMismatch {
        /// The period of the rate.
        period: String,
        /// The period it was said to compare with.
        compared_with: String,
    },
    /// A unit that does not fit the measure of its row.
    #[error("unit {unit:?} does not fit {measure}, which is in {expected}")]
    UnitMismatch {
        /// The unit as given, cut to 64 characters.
        unit: String,
        /// The measure of the row.
        measure: &'static str,
        /// The unit of that measure.
        expected: &'static str,
    },
    /// Text read from a reader ([`FigureReader`](crate::text::FigureReader)) that is not UTF-8:
    /// the byte at `offset` of the whole input starts no character, or the input ends inside one.
    #[error("the text is not UTF-8: byte {offset} is not valid")]
    InvalidUtf8 {
        /// The offset of the first invalid byte, counting from 0 in the whole input.
        offset: u64,
    },
    /// Text read from a reader ([`FigureReader`](crate::text::FigureReader)) with no place
    /// where the reader may cut it within `limit` bytes: the figures of that much text would
    /// have to be read at once.
    #[error(
        "no place to cut the text within {limit} bytes from byte {offset}: a piece ends at a sentence end (. ! ? ؟), then spaces, before a letter"
    )]
    NoPlaceToCut {
        /// Where the piece that found no place to cut starts, in the whole input.
        offset: u64,
        /// The longest piece allowed, in bytes.
        limit: usize,
    },
    /// A reader that failed while text was read from it; [`std::error::Error::source`] returns
    /// its `std::io::Error`.
    #[error("the text cannot be read after byte {offset}: {source}")]
    ReadText {
        /// How many bytes were read before the failure.
        offset: u64,
        /// The reader's error.
        #[source]
        source: CallerError,
    },
    /// Text read from a reader longer than the byte offsets of this platform (`usize`) can
    /// count.
    #[error("the text is longer than this platform's offsets can count: past byte {0}")]
    TextTooLong(u64),
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
        Error::Parse {
            expected,
            input: cut(input),
            rule,
        }
    }

    /// Fills in the period of errors that can name one, where the caller knows it.
    pub(crate) fn in_period(self, period: impl fmt::Display) -> Self {
        match self {
            Error::ZeroGrowthBase(None) => Error::ZeroGrowthBase(Some(period.to_string())),
            Error::ZeroTotal(None) => Error::ZeroTotal(Some(period.to_string())),
            Error::ZeroOperations(None) => Error::ZeroOperations(Some(period.to_string())),
            other => other,
        }
    }

    /// Places an error at a line and a column of a data file.
    pub(crate) fn at(self, line: usize, column: &'static str) -> Self {
        Error::Data {
            line,
            column,
            source: Box::new(self),
        }
    }
}

/// `input` cut to 64 characters, so that a huge string cannot make a huge error.
pub(crate) fn cut(input: &str) -> String {
    const KEEP: usize = 64;
    match input.char_indices().nth(KEEP) {
        Some((cut, _)) => format!("{}…", input.get(..cut).unwrap_or_default()),
        None => input.to_owned(),
    }
}

/// An error of the caller's, carried by [`Error::UnreadableRecord`].
///
/// It is shared, so that [`Error`] stays `Clone`; two are equal when they are the same error
/// (one cloned from the other), not when their messages are. [`std::error::Error::source`] on
/// the `Error` that carries it returns the caller's error itself, which `downcast_ref` gives
/// back in its own type.
///
/// ```
/// use std::error::Error as _;
/// use morocco_ecommerce::aggregate::{Aggregate, PaymentRecord};
///
/// let rows: Vec<Result<PaymentRecord, std::fmt::Error>> = vec![Err(std::fmt::Error)];
/// let err = Aggregate::new().extend_records(rows).unwrap_err();
/// assert!(err.source().is_some_and(|e| e.downcast_ref::<std::fmt::Error>().is_some()));
/// ```
#[derive(Clone)]
pub struct CallerError(Arc<dyn std::error::Error + Send + Sync + 'static>);

impl CallerError {
    pub(crate) fn new(
        error: impl Into<Box<dyn std::error::Error + Send + Sync + 'static>>,
    ) -> Self {
        CallerError(Arc::from(error.into()))
    }

    /// The caller's error.
    ///
    /// ```
    /// use morocco_ecommerce::aggregate::{Aggregate, PaymentRecord};
    /// use morocco_ecommerce::Error;
    ///
    /// let rows: Vec<Result<PaymentRecord, String>> = vec![Err("line 3: bad amount".into())];
    /// let Err(Error::UnreadableRecord { source, .. }) = Aggregate::new().extend_records(rows) else {
    ///     unreachable!()
    /// };
    /// assert_eq!(source.get().to_string(), "line 3: bad amount");
    /// ```
    #[must_use]
    pub fn get(&self) -> &(dyn std::error::Error + Send + Sync + 'static) {
        &*self.0
    }
}

/// The caller's error, which is what `#[source]` hands to [`std::error::Error::source`].
impl core::ops::Deref for CallerError {
    type Target = dyn std::error::Error + Send + Sync + 'static;

    fn deref(&self) -> &Self::Target {
        self.get()
    }
}

impl PartialEq for CallerError {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl Eq for CallerError {}

impl fmt::Debug for CallerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl fmt::Display for CallerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&*self.0, f)
    }
}

/// A word behind its indefinite article: "a count", "an `amount_mad`".
struct Article<'a>(&'a str);

impl fmt::Display for Article<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let vowel = self
            .0
            .chars()
            .next()
            .is_some_and(|c| matches!(c.to_ascii_lowercase(), 'a' | 'e' | 'i' | 'o' | 'u'));
        let article = if vowel { "an" } else { "a" };
        write!(f, "{article} {}", self.0)
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

struct ForPeriod<'a>(&'a Option<String>);

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

    #[test]
    fn parse_error_cuts_long_input() {
        let long = "9".repeat(1000);
        let Error::Parse { input, .. } = Error::parse("a count", &long, "too long") else {
            unreachable!("parse builds a parse error")
        };
        assert_eq!(input.chars().count(), 65);
    }

    #[test]
    fn zero_base_names_the_period() {
        let err = Error::ZeroGrowthBase(None).in_period("2013");
        assert_eq!(err.to_string(), "growth base is zero for 2013");
        assert_eq!(
            Error::ZeroGrowthBase(None).to_string(),
            "growth base is zero"
        );
    }

    #[test]
    fn articles_follow_the_sound_of_the_word() {
        assert_eq!(Article("amount_mad").to_string(), "an amount_mad");
        assert_eq!(Article("count").to_string(), "a count");
        assert_eq!(Article("percent").to_string(), "a percent");
    }
}
