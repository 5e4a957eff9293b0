//! The consistency checker: pinned verdicts, soundness, sensitivity.

use morocco_ecommerce::check::{Checker, Claim, ClaimKind, Verdict};
use morocco_ecommerce::data::{builtin_claims, moroccan_share_implications};
use morocco_ecommerce::{
    Assumption, BoundReading, Error, FigureKind, Qualifier, ReportedFigure, RoundingAssumption,
};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn fig(kind: FigureKind, number: &str, scale: i64) -> ReportedFigure {
    let value = number
        .parse()
        .unwrap_or_else(|e| panic!("{number:?} is not a decimal literal: {e}"));
    ReportedFigure::written(kind, value, Decimal::from(scale))
        .unwrap_or_else(|e| panic!("{number:?} at scale {scale} is not a figure: {e}"))
}

fn count(number: &str, scale: i64) -> ReportedFigure {
    fig(FigureKind::Transactions, number, scale)
}

fn percent(number: &str) -> ReportedFigure {
    fig(FigureKind::Percent, number, 1)
}

fn growth(from: ReportedFigure, to: ReportedFigure, stated: ReportedFigure) -> Claim {
    Claim::new("test", ClaimKind::Growth { from, to, stated })
}

#[test]
fn built_in_verdicts_are_pinned() {
    let audit = Checker::new().audit(&builtin_claims());
    assert!(audit.errors.is_empty());
    let verdicts: Vec<(&str, &str)> = audit
        .findings
        .iter()
        .map(|f| (f.claim.as_str(), f.verdict.name()))
        .collect();
    assert_eq!(
        verdicts,
        [
            (
                "card_operations_growth_2014",
                "consistent_only_with_rounding"
            ),
            ("card_value_growth_2014", "inconsistent"),
            ("card_operations_within_all_2014", "consistent"),
            ("card_value_within_all_2014", "consistent"),
        ]
    );
    let value = &audit.findings[1];
    let Verdict::Inconsistent {
        margin,
        nearest_statement,
        coarser_inputs,
        consistent_readings,
    } = &value.verdict
    else {
        panic!("value growth is inconsistent")
    };
    assert_eq!(*margin, Decimal::new(372, 2));
    assert_eq!(*nearest_statement, Some(Decimal::new(153, 1)));
    assert_eq!(*coarser_inputs, Some(10));
    assert!(consistent_readings.contains(&Assumption::new(
        RoundingAssumption::Nearest,
        BoundReading::Rounded
    )));
    assert_eq!(value.stated.to_string(), "[14.85, 14.95]");
    assert_eq!(value.computed.to_string_rounded(4), "[15.3212, +inf)");
    let ops = &audit.findings[0];
    assert_eq!(ops.stated.to_string(), "[15.5, 16.5]");
    assert_eq!(ops.computed.to_string_rounded(4), "[16.1194, 17.4175]");
    assert_eq!(
        ops.point.map(|p| p.round_dp(4)),
        Some(Decimal::new(167665, 4))
    );
}

#[test]
fn built_in_verdicts_under_every_rounding() {
    let checker = Checker::new()
        .with_assumptions(Assumption::every_rounding())
        .unwrap();
    let finding = checker.check(&builtin_claims()[0]).unwrap();
    // "16 %" read as rounded up from 15.x cannot hold a growth of at least 16.17 %.
    let Verdict::ConsistentOnlyUnder { assumptions } = &finding.verdict else {
        panic!("{:?}", finding.verdict)
    };
    assert!(
        !assumptions
            .iter()
            .any(|a| a.rounding == RoundingAssumption::Ceiling)
    );
    assert!(
        assumptions
            .iter()
            .any(|a| a.rounding == RoundingAssumption::Truncate)
    );
}

#[test]
fn share_implications() {
    let derived = moroccan_share_implications(Assumption::default()).unwrap();
    let ranges: Vec<String> = derived.iter().map(|d| d.range.to_string()).collect();
    assert_eq!(
        ranges,
        [
            "(992250000, +inf)",
            "(47250000, +inf)",
            "(992250000, 1193750000]",
            "(47250000, 68750000]"
        ]
    );
}

