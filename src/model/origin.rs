//! Where a card comes from, and where it is used.

/// Whether a card was issued by a Moroccan bank or abroad.
///
/// # Example
///
/// ```
/// use morocco_ecommerce::CardOrigin;
///
/// assert_eq!("moroccan".parse::<CardOrigin>()?, CardOrigin::Moroccan);
/// assert_eq!(CardOrigin::Foreign.to_string(), "foreign");
/// assert_eq!(CardOrigin::ALL.len(), 2);
/// # Ok::<(), morocco_ecommerce::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CardOrigin {
    /// A card issued by a Moroccan bank.
    Moroccan,
    /// A card issued abroad.
    Foreign,
}

impl CardOrigin {
    /// Both origins, Moroccan first.
    pub const ALL: [CardOrigin; 2] = [CardOrigin::Moroccan, CardOrigin::Foreign];

    /// The other origin.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::CardOrigin;
    /// assert_eq!(CardOrigin::Moroccan.other(), CardOrigin::Foreign);
    /// ```
    pub const fn other(self) -> CardOrigin {
        match self {
            CardOrigin::Moroccan => CardOrigin::Foreign,
            CardOrigin::Foreign => CardOrigin::Moroccan,
        }
    }

    /// The canonical name: `moroccan` or `foreign`.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::CardOrigin;
    /// assert_eq!(CardOrigin::Foreign.as_str(), "foreign");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            CardOrigin::Moroccan => "moroccan",
            CardOrigin::Foreign => "foreign",
        }
    }
}

crate::num::named_enum!(
    CardOrigin,
    "a card origin",
    "a card origin is moroccan or foreign"
);

/// Where an online payment happens: on a merchant site affiliated to the CMI in Morocco, or on a
/// site abroad.
///
/// Moroccan cards paying on foreign sites are a separate series in CMI reports: they are not part of
/// the activity of Moroccan merchant sites.
///
/// # Example
///
/// ```
/// use morocco_ecommerce::MerchantSite;
///
/// assert_eq!("abroad".parse::<MerchantSite>()?, MerchantSite::Abroad);
/// assert_eq!(MerchantSite::CmiAffiliated.to_string(), "cmi_affiliated");
/// # Ok::<(), morocco_ecommerce::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MerchantSite {
    /// A merchant site in Morocco whose payments the CMI processes.
    CmiAffiliated,
    /// A site abroad, or a foreign site.
    Abroad,
}

impl MerchantSite {
    /// Both places, Moroccan sites first.
    pub const ALL: [MerchantSite; 2] = [MerchantSite::CmiAffiliated, MerchantSite::Abroad];

    /// The canonical name: `cmi_affiliated` or `abroad`.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::MerchantSite;
    /// assert_eq!(MerchantSite::Abroad.as_str(), "abroad");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            MerchantSite::CmiAffiliated => "cmi_affiliated",
            MerchantSite::Abroad => "abroad",
        }
    }
}

crate::num::named_enum!(
    MerchantSite,
    "a merchant site",
    "a merchant site is cmi_affiliated or abroad"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for o in CardOrigin::ALL {
            assert_eq!(o.to_string().parse::<CardOrigin>(), Ok(o));
            assert_eq!(o.other().other(), o);
        }
        for s in MerchantSite::ALL {
            assert_eq!(s.to_string().parse::<MerchantSite>(), Ok(s));
        }
        assert_eq!("MOROCCAN".parse::<CardOrigin>(), Ok(CardOrigin::Moroccan));
        assert!("marocaine".parse::<CardOrigin>().is_err());
        assert!("".parse::<MerchantSite>().is_err());
    }
}
