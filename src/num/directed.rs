//! Decimal arithmetic with directed rounding, for sound interval ends.
//!
//! Each operation computes the exact result with integer arithmetic on the mantissas and rounds
//! it once, toward minus infinity ([`Dir::Down`]) or plus infinity ([`Dir::Up`]), to fit a
//! `Decimal` (28 decimals, a 96-bit mantissa). It says whether the result is exact, so that an
//! interval end that was not rounded can keep its open or closed kind.

use rust_decimal::Decimal;

/// Which way to round a result that does not fit: a direction, down for a lower end and up
/// for an upper end. It is not a [`Rounding`](crate::Rounding) mode: the interval arithmetic
/// only ever rounds outward, and a two-way type keeps a nearest mode out of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Dir {
    /// Toward minus infinity: for lower ends.
    Down,
    /// Toward plus infinity: for upper ends.
    Up,
}

/// A rounded result, and whether it is exact.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Rounded {
    pub(crate) value: Decimal,
    pub(crate) exact: bool,
}

const MAX_MANTISSA: u128 = (1 << 96) - 1;
const MAX_SCALE: i64 = 28;

/// `10^k` for every `k` whose power fits 128 bits (up to 38): a table, where `checked_pow`
/// multiplies in a loop on every call.
const POWERS_OF_TEN: [u128; 39] = {
    let mut table = [1u128; 39];
    let mut k = 1;
    let mut power = 1u128;
    while k < table.len() {
        power *= 10;
        // Within bounds: `k` runs over the table's indices.
        #[allow(clippy::indexing_slicing)]
        {
            table[k] = power;
        }
        k += 1;
    }
    table
};

/// `10^k`, `None` beyond 128 bits.
fn power_of_ten(k: i64) -> Option<u128> {
    usize::try_from(k)
        .ok()
        .and_then(|k| POWERS_OF_TEN.get(k))
        .copied()
}

fn parts(d: Decimal) -> (bool, u128, i64) {
    (
        d.is_sign_negative() && !d.is_zero(),
        d.mantissa().unsigned_abs(),
        i64::from(d.scale()),
    )
}

/// Rounds `m * 10^-scale` (with `tail` true when the exact value has nonzero digits beyond `m`)
/// to a `Decimal`, in the direction asked.
#[inline]
fn fit(negative: bool, mut m: u128, mut scale: i64, mut tail: bool, dir: Dir) -> Option<Rounded> {
    if scale < 0 && tail {
        // Digits were dropped above the units: far beyond what a Decimal holds.
        return None;
    }
    while scale < 0 {
        m = m.checked_mul(10)?;
        scale += 1;
    }
    // The digits a Decimal cannot hold are dropped in at most two divisions, each remainder
    // joining the tail: those beyond the 28th decimal, then as many as the mantissa needs to fit
    // 96 bits. The same quotient and tail as dropping them one by one (the tests hold it to
    // that), at a fraction of the cost: a quotient of 38 digits took ten divisions by ten
    // (directed::div, 609 -> 479 instructions a call on the bench corpus, with `fit` inlined).
    if scale > MAX_SCALE {
        let excess = scale - MAX_SCALE;
        (m, tail) = drop_digits(m, excess, tail);
        scale = MAX_SCALE;
    }
    let excess = digits_beyond_mantissa(m);
    if excess > scale {
        return None;
    }
    (m, tail) = drop_digits(m, excess, tail);
    scale -= excess;
    // Rounding the magnitude away from zero is rounding up for a positive value, down for a
    // negative one.
    let away = matches!((dir, negative), (Dir::Up, false) | (Dir::Down, true));
    if tail && away {
        m += 1;
        if m > MAX_MANTISSA {
            if scale == 0 {
                return None;
            }
            m = m.div_ceil(10);
            scale -= 1;
        }
    }
    let signed = i128::try_from(m).ok()?;
    let signed = if negative { -signed } else { signed };
    let scale = u32::try_from(scale).ok()?;
    let value = Decimal::try_from_i128_with_scale(signed, scale).ok()?;
    Some(Rounded {
        value,
        exact: !tail,
    })
}