/// How sharp each seed claim's test was: the computed range's width in units of the stated
/// figure's last digit.
#[test]
fn sharpness_of_the_seed_claims() {
    let audit = Checker::new().audit(&builtin_claims());
    let sharpness: Vec<(&str, Option<Decimal>)> = audit
        .findings
        .iter()
        .map(|f| (f.claim.as_str(), f.sharpness))
        .collect();
    // 1,67 -> 1,95 million stated 16 %: [16.119, 17.417] against a last digit of 1, about 1.3
    // units, exactly the width of the computed range (the precision is 1).
    let operations = &audit.findings[0];
    let (Some(low), Some(high)) = (operations.computed.low(), operations.computed.high()) else {
        panic!("the operations' growth range is bounded")
    };
    assert_eq!(sharpness[0].1, Some((high.value - low.value).normalize()));
    assert_eq!(
        sharpness[0].1.map(|s| s.round_dp(3)),
        Some(Decimal::new(1298, 3))
    );
    // "more than 1,05 billion" leaves the value's growth unbounded above.
    assert_eq!(sharpness[1], ("card_value_growth_2014", None));
    // 1,95 million to the 10 000 within a total to the 100 000: a tenth of the total's last digit.
    assert_eq!(
        sharpness[2],
        ("card_operations_within_all_2014", Some(Decimal::new(1, 1)))
    );
    assert_eq!(sharpness[3], ("card_value_within_all_2014", None));
}

#[test]
fn verdict_kinds() {
    let checker = Checker::new();
    let v = |claim: &Claim| checker.check(claim).unwrap().verdict.name();
    // 100 to 116 written exactly, stated 16 %.
    assert_eq!(
        v(&growth(count("100", 1), count("116", 1), percent("16"))),
        "consistent"
    );
    assert_eq!(
        v(&growth(count("100", 1), count("130", 1), percent("16"))),
        "inconsistent"
    );
    assert_eq!(
        v(&growth(count("100", 1), count("50", 1), percent("-150"))),
        "impossible"
    );
    // 1 to 2 million written to the million: anything from 0 % (1.5 to 1.5 million) to +400 %
    // (0.5 to 2.5 million) passes. The verdict is the method's class all the same; the sharpness
    // says the test was 400 units of the stated last digit wide.
    let wide = checker
        .check(&growth(
            count("1", 1_000_000),
            count("2", 1_000_000),
            percent("100"),
        ))
        .unwrap();
    assert_eq!(wide.verdict.name(), "consistent");
    assert_eq!(wide.sharpness, Some(Decimal::from(400)));
    // Only a range that says nothing is uninformative: one unbounded that holds the whole
    // stated range, or one that holds every value of the stated kind.
    let more_than = |n: &str| count(n, 1_000_000).with_qualifier(Qualifier::MoreThan);
    assert_eq!(
        v(&growth(
            count("1", 1_000_000),
            more_than("2"),
            percent("300")
        )),
        "uninformative"
    );
    // The same unbounded range, its end within the stated range: the end tests the statement.
    // More than 2 million from 1 million (at most 1.5) is more than +33.3 %, stated "33 %".
    assert_eq!(
        v(&growth(
            count("1", 1_000_000),
            more_than("2"),
            percent("33")
        )),
        "consistent_only_with_rounding"
    );
    let share = |part, total, stated| {
        Claim::new(
            "s",
            ClaimKind::Share {
                part,
                total,
                stated,
            },
        )
    };
    assert_eq!(
        v(&share(count("95", 1), count("100", 1), percent("95"))),
        "consistent"
    );
    assert_eq!(
        v(&share(count("95", 1), count("100", 1), percent("104"))),
        "impossible"
    );
    assert_eq!(
        v(&share(count("120", 1), count("100", 1), percent("95"))),
        "impossible"
    );
    // A part of 0 to 1 thousand of a total of 0.5 to 1.5 thousand: anything from 0 % to 100 %.
    assert_eq!(
        v(&share(count("0", 1000), count("1", 1000), percent("50"))),
        "uninformative"
    );
    let within = |part, total| Claim::new("w", ClaimKind::Within { part, total });
    assert_eq!(v(&within(count("6", 1), count("4", 1))), "impossible");
    // "5" and "4" may both be 4.5: possible, but only thanks to rounding.
    assert_eq!(
        v(&within(count("5", 1), count("4", 1))),
        "consistent_only_with_rounding"
    );
    assert_eq!(
        v(&within(
            count("1.95", 1_000_000),
            count("2.1", 1_000_000).with_qualifier(Qualifier::MoreThan)
        )),
        "consistent"
    );
    let amount = |n: &str| fig(FigureKind::AmountMad, n, 1);
    let ticket = Claim::new(
        "t",
        ClaimKind::AverageTicket {
            value: amount("1050000"),
            operations: count("2000", 1),
            stated: amount("525"),
        },
    );
    assert_eq!(v(&ticket), "consistent");
    let cagr = Claim::new(
        "c",
        ClaimKind::CompoundAnnual {
            from: count("1000", 1),
            to: count("1331", 1),
            years: 3,
            stated: percent("10"),
        },
    );
    assert_eq!(v(&cagr), "consistent");
    let projection = Claim::new(
        "p",
        ClaimKind::Projection {
            base: count("200", 1),
            rate: percent("10"),
            end: count("220", 1),
        },
    );
    assert_eq!(v(&projection), "consistent");
    let earlier = Claim::new(
        "e",
        ClaimKind::ImpliedEarlier {
            current: count("220", 1),
            rate: percent("10"),
            earlier: count("250", 1),
        },
    );
    assert_eq!(v(&earlier), "inconsistent");
    let parts = Claim::new(
        "ps",
        ClaimKind::PartsSum {
            parts: vec![count("95", 1), count("5", 1)],
            total: count("100", 1),
        },
    );
    assert_eq!(v(&parts), "consistent");
}

