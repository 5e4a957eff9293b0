//! Claims: what a report says its figures imply.

use crate::reported::{FigureKind, ReportedFigure};

/// What a claim says, with the figures it rests on.
///
/// With `serde`, a JSON object tagged by `"type"` (the [`ClaimKind::name`]) with the figures as
/// fields.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(
    feature = "serde",
    serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)
)]
#[non_exhaustive]
pub enum ClaimKind {
    /// A stated growth rate (percent) from a start to an end figure of one kind.
    Growth {
        /// The earlier figure.
        from: ReportedFigure,
        /// The later figure.
        to: ReportedFigure,
        /// The stated growth, in percent.
        stated: ReportedFigure,
    },
    /// A stated share (percent) of a part in a total.
    Share {
        /// The part.
        part: ReportedFigure,
        /// The total.
        total: ReportedFigure,
        /// The stated share, in percent.
        stated: ReportedFigure,
    },
    /// A part that is not above its total ("1,95 million card payments out of more than 2,1
    /// million").
    Within {
        /// The part.
        part: ReportedFigure,
        /// The total.
        total: ReportedFigure,
    },
    /// Parts that sum to a stated total.
    PartsSum {
        /// The parts.
        parts: Vec<ReportedFigure>,
        /// The stated total.
        total: ReportedFigure,
    },
    /// A stated rate applied to a base, against the stated end figure.
    Projection {
        /// The base.
        base: ReportedFigure,
        /// The stated rate, in percent.
        rate: ReportedFigure,
        /// The stated end figure.
        end: ReportedFigure,
    },
    /// A stated average ticket (dirhams per operation) against value and operations.
    AverageTicket {
        /// The value, in dirhams.
        value: ReportedFigure,
        /// The number of operations.
        operations: ReportedFigure,
        /// The stated average, in dirhams.
        stated: ReportedFigure,
    },
    /// A stated compound annual growth rate over some years.
    CompoundAnnual {
        /// The first year's figure.
        from: ReportedFigure,
        /// The last year's figure.
        to: ReportedFigure,
        /// The number of years between them.
        years: u32,
        /// The stated yearly rate, in percent.
        stated: ReportedFigure,
    },
    /// A figure for the same period a year earlier, against the one a current figure and its
    /// growth rate imply.
    ImpliedEarlier {
        /// The current figure.
        current: ReportedFigure,
        /// The stated growth rate, in percent.
        rate: ReportedFigure,
        /// The stated figure a year earlier.
        earlier: ReportedFigure,
    },
}

