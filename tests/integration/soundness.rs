//! Soundness at every edge: one test per cause of issue 14 (A to G), and the claims file's
//! errors.

use morocco_ecommerce::check::{Checker, Claim, ClaimKind, Verdict};
use morocco_ecommerce::data::builtin_claims;
use morocco_ecommerce::{
    Assumption, BoundReading, Error, FigureKind, GrowthRate, ReportedFigure, RoundingAssumption,
    Transactions,
};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

fn fig(kind: FigureKind, number: &str, scale: i64) -> ReportedFigure {
    ReportedFigure::written(kind, number.parse().unwrap(), Decimal::from(scale)).unwrap()
}

fn count(number: &str) -> ReportedFigure {
    fig(FigureKind::Transactions, number, 1)
}

fn amount(number: &str) -> ReportedFigure {
    fig(FigureKind::AmountMad, number, 1)
}

fn percent(number: &str) -> ReportedFigure {
    fig(FigureKind::Percent, number, 1)
}

fn under(roundings: &[RoundingAssumption]) -> Checker {
    Checker::new()
        .with_assumptions(
            roundings
                .iter()
                .map(|&r| Assumption::new(r, BoundReading::Literal))
                .collect(),
        )
        .unwrap()
}

fn claim(kind: ClaimKind) -> Claim {
    Claim::new("c", kind)
}

/// A: `0 / x` and `0 * x` are zero whatever `x` is, so an end at 0 or -100 % that an input
/// attains is closed even beside an open one.
#[test]
fn cause_a_attained_zero_ends_are_closed() {
    let ceiling = under(&[RoundingAssumption::Ceiling]);
    let share = claim(ClaimKind::Share {
        part: count("0"),
        total: count("10"),
        stated: percent("0"),
    });
    let f = ceiling.check(&share).unwrap();
    assert_eq!(f.verdict, Verdict::Consistent, "{}", f.explanation);
    assert_eq!(f.computed.to_string(), "[0, 0]");

    let fall = claim(ClaimKind::Growth {
        from: count("4"),
        to: count("0"),
        stated: percent("-100"),
    });
    let f = ceiling.check(&fall).unwrap();
    assert_eq!(f.verdict, Verdict::Consistent, "{}", f.explanation);
    assert_eq!(f.computed.to_string(), "[-100, -100]");

    let compound = claim(ClaimKind::CompoundAnnual {
        from: count("4"),
        to: count("0"),
        years: 2,
        stated: percent("-100"),
    });
    let f = ceiling.check(&compound).unwrap();
    assert_eq!(f.verdict, Verdict::Consistent, "{}", f.explanation);
    assert_eq!(f.computed.to_string(), "[-100, -100]");

    let projection = claim(ClaimKind::Projection {
        base: count("4"),
        rate: percent("-100"),
        end: count("0"),
    });
    let f = ceiling.check(&projection).unwrap();
    assert_eq!(f.verdict, Verdict::Consistent, "{}", f.explanation);
    assert_eq!(f.computed.to_string(), "[0, 0]");

    let earlier = claim(ClaimKind::ImpliedEarlier {
        current: count("0"),
        rate: percent("10"),
        earlier: count("0"),
    });
    let f = ceiling.check(&earlier).unwrap();
    assert_eq!(f.verdict, Verdict::Consistent, "{}", f.explanation);
    assert_eq!(f.computed.to_string(), "[0, 0]");

    let ticket = claim(ClaimKind::AverageTicket {
        value: amount("0"),
        operations: count("10"),
        stated: amount("0"),
    });
    let f = ceiling.check(&ticket).unwrap();
    assert_eq!(f.verdict, Verdict::Consistent, "{}", f.explanation);
    assert_eq!(f.computed.to_string(), "[0, 0]");
}

/// B: a reading under which the claim is impossible does not decide for the others.
#[test]
fn cause_b_one_impossible_reading_does_not_override_the_others() {
    let share = claim(ClaimKind::Share {
        part: count("1251"),
        total: fig(FigureKind::Transactions, "1.2", 1000),
        stated: percent("97"),
    });
    let truncate = Assumption::new(RoundingAssumption::Truncate, BoundReading::Literal);
    let both = under(&[RoundingAssumption::Nearest, RoundingAssumption::Truncate]);
    let f = both.check(&share).unwrap();
    assert_eq!(
        f.verdict,
        Verdict::ConsistentOnlyUnder {
            assumptions: vec![truncate]
        },
        "{}",
        f.explanation
    );
    assert!(
        f.explanation
            .contains("not as nearest (impossible: the part 1251 is above its total 1200)"),
        "{}",
        f.explanation
    );
    assert!(!f.readings[0].consistent && f.readings[1].consistent);
    // Under nearest alone it is impossible; under truncate alone it holds only thanks to
    // rounding (1251 / 1200 is 104.25 %).
    let alone = |r| under(&[r]).check(&share).unwrap().verdict.name();
    assert_eq!(alone(RoundingAssumption::Nearest), "impossible");
    assert_eq!(
        alone(RoundingAssumption::Truncate),
        "consistent_only_with_rounding"
    );
}

