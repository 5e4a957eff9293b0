//! Decimal helpers shared by the rate types.

use rust_decimal::Decimal;

use crate::Error;
use crate::error::Operation;
use crate::num::rounding::Rounding;

pub(crate) const HUNDRED: Decimal = Decimal::ONE_HUNDRED;

/// Reads a plain decimal: an optional sign, ASCII digits, at most one `.` with digits on both
/// sides. No exponent, separator, `NaN` or infinity; more digits than a `Decimal` holds is an
/// error, not a rounding.
pub(crate) fn parse_plain(s: &str, expected: &'static str) -> Result<Decimal, Error> {
    const RULE: &str = "a number is written with an optional sign, digits and at most one '.'";
    let unsigned = s.strip_prefix(['-', '+']).unwrap_or(s);
    let (whole, fraction) = match unsigned.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (unsigned, None),
    };
    let digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    if !digits(whole) || fraction.is_some_and(|f| !digits(f)) {
        return Err(Error::parse(expected, s, RULE));
    }
    let mut value = Decimal::from_str_exact(s).map_err(|_| {
        Error::parse(
            expected,
            s,
            "the number has more digits than a 96-bit decimal holds",
        )
    })?;
    if value.is_zero() {
        value.set_sign_positive(true);
    }
    Ok(value)
}

/// `a * b / c`, trying the order that keeps the most digits first.
pub(crate) fn mul_div(a: Decimal, b: Decimal, c: Decimal) -> Result<Decimal, Error> {
    let overflow = || Error::Overflow(Operation::describe(format!("{a} * {b} / {c}")));
    if c.is_zero() {
        return Err(overflow());
    }
    match a.checked_mul(b) {
        Some(product) => product.checked_div(c),
        None => a.checked_div(c).and_then(|q| q.checked_mul(b)),
    }
    .ok_or_else(overflow)
}

/// Writes a decimal without trailing zeros, and zero without a sign.
pub(crate) fn canonical(value: Decimal) -> Decimal {
    // Most computed values already are: no decimals, or a last digit that is not 0. Since
    // 2^64 is 1 modulo 5, the mantissa is a multiple of 10 only when it is even and its two
    // 64-bit halves sum to a multiple of 5: two cheap remainders instead of `normalize`'s
    // divisions.
    let m = value.mantissa().unsigned_abs();
    #[allow(clippy::cast_possible_truncation)]
    let (low, high) = (m as u64, (m >> 64) as u64);
    let multiple_of_ten = m & 1 == 0 && (low % 5 + high % 5) % 5 == 0;
    if (value.scale() == 0 || !multiple_of_ten) && m != 0 {
        return value;
    }
    let mut value = value.normalize();
    if value.is_zero() {
        value.set_sign_positive(true);
    }
    value
}

/// `value` written with at least `dp` decimals: the same value, with trailing zeros added to its
/// scale (25 becomes 25.0 for one decimal), so that it prints the decimals a rounding asked for.
/// A value whose mantissa would not fit with more digits (or `dp` above 28) is kept as it is;
/// zero loses its sign.
pub(crate) fn at_scale(value: Decimal, dp: u32) -> Decimal {
    let mut value = value;
    if value.is_zero() {
        value.set_sign_positive(true);
    }
    if value.scale() >= dp {
        return value;
    }
    10i128
        .checked_pow(dp - value.scale())
        .and_then(|factor| value.mantissa().checked_mul(factor))
        .and_then(|mantissa| Decimal::try_from_i128_with_scale(mantissa, dp).ok())
        .unwrap_or(value)
}

