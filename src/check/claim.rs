//! Claims: what a report says its figures imply.
//!
//! A claim's kind is generic over what stands for its figures: [`ReportedFigure`]s to check,
//! figure ids (`String`) as the claims file writes them, intervals under one assumption, or the
//! figures a text linker found. [`ClaimKind::try_map`] goes from one to another, and every kind's
//! roles are named once, in the table behind [`ClaimKind::roles`].

use core::convert::Infallible;

use crate::reported::{FigureKind, ReportedFigure};

/// The part a figure plays in a claim: the field that holds it, the kinds of figure it takes,
/// whether it is the figure the claim states, and which other role it must share a kind with.
///
/// ```
/// use morocco_ecommerce::check::ClaimKind;
/// use morocco_ecommerce::FigureKind;
///
/// let kind: ClaimKind<&str> = ClaimKind::Growth { from: "a", to: "b", stated: "c" };
/// let names: Vec<&str> = kind.roles().iter().map(|r| r.name).collect();
/// assert_eq!(names, ["from", "to", "stated"]);
/// let stated = kind.roles()[2];
/// assert!(stated.stated);
/// assert_eq!(stated.accepts, [FigureKind::Percent]);
/// assert_eq!(kind.roles()[1].same_kind_as, Some("from"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Role {
    /// The field's name, as the claims file and the JSON form of a claim write it.
    pub name: &'static str,
    /// The kinds of figure the role takes.
    pub accepts: &'static [FigureKind],
    /// Whether this is the figure the claim states, which the computed range is compared with;
    /// every kind has exactly one.
    pub stated: bool,
    /// The role whose figures this role's figure must share a kind with (a growth from a count
    /// to an amount is no growth).
    pub same_kind_as: Option<&'static str>,
}

const QUANTITY: &[FigureKind] = &[
    FigureKind::Transactions,
    FigureKind::AmountMad,
    FigureKind::Cards,
    FigureKind::Merchants,
];
const PERCENT: &[FigureKind] = &[FigureKind::Percent];
const POINTS: &[FigureKind] = &[FigureKind::PercentagePoints];
const COUNT: &[FigureKind] = &[FigureKind::Transactions];
const AMOUNT: &[FigureKind] = &[FigureKind::AmountMad];

const fn input(name: &'static str, accepts: &'static [FigureKind]) -> Role {
    Role {
        name,
        accepts,
        stated: false,
        same_kind_as: None,
    }
}

const fn stated(name: &'static str, accepts: &'static [FigureKind]) -> Role {
    Role {
        stated: true,
        ..input(name, accepts)
    }
}

const fn like(role: Role, other: &'static str) -> Role {
    Role {
        same_kind_as: Some(other),
        ..role
    }
}

// The table of roles: each kind's figures in field order, the stated one last.
const GROWTH: [Role; 3] = [
    input("from", QUANTITY),
    like(input("to", QUANTITY), "from"),
    stated("stated", PERCENT),
];
const SHARE: [Role; 3] = [
    input("part", QUANTITY),
    like(input("total", QUANTITY), "part"),
    stated("stated", PERCENT),
];
const WITHIN: [Role; 2] = [
    input("part", QUANTITY),
    like(stated("total", QUANTITY), "part"),
];
const PARTS_SUM: [Role; 2] = [
    input("parts", QUANTITY),
    like(stated("total", QUANTITY), "parts"),
];
const PROJECTION: [Role; 3] = [
    input("base", QUANTITY),
    input("rate", PERCENT),
    like(stated("end", QUANTITY), "base"),
];
const AVERAGE_TICKET: [Role; 3] = [
    input("value", AMOUNT),
    input("operations", COUNT),
    stated("stated", AMOUNT),
];
const CHANGE: [Role; 3] = [
    input("from", QUANTITY),
    like(input("to", QUANTITY), "from"),
    like(stated("stated", QUANTITY), "from"),
];
const POINTS_CHANGE: [Role; 3] = [
    input("from", PERCENT),
    input("to", PERCENT),
    stated("stated", POINTS),
];
/// `years` sits between `to` and `stated`, a number rather than a figure.
const COMPOUND_ANNUAL: [Role; 3] = GROWTH;
const IMPLIED_EARLIER: [Role; 3] = [
    input("current", QUANTITY),
    input("rate", PERCENT),
    like(stated("earlier", QUANTITY), "current"),
];

