//! The claims the built-in figures make, and what the Moroccan cards' share implies.

use crate::Error;
use crate::check::compute;
use crate::check::{Claim, ClaimKind};
use crate::data::Dataset;
use crate::reported::{Assumption, Interval, ReportedFigure};

/// The figure of the observation `id` of `article`.
fn figure(article: &Dataset, id: &str) -> Option<ReportedFigure> {
    article.get(id).map(|o| o.figure)
}

/// The claims of the built-in 2013-2014 figures:
///
/// | id | claim |
/// |---|---|
/// | `card_operations_growth_2014` | 1,67 to 1,95 million operations, stated +16 % |
/// | `card_value_growth_2014` | about 910 million to more than 1,05 billion MAD, stated about +14,9 % |
/// | `card_operations_within_all_2014` | 1,95 million card operations within more than 2,1 million operations |
/// | `card_value_within_all_2014` | more than 1,05 billion MAD within 1,2 billion MAD |
///
/// # Example
///
/// ```
/// use morocco_ecommerce::data::builtin_claims;
/// use morocco_ecommerce::check::Checker;
///
/// let audit = Checker::new().audit(&builtin_claims());
/// let verdicts: Vec<(&str, &str)> = audit.findings.iter().map(|f| (f.claim.as_str(), f.verdict.name())).collect();
/// assert_eq!(verdicts[0], ("card_operations_growth_2014", "consistent_only_with_rounding"));
/// assert_eq!(verdicts[1], ("card_value_growth_2014", "inconsistent"));
/// ```
#[must_use]
pub fn builtin_claims() -> Vec<Claim> {
    // Each claim names its figures by id; a missing figure leaves the claim out.
    let article = Dataset::seed_article();
    let resolve = |ids: ClaimKind<&str>| ids.try_map(|_, id| figure(&article, id).ok_or(())).ok();
    let growth = |from, to, stated| resolve(ClaimKind::Growth { from, to, stated });
    let within = |part, total| resolve(ClaimKind::Within { part, total });
    [
        (
            "card_operations_growth_2014",
            growth(
                "card_operations_2013",
                "card_operations_2014",
                "card_operations_growth_2014",
            ),
        ),
        (
            "card_value_growth_2014",
            growth(
                "card_value_2013",
                "card_value_2014",
                "card_value_growth_2014",
            ),
        ),
        (
            "card_operations_within_all_2014",
            within("card_operations_2014", "all_operations_2014"),
        ),
        (
            "card_value_within_all_2014",
            within("card_value_2014", "all_turnover_2014"),
        ),
    ]
    .into_iter()
    .filter_map(|(id, kind)| kind.map(|k| Claim::new(id, k)))
    .collect()
}

/// A range derived from the built-in figures.
///
/// ```
/// use morocco_ecommerce::data::moroccan_share_implications;
/// use morocco_ecommerce::Assumption;
/// let derived = moroccan_share_implications(Assumption::default())?;
/// assert_eq!(derived[1].id, "foreign_card_value_2014");
/// # Ok::<(), morocco_ecommerce::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Derived {
    /// A stable identifier.
    pub id: &'static str,
    /// What the range is, and from which figures.
    pub description: &'static str,
    /// The values the figures allow, in dirhams.
    pub range: Interval,
}

/// What the 95 % share of Moroccan cards implies for the value paid with Moroccan and with
/// foreign cards in 2014, as ranges under `assumption`: once from the card value alone ("more
/// than 1,05 billion", with no upper end), and once with the card value also held below the
/// 1,2 billion of all e-commerce turnover.
///
/// # Errors
///
/// [`Error::FigureRangeOverflow`] when a range end does not fit a `Decimal`,
/// [`Error::MissingBuiltinFigure`] if the crate's embedded figures lack one it needs.
///
/// # Example
///
/// ```
/// use morocco_ecommerce::data::moroccan_share_implications;
/// use morocco_ecommerce::Assumption;
///
/// let derived = moroccan_share_implications(Assumption::default())?;
/// assert_eq!(derived[0].range.to_string(), "(992250000, +inf)");
/// assert_eq!(derived[2].range.to_string(), "(992250000, 1193750000]");
/// # Ok::<(), morocco_ecommerce::Error>(())
/// ```
pub fn moroccan_share_implications(assumption: Assumption) -> Result<Vec<Derived>, Error> {
    let article = Dataset::seed_article();
    let builtin = |id: &'static str| figure(&article, id).ok_or(Error::MissingBuiltinFigure(id));
    let value = builtin("card_value_2014")?.range(assumption)?;
    let all = builtin("all_turnover_2014")?.range(assumption)?;
    let share = builtin("moroccan_card_share_2014")?
        .range(assumption)?
        .intersect(&compute::share_domain());
    let complement = Interval::raw(
        share.high().map(|b| crate::reported::Bound {
            value: rust_decimal::Decimal::ONE_HUNDRED - b.value,
            closed: b.closed,
        }),
        share.low().map(|b| crate::reported::Bound {
            value: rust_decimal::Decimal::ONE_HUNDRED - b.value,
            closed: b.closed,
        }),
    );
    let bounded = value.intersect(&Interval::raw(None, all.high()));
    Ok(vec![
        Derived {
            id: "moroccan_card_value_2014",
            description: "value paid with Moroccan cards: card value x Moroccan share",
            range: compute::product_percent(&value, &share)?,
        },
        Derived {
            id: "foreign_card_value_2014",
            description: "value paid with foreign cards: card value x (100% - Moroccan share)",
            range: compute::product_percent(&value, &complement)?,
        },
        Derived {
            id: "moroccan_card_value_2014_bounded",
            description: "value paid with Moroccan cards, card value held below all e-commerce turnover",
            range: compute::product_percent(&bounded, &share)?,
        },
        Derived {
            id: "foreign_card_value_2014_bounded",
            description: "value paid with foreign cards, card value held below all e-commerce turnover",
            range: compute::product_percent(&bounded, &complement)?,
        },
    ])
}
