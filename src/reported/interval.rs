//! Ranges of real values with open, closed or missing ends.

use core::cmp::Ordering;
use core::fmt;

use rust_decimal::Decimal;

use crate::Error;
use crate::num::decimal::{Plain, round_to};
use crate::num::pad;
use crate::num::rounding::Rounding;

/// One end of an [`Interval`]: a value, and whether the value itself belongs to the interval.
///
/// ```
/// use morocco_ecommerce::Bound;
/// let b = Bound::open(rust_decimal::Decimal::from(2_100_000));
/// assert!(!b.closed);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Bound {
    /// Where the end is.
    pub value: Decimal,
    /// Whether the interval holds `value` itself.
    pub closed: bool,
}

impl Bound {
    /// A closed end at `value`.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::Bound;
    /// assert!(Bound::closed(rust_decimal::Decimal::ONE).closed);
    /// ```
    pub const fn closed(value: Decimal) -> Bound {
        Bound {
            value,
            closed: true,
        }
    }

    /// An open end at `value`.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::Bound;
    /// assert!(!Bound::open(rust_decimal::Decimal::ONE).closed);
    /// ```
    pub const fn open(value: Decimal) -> Bound {
        Bound {
            value,
            closed: false,
        }
    }
}

/// A range of values, each end closed, open or absent (unbounded).
///
/// The checker's ranges are intervals: the values a rounded or hedged figure allows, and the
/// values a computation on such figures can give.
///
/// # Example
///
/// ```
/// use morocco_ecommerce::{Bound, Interval};
/// use rust_decimal::Decimal;
///
/// let sixteen = Interval::new(Some(Bound::closed(Decimal::new(155, 1))), Some(Bound::closed(Decimal::new(165, 1))))?;
/// let computed = Interval::new(Some(Bound::closed(Decimal::new(1612, 2))), Some(Bound::closed(Decimal::new(1742, 2))))?;
/// assert!(sixteen.overlaps(&computed));
/// assert_eq!(sixteen.to_string(), "[15.5, 16.5]");
/// let more_than = Interval::new(Some(Bound::open(Decimal::from(2))), None)?;
/// assert_eq!(more_than.to_string(), "(2, +inf)");
/// # Ok::<(), morocco_ecommerce::Error>(())
/// ```
///
/// With `serde`, one JSON object wherever an interval appears (a figure's range, a finding's
/// stated and computed ranges, a conflict's): its ends `low` and `high`, each a decimal string in
/// canonical form or `null` where the interval is unbounded, and `low_closed` and `high_closed`,
/// whether each end belongs to it (`false` for an unbounded end, which reading refuses as `true`).
///
/// ```
/// # #[cfg(feature = "serde")] {
/// use morocco_ecommerce::{Bound, Interval};
/// use rust_decimal::Decimal;
///
/// let more_than = Interval::new(Some(Bound::open(Decimal::new(2100, 3))), None)?;
/// let json = serde_json::to_string(&more_than)?;
/// assert_eq!(json, r#"{"low":"2.1","high":null,"low_closed":false,"high_closed":false}"#);
/// assert_eq!(serde_json::from_str::<Interval>(&json)?, more_than);
/// # }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Interval {
    low: Option<Bound>,
    high: Option<Bound>,
}

impl Interval {
    /// Every value.
    pub const ALL: Interval = Interval {
        low: None,
        high: None,
    };

    /// An interval from its ends; `None` is an unbounded end.
    ///
    /// # Errors
    ///
    /// [`Error::EmptyInterval`] when the ends hold no value between them.
    ///
    /// ```
    /// # use morocco_ecommerce::{Bound, Interval};
    /// # use rust_decimal::Decimal;
    /// assert!(Interval::new(Some(Bound::open(Decimal::ONE)), Some(Bound::closed(Decimal::ONE))).is_err());
    /// assert!(Interval::new(None, None).is_ok());
    /// ```
    pub fn new(low: Option<Bound>, high: Option<Bound>) -> Result<Interval, Error> {
        let interval = Interval { low, high };
        if interval.is_empty() {
            return Err(Error::EmptyInterval(interval.to_string()));
        }
        Ok(interval)
    }

