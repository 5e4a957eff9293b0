//! Amounts of Moroccan dirhams.

use core::fmt;
use core::str::FromStr;

use rust_decimal::Decimal;

use crate::Error;
use crate::error::Operation;
use crate::model::{Quantity, Rounding};
use crate::num::pad;

/// An amount of Moroccan dirhams (MAD), never negative, to the centime.
///
/// The amount is held as a whole number of centimes (at most 2^96 - 1, what a [`Decimal`] with two
/// decimals holds), so equal amounts have equal representations, sums are exact integer
/// additions, and `Display` always writes the centimes. An amount with digits below the
/// centime is refused, not rounded: a computation that yields them (an average, a projection)
/// rounds through a named [`Rounding`].
///
/// # Example
///
/// ```
/// use morocco_ecommerce::{AmountMad, Error};
/// use rust_decimal::Decimal;
///
/// let value = AmountMad::try_from(Decimal::new(910_000_000, 0))?;
/// assert_eq!(value.to_string(), "910000000.00");
/// assert_eq!("910000000.50".parse::<AmountMad>()?.to_centimes(), 91_000_000_050);
///
/// assert_eq!(AmountMad::try_from(Decimal::new(-1, 0)), Err(Error::NegativeAmount(Decimal::new(-1, 0))));
/// assert_eq!(AmountMad::try_from(Decimal::new(1001, 3)), Err(Error::SubCentimeAmount(Decimal::new(1001, 3))));
/// # Ok::<(), Error>(())
/// ```
#[derive(Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(try_from = "String", into = "String"))]
pub struct AmountMad(u128);

const MAX_CENTIMES: u128 = (1u128 << 96) - 1;

impl AmountMad {
    /// Zero dirhams.
    pub const ZERO: AmountMad = AmountMad(0);
    /// The largest amount held: 792281625142643375935439503.35 MAD, 2^96 - 1 centimes.
    pub const MAX: AmountMad = AmountMad(MAX_CENTIMES);

    /// An amount from a whole number of centimes.
    ///
    /// # Errors
    ///
    /// [`Error::AmountTooLarge`] above [`AmountMad::MAX`].
    ///
    /// ```
    /// # use morocco_ecommerce::AmountMad;
    /// assert_eq!(AmountMad::from_centimes(105)?.to_string(), "1.05");
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn from_centimes(centimes: u128) -> Result<AmountMad, Error> {
        if centimes > MAX_CENTIMES {
            // The value is too large for a Decimal too; name it as closely as a Decimal can.
            return Err(Error::AmountTooLarge(Decimal::MAX));
        }
        Ok(AmountMad(centimes))
    }

    /// A whole number of dirhams.
    ///
    /// ```
    /// # use morocco_ecommerce::AmountMad;
    /// assert_eq!(AmountMad::from_dirhams(900_000_000).to_string(), "900000000.00");
    /// ```
    #[must_use]
    pub const fn from_dirhams(dirhams: u64) -> AmountMad {
        // u64::MAX * 100 < 2^96 - 1, so every count of dirhams fits.
        AmountMad(dirhams as u128 * 100)
    }

    /// The amount as a decimal number of dirhams, with two decimals.
    #[must_use]
    #[allow(clippy::cast_possible_truncation)] // splitting into 32-bit words, on purpose
    #[inline]
    ///
    /// ```
    /// # use morocco_ecommerce::AmountMad;
    /// assert_eq!(AmountMad::from_dirhams(5).get().to_string(), "5.00");
    /// ```
    pub const fn get(self) -> Decimal {
        // The invariant keeps the centimes below 2^96: three 32-bit words.
        let c = self.0;
        Decimal::from_parts(c as u32, (c >> 32) as u32, (c >> 64) as u32, false, 2)
    }

    /// The amount in centimes, exactly.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::AmountMad;
    /// assert_eq!("12.34".parse::<AmountMad>()?.to_centimes(), 1_234);
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    #[inline]
    pub const fn to_centimes(self) -> u128 {
        self.0
    }

    /// The sum of two amounts.
    ///
    /// # Errors
    ///
    /// [`Error::Overflow`] above [`AmountMad::MAX`].
    ///
    /// ```
    /// # use morocco_ecommerce::AmountMad;
    /// let a = AmountMad::from_dirhams(2);
    /// assert_eq!(a.checked_add(a)?, AmountMad::from_dirhams(4));
    /// assert!(AmountMad::MAX.checked_add(a).is_err());
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    #[inline]
    pub fn checked_add(self, other: AmountMad) -> Result<AmountMad, Error> {
        // Both are below 2^96, so the u128 sum cannot wrap.
        let sum = self.0 + other.0;
        if sum > MAX_CENTIMES {
            return Err(Error::Overflow(Operation::new(self, "+", other)));
        }
        Ok(AmountMad(sum))
    }