/// `value` rounded to `dp` decimals, as `round_dp_with_strategy` rounds it, by one integer
/// division of the mantissa rather than one division per dropped digit.
pub(crate) fn round_to(value: Decimal, dp: u32, mode: Rounding) -> Decimal {
    let scale = value.scale();
    if scale <= dp {
        return value;
    }
    let magnitude = value.mantissa().unsigned_abs();
    let negative = value.is_sign_negative();
    // scale - dp is at most 28: 10^28 fits a u128.
    let Some(divisor) = 10u128.checked_pow(scale - dp) else {
        return value;
    };
    let (mut quotient, remainder) = (magnitude / divisor, magnitude % divisor);
    let twice = remainder.saturating_mul(2);
    let away = match mode {
        Rounding::Floor => negative && remainder > 0,
        Rounding::Ceiling => !negative && remainder > 0,
        Rounding::Truncate => false,
        Rounding::HalfUp => twice >= divisor,
        Rounding::HalfDown => twice > divisor,
        Rounding::HalfEven => twice > divisor || twice == divisor && quotient % 2 == 1,
    };
    if away {
        // The quotient is below 2^96 / 10, so one more still fits.
        quotient += 1;
    }
    let Ok(signed) = i128::try_from(quotient) else {
        return value;
    };
    let rounded = if negative && quotient > 0 {
        -signed
    } else {
        signed
    };
    Decimal::try_from_i128_with_scale(rounded, dp).unwrap_or(value)
}

/// A decimal written as `normalize()` then `Display` would write it (no trailing zeros, no
/// exponent, zero without a sign), without their cost when the digits fit 64 bits: messages
/// write several decimals per check.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Plain(pub(crate) Decimal);

impl Plain {
    /// The text `Display` writes, in `buf`; `None` when the digits do not fit 64 bits, where
    /// `Display` writes the normalized `Decimal` instead.
    fn render(self, buf: &mut [u8; 52]) -> Result<Option<&str>, core::fmt::Error> {
        let value = self.0;
        let Ok(mut digits) = u64::try_from(value.mantissa().unsigned_abs()) else {
            return Ok(None);
        };
        let mut scale = value.scale();
        while scale > 0 && digits % 10 == 0 {
            digits /= 10;
            scale -= 1;
        }
        // Sign, at most 20 digits, a point and up to 28 leading zeros of a fraction.
        let mut at = buf.len();
        let mut put = |b: u8| {
            at -= 1;
            if let Some(slot) = buf.get_mut(at) {
                *slot = b;
            }
        };
        let mut written = 0;
        while digits > 0 || written <= scale {
            if written == scale && scale > 0 {
                put(b'.');
            }
            // The remainder of a division by ten is one digit.
            #[allow(clippy::cast_possible_truncation)]
            put(b'0' + (digits % 10) as u8);
            digits /= 10;
            written += 1;
        }
        if value.is_sign_negative() && value.mantissa() != 0 {
            put(b'-');
        }
        buf.get(at..)
            .and_then(|b| core::str::from_utf8(b).ok())
            .map(Some)
            .ok_or(core::fmt::Error)
    }

    /// Writes what `write!(w, "{}", self)` writes, without a round through `fmt::write` (about
    /// 200 instructions a value: the checker writes four to eight in each explanation).
    pub(crate) fn write_to(self, w: &mut dyn core::fmt::Write) -> core::fmt::Result {
        match self.render(&mut [0u8; 52])? {
            Some(text) => w.write_str(text),
            None => write!(w, "{}", self.0.normalize()),
        }
    }
}

impl core::fmt::Display for Plain {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self.render(&mut [0u8; 52])? {
            Some(text) => f.write_str(text),
            None => core::fmt::Display::fmt(&self.0.normalize(), f),
        }
    }
}

/// `x` to the power `n`, by squaring; `None` on overflow.
pub(crate) fn powi(x: Decimal, mut n: u32) -> Option<Decimal> {
    let mut result = Decimal::ONE;
    let mut base = x;
    while n > 0 {
        if n & 1 == 1 {
            result = result.checked_mul(base)?;
        }
        n >>= 1;
        if n > 0 {
            base = base.checked_mul(base)?;
        }
    }
    Some(result)
}

/// The positive `n`-th root of a positive `x`, by Newton's method from above.
///
/// The first guess is at or above the root (Bernoulli's inequality gives
/// `(1 + (x - 1) / n)^n >= x`, and `2^ceil(b / n)` is above the root when `x < 2^b`). From there
/// Newton's iteration on the convex `y^n - x` decreases monotonically to the root, so the loop
/// stops when a step no longer decreases `y`: the root to the last digit a `Decimal` holds, give or
/// take rounding in the final step.
///
/// Good to about 26 significant digits up to a million years (the compound rate promises 20);
/// [`nth_root_tight`] takes one more step, to the last digit, for the checker's interval ends.
pub(crate) fn nth_root(x: Decimal, n: u32) -> Result<Decimal, Error> {
    root(x, n, false)
}

