//! Interval versions of the crate's computations, with outward rounding.
//!
//! # Why propagating the ends is exact
//!
//! Every function here is monotone in each input over its domain (counts and amounts at least
//! zero, rates at least -100 %): a growth rate `100 (to / from - 1)` rises with `to` and falls
//! with `from`; a share `100 part / total` and an average `value / operations` likewise; a
//! projection `base (1 + rate)` rises with both; the base implied by an end value and a rate,
//! `end / (1 + rate)`, rises with `end` and falls with `rate`; a compound rate
//! `(to / from)^(1 / n) - 1` rises with `to` and falls with `from`; a sum rises with each part.
//! For a function monotone in each argument on a box of intervals, the extreme values sit at
//! corners of the box, and which corner is known from the directions: the low end of the result
//! is the function at the low ends of the rising inputs and the high ends of the falling ones,
//! and the high end the reverse. So the image of the box is exactly the interval between those
//! two corner values, and no value inside the box can fall outside it.
//!
//! Each end is then computed in decimal arithmetic rounded outward ([`Dir::Down`] for a low
//! end, [`Dir::Up`] for a high one), so the computed interval contains the exact image. An end is
//! open when the corner it comes from is not attainable (an open input end) and the arithmetic was
//! exact; an end that had to be rounded is closed, a hair wider than the exact image. A zero that
//! an input attains is an exception: `0 * y` and `0 / y` are zero whatever `y` is, so such an end
//! is closed even beside an open one (a part of exactly zero in a total of "10" rounded up gives a
//! share of exactly 0 %, and a fall to exactly zero a growth of exactly -100 %). An unbounded
//! input end gives the function's limit there: `-100 %` for a growth from an unbounded base, no
//! bound for a growth from a base that may be zero, unless what is divided can only be zero.
//! An end beyond a `Decimal` widens the range the same way: an upper end is then no bound, and a
//! lower end is `Decimal::MAX`, closed, below the exact one (a growth of 1e30 % from a base of
//! 1e-28 is no error; a statement of it is simply inconsistent).

use rust_decimal::Decimal;

use crate::Error;
use crate::check::ClaimKind;
use crate::num::decimal::{HUNDRED, nth_root_tight};
use crate::num::directed::{self, Dir, Rounded};
use crate::reported::{Bound, Interval};

fn too_large() -> Error {
    Error::ComputedRangeOverflow
}

/// The end computed from two input ends: closed when the arithmetic rounded (it then lies beyond
/// the exact value), otherwise closed only when both inputs are.
fn end(r: Option<Rounded>, a: Bound, b: Bound) -> Result<Bound, Error> {
    let r = r.ok_or_else(too_large)?;
    Ok(Bound {
        value: r.value,
        closed: !r.exact || (a.closed && b.closed),
    })
}

/// Whether an end is a zero its input attains.
fn attained_zero(b: Bound) -> bool {
    b.closed && b.value.is_zero()
}

/// The end of a product `a * b` or a quotient `a / b` (`b` never zero) computed from two input
/// ends: as [`end`], and also closed when `a` (or, for a product, `b`) is an attained zero, which
/// makes the result zero whatever the other input is.
fn end_times(r: Option<Rounded>, a: Bound, b: Bound) -> Result<Bound, Error> {
    let mut e = end(r, a, b)?;
    e.closed |= attained_zero(a) || attained_zero(b);
    Ok(e)
}

/// Every change in points between two percentages of 0 % to 100 %: from -100 to 100 points.
pub(crate) fn points_domain() -> Interval {
    Interval::raw(
        Some(Bound::closed(-Decimal::ONE_HUNDRED)),
        Some(Bound::closed(Decimal::ONE_HUNDRED)),
    )
}

/// Values at least zero: counts and amounts.
pub(crate) fn non_negative() -> Interval {
    Interval::raw(Some(Bound::closed(Decimal::ZERO)), None)
}