#[test]
fn kinds_are_checked() {
    let amount = fig(FigureKind::AmountMad, "5", 1);
    let err = Checker::new()
        .check(&growth(count("4", 1), amount, percent("25")))
        .unwrap_err();
    assert!(matches!(err, Error::FigureKindMismatch { .. }), "{err}");
    assert_eq!(
        err.to_string(),
        "claim test: to is an amount_mad figure, where a count figure is needed"
    );
    let err = Checker::new()
        .check(&growth(count("4", 1), count("5", 1), count("25", 1)))
        .unwrap_err();
    assert!(
        err.to_string()
            .contains("stated is a count figure, where a percent figure is needed"),
        "{err}"
    );
    // A base written as zero stands for [0, 0.5]: checked, not refused.
    let zero = Checker::new().check(&growth(count("0", 1), count("5", 1), percent("25")));
    assert_eq!(zero.unwrap().verdict.name(), "inconsistent");
}

#[cfg(feature = "serde")]
#[test]
fn verdicts_round_trip_through_serde() {
    for finding in Checker::new().audit(&builtin_claims()).findings {
        let text = serde_json::to_string(&finding).unwrap();
        let back: morocco_ecommerce::check::Finding = serde_json::from_str(&text).unwrap();
        assert_eq!(back, finding);
        let verdict = serde_json::to_string(&finding.verdict).unwrap();
        assert_eq!(
            serde_json::from_str::<Verdict>(&verdict).unwrap(),
            finding.verdict
        );
    }
}

/// Rounds `x` to a multiple of `p` the way `assumption` says a writer does; for `Nearest`,
/// `tie_up` picks the tie direction.
fn write(x: Decimal, p: Decimal, assumption: RoundingAssumption, tie_up: bool) -> Decimal {
    (x / p).round_dp_with_strategy(0, crate::writer_strategy(assumption, tie_up)) * p
}

