//! The consistency checker.

use core::fmt::{self, Write as _};

use rust_decimal::Decimal;

use crate::Error;
use crate::check::compute;
use crate::check::verdict::{Audit, Finding, Reading, Verdict};
use crate::check::{Claim, ClaimKind};
use crate::num::decimal::{Plain, round_to};
use crate::num::rounding::Rounding;
use crate::reported::{
    Assumption, Bound, BoundReading, Interval, ReportedFigure, RoundingAssumption,
};

/// Checks claims against the ranges their figures allow.
///
/// A checker holds the set of [`Assumption`]s to read figures under (by default the one default
/// assumption: rounding to nearest, bounds literal). Each finding it gives says how sharp the
/// test was ([`Finding::sharpness`]); a claim is uninformative only when its computed range says
/// nothing about the stated figure (see [`Verdict::Uninformative`]).
///
/// # Example
///
/// ```
/// use morocco_ecommerce::Assumption;
/// use morocco_ecommerce::check::Checker;
/// use morocco_ecommerce::data::builtin_claims;
///
/// let checker = Checker::new().with_assumptions(Assumption::every_rounding())?;
/// for claim in builtin_claims() {
///     let finding = checker.check(&claim)?;
///     println!("{}: {}", claim.id, finding.verdict);
/// }
/// # Ok::<(), morocco_ecommerce::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checker {
    assumptions: Vec<Assumption>,
}

impl Default for Checker {
    fn default() -> Self {
        Checker::new()
    }
}

/// The ranges of a claim under one assumption.
struct Ranges {
    /// The stated figure's range within its domain.
    stated: Interval,
    /// The computed range.
    computed: Interval,
    /// A reason the claim is impossible under this reading whatever the inputs.
    impossible: Option<String>,
    /// A reason the claim has no value under this reading (an input that can only be zero).
    undefined: Option<String>,
}

impl Ranges {
    /// Whether the claim holds under this reading.
    fn consistent(&self) -> bool {
        self.impossible.is_none()
            && self.undefined.is_none()
            && self.stated.overlaps(&self.computed)
    }
}

impl Checker {
    /// A checker with the default assumption only.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::Assumption;
    /// # use morocco_ecommerce::check::Checker;
    /// assert_eq!(Checker::new().assumptions(), &[Assumption::default()]);
    /// ```
    pub fn new() -> Checker {
        Checker {
            assumptions: vec![Assumption::default()],
        }
    }

    /// The same checker, reading figures under each of `assumptions`; the first is the one whose
    /// ranges a finding reports.
    ///
    /// # Errors
    ///
    /// [`Error::NoAssumptions`] for an empty set.
    ///
    /// ```
    /// # use morocco_ecommerce::Assumption;
    /// # use morocco_ecommerce::check::Checker;
    /// assert_eq!(Checker::new().with_assumptions(Assumption::every_rounding())?.assumptions().len(), 6);
    /// assert!(Checker::new().with_assumptions(vec![]).is_err());
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn with_assumptions(mut self, assumptions: Vec<Assumption>) -> Result<Checker, Error> {
        if assumptions.is_empty() {
            return Err(Error::NoAssumptions);
        }
        self.assumptions = assumptions;
        Ok(self)
    }

    /// The assumptions the checker reads figures under.
    ///
    /// ```
    /// # use morocco_ecommerce::Assumption;
    /// # use morocco_ecommerce::check::Checker;
    /// assert_eq!(Checker::default().assumptions().len(), 1);
    /// ```
    #[must_use]
    pub fn assumptions(&self) -> &[Assumption] {
        &self.assumptions
    }

    /// Checks many claims; a claim that cannot be checked is listed with its error.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::data::builtin_claims;
    /// # use morocco_ecommerce::check::Checker;
    /// let audit = Checker::new().audit(&builtin_claims());
    /// assert_eq!(audit.counts().get("inconsistent"), Some(&1));
    /// assert!(audit.errors.is_empty());
    /// ```
    pub fn audit(&self, claims: &[Claim]) -> Audit {
        let mut audit = Audit::default();
        for claim in claims {
            match self.check(claim) {
                Ok(finding) => audit.findings.push(finding),
                Err(e) => audit.errors.push((claim.id.clone(), e)),
            }
        }
        audit
    }

