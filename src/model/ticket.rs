//! Percentage points and average tickets.

use core::fmt;
use core::str::FromStr;

use rust_decimal::Decimal;

use crate::Error;
use crate::error::Operation;
use crate::model::{AmountMad, Quantity, Rounding, Transactions};
use crate::num::decimal;
use crate::num::pad;

/// A difference between two percentages, in percentage points: what a share or a rate moved by.
///
/// Points are not a rate: a share going from 93 % to 95 % moved by 2 points, and grew by 2.15 %.
///
/// # Example
///
/// ```
/// use morocco_ecommerce::PercentagePoints;
///
/// let moved: PercentagePoints = "-1.5pp".parse()?;
/// assert_eq!(moved.to_string(), "-1.5pp");
/// assert_eq!(moved.get(), rust_decimal::Decimal::new(-15, 1));
/// # Ok::<(), morocco_ecommerce::Error>(())
/// ```
#[derive(Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(try_from = "String", into = "String"))]
pub struct PercentagePoints(Decimal);

impl PercentagePoints {
    /// A difference from a number of points.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::PercentagePoints;
    /// assert_eq!(PercentagePoints::new(rust_decimal::Decimal::new(-15, 1)).to_string(), "-1.5pp");
    /// ```
    pub fn new(points: Decimal) -> PercentagePoints {
        PercentagePoints(decimal::canonical(points))
    }

    /// `later - earlier`, two percentages.
    pub(crate) fn difference(later: Decimal, earlier: Decimal) -> Result<PercentagePoints, Error> {
        later
            .checked_sub(earlier)
            .map(PercentagePoints::new)
            .ok_or_else(|| Error::Overflow(Operation::new(later, "-", earlier)))
    }

    /// The number of points.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::PercentagePoints;
    /// assert_eq!("+2pp".parse::<PercentagePoints>()?.get(), rust_decimal::Decimal::TWO);
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub const fn get(self) -> Decimal {
        self.0
    }
}

impl fmt::Display for PercentagePoints {
    /// A sign, the number without trailing zeros, then `pp`: `+2pp`, `-1.5pp`, `+0pp`. A
    /// precision writes that many decimals instead, rounded half-even (`{:.1}` of 2 is
    /// `+2.0pp`); width, fill and alignment pad the whole, right-aligned by default.
    ///
    /// ```
    /// # use morocco_ecommerce::PercentagePoints;
    /// let p = PercentagePoints::new(rust_decimal::Decimal::new(-125, 2));
    /// assert_eq!(format!("{p:.1} [{p:>9}]"), "-1.2pp [  -1.25pp]");
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        pad::decimal(f, self.0, true, "pp")
    }
}

impl fmt::Debug for PercentagePoints {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PercentagePoints({self})")
    }
}

impl FromStr for PercentagePoints {
    type Err = Error;

    /// Reads a plain signed decimal, with or without a final `pp`: `+2pp`, `-1.5`.
    fn from_str(s: &str) -> Result<Self, Error> {
        let number = s.strip_suffix("pp").unwrap_or(s);
        decimal::parse_plain(number, "percentage points").map(PercentagePoints::new)
    }
}

string_form!(PercentagePoints);

/// The average amount of one payment operation, in dirhams per operation, held exactly to the 28
/// significant digits of a `Decimal`.
///
/// # Example
///
/// ```
/// use morocco_ecommerce::{AmountMad, AverageTicket, Error, Rounding, Transactions};
///
/// let ticket = AverageTicket::of(AmountMad::from_dirhams(1_050_000_000), Transactions::from(1_950_000))?;
/// assert_eq!(ticket.to_amount(Rounding::HalfEven)?.to_string(), "538.46");
/// assert_eq!(AverageTicket::of(AmountMad::ZERO, Transactions::ZERO), Err(Error::ZeroOperations(None)));
/// # Ok::<(), Error>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(try_from = "String", into = "String"))]
pub struct AverageTicket(Decimal);