/// Percentages of a share.
pub(crate) fn share_domain() -> Interval {
    Interval::raw(
        Some(Bound::closed(Decimal::ZERO)),
        Some(Bound::closed(HUNDRED)),
    )
}

/// Growth rates.
pub(crate) fn growth_domain() -> Interval {
    Interval::raw(Some(Bound::closed(-HUNDRED)), None)
}

/// `factor * num / den` for non-negative `num` and `den` (their ranges already limited to
/// `[0, inf)`), `factor > 0`. `None` when `den` can only be zero.
fn ratio(num: &Interval, den: &Interval, factor: Decimal) -> Option<Interval> {
    let zero = Bound::closed(Decimal::ZERO);
    let num_low = num.low().unwrap_or(zero);
    let den_low = den.low().unwrap_or(zero);
    if den.high().is_some_and(|h| h.value.is_zero()) {
        return None;
    }
    // `n * factor / d` rounded in `dir`; when the product is beyond a Decimal though the
    // quotient need not be, `(n / d) * factor`, each step rounded the same way (a looser bound,
    // still on the right side). `None` only when the quotient itself is beyond a Decimal.
    let quotient = |n: Bound, d: Bound, dir| -> Option<Bound> {
        let f = Bound::closed(factor);
        let first = end_times(directed::mul(n.value, factor, dir), n, f)
            .and_then(|s| end_times(directed::div(s.value, d.value, dir), s, d));
        first.ok().or_else(|| {
            let q = end_times(directed::div(n.value, d.value, dir), n, d).ok()?;
            end_times(directed::mul(q.value, factor, dir), q, f).ok()
        })
    };
    let low = match den.high() {
        // An unbounded denominator drives the ratio to zero, reached only by a zero numerator.
        None => Bound {
            value: Decimal::ZERO,
            closed: num_low.value.is_zero() && num_low.closed,
        },
        // A quotient beyond a Decimal is above its largest value, a sound lower end.
        Some(h) => quotient(num_low, h, Dir::Down).unwrap_or(Bound::closed(Decimal::MAX)),
    };
    let high = match (num.high(), den_low.value.is_zero()) {
        // Nothing divided by anything above zero is nothing, however small the denominator.
        (Some(n), _) if n.value.is_zero() => Some(n),
        // An upper end beyond a Decimal is no bound at all: the range is widened to +inf, which
        // still encloses the exact one.
        (Some(n), false) => quotient(n, den_low, Dir::Up),
        _ => None,
    };
    Some(Interval::raw(Some(low), high))
}

fn shift(interval: Interval, by: Decimal) -> Result<Interval, Error> {
    let move_end = |b: Option<Bound>, dir| -> Result<Option<Bound>, Error> {
        b.map(|b| end(directed::add(b.value, by, dir), b, Bound::closed(by)))
            .transpose()
    };
    Ok(Interval::raw(
        move_end(interval.low(), Dir::Down)?,
        move_end(interval.high(), Dir::Up)?,
    ))
}

/// The growth rates, in percent, from any value of `from` to any value of `to`.
///
/// # Errors
///
/// [`Error::ZeroGrowthBase`] when `from` can only be zero.
pub(crate) fn growth(from: &Interval, to: &Interval) -> Result<Interval, Error> {
    let from = from.intersect(&non_negative());
    let to = to.intersect(&non_negative());
    let r = ratio(&to, &from, HUNDRED).ok_or(Error::ZeroGrowthBase(None))?;
    shift(r, -HUNDRED)
}

/// The shares, in percent, of any part in any total; not limited to 100 %, so that a part above
/// its total shows.
///
/// # Errors
///
/// [`Error::ZeroTotal`] when the total can only be zero.
pub(crate) fn share(part: &Interval, total: &Interval) -> Result<Interval, Error> {
    let part = part.intersect(&non_negative());
    let total = total.intersect(&non_negative());
    ratio(&part, &total, HUNDRED).ok_or(Error::ZeroTotal(None))
}