    /// Checks one claim.
    ///
    /// # Errors
    ///
    /// [`Error::FigureKindMismatch`] when a figure has the wrong kind for its role (a growth
    /// rate stated as an amount), [`Error::EmptyPartsSum`] for a sum of no parts,
    /// [`Error::FigureRangeOverflow`] or [`Error::ComputedRangeOverflow`] when a range end does
    /// not fit a `Decimal`. An input that can only be zero where it divides is no error: the
    /// reading is undefined, and the verdict [`Verdict::Undefined`] when every reading is.
    ///
    /// ```
    /// use morocco_ecommerce::data::builtin_claims;
    /// use morocco_ecommerce::check::{Checker, Verdict};
    ///
    /// let finding = Checker::new().check(&builtin_claims()[1])?;
    /// assert!(matches!(finding.verdict, Verdict::Inconsistent { .. }));
    /// assert_eq!(finding.stated.to_string(), "[14.85, 14.95]");
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn check(&self, claim: &Claim) -> Result<Finding, Error> {
        validate(claim)?;
        let kind = &claim.kind;
        let stated_figure = kind.stated();
        let mut readings = Vec::with_capacity(self.assumptions.len());
        // Why each reading is impossible or undefined, beside it.
        let mut rules = Vec::with_capacity(self.assumptions.len());
        for &assumption in &self.assumptions {
            let ranges = ranges(kind, assumption)?;
            readings.push(Reading {
                assumption,
                consistent: ranges.consistent(),
                stated: ranges.stated,
                computed: ranges.computed,
            });
            rules.push((ranges.impossible, ranges.undefined));
        }
        let Some(first) = readings.first().cloned() else {
            return Err(Error::NoAssumptions);
        };
        let (point, point_undefined) = match point_value(kind) {
            Ok(p) => (p, false),
            Err(e) if is_undefined(&e) => (None, true),
            Err(e) => return Err(e),
        };
        let precision = stated_figure.precision();
        let consistent: Vec<Assumption> = readings
            .iter()
            .filter(|r| r.consistent)
            .map(|r| r.assumption)
            .collect();
        let within = matches!(kind, ClaimKind::Within { .. });
        // The first reading under which the claim is neither impossible nor undefined: the one
        // an inconsistency is measured under.
        let tested = readings
            .iter()
            .zip(&rules)
            .find(|(_, (impossible, undefined))| impossible.is_none() && undefined.is_none())
            .map(|(r, _)| r.clone());

        let (verdict, explanation) = if consistent.is_empty() {
            if let Some(tested) = tested {
                if within {
                    let reason = format!(
                        "the part {} is above the total {} under every reading",
                        tested.computed.rounded_out(4),
                        tested.stated.rounded_out(4)
                    );
                    (
                        Verdict::Impossible {
                            reason: reason.clone(),
                        },
                        reason,
                    )
                } else {
                    self.inconsistent(claim, &tested, precision)?
                }
            } else if let Some(reason) = rules.iter().find_map(|(i, _)| i.clone()) {
                let explanation = format!("impossible: {reason}");
                (Verdict::Impossible { reason }, explanation)
            } else {
                let reason = rules
                    .iter()
                    .find_map(|(_, u)| u.clone())
                    .unwrap_or_default();
                let explanation = format!("undefined: {reason}");
                (Verdict::Undefined { reason }, explanation)
            }
        } else if consistent.len() < readings.len() {
            let not: Vec<String> = readings
                .iter()
                .zip(&rules)
                .filter(|(r, _)| !r.consistent)
                .map(
                    |(r, (impossible, undefined))| match (impossible, undefined) {
                        (Some(why), _) => format!("{} (impossible: {why})", r.assumption),
                        (None, Some(why)) => format!("{} (undefined: {why})", r.assumption),
                        (None, None) => r.assumption.to_string(),
                    },
                )
                .collect();
            let yes: Vec<String> = consistent.iter().map(ToString::to_string).collect();
            let explanation = format!(
                "consistent if figures are read as {}, not as {}",
                yes.join(" or "),
                not.join(" or ")
            );
            (
                Verdict::ConsistentOnlyUnder {
                    assumptions: consistent,
                },
                explanation,
            )
        } else if let Some(why) =
            says_nothing(&first.stated, &first.computed, &domain(kind)).filter(|_| !within)
        {
            let explanation = format!("the computed range {} {why}", first.computed.rounded_out(4));
            (Verdict::Uninformative, explanation)
        } else if point_undefined {
            let explanation = format!(
                "the figures as written give no value (an input written as zero divides), the ranges {} and {} overlap only thanks to rounding",
                first.stated.rounded_out(4),
                first.computed.rounded_out(4)
            );
            (Verdict::ConsistentOnlyWithRounding, explanation)
        } else if let Some(p) = point.filter(|p| !first.stated.contains(*p)) {
            let printed = round_to(p, precision.scale(), Rounding::HalfEven);
            let explanation = format!(
                "the figures as written give {}, which would be printed {}, not {}; the ranges {} and {} overlap only thanks to rounding",
                Plain(round_to(p, 4, Rounding::HalfEven)),
                Plain(printed),
                Written(stated_figure),
                first.stated.rounded_out(4),
                first.computed.rounded_out(4)
            );
            (Verdict::ConsistentOnlyWithRounding, explanation)
        } else {
            let explanation = match point {
                Some(p) => format!(
                    "the figures as written give {}, within the stated range {}",
                    Plain(round_to(p, 4, Rounding::HalfEven)),
                    first.stated.rounded_out(4)
                ),
                None => format!(
                    "the ranges {} and {} overlap",
                    first.stated.rounded_out(4),
                    first.computed.rounded_out(4)
                ),
            };
            (Verdict::Consistent, explanation)
        };
        Ok(Finding {
            claim: claim.id.clone(),
            kind: kind.name().to_owned(),
            verdict,
            stated: first.stated,
            computed: first.computed,
            point,
            sharpness: sharpness(&first.computed, precision),
            readings,
            explanation,
        })
    }

