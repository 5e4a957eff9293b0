//! Shares of a total, and breakdowns that sum to 100 %.

use core::fmt;
use core::str::FromStr;

use rust_decimal::Decimal;

use crate::Error;
use crate::error::Operation;
use crate::model::{PercentagePoints, Quantity, Rounding};
use crate::num::decimal::{self, HUNDRED};
use crate::num::pad;

/// A share of a total, from 0 % to 100 %, held as an exact percentage.
///
/// # Example
///
/// ```
/// use morocco_ecommerce::{AmountMad, Error, Share};
/// use rust_decimal::Decimal;
///
/// let share = Share::of(AmountMad::from_dirhams(95), AmountMad::from_dirhams(100))?;
/// assert_eq!(share.as_percent(), Decimal::from(95));
/// assert_eq!(share.complement().as_percent(), Decimal::from(5));
///
/// assert!(matches!(Share::of(AmountMad::from_dirhams(101), AmountMad::from_dirhams(100)), Err(Error::PartAboveTotal { .. })));
/// assert_eq!(Share::from_percent(Decimal::new(1042, 1)), Err(Error::ShareOutOfRange(Decimal::new(1042, 1))));
/// assert_eq!(Share::from_percent(Decimal::new(1042, 1)).unwrap_err().to_string(), "share 104.2% is outside 0% to 100%");
/// # Ok::<(), Error>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(try_from = "String", into = "String"))]
pub struct Share {
    percent: Decimal,
}

impl Share {
    /// The most decimals of a percent a breakdown is computed to: 100 with 25 decimals is the
    /// 28 significant digits a `Decimal` holds.
    pub const MAX_BREAKDOWN_DECIMALS: u32 = 25;

    /// Nothing of the total.
    pub const ZERO: Share = Share {
        percent: Decimal::ZERO,
    };
    /// All of the total.
    pub const ALL: Share = Share {
        percent: Decimal::ONE_HUNDRED,
    };

    /// A share from a percentage, 0 to 100.
    ///
    /// # Errors
    ///
    /// [`Error::ShareOutOfRange`] outside 0 to 100.
    ///
    /// ```
    /// # use morocco_ecommerce::Share;
    /// # use rust_decimal::Decimal;
    /// assert_eq!(Share::from_percent(Decimal::new(946, 1))?.to_string(), "94.6%");
    /// assert!(Share::from_percent(Decimal::from(101)).is_err());
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn from_percent(percent: Decimal) -> Result<Share, Error> {
        if percent < Decimal::ZERO || percent > HUNDRED {
            return Err(Error::ShareOutOfRange(percent));
        }
        // No normalising here: `Decimal` compares and hashes by value, and `Display` writes the
        // canonical form. This keeps the hot path free of it.
        Ok(Share { percent })
    }

    /// A share from a fraction, 0 to 1.
    ///
    /// # Errors
    ///
    /// [`Error::ShareOutOfRange`] outside 0 to 1.
    ///
    /// ```
    /// # use morocco_ecommerce::Share;
    /// # use rust_decimal::Decimal;
    /// assert_eq!(Share::from_fraction(Decimal::new(95, 2))?.to_string(), "95%");
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn from_fraction(fraction: Decimal) -> Result<Share, Error> {
        let percent = fraction
            .checked_mul(HUNDRED)
            .ok_or(Error::ShareOutOfRange(fraction))?;
        // A product: it holds no trailing zeros, whatever the fraction's scale.
        Share::from_percent(decimal::canonical(percent))
    }