/// Any value divided by any number of operations.
///
/// # Errors
///
/// [`Error::ZeroOperations`] when the operations can only be zero.
pub(crate) fn average(value: &Interval, operations: &Interval) -> Result<Interval, Error> {
    let value = value.intersect(&non_negative());
    let operations = operations.intersect(&non_negative());
    ratio(&value, &operations, Decimal::ONE).ok_or(Error::ZeroOperations(None))
}

/// `base * (1 + rate / 100)`: a rate applied to a base.
pub(crate) fn project(base: &Interval, rate: &Interval) -> Result<Interval, Error> {
    let base = base.intersect(&non_negative());
    let factor = shift(rate.intersect(&growth_domain()), HUNDRED)?.intersect(&non_negative());
    product_percent(&base, &factor)
}

/// `value * percent / 100` for non-negative ranges: a share of a total, or a projection.
///
/// # Errors
///
/// None today: an end beyond a Decimal widens the range instead. The `Result` stays for the
/// callers in `src/data`, which pass on the errors of the other computations.
#[allow(
    clippy::unnecessary_wraps,
    reason = "kept for its callers; no end overflows since ends beyond a Decimal widen the range"
)]
pub(crate) fn product_percent(value: &Interval, percent: &Interval) -> Result<Interval, Error> {
    let value = value.intersect(&non_negative());
    let percent = percent.intersect(&non_negative());
    let zero = Bound::closed(Decimal::ZERO);
    // `a * b / 100` rounded in `dir`; when the product is beyond a Decimal though the result
    // need not be, `(a / 100) * b`, each step rounded the same way. `None` only when the result
    // itself is beyond a Decimal.
    let corner = |a: Bound, b: Bound, dir| -> Option<Bound> {
        let hundred = Bound::closed(HUNDRED);
        let first = end_times(directed::mul(a.value, b.value, dir), a, b)
            .and_then(|p| end(directed::div(p.value, HUNDRED, dir), p, hundred));
        first.ok().or_else(|| {
            let q = end(directed::div(a.value, HUNDRED, dir), a, hundred).ok()?;
            end_times(directed::mul(q.value, b.value, dir), q, b).ok()
        })
    };
    // A low end beyond a Decimal is above its largest value, a sound lower end.
    let low = corner(
        value.low().unwrap_or(zero),
        percent.low().unwrap_or(zero),
        Dir::Down,
    )
    .unwrap_or(Bound::closed(Decimal::MAX));
    let high = match (value.high(), percent.high()) {
        // An upper end beyond a Decimal is no bound: widened to +inf.
        (Some(a), Some(b)) => corner(a, b, Dir::Up),
        // A factor that can only be zero makes the product zero however large the other is (a
        // base of "at least 5" at a rate of exactly -100 % leaves nothing).
        (Some(z), None) | (None, Some(z)) if z.value.is_zero() => {
            Some(Bound::closed(Decimal::ZERO))
        }
        _ => None,
    };
    Ok(Interval::raw(Some(low), high))
}

/// `end / (1 + rate / 100)`: the value a year earlier implied by a current value and a growth
/// rate.
///
/// # Errors
///
/// [`Error::BaseFromTotalFall`] when the rate can only be -100 %.
pub(crate) fn implied_base(current: &Interval, rate: &Interval) -> Result<Interval, Error> {
    let factor = shift(rate.intersect(&growth_domain()), HUNDRED)?;
    let current = current.intersect(&non_negative());
    let base = ratio(&current, &factor, HUNDRED).ok_or(Error::BaseFromTotalFall)?;
    // A fall of exactly -100 % to exactly nothing leaves any earlier value possible: the earlier
    // figure times nothing is nothing, whatever it was.
    if factor.low().is_some_and(attained_zero) && current.low().is_some_and(attained_zero) {
        return Ok(non_negative());
    }
    Ok(base)
}