    /// The details of an inconsistent claim, measured under `first`, the first assumption under
    /// which it is neither impossible nor undefined.
    fn inconsistent(
        &self,
        claim: &Claim,
        first: &Reading,
        precision: Decimal,
    ) -> Result<(Verdict, String), Error> {
        let kind = &claim.kind;
        let gap = first.stated.gap_to(&first.computed).unwrap_or_default();
        // A gap too large to count in units of the last digit is reported as the largest count.
        let margin = round_to(
            gap.checked_div(precision).unwrap_or(Decimal::MAX),
            2,
            Rounding::Ceiling,
        );
        let nearest_statement = nearest_statement(kind.stated(), first, gap)?;
        let mut coarser_inputs = None;
        for factor in [10u32, 100, 1000] {
            if let Some(coarse) = kind.with_coarser_inputs(Decimal::from(factor)) {
                let r = ranges(&coarse, first.assumption)?;
                if r.consistent() {
                    coarser_inputs = Some(factor);
                    break;
                }
            }
        }
        let mut consistent_readings = Vec::new();
        for rounding in RoundingAssumption::ALL {
            for bounds in [BoundReading::Literal, BoundReading::Rounded] {
                let a = Assumption::new(rounding, bounds);
                if self.assumptions.contains(&a) {
                    continue;
                }
                let r = ranges(kind, a)?;
                if r.consistent() {
                    consistent_readings.push(a);
                }
            }
        }
        let mut explanation = format!(
            "the stated range {} misses the computed range {} by {} ({} units of the stated last digit)",
            first.stated.rounded_out(4),
            first.computed.rounded_out(4),
            Plain(round_to(gap, 4, Rounding::Ceiling)),
            Plain(margin)
        );
        if let Some(v) = nearest_statement {
            let _ = write!(
                explanation,
                "; the nearest consistent statement is {}",
                Plain(v)
            );
        }
        if let Some(f) = coarser_inputs {
            let _ = write!(
                explanation,
                "; consistent if the inputs were rounded {f} times more coarsely than written"
            );
        }
        if let Some(a) = consistent_readings.first() {
            let _ = write!(explanation, "; consistent if read as {a}");
        }
        Ok((
            Verdict::Inconsistent {
                margin,
                nearest_statement,
                coarser_inputs,
                consistent_readings,
            },
            explanation,
        ))
    }
}

