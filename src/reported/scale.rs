//! The scale words of published figures: thousand, million, billion.

use rust_decimal::Decimal;

/// The multiplier of a scale word, the one list of them in the crate.
///
/// The reader of press text maps each language's words onto these ("milliard", "مليار",
/// "bn" are [`Scale::Billion`]), the writer writes them back per language, and the claims
/// file names them in English. "Billion" is a thousand million, as in French "milliard" and
/// Arabic "مليار".
///
/// # Example
///
/// ```
/// use morocco_ecommerce::Scale;
///
/// let billion: Scale = "billion".parse()?;
/// assert_eq!(billion.power(), 9);
/// assert_eq!(billion.multiplier(), rust_decimal::Decimal::from(1_000_000_000));
/// assert_eq!(billion.to_string(), "billion");
/// assert!("trillion".parse::<Scale>().is_err());
/// # Ok::<(), morocco_ecommerce::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
#[non_exhaustive]
pub enum Scale {
    /// No scale word: the number is in base units.
    #[default]
    Unit,
    /// A thousand: "mille", "ألف", "thousand".
    Thousand,
    /// A million: "million", "مليون".
    Million,
    /// A thousand million: "milliard", "مليار", "billion".
    Billion,
}

impl Scale {
    /// Every scale, smallest first.
    pub const ALL: [Scale; 4] = [Scale::Unit, Scale::Thousand, Scale::Million, Scale::Billion];

    /// The power of ten the scale multiplies by: 0, 3, 6 or 9.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::Scale;
    /// assert_eq!(Scale::Million.power(), 6);
    /// ```
    pub const fn power(self) -> u32 {
        match self {
            Scale::Unit => 0,
            Scale::Thousand => 3,
            Scale::Million => 6,
            Scale::Billion => 9,
        }
    }

    /// The multiplier: 1, 1 000, 1 000 000 or 1 000 000 000.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::Scale;
    /// assert_eq!(Scale::Thousand.multiplier(), rust_decimal::Decimal::from(1_000));
    /// ```
    pub const fn multiplier(self) -> Decimal {
        Decimal::from_parts(
            match self {
                Scale::Unit => 1,
                Scale::Thousand => 1_000,
                Scale::Million => 1_000_000,
                Scale::Billion => 1_000_000_000,
            },
            0,
            0,
            false,
            0,
        )
    }

    /// The canonical name: `unit`, `thousand`, `million`, `billion`.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::Scale;
    /// assert_eq!(Scale::Billion.as_str(), "billion");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Scale::Unit => "unit",
            Scale::Thousand => "thousand",
            Scale::Million => "million",
            Scale::Billion => "billion",
        }
    }
}

crate::num::named_enum!(
    Scale,
    "a scale",
    "a scale is one of unit, thousand, million, billion"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_read_back_and_multipliers_are_powers_of_ten() {
        for scale in Scale::ALL {
            assert_eq!(scale.as_str().parse::<Scale>(), Ok(scale));
            let ten_to_the_power = (0..scale.power()).fold(Decimal::ONE, |m, _| m * Decimal::TEN);
            assert_eq!(scale.multiplier(), ten_to_the_power);
        }
    }
}
