//! Counts of payment operations.

use core::fmt;
use core::str::FromStr;

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use crate::Error;
use crate::error::Operation;
use crate::model::{Quantity, Rounding};

/// A count of card payment operations (transactions): a whole number, never negative.
///
/// A count and an amount of money are different things and do not mix. Two counts add, and a
/// count is a share of another count:
///
/// ```
/// use morocco_ecommerce::{Share, Transactions};
/// let _ = Transactions::from(1).checked_add(Transactions::from(2));
/// let _ = Share::of(Transactions::from(1), Transactions::from(2));
/// ```
///
/// but the same calls with an amount in place of the second count do not compile (there is no
/// `+` between counts either, so `checked_add` is the addition to test):
///
/// ```compile_fail
/// use morocco_ecommerce::{AmountMad, Transactions};
/// let _ = Transactions::from(1).checked_add(AmountMad::ZERO);
/// ```
///
/// ```compile_fail
/// use morocco_ecommerce::{AmountMad, Share, Transactions};
/// let _ = Share::of(Transactions::from(1), AmountMad::ZERO);
/// ```
///
/// # Example
///
/// ```
/// use morocco_ecommerce::{Error, Transactions};
///
/// let y2013 = Transactions::from(1_670_000);
/// let y2014: Transactions = "1950000".parse()?;
/// assert_eq!(y2014.checked_sub(y2013)?, Transactions::from(280_000));
/// assert!(y2013.checked_sub(y2014).is_err());
/// assert!("-5".parse::<Transactions>().is_err());
/// # Ok::<(), Error>(())
/// ```
#[derive(Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(transparent))]
pub struct Transactions(u64);

impl Transactions {
    /// No operations.
    pub const ZERO: Transactions = Transactions(0);
    /// The largest count the type holds, `u64::MAX`.
    pub const MAX: Transactions = Transactions(u64::MAX);

    /// A count, in a `const` context.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::Transactions;
    /// const SEED: Transactions = Transactions::new(1_950_000);
    /// assert_eq!(SEED, Transactions::from(1_950_000));
    /// ```
    pub const fn new(count: u64) -> Transactions {
        Transactions(count)
    }

    /// The count as a number.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::Transactions;
    /// assert_eq!(Transactions::from(7).get(), 7);
    /// ```
    pub const fn get(self) -> u64 {
        self.0
    }

    /// The sum of two counts.
    ///
    /// # Errors
    ///
    /// [`Error::Overflow`] above `u64::MAX`.
    ///
    /// ```
    /// # use morocco_ecommerce::Transactions;
    /// assert_eq!(Transactions::from(2).checked_add(Transactions::from(3))?, Transactions::from(5));
    /// assert!(Transactions::MAX.checked_add(Transactions::from(1)).is_err());
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn checked_add(self, other: Transactions) -> Result<Transactions, Error> {
        self.0
            .checked_add(other.0)
            .map(Transactions)
            .ok_or_else(|| Error::Overflow(Operation::new(self, "+", other)))
    }

    /// The difference of two counts.
    ///
    /// # Errors
    ///
    /// [`Error::NegativeResult`] when `other` is larger than `self`.
    ///
    /// ```
    /// # use morocco_ecommerce::Transactions;
    /// assert_eq!(Transactions::from(5).checked_sub(Transactions::from(3))?, Transactions::from(2));
    /// assert!(Transactions::from(3).checked_sub(Transactions::from(5)).is_err());
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn checked_sub(self, other: Transactions) -> Result<Transactions, Error> {
        self.0
            .checked_sub(other.0)
            .map(Transactions)
            .ok_or_else(|| Error::NegativeResult(Operation::new(self, "-", other), Self::NAME))
    }

    /// The sum of many counts.
    ///
    /// # Errors
    ///
    /// [`Error::Overflow`] above `u64::MAX`.
    ///
    /// ```
    /// # use morocco_ecommerce::Transactions;
    /// let parts = [Transactions::from(2), Transactions::from(3)];
    /// assert_eq!(Transactions::checked_sum(parts)?, Transactions::from(5));
    /// assert!(Transactions::checked_sum([Transactions::MAX, Transactions::from(1)]).is_err());
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn checked_sum(
        counts: impl IntoIterator<Item = Transactions>,
    ) -> Result<Transactions, Error> {
        counts
            .into_iter()
            .try_fold(Transactions::ZERO, Transactions::checked_add)
    }
}