/// The computed range's width in units of the stated figure's last digit; `None` where the range
/// is unbounded (or its width does not fit a `Decimal`). The quotient is exact where the precision
/// is a power of ten, as every printed figure's is.
fn sharpness(computed: &Interval, precision: Decimal) -> Option<Decimal> {
    computed
        .width()
        .and_then(|w| w.checked_div(precision))
        .map(|s| s.normalize())
}

/// Why a computed range that meets the stated one says nothing about it, if it does not: it is
/// unbounded and none of its ends falls within the stated range (every statement further along
/// its open side would pass as well, so the stated figure tests only the end it is far from), or
/// it holds every value a figure of the stated kind can take (a share from 0 % to 100 %), its
/// ends compared as values, whether open or closed.
fn says_nothing(stated: &Interval, computed: &Interval, domain: &Interval) -> Option<String> {
    let within = |end: Option<Bound>, range: &Interval| {
        end.is_some_and(|e| {
            range.low().is_none_or(|l| l.value <= e.value)
                && range.high().is_none_or(|h| e.value <= h.value)
        })
    };
    if computed.width().is_none() {
        if within(computed.low(), stated) || within(computed.high(), stated) {
            return None;
        }
        return Some(format!(
            "is unbounded and holds the whole stated range {}: it cannot tell the statement from any further along its open side",
            stated.rounded_out(4)
        ));
    }
    let (Some(low), Some(high)) = (domain.low(), domain.high()) else {
        return None;
    };
    let covers = computed.low().is_some_and(|l| l.value <= low.value)
        && computed.high().is_some_and(|h| h.value >= high.value);
    covers.then(|| {
        format!(
            "holds every value from {} to {}: any statement at all would meet it",
            Plain(low.value),
            Plain(high.value)
        )
    })
}

/// Every value the stated figure of a claim can take: growth rates from -100 %, shares from 0 %
/// to 100 %, counts and amounts from zero.
fn domain(kind: &ClaimKind) -> Interval {
    match kind {
        ClaimKind::Growth { .. } | ClaimKind::CompoundAnnual { .. } => compute::growth_domain(),
        ClaimKind::Share { .. } => compute::share_domain(),
        ClaimKind::Within { .. }
        | ClaimKind::PartsSum { .. }
        | ClaimKind::Projection { .. }
        | ClaimKind::AverageTicket { .. }
        | ClaimKind::ImpliedEarlier { .. } => compute::non_negative(),
    }
}

/// Every figure has a kind its role allows, and figures compared with each other share a kind,
/// as the table of roles says.
fn validate(claim: &Claim) -> Result<(), Error> {
    let mismatch = |role: &'static str, expected: &'static str, found: &ReportedFigure| {
        Error::FigureKindMismatch {
            claim: claim.id.clone(),
            role,
            expected,
            found: found.kind().as_str(),
        }
    };
    if let ClaimKind::PartsSum { parts, .. } = &claim.kind
        && parts.is_empty()
    {
        return Err(Error::EmptyPartsSum(claim.id.clone()));
    }
    let figures = claim.kind.figures();
    for (role, figure) in &figures {
        if !role.accepts.contains(&figure.kind()) {
            let expected = match role.accepts {
                [one] => one.as_str(),
                _ => "count or amount_mad",
            };
            return Err(mismatch(role.name, expected, figure));
        }
    }
    for (role, figure) in &figures {
        let Some(other) = role.same_kind_as else {
            continue;
        };
        for (_, first) in figures.iter().filter(|(r, _)| r.name == other) {
            if first.kind() != figure.kind() {
                return Err(mismatch(role.name, first.kind().as_str(), figure));
            }
        }
    }
    Ok(())
}