    /// The closed interval `[low, high]`.
    ///
    /// # Errors
    ///
    /// [`Error::EmptyInterval`] when `low > high`.
    ///
    /// ```
    /// # use morocco_ecommerce::Interval;
    /// # use rust_decimal::Decimal;
    /// assert_eq!(Interval::closed(Decimal::ONE, Decimal::TWO)?.to_string(), "[1, 2]");
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn closed(low: Decimal, high: Decimal) -> Result<Interval, Error> {
        Interval::new(Some(Bound::closed(low)), Some(Bound::closed(high)))
    }

    /// The single value `[value, value]`.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::Interval;
    /// assert_eq!(Interval::point(rust_decimal::Decimal::TEN).to_string(), "[10, 10]");
    /// ```
    pub const fn point(value: Decimal) -> Interval {
        Interval {
            low: Some(Bound::closed(value)),
            high: Some(Bound::closed(value)),
        }
    }

    /// An interval that may be empty, for internal use.
    pub(crate) const fn raw(low: Option<Bound>, high: Option<Bound>) -> Interval {
        Interval { low, high }
    }

    /// The lower end, `None` when unbounded below.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::{Bound, Interval};
    /// # use rust_decimal::Decimal;
    /// let i = Interval::new(Some(Bound::open(Decimal::ONE)), None)?;
    /// assert_eq!(i.low(), Some(Bound::open(Decimal::ONE)));
    /// assert_eq!(i.high(), None);
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub const fn low(&self) -> Option<Bound> {
        self.low
    }

    /// The upper end, `None` when unbounded above.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::Interval;
    /// # use rust_decimal::Decimal;
    /// assert_eq!(Interval::closed(Decimal::ONE, Decimal::TWO)?.high().map(|b| b.value), Some(Decimal::TWO));
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub const fn high(&self) -> Option<Bound> {
        self.high
    }

    /// Whether the interval holds no value.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::Interval;
    /// # use rust_decimal::Decimal;
    /// let a = Interval::closed(Decimal::ONE, Decimal::TWO)?;
    /// let b = Interval::closed(Decimal::TEN, Decimal::ONE_HUNDRED)?;
    /// assert!(a.intersect(&b).is_empty());
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn is_empty(&self) -> bool {
        match (self.low, self.high) {
            (Some(l), Some(h)) => match l.value.cmp(&h.value) {
                Ordering::Greater => true,
                Ordering::Equal => !(l.closed && h.closed),
                Ordering::Less => false,
            },
            _ => false,
        }
    }

    /// Whether `value` is in the interval.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::{Bound, Interval};
    /// # use rust_decimal::Decimal;
    /// let more_than_two = Interval::new(Some(Bound::open(Decimal::TWO)), None)?;
    /// assert!(!more_than_two.contains(Decimal::TWO));
    /// assert!(more_than_two.contains(Decimal::from(1_000_000)));
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn contains(&self, value: Decimal) -> bool {
        let above_low = self
            .low
            .is_none_or(|l| value > l.value || (l.closed && value == l.value));
        let below_high = self
            .high
            .is_none_or(|h| value < h.value || (h.closed && value == h.value));
        above_low && below_high
    }

    /// The values in both intervals.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::Interval;
    /// # use rust_decimal::Decimal;
    /// let a = Interval::closed(Decimal::ONE, Decimal::from(5))?;
    /// let b = Interval::closed(Decimal::from(3), Decimal::from(9))?;
    /// assert_eq!(a.intersect(&b).to_string(), "[3, 5]");
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn intersect(&self, other: &Interval) -> Interval {
        let low = match (self.low, other.low) {
            (Some(a), Some(b)) => Some(match a.value.cmp(&b.value) {
                Ordering::Greater => a,
                Ordering::Less => b,
                Ordering::Equal => Bound {
                    value: a.value,
                    closed: a.closed && b.closed,
                },
            }),
            (a, b) => a.or(b),
        };
        let high = match (self.high, other.high) {
            (Some(a), Some(b)) => Some(match a.value.cmp(&b.value) {
                Ordering::Less => a,
                Ordering::Greater => b,
                Ordering::Equal => Bound {
                    value: a.value,
                    closed: a.closed && b.closed,
                },
            }),
            (a, b) => a.or(b),
        };
        Interval { low, high }
    }

    /// Whether the two intervals share a value.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::Interval;
    /// # use rust_decimal::Decimal;
    /// let stated = Interval::closed(Decimal::new(155, 1), Decimal::new(165, 1))?;
    /// let computed = Interval::closed(Decimal::new(1612, 2), Decimal::new(1742, 2))?;
    /// assert!(stated.overlaps(&computed));
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn overlaps(&self, other: &Interval) -> bool {
        !self.intersect(other).is_empty()
    }