    /// The share of `part` in `total`: `part / total`.
    ///
    /// # Errors
    ///
    /// [`Error::ZeroTotal`] when `total` is zero, [`Error::PartAboveTotal`] when `part` is larger.
    ///
    /// ```
    /// # use morocco_ecommerce::{Share, Transactions};
    /// let s = Share::of(Transactions::from(1_950_000), Transactions::from(2_100_000))?;
    /// assert_eq!(s.round_dp(1, morocco_ecommerce::Rounding::HalfEven).to_string(), "92.9%");
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn of<Q: Quantity>(part: Q, total: Q) -> Result<Share, Error> {
        if total.is_zero() {
            return Err(Error::ZeroTotal(None));
        }
        if part > total {
            return Err(Error::PartAboveTotal {
                part: part.to_string(),
                total: total.to_string(),
            });
        }
        Share::from_percent(decimal::canonical(decimal::mul_div(
            part.to_decimal(),
            HUNDRED,
            total.to_decimal(),
        )?))
    }

    /// What the rest of the total holds: `100 % - self`, exactly.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::Share;
    /// assert_eq!("95%".parse::<Share>()?.complement().to_string(), "5%");
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn complement(self) -> Share {
        Share {
            percent: decimal::canonical(HUNDRED - self.percent),
        }
    }

    /// The share as a percentage: `95` for 95 %.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::Share;
    /// assert_eq!("88.4%".parse::<Share>()?.as_percent(), rust_decimal::Decimal::new(884, 1));
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub const fn as_percent(&self) -> Decimal {
        self.percent
    }

    /// The share as a fraction: `0.95` for 95 %. A percentage with more than 26 decimals loses
    /// its last digits here, as a `Decimal` holds 28.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::Share;
    /// assert_eq!("95%".parse::<Share>()?.as_fraction(), rust_decimal::Decimal::new(95, 2));
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn as_fraction(&self) -> Decimal {
        self.percent / HUNDRED
    }

    /// The share rounded to `dp` decimals of a percent.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::{Rounding, Share};
    /// assert_eq!("66.63%".parse::<Share>()?.round_dp(1, Rounding::HalfEven).to_string(), "66.6%");
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn round_dp(self, dp: u32, rounding: Rounding) -> Share {
        // 0 and 100 are representable at any precision, so rounding stays within them.
        Share {
            percent: decimal::at_scale(
                self.percent.round_dp_with_strategy(dp, rounding.strategy()),
                dp,
            ),
        }
    }

    /// The part of `total` this share stands for, rounded to whole operations or centimes.
    ///
    /// # Errors
    ///
    /// Never in practice: the part is at most the total. The `Result` guards the rounding.
    ///
    /// ```
    /// # use morocco_ecommerce::{AmountMad, Rounding, Share};
    /// # use rust_decimal::Decimal;
    /// let moroccan = Share::from_percent(Decimal::from(95))?;
    /// let total = AmountMad::from_dirhams(1_050_000_000);
    /// assert_eq!(moroccan.part_of(total, Rounding::HalfEven)?, AmountMad::from_dirhams(997_500_000));
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn part_of<Q: Quantity>(self, total: Q, rounding: Rounding) -> Result<Q, Error> {
        Q::from_decimal(
            decimal::mul_div(total.to_decimal(), self.percent, HUNDRED)?,
            rounding,
        )
    }

    /// The change of a share between two periods, in percentage points: `self - earlier`.
    ///
    /// ```
    /// # use morocco_ecommerce::Share;
    /// # use rust_decimal::Decimal;
    /// let before = Share::from_percent(Decimal::from(93))?;
    /// let after = Share::from_percent(Decimal::from(95))?;
    /// assert_eq!(after.points_since(before).to_string(), "+2pp");
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    #[must_use]
    pub fn points_since(self, earlier: Share) -> PercentagePoints {
        // Both are within 0..=100, so the difference always fits.
        PercentagePoints::difference(self.percent, earlier.percent).unwrap_or_default()
    }