/// [`nth_root`] to the last digit a `Decimal` holds, within a few units of it: one more Newton
/// step, for interval ends that must be tight.
pub(crate) fn nth_root_tight(x: Decimal, n: u32) -> Result<Decimal, Error> {
    root(x, n, true)
}

fn root(x: Decimal, n: u32, tight: bool) -> Result<Decimal, Error> {
    const MAX_STEPS: usize = 2_000;
    let failed = || Error::OutOfPrecision(Operation::describe(format!("the {n}th root of {x}")));
    if x <= Decimal::ZERO || n == 0 {
        return Err(failed());
    }
    if n == 1 {
        return Ok(x);
    }
    // A small x has few significant digits in a fixed-point Decimal: take the root of x 10^(kn),
    // near one, and divide it by 10^k.
    if x < Decimal::ONE {
        let digits = i64::from(x.mantissa().unsigned_abs().checked_ilog10().unwrap_or(0)) + 1;
        let zeros = i64::from(x.scale()) - digits;
        let k = u32::try_from((zeros + 1) / i64::from(n)).unwrap_or(0);
        if k > 0 {
            let mut scaled = x;
            scaled.set_scale(x.scale() - k * n).map_err(|_| failed())?;
            let root = root(scaled, n, tight)?;
            return root
                .checked_div(powi(Decimal::TEN, k).ok_or_else(failed)?)
                .ok_or_else(failed);
        }
    }
    let nd = Decimal::from(n);
    let n_less_one = Decimal::from(n - 1);
    // Past a million years the stopping rules below leave errors above the last digit: polish
    // then whatever was asked.
    let polished = tight || n > 1_000_000;
    if let Some(root) = root_near_one(x, n, nd, n_less_one) {
        return Ok(if polished {
            polish(x, root, n, nd, n_less_one)
        } else {
            root
        });
    }
    let mut y = Decimal::ONE + (x - Decimal::ONE) / nd;
    if x > Decimal::ONE {
        let bits = 128 - x.trunc().mantissa().unsigned_abs().leading_zeros();
        let exponent = bits.div_ceil(n);
        if let Some(power_of_two) = powi(Decimal::TWO, exponent) {
            y = y.min(power_of_two);
        }
        // Over many years the root is near one and both guesses are far from it, where Newton's
        // method crawls (each step takes off a fraction 1/n). x < 2^bits gives a root below
        // exp(z) with z = 0.6932 bits / n (above ln 2 bits / n), and exp(z) <= 1 + z + z^2 for
        // z <= 1: a guess above the root by less than about 1/n, from which Newton's error
        // squares.
        let z = Decimal::new(6932, 4) * Decimal::from(bits) / nd;
        if z <= Decimal::ONE {
            y = y.min(Decimal::ONE + z + z * z);
        }
    }
    // Dividing by n once per step is the costliest part; multiplying by 1/n (rounded in its 28th
    // digit) moves each step by less than the precision the result is good to.
    let inverse_n = Decimal::ONE.checked_div(nd).ok_or_else(failed)?;
    let close = Decimal::new(1, 14);
    for _ in 0..MAX_STEPS {
        let next = step(x, y, n, n_less_one, inverse_n).ok_or_else(failed)?;
        // Newton's error squares at each step: once a step is below 1e-14 of y, one more step,
        // dividing by n exactly, brings it to the last digit a Decimal holds.
        if next >= y || (y - next) < y * close {
            let last = step(x, next.min(y), n, n_less_one, Decimal::ONE)
                .and_then(|s| s.checked_div(nd))
                .ok_or_else(failed)?;
            return Ok(if polished {
                polish(x, last, n, nd, n_less_one)
            } else {
                last
            });
        }
        y = next;
    }
    Err(failed())
}

