//! How a published figure is hedged.

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

crate::num::named_enum!(
    Qualifier,
    "a qualifier",
    "a qualifier is exact, more_than, at_least, less_than, at_most or about"
);
