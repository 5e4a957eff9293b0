//! Decimal helpers shared by the rate types.

use rust_decimal::Decimal;

use crate::error::Operation;
use crate::Error;

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
    let mut value = value.normalize();
    if value.is_zero() {
        value.set_sign_positive(true);
    }
    value
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
pub(crate) fn nth_root(x: Decimal, n: u32) -> Result<Decimal, Error> {
    const MAX_STEPS: usize = 2_000;
    let failed = || Error::OutOfPrecision(Operation::describe(format!("the {n}th root of {x}")));
    if x <= Decimal::ZERO || n == 0 {
        return Err(failed());
    }
    if n == 1 {
        return Ok(x);
    }
    let nd = Decimal::from(n);
    let n_less_one = Decimal::from(n - 1);
    let mut y = Decimal::ONE + (x - Decimal::ONE) / nd;
    if x > Decimal::ONE {
        let bits = 128 - x.trunc().mantissa().unsigned_abs().leading_zeros();
        let exponent = bits.div_ceil(n);
        if let Some(power_of_two) = powi(Decimal::TWO, exponent) {
            y = y.min(power_of_two);
        }
    }
    for _ in 0..MAX_STEPS {
        let next = match powi(y, n - 1) {
            Some(p) if !p.is_zero() => n_less_one
                .checked_mul(y)
                .zip(x.checked_div(p))
                .and_then(|(a, b)| a.checked_add(b))
                .and_then(|s| s.checked_div(nd))
                .ok_or_else(failed)?,
            Some(_) => return Err(failed()),
            // y^(n-1) overflows: x / y^(n-1) is negligible beside y, and the step is y (n-1) / n.
            None => mul_div(y, n_less_one, nd)?,
        };
        if next >= y {
            return Ok(y);
        }
        y = next;
    }
    Err(failed())
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert!((tiny - Decimal::new(1, 7)).abs() <= Decimal::new(1, 27));
        let big = nth_root(Decimal::MAX, 100)?;
        assert!(big > Decimal::ONE && big < Decimal::TWO);
        assert!(nth_root(Decimal::ZERO, 3).is_err());
        Ok(())
    }
}