impl From<u64> for Transactions {
    fn from(count: u64) -> Self {
        Transactions(count)
    }
}

impl From<Transactions> for u64 {
    fn from(count: Transactions) -> u64 {
        count.0
    }
}

impl TryFrom<Decimal> for Transactions {
    type Error = Error;

    /// A whole, non-negative decimal that fits `u64`; nothing is rounded.
    fn try_from(value: Decimal) -> Result<Self, Error> {
        if value.fract() != Decimal::ZERO || value < Decimal::ZERO {
            return Err(Error::CountOutOfRange(value));
        }
        value
            .to_u64()
            .map(Transactions)
            .ok_or(Error::CountOutOfRange(value))
    }
}

impl Quantity for Transactions {
    const NAME: &'static str = "count of operations";

    #[inline]
    fn to_decimal(self) -> Decimal {
        Decimal::from(self.0)
    }

    #[inline]
    fn to_smallest_units(self) -> u128 {
        u128::from(self.0)
    }

    fn from_decimal(value: Decimal, rounding: Rounding) -> Result<Self, Error> {
        Transactions::try_from(value.round_dp_with_strategy(0, rounding.strategy()))
    }

    fn abs_diff(self, other: Self) -> Self {
        Transactions(self.0.abs_diff(other.0))
    }
}

impl FromStr for Transactions {
    type Err = Error;

    /// Reads ASCII digits only, as `Display` writes them: no sign, no separator, no exponent.
    fn from_str(s: &str) -> Result<Self, Error> {
        const EXPECTED: &str = "a count of operations";
        if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
            return Err(Error::parse(
                EXPECTED,
                s,
                "a count is written with digits only",
            ));
        }
        s.parse()
            .map(Transactions)
            .map_err(|_| Error::parse(EXPECTED, s, "a count is at most 18446744073709551615"))
    }
}

impl fmt::Display for Transactions {
    /// The count in digits, `1950000`, formatted as an integer is: width, fill, alignment and
    /// the `0` flag apply (right-aligned by default), and a precision is ignored, a count having
    /// no decimals.
    ///
    /// ```
    /// # use morocco_ecommerce::Transactions;
    /// let t = Transactions::from(1_950_000);
    /// assert_eq!(format!("[{t:>10}] [{t:<10}] [{t:010}] [{t:.1}]"), "[   1950000] [1950000   ] [0001950000] [1950000]");
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl fmt::Debug for Transactions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Transactions({})", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overflow_and_negative_are_errors() {
        let err = Transactions::MAX
            .checked_add(Transactions::from(1))
            .unwrap_err();
        assert_eq!(err.to_string(), "18446744073709551615 + 1 overflows");
        let err = Transactions::from(1)
            .checked_sub(Transactions::from(2))
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "1 - 2 would be below zero, where no count of operations can be"
        );
    }

    #[test]
    fn parse_rules() {
        assert_eq!("0".parse::<Transactions>(), Ok(Transactions::ZERO));
        assert_eq!(
            "18446744073709551615".parse::<Transactions>(),
            Ok(Transactions::MAX)
        );
        for bad in [
            "",
            "-1",
            "+1",
            "1.5",
            "1e3",
            "1 000",
            "18446744073709551616",
            "NaN",
        ] {
            assert!(
                matches!(bad.parse::<Transactions>(), Err(Error::Parse { .. })),
                "{bad}"
            );
        }
    }

    #[test]
    fn from_decimal_rounds_as_told() {
        let half = Decimal::new(25, 1);
        assert_eq!(
            Transactions::from_decimal(half, Rounding::HalfEven),
            Ok(Transactions::from(2))
        );
        assert_eq!(
            Transactions::from_decimal(half, Rounding::HalfUp),
            Ok(Transactions::from(3))
        );
        assert_eq!(
            Transactions::try_from(half),
            Err(Error::CountOutOfRange(half))
        );
        assert!(Transactions::from_decimal(Decimal::new(-6, 1), Rounding::HalfEven).is_err());
    }
}
