//! Whether a growth claim holds under one reading, decided in integers where that is quick and
//! sure, for the readings whose ranges no finding shows.
//!
//! The checker reads an inconsistent claim under every assumption and under coarser inputs, and
//! of those readings it keeps only whether the claim holds. [`growth_consistent`] answers that
//! from the figures' ranges by cross-multiplying integers (every end at one scale, no division),
//! where [`ranges`](super::checker) would build the computed range in directed `Decimal`
//! arithmetic first. It answers only where the answer is the one the ranges give (the proof is
//! on the function), and says `None` otherwise: then the ranges are computed.

use rust_decimal::Decimal;

use crate::check::ClaimKind;
use crate::reported::Interval;

/// How far, relative to the growth factor, a statement must lie beyond an exact end to be found
/// inconsistent without computing: `2^-40` (about `9e-13`), where the directed arithmetic is off
/// by `1e-24` at most.
const SLACK_SHIFT: u32 = 40;

/// Whether the claim holds under the reading whose figures' ranges are `intervals`, where that is
/// sure without computing its ranges: `Some(answer)` only for a growth claim whose ends fit the
/// integer test, `None` for any other, or where the statement falls too near a computed end.
///
/// # Why the answer is the one the ranges give
///
/// Let `from = [F0, F1]` (with `F0 > 0`), `to` from `T0 >= 0` up to `T1` (or no bound), and the
/// stated range, cut to growths from -100 %, from `S0` to `S1` (`S1 > -100`, or no bound). The
/// exact growths from `from` to `to` run from `c0 = 100 T0 / F1 - 100` to `c1 = 100 T1 / F0 - 100`
/// (no bound without `T1`): a growth rises with `to` and falls with `from`.
///
/// - **Consistent.** Where `max(c0, S0) < min(c1, S1)`, some value lies strictly inside both
///   the stated range and the exact growths, whether their ends are open or closed. The
///   checker's computed range holds the exact one (its ends are rounded outward, the module
///   `compute` proves it), so it meets the stated range. No reading is undefined with `F1 > 0`
///   (`F0 > 0`), nor impossible with a stated value above -100 %: the ranges find it consistent.
/// - **Inconsistent.** Each end of the computed range is `100 T / F`, less 100, each step
///   rounded outward (the product by 100, the quotient, the shift; or the quotient first where
///   the product is beyond a `Decimal`): each rounding is by a unit of the 28th decimal (1e-28)
///   or, for a larger value, of the last digit its 96-bit mantissa holds (less than 1.3e-27 of
///   the value), so the end lies within `1e-24 (1 + q)` of the exact one, `q = 100 T / F`.
///   Where `c0 - S1` or `S0 - c1` exceeds `(1 + q) 2^-40`, far more than that, the computed
///   range misses the stated one: inconsistent. No end is beyond a `Decimal` (which would widen
///   the range to no bound, or give an error): see below.
///
/// Every inequality is one between integers: the ends at their common scale `10^-k`, each of
/// magnitude at most `2^62` (otherwise `None`), multiplied by the denominators in `i128`, where
/// no product overflows. Then `q = 100 T / F <= 100 * 2^62`, below `5e20`: no end is beyond a
/// `Decimal`.
pub(crate) fn growth_consistent(intervals: &ClaimKind<Interval>) -> Option<bool> {
    let ClaimKind::Growth { from, to, stated } = intervals else {
        return None;
    };
    let (f0, f1) = (from.low()?.value, from.high()?.value);
    let t0 = to.low()?.value;
    let t1 = to.high().map(|b| b.value);
    let (s0, s1) = (
        stated.low().map(|b| b.value),
        stated.high().map(|b| b.value),
    );
    let scale = [Some(f0), Some(f1), Some(t0), t1, s0, s1]
        .into_iter()
        .flatten()
        .map(|d| d.scale())
        .max()?;
    let at = |d: Decimal| at_scale(d, scale);
    let hundred = at(Decimal::ONE_HUNDRED)?;
    let unit = at(Decimal::ONE)?;
    let (f0, f1, t0) = (at(f0)?, at(f1)?, at(t0)?);
    let t1 = each(t1, at).ok()?;
    // The stated range cut to growths from -100 %.
    let s0 = each(s0, at).ok()?.map_or(-hundred, |s| s.max(-hundred));
    let s1 = each(s1, at).ok()?;
    if f0 <= 0
        || f1 < f0
        || t0 < 0
        || t1.is_some_and(|t| t < t0)
        || s1.is_some_and(|s| s <= -hundred)
    {
        return None;
    }
    // The end of the growths from `t` over `f` against the stated end `s`: the sign of
    // `(100 t / f - 100) - s` times `f * unit`, `100 t - (100 + s) f`, and the slack on that
    // scale, `(f * unit + 100 t) 2^-40` rounded up. Each factor is below 2^63, each product below
    // 2^125: no sum or difference overflows.
    let against = |t: i128, f: i128, s: i128| -> (i128, i128) {
        let growth = hundred * t;
        let difference = growth - (hundred + s) * f;
        let slack = ((f * unit + growth) >> SLACK_SHIFT) + 1;
        (difference, slack)
    };
    // `c0` against `S1`, and `c1` against `S0`.
    let low = s1.map(|s| against(t0, f1, s));
    let high = t1.map(|t| against(t, f0, s0));
    if low.is_some_and(|(d, slack)| d > slack) || high.is_some_and(|(d, slack)| -d > slack) {
        return Some(false);
    }
    let below_stated_high = low.is_none_or(|(d, _)| d < 0);
    let above_stated_low = high.is_none_or(|(d, _)| d > 0);
    // `c0 < c1`: `T0 / F1 < T1 / F0`.
    let computed_wide = t1.is_none_or(|t1| t0 * f0 < t1 * f1);
    let stated_wide = s1.is_none_or(|s1| s0 < s1);
    (below_stated_high && above_stated_low && computed_wide && stated_wide).then_some(true)
}

/// `f` of an end that may be absent: an error where `f` fails, `Ok(None)` for no end.
fn each<T, U>(end: Option<T>, f: impl FnOnce(T) -> Option<U>) -> Result<Option<U>, ()> {
    end.map(|x| f(x).ok_or(())).transpose()
}

/// The largest magnitude an end may have at the common scale: `2^62`, so that `100 + s` stays
/// below `2^63` and a product of two ends below `2^125`.
const LIMIT: i64 = 1 << 62;

/// `d` as an integer count of `10^-scale` (`scale` at least `d`'s own), widened for the products;
/// `None` beyond [`LIMIT`].
fn at_scale(d: Decimal, scale: u32) -> Option<i128> {
    let power = POWERS_OF_TEN.get(usize::try_from(scale.checked_sub(d.scale())?).ok()?)?;
    let n = i64::try_from(d.mantissa()).ok()?.checked_mul(*power)?;
    (-LIMIT..=LIMIT).contains(&n).then_some(i128::from(n))
}

/// `10^k` for every `k` whose power fits an `i64` (up to 18).
const POWERS_OF_TEN: [i64; 19] = {
    let mut table = [1i64; 19];
    let mut k = 1;
    while k < table.len() {
        // Within bounds: `k` runs over the table's indices.
        #[allow(clippy::indexing_slicing)]
        {
            table[k] = table[k - 1] * 10;
        }
        k += 1;
    }
    table
};