/// C: a compound rate whose root is exact keeps its open ends, and an inexact one is within a
/// few units of the last digit of a `Decimal`.
#[test]
fn cause_c_compound_rate_is_exact_where_the_root_is_and_tight_elsewhere() {
    let floor = under(&[RoundingAssumption::Floor]);
    let stated = fig(FigureKind::Percent, "50.1", 1);
    let growth = claim(ClaimKind::Growth {
        from: count("1000"),
        to: count("1500"),
        stated,
    });
    let compound = claim(ClaimKind::CompoundAnnual {
        from: count("1000"),
        to: count("1500"),
        years: 1,
        stated,
    });
    let g = floor.check(&growth).unwrap();
    let c = floor.check(&compound).unwrap();
    assert_eq!(g.verdict.name(), "inconsistent");
    assert_eq!(c.verdict.name(), "inconsistent", "{}", c.explanation);
    assert_eq!(c.computed, g.computed);

    // 1000 to 1331 over three years is exactly 10 % a year.
    let nearest = Checker::new();
    let pinned = claim(ClaimKind::CompoundAnnual {
        from: count("1000"),
        to: count("1331"),
        years: 3,
        stated: percent("10"),
    });
    let f = nearest.check(&pinned).unwrap();
    assert_eq!(f.verdict, Verdict::Consistent);
    // The low end is the root of 1330.5 / 1000.5.
    let (low, high) = (
        f.computed.low().unwrap().value,
        f.computed.high().unwrap().value,
    );
    let exact_low = (Decimal::new(13305, 1) / Decimal::new(10005, 1))
        .to_f64()
        .unwrap()
        .powf(1.0 / 3.0);
    assert!((low.to_f64().unwrap() - 100.0 * (exact_low - 1.0)).abs() < 1e-10);
    assert!(high > low);
    // A tight range round a root that is not exact: 2 over 3 years.
    let cube = claim(ClaimKind::CompoundAnnual {
        from: ReportedFigure::new(FigureKind::Transactions, Decimal::ONE, Decimal::ONE)
            .unwrap()
            .with_rounding(RoundingAssumption::Floor),
        to: ReportedFigure::new(FigureKind::Transactions, Decimal::TWO, Decimal::ONE)
            .unwrap()
            .with_rounding(RoundingAssumption::Ceiling),
        years: 3,
        stated: percent("26"),
    });
    // [1, 2) over (1, 2]: the ratio's low end 1 / 2 is exact, and the root of 2 is not.
    let f = nearest.check(&cube).unwrap();
    let high = f.computed.high().unwrap();
    let cbrt2 = Decimal::from_str_exact("1.2599210498948731647672106073").unwrap();
    let exact_high = (cbrt2 - Decimal::ONE) * Decimal::ONE_HUNDRED;
    assert!(
        high.value >= exact_high - Decimal::new(1, 26),
        "{}",
        high.value
    );
    assert!(
        (high.value - exact_high).abs() <= Decimal::new(5, 26),
        "{} is more than 5 units of 1e-26 from {exact_high}",
        high.value
    );
}

/// D: under half-up rounding, "0" is the open range (-p/2, p/2): both ties round away from it.
#[test]
fn cause_d_half_up_zero_loses_both_ties() {
    let zero = percent("0");
    let half_up = Assumption::new(RoundingAssumption::HalfUp, BoundReading::Literal);
    assert_eq!(zero.range(half_up).unwrap().to_string(), "(-0.5, 0.5)");
    let fall = percent("-2");
    assert_eq!(fall.range(half_up).unwrap().to_string(), "(-2.5, -1.5]");
    let rise = percent("2");
    assert_eq!(rise.range(half_up).unwrap().to_string(), "[1.5, 2.5)");
    // A growth of exactly -0.5 % is printed "-1" by half-up, so it does not fit "0".
    let growth = claim(ClaimKind::Growth {
        from: ReportedFigure::new(
            FigureKind::Transactions,
            Decimal::from(1000),
            Decimal::new(1, 10),
        )
        .unwrap()
        .with_rounding(RoundingAssumption::Floor),
        to: ReportedFigure::new(
            FigureKind::Transactions,
            Decimal::from(995),
            Decimal::new(1, 10),
        )
        .unwrap()
        .with_rounding(RoundingAssumption::Ceiling),
        stated: zero,
    });
    let f = under(&[RoundingAssumption::HalfUp]).check(&growth).unwrap();
    assert_eq!(f.verdict.name(), "inconsistent", "{}", f.explanation);
}

