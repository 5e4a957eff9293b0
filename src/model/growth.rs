//! Growth rates.

use core::fmt;
use core::str::FromStr;

use rust_decimal::Decimal;

use crate::Error;
use crate::model::{PercentagePoints, Quantity, Rounding};
use crate::num::decimal::{self, HUNDRED};
use crate::num::pad;

/// A signed growth rate, never below -100 %, held as an exact percentage.
///
/// A growth rate computed from two quantities ([`GrowthRate::between`]) is their ratio, exact to
/// the 28 significant digits a [`Decimal`] holds; a rate read from a report
/// ([`GrowthRate::from_percent`]) is exactly what was written.
///
/// # Example
///
/// ```
/// use morocco_ecommerce::{Error, GrowthRate, Rounding, Transactions};
/// use rust_decimal::Decimal;
///
/// // Card operations went from 1.67 million (2013) to 1.95 million (2014).
/// let growth = GrowthRate::between(Transactions::from(1_670_000), Transactions::from(1_950_000))?;
/// assert_eq!(growth.round_dp(2, Rounding::HalfEven).as_percent(), Decimal::new(1677, 2));
///
/// // Applying the rate to the base gives the end value back.
/// assert_eq!(growth.apply(Transactions::from(1_670_000), Rounding::HalfEven)?, Transactions::from(1_950_000));
///
/// // A base of zero has no growth rate.
/// assert_eq!(GrowthRate::between(Transactions::ZERO, Transactions::from(5)), Err(Error::ZeroGrowthBase(None)));
/// # Ok::<(), Error>(())
/// ```
///
/// A rate and a share are different things. A function that takes a share takes a share:
///
/// ```
/// use morocco_ecommerce::{GrowthRate, Share};
/// fn publish(_share: Share) {}
/// let _rate = GrowthRate::from_percent(16.into()).unwrap();
/// publish(Share::from_percent(16.into()).unwrap());
/// ```
///
/// and not a growth rate:
///
/// ```compile_fail
/// use morocco_ecommerce::{GrowthRate, Share};
/// fn publish(_share: Share) {}
/// publish(GrowthRate::from_percent(16.into()).unwrap());
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(try_from = "String", into = "String"))]
pub struct GrowthRate {
    percent: Decimal,
}

impl GrowthRate {
    /// No growth.
    pub const ZERO: GrowthRate = GrowthRate {
        percent: Decimal::ZERO,
    };

    /// A rate from a percentage: `16` is +16 %.
    ///
    /// # Errors
    ///
    /// [`Error::GrowthBelowMinusHundred`] below -100.
    ///
    /// ```
    /// # use morocco_ecommerce::{Error, GrowthRate};
    /// # use rust_decimal::Decimal;
    /// assert_eq!(GrowthRate::from_percent(Decimal::new(149, 1))?.to_string(), "14.9%");
    /// assert!(GrowthRate::from_percent(Decimal::from(-101)).is_err());
    /// # Ok::<(), Error>(())
    /// ```
    pub fn from_percent(percent: Decimal) -> Result<GrowthRate, Error> {
        if percent < -HUNDRED {
            return Err(Error::GrowthBelowMinusHundred(percent));
        }
        // No normalising here: `Decimal` compares and hashes by value, and `Display` writes the
        // digits the caller gave, as `Decimal` itself does.
        Ok(GrowthRate { percent })
    }

    /// A rate from a fraction: `0.16` is +16 %.
    ///
    /// # Errors
    ///
    /// [`Error::GrowthBelowMinusHundred`] below -1, [`Error::Overflow`] when the percentage
    /// does not fit a `Decimal`.
    ///
    /// ```
    /// # use morocco_ecommerce::GrowthRate;
    /// # use rust_decimal::Decimal;
    /// assert_eq!(GrowthRate::from_fraction(Decimal::new(16, 2))?.to_string(), "16%");
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn from_fraction(fraction: Decimal) -> Result<GrowthRate, Error> {
        let percent = fraction
            .checked_mul(HUNDRED)
            .ok_or_else(|| Error::Overflow(crate::error::Operation::new(fraction, "*", HUNDRED)))?;
        // A product: it holds no trailing zeros, whatever the fraction's scale.
        GrowthRate::from_percent(decimal::canonical(percent))
    }