impl ClaimKind {
    /// The canonical name: `growth`, `share`, `within`, `parts_sum`, `projection`,
    /// `average_ticket`, `compound_annual`, `implied_earlier`.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::data::builtin_claims;
    /// assert_eq!(builtin_claims()[2].kind.name(), "within");
    /// ```
    pub const fn name(&self) -> &'static str {
        match self {
            ClaimKind::Growth { .. } => "growth",
            ClaimKind::Share { .. } => "share",
            ClaimKind::Within { .. } => "within",
            ClaimKind::PartsSum { .. } => "parts_sum",
            ClaimKind::Projection { .. } => "projection",
            ClaimKind::AverageTicket { .. } => "average_ticket",
            ClaimKind::CompoundAnnual { .. } => "compound_annual",
            ClaimKind::ImpliedEarlier { .. } => "implied_earlier",
        }
    }

    /// The figure the claim states, which the computed range is compared with.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::data::builtin_claims;
    /// assert_eq!(builtin_claims()[0].kind.stated().value(), rust_decimal::Decimal::from(16));
    /// ```
    pub fn stated(&self) -> &ReportedFigure {
        match self {
            ClaimKind::Growth { stated, .. }
            | ClaimKind::Share { stated, .. }
            | ClaimKind::AverageTicket { stated, .. }
            | ClaimKind::CompoundAnnual { stated, .. } => stated,
            ClaimKind::Within { total, .. } | ClaimKind::PartsSum { total, .. } => total,
            ClaimKind::Projection { end, .. } => end,
            ClaimKind::ImpliedEarlier { earlier, .. } => earlier,
        }
    }

    /// The figures the computed range is computed from.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::data::builtin_claims;
    /// assert_eq!(builtin_claims()[0].kind.inputs().len(), 2);
    /// ```
    pub fn inputs(&self) -> Vec<&ReportedFigure> {
        match self {
            ClaimKind::Growth { from, to, .. } | ClaimKind::CompoundAnnual { from, to, .. } => {
                vec![from, to]
            }
            ClaimKind::Share { part, total, .. } => vec![part, total],
            ClaimKind::Within { part, .. } => vec![part],
            ClaimKind::PartsSum { parts, .. } => parts.iter().collect(),
            ClaimKind::Projection { base, rate, .. } => vec![base, rate],
            ClaimKind::AverageTicket {
                value, operations, ..
            } => vec![value, operations],
            ClaimKind::ImpliedEarlier { current, rate, .. } => vec![current, rate],
        }
    }

    /// The same claim with every input read as `factor` times coarser than written.
    pub(crate) fn with_coarser_inputs(&self, factor: rust_decimal::Decimal) -> Option<ClaimKind> {
        let c = |f: &ReportedFigure| f.with_precision(f.precision().checked_mul(factor)?).ok();
        Some(match self {
            ClaimKind::Growth { from, to, stated } => ClaimKind::Growth {
                from: c(from)?,
                to: c(to)?,
                stated: *stated,
            },
            ClaimKind::Share {
                part,
                total,
                stated,
            } => ClaimKind::Share {
                part: c(part)?,
                total: c(total)?,
                stated: *stated,
            },
            ClaimKind::Within { part, total } => ClaimKind::Within {
                part: c(part)?,
                total: *total,
            },
            ClaimKind::PartsSum { parts, total } => ClaimKind::PartsSum {
                parts: parts.iter().map(c).collect::<Option<Vec<_>>>()?,
                total: *total,
            },
            ClaimKind::Projection { base, rate, end } => ClaimKind::Projection {
                base: c(base)?,
                rate: c(rate)?,
                end: *end,
            },
            ClaimKind::AverageTicket {
                value,
                operations,
                stated,
            } => ClaimKind::AverageTicket {
                value: c(value)?,
                operations: c(operations)?,
                stated: *stated,
            },
            ClaimKind::CompoundAnnual {
                from,
                to,
                years,
                stated,
            } => ClaimKind::CompoundAnnual {
                from: c(from)?,
                to: c(to)?,
                years: *years,
                stated: *stated,
            },
            ClaimKind::ImpliedEarlier {
                current,
                rate,
                earlier,
            } => ClaimKind::ImpliedEarlier {
                current: c(current)?,
                rate: c(rate)?,
                earlier: *earlier,
            },
        })
    }

    /// The kinds each figure must have, by role.
    pub(crate) fn expected_kinds(
        &self,
    ) -> Vec<(&'static str, &ReportedFigure, &'static [FigureKind])> {
        const QUANTITY: &[FigureKind] = &[FigureKind::Count, FigureKind::AmountMad];
        const PERCENT: &[FigureKind] = &[FigureKind::Percent];
        const COUNT: &[FigureKind] = &[FigureKind::Count];
        const AMOUNT: &[FigureKind] = &[FigureKind::AmountMad];
        match self {
            ClaimKind::Growth { from, to, stated }
            | ClaimKind::CompoundAnnual {
                from, to, stated, ..
            } => {
                vec![
                    ("from", from, QUANTITY),
                    ("to", to, QUANTITY),
                    ("stated", stated, PERCENT),
                ]
            }
            ClaimKind::Share {
                part,
                total,
                stated,
            } => {
                vec![
                    ("part", part, QUANTITY),
                    ("total", total, QUANTITY),
                    ("stated", stated, PERCENT),
                ]
            }
            ClaimKind::Within { part, total } => {
                vec![("part", part, QUANTITY), ("total", total, QUANTITY)]
            }
            ClaimKind::PartsSum { parts, total } => {
                let mut v: Vec<_> = parts.iter().map(|p| ("part", p, QUANTITY)).collect();
                v.push(("total", total, QUANTITY));
                v
            }
            ClaimKind::Projection { base, rate, end } => {
                vec![
                    ("base", base, QUANTITY),
                    ("rate", rate, PERCENT),
                    ("end", end, QUANTITY),
                ]
            }
            ClaimKind::AverageTicket {
                value,
                operations,
                stated,
            } => {
                vec![
                    ("value", value, AMOUNT),
                    ("operations", operations, COUNT),
                    ("stated", stated, AMOUNT),
                ]
            }
            ClaimKind::ImpliedEarlier {
                current,
                rate,
                earlier,
            } => {
                vec![
                    ("current", current, QUANTITY),
                    ("rate", rate, PERCENT),
                    ("earlier", earlier, QUANTITY),
                ]
            }
        }
    }

    /// Pairs of figures that must be of one kind (a growth from a count to an amount is no
    /// growth).
    pub(crate) fn same_kind_pairs(&self) -> Vec<(&'static str, &ReportedFigure, &ReportedFigure)> {
        match self {
            ClaimKind::Growth { from, to, .. } | ClaimKind::CompoundAnnual { from, to, .. } => {
                vec![("to", from, to)]
            }
            ClaimKind::Share { part, total, .. } | ClaimKind::Within { part, total } => {
                vec![("total", part, total)]
            }
            ClaimKind::PartsSum { parts, total } => {
                parts.iter().map(|p| ("total", p, total)).collect()
            }
            ClaimKind::Projection { base, end, .. } => vec![("end", base, end)],
            ClaimKind::ImpliedEarlier {
                current, earlier, ..
            } => vec![("earlier", current, earlier)],
            ClaimKind::AverageTicket { .. } => vec![],
        }
    }
}

/// A claim with an identifier.
///
/// # Example
///
/// ```
/// use morocco_ecommerce::check::{Checker, Claim, ClaimKind};
/// use morocco_ecommerce::{FigureKind, ReportedFigure};
/// use rust_decimal::Decimal;
///
/// let million = Decimal::from(1_000_000);
/// let claim = Claim::new("ops_growth", ClaimKind::Growth {
///     from: ReportedFigure::written(FigureKind::Count, "1.67".parse()?, million)?,
///     to: ReportedFigure::written(FigureKind::Count, "1.95".parse()?, million)?,
///     stated: ReportedFigure::written(FigureKind::Percent, "16".parse()?, Decimal::ONE)?,
/// });
/// let finding = Checker::new().check(&claim)?;
/// assert_eq!(finding.verdict.name(), "consistent_only_with_rounding");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[non_exhaustive]
pub struct Claim {
    /// A stable identifier.
    pub id: String,
    /// What is claimed.
    pub kind: ClaimKind,
}

impl Claim {
    /// A claim from its id and content.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::data::builtin_claims;
    /// # use morocco_ecommerce::check::Claim;
    /// let renamed = Claim::new("mine", builtin_claims()[0].kind.clone());
    /// assert_eq!(renamed.id, "mine");
    /// ```
    pub fn new(id: impl Into<String>, kind: ClaimKind) -> Claim {
        Claim {
            id: id.into(),
            kind,
        }
    }
}
