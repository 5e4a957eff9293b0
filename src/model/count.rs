//! Counts: of payment operations, of cards, of merchant sites.
//!
//! The three are one shape, a whole number that is never negative, and three types, so that a
//! count of cards never mixes with a count of operations. One macro writes the three, so that
//! their rules cannot drift apart.

use core::fmt;
use core::str::FromStr;

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use crate::Error;
use crate::error::Operation;
use crate::model::{Quantity, Rounding};

/// Writes a count type: the struct, its constants and checked arithmetic, its conversions, its
/// [`Quantity`] implementation, its text form and its tests.
macro_rules! count_type {
    (
        $(#[$doc:meta])*
        $t:ident, $name:literal, $what:literal, $example:literal
    ) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
        #[cfg_attr(feature = "serde", serde(transparent))]
        pub struct $t(u64);

        impl $t {
            #[doc = concat!("No ", $what, ".")]
            pub const ZERO: $t = $t(0);
            /// The largest count the type holds, `u64::MAX`.
            pub const MAX: $t = $t(u64::MAX);

            /// A count, in a `const` context.
            ///
            /// ```
            #[doc = concat!("# use morocco_ecommerce::", stringify!($t), ";")]
            #[doc = concat!("const SEED: ", stringify!($t), " = ", stringify!($t), "::new(", $example, ");")]
            #[doc = concat!("assert_eq!(SEED, ", stringify!($t), "::from(", $example, "));")]
            /// ```
            #[must_use]
            pub const fn new(count: u64) -> $t {
                $t(count)
            }

            /// The count as a number.
            ///
            /// ```
            #[doc = concat!("# use morocco_ecommerce::", stringify!($t), ";")]
            #[doc = concat!("assert_eq!(", stringify!($t), "::from(7).get(), 7);")]
            /// ```
            #[must_use]
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
            #[doc = concat!("# use morocco_ecommerce::", stringify!($t), " as C;")]
            /// assert_eq!(C::from(2).checked_add(C::from(3))?, C::from(5));
            /// assert!(C::MAX.checked_add(C::from(1)).is_err());
            /// # Ok::<(), morocco_ecommerce::Error>(())
            /// ```
            pub fn checked_add(self, other: $t) -> Result<$t, Error> {
                self.0
                    .checked_add(other.0)
                    .map($t)
                    .ok_or_else(|| Error::Overflow(Operation::new(self, "+", other)))
            }

            /// The difference of two counts.
            ///
            /// # Errors
            ///
            /// [`Error::NegativeResult`] when `other` is larger than `self`.
            ///
            /// ```
            #[doc = concat!("# use morocco_ecommerce::", stringify!($t), " as C;")]
            /// assert_eq!(C::from(5).checked_sub(C::from(3))?, C::from(2));
            /// assert!(C::from(3).checked_sub(C::from(5)).is_err());
            /// # Ok::<(), morocco_ecommerce::Error>(())
            /// ```
            pub fn checked_sub(self, other: $t) -> Result<$t, Error> {
                self.0
                    .checked_sub(other.0)
                    .map($t)
                    .ok_or_else(|| Error::NegativeResult(Operation::new(self, "-", other), Self::NAME))
            }

            /// The sum of many counts.
            ///
            /// # Errors
            ///
            /// [`Error::Overflow`] above `u64::MAX`.
            ///
            /// ```
            #[doc = concat!("# use morocco_ecommerce::", stringify!($t), " as C;")]
            /// assert_eq!(C::checked_sum([C::from(2), C::from(3)])?, C::from(5));
            /// assert!(C::checked_sum([C::MAX, C::from(1)]).is_err());
            /// # Ok::<(), morocco_ecommerce::Error>(())
            /// ```
            pub fn checked_sum(counts: impl IntoIterator<Item = $t>) -> Result<$t, Error> {
                counts.into_iter().try_fold($t::ZERO, $t::checked_add)
            }
        }

        impl From<u64> for $t {
            fn from(count: u64) -> Self {
                $t(count)
            }
        }

        impl From<$t> for u64 {
            fn from(count: $t) -> u64 {
                count.0
            }
        }

        impl TryFrom<Decimal> for $t {
            type Error = Error;

            /// A whole, non-negative decimal that fits `u64`; nothing is rounded.
            fn try_from(value: Decimal) -> Result<Self, Error> {
                let out_of_range = || Error::CountOutOfRange(value, Self::NAME);
                if value.fract() != Decimal::ZERO || value < Decimal::ZERO {
                    return Err(out_of_range());
                }
                value.to_u64().map($t).ok_or_else(out_of_range)
            }
        }

        impl Quantity for $t {
            const NAME: &'static str = $name;

            #[inline]
            fn to_decimal(self) -> Decimal {
                Decimal::from(self.0)
            }

            #[inline]
            fn to_smallest_units(self) -> u128 {
                u128::from(self.0)
            }

            fn from_decimal(value: Decimal, rounding: Rounding) -> Result<Self, Error> {
                $t::try_from(value.round_dp_with_strategy(0, rounding.strategy()))
            }

            fn abs_diff(self, other: Self) -> Self {
                $t(self.0.abs_diff(other.0))
            }
        }

        impl FromStr for $t {
            type Err = Error;

            /// Reads ASCII digits only, as `Display` writes them: no sign, no separator, no
            /// exponent.
            fn from_str(s: &str) -> Result<Self, Error> {
                const EXPECTED: &str = concat!("a ", $name);
                if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
                    return Err(Error::parse(EXPECTED, s, "a count is written with digits only"));
                }
                s.parse()
                    .map($t)
                    .map_err(|_| Error::parse(EXPECTED, s, "a count is at most 18446744073709551615"))
            }
        }

        impl fmt::Display for $t {
            /// The count in digits, formatted as an integer is: width, fill, alignment and the
            /// `0` flag apply (right-aligned by default), and a precision is ignored, a count
            /// having no decimals.
            ///
            /// ```
            #[doc = concat!("# use morocco_ecommerce::", stringify!($t), ";")]
            #[doc = concat!("let t = ", stringify!($t), "::from(1_950_000);")]
            /// assert_eq!(format!("[{t:>10}] [{t:<10}] [{t:010}] [{t:.1}]"), "[   1950000] [1950000   ] [0001950000] [1950000]");
            /// ```
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Display::fmt(&self.0, f)
            }
        }

        impl fmt::Debug for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, concat!(stringify!($t), "({})"), self.0)
            }
        }
    };
}