/// `m` without its last `k` digits, and whether any digit dropped or `tail` is nonzero.
fn drop_digits(m: u128, k: i64, tail: bool) -> (u128, bool) {
    match power_of_ten(k) {
        Some(1) => (m, tail),
        Some(unit) => (m / unit, tail || !m.is_multiple_of(unit)),
        // A power of ten beyond 128 bits is above `m`: every digit goes.
        None => (0, tail || m != 0),
    }
}

/// How many last digits `m` must lose to fit 96 bits: the least `k` with
/// `m / 10^k <= MAX_MANTISSA`, that is `m < (MAX_MANTISSA + 1) * 10^k`.
fn digits_beyond_mantissa(m: u128) -> i64 {
    let mut k = 0;
    let mut limit = MAX_MANTISSA + 1;
    while m >= limit {
        k += 1;
        match limit.checked_mul(10) {
            Some(next) => limit = next,
            // The next limit is beyond 128 bits, so above `m`.
            None => break,
        }
    }
    k
}

/// The full product of two mantissas below 2^96, as four 64-bit limbs, least significant first.
#[allow(clippy::cast_possible_truncation)] // splitting into 64-bit limbs, on purpose
fn mul_wide(a: u128, b: u128) -> [u64; 4] {
    let (a0, a1) = (a & u128::from(u64::MAX), a >> 64);
    let (b0, b1) = (b & u128::from(u64::MAX), b >> 64);
    // a1 and b1 are below 2^32, so no partial product or their sum overflows.
    let low = a0 * b0;
    let middle = a0 * b1 + a1 * b0;
    let high = a1 * b1;
    let (lo, carry) = low.overflowing_add(middle << 64);
    let hi = high + (middle >> 64) + u128::from(carry);
    [lo as u64, (lo >> 64) as u64, hi as u64, (hi >> 64) as u64]
}

/// Divides a four-limb number by ten in place, returning the remainder.
#[allow(clippy::cast_possible_truncation)] // each quotient limb and the remainder fit 64 bits
fn div10(x: &mut [u64; 4]) -> u64 {
    let mut rem = 0u128;
    for limb in x.iter_mut().rev() {
        let cur = (rem << 64) | u128::from(*limb);
        *limb = (cur / 10) as u64;
        rem = cur % 10;
    }
    rem as u64
}

/// `a * b`, rounded in direction `dir`; `None` when the result is beyond a `Decimal`.
pub(crate) fn mul(a: Decimal, b: Decimal, dir: Dir) -> Option<Rounded> {
    let (na, ma, sa) = parts(a);
    let (nb, mb, sb) = parts(b);
    let negative = na != nb;
    // A product that fits 128 bits is exact there, and `fit` rounds it as it would the four
    // limbs below (whose top two are then zero).
    match ma.checked_mul(mb) {
        Some(m) => fit(negative, m, sa + sb, false, dir),
        None => mul_wide_path(a, b, dir),
    }
}

/// [`mul`] on four limbs, for any product.
fn mul_wide_path(a: Decimal, b: Decimal, dir: Dir) -> Option<Rounded> {
    let (na, ma, sa) = parts(a);
    let (nb, mb, sb) = parts(b);
    let negative = na != nb;
    let mut wide = mul_wide(ma, mb);
    let mut scale = sa + sb;
    let mut tail = false;
    // Drop digits until the product fits 128 bits; `fit` drops the rest and rounds once.
    while matches!(wide, [_, _, l2, l3] if l2 != 0 || l3 != 0) {
        tail |= div10(&mut wide) != 0;
        scale -= 1;
    }
    let [l0, l1, _, _] = wide;
    let m = u128::from(l0) | (u128::from(l1) << 64);
    fit(negative, m, scale, tail, dir)
}

/// `n / d`, rounded in direction `dir`; `None` when `d` is zero or the result is beyond a
/// `Decimal`.
pub(crate) fn div(n: Decimal, d: Decimal, dir: Dir) -> Option<Rounded> {
    const STEP: u128 = 100_000_000;
    if d.is_zero() {
        return None;
    }
    let (nn, mn, sn) = parts(n);
    let (nd, md, sd) = parts(d);
    if mn == 0 {
        return Some(Rounded {
            value: Decimal::ZERO,
            exact: true,
        });
    }
    let negative = nn != nd;
    let mut q = mn / md;
    let mut r = mn % md;
    let mut scale = sn - sd;
    // Long division, eight digits a step: r < md < 2^96, so r * 10^8 < 2^123, and q stays below
    // 10^38 < 2^127. Stop once q holds more digits than a Decimal keeps (fit then rounds them
    // away, with the remainder as the tail) or the remainder is zero.
    while r != 0 && q < 10u128.pow(30) && scale < MAX_SCALE + 2 {
        r *= STEP;
        q = q * STEP + r / md;
        r %= md;
        scale += 8;
    }
    fit(negative, q, scale, r != 0, dir)
}