    /// The shares of each part in the sum of the parts, to 25 decimals of a percent, summing to
    /// exactly 100 %: [`Share::breakdown_rounded`] at [`Share::MAX_BREAKDOWN_DECIMALS`].
    ///
    /// # Errors
    ///
    /// As [`Share::breakdown_rounded`].
    ///
    /// ```
    /// # use morocco_ecommerce::{Share, Transactions};
    /// let shares = Share::breakdown(&[Transactions::from(2), Transactions::from(1)])?;
    /// let sum: rust_decimal::Decimal = shares.iter().map(Share::as_percent).sum();
    /// assert_eq!(sum, rust_decimal::Decimal::ONE_HUNDRED);
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn breakdown<Q: Quantity>(parts: &[Q]) -> Result<Vec<Share>, Error> {
        // At 25 decimals the shares are as exact as the crate computes them, not a rounding
        // asked for: they are written without trailing zeros.
        let mut shares = Share::breakdown_rounded(parts, Share::MAX_BREAKDOWN_DECIMALS)?;
        for share in &mut shares {
            share.percent = decimal::canonical(share.percent);
        }
        Ok(shares)
    }

    /// The shares of each part in the sum of the parts, rounded to `decimals` decimals of a
    /// percent so that they sum to exactly 100 %, by the largest-remainder method.
    ///
    /// Each share is first cut to `decimals` decimals, using exact integer long division; the
    /// units of the last decimal still missing to reach 100 % go, one each, to the shares whose
    /// cut-off remainders were largest (the earlier part first on a tie). Each share is thus its
    /// exact value rounded up or down to the last decimal, and the shares sum to 100 %.
    ///
    /// # Errors
    ///
    /// [`Error::EmptyBreakdown`] with no parts, [`Error::ZeroTotal`] when they sum to zero,
    /// [`Error::TooManyDecimals`] above [`Share::MAX_BREAKDOWN_DECIMALS`], [`Error::Overflow`] when the
    /// parts sum beyond 2^120 smallest units.
    ///
    /// ```
    /// # use morocco_ecommerce::{Share, Transactions};
    /// let thirds = [Transactions::from(1), Transactions::from(1), Transactions::from(1)];
    /// let shares = Share::breakdown_rounded(&thirds, 1)?;
    /// let written: Vec<String> = shares.iter().map(ToString::to_string).collect();
    /// assert_eq!(written, ["33.4%", "33.3%", "33.3%"]);
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn breakdown_rounded<Q: Quantity>(parts: &[Q], decimals: u32) -> Result<Vec<Share>, Error> {
        const LIMIT: u128 = 1 << 120;
        if decimals > Share::MAX_BREAKDOWN_DECIMALS {
            return Err(Error::TooManyDecimals(
                decimals,
                Share::MAX_BREAKDOWN_DECIMALS,
            ));
        }
        if parts.is_empty() {
            return Err(Error::EmptyBreakdown);
        }
        let overflow = || Error::Overflow(Operation::describe("the sum of the breakdown's parts"));
        let total = parts
            .iter()
            .try_fold(0u128, |sum, p| sum.checked_add(p.to_smallest_units()))
            .filter(|t| *t <= LIMIT)
            .ok_or_else(overflow)?;
        if total == 0 {
            return Err(Error::ZeroTotal(None));
        }
        // floor(part * 100 * 10^decimals / total) and its remainder, by long division: each step
        // keeps the remainder below the total, so remainder * 10 < 2^124 never overflows.
        let mut cut: Vec<(i128, u128)> = Vec::with_capacity(parts.len());
        for part in parts {
            let scaled = part.to_smallest_units() * 100;
            let mut quotient = scaled / total;
            let mut remainder = scaled % total;
            for _ in 0..decimals {
                let next = remainder * 10;
                quotient = quotient * 10 + next / total;
                remainder = next % total;
            }
            cut.push((i128::try_from(quotient).map_err(|_| overflow())?, remainder));
        }
        let whole: i128 = 100 * 10i128.pow(decimals);
        let missing = whole - cut.iter().map(|(q, _)| q).sum::<i128>();
        let mut order: Vec<usize> = (0..cut.len()).collect();
        order.sort_by(|&a, &b| {
            let ra = cut.get(a).map_or(0, |c| c.1);
            let rb = cut.get(b).map_or(0, |c| c.1);
            rb.cmp(&ra).then(a.cmp(&b))
        });
        for &index in order.iter().take(usize::try_from(missing).unwrap_or(0)) {
            if let Some(entry) = cut.get_mut(index) {
                entry.0 += 1;
            }
        }
        cut.into_iter()
            .map(|(q, _)| {
                Decimal::try_from_i128_with_scale(q, decimals)
                    .map_err(|_| overflow())
                    .and_then(Share::from_percent)
            })
            .collect()
    }
}

