//! What the linking modules share: the claims of a text as the tests compare them, the growth
//! written from true figures for the property tests, and the check of a composed sentence.

use morocco_ecommerce::check::{Checker, Finding};
use morocco_ecommerce::text::{Language, TextClaim, check_text, format_figure, link_text};
use morocco_ecommerce::{FigureKind, Rounding};
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;
use rust_decimal::Decimal;

/// The claims of a text, each with its finding; a claim the checker cannot check fails the test.
pub(crate) fn claims(text: &str) -> Vec<(TextClaim, Finding)> {
    check_text(text, &Checker::new())
        .into_iter()
        .map(|(c, f)| {
            let f = f.unwrap_or_else(|e| panic!("{text}: {} not checked: {e}", c.id));
            (c, f)
        })
        .collect()
}

/// A claim as the tests compare it: its kind, its figures' values by role, its verdict.
pub(crate) type Found = (&'static str, Vec<(&'static str, String)>, String);

/// Each claim of `text`: its kind, the values of its figures by role (as written, normalised),
/// and its verdict. A claim the checker cannot check fails the test.
pub(crate) fn found(text: &str) -> Vec<Found> {
    claims(text)
        .into_iter()
        .map(|(c, f)| (c.kind.name(), roles(&c), f.verdict.name().to_owned()))
        .collect()
}

fn roles(c: &TextClaim) -> Vec<(&'static str, String)> {
    c.kind
        .figures()
        .into_iter()
        .map(|(r, f)| (r.name, f.value().normalize().to_string()))
        .collect()
}

/// A growth claim from `from` to `to` with the rate `stated`, and its verdict.
pub(crate) fn growth(from: &str, to: &str, stated: &str, verdict: &str) -> Found {
    (
        "growth",
        vec![
            ("from", from.to_owned()),
            ("to", to.to_owned()),
            ("stated", stated.to_owned()),
        ],
        verdict.to_owned(),
    )
}

/// A share claim: its part, its total, its stated share, and its verdict.
pub(crate) fn share(part: &str, total: &str, stated: &str, verdict: &str) -> Found {
    (
        "share",
        vec![
            ("part", part.to_owned()),
            ("total", total.to_owned()),
            ("stated", stated.to_owned()),
        ],
        verdict.to_owned(),
    )
}

/// An average ticket claim: the value, the count of operations, the stated average, and its
/// verdict.
pub(crate) fn ticket(value: &str, operations: &str, stated: &str, verdict: &str) -> Found {
    (
        "average_ticket",
        vec![
            ("value", value.to_owned()),
            ("operations", operations.to_owned()),
            ("stated", stated.to_owned()),
        ],
        verdict.to_owned(),
    )
}

/// A change in points between two percentages: the earlier, the later, the stated points, and
/// the verdict.
pub(crate) fn points(from: &str, to: &str, stated: &str, verdict: &str) -> Found {
    (
        "points_change",
        vec![
            ("from", from.to_owned()),
            ("to", to.to_owned()),
            ("stated", stated.to_owned()),
        ],
        verdict.to_owned(),
    )
}

/// A rise (`"increase"`) or a fall (`"decrease"`) in the figures' own unit: the earlier, the
/// later, the stated change, and the verdict.
pub(crate) fn change(
    kind: &'static str,
    from: &str,
    to: &str,
    stated: &str,
    verdict: &str,
) -> Found {
    (
        kind,
        vec![
            ("from", from.to_owned()),
            ("to", to.to_owned()),
            ("stated", stated.to_owned()),
        ],
        verdict.to_owned(),
    )
}

/// Each text gives exactly the one claim expected.
pub(crate) fn each_gives(cases: &[(&str, Found)]) {
    for (text, expected) in cases {
        assert_eq!(found(text), vec![expected.clone()], "{text}");
    }
}

/// Whether a correct `text` gives no claim at all (and so no alarm), with what it gave.
pub(crate) fn no_claim(text: &str) {
    let linked = link_text(text);
    assert!(linked.claims.is_empty(), "{text}: {:#?}", linked.claims);
}

/// One growth written from true values: the figures as the press writes them, and the rate.
#[derive(Debug)]
pub(crate) struct Written {
    pub(crate) from: String,
    pub(crate) to: String,
    pub(crate) rate: String,
    /// The values of `from`, `to` and the rate, normalised, as [`found`] gives them.
    pub(crate) values: [String; 3],
}

pub(crate) fn written(from: u64, to: u64, kind: FigureKind, language: Language) -> Option<Written> {
    let precision = |v: u64| Decimal::from(10u64.pow(v.ilog10().saturating_sub(2)));
    let round = |v: u64| {
        let p = precision(v);
        ((Decimal::from(v) / p).round() * p).normalize().to_string()
    };
    let write = |v: u64| {
        format_figure(
            Decimal::from(v),
            kind,
            precision(v),
            language,
            Rounding::HalfEven,
        )
        .ok()
    };
    let exact =
        (Decimal::from(to) - Decimal::from(from)) * Decimal::ONE_HUNDRED / Decimal::from(from);
    let rate = exact.round_dp(1);
    if rate <= Decimal::ZERO {
        return None;
    }
    Some(Written {
        from: write(from)?,
        to: write(to)?,
        rate: format_figure(
            rate,
            FigureKind::Percent,
            Decimal::new(1, 1),
            language,
            Rounding::HalfEven,
        )
        .ok()?,
        values: [round(from), round(to), rate.normalize().to_string()],
    })
}

prop_compose! {
    /// The two growths of the property tests, in a language drawn at random: a count that grows
    /// by 1 to 59 %, and an amount that grows by 1 to 59 %; `None` where one cannot be written.
    pub(crate) fn two_growths()(
        a in 1_000_000u64..50_000_000,
        growth_a in 1u64..60,
        b in 100_000_000u64..9_000_000_000,
        growth_b in 1u64..60,
        language in prop::sample::select(Language::ALL.to_vec()),
    ) -> (Language, Option<(Written, Written)>) {
        let growths = written(a, a + a * growth_a / 100, FigureKind::Transactions, language).zip(
            written(b, b + b * growth_b / 100, FigureKind::AmountMad, language),
        );
        (language, growths)
    }
}

/// Whether a composed `text` gives exactly the growths `expected`, in order, with their figures,
/// and no alarm.
pub(crate) fn gives_exactly(text: &str, expected: &[&Written]) -> Result<(), TestCaseError> {
    let got = found(text);
    prop_assert_eq!(got.len(), expected.len(), "{}\n{:#?}", text, got);
    for ((kind, roles, verdict), w) in got.iter().zip(expected) {
        prop_assert_eq!(*kind, "growth");
        let values: Vec<&str> = roles.iter().map(|(_, v)| v.as_str()).collect();
        prop_assert_eq!(
            values,
            w.values.iter().map(String::as_str).collect::<Vec<_>>(),
            "{}",
            text
        );
        prop_assert!(
            verdict != "inconsistent" && verdict != "impossible",
            "{}: {}",
            text,
            verdict
        );
    }
    Ok(())
}
