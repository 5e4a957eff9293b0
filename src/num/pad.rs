//! Width, fill, alignment and precision for the crate's `Display` impls, written once.
//!
//! A value writes its text through a closure, which [`pad`] calls once to count the characters
//! and once to write them between the fill, so nothing is allocated. Numbers take the precision
//! themselves (as decimals shown, through [`fixed`]) and are right-aligned by default, as Rust's
//! numbers are; text is left-aligned and cut to the precision, as `str` is.

use core::fmt::{self, Alignment, Formatter, Write};

use rust_decimal::Decimal;

use crate::num::decimal::round_to;
use crate::num::rounding::Rounding;

/// Where a value sits in a wider field when the format string names no alignment, and what the
/// precision means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Right-aligned; the `0` flag pads with zeros after the sign; the value has read the
    /// precision already.
    Number,
    /// Left-aligned; the precision is the most characters written.
    Text,
    /// Left-aligned; the value has read the precision already (an interval's ends).
    Compound,
}

/// Counts the characters written, and keeps the first one.
struct Count {
    chars: usize,
    first: Option<char>,
}

impl Write for Count {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        if self.first.is_none() {
            self.first = s.chars().next();
        }
        self.chars += s.chars().count();
        Ok(())
    }
}

/// Passes the characters from the `skip`-th to the `end`-th (exclusive) through.
struct Window<'a, 'b> {
    out: &'a mut Formatter<'b>,
    at: usize,
    skip: usize,
    end: usize,
}

impl Write for Window<'_, '_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        for c in s.chars() {
            if self.at >= self.skip && self.at < self.end {
                self.out.write_char(c)?;
            }
            self.at += 1;
        }
        Ok(())
    }
}

/// Writes what `body` writes, honouring the formatter's width, fill and alignment (and, for
/// text, its precision). `body` must write the same text each time it is called.
pub(crate) fn pad(
    f: &mut Formatter<'_>,
    kind: Kind,
    body: impl Fn(&mut dyn Write) -> fmt::Result,
) -> fmt::Result {
    let limit = match kind {
        Kind::Text => f.precision(),
        Kind::Number | Kind::Compound => None,
    };
    if f.width().is_none() && limit.is_none() {
        return body(f);
    }
    let mut count = Count {
        chars: 0,
        first: None,
    };
    body(&mut count)?;
    let len = limit.map_or(count.chars, |n| count.chars.min(n));
    let fill = f.width().unwrap_or(0).saturating_sub(len);
    let mut skip = 0;
    let (before, after, fill_char) = if kind == Kind::Number && f.sign_aware_zero_pad() {
        // Zeros go after the sign: `-0001.50`.
        if let Some(sign @ ('-' | '+')) = count.first {
            f.write_char(sign)?;
            skip = 1;
        }
        (fill, 0, '0')
    } else {
        let align = f.align().unwrap_or(match kind {
            Kind::Number => Alignment::Right,
            Kind::Text | Kind::Compound => Alignment::Left,
        });
        match align {
            Alignment::Left => (0, fill, f.fill()),
            Alignment::Right => (fill, 0, f.fill()),
            Alignment::Center => (fill / 2, fill - fill / 2, f.fill()),
        }
    };
    for _ in 0..before {
        f.write_char(fill_char)?;
    }
    body(&mut Window {
        out: f,
        at: 0,
        skip,
        end: len,
    })?;
    for _ in 0..after {
        f.write_char(fill_char)?;
    }
    Ok(())
}

/// The `Display` of a decimal number: `value` with the digits it holds (its scale), or with
/// exactly as many decimals as the precision asks, rounded half-even; a `+` before it when
/// it is not negative and `plus` or the `+` flag asks for one, `suffix` after it; zero without
/// a sign; padded as a number.
pub(crate) fn decimal(
    f: &mut Formatter<'_>,
    value: Decimal,
    plus: bool,
    suffix: &str,
) -> fmt::Result {
    let dp = f.precision();
    let plus = plus || f.sign_plus();
    let value = match dp {
        Some(dp) => rounded(value, dp, Rounding::HalfEven),
        None => unsigned_zero(value),
    };
    pad(f, Kind::Number, |w| {
        if plus && !value.is_sign_negative() {
            w.write_char('+')?;
        }
        write!(w, "{value}")?;
        if let Some(dp) = dp {
            zeros(w, value, dp)?;
        }
        w.write_str(suffix)
    })
}