fn assumption() -> impl Strategy<Value = RoundingAssumption> {
    prop::sample::select(RoundingAssumption::ALL.to_vec())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    /// True values rounded as the assumption says, with the true rate rounded the same way: the
    /// checker never raises an alarm.
    #[test]
    fn soundness_growth(
        from in 1u64..10_000_000_000,
        to in 0u64..10_000_000_000,
        input_digits in 0u32..7,
        stated_decimals in 0u32..3,
        rounding in assumption(),
        tie_up in any::<bool>(),
    ) {
        let p = Decimal::from(10u64.pow(input_digits));
        let (wf, wt) = (write(Decimal::from(from), p, rounding, tie_up), write(Decimal::from(to), p, rounding, tie_up));
        let true_rate = (Decimal::from(to) - Decimal::from(from)) * Decimal::ONE_HUNDRED / Decimal::from(from);
        let sp = Decimal::new(1, stated_decimals);
        let stated = write(true_rate, sp, rounding, tie_up);
        let claim = growth(
            ReportedFigure::new(FigureKind::Transactions, wf, p).unwrap(),
            ReportedFigure::new(FigureKind::Transactions, wt, p).unwrap(),
            ReportedFigure::new(FigureKind::Percent, stated, sp).unwrap(),
        );
        let checker = Checker::new().with_assumptions(vec![Assumption::new(rounding, BoundReading::Literal)]).unwrap();
        // A base written as zero is judged too: it stands for a range above zero.
        let finding = checker.check(&claim).unwrap();
        prop_assert!(!finding.verdict.is_alarm(), "{:?}: {}", finding.verdict, finding.explanation);
    }

    #[test]
    fn soundness_share(
        part in 0u64..10_000_000_000,
        extra in 0u64..10_000_000_000,
        input_digits in 0u32..7,
        stated_decimals in 0u32..3,
        rounding in assumption(),
        tie_up in any::<bool>(),
    ) {
        let total = part + extra;
        prop_assume!(total > 0);
        let p = Decimal::from(10u64.pow(input_digits));
        let (wp, wt) = (write(Decimal::from(part), p, rounding, tie_up), write(Decimal::from(total), p, rounding, tie_up));
        prop_assume!(!wt.is_zero());
        let true_share = Decimal::from(part) * Decimal::ONE_HUNDRED / Decimal::from(total);
        let sp = Decimal::new(1, stated_decimals);
        let stated = write(true_share, sp, rounding, tie_up);
        let claim = Claim::new("s", ClaimKind::Share {
            part: ReportedFigure::new(FigureKind::Transactions, wp, p).unwrap(),
            total: ReportedFigure::new(FigureKind::Transactions, wt, p).unwrap(),
            stated: ReportedFigure::new(FigureKind::Percent, stated, sp).unwrap(),
        });
        let checker = Checker::new().with_assumptions(vec![Assumption::new(rounding, BoundReading::Literal)]).unwrap();
        let finding = checker.check(&claim).unwrap();
        prop_assert!(!finding.verdict.is_alarm(), "{:?}: {}", finding.verdict, finding.explanation);
    }

    /// "More than X" with X below the true value, under the literal reading: never an alarm.
    #[test]
    fn soundness_hedged_bounds(from in 1_000u64..10_000_000, to in 1_000u64..10_000_000, below in 1u64..1000) {
        let p = Decimal::from(1000);
        let wt = write(Decimal::from(to - below.min(to - 1)), p, RoundingAssumption::Floor, false);
        prop_assume!(wt < Decimal::from(to));
        let wf = write(Decimal::from(from), p, RoundingAssumption::Nearest, true);
        let true_rate = (Decimal::from(to) - Decimal::from(from)) * Decimal::ONE_HUNDRED / Decimal::from(from);
        let stated = write(true_rate, Decimal::ONE, RoundingAssumption::Nearest, true);
        let claim = growth(
            ReportedFigure::new(FigureKind::Transactions, wf, p).unwrap().with_qualifier(Qualifier::About),
            ReportedFigure::new(FigureKind::Transactions, wt, p).unwrap().with_qualifier(Qualifier::MoreThan),
            ReportedFigure::new(FigureKind::Percent, stated, Decimal::ONE).unwrap(),
        );
        let finding = Checker::new().check(&claim).unwrap();
        prop_assert!(!finding.verdict.is_alarm(), "{:?}: {}", finding.verdict, finding.explanation);
    }

    /// A stated rate beyond the computed range by more than its own precision is inconsistent.
    #[test]
    fn sensitivity(from in 1_000u64..10_000_000, to in 0u64..10_000_000, stated_decimals in 0u32..3, above in any::<bool>(), extra in 1u32..50) {
        let claim_with = |stated: Decimal, sp: Decimal| growth(
            count(&from.to_string(), 1),
            count(&to.to_string(), 1),
            ReportedFigure::new(FigureKind::Percent, stated, sp).unwrap(),
        );
        let sp = Decimal::new(1, stated_decimals);
        let computed = Checker::new().check(&claim_with(Decimal::ZERO, sp)).unwrap().computed;
        let (low, high) = (computed.low().unwrap().value, computed.high().unwrap().value);
        let offset = sp * Decimal::from(extra + 1);
        let stated = if above {
            write(high + offset, sp, RoundingAssumption::Ceiling, false)
        } else {
            write(low - offset, sp, RoundingAssumption::Floor, false)
        };
        prop_assume!(stated >= Decimal::from(-100));
        let finding = Checker::new().check(&claim_with(stated, sp)).unwrap();
        prop_assert_eq!(finding.verdict.name(), "inconsistent", "{}", finding.explanation);
    }
}