/// The sum of any values of the parts.
pub(crate) fn sum(parts: &[Interval]) -> Result<Interval, Error> {
    let zero = Bound::closed(Decimal::ZERO);
    let mut low = zero;
    let mut high = Some(zero);
    for part in parts {
        let part = part.intersect(&non_negative());
        let l = part.low().unwrap_or(zero);
        low = end(directed::add(low.value, l.value, Dir::Down), low, l)?;
        high = match (high, part.high()) {
            (Some(h), Some(p)) => Some(end(directed::add(h.value, p.value, Dir::Up), h, p)?),
            _ => None,
        };
    }
    Ok(Interval::raw(Some(low), high))
}

/// The compound annual growth rates, in percent, from `from` to `to` over `years` years.
///
/// # Errors
///
/// [`Error::ZeroYears`] for zero years, [`Error::ZeroGrowthBase`] when `from` can only be zero.
pub(crate) fn compound_annual(
    from: &Interval,
    to: &Interval,
    years: u32,
) -> Result<Interval, Error> {
    if years == 0 {
        return Err(Error::ZeroYears);
    }
    let from = from.intersect(&non_negative());
    let to = to.intersect(&non_negative());
    let r = ratio(&to, &from, Decimal::ONE).ok_or(Error::ZeroGrowthBase(None))?;
    // An end `100 (root - 1)` beyond a Decimal is no upper bound, and above the largest value
    // for a lower one (a ratio of at least Decimal::MAX over one year).
    let root_end = |b: Bound, dir: Dir| -> Result<Option<Bound>, Error> {
        let root = directed_root(b.value, years, dir)?;
        let root = Bound {
            value: root.value,
            closed: b.closed || !root.exact,
        };
        let rate = end(
            directed::sub(root.value, Decimal::ONE, dir),
            root,
            Bound::closed(Decimal::ONE),
        )
        .and_then(|shifted| {
            end(
                directed::mul(shifted.value, HUNDRED, dir),
                shifted,
                Bound::closed(HUNDRED),
            )
        });
        Ok(match (rate, dir) {
            (Ok(r), _) => Some(r),
            (Err(_), Dir::Down) => Some(Bound::closed(Decimal::MAX)),
            (Err(_), Dir::Up) => None,
        })
    };
    let low = r
        .low()
        .map(|b| root_end(b, Dir::Down))
        .transpose()?
        .flatten();
    let high = r
        .high()
        .map(|b| root_end(b, Dir::Up))
        .transpose()?
        .flatten();
    Ok(Interval::raw(low, high))
}

/// The range a claim's inputs give, from the range of each figure (the stated figure's is not
/// used): the one place that says which computation each kind of claim makes.
///
/// # Errors
///
/// Those of the computation: [`Error::ZeroGrowthBase`], [`Error::ZeroTotal`],
/// [`Error::ZeroOperations`], [`Error::ZeroYears`] and the like.
pub(crate) fn computed(kind: &ClaimKind<Interval>) -> Result<Interval, Error> {
    match kind {
        ClaimKind::Growth { from, to, .. } => growth(from, to),
        ClaimKind::CompoundAnnual {
            from, to, years, ..
        } => compound_annual(from, to, *years),
        ClaimKind::Share { part, total, .. } => share(part, total),
        // The part itself, which the total's range is compared with.
        ClaimKind::Within { part, .. } => Ok(part.intersect(&non_negative())),
        ClaimKind::PartsSum { parts, .. } => sum(parts),
        ClaimKind::Projection { base, rate, .. } => project(base, rate),
        ClaimKind::AverageTicket {
            value, operations, ..
        } => average(value, operations),
        ClaimKind::ImpliedEarlier { current, rate, .. } => implied_base(current, rate),
        ClaimKind::PointsChange { from, to, .. } | ClaimKind::Increase { from, to, .. } => {
            difference(from, to)
        }
        ClaimKind::Decrease { from, to, .. } => difference(to, from),
    }
}

