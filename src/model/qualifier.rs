//! How a published figure is hedged.

use core::fmt;
use core::str::FromStr;

use crate::Error;

/// The hedge a report puts on a figure: "more than 2.1 million", "about 910 million".
///
/// # Example
///
/// ```
/// use morocco_ecommerce::Qualifier;
///
/// assert_eq!("more_than".parse::<Qualifier>()?, Qualifier::MoreThan);
/// assert_eq!(Qualifier::About.to_string(), "about");
/// # Ok::<(), morocco_ecommerce::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Qualifier {
    /// As stated, with no hedge.
    #[default]
    Exact,
    /// "More than", "over", "plus de", "أكثر من".
    MoreThan,
    /// "At least", "pas moins de".
    AtLeast,
    /// "Less than", "moins de", "أقل من".
    LessThan,
    /// "At most".
    AtMost,
    /// "About", "environ", "près de", "في حدود", "حوالي".
    About,
}

impl Qualifier {
    /// Every qualifier.
    pub const ALL: [Qualifier; 6] = [
        Qualifier::Exact,
        Qualifier::MoreThan,
        Qualifier::AtLeast,
        Qualifier::LessThan,
        Qualifier::AtMost,
        Qualifier::About,
    ];

    /// The canonical name, as in JSON: `exact`, `more_than`, `at_least`, `less_than`,
    /// `at_most`, `about`.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::Qualifier;
    /// assert_eq!(Qualifier::AtLeast.as_str(), "at_least");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::MoreThan => "more_than",
            Qualifier::AtLeast => "at_least",
            Qualifier::LessThan => "less_than",
            Qualifier::AtMost => "at_most",
            Qualifier::About => "about",
        }
    }
}

impl fmt::Display for Qualifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Qualifier {
    type Err = Error;

    /// Reads the canonical name.
    fn from_str(s: &str) -> Result<Self, Error> {
        Qualifier::ALL
            .into_iter()
            .find(|q| q.as_str() == s)
            .ok_or_else(|| {
                Error::parse(
                    "a qualifier",
                    s,
                    "a qualifier is exact, more_than, at_least, less_than, at_most or about",
                )
            })
    }
}