    /// The growth from `from` to `to`, two values of the same quantity: `(to - from) / from`.
    ///
    /// # Errors
    ///
    /// [`Error::ZeroGrowthBase`] when `from` is zero.
    ///
    /// ```
    /// # use morocco_ecommerce::{AmountMad, GrowthRate, Rounding};
    /// let g = GrowthRate::between(AmountMad::from_dirhams(910_000_000), AmountMad::from_dirhams(1_050_000_000))?;
    /// assert_eq!(g.round_dp(2, Rounding::HalfEven).to_string(), "15.38%");
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    #[inline]
    pub fn between<Q: Quantity>(from: Q, to: Q) -> Result<GrowthRate, Error> {
        if from.is_zero() {
            return Err(Error::ZeroGrowthBase(None));
        }
        let from = from.to_decimal();
        let difference = to.to_decimal() - from;
        // `to` is never negative, so the quotient is never below -100 %: no check needed.
        let percent = match difference.checked_mul(HUNDRED) {
            Some(scaled) => scaled.checked_div(from),
            None => difference
                .checked_div(from)
                .and_then(|q| q.checked_mul(HUNDRED)),
        };
        percent
            .map(|percent| GrowthRate {
                percent: decimal::canonical(percent),
            })
            .ok_or_else(|| {
                Error::Overflow(crate::error::Operation::describe(format!(
                    "the growth from {from} to {}",
                    to.to_decimal()
                )))
            })
    }

    /// The compound annual growth rate from `from` to `to` over `years` years: the constant
    /// yearly rate `r` with `from * (1 + r)^years = to`.
    ///
    /// The root is found by Newton's method in `Decimal` arithmetic, with no floating point, and
    /// is good to at least 20 significant digits.
    ///
    /// # Errors
    ///
    /// [`Error::ZeroYears`] for zero years, [`Error::ZeroGrowthBase`] when `from` is zero.
    ///
    /// ```
    /// # use morocco_ecommerce::{GrowthRate, Rounding, Transactions};
    /// # use rust_decimal::Decimal;
    /// let cagr = GrowthRate::compound_annual(Transactions::from(1_000), Transactions::from(1_331), 3)?;
    /// // Good to 20 significant digits and more: rounded to 20 decimals, exactly 10 %.
    /// assert_eq!(cagr.round_dp(20, Rounding::HalfEven).as_percent(), Decimal::from(10));
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn compound_annual<Q: Quantity>(from: Q, to: Q, years: u32) -> Result<GrowthRate, Error> {
        if years == 0 {
            return Err(Error::ZeroYears);
        }
        if from.is_zero() {
            return Err(Error::ZeroGrowthBase(None));
        }
        if to.is_zero() {
            return GrowthRate::from_percent(-HUNDRED);
        }
        let ratio = decimal::mul_div(to.to_decimal(), Decimal::ONE, from.to_decimal())?;
        let root = decimal::nth_root(ratio, years)?;
        GrowthRate::from_percent(decimal::canonical(decimal::mul_div(
            root - Decimal::ONE,
            HUNDRED,
            Decimal::ONE,
        )?))
    }

    /// The rate as a percentage: `16` for +16 %.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::GrowthRate;
    /// assert_eq!("-14.9%".parse::<GrowthRate>()?.as_percent(), rust_decimal::Decimal::new(-149, 1));
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub const fn as_percent(&self) -> Decimal {
        self.percent
    }

    /// The rate as a fraction: `0.16` for +16 %. A percentage with more than 26 decimals loses
    /// its last digits here, as a `Decimal` holds 28.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::GrowthRate;
    /// assert_eq!("16%".parse::<GrowthRate>()?.as_fraction(), rust_decimal::Decimal::new(16, 2));
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn as_fraction(&self) -> Decimal {
        self.percent / HUNDRED
    }

    /// Whether the rate is a fall.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::GrowthRate;
    /// assert!("-12.2%".parse::<GrowthRate>()?.is_negative());
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn is_negative(&self) -> bool {
        self.percent < Decimal::ZERO
    }

    /// The rate rounded to `dp` decimals of a percent, for publication. The result holds
    /// exactly `dp` decimals (up to the 28 a `Decimal` holds), so `Display` writes them, trailing
    /// zeros included: 25 % rounded to one decimal is `25.0%`.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::{GrowthRate, Rounding};
    /// let g = "16.765%".parse::<GrowthRate>()?;
    /// assert_eq!(g.round_dp(2, Rounding::HalfEven).to_string(), "16.76%");
    /// assert_eq!(g.round_dp(2, Rounding::HalfUp).to_string(), "16.77%");
    /// assert_eq!("25%".parse::<GrowthRate>()?.round_dp(1, Rounding::HalfEven).to_string(), "25.0%");
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn round_dp(self, dp: u32, rounding: Rounding) -> GrowthRate {
        // -100 is representable at any precision, so rounding cannot fall below it.
        GrowthRate {
            percent: decimal::at_scale(
                self.percent.round_dp_with_strategy(dp, rounding.strategy()),
                dp,
            ),
        }
    }

