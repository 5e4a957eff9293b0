//! Hostile inputs to every public constructor, parser, arithmetic method and check: each call
//! returns `Ok` or a typed error, never panics, and never yields a value that breaks its type's
//! rule.

use morocco_ecommerce::check::{Checker, Claim, ClaimKind};
use morocco_ecommerce::data::Dataset;
use morocco_ecommerce::text::extract;
use morocco_ecommerce::{
    AmountMad, AverageTicket, CardOrigin, Date, FigureKind, GrowthRate, MerchantSite,
    PercentagePoints, Period, PeriodLength, Qualifier, ReportedFigure, Rounding, Share,
    Transactions, Year,
};
use proptest::prelude::*;
use rust_decimal::Decimal;

/// Strings that have broken parsers elsewhere.
const NASTY: &[&str] = &[
    "",
    " ",
    "-",
    "+",
    ".",
    "%",
    "-0",
    "+0",
    "0.",
    ".0",
    "00",
    "1e30",
    "1E-5",
    "NaN",
    "nan",
    "inf",
    "+inf",
    "-inf",
    "Infinity",
    "0x10",
    "1_000",
    "١٢",
    "۱۲",
    "1,5",
    "1.5.5",
    "--1",
    "+-1",
    "1%%",
    "pp",
    "1pp%",
    "2014-",
    "-2014",
    "2014-Q",
    "2014-M",
    "2014-M0",
    "2014-M00",
    "2014-0M",
    "2014-99M",
    "\u{0}",
    "\u{FEFF}1",
    "1\u{A0}000",
    "79228162514264337593543950336",
    "792281625142643375935439503.36",
    "18446744073709551616",
    "-79228162514264337593543950335",
    "0.00000000000000000000000000001",
];

fn decimals() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        Just(Decimal::ZERO),
        Just(Decimal::MAX),
        Just(Decimal::MIN),
        Just(Decimal::new(1, 28)),
        Just(Decimal::new(-1, 28)),
        Just(Decimal::ONE_HUNDRED),
        Just(-Decimal::ONE_HUNDRED),
        (any::<i64>(), 0u32..=28).prop_map(|(m, s)| Decimal::new(m, s)),
        (
            any::<u32>(),
            any::<u32>(),
            any::<u32>(),
            any::<bool>(),
            0u32..=28
        )
            .prop_map(|(lo, mid, hi, neg, s)| Decimal::from_parts(lo, mid, hi, neg, s)),
    ]
}

fn all_parsers(s: &str) {
    let _ = s.parse::<Year>();
    if let Ok(p) = s.parse::<Period>() {
        assert_eq!(p.to_string().parse::<Period>().ok(), Some(p));
    }
    if let Ok(d) = s.parse::<Date>() {
        assert_eq!(d.to_string().parse::<Date>().ok(), Some(d));
        assert!(d.period(PeriodLength::Month).contains(d));
    }
    if let Ok(t) = s.parse::<Transactions>() {
        assert_eq!(t.to_string().parse::<Transactions>().ok(), Some(t));
    }
    if let Ok(a) = s.parse::<AmountMad>() {
        assert!(a <= AmountMad::MAX);
        assert_eq!(a.to_string().parse::<AmountMad>().ok(), Some(a));
    }
    let _ = s.parse::<CardOrigin>();
    let _ = s.parse::<MerchantSite>();
    if let Ok(g) = s.parse::<GrowthRate>() {
        assert!(g.as_percent() >= -Decimal::ONE_HUNDRED);
    }
    if let Ok(sh) = s.parse::<Share>() {
        assert!(sh.as_percent() >= Decimal::ZERO && sh.as_percent() <= Decimal::ONE_HUNDRED);
    }
    let _ = s.parse::<PercentagePoints>();
    if let Ok(t) = s.parse::<AverageTicket>() {
        assert!(t.get() >= Decimal::ZERO);
    }
    let _ = s.parse::<Qualifier>();
    for f in extract(s) {
        assert_eq!(s.get(f.start..f.end), Some(f.text.as_str()));
    }
    let _ = Dataset::from_tsv(s);
}

#[test]
fn nasty_strings() {
    for s in NASTY {
        all_parsers(s);
        all_parsers(&s.repeat(1000));
    }
    assert!("1e30".parse::<AmountMad>().is_err());
    assert!("NaN".parse::<GrowthRate>().is_err());
    assert!("+inf".parse::<Share>().is_err());
    assert_eq!(
        "-0".parse::<GrowthRate>()
            .map(|g| g.to_string())
            .ok()
            .as_deref(),
        Some("0%")
    );
}