/// What a claim says, with the figures it rests on.
///
/// `F` is what stands for a figure: a [`ReportedFigure`] (the default, what the checker takes),
/// a figure's id (`String`, as the claims file names them), a range, or a figure found in a text.
/// [`map`](ClaimKind::map) and [`try_map`](ClaimKind::try_map) turn one into another, role by
/// role.
///
/// With `serde`, a JSON object tagged by `"type"` (the [`ClaimKind::name`]) with the figures as
/// fields.
///
/// ```
/// use morocco_ecommerce::check::ClaimKind;
///
/// let ids = ClaimKind::Within { part: "card_ops", total: "all_ops" };
/// let lengths = ids.map(|_, id| id.len());
/// assert_eq!(lengths, ClaimKind::Within { part: 8, total: 7 });
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(
    feature = "serde",
    serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)
)]
#[non_exhaustive]
pub enum ClaimKind<F = ReportedFigure> {
    /// A stated growth rate (percent) from a start to an end figure of one kind.
    Growth {
        /// The earlier figure.
        from: F,
        /// The later figure.
        to: F,
        /// The stated growth, in percent.
        stated: F,
    },
    /// A stated share (percent) of a part in a total.
    Share {
        /// The part.
        part: F,
        /// The total.
        total: F,
        /// The stated share, in percent.
        stated: F,
    },
    /// A part that is not above its total ("1,95 million card payments out of more than 2,1
    /// million").
    Within {
        /// The part.
        part: F,
        /// The total.
        total: F,
    },
    /// Parts that sum to a stated total.
    PartsSum {
        /// The parts.
        parts: Vec<F>,
        /// The stated total.
        total: F,
    },
    /// A stated rate applied to a base, against the stated end figure.
    Projection {
        /// The base.
        base: F,
        /// The stated rate, in percent.
        rate: F,
        /// The stated end figure.
        end: F,
    },
    /// A stated average ticket (dirhams per operation) against value and operations.
    AverageTicket {
        /// The value, in dirhams.
        value: F,
        /// The number of operations.
        operations: F,
        /// The stated average, in dirhams.
        stated: F,
    },
    /// A stated compound annual growth rate over some years.
    CompoundAnnual {
        /// The first year's figure.
        from: F,
        /// The last year's figure.
        to: F,
        /// The number of years between them.
        years: u32,
        /// The stated yearly rate, in percent.
        stated: F,
    },
    /// A stated rise between two figures of one kind, in their own unit: the later minus the
    /// earlier ("de 8 à 9,2 milliards de dirhams, en hausse de 1,2 milliard").
    Increase {
        /// The earlier figure.
        from: F,
        /// The later figure.
        to: F,
        /// The stated rise, of the kind of the two.
        stated: F,
    },
    /// A stated fall between two figures of one kind, in their own unit: the earlier minus the
    /// later ("de 9,2 à 8 milliards de dirhams, en baisse de 1,2 milliard").
    Decrease {
        /// The earlier figure.
        from: F,
        /// The later figure.
        to: F,
        /// The stated fall, of the kind of the two.
        stated: F,
    },
    /// A stated change in percentage points between two percentages: the later minus the
    /// earlier ("la part est passée de 14,2 % à 23,8 %, soit un gain de 9,6 points"). A fall
    /// has a negative stated change.
    PointsChange {
        /// The earlier percentage.
        from: F,
        /// The later percentage.
        to: F,
        /// The stated change, in percentage points.
        stated: F,
    },
    /// A figure for the same period a year earlier, against the one a current figure and its
    /// growth rate imply.
    ImpliedEarlier {
        /// The current figure.
        current: F,
        /// The stated growth rate, in percent.
        rate: F,
        /// The stated figure a year earlier.
        earlier: F,
    },
}

