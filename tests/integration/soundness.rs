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

/// Found by the exact oracle below: a base of "at least 0" at a rate of "at most -100 %" (only
/// -100 % is a rate) projects to exactly nothing; the computed range was `[0, +inf)`.
#[test]
fn found_a_projection_at_minus_hundred_of_an_unbounded_base_is_zero() {
    let projection = claim(ClaimKind::Projection {
        base: count("0").with_qualifier(morocco_ecommerce::Qualifier::AtLeast),
        rate: fig(FigureKind::Percent, "-100", 1)
            .with_qualifier(morocco_ecommerce::Qualifier::AtMost),
        end: count("0"),
    });
    let f = Checker::new().check(&projection).unwrap();
    assert_eq!(f.computed.to_string(), "[0, 0]");
    assert_eq!(f.sharpness, Some(Decimal::ZERO));
}

/// Found by the exact oracle below: nothing now, after a fall that may be exactly -100 %, says
/// nothing of the year before. "0, down 100 % from 1 a year earlier" is true, and was an alarm
/// (the earlier figure was computed as exactly 0).
#[test]
fn found_nothing_after_a_fall_of_up_to_a_hundred_percent_allows_any_earlier_figure() {
    let earlier = claim(ClaimKind::ImpliedEarlier {
        current: count("0"),
        rate: fig(FigureKind::Percent, "-1", 100),
        earlier: count("1"),
    });
    let f = Checker::new().check(&earlier).unwrap();
    assert!(!f.verdict.is_alarm(), "{}", f.explanation);
    assert_eq!(f.computed.to_string(), "[0, +inf)");
    // A fall that stops short of -100 % leaves nothing ("0" rounded up) from nothing: an
    // earlier 1 is an alarm.
    let short = claim(ClaimKind::ImpliedEarlier {
        current: count("0").with_rounding(RoundingAssumption::Ceiling),
        rate: percent("-50"),
        earlier: count("1"),
    });
    assert!(Checker::new().check(&short).unwrap().verdict.is_alarm());
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

    use morocco_ecommerce::check::{Checker, Claim, ClaimKind, Finding, Verdict};
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
        let p =
            match (press.step, kind) {
                (Some(k), FigureKind::Percent | FigureKind::PercentagePoints) => {
                    Decimal::new(1, k.min(4))
                }
                (Some(k), _) => Decimal::from(10u64.pow(k)),
                (None, _) => {
                    // The unit of the last of `significant` digits of |x|.
                    let digits = i64::try_from(x.abs().trunc().to_string().len()).unwrap_or(1);
                    let exponent = (digits - i64::from(press.significant))
                        .max(if kind.is_signed() { -4 } else { 0 });
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
        /// The readings an alarm lists as consistent are those under which a checker of that
        /// one assumption finds the claim consistent: the checker computes each figure's ends
        /// once for all twelve assumptions and skips those that read every figure alike, and
        /// must list what reading the claim afresh under each gives. Claims off by a few
        /// points, in hedged figures, some with a rounding of their own.
        #[test]
        fn an_alarms_consistent_readings_are_those_each_assumption_alone_finds(
            from in value().prop_map(|v| v.max(1)),
            to in value(),
            off in -300i64..=300,
            presses in (press(), press(), press()),
            mode in rounding(),
            fixed in prop::option::of(rounding()),
            checker_assumptions in prop::collection::vec(assumption(), 1..=3),
        ) {
            let (f, t) = (Decimal::from(from), Decimal::from(to));
            let rate = (t - f) * Decimal::ONE_HUNDRED / f + Decimal::new(off, 1);
            let mut stated = print(FigureKind::Percent, rate, presses.2, mode);
            if let Some(r) = fixed {
                stated = stated.with_rounding(r);
            }
            let claim = Claim::new("g", ClaimKind::Growth {
                from: print(FigureKind::Transactions, f, presses.0, mode),
                to: print(FigureKind::Transactions, t, presses.1, mode),
                stated,
            });
            let checker = Checker::new().with_assumptions(checker_assumptions.clone()).unwrap();
            let Ok(finding) = checker.check(&claim) else { return Ok(()) };
            let Verdict::Inconsistent { consistent_readings, .. } = &finding.verdict else {
                return Ok(());
            };
            let mut expected = Vec::new();
            for rounding in RoundingAssumption::ALL {
                for bounds in BoundReading::ALL {
                    let a = Assumption::new(rounding, bounds);
                    if checker_assumptions.contains(&a) {
                        continue;
                    }
                    let alone = Checker::new().with_assumptions(vec![a]).unwrap().check(&claim).unwrap();
                    if alone.readings[0].consistent {
                        expected.push(a);
                    }
                }
            }
            prop_assert_eq!(consistent_readings, &expected, "{:?}", claim);
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

    proptest! {
        /// A change in points between two percentages, consistent by construction (the true
        /// shares and their true difference, each printed as the press prints), is never an
        /// alarm.
        #[test]
        fn points_changes_consistent_by_construction_are_never_alarms(
            a in 0i64..=1_000_000,
            b in 0i64..=1_000_000,
            presses in (press(), press(), press()),
            mode in rounding(),
            bounds in prop::sample::select(BoundReading::ALL.to_vec()),
            other in assumption(),
        ) {
            let (pa, pb, ps) = presses;
            // Shares of 0 % to 100 %, to four decimals.
            let (x, y) = (Decimal::new(a, 4), Decimal::new(b, 4));
            let writer = Assumption::new(mode, bounds);
            let kind = ClaimKind::PointsChange {
                from: print(FigureKind::Percent, x, pa, mode),
                to: print(FigureKind::Percent, y, pb, mode),
                stated: print(FigureKind::PercentagePoints, y - x, ps, mode),
            };
            let claim = Claim::new("p", kind);
            let finding = check(&claim, writer, other);
            prop_assert!(!finding.verdict.is_alarm(), "{:?}: {}\n{:?}", finding.verdict, finding.explanation, claim);
        }

        /// A rise or a fall between two counts, consistent by construction (the true figures and
        /// their true difference, each printed as the press prints), is never an alarm.
        #[test]
        fn rises_and_falls_consistent_by_construction_are_never_alarms(
            a in value(),
            b in value(),
            presses in (press(), press(), press()),
            mode in rounding(),
            bounds in prop::sample::select(BoundReading::ALL.to_vec()),
            other in assumption(),
        ) {
            let (pa, pb, ps) = presses;
            let (x, y) = (Decimal::from(a), Decimal::from(b));
            let writer = Assumption::new(mode, bounds);
            let (from, to) = (
                print(FigureKind::Transactions, x, pa, mode),
                print(FigureKind::Transactions, y, pb, mode),
            );
            let stated = print(FigureKind::Transactions, (y - x).abs(), ps, mode);
            let kind = if y >= x {
                ClaimKind::Increase { from, to, stated }
            } else {
                ClaimKind::Decrease { from, to, stated }
            };
            let claim = Claim::new("c", kind);
            let finding = check(&claim, writer, other);
            prop_assert!(!finding.verdict.is_alarm(), "{:?}: {}\n{:?}", finding.verdict, finding.explanation, claim);
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

    // ---------------------------------------------------------------------------------------
    // The exact oracle: every claim kind, with ranges computed in exact rational arithmetic
    // written here, independent of the crate's code.
    // ---------------------------------------------------------------------------------------

    /// An unsigned integer of any size, 32-bit limbs, least significant first, no zero on top.
    #[derive(Clone, Debug, PartialEq, Eq)]
    struct Big(Vec<u32>);

    // Limbs are cut from wider sums on purpose; a borrow-corrected difference is never negative.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    impl Big {
        fn from_u128(mut v: u128) -> Big {
            let mut limbs = Vec::new();
            while v > 0 {
                limbs.push(v as u32);
                v >>= 32;
            }
            Big(limbs)
        }

        fn is_zero(&self) -> bool {
            self.0.is_empty()
        }

        fn trim(mut self) -> Big {
            while self.0.last() == Some(&0) {
                self.0.pop();
            }
            self
        }

        fn mul(&self, o: &Big) -> Big {
            let mut r = vec![0u64; self.0.len() + o.0.len() + 1];
            for (i, &a) in self.0.iter().enumerate() {
                let mut carry = 0u64;
                for (j, &b) in o.0.iter().enumerate() {
                    let t = r[i + j] + u64::from(a) * u64::from(b) + carry;
                    r[i + j] = t & 0xffff_ffff;
                    carry = t >> 32;
                }
                let mut k = i + o.0.len();
                while carry > 0 {
                    let t = r[k] + carry;
                    r[k] = t & 0xffff_ffff;
                    carry = t >> 32;
                    k += 1;
                }
            }
            Big(r.into_iter().map(|x| x as u32).collect()).trim()
        }

        fn add(&self, o: &Big) -> Big {
            let n = self.0.len().max(o.0.len());
            let mut r = Vec::with_capacity(n + 1);
            let mut carry = 0u64;
            for i in 0..n {
                let t = u64::from(self.0.get(i).copied().unwrap_or(0))
                    + u64::from(o.0.get(i).copied().unwrap_or(0))
                    + carry;
                r.push(t as u32);
                carry = t >> 32;
            }
            r.push(carry as u32);
            Big(r).trim()
        }

        /// `self - o`, for `self >= o`.
        fn sub(&self, o: &Big) -> Big {
            let mut r = Vec::with_capacity(self.0.len());
            let mut borrow = 0i64;
            for (i, &a) in self.0.iter().enumerate() {
                let mut t = i64::from(a) - i64::from(o.0.get(i).copied().unwrap_or(0)) - borrow;
                borrow = i64::from(t < 0);
                if t < 0 {
                    t += 1 << 32;
                }
                r.push(t as u32);
            }
            Big(r).trim()
        }

        fn cmp(&self, o: &Big) -> Ordering {
            self.0
                .len()
                .cmp(&o.0.len())
                .then_with(|| self.0.iter().rev().cmp(o.0.iter().rev()))
        }

        fn to_u128(&self) -> Option<u128> {
            (self.0.len() <= 4).then(|| {
                self.0
                    .iter()
                    .rev()
                    .fold(0u128, |acc, &l| (acc << 32) | u128::from(l))
            })
        }
    }

    /// An exact rational, not reduced: sign, numerator, positive denominator.
    #[derive(Clone, Debug)]
    struct Q {
        neg: bool,
        num: Big,
        den: Big,
    }

    impl Q {
        fn int(v: i128) -> Q {
            Q {
                neg: v < 0,
                num: Big::from_u128(v.unsigned_abs()),
                den: Big::from_u128(1),
            }
        }

        fn dec(d: Decimal) -> Q {
            Q {
                neg: d.is_sign_negative(),
                num: Big::from_u128(d.mantissa().unsigned_abs()),
                den: Big::from_u128(10u128.pow(d.scale())),
            }
            .norm()
        }

        fn norm(mut self) -> Q {
            if self.num.is_zero() {
                self.neg = false;
            }
            self
        }

        fn sign(&self) -> i8 {
            match (self.num.is_zero(), self.neg) {
                (true, _) => 0,
                (false, true) => -1,
                (false, false) => 1,
            }
        }

        fn add(&self, o: &Q) -> Q {
            let a = self.num.mul(&o.den);
            let b = o.num.mul(&self.den);
            let den = self.den.mul(&o.den);
            if self.neg == o.neg {
                return Q {
                    neg: self.neg,
                    num: a.add(&b),
                    den,
                }
                .norm();
            }
            match a.cmp(&b) {
                Ordering::Less => Q {
                    neg: o.neg,
                    num: b.sub(&a),
                    den,
                },
                _ => Q {
                    neg: self.neg,
                    num: a.sub(&b),
                    den,
                },
            }
            .norm()
        }

        fn negate(&self) -> Q {
            Q {
                neg: !self.neg,
                ..self.clone()
            }
            .norm()
        }

        fn sub(&self, o: &Q) -> Q {
            self.add(&o.negate())
        }

        fn mul(&self, o: &Q) -> Q {
            Q {
                neg: self.neg != o.neg,
                num: self.num.mul(&o.num),
                den: self.den.mul(&o.den),
            }
            .norm()
        }

        /// `self / o`, `o` not zero.
        fn div(&self, o: &Q) -> Q {
            Q {
                neg: self.neg != o.neg,
                num: self.num.mul(&o.den),
                den: self.den.mul(&o.num),
            }
            .norm()
        }

        fn pow(&self, n: u32) -> Q {
            (0..n).fold(Q::int(1), |r, _| r.mul(self))
        }

        fn cmp(&self, o: &Q) -> Ordering {
            match self.sign().cmp(&o.sign()) {
                Ordering::Equal => {
                    let l = self.num.mul(&o.den);
                    let r = o.num.mul(&self.den);
                    if self.sign() < 0 {
                        r.cmp(&l)
                    } else {
                        l.cmp(&r)
                    }
                }
                other => other,
            }
        }

        fn is_zero(&self) -> bool {
            self.num.is_zero()
        }

        /// The value as a `Decimal`, where it has at most `max_scale` decimals (of half-units
        /// too: `x` such that `2 x 10^max_scale` is a whole number).
        fn to_decimal(&self, max_scale: u32) -> Option<Decimal> {
            let (n, d) = (self.num.to_u128()?, self.den.to_u128()?);
            let g = gcd(n, d);
            let (n, d) = (n / g, d / g);
            let unit = 2 * 10u128.pow(max_scale);
            if !unit.is_multiple_of(d) {
                return None;
            }
            let m = i128::try_from(n.checked_mul(unit / d)?.checked_mul(5)?).ok()?;
            let m = if self.neg { -m } else { m };
            Decimal::try_from_i128_with_scale(m, max_scale + 1)
                .ok()
                .map(|d| d.normalize())
        }
    }

    fn gcd(mut a: u128, mut b: u128) -> u128 {
        while b != 0 {
            (a, b) = (b, a % b);
        }
        a.max(1)
    }

    /// An end's value: a rational, or for a compound rate `100 ((r)^(1/n) - 1)`, irrational in
    /// general, compared through powers.
    #[derive(Clone, Debug)]
    enum V {
        Q(Q),
        Root(Q, u32),
    }

    /// `q` against `v`, exactly.
    fn cmp_qv(q: &Q, v: &V) -> Ordering {
        match v {
            V::Q(w) => q.cmp(w),
            V::Root(r, n) => {
                let x = Q::int(1).add(&q.div(&Q::int(100)));
                if x.sign() < 0 {
                    Ordering::Less
                } else {
                    x.pow(*n).cmp(r)
                }
            }
        }
    }

    fn cmp_vv(a: &V, b: &V) -> Ordering {
        match (a, b) {
            (V::Q(q), v) => cmp_qv(q, v),
            (v, V::Q(q)) => cmp_qv(q, v).reverse(),
            (V::Root(r, n), V::Root(s, m)) => {
                assert_eq!(n, m, "roots of different years are never compared");
                r.cmp(s)
            }
        }
    }

    /// An end: `None` for an unbounded side.
    #[derive(Clone, Debug)]
    struct E {
        v: Option<V>,
        closed: bool,
    }

    fn fin(q: Q, closed: bool) -> E {
        E {
            v: Some(V::Q(q)),
            closed,
        }
    }

    const INF: E = E {
        v: None,
        closed: false,
    };

    /// An exact range.
    #[derive(Clone, Debug)]
    struct X {
        lo: E,
        hi: E,
    }

    impl X {
        fn q(lo: Option<(Q, bool)>, hi: Option<(Q, bool)>) -> X {
            let end = |e: Option<(Q, bool)>| e.map_or(INF, |(q, c)| fin(q, c));
            X {
                lo: end(lo),
                hi: end(hi),
            }
        }

        fn from_zero() -> X {
            X::q(Some((Q::int(0), true)), None)
        }

        fn is_empty(&self) -> bool {
            match (&self.lo.v, &self.hi.v) {
                (Some(l), Some(h)) => match cmp_vv(l, h) {
                    Ordering::Greater => true,
                    Ordering::Equal => !(self.lo.closed && self.hi.closed),
                    Ordering::Less => false,
                },
                _ => false,
            }
        }

        fn intersect(&self, o: &X) -> X {
            let pick = |a: &E, b: &E, low: bool| -> E {
                match (&a.v, &b.v) {
                    (None, _) => b.clone(),
                    (_, None) => a.clone(),
                    (Some(x), Some(y)) => match (cmp_vv(x, y), low) {
                        (Ordering::Equal, _) => E {
                            v: a.v.clone(),
                            closed: a.closed && b.closed,
                        },
                        (Ordering::Greater, true) | (Ordering::Less, false) => a.clone(),
                        _ => b.clone(),
                    },
                }
            };
            X {
                lo: pick(&self.lo, &o.lo, true),
                hi: pick(&self.hi, &o.hi, false),
            }
        }

        fn meets(&self, o: &X) -> bool {
            !self.intersect(o).is_empty()
        }

        /// The rational value of an end, where it has one.
        fn end_q(e: &E) -> Option<&Q> {
            match &e.v {
                Some(V::Q(q)) => Some(q),
                _ => None,
            }
        }

        fn shifted(&self, by: &Q) -> X {
            let s = |e: &E| E {
                v: e.v.as_ref().map(|v| match v {
                    V::Q(q) => V::Q(q.add(by)),
                    V::Root(..) => unreachable!("only rationals are shifted"),
                }),
                closed: e.closed,
            };
            X {
                lo: s(&self.lo),
                hi: s(&self.hi),
            }
        }
    }

    fn half(p: &Q) -> Q {
        p.div(&Q::int(2))
    }

    /// The values a figure stands for under an assumption, from the rounding table: the values
    /// that print as its value, then the hedge read literally or as rounded.
    fn figure_range(f: &ReportedFigure, a: Assumption) -> X {
        let rounding = f.rounding().unwrap_or(a.rounding);
        let (v, p) = (Q::dec(f.value()), Q::dec(f.precision()));
        let (h, s) = (half(&p), v.sign());
        let at = |q: Q, c: bool| Some((q, c));
        let r = match rounding {
            RoundingAssumption::Nearest => X::q(at(v.sub(&h), true), at(v.add(&h), true)),
            RoundingAssumption::HalfEven => {
                let even = (f.value() / f.precision()) % Decimal::TWO == Decimal::ZERO;
                X::q(at(v.sub(&h), even), at(v.add(&h), even))
            }
            RoundingAssumption::HalfUp => X::q(at(v.sub(&h), s > 0), at(v.add(&h), s < 0)),
            RoundingAssumption::Truncate => match s {
                1 => X::q(at(v.clone(), true), at(v.add(&p), false)),
                -1 => X::q(at(v.sub(&p), false), at(v.clone(), true)),
                // A count or amount is never below zero: "0" truncated is [0, p), which a bound
                // read as rounded keeps ("more than 0" is then above zero).
                _ if f.kind() != FigureKind::Percent => {
                    X::q(at(Q::int(0), true), at(p.clone(), false))
                }
                _ => X::q(at(p.negate(), false), at(p.clone(), false)),
            },
            RoundingAssumption::Floor => X::q(at(v.clone(), true), at(v.add(&p), false)),
            RoundingAssumption::Ceiling => X::q(at(v.sub(&p), false), at(v.clone(), true)),
            _ => unreachable!("every rounding is listed"),
        };
        let literal = a.bounds == BoundReading::Literal;
        let open = |e: E| E { closed: false, ..e };
        match f.qualifier() {
            Qualifier::MoreThan if literal => X::q(at(v, false), None),
            Qualifier::MoreThan => X {
                lo: open(r.lo),
                hi: INF,
            },
            Qualifier::AtLeast if literal => X::q(at(v, true), None),
            Qualifier::AtLeast => X { lo: r.lo, hi: INF },
            Qualifier::LessThan if literal => X::q(None, at(v, false)),
            Qualifier::LessThan => X {
                lo: INF,
                hi: open(r.hi),
            },
            Qualifier::AtMost if literal => X::q(None, at(v, true)),
            Qualifier::AtMost => X { lo: INF, hi: r.hi },
            _ => r,
        }
    }

    fn is_zero_end(e: &E) -> bool {
        X::end_q(e).is_some_and(Q::is_zero) && e.closed
    }

    /// `factor * num / den` over ranges within `[0, inf)`: `None` when `den` can only be zero.
    fn ratio(num: &X, den: &X, factor: i128) -> Option<X> {
        let f = Q::int(factor);
        if X::end_q(&den.hi).is_some_and(Q::is_zero) {
            return None;
        }
        let lo = match (&den.hi.v, is_zero_end(&num.lo)) {
            (None, _) | (_, true) => fin(Q::int(0), is_zero_end(&num.lo)),
            (Some(_), false) => {
                let (n, d) = (X::end_q(&num.lo)?, X::end_q(&den.hi)?);
                fin(f.mul(n).div(d), num.lo.closed && den.hi.closed)
            }
        };
        let den_lo = X::end_q(&den.lo)?;
        let hi = if is_zero_end(&num.hi) {
            fin(Q::int(0), true)
        } else if num.hi.v.is_none() || den_lo.is_zero() {
            INF
        } else {
            fin(
                f.mul(X::end_q(&num.hi)?).div(den_lo),
                num.hi.closed && den.lo.closed,
            )
        };
        Some(X { lo, hi })
    }

    /// `a * b / 100` over ranges within `[0, inf)`.
    fn product(a: &X, b: &X) -> X {
        if is_zero_end(&a.hi) || is_zero_end(&b.hi) {
            return X::q(Some((Q::int(0), true)), Some((Q::int(0), true)));
        }
        let hundred = Q::int(100);
        let (al, bl) = (X::end_q(&a.lo).unwrap(), X::end_q(&b.lo).unwrap());
        let lo = fin(
            al.mul(bl).div(&hundred),
            (a.lo.closed && b.lo.closed) || is_zero_end(&a.lo) || is_zero_end(&b.lo),
        );
        let hi = match (X::end_q(&a.hi), X::end_q(&b.hi)) {
            (Some(x), Some(y)) => fin(x.mul(y).div(&hundred), a.hi.closed && b.hi.closed),
            _ => INF,
        };
        X { lo, hi }
    }

    /// What the oracle makes of a claim under one reading.
    #[allow(clippy::large_enum_variant)]
    enum Exact {
        /// The stated range (within its domain) and the computed range.
        Ranges { stated: X, computed: X },
        /// An input has no value in its domain (a rate below -100 %): no reading holds.
        Impossible,
        /// An input that can only be zero divides.
        Undefined,
    }

    /// The largest number of years whose powers the oracle computes.
    const EXACT_YEARS: u32 = 40;

    fn exact(kind: &ClaimKind, a: Assumption) -> Option<Exact> {
        let r = |f: &ReportedFigure| figure_range(f, a);
        let quantity = |f: &ReportedFigure| r(f).intersect(&X::from_zero());
        let growth_domain = X::q(Some((Q::int(-100), true)), None);
        let share_domain = X::q(Some((Q::int(0), true)), Some((Q::int(100), true)));
        let rate_factor = |f: &ReportedFigure| {
            let rate = r(f).intersect(&growth_domain);
            (!rate.is_empty()).then(|| rate.shifted(&Q::int(100)))
        };
        let computed = match kind {
            ClaimKind::Growth { from, to, .. } => {
                ratio(&quantity(to), &quantity(from), 100).map(|x| x.shifted(&Q::int(-100)))
            }
            ClaimKind::Share { part, total, .. } => ratio(&quantity(part), &quantity(total), 100),
            ClaimKind::AverageTicket {
                value, operations, ..
            } => ratio(&quantity(value), &quantity(operations), 1),
            ClaimKind::Within { part, .. } => Some(quantity(part)),
            ClaimKind::PartsSum { parts, .. } => {
                let mut lo = (Q::int(0), true);
                let mut hi = Some((Q::int(0), true));
                for part in parts {
                    let x = quantity(part);
                    lo = (lo.0.add(X::end_q(&x.lo).unwrap()), lo.1 && x.lo.closed);
                    hi = hi
                        .zip(X::end_q(&x.hi))
                        .map(|((h, c), e)| (h.add(e), c && x.hi.closed));
                }
                Some(X::q(Some(lo), hi))
            }
            ClaimKind::Projection { base, rate, .. } => match rate_factor(rate) {
                Some(f) => Some(product(&quantity(base), &f)),
                None => return Some(Exact::Impossible),
            },
            ClaimKind::ImpliedEarlier { current, rate, .. } => match rate_factor(rate) {
                // Nothing now after a fall of exactly -100 %: any earlier value.
                // A rate that can only be -100 % recovers nothing (the crate's undefined).
                Some(f) if is_zero_end(&f.hi) => None,
                Some(f) if is_zero_end(&f.lo) && is_zero_end(&quantity(current).lo) => {
                    Some(X::from_zero())
                }
                Some(f) => ratio(&quantity(current), &f, 100),
                None => return Some(Exact::Impossible),
            },
            ClaimKind::CompoundAnnual {
                from, to, years, ..
            } => {
                if *years > EXACT_YEARS {
                    return None;
                }
                ratio(&quantity(to), &quantity(from), 1).map(|x| {
                    let root = |e: E| E {
                        v: e.v.map(|v| match v {
                            V::Q(q) if *years == 1 => V::Q(q.mul(&Q::int(100)).sub(&Q::int(100))),
                            V::Q(q) => V::Root(q, *years),
                            V::Root(..) => unreachable!(),
                        }),
                        closed: e.closed,
                    };
                    X {
                        lo: root(x.lo),
                        hi: root(x.hi),
                    }
                })
            }
            _ => unreachable!("every kind is listed"),
        };
        let Some(computed) = computed else {
            return Some(Exact::Undefined);
        };
        let raw = r(kind.stated());
        let stated = match kind {
            ClaimKind::Growth { .. } | ClaimKind::CompoundAnnual { .. } => {
                raw.intersect(&growth_domain)
            }
            ClaimKind::Share { .. } => raw.intersect(&share_domain),
            ClaimKind::Within { .. } => X {
                lo: fin(Q::int(0), true),
                hi: raw.intersect(&X::from_zero()).hi,
            },
            _ => raw.intersect(&X::from_zero()),
        };
        Some(Exact::Ranges { stated, computed })
    }

    /// The crate's range encloses the exact one: each end at or beyond it, and closed where it
    /// is the exact end and that end is attained.
    fn encloses(crate_range: &Interval, exact: &X) -> Result<(), String> {
        let side = |c: Option<morocco_ecommerce::Bound>, e: &E, low: bool| -> Result<(), String> {
            let (Some(c), Some(v)) = (c, &e.v) else {
                return if c.is_none() || e.v.is_some() {
                    Ok(())
                } else {
                    Err("bounded where the exact range is not".to_owned())
                };
            };
            let ord = cmp_qv(&Q::dec(c.value), v);
            let beyond = if low {
                Ordering::Less
            } else {
                Ordering::Greater
            };
            if ord == beyond || (ord == Ordering::Equal && (c.closed || !e.closed)) {
                Ok(())
            } else {
                Err(format!(
                    "the {} end {} is inside the exact end {v:?} (closed: {})",
                    if low { "low" } else { "high" },
                    c.value,
                    e.closed
                ))
            }
        };
        side(crate_range.low(), &exact.lo, true)?;
        side(crate_range.high(), &exact.hi, false)
    }

    /// The crate's range is within `tol` of the exact one on each side, and unbounded only
    /// where the exact one is.
    fn tight(crate_range: &Interval, exact: &X, tol: &Q) -> Result<(), String> {
        let side = |c: Option<morocco_ecommerce::Bound>, e: &E, low: bool| -> Result<(), String> {
            match (c, &e.v) {
                (_, None) => Ok(()),
                (None, Some(_)) => Err("unbounded where the exact range is bounded".to_owned()),
                (Some(c), Some(v)) => {
                    let c = Q::dec(c.value);
                    let (moved, wrong) = if low {
                        (c.add(tol), Ordering::Less)
                    } else {
                        (c.sub(tol), Ordering::Greater)
                    };
                    if cmp_qv(&moved, v) == wrong {
                        Err(format!(
                            "the {} end is more than {tol:?} beyond {v:?}",
                            if low { "low" } else { "high" }
                        ))
                    } else {
                        Ok(())
                    }
                }
            }
        };
        side(crate_range.low(), &exact.lo, true)?;
        side(crate_range.high(), &exact.hi, false)
    }

    /// Whether the crate's range is exactly the oracle's, ends and their closedness.
    fn same(crate_range: &Interval, exact: &X) -> bool {
        let side = |c: Option<morocco_ecommerce::Bound>, e: &E| match (c, &e.v) {
            (None, None) => true,
            (Some(c), Some(v)) => {
                cmp_qv(&Q::dec(c.value), v) == Ordering::Equal && c.closed == e.closed
            }
            _ => false,
        };
        side(crate_range.low(), &exact.lo) && side(crate_range.high(), &exact.hi)
    }

    /// The claims of every kind a writer makes from true values: each with the true value its
    /// computed range must hold (the stated figure's, or a within's part) (`None` where the oracle cannot compute it).
    #[allow(clippy::too_many_arguments)]
    fn claims_of_every_kind(
        a: u64,
        b: u64,
        c: u64,
        rate_cents: i64,
        years: u32,
        presses: [Press; 4],
        mode: RoundingAssumption,
    ) -> Vec<(ClaimKind, Option<V>)> {
        use FigureKind::{AmountMad, Percent, Transactions};
        let [pa, pb, pc, ps] = presses;
        let (x, y, z) = (Decimal::from(a), Decimal::from(b), Decimal::from(c));
        let (qa, qb, qc) = (Q::int(a.into()), Q::int(b.into()), Q::int(c.into()));
        let hundred = Q::int(100);
        let print = |k, v, p| print(k, v, p, mode);
        let mut out = Vec::new();
        if a > 0 {
            let growth = qb.sub(&qa).mul(&hundred).div(&qa);
            let stated = (y - x) * Decimal::ONE_HUNDRED / x;
            out.push((
                ClaimKind::Growth {
                    from: print(Transactions, x, pa),
                    to: print(Transactions, y, pb),
                    stated: print(Percent, stated, ps),
                },
                Some(V::Q(growth)),
            ));
            let cagr = morocco_ecommerce::GrowthRate::compound_annual(
                morocco_ecommerce::Transactions::from(a),
                morocco_ecommerce::Transactions::from(b),
                years,
            )
            .unwrap()
            .as_percent();
            let truth = (years <= EXACT_YEARS).then(|| V::Root(qb.div(&qa), years));
            out.push((
                ClaimKind::CompoundAnnual {
                    from: print(Transactions, x, pa),
                    to: print(Transactions, y, pb),
                    years,
                    stated: print(Percent, cagr, ps),
                },
                truth,
            ));
            let ticket = qb.div(&qa);
            out.push((
                ClaimKind::AverageTicket {
                    value: print(AmountMad, y, pb),
                    operations: print(Transactions, x, pa),
                    stated: print(AmountMad, y / x, ps),
                },
                Some(V::Q(ticket)),
            ));
        }
        if a + b > 0 {
            let total = Decimal::from(a + b);
            out.push((
                ClaimKind::Share {
                    part: print(Transactions, x, pa),
                    total: print(Transactions, total, pb),
                    stated: print(Percent, x * Decimal::ONE_HUNDRED / total, ps),
                },
                Some(V::Q(qa.mul(&hundred).div(&qa.add(&qb)))),
            ));
        }
        out.push((
            ClaimKind::Within {
                part: print(Transactions, x, pa),
                total: print(Transactions, x + y, ps),
            },
            // The computed range is the part's.
            Some(V::Q(qa.clone())),
        ));
        out.push((
            ClaimKind::PartsSum {
                parts: vec![
                    print(AmountMad, x, pa),
                    print(AmountMad, y, pb),
                    print(AmountMad, z, pc),
                ],
                total: print(AmountMad, x + y + z, ps),
            },
            Some(V::Q(qa.add(&qb).add(&qc))),
        ));
        let rate = Decimal::new(rate_cents, 2);
        let factor = Q::dec(rate).add(&hundred);
        let grown = x * (Decimal::ONE_HUNDRED + rate) / Decimal::ONE_HUNDRED;
        out.push((
            ClaimKind::Projection {
                base: print(Transactions, x, pa),
                rate: print(Percent, rate, pb),
                end: print(Transactions, grown, ps),
            },
            Some(V::Q(qa.mul(&factor).div(&hundred))),
        ));
        out.push((
            ClaimKind::ImpliedEarlier {
                current: print(Transactions, grown, pa),
                rate: print(Percent, rate, pb),
                earlier: print(Transactions, x, ps),
            },
            Some(V::Q(qa.clone())),
        ));
        out
    }

    /// `kind` with its stated figure replaced.
    fn restated(kind: &ClaimKind, stated: ReportedFigure) -> ClaimKind {
        kind.clone()
            .map(|role, f| if role.stated { stated } else { f })
    }

    /// A stated figure whose range in the claim (a total's from zero), under `reading`, ends exactly at `end` on the side `low`
    /// (its low end at `end` if `low`), or `None` where no figure of at most 12 decimals does.
    fn touching(
        claim: &ClaimKind,
        end: &Q,
        low: bool,
        reading: Assumption,
    ) -> Option<ReportedFigure> {
        for k in 0..=12u32 {
            let Some(e) = end.to_decimal(k) else { continue };
            let p = Decimal::new(1, k);
            for offset in [Decimal::ZERO, p, p / Decimal::TWO, -p, -p / Decimal::TWO] {
                let s = e + offset;
                if (s / p).fract() != Decimal::ZERO {
                    continue;
                }
                let Ok(figure) = ReportedFigure::new(claim.stated().kind(), s, p) else {
                    continue;
                };
                let Some(Exact::Ranges { stated: range, .. }) =
                    exact(&restated(claim, figure), reading)
                else {
                    continue;
                };
                let at = if low { &range.lo } else { &range.hi };
                if X::end_q(at).is_some_and(|q| q.cmp(end) == Ordering::Equal) {
                    return Some(figure);
                }
            }
        }
        None
    }

    /// A stated figure at `step`, its range under every reading more than two units of `step`
    /// beyond every computed range (above them if `up`), from the crate's ends as a first
    /// guess, proved by the oracle; `None` where there is none or it cannot be proved.
    fn beyond_every_range(
        kind: &ClaimKind,
        readings: &[(Assumption, X)],
        guess: &[Interval],
        step: Decimal,
        up: bool,
    ) -> Option<ReportedFigure> {
        let ends: Option<Vec<Decimal>> = guess
            .iter()
            .map(|g| if up { g.high() } else { g.low() }.map(|b| b.value))
            .collect();
        let ends = ends?;
        let far = if up {
            ends.iter().max()?
        } else {
            ends.iter().min()?
        };
        let distance = step * Decimal::from(4);
        let value = if up {
            (far.checked_add(distance)? / step).ceil() * step
        } else {
            (far.checked_sub(distance)? / step).floor() * step
        };
        let figure = ReportedFigure::new(kind.stated().kind(), value, step).ok()?;
        let margin = Q::dec(step * Decimal::TWO);
        for (reading, computed) in readings {
            let Some(Exact::Ranges { stated, .. }) = exact(&restated(kind, figure), *reading)
            else {
                return None;
            };
            let clear = if up {
                let (Some(s), Some(c)) = (X::end_q(&stated.lo), &computed.hi.v) else {
                    return None;
                };
                cmp_qv(&s.sub(&margin), c) == Ordering::Greater
            } else {
                let (Some(s), Some(c)) = (X::end_q(&stated.hi), &computed.lo.v) else {
                    return None;
                };
                cmp_qv(&s.add(&margin), c) == Ordering::Less
            };
            if !clear {
                return None;
            }
        }
        Some(figure)
    }

    proptest! {
        /// Every claim kind, made from true values the way the press makes it (counts up to
        /// 10^15 rounded to a step or to significant digits, under every rounding, hedged or
        /// not), read under the writer's rounding with bounds literal or rounded, beside any
        /// other assumption; the ranges of the exact oracle above, in rational arithmetic of
        /// its own. For each claim:
        ///
        /// - consistent by construction: under each reading whose exact ranges meet (the
        ///   writer's always does), the crate finds the claim consistent, so it is never an
        ///   alarm;
        /// - the crate's computed range under each reading encloses the exact range, ends and
        ///   their closedness, and is within 2 units of the stated figure's last digit of it;
        /// - inconsistent by construction: restated more than 2 units beyond every exact range,
        ///   above or below, it is always an alarm;
        /// - touching ends: restated so that its range just touches an end of an exact range,
        ///   it is an alarm exactly when no reading's exact ranges meet (where the crate's
        ///   range is the exact one; elsewhere only "never an alarm where they meet" holds).
        ///
        /// 256 cases by default (about 2 s in a debug build); `PROPTEST_CASES=20000 cargo test
        /// --test integration every_kind` runs more.
        #[test]
        fn every_kind_against_the_exact_oracle(
            a in value(),
            b in value(),
            c in value(),
            rate_cents in prop_oneof![-10_000i64..=50_000, Just(-10_000i64), Just(0i64)],
            years in prop_oneof![4 => 1u32..=EXACT_YEARS, 1 => Just(u32::MAX), 1 => 1u32..=u32::MAX],
            presses in [press(), press(), press(), press()],
            mode in rounding(),
            bounds in prop::sample::select(BoundReading::ALL.to_vec()),
            other in assumption(),
            step in stated_step(),
            up in any::<bool>(),
        ) {
            let writer = Assumption::new(mode, bounds);
            let checker = Checker::new().with_assumptions(vec![writer, other]).unwrap();
            for (kind, truth) in claims_of_every_kind(a, b, c, rate_cents, years, presses, mode) {
                let claim = Claim::new(kind.name(), kind.clone());
                let finding = checker.check(&claim).unwrap();
                let tol = Q::dec(kind.stated().precision() * Decimal::TWO);
                let mut readings = Vec::new();
                let mut undefined = false;
                for (i, reading) in [writer, other].into_iter().enumerate() {
                    let crate_reading = &finding.readings[i];
                    match exact(&kind, reading) {
                        None => {}
                        Some(Exact::Undefined) => undefined = true,
                        Some(Exact::Impossible) => {
                            prop_assert!(!crate_reading.consistent, "{reading}: {}\n{claim:?}", finding.explanation);
                        }
                        Some(Exact::Ranges { stated, computed }) => {
                            if i == 0 && let Some(t) = &truth {
                                // The oracle's own check: the true value is in the computed range.
                                let point = X { lo: E { v: Some(t.clone()), closed: true }, hi: E { v: Some(t.clone()), closed: true } };
                                prop_assert!(computed.meets(&point), "oracle: {t:?} not in {computed:?}\n{claim:?}");
                                if stated.meets(&point) {
                                    prop_assert!(stated.meets(&computed));
                                }
                            }
                            let meets = stated.meets(&computed);
                            prop_assert!(!meets || crate_reading.consistent, "{reading}: the exact ranges {stated:?} and {computed:?} meet, the crate says {:?}: {}\n{claim:?}", finding.verdict, finding.explanation);
                            let computed_in_domain = if matches!(kind, ClaimKind::Share { .. }) {
                                computed.intersect(&X::q(Some((Q::int(0), true)), Some((Q::int(100), true))))
                            } else {
                                computed.clone()
                            };
                            if !computed_in_domain.is_empty() {
                                let r = encloses(&crate_reading.computed, &computed_in_domain);
                                prop_assert!(r.is_ok(), "{reading}: {} does not enclose the exact range: {:?}\n{claim:?}", crate_reading.computed, r);
                                let r = tight(&crate_reading.computed, &computed_in_domain, &tol);
                                prop_assert!(r.is_ok(), "{reading}: {} is loose: {:?}\n{claim:?}", crate_reading.computed, r);
                            }
                            readings.push((reading, computed_in_domain));
                        }
                    }
                }
                if truth.is_some() && !undefined && readings.len() == 2 {
                    let exact_meets = |k: &ClaimKind| {
                        readings.iter().any(|(reading, computed)| match exact(k, *reading) {
                            Some(Exact::Ranges { stated, .. }) => stated.meets(computed),
                            _ => false,
                        })
                    };
                    if exact_meets(&kind) {
                        prop_assert!(!finding.verdict.is_alarm(), "{:?}: {}\n{claim:?}", finding.verdict, finding.explanation);
                    }
                    // Inconsistent by construction.
                    let guess: Vec<Interval> = finding.readings.iter().map(|r| r.computed).collect();
                    let stated_step = if kind.stated().kind() == FigureKind::Percent { step } else { kind.stated().precision() };
                    if let Some(far) = beyond_every_range(&kind, &readings, &guess, stated_step, up) {
                        let wrong = Claim::new(kind.name(), restated(&kind, far));
                        let f = checker.check(&wrong).unwrap();
                        prop_assert!(f.verdict.is_alarm(), "{:?}: {}\n{wrong:?}", f.verdict, f.explanation);
                    }
                    // Touching ends.
                    for (reading, computed) in &readings {
                        for (end, low) in [(&computed.lo, false), (&computed.hi, true)] {
                            let Some(e) = X::end_q(end) else { continue };
                            let Some(t) = touching(&kind, e, low, *reading) else { continue };
                            let touch = restated(&kind, t);
                            let f = checker.check(&Claim::new(kind.name(), touch.clone())).unwrap();
                            let meets = exact_meets(&touch);
                            if meets {
                                prop_assert!(!f.verdict.is_alarm(), "touching: {:?}: {}\n{touch:?}", f.verdict, f.explanation);
                            } else if f.readings.iter().zip(&readings).all(|(r, (_, x))| same(&r.computed, x)) {
                                prop_assert!(f.verdict.is_alarm(), "touching, apart: {:?}: {}\n{touch:?}", f.verdict, f.explanation);
                            }
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn exact_arithmetic() {
        let third = Q::int(1).div(&Q::int(3));
        assert_eq!(third.cmp(&Q::dec(Decimal::new(3333, 4))), Ordering::Greater);
        assert_eq!(Q::int(-5).add(&Q::int(3)).cmp(&Q::int(-2)), Ordering::Equal);
        assert_eq!(Q::int(-5).cmp(&Q::int(-6)), Ordering::Greater);
        let big = Q::int(10).pow(40);
        assert_eq!(big.sub(&Q::int(1)).cmp(&big), Ordering::Less);
        assert_eq!(
            Q::int(3).div(&Q::int(8)).to_decimal(3),
            Some(Decimal::new(375, 3))
        );
        assert_eq!(third.to_decimal(12), None);
        // 100 (1.21^(1/2) - 1) is 10.
        let root = V::Root(Q::dec(Decimal::new(121, 2)), 2);
        assert_eq!(cmp_qv(&Q::int(10), &root), Ordering::Equal);
        assert_eq!(cmp_qv(&Q::dec(Decimal::new(999, 2)), &root), Ordering::Less);
    }
}

/// The issue-14 fuzz crash, through the public API: a compound rate over one year from about
/// 3.9e19 to about 8.6e-19, whose ratio underflows a Decimal, gave the written value -150 %
/// (below every growth there is) and a computed range from -200 %. Every kind whose ratio
/// underflows or overflows keeps its written value in its range and its range in its domain,
/// and gives a finding rather than an overflow error.
#[test]
fn found_a_ratio_that_underflows_or_overflows_keeps_the_point_in_range_and_domain() {
    let exact =
        |kind, v: &str| ReportedFigure::new(kind, v.parse().unwrap(), Decimal::ONE).unwrap();
    let c = |v: &str| exact(FigureKind::Transactions, v);
    let m = |v: &str| exact(FigureKind::AmountMad, v);
    let p = |v: &str| exact(FigureKind::Percent, v);
    let (huge, tiny) = ("39000000000000000000", "0.00000000000000000086");
    let kinds = [
        ClaimKind::CompoundAnnual {
            from: c(huge),
            to: c(tiny),
            years: 1,
            stated: p("-100"),
        },
        ClaimKind::CompoundAnnual {
            from: c(huge),
            to: c(tiny),
            years: 7,
            stated: p("-100"),
        },
        ClaimKind::CompoundAnnual {
            from: c(tiny),
            to: c(huge),
            years: 1,
            stated: p("10"),
        },
        ClaimKind::Growth {
            from: c(huge),
            to: c(tiny),
            stated: p("-100"),
        },
        ClaimKind::Growth {
            from: c("0.0000000000000000000000000001"),
            to: c("1000000000000000"),
            stated: p("10"),
        },
        ClaimKind::Share {
            part: c(tiny),
            total: c(huge),
            stated: p("0"),
        },
        ClaimKind::AverageTicket {
            value: m(tiny),
            operations: c("1000000000000000"),
            stated: m("0"),
        },
        ClaimKind::AverageTicket {
            value: m("79228162514264337593543950"),
            operations: c(tiny),
            stated: m("1"),
        },
        ClaimKind::Projection {
            base: c("79228162514264337593543950"),
            rate: p("1000"),
            end: c("1"),
        },
        ClaimKind::ImpliedEarlier {
            current: c(huge),
            rate: p("-99.99999999999999999"),
            earlier: c("1"),
        },
    ];
    for kind in kinds {
        let f = Checker::new()
            .check(&claim(kind.clone()))
            .unwrap_or_else(|e| panic!("{kind:?}: {e}"));
        let growth = matches!(
            kind,
            ClaimKind::Growth { .. } | ClaimKind::CompoundAnnual { .. }
        );
        let floor = if growth {
            Decimal::from(-100)
        } else {
            Decimal::ZERO
        };
        assert!(
            f.computed.low().is_none_or(|l| l.value >= floor),
            "{kind:?}: {}",
            f.computed
        );
        if let Some(point) = f.point {
            assert!(
                point >= floor && f.computed.contains(point),
                "{kind:?}: {point} outside {}",
                f.computed
            );
        }
    }
}