/// `to - from`, every end rounded outward: the change in points between two percentages, a rise
/// between two quantities (and, the other way round, a fall).
pub(crate) fn difference(from: &Interval, to: &Interval) -> Result<Interval, Error> {
    let low = match (to.low(), from.high()) {
        (Some(t), Some(f)) => Some(end(directed::sub(t.value, f.value, Dir::Down), t, f)?),
        _ => None,
    };
    let high = match (to.high(), from.low()) {
        (Some(t), Some(f)) => Some(end(directed::sub(t.value, f.value, Dir::Up), t, f)?),
        _ => None,
    };
    Ok(Interval::raw(low, high))
}

/// `y^n` for `y >= 0`, every product rounded the same way, so the result bounds the exact power.
fn power(y: Decimal, mut n: u32, dir: Dir) -> Option<Decimal> {
    // Every factor is at least zero, so rounding each product the same way bounds the power.
    let mut result = Decimal::ONE;
    let mut base = y;
    while n > 0 {
        if n & 1 == 1 {
            result = directed::mul(result, base, dir)?.value;
        }
        n >>= 1;
        if n > 0 {
            base = directed::mul(base, base, dir)?.value;
        }
    }
    Some(result)
}

/// The `n`-th root of `x >= 0`, rounded in direction `dir`: exact where a power proves it is,
/// otherwise Newton's approximation moved outward, one unit of its 28th significant digit at
/// first and twice as far at each try, until a power rounded the other way proves it is on the
/// right side of the root.
///
/// The error of a power computed with every product rounded grows with `n`, but so does the
/// effect of moving its base, by the same factor: a few units of the last digit prove the
/// bound whatever `n` is, which keeps the range within a few units of the exact root.
fn directed_root(x: Decimal, n: u32, dir: Dir) -> Result<Rounded, Error> {
    if x.is_zero() || n == 1 {
        return Ok(Rounded {
            value: x,
            exact: true,
        });
    }
    // Below one, the powers that prove a bound lose digits in a fixed-point Decimal (0.75^33 is
    // near 1e-4, with 24 significant digits left): take the root of 1 / x, above one, where
    // every power keeps them all, rounded the other way, and invert it.
    if x < Decimal::ONE {
        let back = match dir {
            Dir::Down => Dir::Up,
            Dir::Up => Dir::Down,
        };
        let inverse = directed::div(Decimal::ONE, x, back).ok_or_else(too_large)?;
        let root = directed_root(inverse.value, n, back)?;
        if root.value.is_zero() {
            return Err(too_large());
        }
        let value = directed::div(Decimal::ONE, root.value, dir).ok_or_else(too_large)?;
        return Ok(Rounded {
            value: value.value,
            exact: inverse.exact && root.exact && value.exact,
        });
    }
    let approx = nth_root_tight(x, n)?;
    // A power rounded down and one rounded up that both give x prove the root exact.
    if power(approx, n, Dir::Down) == Some(x) && power(approx, n, Dir::Up) == Some(x) {
        return Ok(Rounded {
            value: approx,
            exact: true,
        });
    }
    let mut step = directed::mul(approx, Decimal::new(1, 28), Dir::Up)
        .map(|r| r.value)
        .ok_or_else(too_large)?;
    for _ in 0..100 {
        let candidate = match dir {
            Dir::Down => approx
                .checked_sub(step)
                .ok_or_else(too_large)?
                .max(Decimal::ZERO),
            Dir::Up => approx.checked_add(step).ok_or_else(too_large)?,
        };
        let proven = match dir {
            Dir::Down => power(candidate, n, Dir::Up).is_some_and(|p| p <= x),
            Dir::Up => power(candidate, n, Dir::Down).is_none_or(|p| p >= x),
        };
        if proven {
            return Ok(Rounded {
                value: candidate,
                exact: false,
            });
        }
        step = step.checked_mul(Decimal::TWO).ok_or_else(too_large)?;
    }
    Err(too_large())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn closed(a: &str, b: &str) -> Interval {
        Interval::raw(
            Some(Bound::closed(a.parse().unwrap_or_default())),
            Some(Bound::closed(b.parse().unwrap_or_default())),
        )
    }

    #[test]
    fn growth_of_the_seed_operations() -> Result<(), Error> {
        let from = closed("1665000", "1675000");
        let to = closed("1945000", "1955000");
        let g = growth(&from, &to)?;
        let low = g.low().map(|b| b.value).unwrap_or_default();
        let high = g.high().map(|b| b.value).unwrap_or_default();
        assert_eq!(
            low.round_dp(4),
            "16.1194".parse::<Decimal>().unwrap_or_default()
        );
        assert_eq!(
            high.round_dp(4),
            "17.4174".parse::<Decimal>().unwrap_or_default()
        );
        Ok(())
    }

    #[test]
    fn unbounded_and_zero_ends() -> Result<(), Error> {
        let from = Interval::raw(Some(Bound::open(Decimal::from(10))), None);
        let to = closed("5", "5");
        let g = growth(&from, &to)?;
        assert_eq!(g.to_string(), "(-100, -50)");
        let from_zero = closed("0", "10");
        assert_eq!(growth(&from_zero, &to)?.high(), None);
        assert_eq!(
            growth(&closed("0", "0"), &to),
            Err(Error::ZeroGrowthBase(None))
        );
        Ok(())
    }

    #[test]
    fn cagr_range_encloses_the_point() -> Result<(), Error> {
        let c = compound_annual(&closed("1000", "1000"), &closed("1331", "1331"), 3)?;
        assert!(c.contains(Decimal::from(10)));
        assert!(
            c.width().unwrap_or(Decimal::ONE) < Decimal::new(1, 18),
            "{c}"
        );
        Ok(())
    }

    #[test]
    fn sums_and_products() -> Result<(), Error> {
        assert_eq!(
            sum(&[closed("1", "2"), closed("3", "4")])?.to_string(),
            "[4, 6]"
        );
        let open = Interval::raw(Some(Bound::open(Decimal::ONE)), None);
        assert_eq!(sum(&[closed("1", "2"), open])?.to_string(), "(2, +inf)");
        assert_eq!(
            product_percent(&closed("100", "200"), &closed("10", "20"))?.to_string(),
            "[10, 40]"
        );
        assert_eq!(
            project(&closed("100", "100"), &closed("-10", "10"))?.to_string(),
            "[90, 110]"
        );
        assert_eq!(
            implied_base(&closed("110", "110"), &closed("10", "10"))?.to_string(),
            "[100, 100]"
        );
        // Found by the exact oracle of the soundness tests: an unbounded base at a rate that
        // can only be -100 % gave [0, +inf), where the product is exactly zero.
        let at_least_zero = Interval::raw(Some(Bound::closed(Decimal::ZERO)), None);
        assert_eq!(
            project(&at_least_zero, &closed("-100", "-100"))?.to_string(),
            "[0, 0]"
        );
        assert_eq!(
            product_percent(&closed("0", "0"), &at_least_zero)?.to_string(),
            "[0, 0]"
        );
        // Also found by the oracle: nothing now, after a fall that may be exactly -100 %, says
        // nothing of the year before ("0" after "-100 %" read to the hundred gave [0, 0], a false
        // alarm on "1 a year earlier"); a fall that stops short of -100 % still gives zero.
        assert_eq!(
            implied_base(&closed("0", "0"), &closed("-100", "-50"))?.to_string(),
            "[0, +inf)"
        );
        let short = Interval::raw(
            Some(Bound::open(Decimal::from(-100))),
            Some(Bound::closed(Decimal::from(-50))),
        );
        assert_eq!(
            implied_base(&closed("0", "0"), &short)?.to_string(),
            "[0, 0]"
        );
        Ok(())
    }
}