impl<F> ClaimKind<F> {
    /// The canonical name: `growth`, `share`, `within`, `parts_sum`, `projection`,
    /// `average_ticket`, `compound_annual`, `implied_earlier`, `increase`, `decrease`,
    /// `points_change`.
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
            ClaimKind::Increase { .. } => "increase",
            ClaimKind::Decrease { .. } => "decrease",
            ClaimKind::PointsChange { .. } => "points_change",
        }
    }

    /// The roles of this kind's figures, in field order, the stated one last (`parts` of a
    /// [`PartsSum`](ClaimKind::PartsSum) is one role for every part).
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::check::ClaimKind;
    /// let kind = ClaimKind::PartsSum { parts: vec![1, 2], total: 3 };
    /// let names: Vec<&str> = kind.roles().iter().map(|r| r.name).collect();
    /// assert_eq!(names, ["parts", "total"]);
    /// ```
    pub const fn roles(&self) -> &'static [Role] {
        match self {
            ClaimKind::Growth { .. } => &GROWTH,
            ClaimKind::Share { .. } => &SHARE,
            ClaimKind::Within { .. } => &WITHIN,
            ClaimKind::PartsSum { .. } => &PARTS_SUM,
            ClaimKind::Projection { .. } => &PROJECTION,
            ClaimKind::AverageTicket { .. } => &AVERAGE_TICKET,
            ClaimKind::CompoundAnnual { .. } => &COMPOUND_ANNUAL,
            ClaimKind::ImpliedEarlier { .. } => &IMPLIED_EARLIER,
            ClaimKind::Increase { .. } | ClaimKind::Decrease { .. } => &CHANGE,
            ClaimKind::PointsChange { .. } => &POINTS_CHANGE,
        }
    }

    /// The same claim with every figure replaced by what `f` makes of it and its role, in field
    /// order; the first error stops it.
    ///
    /// # Errors
    ///
    /// The first error `f` returns.
    ///
    /// ```
    /// use std::collections::BTreeMap;
    /// use morocco_ecommerce::check::ClaimKind;
    ///
    /// let values = BTreeMap::from([("a", 6), ("b", 4)]);
    /// let lookup = |name: &str| values.get(name).copied().ok_or(format!("no figure {name}"));
    /// let ids = ClaimKind::Within { part: "a", total: "b" };
    /// assert_eq!(ids.clone().try_map(|_, id| lookup(id)), Ok(ClaimKind::Within { part: 6, total: 4 }));
    /// let missing = ClaimKind::Within { part: "a", total: "c" };
    /// assert_eq!(missing.try_map(|_, id| lookup(id)), Err("no figure c".to_owned()));
    /// ```
    pub fn try_map<G, E>(
        self,
        mut f: impl FnMut(&'static Role, F) -> Result<G, E>,
    ) -> Result<ClaimKind<G>, E> {
        Ok(match self {
            ClaimKind::Growth { from, to, stated } => {
                let [r_from, r_to, r_stated] = &GROWTH;
                ClaimKind::Growth {
                    from: f(r_from, from)?,
                    to: f(r_to, to)?,
                    stated: f(r_stated, stated)?,
                }
            }
            ClaimKind::Share {
                part,
                total,
                stated,
            } => {
                let [r_part, r_total, r_stated] = &SHARE;
                ClaimKind::Share {
                    part: f(r_part, part)?,
                    total: f(r_total, total)?,
                    stated: f(r_stated, stated)?,
                }
            }
            ClaimKind::Within { part, total } => {
                let [r_part, r_total] = &WITHIN;
                ClaimKind::Within {
                    part: f(r_part, part)?,
                    total: f(r_total, total)?,
                }
            }
            ClaimKind::PartsSum { parts, total } => {
                let [r_parts, r_total] = &PARTS_SUM;
                ClaimKind::PartsSum {
                    parts: parts
                        .into_iter()
                        .map(|p| f(r_parts, p))
                        .collect::<Result<_, _>>()?,
                    total: f(r_total, total)?,
                }
            }
            ClaimKind::Projection { base, rate, end } => {
                let [r_base, r_rate, r_end] = &PROJECTION;
                ClaimKind::Projection {
                    base: f(r_base, base)?,
                    rate: f(r_rate, rate)?,
                    end: f(r_end, end)?,
                }
            }
            ClaimKind::AverageTicket {
                value,
                operations,
                stated,
            } => {
                let [r_value, r_operations, r_stated] = &AVERAGE_TICKET;
                ClaimKind::AverageTicket {
                    value: f(r_value, value)?,
                    operations: f(r_operations, operations)?,
                    stated: f(r_stated, stated)?,
                }
            }
            ClaimKind::CompoundAnnual {
                from,
                to,
                years,
                stated,
            } => {
                let [r_from, r_to, r_stated] = &COMPOUND_ANNUAL;
                ClaimKind::CompoundAnnual {
                    from: f(r_from, from)?,
                    to: f(r_to, to)?,
                    years,
                    stated: f(r_stated, stated)?,
                }
            }
            ClaimKind::ImpliedEarlier {
                current,
                rate,
                earlier,
            } => {
                let [r_current, r_rate, r_earlier] = &IMPLIED_EARLIER;
                ClaimKind::ImpliedEarlier {
                    current: f(r_current, current)?,
                    rate: f(r_rate, rate)?,
                    earlier: f(r_earlier, earlier)?,
                }
            }
            ClaimKind::Increase { from, to, stated } => {
                let [r_from, r_to, r_stated] = &CHANGE;
                ClaimKind::Increase {
                    from: f(r_from, from)?,
                    to: f(r_to, to)?,
                    stated: f(r_stated, stated)?,
                }
            }
            ClaimKind::Decrease { from, to, stated } => {
                let [r_from, r_to, r_stated] = &CHANGE;
                ClaimKind::Decrease {
                    from: f(r_from, from)?,
                    to: f(r_to, to)?,
                    stated: f(r_stated, stated)?,
                }
            }
            ClaimKind::PointsChange { from, to, stated } => {
                let [r_from, r_to, r_stated] = &POINTS_CHANGE;
                ClaimKind::PointsChange {
                    from: f(r_from, from)?,
                    to: f(r_to, to)?,
                    stated: f(r_stated, stated)?,
                }
            }
        })
    }

    /// The same claim with every figure replaced by what `f` makes of it and its role.
    ///
    /// ```
    /// # use morocco_ecommerce::check::ClaimKind;
    /// let kind = ClaimKind::Growth { from: 100, to: 125, stated: 25 };
    /// let named = kind.map(|role, v| format!("{}={v}", role.name));
    /// assert_eq!(named.stated(), "stated=25");
    /// ```
    #[must_use]
    pub fn map<G>(self, mut f: impl FnMut(&'static Role, F) -> G) -> ClaimKind<G> {
        match self.try_map(|role, x| Ok::<G, Infallible>(f(role, x))) {
            Ok(kind) => kind,
            Err(never) => match never {},
        }
    }

    /// The same claim over references to its figures.
    ///
    /// ```
    /// # use morocco_ecommerce::check::ClaimKind;
    /// let kind = ClaimKind::Within { part: String::from("a"), total: String::from("b") };
    /// let lengths = kind.as_ref().map(|_, s| s.len());
    /// assert_eq!(lengths, ClaimKind::Within { part: 1, total: 1 });
    /// ```
    #[must_use]
    pub fn as_ref(&self) -> ClaimKind<&F> {
        match self {
            ClaimKind::Growth { from, to, stated } => ClaimKind::Growth { from, to, stated },
            ClaimKind::Share {
                part,
                total,
                stated,
            } => ClaimKind::Share {
                part,
                total,
                stated,
            },
            ClaimKind::Within { part, total } => ClaimKind::Within { part, total },
            ClaimKind::PartsSum { parts, total } => ClaimKind::PartsSum {
                parts: parts.iter().collect(),
                total,
            },
            ClaimKind::Projection { base, rate, end } => ClaimKind::Projection { base, rate, end },
            ClaimKind::AverageTicket {
                value,
                operations,
                stated,
            } => ClaimKind::AverageTicket {
                value,
                operations,
                stated,
            },
            ClaimKind::CompoundAnnual {
                from,
                to,
                years,
                stated,
            } => ClaimKind::CompoundAnnual {
                from,
                to,
                years: *years,
                stated,
            },
            ClaimKind::ImpliedEarlier {
                current,
                rate,
                earlier,
            } => ClaimKind::ImpliedEarlier {
                current,
                rate,
                earlier,
            },
            ClaimKind::Increase { from, to, stated } => ClaimKind::Increase { from, to, stated },
            ClaimKind::Decrease { from, to, stated } => ClaimKind::Decrease { from, to, stated },
            ClaimKind::PointsChange { from, to, stated } => {
                ClaimKind::PointsChange { from, to, stated }
            }
        }
    }

    /// The same claim over mutable references to its figures.
    #[must_use]
    pub(crate) fn as_mut(&mut self) -> ClaimKind<&mut F> {
        match self {
            ClaimKind::Growth { from, to, stated } => ClaimKind::Growth { from, to, stated },
            ClaimKind::Share {
                part,
                total,
                stated,
            } => ClaimKind::Share {
                part,
                total,
                stated,
            },
            ClaimKind::Within { part, total } => ClaimKind::Within { part, total },
            ClaimKind::PartsSum { parts, total } => ClaimKind::PartsSum {
                parts: parts.iter_mut().collect(),
                total,
            },
            ClaimKind::Projection { base, rate, end } => ClaimKind::Projection { base, rate, end },
            ClaimKind::AverageTicket {
                value,
                operations,
                stated,
            } => ClaimKind::AverageTicket {
                value,
                operations,
                stated,
            },
            ClaimKind::CompoundAnnual {
                from,
                to,
                years,
                stated,
            } => ClaimKind::CompoundAnnual {
                from,
                to,
                years: *years,
                stated,
            },
            ClaimKind::ImpliedEarlier {
                current,
                rate,
                earlier,
            } => ClaimKind::ImpliedEarlier {
                current,
                rate,
                earlier,
            },
            ClaimKind::Increase { from, to, stated } => ClaimKind::Increase { from, to, stated },
            ClaimKind::Decrease { from, to, stated } => ClaimKind::Decrease { from, to, stated },
            ClaimKind::PointsChange { from, to, stated } => {
                ClaimKind::PointsChange { from, to, stated }
            }
        }
    }

    /// Every figure with its role, in field order, the stated one last.
    ///
    /// ```
    /// # use morocco_ecommerce::check::ClaimKind;
    /// let kind = ClaimKind::PartsSum { parts: vec![95, 5], total: 100 };
    /// let figures: Vec<(&str, i32)> = kind.figures().into_iter().map(|(r, v)| (r.name, *v)).collect();
    /// assert_eq!(figures, [("parts", 95), ("parts", 5), ("total", 100)]);
    /// ```
    #[must_use]
    pub fn figures(&self) -> Vec<(&'static Role, &F)> {
        let mut out = Vec::new();
        let _ = self.as_ref().map(|role, f| out.push((role, f)));
        out
    }

    /// The figure the claim states, which the computed range is compared with.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::data::builtin_claims;
    /// assert_eq!(builtin_claims()[0].kind.stated().value(), rust_decimal::Decimal::from(16));
    /// ```
    pub fn stated(&self) -> &F {
        // The one role of each kind whose `stated` is true in the table above.
        match self {
            ClaimKind::Growth { stated, .. }
            | ClaimKind::Share { stated, .. }
            | ClaimKind::AverageTicket { stated, .. }
            | ClaimKind::CompoundAnnual { stated, .. }
            | ClaimKind::Increase { stated, .. }
            | ClaimKind::Decrease { stated, .. }
            | ClaimKind::PointsChange { stated, .. } => stated,
            ClaimKind::Within { total, .. } | ClaimKind::PartsSum { total, .. } => total,
            ClaimKind::Projection { end, .. } => end,
            ClaimKind::ImpliedEarlier { earlier, .. } => earlier,
        }
    }

    /// The figures the computed range is computed from: every figure but the stated one.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::data::builtin_claims;
    /// assert_eq!(builtin_claims()[0].kind.inputs().len(), 2);
    /// ```
    pub fn inputs(&self) -> Vec<&F> {
        self.figures()
            .into_iter()
            .filter(|(role, _)| !role.stated)
            .map(|(_, f)| f)
            .collect()
    }
}

impl ClaimKind {
    /// The same claim with every input read as `factor` times coarser than written.
    pub(crate) fn with_coarser_inputs(&self, factor: rust_decimal::Decimal) -> Option<ClaimKind> {
        self.clone()
            .try_map(|role, f| {
                if role.stated {
                    return Ok(f);
                }
                let coarser = f.precision().checked_mul(factor).ok_or(())?;
                f.with_precision(coarser).map_err(|_| ())
            })
            .ok()
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
///     from: ReportedFigure::written(FigureKind::Transactions, "1.67".parse()?, million)?,
///     to: ReportedFigure::written(FigureKind::Transactions, "1.95".parse()?, million)?,
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