/// Whether a computation's error says the claim has no value: an input that can only be zero
/// where it divides, or a rate that can only be -100 % where a base is recovered from it.
fn is_undefined(e: &Error) -> bool {
    matches!(
        e,
        Error::ZeroGrowthBase(_)
            | Error::ZeroTotal(_)
            | Error::ZeroOperations(_)
            | Error::BaseFromTotalFall
    )
}

/// Why a claim has no value when its computation is undefined, naming the input.
fn undefined_reason(kind: &ClaimKind) -> String {
    match kind {
        ClaimKind::Growth { from, .. } | ClaimKind::CompoundAnnual { from, .. } => format!(
            "the base {} can only be zero as read, and a growth from nothing is undefined",
            Written(from)
        ),
        ClaimKind::Share { total, .. } => format!(
            "the total {} can only be zero as read, and a share of nothing is undefined",
            Written(total)
        ),
        ClaimKind::AverageTicket { operations, .. } => format!(
            "the operations {} can only be zero as read, and an average over none is undefined",
            Written(operations)
        ),
        ClaimKind::ImpliedEarlier { rate, .. } => format!(
            "the rate {} can only be -100% as read, which leaves nothing to recover the earlier figure from",
            Written(rate)
        ),
        ClaimKind::Within { .. } | ClaimKind::PartsSum { .. } | ClaimKind::Projection { .. } => {
            "the claim's computation has no value".to_owned()
        }
    }
}

/// The stated and computed ranges of a claim under one assumption.
fn ranges(kind: &ClaimKind, a: Assumption) -> Result<Ranges, Error> {
    let intervals = kind.as_ref().try_map(|_, f| f.range(a))?;
    let raw = *intervals.stated();
    let non_negative = compute::non_negative();
    // A rate an input of the claim that no reading puts at -100 % or above.
    let rate_below = match (kind, &intervals) {
        (ClaimKind::Projection { rate, .. }, ClaimKind::Projection { rate: range, .. })
        | (ClaimKind::ImpliedEarlier { rate, .. }, ClaimKind::ImpliedEarlier { rate: range, .. })
            if range.intersect(&compute::growth_domain()).is_empty() =>
        {
            Some(format!("a fall of {} is below -100%", Written(rate)))
        }
        _ => None,
    };
    let (computed, undefined) = if rate_below.is_some() {
        // Nothing is computed from a rate that cannot be: any value may stand for it.
        (non_negative, None)
    } else {
        match compute::computed(&intervals) {
            Ok(c) => (c, None),
            Err(e) if is_undefined(&e) => (Interval::ALL, Some(undefined_reason(kind))),
            Err(e) => return Err(e),
        }
    };
    // The stated figure's domain, and what makes a claim impossible whatever its inputs.
    Ok(match kind {
        ClaimKind::Growth { stated, .. } | ClaimKind::CompoundAnnual { stated, .. } => {
            let domain = raw.intersect(&compute::growth_domain());
            let fall = if matches!(kind, ClaimKind::CompoundAnnual { .. }) {
                "a yearly fall"
            } else {
                "a fall"
            };
            Ranges {
                impossible: domain
                    .is_empty()
                    .then(|| format!("{fall} of {} is below -100%", Written(stated))),
                stated: if domain.is_empty() { raw } else { domain },
                computed,
                undefined,
            }
        }
        ClaimKind::Share {
            part,
            total,
            stated,
        } => {
            let domain = raw.intersect(&compute::share_domain());
            let limited = computed.intersect(&compute::share_domain());
            let impossible = if domain.is_empty() {
                Some(format!(
                    "a share of {} is outside 0% to 100%",
                    Written(stated)
                ))
            } else if limited.is_empty() {
                Some(format!(
                    "the part {} is above its total {}",
                    Written(part),
                    Written(total)
                ))
            } else {
                None
            };
            Ranges {
                impossible,
                stated: if domain.is_empty() { raw } else { domain },
                computed: if limited.is_empty() {
                    computed
                } else {
                    limited
                },
                undefined,
            }
        }
        // The part may be anything from zero to the total's upper end.
        ClaimKind::Within { .. } => Ranges {
            impossible: None,
            stated: Interval::raw(non_negative.low(), raw.intersect(&non_negative).high()),
            computed,
            undefined,
        },
        ClaimKind::PartsSum { .. }
        | ClaimKind::Projection { .. }
        | ClaimKind::AverageTicket { .. }
        | ClaimKind::ImpliedEarlier { .. } => Ranges {
            impossible: rate_below,
            stated: raw.intersect(&non_negative),
            computed,
            undefined,
        },
    })
}