    /// The difference of two amounts.
    ///
    /// # Errors
    ///
    /// [`Error::NegativeResult`] when `other` is larger than `self`.
    ///
    /// ```
    /// # use morocco_ecommerce::AmountMad;
    /// let a = AmountMad::from_dirhams(1_050_000_000);
    /// let b = AmountMad::from_dirhams(910_000_000);
    /// assert_eq!(a.checked_sub(b)?, AmountMad::from_dirhams(140_000_000));
    /// assert!(b.checked_sub(a).is_err());
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn checked_sub(self, other: AmountMad) -> Result<AmountMad, Error> {
        if other > self {
            return Err(Error::NegativeResult(
                Operation::new(self, "-", other),
                Self::NAME,
            ));
        }
        Ok(AmountMad(self.0 - other.0))
    }

    /// The sum of many amounts.
    ///
    /// # Errors
    ///
    /// [`Error::Overflow`] above [`AmountMad::MAX`].
    ///
    /// ```
    /// # use morocco_ecommerce::AmountMad;
    /// let parts = [AmountMad::from_dirhams(1_000), AmountMad::from_dirhams(50)];
    /// assert_eq!(AmountMad::checked_sum(parts)?, AmountMad::from_dirhams(1_050));
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn checked_sum(amounts: impl IntoIterator<Item = AmountMad>) -> Result<AmountMad, Error> {
        amounts
            .into_iter()
            .try_fold(AmountMad::ZERO, AmountMad::checked_add)
    }

    /// A decimal rounded to the centime with the given strategy, then checked.
    ///
    /// # Errors
    ///
    /// [`Error::NegativeAmount`] or [`Error::AmountTooLarge`] after rounding.
    ///
    /// ```
    /// # use morocco_ecommerce::{AmountMad, Rounding};
    /// # use rust_decimal::Decimal;
    /// let third = Decimal::from(1000) / Decimal::from(3);
    /// assert_eq!(AmountMad::rounded(third, Rounding::Floor)?.to_string(), "333.33");
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn rounded(value: Decimal, rounding: Rounding) -> Result<AmountMad, Error> {
        AmountMad::try_from(value.round_dp_with_strategy(2, rounding.strategy()))
    }
}

impl TryFrom<Decimal> for AmountMad {
    type Error = Error;

    /// A non-negative decimal with at most two decimals (trailing zeros do not count), up to
    /// [`AmountMad::MAX`]; nothing is rounded.
    fn try_from(value: Decimal) -> Result<Self, Error> {
        if value < Decimal::ZERO {
            return Err(Error::NegativeAmount(value));
        }
        if value.normalize().scale() > 2 {
            return Err(Error::SubCentimeAmount(value));
        }
        if value > AmountMad::MAX.get() {
            return Err(Error::AmountTooLarge(value));
        }
        // At most two decimals and at most MAX: the value times 100 is a whole number of centimes.
        let mut scaled = value.normalize();
        scaled.rescale(2);
        let centimes =
            u128::try_from(scaled.mantissa()).map_err(|_| Error::AmountTooLarge(value))?;
        Ok(AmountMad(centimes))
    }
}

impl From<AmountMad> for Decimal {
    fn from(amount: AmountMad) -> Decimal {
        amount.get()
    }
}

impl Quantity for AmountMad {
    const NAME: &'static str = "amount";

    #[inline]
    fn to_decimal(self) -> Decimal {
        self.get()
    }

    #[inline]
    fn to_smallest_units(self) -> u128 {
        self.to_centimes()
    }

    fn from_decimal(value: Decimal, rounding: Rounding) -> Result<Self, Error> {
        AmountMad::rounded(value, rounding)
    }

    fn abs_diff(self, other: Self) -> Self {
        AmountMad(self.0.abs_diff(other.0))
    }
}

impl FromStr for AmountMad {
    type Err = Error;