    /// Whether every value of `other` is in `self`.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::Interval;
    /// # use rust_decimal::Decimal;
    /// let wide = Interval::closed(Decimal::ZERO, Decimal::TEN)?;
    /// assert!(wide.encloses(&Interval::point(Decimal::ONE)));
    /// assert!(!Interval::point(Decimal::ONE).encloses(&wide));
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn encloses(&self, other: &Interval) -> bool {
        let low_ok = match (self.low, other.low) {
            (None, _) => true,
            (Some(_), None) => false,
            (Some(a), Some(b)) => {
                a.value < b.value || (a.value == b.value && (a.closed || !b.closed))
            }
        };
        let high_ok = match (self.high, other.high) {
            (None, _) => true,
            (Some(_), None) => false,
            (Some(a), Some(b)) => {
                a.value > b.value || (a.value == b.value && (a.closed || !b.closed))
            }
        };
        low_ok && high_ok
    }

    /// The distance from this interval to a disjoint one, `None` when they overlap or touch. A
    /// distance beyond what a `Decimal` holds is given as `Decimal::MAX`.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::Interval;
    /// # use rust_decimal::Decimal;
    /// let stated = Interval::closed(Decimal::new(1485, 2), Decimal::new(1495, 2))?;
    /// let computed = Interval::closed(Decimal::new(1532, 2), Decimal::from(20))?;
    /// assert_eq!(stated.gap_to(&computed), Some(Decimal::new(37, 2)));
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn gap_to(&self, other: &Interval) -> Option<Decimal> {
        if self.overlaps(other) {
            return None;
        }
        if let (Some(h), Some(l)) = (self.high, other.low)
            && h.value <= l.value
        {
            return Some(l.value.checked_sub(h.value).unwrap_or(Decimal::MAX));
        }
        if let (Some(l), Some(h)) = (self.low, other.high)
            && h.value <= l.value
        {
            return Some(l.value.checked_sub(h.value).unwrap_or(Decimal::MAX));
        }
        None
    }

    /// The interval written with its ends rounded outward to `dp` decimals, for messages: the
    /// written interval still holds this one.
    ///
    /// ```
    /// # use morocco_ecommerce::Interval;
    /// # use rust_decimal::Decimal;
    /// let third = Interval::closed(Decimal::ONE / Decimal::from(3), Decimal::TWO / Decimal::from(3))?;
    /// assert_eq!(third.to_string_rounded(2), "[0.33, 0.67]");
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    #[must_use]
    pub fn to_string_rounded(&self, dp: u32) -> String {
        self.rounded_out(dp).to_string()
    }

    /// The interval with its ends rounded outward to `dp` decimals; ends already that short
    /// are kept as they are.
    pub(crate) fn rounded_out(&self, dp: u32) -> Interval {
        let cut = |b: Option<Bound>, mode| {
            b.map(|b| Bound {
                value: round_to(b.value, dp, mode),
                closed: b.closed,
            })
        };
        Interval::raw(
            cut(self.low, Rounding::Floor),
            cut(self.high, Rounding::Ceiling),
        )
    }

    /// The width, `None` when unbounded.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::{Bound, Interval};
    /// # use rust_decimal::Decimal;
    /// assert_eq!(Interval::closed(Decimal::ONE, Decimal::TEN)?.width(), Some(Decimal::from(9)));
    /// assert_eq!(Interval::new(Some(Bound::open(Decimal::ONE)), None)?.width(), None);
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn width(&self) -> Option<Decimal> {
        match (self.low, self.high) {
            (Some(l), Some(h)) => h.value.checked_sub(l.value),
            _ => None,
        }
    }
}