#[test]
fn huge_strings() {
    let huge = "9".repeat(1_000_000);
    all_parsers(&huge);
    let mixed = "٣،4ر3 ۱۲٫٥ مليار درهم plus de 1,05 milliard MAD 2.100 ".repeat(20_000);
    all_parsers(&mixed);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn arbitrary_strings(s in any::<String>()) {
        all_parsers(&s);
    }

    #[test]
    fn arbitrary_decimals(a in decimals(), b in decimals(), n in any::<u64>(), m in any::<u64>(), years in 0u32..200) {
        if let Ok(amount) = AmountMad::try_from(a) {
            prop_assert!(amount <= AmountMad::MAX);
            prop_assert!(amount.get().scale() == 2);
        }
        let _ = Transactions::try_from(a);
        if let Ok(g) = GrowthRate::from_percent(a) {
            let _ = g.apply(Transactions::from(n), Rounding::HalfEven);
            let _ = g.base_from(Transactions::from(n), Rounding::Ceiling);
            let _ = g.apply_compound(Transactions::from(n), years, Rounding::Floor);
            if let Ok(amount) = AmountMad::try_from(b.abs()) {
                let _ = g.apply(amount, Rounding::HalfUp);
                let _ = g.base_from(amount, Rounding::Truncate);
            }
        }
        let _ = GrowthRate::from_fraction(a);
        let _ = Share::from_percent(a);
        let _ = Share::from_fraction(a);
        let _ = AverageTicket::from_dirhams(a);
        let (tn, tm) = (Transactions::from(n), Transactions::from(m));
        let _ = tn.checked_add(tm);
        let _ = tn.checked_sub(tm);
        let _ = GrowthRate::between(tn, tm);
        let _ = GrowthRate::compound_annual(tn, tm, years);
        let _ = Share::of(tn, tm);
        let _ = Share::breakdown(&[tn, tm]);
        if let (Ok(x), Ok(y)) = (AmountMad::try_from(a.abs()), AmountMad::try_from(b.abs())) {
            let _ = x.checked_add(y);
            let _ = x.checked_sub(y);
            let _ = GrowthRate::between(x, y);
            let _ = GrowthRate::compound_annual(x, y, years);
            let _ = Share::of(x, y);
            let _ = AverageTicket::of(x, tn);
        }
        for kind in [FigureKind::Transactions, FigureKind::AmountMad, FigureKind::Percent] {
            let _ = ReportedFigure::written(kind, a, b);
            if let (Ok(x), Ok(y)) = (ReportedFigure::new(kind, a, b.abs()), ReportedFigure::new(kind, b, a.abs())) {
                let _ = x.range(morocco_ecommerce::Assumption::default());
                let p = ReportedFigure::new(FigureKind::Percent, b, Decimal::ONE);
                if let Ok(p) = p {
                    let checker = Checker::new();
                    for claim in [
                        ClaimKind::Growth { from: x, to: y, stated: p },
                        ClaimKind::Share { part: x, total: y, stated: p },
                        ClaimKind::Within { part: x, total: y },
                        ClaimKind::Projection { base: x, rate: p, end: y },
                        ClaimKind::AverageTicket { value: x, operations: y, stated: x },
                        ClaimKind::CompoundAnnual { from: x, to: y, years: years.max(1), stated: p },
                        ClaimKind::ImpliedEarlier { current: x, rate: p, earlier: y },
                        ClaimKind::PartsSum { parts: vec![x, y], total: y },
                    ] {
                        let _ = checker.check(&Claim::new("hostile", claim));
                    }
                }
            }
        }
    }
}

/// Issue 15: one endless sentence costs time in proportion to its length: a sentence of many
/// figures and words of change, 16 times longer, takes about 16 times as long, not 256.
#[test]
fn one_long_sentence_links_in_linear_time() {
    use std::time::Instant;
    let unit =
        "de 1,2 million à 1,5 million d'opérations, en hausse de 25 %, et contre 3 millions, ";
    let time = |copies: usize| {
        let text = unit.repeat(copies);
        let start = Instant::now();
        let linked = morocco_ecommerce::text::link_text(&text);
        (
            start.elapsed(),
            linked.claims.len() + linked.not_checked.len(),
        )
    };
    let (small, _) = time(500);
    let (large, found) = time(8_000);
    assert!(found > 0);
    // Linear is 16x; allow noise, refuse anything near quadratic.
    assert!(
        large < small * 64,
        "500 copies: {small:?}, 8000 copies: {large:?}"
    );
}