/// Every kind of claim over figure ids, one per kind, each figure named after its role.
fn every_kind_by_role() -> Vec<ClaimKind<String>> {
    let kinds: Vec<ClaimKind<()>> = vec![
        ClaimKind::Growth {
            from: (),
            to: (),
            stated: (),
        },
        ClaimKind::Share {
            part: (),
            total: (),
            stated: (),
        },
        ClaimKind::Within {
            part: (),
            total: (),
        },
        ClaimKind::PartsSum {
            parts: vec![(), ()],
            total: (),
        },
        ClaimKind::Projection {
            base: (),
            rate: (),
            end: (),
        },
        ClaimKind::AverageTicket {
            value: (),
            operations: (),
            stated: (),
        },
        ClaimKind::CompoundAnnual {
            from: (),
            to: (),
            years: 3,
            stated: (),
        },
        ClaimKind::ImpliedEarlier {
            current: (),
            rate: (),
            earlier: (),
        },
    ];
    kinds
        .into_iter()
        .map(|k| k.map(|role, ()| role.name.to_owned()))
        .collect()
}

/// The table of roles names each kind's fields once: its names are the fields the JSON form
/// writes, exactly one role is the stated one and it is the last, and a role's `same_kind_as`
/// names a role of the same kind.
#[test]
fn the_table_of_roles_is_the_fields() {
    for kind in every_kind_by_role() {
        let roles = kind.roles();
        assert_eq!(
            roles.iter().filter(|r| r.stated).count(),
            1,
            "{}",
            kind.name()
        );
        assert!(roles.last().is_some_and(|r| r.stated), "{}", kind.name());
        for role in roles {
            if let Some(other) = role.same_kind_as {
                assert!(roles.iter().any(|r| r.name == other), "{}", kind.name());
            }
        }
        // map gave every figure its role's name: figures() gives them back in field order.
        for (role, name) in kind.figures() {
            assert_eq!(&role.name, name);
        }
        assert_eq!(kind.stated(), &kind.figures().last().unwrap().0.name);
        assert_eq!(kind.inputs().len() + 1, kind.figures().len());
        #[cfg(feature = "serde")]
        {
            let json = serde_json::to_value(&kind).unwrap();
            let mut fields: Vec<&str> = json
                .as_object()
                .unwrap()
                .keys()
                .map(String::as_str)
                .collect();
            fields.sort_unstable();
            let mut expected: Vec<&str> = roles.iter().map(|r| r.name).collect();
            expected.extend(["type"]);
            if kind.name() == "compound_annual" {
                expected.push("years");
            }
            expected.sort_unstable();
            assert_eq!(fields, expected, "{}", kind.name());
            assert_eq!(json["type"], kind.name());
            let back: ClaimKind<String> = serde_json::from_value(json).unwrap();
            assert_eq!(back, kind);
        }
    }
}

