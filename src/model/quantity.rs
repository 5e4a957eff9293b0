//! What counts and amounts have in common.

use core::fmt;

use rust_decimal::Decimal;

use crate::Error;
use crate::model::Rounding;

mod sealed {
    pub trait Sealed {}
    impl Sealed for crate::model::Transactions {}
    impl Sealed for crate::model::Cards {}
    impl Sealed for crate::model::Merchants {}
    impl Sealed for crate::model::AmountMad {}
}

/// A non-negative quantity that growth rates and shares are computed on: a count
/// ([`Transactions`](crate::model::Transactions), [`Cards`](crate::model::Cards),
/// [`Merchants`](crate::model::Merchants)) or an amount ([`AmountMad`](crate::model::AmountMad)).
///
/// The trait is sealed. Functions generic over it, such as
/// [`GrowthRate::between`](crate::model::GrowthRate::between), take both arguments of the *same*
/// quantity. A growth from a count to a count compiles:
///
/// ```
/// use morocco_ecommerce::{GrowthRate, Transactions};
/// let _ = GrowthRate::between(Transactions::from(10), Transactions::ZERO);
/// ```
///
/// and a growth from a count to an amount does not:
///
/// ```compile_fail
/// use morocco_ecommerce::{AmountMad, GrowthRate, Transactions};
/// let _ = GrowthRate::between(Transactions::from(10), AmountMad::ZERO);
/// ```
pub trait Quantity: Copy + Ord + fmt::Display + fmt::Debug + sealed::Sealed {
    /// What the quantity is, for messages: `count of operations`, `count of cards`, `count of
    /// merchant sites` or `amount`.
    const NAME: &'static str;

    /// The quantity in its base unit (operations, or dirhams) as an exact decimal.
    fn to_decimal(self) -> Decimal;

    /// The quantity in its smallest unit (operations, or centimes), exactly.
    fn to_smallest_units(self) -> u128;

    /// A quantity from a decimal in its base unit, rounded to the smallest unit as `rounding` says.
    ///
    /// # Errors
    ///
    /// When the rounded value is negative or too large for the type.
    fn from_decimal(value: Decimal, rounding: Rounding) -> Result<Self, Error>;

    /// The distance between two quantities, which always fits the type.
    #[must_use]
    fn abs_diff(self, other: Self) -> Self;

    /// Whether the quantity is zero.
    fn is_zero(self) -> bool {
        self.to_smallest_units() == 0
    }
}

/// A signed change of a quantity: how much it went up or down.
///
/// # Example
///
/// ```
/// use morocco_ecommerce::{Change, Transactions};
///
/// let change = Change::between(Transactions::from(1_670_000), Transactions::from(1_950_000));
/// assert!(!change.is_decrease());
/// assert_eq!(change.magnitude(), Transactions::from(280_000));
/// assert_eq!(change.to_string(), "+280000");
/// assert_eq!(Change::between(Transactions::from(5), Transactions::from(2)).to_string(), "-3");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Change<Q> {
    decrease: bool,
    magnitude: Q,
}

impl<Q: Quantity> Change<Q> {
    /// The change from `from` to `to`; never fails, as the difference of two quantities of one
    /// type always fits that type.
    #[must_use]
    pub fn between(from: Q, to: Q) -> Change<Q> {
        Change {
            decrease: to < from,
            magnitude: to.abs_diff(from),
        }
    }

    /// Whether the quantity went down.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::{AmountMad, Change};
    /// assert!(Change::between(AmountMad::from_dirhams(9), AmountMad::from_dirhams(2)).is_decrease());
    /// ```
    pub fn is_decrease(&self) -> bool {
        self.decrease
    }

    /// How much it went up or down.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::{AmountMad, Change};
    /// let c = Change::between(AmountMad::from_dirhams(9), AmountMad::from_dirhams(2));
    /// assert_eq!(c.magnitude(), AmountMad::from_dirhams(7));
    /// ```
    pub fn magnitude(&self) -> Q {
        self.magnitude
    }

    /// The change as a signed decimal in the base unit.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::{Change, Transactions};
    /// let c = Change::between(Transactions::from(9), Transactions::from(2));
    /// assert_eq!(c.to_decimal(), rust_decimal::Decimal::from(-7));
    /// ```
    pub fn to_decimal(&self) -> Decimal {
        let magnitude = self.magnitude.to_decimal();
        if self.decrease { -magnitude } else { magnitude }
    }
}

impl<Q: Quantity> fmt::Display for Change<Q> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.decrease { '-' } else { '+' };
        write!(f, "{sign}{}", self.magnitude)
    }
}
