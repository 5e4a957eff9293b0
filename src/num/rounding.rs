//! Named rounding strategies.

use rust_decimal::RoundingStrategy;

/// How a computation that yields more digits than its result may hold is rounded.
///
/// Every method of the crate that has to drop digits takes one of these by name: nothing rounds
/// silently.
///
/// This is how the crate rounds what it computes. How a newspaper is assumed to have rounded a
/// figure it printed is another question, answered by
/// [`RoundingAssumption`](crate::RoundingAssumption): a reader does not know which way a
/// writer's ties went, so that type has `Nearest` (either way) and no `HalfDown`, and it maps a
/// printed figure to a range rather than a value to a value.
///
/// # Example
///
/// ```
/// use morocco_ecommerce::{AmountMad, Rounding, Transactions, AverageTicket};
///
/// let ticket = AverageTicket::of(AmountMad::try_from(rust_decimal::Decimal::from(1000))?, Transactions::from(3))?;
/// assert_eq!(ticket.to_amount(Rounding::HalfEven)?.to_string(), "333.33");
/// assert_eq!(ticket.to_amount(Rounding::Ceiling)?.to_string(), "333.34");
/// # Ok::<(), morocco_ecommerce::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Rounding {
    /// To the nearest; a tie goes to the even neighbour (banker's rounding).
    HalfEven,
    /// To the nearest; a tie goes away from zero (the school rule).
    HalfUp,
    /// To the nearest; a tie goes toward zero.
    HalfDown,
    /// Toward zero: the dropped digits are cut off.
    Truncate,
    /// Toward negative infinity.
    Floor,
    /// Toward positive infinity.
    Ceiling,
}

impl Rounding {
    /// Every strategy.
    pub const ALL: [Rounding; 6] = [
        Rounding::HalfEven,
        Rounding::HalfUp,
        Rounding::HalfDown,
        Rounding::Truncate,
        Rounding::Floor,
        Rounding::Ceiling,
    ];

    /// The canonical name, which `Display` writes and `FromStr` (and serde) read: `half_even`,
    /// `half_up`, `half_down`, `truncate`, `floor`, `ceiling`.
    ///
    /// ```
    /// # use morocco_ecommerce::Rounding;
    /// assert_eq!(Rounding::HalfEven.as_str(), "half_even");
    /// assert_eq!(format!("{:>10}", Rounding::Floor), "     floor");
    /// assert_eq!("ceiling".parse::<Rounding>()?, Rounding::Ceiling);
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Rounding::HalfEven => "half_even",
            Rounding::HalfUp => "half_up",
            Rounding::HalfDown => "half_down",
            Rounding::Truncate => "truncate",
            Rounding::Floor => "floor",
            Rounding::Ceiling => "ceiling",
        }
    }

    /// The equivalent `rust_decimal` strategy.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::Rounding;
    /// use rust_decimal::RoundingStrategy;
    /// assert_eq!(Rounding::HalfEven.strategy(), RoundingStrategy::MidpointNearestEven);
    /// ```
    pub const fn strategy(self) -> RoundingStrategy {
        match self {
            Rounding::HalfEven => RoundingStrategy::MidpointNearestEven,
            Rounding::HalfUp => RoundingStrategy::MidpointAwayFromZero,
            Rounding::HalfDown => RoundingStrategy::MidpointTowardZero,
            Rounding::Truncate => RoundingStrategy::ToZero,
            Rounding::Floor => RoundingStrategy::ToNegativeInfinity,
            Rounding::Ceiling => RoundingStrategy::ToPositiveInfinity,
        }
    }
}

crate::num::named_enum!(
    Rounding,
    "a rounding",
    "a rounding is half_even, half_up, half_down, truncate, floor or ceiling"
);