#[cfg(test)]
mod enclosure {
    //! The computed range holds the function's value at every point drawn inside the inputs'
    //! ranges.

    use super::*;
    use proptest::prelude::*;

    /// A range `[low, low + width]` and a point inside it.
    fn range_and_point(max: i64) -> impl Strategy<Value = (Interval, Decimal)> {
        (0..max, 0..max / 10 + 1, 0u32..=1000).prop_map(|(low, width, t)| {
            let low = Decimal::from(low);
            let width = Decimal::from(width);
            let point = low + width * Decimal::from(t) / Decimal::from(1000);
            (
                Interval::raw(Some(Bound::closed(low)), Some(Bound::closed(low + width))),
                point,
            )
        })
    }

    fn rate_and_point() -> impl Strategy<Value = (Interval, Decimal)> {
        (-1000i64..5000, 0i64..200, 0u32..=1000).prop_map(|(low, width, t)| {
            let low = Decimal::new(low, 1);
            let width = Decimal::new(width, 1);
            let point = low + width * Decimal::from(t) / Decimal::from(1000);
            (
                Interval::raw(Some(Bound::closed(low)), Some(Bound::closed(low + width))),
                point,
            )
        })
    }

    fn encloses_point(range: &Interval, point: &Interval) -> bool {
        range.encloses(point)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn growth_share_average((from, x) in range_and_point(10_000_000), (to, y) in range_and_point(10_000_000)) {
            prop_assume!(!x.is_zero());
            let p = |v| Interval::point(v);
            prop_assert!(encloses_point(&growth(&from, &to)?, &growth(&p(x), &p(y))?));
            prop_assert!(encloses_point(&average(&to, &from)?, &average(&p(y), &p(x))?));
            prop_assert!(encloses_point(&share(&to, &from)?, &share(&p(y), &p(x))?));
            prop_assert!(encloses_point(&compound_annual(&from, &to, 3)?, &compound_annual(&p(x), &p(y), 3)?));
            prop_assert!(encloses_point(&sum(&[from, to])?, &sum(&[p(x), p(y)])?));
        }

        #[test]
        fn projection_and_implied_base((base, x) in range_and_point(10_000_000), (rate, r) in rate_and_point()) {
            let p = |v| Interval::point(v);
            prop_assert!(encloses_point(&project(&base, &rate)?, &project(&p(x), &p(r))?));
            prop_assume!(r > Decimal::from(-100));
            prop_assert!(encloses_point(&implied_base(&base, &rate)?, &implied_base(&p(x), &p(r))?));
        }

        /// The root is exact where a power proves it, and otherwise the two directed roots are
        /// within a few units of the 28th significant digit of each other, whatever the years.
        #[test]
        fn directed_roots_are_tight(
            x in 1u64..1_000_000_000_000_000,
            y in 1u64..1_000_000_000_000_000,
            n in prop_oneof![1u32..=60, Just(1u32 << 31), Just(u32::MAX), 61u32..=u32::MAX],
        ) {
            let ratio = Decimal::from(y) / Decimal::from(x);
            let down = directed_root(ratio, n, Dir::Down)?;
            let up = directed_root(ratio, n, Dir::Up)?;
            prop_assert!(down.value <= up.value);
            prop_assert_eq!(down.exact, up.exact);
            if down.exact {
                prop_assert_eq!(down.value, up.value);
            }
            // One unit of the 28th significant digit of the root, or of the 28th decimal, the
            // last a Decimal holds, for a root below one.
            let unit = (up.value * Decimal::new(1, 28)).max(Decimal::new(1, 28));
            prop_assert!(up.value - down.value <= unit * Decimal::from(8), "{} {} over {n}: [{}, {}]", y, x, down.value, up.value);
        }

        #[test]
        fn point_growth_matches_growth_rate(x in 1u64..1_000_000_000_000, y in 0u64..1_000_000_000_000) {
            let g = growth(&Interval::point(Decimal::from(x)), &Interval::point(Decimal::from(y)))?;
            let exact = crate::model::GrowthRate::between(crate::model::Transactions::from(x), crate::model::Transactions::from(y))
                .map(|g| g.as_percent())
                .unwrap_or_default();
            prop_assert!(g.contains(exact) || g.low().zip(g.high()).is_some_and(|(l, h)| (l.value - exact).abs() <= Decimal::new(1, 24) && (h.value - exact).abs() <= Decimal::new(1, 24)));
        }
    }
}