    /// The rate applied to a base: `base * (1 + rate)`, rounded to whole operations or centimes.
    ///
    /// # Errors
    ///
    /// [`Error::Overflow`] when the result does not fit.
    ///
    /// ```
    /// # use morocco_ecommerce::{GrowthRate, Rounding, Transactions};
    /// let up_16 = "16%".parse::<GrowthRate>()?;
    /// assert_eq!(up_16.apply(Transactions::from(1_670_000), Rounding::HalfEven)?, Transactions::from(1_937_200));
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn apply<Q: Quantity>(self, base: Q, rounding: Rounding) -> Result<Q, Error> {
        let base = base.to_decimal();
        let change = decimal::mul_div(base, self.percent, HUNDRED)?;
        let end = base
            .checked_add(change)
            .ok_or_else(|| Error::Overflow(crate::error::Operation::new(base, "+", change)))?;
        Q::from_decimal(end, rounding).map_err(|_| {
            Error::Overflow(crate::error::Operation::describe(format!(
                "{base} grown by {self}"
            )))
        })
    }

    /// The rate applied `years` times: `base * (1 + rate)^years`, rounded once at the end.
    ///
    /// # Errors
    ///
    /// [`Error::Overflow`] when the result does not fit.
    ///
    /// ```
    /// # use morocco_ecommerce::{GrowthRate, Rounding, Transactions};
    /// let ten = "10%".parse::<GrowthRate>()?;
    /// assert_eq!(ten.apply_compound(Transactions::from(1_000), 3, Rounding::HalfEven)?, Transactions::from(1_331));
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn apply_compound<Q: Quantity>(
        self,
        base: Q,
        years: u32,
        rounding: Rounding,
    ) -> Result<Q, Error> {
        let overflow = || {
            Error::Overflow(crate::error::Operation::describe(format!(
                "{base} grown by {self} for {years} years"
            )))
        };
        let factor = Decimal::ONE + self.as_fraction();
        let end = decimal::powi(factor, years)
            .and_then(|f| f.checked_mul(base.to_decimal()))
            .ok_or_else(overflow)?;
        Q::from_decimal(end, rounding).map_err(|_| overflow())
    }

    /// The base a value grew from: `end / (1 + rate)`, rounded to whole operations or centimes.
    ///
    /// # Errors
    ///
    /// [`Error::BaseFromTotalFall`] for a rate of -100 %, [`Error::Overflow`] when the base does
    /// not fit.
    ///
    /// ```
    /// # use morocco_ecommerce::{GrowthRate, Rounding, Transactions};
    /// # use rust_decimal::Decimal;
    /// let up_16 = GrowthRate::from_percent(Decimal::from(16))?;
    /// assert_eq!(up_16.base_from(Transactions::from(1_950_000), Rounding::HalfEven)?, Transactions::from(1_681_034));
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn base_from<Q: Quantity>(self, end: Q, rounding: Rounding) -> Result<Q, Error> {
        let factor = HUNDRED.checked_add(self.percent).ok_or_else(|| {
            Error::Overflow(crate::error::Operation::new(HUNDRED, "+", self.percent))
        })?;
        if factor.is_zero() {
            return Err(Error::BaseFromTotalFall);
        }
        let base = decimal::mul_div(end.to_decimal(), HUNDRED, factor)?;
        Q::from_decimal(base, rounding).map_err(|_| {
            Error::Overflow(crate::error::Operation::describe(format!(
                "{end} shrunk by {self}"
            )))
        })
    }

    /// The difference of two rates, in percentage points: `self - earlier`.
    ///
    /// # Errors
    ///
    /// [`Error::Overflow`] when the difference does not fit a `Decimal`.
    ///
    /// ```
    /// # use morocco_ecommerce::GrowthRate;
    /// let now: GrowthRate = "16%".parse()?;
    /// let before: GrowthRate = "61%".parse()?;
    /// assert_eq!(now.points_since(before)?.to_string(), "-45pp");
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn points_since(self, earlier: GrowthRate) -> Result<PercentagePoints, Error> {
        PercentagePoints::difference(self.percent, earlier.percent)
    }
}

impl Default for GrowthRate {
    /// No growth, [`GrowthRate::ZERO`].
    ///
    /// ```
    /// # use morocco_ecommerce::GrowthRate;
    /// assert_eq!(GrowthRate::default().to_string(), "0%");
    /// ```
    fn default() -> GrowthRate {
        GrowthRate::ZERO
    }
}