/// The `n`-th root of an `x` within a half of one, from a close first guess.
///
/// `(1 + t)^(1/n) = 1 + u - (n - 1) u^2 / 2 + (n - 1)(2n - 1) u^3 / 6 - ...` with `u = t / n` is
/// good to about `t^4`; Newton's error then squares at each step, so once a step moves `y` by
/// less than 1e-13 of itself, one more step reaches the last digit a `Decimal` holds. Products
/// of two full-length decimals cost more than a division here, so the step divides by `n`.
/// `None` when `x` is too far from one, or a step leaves the range: the caller then takes the
/// general path.
fn root_near_one(x: Decimal, n: u32, nd: Decimal, n_less_one: Decimal) -> Option<Decimal> {
    let half = Decimal::new(5, 1);
    let t = x.checked_sub(Decimal::ONE)?;
    if t.abs() > half {
        return None;
    }
    // The guess needs a dozen digits, not 28: short operands make its products cheap.
    let u = round_to(t.checked_div(nd)?, 12, Rounding::HalfEven);
    let u2 = u.checked_mul(u)?;
    let second = u2.checked_mul(n_less_one)?.checked_mul(half)?;
    let third = u2
        .checked_mul(u)?
        .checked_mul(n_less_one)?
        .checked_mul(Decimal::from(2 * u64::from(n) - 1))?
        .checked_div(Decimal::from(6))?;
    let mut y = Decimal::ONE
        .checked_add(u)?
        .checked_sub(second)?
        .checked_add(third)?;
    y = round_to(y, 12, Rounding::HalfEven);
    // A step that moved y by less than 1e-13 leaves an error near the square of that: the last
    // digits of a Decimal.
    let close = Decimal::new(1, 13);
    for _ in 0..12 {
        let next = step(x, y, n, n_less_one, Decimal::ONE)?.checked_div(nd)?;
        let moved = (next - y).abs();
        y = next;
        if moved < close {
            return Some(y);
        }
    }
    None
}

/// Newton steps from a close `y` until they stop improving it.
///
/// Near the root Newton's error goes from `e` to about `(n - 1) e^2 / 2`: the stopping rules
/// above reach the last digit for a few years, but over millions of years a step of 1e-14 still
/// leaves an error of 1e-19 and more. The steps stop when one moves `y` no less than the one
/// before (rounding noise) or not at all.
fn polish(x: Decimal, y: Decimal, n: u32, nd: Decimal, n_less_one: Decimal) -> Decimal {
    let mut y = y;
    let mut last_move: Option<Decimal> = None;
    for _ in 0..8 {
        let Some(next) = step(x, y, n, n_less_one, Decimal::ONE).and_then(|s| s.checked_div(nd))
        else {
            break;
        };
        let moved = (next - y).abs();
        if last_move.is_some_and(|m| moved >= m) {
            break;
        }
        y = next;
        if moved.is_zero() {
            break;
        }
        last_move = Some(moved);
    }
    y
}