/// E: a figure written as zero stands for a range that is not only zero; an input that can only
/// be zero leaves the reading undefined, which the finding says, and the other claims go on.
#[test]
fn cause_e_written_zero_is_no_error() {
    let million = 1_000_000;
    let nearest = Checker::new();
    let growth = claim(ClaimKind::Growth {
        from: fig(FigureKind::Transactions, "0", million),
        to: fig(FigureKind::Transactions, "2", million),
        stated: percent("300"),
    });
    let f = nearest.check(&growth).unwrap();
    assert_eq!(f.verdict, Verdict::Uninformative, "{}", f.explanation);
    assert_eq!(f.point, None);
    let share = claim(ClaimKind::Share {
        part: fig(FigureKind::Transactions, "0", million),
        total: fig(FigureKind::Transactions, "10", million),
        stated: percent("0"),
    });
    assert_eq!(nearest.check(&share).unwrap().verdict, Verdict::Consistent);
    // A part that can only be zero in a total written as zero: 0 % whatever the total, though
    // 0 / 0 as written is no value.
    let tiny_total = claim(ClaimKind::Share {
        part: count("0").with_rounding(RoundingAssumption::Ceiling),
        total: fig(FigureKind::Transactions, "0", million),
        stated: percent("0"),
    });
    let f = nearest.check(&tiny_total).unwrap();
    assert_eq!(
        f.verdict,
        Verdict::ConsistentOnlyWithRounding,
        "{}",
        f.explanation
    );
    assert!(f.explanation.contains("give no value"), "{}", f.explanation);
    let ticket = claim(ClaimKind::AverageTicket {
        value: fig(FigureKind::AmountMad, "1", million),
        operations: fig(FigureKind::Transactions, "0", 1000),
        stated: fig(FigureKind::AmountMad, "5000", 1),
    });
    assert!(!nearest.check(&ticket).unwrap().verdict.is_alarm());

    // "0" rounded up can only be zero: the growth from it is undefined.
    let ceiling = under(&[RoundingAssumption::Ceiling]);
    let from_nothing = claim(ClaimKind::Growth {
        from: count("0"),
        to: count("5"),
        stated: percent("25"),
    });
    let f = ceiling.check(&from_nothing).unwrap();
    let Verdict::Undefined { reason } = &f.verdict else {
        panic!("{:?}", f.verdict)
    };
    assert_eq!(
        reason,
        "the base 0 can only be zero as read, and a growth from nothing is undefined"
    );
    assert!(!f.verdict.is_alarm());
    assert_eq!(f.verdict.name(), "undefined");
    assert_eq!(f.explanation, format!("undefined: {reason}"));
    #[cfg(feature = "serde")]
    {
        let text = serde_json::to_string(&f).unwrap();
        assert!(
            text.contains(r#""verdict":"undefined","reason":"the base 0"#),
            "{text}"
        );
        let back: morocco_ecommerce::check::Finding = serde_json::from_str(&text).unwrap();
        assert_eq!(back, f);
    }
    let no_total = claim(ClaimKind::Share {
        part: count("0"),
        total: count("0"),
        stated: percent("0"),
    });
    assert_eq!(
        ceiling.check(&no_total).unwrap().verdict.name(),
        "undefined"
    );
    let no_operations = claim(ClaimKind::AverageTicket {
        value: amount("5"),
        operations: count("0"),
        stated: amount("5"),
    });
    assert_eq!(
        ceiling.check(&no_operations).unwrap().verdict.name(),
        "undefined"
    );
    let total_fall = claim(ClaimKind::ImpliedEarlier {
        current: count("5"),
        rate: percent("-100"),
        earlier: count("5"),
    });
    assert_eq!(
        ceiling.check(&total_fall).unwrap().verdict.name(),
        "undefined"
    );
    // Under floor too, the base is [0, 1): defined, and the claim is tested there.
    let f = under(&[RoundingAssumption::Ceiling, RoundingAssumption::Floor])
        .check(&from_nothing)
        .unwrap();
    assert_eq!(f.verdict.name(), "inconsistent", "{}", f.explanation);

    // The other claims are checked.
    let mut claims = vec![from_nothing];
    claims.extend(builtin_claims());
    let audit = ceiling.audit(&claims);
    assert!(audit.errors.is_empty());
    assert_eq!(audit.findings.len(), claims.len());
}

/// F: a compound rate over 2^31 years or more is computed, not overflowed.
#[test]
fn cause_f_compound_over_many_years_does_not_overflow() {
    for years in [1u32 << 31, u32::MAX, 100_000, 1 << 20] {
        for (from, to) in [
            ("1000", "1500"),
            ("1000", "990"),
            ("1", "1000000000000000"),
            ("1000000000000000", "1"),
        ] {
            let c = claim(ClaimKind::CompoundAnnual {
                from: count(from),
                to: count(to),
                years,
                stated: percent("0"),
            });
            let f = Checker::new().check(&c).unwrap();
            let (low, high) = (
                f.computed.low().unwrap().value,
                f.computed.high().unwrap().value,
            );
            let ratio = to.parse::<f64>().unwrap() / from.parse::<f64>().unwrap();
            let exact = 100.0 * (ratio.ln() / f64::from(years)).exp_m1();
            let (l, h) = (low.to_f64().unwrap(), high.to_f64().unwrap());
            let slack = exact.abs() * 1e-2;
            assert!(
                l <= exact + slack && exact - slack <= h,
                "{years} years {from} -> {to}: [{l}, {h}] vs {exact}"
            );
            assert!(!f.verdict.is_alarm(), "{years}: {}", f.explanation);
        }
        let rate =
            GrowthRate::compound_annual(Transactions::from(1000), Transactions::from(1500), years)
                .unwrap();
        let exact = 100.0 * (1.5f64.ln() / f64::from(years)).exp_m1();
        let ours = rate.as_percent().to_f64().unwrap();
        assert!(
            (ours - exact).abs() <= exact * 1e-9,
            "{years}: {ours} vs {exact}"
        );
    }
}

/// G: a rate below -100 % is impossible in a projection and an implied earlier figure.
#[test]
fn cause_g_rate_below_minus_hundred_is_impossible() {
    let projection = claim(ClaimKind::Projection {
        base: count("200"),
        rate: percent("-250"),
        end: count("0"),
    });
    let earlier = claim(ClaimKind::ImpliedEarlier {
        current: count("220"),
        rate: percent("-250"),
        earlier: count("100"),
    });
    for c in [projection, earlier] {
        let f = Checker::new()
            .with_assumptions(Assumption::every_rounding())
            .unwrap()
            .check(&c)
            .unwrap();
        assert_eq!(
            f.verdict,
            Verdict::Impossible {
                reason: "a fall of -250% is below -100%".to_owned()
            },
            "{}",
            f.explanation
        );
        assert_eq!(f.point, None);
    }
}

/// A sum of no parts is an error naming the claim, not an inconsistency.
#[test]
fn claims_parts_sum_without_parts_is_an_error() {
    let empty = Claim::new(
        "nothing_adds_up",
        ClaimKind::PartsSum {
            parts: vec![],
            total: count("100"),
        },
    );
    let err = Checker::new().check(&empty).unwrap_err();
    assert_eq!(err, Error::EmptyPartsSum("nothing_adds_up".to_owned()));
    assert_eq!(
        err.to_string(),
        "claim nothing_adds_up: a parts_sum needs at least one part"
    );
}

#[cfg(feature = "serde")]
mod claims_file {
    use morocco_ecommerce::Error;
    use morocco_ecommerce::check::ClaimsFile;

    fn read(text: &str) -> Result<ClaimsFile, serde_json::Error> {
        serde_json::from_str(text)
    }

    const FIGURES: &str = r#""figures": {"a": {"kind": "count", "number": "6"}, "b": {"kind": "count", "number": "4"}}"#;

    #[test]
    fn claims_file_duplicate_figure_id_is_an_error() {
        let text = r#"{"figures": {"a": {"kind": "count", "number": "6"}, "a": {"kind": "count", "number": "4"}},
                       "claims": []}"#;
        let err = read(text).unwrap_err().to_string();
        assert!(
            err.starts_with("id \"a\" is used twice: every figure needs its own"),
            "{err}"
        );
    }

    #[test]
    fn claims_file_empty_assumptions_is_an_error() {
        let text = format!(r#"{{"assumptions": [], {FIGURES}, "claims": []}}"#);
        let err = read(&text).unwrap().into_claims().unwrap_err();
        assert_eq!(err, Error::EmptyAssumptionList);
        assert_eq!(
            err.to_string(),
            "the claims file's assumptions list is empty: name at least one, or leave the field out for the default"
        );
        // Left out, the default.
        let text = format!(r#"{{{FIGURES}, "claims": []}}"#);
        let (checker, _) = read(&text).unwrap().into_claims().unwrap();
        assert_eq!(checker.assumptions().len(), 1);
    }

    #[test]
    fn claims_file_parts_sum_without_parts_is_an_error() {
        let text = format!(
            r#"{{{FIGURES}, "claims": [{{"id": "sum_of_nothing", "type": "parts_sum", "parts": [], "total": "a"}}]}}"#
        );
        let err = read(&text).unwrap().into_claims().unwrap_err();
        assert_eq!(err, Error::EmptyPartsSum("sum_of_nothing".to_owned()));
    }

    #[test]
    fn claims_file_written_zero_goes_on_with_the_other_claims() {
        let text = r#"{"assumptions": [{"rounding": "ceiling", "bounds": "literal"}],
            "figures": {"zero": {"kind": "count", "number": "0"}, "five": {"kind": "count", "number": "5"},
                        "r": {"kind": "percent", "number": "25"}},
            "claims": [{"id": "from_nothing", "type": "growth", "from": "zero", "to": "five", "stated": "r"},
                       {"id": "five_in_five", "type": "within", "part": "five", "total": "five"}]}"#;
        let (checker, claims) = read(text).unwrap().into_claims().unwrap();
        let audit = checker.audit(&claims);
        assert!(audit.errors.is_empty());
        let verdicts: Vec<&str> = audit.findings.iter().map(|f| f.verdict.name()).collect();
        assert_eq!(verdicts, ["undefined", "consistent"]);
    }
}

/// The property: true values drawn at random, rounded as the press rounds them (to a scale
/// step or to significant digits, under every rounding mode, with and without hedges), make
/// growth and share claims consistent by construction. The checker, reading figures under the
/// writer's rounding beside any other assumption, never raises an alarm on them, and the range
/// it computes under the writer's rounding holds the exact value; and a stated rate or share
/// beyond every value the printed inputs allow always raises one. `PROPTEST_CASES` runs more
/// than the default 256 cases.
mod property {
    use core::cmp::Ordering;

    use morocco_ecommerce::check::{Checker, Claim, ClaimKind, Finding};
    use morocco_ecommerce::{
        Assumption, BoundReading, FigureKind, Interval, Qualifier, ReportedFigure,
        RoundingAssumption,
    };
    use proptest::prelude::*;
    use rust_decimal::{Decimal, RoundingStrategy};

    /// How a writer prints one figure.
    #[derive(Debug, Clone, Copy)]
    struct Press {
        /// `Some(k)`: to a step of 10^k (of the base unit, or 10^-k of a point for a rate);
        /// `None`: to `significant` digits.
        step: Option<u32>,
        significant: u32,
        tie_up: bool,
        hedge: Qualifier,
    }

    fn press() -> impl Strategy<Value = Press> {
        (
            prop::option::of(0u32..=12),
            1u32..=5,
            any::<bool>(),
            prop::sample::select(vec![
                Qualifier::Exact,
                Qualifier::Exact,
                Qualifier::About,
                Qualifier::MoreThan,
                Qualifier::AtLeast,
                Qualifier::LessThan,
                Qualifier::AtMost,
            ]),
        )
            .prop_map(|(step, significant, tie_up, hedge)| Press {
                step,
                significant,
                tie_up,
                hedge,
            })
    }

    /// A true count: small, anywhere up to 10^15, or a round number (where rounding is exact
    /// and the ends of the ranges are reached).
    fn value() -> impl Strategy<Value = u64> {
        prop_oneof![
            0u64..=20,
            0u64..=1_000_000_000_000_000,
            (0u64..=1000, 0u32..=12).prop_map(|(k, j)| k * 10u64.pow(j)),
        ]
    }

    fn rounding() -> impl Strategy<Value = RoundingAssumption> {
        prop::sample::select(RoundingAssumption::ALL.to_vec())
    }

    fn assumption() -> impl Strategy<Value = Assumption> {
        (rounding(), prop::sample::select(BoundReading::ALL.to_vec()))
            .prop_map(|(r, b)| Assumption::new(r, b))
    }

    fn round(x: Decimal, p: Decimal, s: RoundingStrategy) -> Decimal {
        (x / p).round_dp_with_strategy(0, s) * p
    }

    /// `x` printed by `press` under `mode`: the figure, hedged as the words say (a bound is
    /// true of `x` as written, "about" is rounded as any figure is).
    fn print(
        kind: FigureKind,
        x: Decimal,
        press: Press,
        mode: RoundingAssumption,
    ) -> ReportedFigure {
        let p = match (press.step, kind) {
            (Some(k), FigureKind::Percent) => Decimal::new(1, k.min(4)),
            (Some(k), _) => Decimal::from(10u64.pow(k)),
            (None, _) => {
                // The unit of the last of `significant` digits of |x|.
                let digits = i64::try_from(x.abs().trunc().to_string().len()).unwrap_or(1);
                let exponent = (digits - i64::from(press.significant))
                    .max(if kind == FigureKind::Percent { -4 } else { 0 });
                if exponent >= 0 {
                    Decimal::from(10u64.pow(u32::try_from(exponent).unwrap()))
                } else {
                    Decimal::new(1, u32::try_from(-exponent).unwrap())
                }
            }
        };
        let (written, hedge) = match press.hedge {
            Qualifier::MoreThan | Qualifier::AtLeast => {
                let w = round(x, p, RoundingStrategy::ToNegativeInfinity);
                (
                    w,
                    if w < x {
                        Qualifier::MoreThan
                    } else {
                        Qualifier::AtLeast
                    },
                )
            }
            Qualifier::LessThan | Qualifier::AtMost => {
                let w = round(x, p, RoundingStrategy::ToPositiveInfinity);
                (
                    w,
                    if w > x {
                        Qualifier::LessThan
                    } else {
                        Qualifier::AtMost
                    },
                )
            }
            q => (round(x, p, crate::writer_strategy(mode, press.tie_up)), q),
        };
        ReportedFigure::new(kind, written, p)
            .unwrap()
            .with_qualifier(hedge)
    }

    /// The 256-bit product of two magnitudes, high half first.
    fn mul_wide(a: u128, b: u128) -> (u128, u128) {
        const LOW: u128 = u64::MAX as u128;
        let (a0, a1) = (a & LOW, a >> 64);
        let (b0, b1) = (b & LOW, b >> 64);
        let (p00, p01, p10, p11) = (a0 * b0, a0 * b1, a1 * b0, a1 * b1);
        let mid = (p00 >> 64) + (p01 & LOW) + (p10 & LOW);
        let lo = (p00 & LOW) | (mid << 64);
        let hi = p11 + (p01 >> 64) + (p10 >> 64) + (mid >> 64);
        (hi, lo)
    }

    /// `a * b` against `c * d`, exactly, for signed `a`, `c` and positive `b`, `d`.
    fn cmp_products(a: i128, b: u128, c: i128, d: u128) -> Ordering {
        let left = mul_wide(a.unsigned_abs(), b);
        let right = mul_wide(c.unsigned_abs(), d);
        let sign = |v: i128, m: (u128, u128)| if m == (0, 0) { 0 } else { v.signum() };
        match sign(a, left).cmp(&sign(c, right)) {
            Ordering::Equal if sign(a, left) < 0 => right.cmp(&left),
            Ordering::Equal => left.cmp(&right),
            other => other,
        }
    }

    /// Whether `range` holds the rational `num / den` (`den > 0`), compared exactly.
    fn holds(range: &Interval, num: i128, den: u128) -> bool {
        // end = m / 10^s against num / den: m * den against num * 10^s.
        let against = |v: Decimal| {
            let ten = 10u128.pow(v.scale());
            cmp_products(v.mantissa(), den, num, ten)
        };
        let above_low = range.low().is_none_or(|l| match against(l.value) {
            Ordering::Less => true,
            Ordering::Equal => l.closed,
            Ordering::Greater => false,
        });
        let below_high = range.high().is_none_or(|h| match against(h.value) {
            Ordering::Greater => true,
            Ordering::Equal => h.closed,
            Ordering::Less => false,
        });
        above_low && below_high
    }

    fn check(claim: &Claim, writer: Assumption, other: Assumption) -> Finding {
        let checker = Checker::new()
            .with_assumptions(vec![writer, other])
            .unwrap();
        checker.check(claim).unwrap()
    }

    /// The range computed under the writer's assumption.
    fn writers_range(finding: &Finding, writer: Assumption) -> Interval {
        finding
            .readings
            .iter()
            .find(|r| r.assumption == writer)
            .map(|r| r.computed)
            .unwrap()
    }

    proptest! {
        #[test]
        fn growth_consistent_by_construction_is_never_an_alarm(
            from in value().prop_map(|v| v.max(1)),
            to in value(),
            presses in (press(), press(), press()),
            mode in rounding(),
            bounds in prop::sample::select(BoundReading::ALL.to_vec()),
            other in assumption(),
        ) {
            let (pf, pt, ps) = presses;
            let (f, t) = (Decimal::from(from), Decimal::from(to));
            let num = (i128::from(to) - i128::from(from)) * 100;
            let rate = Decimal::from_i128_with_scale(num, 0) / f;
            let claim = Claim::new("g", ClaimKind::Growth {
                from: print(FigureKind::Transactions, f, pf, mode),
                to: print(FigureKind::Transactions, t, pt, mode),
                stated: print(FigureKind::Percent, rate, ps, mode),
            });
            let writer = Assumption::new(mode, bounds);
            let finding = check(&claim, writer, other);
            prop_assert!(!finding.verdict.is_alarm(), "{:?}: {}\n{:?}", finding.verdict, finding.explanation, claim);
            let computed = writers_range(&finding, writer);
            prop_assert!(holds(&computed, num, u128::from(from)), "{} does not hold {}\n{:?}", computed, rate, claim);
        }

        #[test]
        fn share_consistent_by_construction_is_never_an_alarm(
            part in value(),
            rest in value(),
            presses in (press(), press(), press()),
            mode in rounding(),
            bounds in prop::sample::select(BoundReading::ALL.to_vec()),
            other in assumption(),
        ) {
            let total = part + rest;
            prop_assume!(total > 0);
            let (p, t) = (Decimal::from(part), Decimal::from(total));
            let num = i128::from(part) * 100;
            let share = Decimal::from_i128_with_scale(num, 0) / t;
            let claim = Claim::new("s", ClaimKind::Share {
                part: print(FigureKind::Transactions, p, presses.0, mode),
                total: print(FigureKind::Transactions, t, presses.1, mode),
                stated: print(FigureKind::Percent, share, presses.2, mode),
            });
            let writer = Assumption::new(mode, bounds);
            let finding = check(&claim, writer, other);
            prop_assert!(!finding.verdict.is_alarm(), "{:?}: {}\n{:?}", finding.verdict, finding.explanation, claim);
            let computed = writers_range(&finding, writer);
            prop_assert!(holds(&computed, num, u128::from(total)), "{} does not hold {}\n{:?}", computed, share, claim);
        }
    }

    proptest! {
        /// The other kinds, consistent by construction: an average ticket, a projection, a figure
        /// a year earlier and a compound annual rate.
        #[test]
        fn other_kinds_consistent_by_construction_are_never_alarms(
            a in value().prop_map(|v| v.max(1)),
            b in value().prop_map(|v| v.max(1)),
            rate_cents in -10_000i64..=50_000,
            years in prop_oneof![1u32..=30, Just(u32::MAX)],
            presses in (press(), press(), press()),
            mode in rounding(),
            bounds in prop::sample::select(BoundReading::ALL.to_vec()),
            other in assumption(),
        ) {
            let (pa, pb, ps) = presses;
            let (x, y) = (Decimal::from(a), Decimal::from(b));
            let writer = Assumption::new(mode, bounds);
            let rate = Decimal::new(rate_cents, 2);
            let grown = x * (Decimal::ONE_HUNDRED + rate) / Decimal::ONE_HUNDRED;
            let cagr = morocco_ecommerce::GrowthRate::compound_annual(
                morocco_ecommerce::Transactions::from(a),
                morocco_ecommerce::Transactions::from(b),
                years,
            )
            .unwrap()
            .as_percent();
            let claims = [
                ClaimKind::AverageTicket {
                    value: print(FigureKind::AmountMad, x, pa, mode),
                    operations: print(FigureKind::Transactions, y, pb, mode),
                    stated: print(FigureKind::AmountMad, x / y, ps, mode),
                },
                ClaimKind::Projection {
                    base: print(FigureKind::Transactions, x, pa, mode),
                    rate: print(FigureKind::Percent, rate, pb, mode),
                    end: print(FigureKind::Transactions, grown, ps, mode),
                },
                ClaimKind::ImpliedEarlier {
                    current: print(FigureKind::Transactions, grown, pa, mode),
                    rate: print(FigureKind::Percent, rate, pb, mode),
                    earlier: print(FigureKind::Transactions, x, ps, mode),
                },
                ClaimKind::CompoundAnnual {
                    from: print(FigureKind::Transactions, x, pa, mode),
                    to: print(FigureKind::Transactions, y, pb, mode),
                    years,
                    stated: print(FigureKind::Percent, cagr, ps, mode),
                },
            ];
            for kind in claims {
                let claim = Claim::new(kind.name(), kind);
                let finding = check(&claim, writer, other);
                prop_assert!(!finding.verdict.is_alarm(), "{:?}: {}\n{:?}", finding.verdict, finding.explanation, claim);
            }
        }
    }

    /// How a writer prints an input of a claim inconsistent by construction: a figure, exact or
    /// "about" (both read as rounded), never a bound, whose range is open on one side.
    fn input_press() -> impl Strategy<Value = Press> {
        press().prop_map(|mut p| {
            if !matches!(p.hedge, Qualifier::Exact | Qualifier::About) {
                p.hedge = Qualifier::Exact;
            }
            p
        })
    }

    /// The widest range a printed input can stand for under any reading: a unit of its last
    /// digit on either side (truncation and ceiling reach that far, rounding to nearest half).
    fn widest(f: &ReportedFigure) -> (Decimal, Decimal) {
        let (w, p) = (f.value(), f.precision());
        ((w - p).max(Decimal::ZERO), w + p)
    }

    /// A stated percentage `units` units of `step` beyond `end` (above it if `up`, below it
    /// otherwise), printed to `step`: under any reading its range stays `units` units clear.
    fn beyond(end: Decimal, step: Decimal, units: u32, up: bool) -> ReportedFigure {
        let distance = step * Decimal::from(units + 1);
        let value = if up {
            ((end + distance) / step).ceil() * step
        } else {
            ((end - distance) / step).floor() * step
        };
        ReportedFigure::new(FigureKind::Percent, value, step).unwrap()
    }

    fn stated_step() -> impl Strategy<Value = Decimal> {
        prop::sample::select(vec![
            Decimal::new(1, 2),
            Decimal::new(1, 1),
            Decimal::ONE,
            Decimal::TEN,
        ])
    }

    proptest! {
        /// Growth and share claims inconsistent by construction: true values printed as the
        /// press prints them, and a stated rate at least one unit of its last digit beyond every
        /// value the printed inputs allow under any reading (at most a unit of each input's last
        /// digit from it). The checker, under the writer's rounding beside any other assumption,
        /// always raises an alarm: inconsistent, or impossible where the statement is also out
        /// of its domain.
        #[test]
        fn inconsistent_by_construction_is_always_an_alarm(
            a in value(),
            b in value(),
            presses in (input_press(), input_press()),
            mode in rounding(),
            bounds in prop::sample::select(BoundReading::ALL.to_vec()),
            other in assumption(),
            step in stated_step(),
            units in prop_oneof![1u32..=3, 1u32..=1000],
            up in any::<bool>(),
        ) {
            let writer = Assumption::new(mode, bounds);
            let hundred = Decimal::ONE_HUNDRED;
            // Growth from a to b.
            let from = print(FigureKind::Transactions, Decimal::from(a), presses.0, mode);
            let to = print(FigureKind::Transactions, Decimal::from(b), presses.1, mode);
            let (from_low, from_high) = widest(&from);
            let (to_low, to_high) = widest(&to);
            if from_low > Decimal::ZERO {
                let end = if up {
                    to_high / from_low * hundred - hundred
                } else {
                    to_low / from_high * hundred - hundred
                };
                let stated = beyond(end, step, units, up);
                let claim = Claim::new("g", ClaimKind::Growth { from, to, stated });
                let finding = check(&claim, writer, other);
                prop_assert!(finding.verdict.is_alarm(), "{:?}: {}\n{:?}", finding.verdict, finding.explanation, claim);
            }
            // Share of a in a + b.
            let part = print(FigureKind::Transactions, Decimal::from(a), presses.0, mode);
            let total = print(FigureKind::Transactions, Decimal::from(a) + Decimal::from(b), presses.1, mode);
            let (part_low, part_high) = widest(&part);
            let (total_low, total_high) = widest(&total);
            if total_low > Decimal::ZERO {
                let end = if up {
                    part_high / total_low * hundred
                } else {
                    part_low / total_high * hundred
                };
                let stated = beyond(end, step, units, up);
                let claim = Claim::new("s", ClaimKind::Share { part, total, stated });
                let finding = check(&claim, writer, other);
                prop_assert!(finding.verdict.is_alarm(), "{:?}: {}\n{:?}", finding.verdict, finding.explanation, claim);
            }
        }
    }

    #[test]
    fn exact_comparison() {
        let third = Interval::closed(Decimal::new(3333, 2), Decimal::new(3334, 2)).unwrap();
        assert!(holds(&third, 100, 3));
        assert!(!holds(&third, 200, 3));
        let below = Interval::new(
            None,
            Some(morocco_ecommerce::Bound::open(Decimal::new(-5, 1))),
        )
        .unwrap();
        assert!(!holds(&below, -1, 2));
        assert!(holds(&below, -2, 2));
        assert!(holds(&Interval::point(Decimal::new(-5, 1)), -1, 2));
    }
}