impl fmt::Display for GrowthRate {
    /// The percentage with the digits the rate holds, then `%`: `16.77%`, `-5%`. A computed
    /// rate holds no trailing zeros; a rate read from text or a `Decimal` holds what was given
    /// (`16.50%`), and [`GrowthRate::round_dp`] holds the decimals it rounded to (`25.0%`).
    ///
    /// A precision writes that many decimals instead, rounded half-even, the only rounding on
    /// the way; width, fill and alignment pad the whole, right-aligned by default.
    ///
    /// ```
    /// # use morocco_ecommerce::{GrowthRate, Transactions};
    /// let g = GrowthRate::between(Transactions::from(100), Transactions::from(125))?;
    /// assert_eq!(g.to_string(), "25%");
    /// assert_eq!(format!("{g:.1}"), "25.0%");
    /// assert_eq!(format!("[{g:>7}]"), "[    25%]");
    /// let third = GrowthRate::between(Transactions::from(3), Transactions::from(4))?;
    /// assert_eq!(format!("{third:.2}"), "33.33%");
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        pad::decimal(f, self.percent, false, "%")
    }
}

impl fmt::Debug for GrowthRate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "GrowthRate({}%)", self.percent)
    }
}

impl FromStr for GrowthRate {
    type Err = Error;

    /// Reads a plain signed decimal, with or without a final `%`: `16%`, `-14.9`, `+3.25%`.
    fn from_str(s: &str) -> Result<Self, Error> {
        let number = s.strip_suffix('%').unwrap_or(s);
        GrowthRate::from_percent(decimal::parse_plain(number, "a growth rate")?)
    }
}

string_form!(GrowthRate);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{AmountMad, Transactions};

    #[test]
    fn seed_growth_of_operations() -> Result<(), Error> {
        let g = GrowthRate::between(Transactions::from(1_670_000), Transactions::from(1_950_000))?;
        // 28 / 167 = 0.16766467065868263473...
        let exact = Decimal::from(2800) / Decimal::from(167);
        assert_eq!(g.as_percent(), exact);
        assert!(
            g.as_percent()
                .to_string()
                .starts_with("16.766467065868263473")
        );
        Ok(())
    }

    #[test]
    fn falls_and_limits() -> Result<(), Error> {
        let g = GrowthRate::between(AmountMad::from_dirhams(10), AmountMad::ZERO)?;
        assert_eq!(g.as_percent(), -HUNDRED);
        assert_eq!(
            g.base_from(AmountMad::ZERO, Rounding::HalfEven),
            Err(Error::BaseFromTotalFall)
        );
        let g = GrowthRate::between(Transactions::from(1), Transactions::MAX)?;
        assert_eq!(
            g.apply(Transactions::from(1), Rounding::HalfEven)?,
            Transactions::MAX
        );
        assert!(g.apply(Transactions::from(2), Rounding::HalfEven).is_err());
        assert_eq!(
            GrowthRate::from_percent(Decimal::from(-101)),
            Err(Error::GrowthBelowMinusHundred(Decimal::from(-101)))
        );
        assert_eq!(
            GrowthRate::compound_annual(Transactions::from(1), Transactions::from(2), 0),
            Err(Error::ZeroYears)
        );
        assert_eq!(
            GrowthRate::compound_annual(Transactions::ZERO, Transactions::from(2), 2),
            Err(Error::ZeroGrowthBase(None))
        );
        assert_eq!(
            GrowthRate::compound_annual(Transactions::from(3), Transactions::ZERO, 2)?.as_percent(),
            -HUNDRED
        );
        assert!(GrowthRate::from_fraction(Decimal::MAX).is_err());
        Ok(())
    }

    #[test]
    fn display_and_parse() -> Result<(), Error> {
        // A rate read from text keeps the digits written, as a `Decimal` does; it equals the
        // same rate written shorter.
        let g: GrowthRate = "16.50%".parse()?;
        assert_eq!(g.to_string(), "16.50%");
        assert_eq!(g, "16.5%".parse()?);
        assert_eq!("-0%".parse::<GrowthRate>()?.to_string(), "0%");
        assert_eq!(
            "-14.9".parse::<GrowthRate>()?.as_fraction(),
            Decimal::new(-149, 3)
        );
        assert!("16 %".parse::<GrowthRate>().is_err());
        assert!("-100.5%".parse::<GrowthRate>().is_err());
        Ok(())
    }
}