impl Default for Share {
    /// Nothing of the total, [`Share::ZERO`].
    ///
    /// ```
    /// # use morocco_ecommerce::Share;
    /// assert_eq!(Share::default().to_string(), "0%");
    /// ```
    fn default() -> Share {
        Share::ZERO
    }
}

impl fmt::Display for Share {
    /// The percentage with the digits the share holds, then `%`: `95%`, `14.9%`. A computed
    /// share holds no trailing zeros; a share read from text or a `Decimal` holds what was given,
    /// and [`Share::round_dp`] and [`Share::breakdown_rounded`] hold the decimals they rounded
    /// to (`50.0%`).
    ///
    /// A precision writes that many decimals instead, rounded half-even; width, fill and
    /// alignment pad the whole, right-aligned by default.
    ///
    /// ```
    /// # use morocco_ecommerce::{Share, Transactions};
    /// let s = Share::of(Transactions::from(1), Transactions::from(3))?;
    /// assert_eq!(format!("{s:.1}"), "33.3%");
    /// assert_eq!(format!("[{s:<8.2}]"), "[33.33%  ]");
    /// assert_eq!(format!("{:.1}", Share::ALL), "100.0%");
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        pad::decimal(f, self.percent, false, "%")
    }
}

impl fmt::Debug for Share {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Share({}%)", self.percent)
    }
}

impl FromStr for Share {
    type Err = Error;

    /// Reads a plain decimal, with or without a final `%`: `95%`, `14.9`.
    fn from_str(s: &str) -> Result<Self, Error> {
        let number = s.strip_suffix('%').unwrap_or(s);
        Share::from_percent(decimal::parse_plain(number, "a share")?)
    }
}

string_form!(Share);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{AmountMad, Transactions};

    #[test]
    fn errors() {
        assert_eq!(
            Share::of(Transactions::ZERO, Transactions::ZERO),
            Err(Error::ZeroTotal(None))
        );
        let err = Share::of(Transactions::from(3), Transactions::from(2)).unwrap_err();
        assert_eq!(err.to_string(), "part 3 is above its total 2");
        assert_eq!(
            Share::breakdown::<Transactions>(&[]),
            Err(Error::EmptyBreakdown)
        );
        assert_eq!(
            Share::breakdown(&[Transactions::ZERO, Transactions::ZERO]),
            Err(Error::ZeroTotal(None))
        );
        assert_eq!(
            Share::breakdown_rounded(&[Transactions::from(1)], 26),
            Err(Error::TooManyDecimals(26, 25))
        );
        assert!(Share::from_percent(Decimal::new(-1, 28)).is_err());
        assert!(Share::from_fraction(Decimal::new(101, 2)).is_err());
    }

    #[test]
    fn breakdown_of_large_amounts_sums_to_100() -> Result<(), Error> {
        let parts = [AmountMad::MAX, AmountMad::MAX, AmountMad::from_centimes(1)?];
        let shares = Share::breakdown(&parts)?;
        let sum: Decimal = shares.iter().map(Share::as_percent).sum();
        assert_eq!(sum, HUNDRED);
        Ok(())
    }

    #[test]
    fn parse() -> Result<(), Error> {
        assert_eq!("95%".parse::<Share>()?.as_fraction(), Decimal::new(95, 2));
        assert!("100.01".parse::<Share>().is_err());
        assert!("-1%".parse::<Share>().is_err());
        Ok(())
    }
}