/// `a + b`, rounded in direction `dir`: the exact sum of the two mantissas aligned to the larger
/// scale, rounded once. (Decimal's own addition cannot say whether it rounded: it returns the
/// other operand unchanged when one is zero, at that operand's scale, so a scale that dropped
/// does not prove a rounding; stepping outward on that guess turned `0.000…0 - 1` into `-2`.)
pub(crate) fn add(a: Decimal, b: Decimal, dir: Dir) -> Option<Rounded> {
    let (na, ma, sa) = parts(a);
    let (nb, mb, sb) = parts(b);
    let scale = sa.max(sb);
    // Where both aligned mantissas and their sum fit 128 bits, the sum is exact there and `fit`
    // rounds it as it would the four limbs below (whose top two are then zero): the checker's
    // figures and ends nearly always do.
    match narrow_sum((na, ma, sa), (nb, mb, sb), scale) {
        Some((negative, m)) => fit(negative && m != 0, m, scale, false, dir),
        None => add_wide_path(a, b, dir),
    }
}

/// [`add`] on four limbs, for any sum.
fn add_wide_path(a: Decimal, b: Decimal, dir: Dir) -> Option<Rounded> {
    let (na, ma, sa) = parts(a);
    let (nb, mb, sb) = parts(b);
    let scale = sa.max(sb);
    // Both scales are at most 28, so each aligned mantissa is below 2^96 * 10^28 < 2^190 and
    // their sum below 2^191: four limbs hold it.
    let align = |m: u128, s: i64| {
        let shift = u32::try_from(scale - s).ok()?;
        Some(mul_wide(m, 10u128.checked_pow(shift)?))
    };
    let (wa, wb) = (align(ma, sa)?, align(mb, sb)?);
    let (negative, mut wide) = if na == nb {
        (na, add_wide(wa, wb))
    } else if wa.iter().rev().cmp(wb.iter().rev()).is_ge() {
        (na, sub_wide(wa, wb))
    } else {
        (nb, sub_wide(wb, wa))
    };
    let mut scale = scale;
    let mut tail = false;
    while matches!(wide, [_, _, l2, l3] if l2 != 0 || l3 != 0) {
        tail |= div10(&mut wide) != 0;
        scale -= 1;
    }
    let [l0, l1, _, _] = wide;
    let m = u128::from(l0) | (u128::from(l1) << 64);
    fit(negative && m != 0, m, scale, tail, dir)
}

/// The sign and magnitude of the sum of two signed mantissas aligned to `scale`, when each
/// aligned mantissa and the sum fit 128 bits.
fn narrow_sum(
    (na, ma, sa): (bool, u128, i64),
    (nb, mb, sb): (bool, u128, i64),
    scale: i64,
) -> Option<(bool, u128)> {
    let align = |m: u128, s: i64| m.checked_mul(power_of_ten(scale - s)?);
    let (wa, wb) = (align(ma, sa)?, align(mb, sb)?);
    Some(if na == nb {
        (na, wa.checked_add(wb)?)
    } else if wa >= wb {
        (na, wa - wb)
    } else {
        (nb, wb - wa)
    })
}

/// `x + y` for four-limb numbers whose sum fits four limbs.
fn add_wide(x: [u64; 4], y: [u64; 4]) -> [u64; 4] {
    let mut out = [0u64; 4];
    let mut carry = false;
    for ((o, a), b) in out.iter_mut().zip(x).zip(y) {
        let (s, c1) = a.overflowing_add(b);
        let (s, c2) = s.overflowing_add(u64::from(carry));
        *o = s;
        carry = c1 || c2;
    }
    out
}

/// `x - y` for four-limb numbers with `x >= y`.
fn sub_wide(x: [u64; 4], y: [u64; 4]) -> [u64; 4] {
    let mut out = [0u64; 4];
    let mut borrow = false;
    for ((o, a), b) in out.iter_mut().zip(x).zip(y) {
        let (d, b1) = a.overflowing_sub(b);
        let (d, b2) = d.overflowing_sub(u64::from(borrow));
        *o = d;
        borrow = b1 || b2;
    }
    out
}