impl fmt::Display for Interval {
    /// `[a, b]` for closed ends, `(a, b)` for open ones, `-inf`/`+inf` for absent ones, each end
    /// without trailing zeros. A precision writes each end with that many decimals, rounded
    /// outward (the low end down, the high end up) so that the written interval still holds
    /// this one. Width, fill and alignment pad the whole, left-aligned by default.
    ///
    /// ```
    /// # use morocco_ecommerce::Interval;
    /// # use rust_decimal::Decimal;
    /// let i = Interval::closed(Decimal::new(16119, 3), Decimal::new(17417, 3))?;
    /// assert_eq!(format!("{i:.1}"), "[16.1, 17.5]");
    /// assert_eq!(format!("{i:.4}"), "[16.1190, 17.4170]");
    /// assert_eq!(format!("[{i:>18}]"), "[  [16.119, 17.417]]");
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let dp = f.precision();
        let end = |w: &mut dyn fmt::Write, value: Decimal, mode: Rounding| match dp {
            Some(dp) => pad::fixed(w, value, dp, mode),
            None => Plain(value).write_to(w),
        };
        pad::pad(f, pad::Kind::Compound, |w| {
            match self.low {
                Some(b) => {
                    w.write_str(if b.closed { "[" } else { "(" })?;
                    end(w, b.value, Rounding::Floor)?;
                }
                None => w.write_str("(-inf")?,
            }
            w.write_str(", ")?;
            match self.high {
                Some(b) => {
                    end(w, b.value, Rounding::Ceiling)?;
                    w.write_str(if b.closed { "]" } else { ")" })
                }
                None => w.write_str("+inf)"),
            }
        })
    }
}

#[cfg(feature = "serde")]
mod serde_impl {
    use super::{Bound, Interval};
    use rust_decimal::Decimal;
    use serde::de::Error as _;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    /// The JSON form: `{"low": "1.5", "high": null, "low_closed": true, "high_closed": false}`,
    /// the only one: every interval of the crate's JSON is written through it.
    #[derive(Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Form {
        low: Option<String>,
        high: Option<String>,
        #[serde(default)]
        low_closed: bool,
        #[serde(default)]
        high_closed: bool,
    }

    impl Serialize for Interval {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            Form {
                low: self.low.map(|b| b.value.normalize().to_string()),
                high: self.high.map(|b| b.value.normalize().to_string()),
                low_closed: self.low.is_some_and(|b| b.closed),
                high_closed: self.high.is_some_and(|b| b.closed),
            }
            .serialize(serializer)
        }
    }

    impl<'de> Deserialize<'de> for Interval {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            let form = Form::deserialize(deserializer)?;
            let end = |text: Option<String>,
                       closed: bool,
                       name: &str|
             -> Result<Option<Bound>, D::Error> {
                match text {
                    None if closed => Err(D::Error::custom(format!(
                        "{name}: an unbounded end cannot be closed"
                    ))),
                    None => Ok(None),
                    Some(t) => crate::num::decimal::parse_plain(&t, "an interval end")
                        .map(|value: Decimal| Some(Bound { value, closed }))
                        .map_err(|e| D::Error::custom(format!("{name}: {e}"))),
                }
            };
            let low = end(form.low, form.low_closed, "low")?;
            let high = end(form.high, form.high_closed, "high")?;
            Interval::new(low, high).map_err(D::Error::custom)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(n: i64) -> Decimal {
        Decimal::from(n)
    }

    #[test]
    fn open_and_closed_ends_touch_or_not() {
        let a = Interval::raw(Some(Bound::closed(d(0))), Some(Bound::open(d(1))));
        let b = Interval::raw(Some(Bound::closed(d(1))), Some(Bound::closed(d(2))));
        assert!(!a.overlaps(&b));
        let c = Interval::raw(Some(Bound::closed(d(0))), Some(Bound::closed(d(1))));
        assert!(c.overlaps(&b));
        assert_eq!(a.gap_to(&b), Some(Decimal::ZERO));
        assert_eq!(c.gap_to(&b), None);
        assert!(!a.contains(d(1)) && c.contains(d(1)));
    }

    #[test]
    fn unbounded_ends() {
        let above = Interval::raw(Some(Bound::open(d(5))), None);
        assert!(above.contains(d(1_000_000)));
        assert!(!above.contains(d(5)));
        assert_eq!(above.width(), None);
        let below = Interval::raw(None, Some(Bound::closed(d(3))));
        assert_eq!(below.gap_to(&above), Some(d(2)));
        assert_eq!(above.gap_to(&below), Some(d(2)));
        assert!(Interval::ALL.encloses(&above));
        assert!(!above.encloses(&Interval::ALL));
    }

    #[test]
    fn empty_is_refused() {
        assert!(Interval::closed(d(2), d(1)).is_err());
        assert!(Interval::new(Some(Bound::open(d(1))), Some(Bound::closed(d(1)))).is_err());
        assert!(Interval::closed(d(1), d(1)).is_ok());
    }
}