/// A figure as a reader would say it: `more than 1050000000`, `16%`.
struct Written<'a>(&'a ReportedFigure);

impl fmt::Display for Written<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let figure = self.0;
        match figure.qualifier() {
            crate::model::Qualifier::Exact => {}
            q => {
                for (i, word) in q.as_str().split('_').enumerate() {
                    if i > 0 {
                        f.write_str(" ")?;
                    }
                    f.write_str(word)?;
                }
                f.write_str(" ")?;
            }
        }
        let unit = match figure.kind() {
            crate::reported::FigureKind::Percent => "%",
            crate::reported::FigureKind::PercentagePoints => " pp",
            crate::reported::FigureKind::AmountMad => " MAD",
            _ => "",
        };
        write!(f, "{}{unit}", Plain(figure.value()))
    }
}

/// The value the inputs give as written (every figure taken at its written value).
///
/// # Errors
///
/// Those of the computation: [`Error::ZeroGrowthBase`] and the like when the figures as written
/// give no value (a base written as zero), which the caller tells apart with [`is_undefined`].
fn point_value(kind: &ClaimKind) -> Result<Option<Decimal>, Error> {
    // The two commonest claims take plain decimal arithmetic: the point only decides whether the
    // figures as written print as stated, so its last digit need not be bounded.
    let hundred = Decimal::ONE_HUNDRED;
    match kind {
        ClaimKind::Growth { from, to, .. } if !from.value().is_zero() => {
            if let Some(diff) = to.value().checked_sub(from.value()) {
                return Ok(crate::num::decimal::mul_div(diff, hundred, from.value()).ok());
            }
        }
        ClaimKind::Share { part, total, .. } if !total.value().is_zero() => {
            return Ok(crate::num::decimal::mul_div(part.value(), hundred, total.value()).ok());
        }
        _ => {}
    }
    if let ClaimKind::Projection { rate, .. } | ClaimKind::ImpliedEarlier { rate, .. } = kind
        && rate.value() < -hundred
    {
        return Ok(None);
    }
    let points = kind.as_ref().map(|_, f| Interval::point(f.value()));
    let computed = compute::computed(&points)?;
    // The computed range of points is a point, or two ends a unit of the 28th digit apart.
    Ok(match (computed.low(), computed.high()) {
        // Halves first, so that the sum of two ends near Decimal::MAX cannot overflow; should the
        // two rounded halves still overflow, the ends are equal to the 28th digit anyway.
        (Some(l), Some(h)) => Some(
            (l.value / Decimal::TWO)
                .checked_add(h.value / Decimal::TWO)
                .unwrap_or(l.value),
        ),
        _ => None,
    })
}

/// The nearest value at the stated precision whose range meets the computed one.
fn nearest_statement(
    stated: &ReportedFigure,
    first: &Reading,
    gap: Decimal,
) -> Result<Option<Decimal>, Error> {
    let p = stated.precision();
    let upward = match (first.stated.high(), first.computed.low()) {
        (Some(h), Some(l)) => l.value >= h.value,
        _ => false,
    };
    let Some(start) = gap.checked_div(p).map(|k| k.floor().max(Decimal::ONE)) else {
        return Ok(None);
    };
    for extra in 0..4 {
        let k = start + Decimal::from(extra);
        let Some(step) = p.checked_mul(k) else { break };
        let candidate = if upward {
            stated.value().checked_add(step)
        } else {
            stated.value().checked_sub(step)
        };
        let Some(candidate) = candidate else { break };
        let Ok(figure) = ReportedFigure::new(stated.kind(), candidate, p) else {
            break;
        };
        let range = figure.range(first.assumption)?;
        if range.overlaps(&first.computed) {
            return Ok(Some(candidate));
        }
    }
    Ok(None)
}