impl AverageTicket {
    /// The average of `value` over `operations`.
    ///
    /// # Errors
    ///
    /// [`Error::ZeroOperations`] when there are no operations.
    pub fn of(value: AmountMad, operations: Transactions) -> Result<AverageTicket, Error> {
        if operations.is_zero() {
            return Err(Error::ZeroOperations(None));
        }
        decimal::mul_div(value.get(), Decimal::ONE, operations.to_decimal())
            .map(|d| AverageTicket(decimal::canonical(d)))
    }

    /// An average ticket from a number of dirhams.
    ///
    /// # Errors
    ///
    /// [`Error::NegativeAmount`] below zero.
    ///
    /// ```
    /// # use morocco_ecommerce::AverageTicket;
    /// # use rust_decimal::Decimal;
    /// assert_eq!(AverageTicket::from_dirhams(Decimal::from(538))?.to_string(), "538");
    /// assert!(AverageTicket::from_dirhams(Decimal::NEGATIVE_ONE).is_err());
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn from_dirhams(dirhams: Decimal) -> Result<AverageTicket, Error> {
        if dirhams < Decimal::ZERO {
            return Err(Error::NegativeAmount(dirhams));
        }
        Ok(AverageTicket(decimal::canonical(dirhams)))
    }

    /// The average in dirhams, exactly as computed.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::AverageTicket;
    /// assert_eq!("538.46".parse::<AverageTicket>()?.get(), rust_decimal::Decimal::new(53846, 2));
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub const fn get(self) -> Decimal {
        self.0
    }

    /// The average rounded to the centime.
    ///
    /// # Errors
    ///
    /// [`Error::AmountTooLarge`] above [`AmountMad::MAX`].
    ///
    /// ```
    /// # use morocco_ecommerce::{AverageTicket, Rounding};
    /// let t: AverageTicket = "538.4615".parse()?;
    /// assert_eq!(t.to_amount(Rounding::HalfEven)?.to_string(), "538.46");
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn to_amount(self, rounding: Rounding) -> Result<AmountMad, Error> {
        AmountMad::rounded(self.0, rounding)
    }
}

impl fmt::Display for AverageTicket {
    /// The number of dirhams, without trailing zeros. A precision writes that many decimals
    /// instead, rounded half-even (to the centime with `{:.2}`); width, fill and alignment pad
    /// it, right-aligned by default.
    ///
    /// ```
    /// # use morocco_ecommerce::{AmountMad, AverageTicket, Transactions};
    /// let t = AverageTicket::of(AmountMad::from_dirhams(1000), Transactions::from(3))?;
    /// assert_eq!(format!("{t:.2}"), "333.33");
    /// assert_eq!(format!("[{t:>8.1}]"), "[   333.3]");
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        pad::decimal(f, self.0, false, "")
    }
}

impl fmt::Debug for AverageTicket {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "AverageTicket({} MAD)", self.0)
    }
}

impl FromStr for AverageTicket {
    type Err = Error;

    /// Reads a plain non-negative decimal.
    fn from_str(s: &str) -> Result<Self, Error> {
        AverageTicket::from_dirhams(decimal::parse_plain(s, "an average ticket")?)
    }
}

string_form!(AverageTicket);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_parse_and_write() -> Result<(), Error> {
        assert_eq!("2pp".parse::<PercentagePoints>()?.to_string(), "+2pp");
        assert_eq!("-0".parse::<PercentagePoints>()?.to_string(), "+0pp");
        assert!("2 pp".parse::<PercentagePoints>().is_err());
        assert!(PercentagePoints::difference(Decimal::MIN, Decimal::MAX).is_err());
        Ok(())
    }

    #[test]
    fn ticket_rules() {
        assert!("-1".parse::<AverageTicket>().is_err());
        assert_eq!(
            AverageTicket::from_dirhams(Decimal::NEGATIVE_ONE),
            Err(Error::NegativeAmount(Decimal::NEGATIVE_ONE))
        );
    }
}