/// `a - b`, rounded in direction `dir`.
pub(crate) fn sub(a: Decimal, b: Decimal, dir: Dir) -> Option<Rounded> {
    add(a, -b, dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `fit` as it was, dropping one digit at a time: the reference for the one that drops
    /// them in at most two divisions.
    fn fit_digit_by_digit(
        negative: bool,
        mut m: u128,
        mut scale: i64,
        mut tail: bool,
        dir: Dir,
    ) -> Option<Rounded> {
        if scale < 0 && tail {
            return None;
        }
        while scale < 0 {
            m = m.checked_mul(10)?;
            scale += 1;
        }
        while scale > MAX_SCALE || m > MAX_MANTISSA {
            if scale == 0 {
                return None;
            }
            tail |= !m.is_multiple_of(10);
            m /= 10;
            scale -= 1;
        }
        let away = matches!((dir, negative), (Dir::Up, false) | (Dir::Down, true));
        if tail && away {
            m += 1;
            if m > MAX_MANTISSA {
                if scale == 0 {
                    return None;
                }
                m = m.div_ceil(10);
                scale -= 1;
            }
        }
        let signed = i128::try_from(m).ok()?;
        let signed = if negative { -signed } else { signed };
        let scale = u32::try_from(scale).ok()?;
        let value = Decimal::try_from_i128_with_scale(signed, scale).ok()?;
        Some(Rounded {
            value,
            exact: !tail,
        })
    }

    /// Results compared with their scales and signs, which `Decimal`'s equality ignores.
    fn exactly(r: Option<Rounded>) -> Option<(i128, u32, bool, bool)> {
        r.map(|r| {
            (
                r.value.mantissa(),
                r.value.scale(),
                r.value.is_sign_negative(),
                r.exact,
            )
        })
    }

    fn any_decimal() -> impl proptest::strategy::Strategy<Value = Decimal> {
        use proptest::prelude::*;
        let mantissa = prop_oneof![
            -1_000_000i128..1_000_000,
            any::<i64>().prop_map(i128::from),
            -(1i128 << 96) + 1..(1i128 << 96),
            Just(0i128),
        ];
        (mantissa, 0u32..=28, any::<bool>()).prop_map(|(m, scale, negative_zero)| {
            let d = Decimal::from_i128_with_scale(m, scale);
            // Decimal keeps the sign of a zero; the arithmetic must not care.
            if m == 0 && negative_zero { -d } else { d }
        })
    }

    fn any_dir() -> impl proptest::strategy::Strategy<Value = Dir> {
        proptest::prop_oneof![
            proptest::strategy::Just(Dir::Down),
            proptest::strategy::Just(Dir::Up)
        ]
    }

    proptest::proptest! {
        /// Dropping the digits in two divisions gives what dropping them one by one gave.
        #[test]
        fn fit_drops_digits_as_one_at_a_time(
            negative in proptest::prelude::any::<bool>(),
            m in proptest::prop_oneof![
                0u128..1_000_000,
                proptest::prelude::any::<u128>(),
                MAX_MANTISSA - 1000..MAX_MANTISSA + 1000,
                (MAX_MANTISSA + 1) * 10 - 1000..(MAX_MANTISSA + 1) * 10 + 1000,
            ],
            scale in -40i64..80,
            tail in proptest::prelude::any::<bool>(),
            dir in any_dir(),
        ) {
            proptest::prop_assert_eq!(
                exactly(fit(negative, m, scale, tail, dir)),
                exactly(fit_digit_by_digit(negative, m, scale, tail, dir))
            );
        }

        /// The 128-bit sum and product give exactly what the four-limb ones give.
        #[test]
        fn narrow_sums_and_products_are_the_wide_ones(
            a in any_decimal(),
            b in any_decimal(),
            dir in any_dir(),
        ) {
            proptest::prop_assert_eq!(exactly(add(a, b, dir)), exactly(add_wide_path(a, b, dir)));
            proptest::prop_assert_eq!(exactly(sub(a, b, dir)), exactly(add_wide_path(a, -b, dir)));
            proptest::prop_assert_eq!(exactly(mul(a, b, dir)), exactly(mul_wide_path(a, b, dir)));
        }
    }

    fn d(s: &str) -> Decimal {
        s.parse().unwrap_or_default()
    }

    #[test]
    fn division_rounds_outward() {
        let down = div(d("1"), d("3"), Dir::Down).unwrap();
        let up = div(d("1"), d("3"), Dir::Up).unwrap();
        assert!(!down.exact && !up.exact);
        assert_eq!(down.value, d("0.3333333333333333333333333333"));
        assert_eq!(up.value, d("0.3333333333333333333333333334"));
        let neg = div(d("-1"), d("3"), Dir::Down).unwrap();
        assert_eq!(neg.value, d("-0.3333333333333333333333333334"));
        let exact = div(d("28"), d("1.6"), Dir::Up).unwrap();
        assert_eq!(
            exact,
            Rounded {
                value: d("17.5"),
                exact: true
            }
        );
        assert!(div(d("1"), Decimal::ZERO, Dir::Up).is_none());
        assert!(div(Decimal::MAX, d("0.0000001"), Dir::Up).is_none());
    }

    #[test]
    fn multiplication_rounds_outward() {
        let x = d("1.0000000000000000000000000001");
        let down = mul(x, x, Dir::Down).unwrap();
        let up = mul(x, x, Dir::Up).unwrap();
        assert!(down.value < up.value);
        assert!(!down.exact);
        assert_eq!(
            mul(d("1.5"), d("-2"), Dir::Down).unwrap(),
            Rounded {
                value: d("-3.0"),
                exact: true
            }
        );
        let big = mul(Decimal::MAX, Decimal::MAX, Dir::Up);
        assert!(big.is_none());
        let m = mul(d("79228162514264337593543950335"), d("0.5"), Dir::Down).unwrap();
        assert_eq!(m.value, d("39614081257132168796771975167"));
        assert!(!m.exact);
        let m = mul(d("79228162514264337593543950335"), d("0.5"), Dir::Up).unwrap();
        assert_eq!(m.value, d("39614081257132168796771975168"));
    }

    #[test]
    fn addition_is_exact_or_steps_outward() {
        assert_eq!(
            add(d("1.5"), d("2.25"), Dir::Down).unwrap(),
            Rounded {
                value: d("3.75"),
                exact: true
            }
        );
        let a = d("79228162514264337593543950.335");
        let b = d("0.0005");
        let down = add(a, b, Dir::Down).unwrap();
        let up = add(a, b, Dir::Up).unwrap();
        assert!(down.value <= a + b && up.value >= a + b);
        assert!(down.value < up.value);
    }

    /// Found by the checker fuzz target: Decimal's addition returns `-1` for a zero at scale 28
    /// plus `-1`, at scale 0, and the guess that a dropped scale means a rounding stepped it a
    /// whole unit outward, to `-2` (a compound rate of -200 % from a ratio that underflowed).
    #[test]
    fn adding_a_zero_with_decimals_is_exact() {
        let zero = Decimal::new(0, 28);
        for dir in [Dir::Down, Dir::Up] {
            assert_eq!(
                add(zero, Decimal::NEGATIVE_ONE, dir),
                Some(Rounded {
                    value: Decimal::NEGATIVE_ONE,
                    exact: true
                })
            );
            assert_eq!(
                sub(d("7"), zero, dir).map(|r| (r.value, r.exact)),
                Some((d("7"), true))
            );
        }
        // A sum that needs more digits than a Decimal holds is rounded once, by one unit of its
        // last place at most, and the other way gives the next value.
        let a = d("7922816251426433759354395033.5");
        let b = d("0.25");
        let down = add(a, b, Dir::Down).unwrap();
        let up = add(a, b, Dir::Up).unwrap();
        assert_eq!(down.value, d("7922816251426433759354395033"));
        assert_eq!(up.value, d("7922816251426433759354395034"));
        assert!(!down.exact && !up.exact);
        // Opposite signs cancel exactly, and zero has no sign.
        let z = add(d("1.5"), d("-1.50"), Dir::Down).unwrap();
        assert!(z.exact && z.value.is_zero() && !z.value.is_sign_negative());
        assert!(add(Decimal::MAX, Decimal::ONE, Dir::Up).is_none());
    }
}