count_type!(
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
    Transactions,
    "count of operations",
    "operations",
    "1_950_000"
);

count_type!(
/// A count of payment cards (cards in circulation, cards enabled for online payment): a whole
/// number, never negative.
///
/// A count of cards is neither a count of operations nor one of merchant sites: growth rates and
/// shares take two counts of cards, and mixing them with another count does not compile.
///
/// ```
/// use morocco_ecommerce::{Cards, GrowthRate, Share};
/// let growth = GrowthRate::between(Cards::from(14_300_000), Cards::from(16_100_000))?;
/// assert_eq!(growth.to_string(), "12.587412587412587412587412587%");
/// let _ = Share::of(Cards::from(1), Cards::from(2))?;
/// # Ok::<(), morocco_ecommerce::Error>(())
/// ```
///
/// ```compile_fail
/// use morocco_ecommerce::{Cards, GrowthRate, Transactions};
/// let _ = GrowthRate::between(Cards::from(10), Transactions::from(12));
/// ```
    Cards,
    "count of cards",
    "cards",
    "14_300_000"
);

count_type!(
/// A count of merchant sites (online shops that take card payments through the CMI): a whole
/// number, never negative.
///
/// Counted on its own, like [`Cards`]: a growth from a count of sites to a count of operations
/// does not compile.
///
/// ```
/// use morocco_ecommerce::{GrowthRate, Merchants};
/// let growth = GrowthRate::between(Merchants::from(4_000), Merchants::from(5_000))?;
/// assert_eq!(growth.to_string(), "25%");
/// # Ok::<(), morocco_ecommerce::Error>(())
/// ```
///
/// ```compile_fail
/// use morocco_ecommerce::{Merchants, Share, Transactions};
/// let _ = Share::of(Merchants::from(10), Transactions::from(12));
/// ```
    Merchants,
    "count of merchant sites",
    "merchant sites",
    "5_000"
);

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
            Err(Error::CountOutOfRange(half, "count of operations"))
        );
        assert!(Transactions::from_decimal(Decimal::new(-6, 1), Rounding::HalfEven).is_err());
    }

    #[test]
    fn each_count_names_what_it_counts() {
        let minus = Decimal::from(-3);
        assert_eq!(
            Cards::try_from(minus).unwrap_err().to_string(),
            "count of cards -3 is not a whole number between 0 and 18446744073709551615"
        );
        assert_eq!(
            Merchants::from(1)
                .checked_sub(Merchants::from(2))
                .unwrap_err()
                .to_string(),
            "1 - 2 would be below zero, where no count of merchant sites can be"
        );
        assert_eq!(format!("{:?}", Cards::from(4)), "Cards(4)");
        assert_eq!("12".parse::<Merchants>(), Ok(Merchants::from(12)));
        assert!(matches!("1.5".parse::<Cards>(), Err(Error::Parse { .. })));
    }
}