/// Writes `value` with exactly `dp` decimals: rounded to `dp` decimals in the direction `mode`
/// says when it holds more, followed by zeros when it holds fewer. Zero is written without a
/// sign.
pub(crate) fn fixed(out: &mut dyn Write, value: Decimal, dp: usize, mode: Rounding) -> fmt::Result {
    let value = rounded(value, dp, mode);
    write!(out, "{value}")?;
    zeros(out, value, dp)
}

/// Zero without its sign.
fn unsigned_zero(mut value: Decimal) -> Decimal {
    if value.is_zero() {
        value.set_sign_positive(true);
    }
    value
}

/// `value` rounded to `dp` decimals when it holds more, zero without a sign.
fn rounded(value: Decimal, dp: usize, mode: Rounding) -> Decimal {
    // A Decimal holds at most 28 decimals, so a larger precision rounds nothing.
    unsigned_zero(u32::try_from(dp).map_or(value, |dp| round_to(value, dp, mode)))
}

/// The zeros (and the point) that bring a value written with its own scale to `dp` decimals.
fn zeros(out: &mut dyn Write, value: Decimal, dp: usize) -> fmt::Result {
    let held = usize::try_from(value.scale()).unwrap_or(0);
    if held == 0 && dp > 0 {
        out.write_char('.')?;
    }
    for _ in held..dp {
        out.write_char('0')?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Text(&'static str);

    impl fmt::Display for Text {
        fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
            pad(f, Kind::Text, |w| w.write_str(self.0))
        }
    }

    struct Number(Decimal);

    impl fmt::Display for Number {
        fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
            let dp = f.precision();
            pad(f, Kind::Number, |w| match dp {
                Some(dp) => fixed(w, self.0, dp, Rounding::HalfEven),
                None => write!(w, "{}", self.0),
            })
        }
    }

    #[test]
    fn text_pads_as_str_does() {
        for s in ["", "a", "2014-Q3", "été"] {
            assert_eq!(format!("{:>9}", Text(s)), format!("{s:>9}"));
            assert_eq!(format!("{:*^9}", Text(s)), format!("{s:*^9}"));
            assert_eq!(format!("{:9}", Text(s)), format!("{s:9}"));
            assert_eq!(format!("{:.2}", Text(s)), format!("{s:.2}"));
            assert_eq!(format!("{:>6.2}", Text(s)), format!("{s:>6.2}"));
            assert_eq!(format!("{}", Text(s)), s);
        }
    }

    #[test]
    fn numbers_pad_as_integers_do() {
        for n in [0i64, 7, -7, 123_456] {
            let d = Decimal::from(n);
            assert_eq!(format!("{:8}", Number(d)), format!("{n:8}"));
            assert_eq!(format!("{:<8}", Number(d)), format!("{n:<8}"));
            assert_eq!(format!("{:_^8}", Number(d)), format!("{n:_^8}"));
            assert_eq!(format!("{:08}", Number(d)), format!("{n:08}"));
            assert_eq!(format!("{:2}", Number(d)), format!("{n:2}"));
        }
    }

    #[test]
    fn fixed_rounds_half_even_and_pads_zeros() {
        let text = |v: Decimal, dp| format!("{:.*}", dp, Number(v));
        assert_eq!(text(Decimal::from(25), 1), "25.0");
        assert_eq!(text(Decimal::new(125, 2), 1), "1.2");
        assert_eq!(text(Decimal::new(135, 2), 1), "1.4");
        assert_eq!(text(Decimal::new(-4, 2), 1), "0.0");
        assert_eq!(text(Decimal::new(15, 1), 0), "2");
        assert_eq!(text(Decimal::new(15, 1), 3), "1.500");
        assert_eq!(text(Decimal::new(1, 28), 30).len(), 32);
        assert_eq!(format!("{:>8.2}", Number(Decimal::new(-15, 1))), "   -1.50");
        assert_eq!(format!("{:08.2}", Number(Decimal::new(-15, 1))), "-0001.50");
    }

    struct Signed(Decimal);

    impl fmt::Display for Signed {
        fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
            decimal(f, self.0, false, "%")
        }
    }

    #[test]
    fn decimals_take_the_plus_flag() {
        assert_eq!(format!("{:+}", Signed(Decimal::new(165, 1))), "+16.5%");
        assert_eq!(format!("{:+.0}", Signed(Decimal::new(-4, 1))), "+0%");
        assert_eq!(
            format!("{:+08.1}", Signed(Decimal::new(-165, 1))),
            "-0016.5%"
        );
        assert_eq!(
            format!("{:+08.1}", Signed(Decimal::new(165, 1))),
            "+0016.5%"
        );
    }
}