    /// Reads ASCII digits with an optional `.` and one or two decimals, as `Display` writes
    /// them; no sign, separator or exponent.
    fn from_str(s: &str) -> Result<Self, Error> {
        const EXPECTED: &str = "an amount of dirhams";
        const RULE: &str = "an amount is written with digits and at most one '.'";
        let (whole, fraction) = s.split_once('.').unwrap_or((s, ""));
        let digits = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
        if whole.is_empty() || !digits(whole) || !digits(fraction) || s.ends_with('.') {
            return Err(Error::parse(EXPECTED, s, RULE));
        }
        if fraction.len() > 2 && fraction.bytes().skip(2).any(|b| b != b'0') {
            return Err(Error::parse(
                EXPECTED,
                s,
                "an amount has at most two decimals",
            ));
        }
        let fraction = fraction.get(..fraction.len().min(2)).unwrap_or_default();
        let whole = whole.trim_start_matches('0');
        if whole.len() > 27 {
            return Err(Error::parse(
                EXPECTED,
                s,
                "an amount is at most 792281625142643375935439503.35",
            ));
        }
        let centimes: u128 = format!("{whole}{fraction:0<2}")
            .parse()
            .map_err(|_| Error::parse(EXPECTED, s, RULE))?;
        AmountMad::from_centimes(centimes).map_err(|_| {
            Error::parse(
                EXPECTED,
                s,
                "an amount is at most 792281625142643375935439503.35",
            )
        })
    }
}

string_form!(AmountMad);

impl fmt::Display for AmountMad {
    /// The dirhams with their two decimals, `910000000.50`. A precision writes that many
    /// decimals instead, rounded half-even (`{:.0}` of 2.50 is `2`, of 3.50 is `4`); width,
    /// fill and alignment pad the number, right-aligned by default, and `0` pads with zeros.
    ///
    /// ```
    /// # use morocco_ecommerce::AmountMad;
    /// let a: AmountMad = "1234.5".parse()?;
    /// assert_eq!(format!("[{a:>10}]"), "[   1234.50]");
    /// assert_eq!(format!("[{a:<10}]"), "[1234.50   ]");
    /// assert_eq!(format!("{a:.0} {a:.1} {a:.3}"), "1234 1234.5 1234.500");
    /// assert_eq!(format!("{a:010.1}"), "00001234.5");
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        pad::decimal(f, self.get(), false, "")
    }
}

impl fmt::Debug for AmountMad {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "AmountMad({self})")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn representation_is_canonical() -> Result<(), Error> {
        let a = AmountMad::try_from(Decimal::new(15, 1))?;
        let b = AmountMad::try_from(Decimal::new(1500, 3))?;
        assert_eq!(a, b);
        assert_eq!(a.to_string(), "1.50");
        assert_eq!(b.to_string(), "1.50");
        assert_eq!(AmountMad::ZERO.to_string(), "0.00");
        assert_eq!(
            AmountMad::try_from(Decimal::NEGATIVE_ONE * Decimal::ZERO)?,
            AmountMad::ZERO
        );
        Ok(())
    }

    #[test]
    fn limits() -> Result<(), Error> {
        assert_eq!(AmountMad::MAX.to_string(), "792281625142643375935439503.35");
        assert_eq!(
            AmountMad::MAX.to_string().parse::<AmountMad>()?,
            AmountMad::MAX
        );
        assert!(
            "792281625142643375935439503.36"
                .parse::<AmountMad>()
                .is_err()
        );
        assert!(AmountMad::try_from(Decimal::MAX).is_err());
        assert_eq!(AmountMad::from_centimes(MAX_CENTIMES)?, AmountMad::MAX);
        assert!(AmountMad::from_centimes(MAX_CENTIMES + 1).is_err());
        assert_eq!(
            AmountMad::from_dirhams(u64::MAX).to_centimes(),
            u128::from(u64::MAX) * 100
        );
        Ok(())
    }

    #[test]
    fn parse_rules() -> Result<(), Error> {
        assert_eq!(
            "910000000.5".parse::<AmountMad>()?,
            "910000000.50".parse::<AmountMad>()?
        );
        assert_eq!("1.000".parse::<AmountMad>()?, AmountMad::from_dirhams(1));
        assert_eq!("007".parse::<AmountMad>()?, AmountMad::from_dirhams(7));
        for bad in [
            "", ".5", "5.", "-1", "+1", "1.001", "1e3", "1,5", "1 000", "NaN", "1..2",
        ] {
            assert!(
                matches!(bad.parse::<AmountMad>(), Err(Error::Parse { .. })),
                "{bad}"
            );
        }
        Ok(())
    }

    #[test]
    fn arithmetic_errors() {
        let one = AmountMad::from_dirhams(1);
        let two = AmountMad::from_dirhams(2);
        assert_eq!(
            one.checked_sub(two).unwrap_err().to_string(),
            "1.00 - 2.00 would be below zero, where no amount can be"
        );
        assert!(matches!(
            AmountMad::MAX.checked_add(one),
            Err(Error::Overflow(_))
        ));
    }
}