/// One Newton step toward the `n`-th root of `x` from `y`: `((n - 1) y + x / y^(n-1)) / n`.
fn step(
    x: Decimal,
    y: Decimal,
    n: u32,
    n_less_one: Decimal,
    inverse_n: Decimal,
) -> Option<Decimal> {
    match powi(y, n - 1) {
        Some(p) if !p.is_zero() => n_less_one
            .checked_mul(y)?
            .checked_add(x.checked_div(p)?)?
            .checked_mul(inverse_n),
        Some(_) => None,
        // y^(n-1) overflows: x / y^(n-1) is negligible beside y, and the step is y (n-1) / n.
        None => y.checked_mul(n_less_one)?.checked_mul(inverse_n),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// `Plain` writes what `normalize` then `Display` write.
        #[test]
        fn plain_writes_as_display(
            mantissa in proptest::prop_oneof![-100_000i128..100_000, proptest::prelude::Strategy::prop_map(proptest::num::i64::ANY, i128::from), -(1i128 << 96) + 1..(1i128 << 96)],
            scale in 0u32..=28,
        ) {
            let d = Decimal::from_i128_with_scale(mantissa, scale);
            proptest::prop_assert_eq!(Plain(d).to_string(), d.normalize().to_string());
            let mut written = String::new();
            Plain(d).write_to(&mut written).map_err(|e| proptest::test_runner::TestCaseError::fail(e.to_string()))?;
            proptest::prop_assert_eq!(written, d.normalize().to_string());
        }
    }

    proptest::proptest! {
        /// `canonical` gives what `normalize` gives, scale included, and zero without a sign.
        #[test]
        fn canonical_is_normalize(
            mantissa in proptest::prop_oneof![-100_000i128..100_000, -(1i128 << 96) + 1..(1i128 << 96)],
            scale in 0u32..=28,
        ) {
            let d = Decimal::from_i128_with_scale(mantissa, scale);
            let ours = canonical(d);
            let mut theirs = d.normalize();
            if theirs.is_zero() {
                theirs.set_sign_positive(true);
            }
            proptest::prop_assert_eq!(ours, theirs);
            proptest::prop_assert_eq!(ours.scale(), theirs.scale(), "{}", d);
            proptest::prop_assert_eq!(ours.is_sign_negative(), theirs.is_sign_negative(), "{}", d);
        }

        /// `round_to` rounds as `round_dp_with_strategy` does, to the same value, in every mode.
        #[test]
        fn round_to_is_round_dp(
            mantissa in proptest::prop_oneof![-100_000i128..100_000, -(1i128 << 96) + 1..(1i128 << 96)],
            scale in 0u32..=28,
            dp in 0u32..=28,
        ) {
            let d = Decimal::from_i128_with_scale(mantissa, scale);
            for mode in Rounding::ALL {
                let ours = round_to(d, dp, mode);
                let theirs = d.round_dp_with_strategy(dp, mode.strategy());
                proptest::prop_assert_eq!(ours, theirs, "{} to {} ({:?})", d, dp, mode);
                proptest::prop_assert_eq!(ours.scale(), theirs.scale(), "{} to {} ({:?})", d, dp, mode);
            }
        }
    }

    #[test]
    fn plain_examples() {
        for (m, s, text) in [
            (0, 0, "0"),
            (0, 3, "0"),
            (-0, 2, "0"),
            (1, 3, "0.001"),
            (-15, 1, "-1.5"),
            (1600, 2, "16"),
            (123_450, 2, "1234.5"),
        ] {
            assert_eq!(Plain(Decimal::new(m, s)).to_string(), text);
        }
        assert_eq!(Plain(-Decimal::ZERO).to_string(), "0");
        assert_eq!(Plain(Decimal::MAX).to_string(), Decimal::MAX.to_string());
    }

    #[test]
    fn plain_decimals() -> Result<(), Error> {
        assert_eq!(parse_plain("16", "x")?, Decimal::from(16));
        assert_eq!(parse_plain("-14.9", "x")?, Decimal::new(-149, 1));
        assert_eq!(parse_plain("+0.5", "x")?, Decimal::new(5, 1));
        assert!(parse_plain("-0", "x")?.is_sign_positive());
        for bad in [
            "", "-", ".5", "5.", "1e3", "NaN", "inf", "+inf", "1_000", "1,5", "--1", " 1",
        ] {
            assert!(parse_plain(bad, "x").is_err(), "{bad}");
        }
        assert!(parse_plain(&"9".repeat(40), "x").is_err());
        Ok(())
    }

    #[test]
    fn roots() -> Result<(), Error> {
        assert_eq!(nth_root(Decimal::from(27), 3)?, Decimal::from(3));
        assert_eq!(nth_root(Decimal::from(1024), 10)?, Decimal::TWO);
        let r = nth_root(Decimal::TWO, 2)?;
        assert_eq!(r.round_dp(20).to_string(), "1.41421356237309504880");
        let tiny = nth_root(Decimal::new(1, 28), 4)?;
        // Near 1e-7 a Decimal keeps 21 significant digits.
        assert!(
            (tiny - Decimal::new(1, 7)).abs() <= Decimal::new(1, 27),
            "{tiny}"
        );
        let big = nth_root(Decimal::MAX, 100)?;
        assert!(big > Decimal::ONE && big < Decimal::TWO);
        assert!(nth_root(Decimal::ZERO, 3).is_err());
        Ok(())
    }
}