/// `try_map` stops at the first figure it cannot make, in field order.
#[test]
fn try_map_stops_at_the_first_error() {
    let ids = ClaimKind::Share {
        part: "p",
        total: "t",
        stated: "s",
    };
    let mut seen = Vec::new();
    let result: Result<ClaimKind<u8>, &str> = ids.try_map(|role, id| {
        seen.push(role.name);
        if id == "t" { Err(id) } else { Ok(1) }
    });
    assert_eq!(result, Err("t"));
    assert_eq!(seen, ["part", "total"]);
}

/// The claims file: a claim is its id beside the fields of its kind; an unknown field, a missing
/// figure and a figure of the wrong kind are refused.
#[cfg(feature = "serde")]
#[test]
fn the_claims_file_resolves_ids_to_figures() {
    use morocco_ecommerce::check::ClaimsFile;
    let file = |claim: &str| {
        format!(
            r#"{{"figures": {{"a": {{"kind": "count", "number": "1000"}}, "b": {{"kind": "count", "number": "1331"}},
                "r": {{"kind": "percent", "number": "10"}}}}, "claims": [{claim}]}}"#
        )
    };
    let read = |claim: &str| -> Result<(Checker, Vec<Claim>), String> {
        let parsed: ClaimsFile = serde_json::from_str(&file(claim)).map_err(|e| e.to_string())?;
        parsed.into_claims().map_err(|e| e.to_string())
    };
    let (checker, claims) = read(
        r#"{"id": "c", "type": "compound_annual", "from": "a", "to": "b", "years": 3, "stated": "r"}"#,
    )
    .unwrap();
    assert_eq!(claims[0].id, "c");
    assert_eq!(claims[0].kind.name(), "compound_annual");
    assert_eq!(
        checker.check(&claims[0]).unwrap().verdict.name(),
        "consistent"
    );
    let extra = read(r#"{"id": "w", "type": "within", "part": "a", "total": "b", "extra": 1}"#);
    assert!(extra.unwrap_err().contains("unknown field `extra`"));
    let missing = read(r#"{"id": "w", "type": "within", "part": "a", "total": "z"}"#);
    assert!(missing.unwrap_err().contains("\"z\""));
    let (checker, claims) =
        read(r#"{"id": "g", "type": "growth", "from": "a", "to": "r", "stated": "r"}"#).unwrap();
    assert!(matches!(
        checker.check(&claims[0]),
        Err(Error::FigureKindMismatch { role: "to", .. })
    ));
    // The example file still reads.
    let example =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/claims.json"))
            .unwrap();
    let parsed: ClaimsFile = serde_json::from_str(&example).unwrap();
    assert!(!parsed.into_claims().unwrap().1.is_empty());
}

/// A change in points between two percentages: the later minus the earlier, both rounded as
/// printed. "de 14,2 % à 23,8 %, soit 9,6 points" holds; 5,6 points does not; a fall is a
/// negative change; 120 points is beyond any change between two shares; a count in the place
/// of a percentage is refused.
#[test]
fn a_change_in_points_is_checked_against_the_difference_of_its_percentages() {
    let points = |n: &str| fig(FigureKind::PercentagePoints, n, 1);
    let tenth = |kind: FigureKind, n: &str| {
        let value: Decimal = n.parse().unwrap();
        ReportedFigure::new(kind, value, Decimal::new(1, 1)).unwrap()
    };
    let change = |from: &str, to: &str, stated: ReportedFigure| {
        let kind = ClaimKind::PointsChange {
            from: tenth(FigureKind::Percent, from),
            to: tenth(FigureKind::Percent, to),
            stated,
        };
        assert_eq!(kind.name(), "points_change");
        Checker::new().check(&Claim::new("points", kind))
    };
    let holds = change("14.2", "23.8", tenth(FigureKind::PercentagePoints, "9.6")).unwrap();
    assert_eq!(holds.verdict, Verdict::Consistent, "{}", holds.explanation);
    assert_eq!(holds.computed.to_string(), "[9.5, 9.7]");
    let off = change("14.2", "23.8", tenth(FigureKind::PercentagePoints, "5.6")).unwrap();
    assert!(
        matches!(off.verdict, Verdict::Inconsistent { .. }),
        "{off:?}"
    );
    let fall = change("23.8", "14.2", tenth(FigureKind::PercentagePoints, "-9.6")).unwrap();
    assert_eq!(fall.verdict, Verdict::Consistent, "{}", fall.explanation);
    let beyond = change("14.2", "23.8", points("120")).unwrap();
    assert!(
        matches!(beyond.verdict, Verdict::Impossible { .. }),
        "{beyond:?}"
    );
    let wrong_kind = Checker::new().check(&Claim::new(
        "points",
        ClaimKind::PointsChange {
            from: count("14.2", 1),
            to: percent("23"),
            stated: points("9"),
        },
    ));
    assert!(
        matches!(wrong_kind, Err(Error::FigureKindMismatch { .. })),
        "{wrong_kind:?}"
    );
}

/// A rise or a fall in the figures' own unit: the later minus the earlier, or the other way
/// round, both rounded as printed. "de 8 à 9,2 milliards, en hausse de 1,2 milliard" holds, 2,2
/// milliards does not; a fall stated where the figures rose is inconsistent; a change in
/// dirhams between two counts is refused.
#[test]
fn a_rise_or_a_fall_is_checked_against_the_difference_of_its_figures() {
    let billions = |n: &str| {
        let value: Decimal = n.parse().unwrap();
        ReportedFigure::new(
            FigureKind::AmountMad,
            value * Decimal::from(1_000_000_000),
            Decimal::from(100_000_000),
        )
        .unwrap()
    };
    let check = |kind: ClaimKind| Checker::new().check(&Claim::new("change", kind)).unwrap();
    let rise = check(ClaimKind::Increase {
        from: billions("8.0"),
        to: billions("9.2"),
        stated: billions("1.2"),
    });
    assert_eq!(rise.verdict, Verdict::Consistent, "{}", rise.explanation);
    let off = check(ClaimKind::Increase {
        from: billions("8.0"),
        to: billions("9.2"),
        stated: billions("2.2"),
    });
    assert!(
        matches!(off.verdict, Verdict::Inconsistent { .. }),
        "{off:?}"
    );
    let fall = check(ClaimKind::Decrease {
        from: billions("9.2"),
        to: billions("8.0"),
        stated: billions("1.2"),
    });
    assert_eq!(fall.verdict, Verdict::Consistent, "{}", fall.explanation);
    assert_eq!(fall.kind, "decrease");
    let wrong_way = check(ClaimKind::Decrease {
        from: billions("8.0"),
        to: billions("9.2"),
        stated: billions("1.2"),
    });
    assert!(
        matches!(wrong_way.verdict, Verdict::Inconsistent { .. }),
        "{wrong_way:?}"
    );
    let mixed = Checker::new().check(&Claim::new(
        "change",
        ClaimKind::Increase {
            from: count("8", 1),
            to: count("9", 1),
            stated: billions("1.2"),
        },
    ));
    assert!(
        matches!(mixed, Err(Error::FigureKindMismatch { .. })),
        "{mixed:?}"
    );
}
