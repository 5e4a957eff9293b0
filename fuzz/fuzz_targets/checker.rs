//! The checker on arbitrary decimal inputs, every claim kind: no panic; the computed range holds
//! the value the figures as written give; a claim built from figures that hold (a growth or a
//! share stated as the exact rate of its inputs rounded to the hundredth, any kind stated as the
//! value its exact inputs give, rounded to its precision) is never an alarm; one stated more than
//! two units of its last digit beyond the computed range always is. Compound rates are drawn
//! over any number of years up to `u32::MAX`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use morocco_ecommerce::check::{Checker, Claim, ClaimKind, Verdict};
use morocco_ecommerce::{FigureKind, Interval, Qualifier, ReportedFigure};
use rust_decimal::Decimal;

fn decimal(bytes: &[u8]) -> Decimal {
    let mut lo = [0u8; 4];
    let mut mid = [0u8; 4];
    let mut hi = [0u8; 4];
    for (i, b) in bytes.iter().take(12).enumerate() {
        match i {
            0..=3 => lo[i] = *b,
            4..=7 => mid[i - 4] = *b,
            _ => hi[i - 8] = *b,
        }
    }
    let scale = u32::from(bytes.get(12).copied().unwrap_or(0) % 29);
    let negative = bytes.get(13).is_some_and(|b| b & 1 == 1);
    Decimal::from_parts(u32::from_le_bytes(lo), u32::from_le_bytes(mid), u32::from_le_bytes(hi), negative, scale)
}

fn figure(kind: FigureKind, bytes: &[u8]) -> Option<ReportedFigure> {
    let value = decimal(bytes);
    let precision = decimal(bytes.get(14..).unwrap_or_default()).abs();
    let q = [Qualifier::Exact, Qualifier::MoreThan, Qualifier::About, Qualifier::LessThan, Qualifier::AtLeast, Qualifier::AtMost];
    let qualifier = q[usize::from(bytes.get(28).copied().unwrap_or(0)) % q.len()];
    ReportedFigure::new(kind, value, precision).ok().map(|f| f.with_qualifier(qualifier))
}

fuzz_target!(|data: &[u8]| {
    let chunk = |i: usize| data.get(i * 29..(i + 1) * 29).unwrap_or_default();
    let kinds = [FigureKind::Transactions, FigureKind::AmountMad];
    let kind = kinds[usize::from(data.first().copied().unwrap_or(0) & 1)];
    let (Some(a), Some(b), Some(p)) = (figure(kind, chunk(0)), figure(kind, chunk(1)), figure(FigureKind::Percent, chunk(2)))
    else {
        return;
    };
    let checker = Checker::new();
    let years = data
        .get(90..94)
        .and_then(|b| b.try_into().ok())
        .map_or(1, u32::from_le_bytes)
        .max(1);
    held(&checker, a, b);
    for kind in [
        ClaimKind::Growth { from: a, to: b, stated: p },
        ClaimKind::Share { part: a, total: b, stated: p },
        ClaimKind::Within { part: a, total: b },
        ClaimKind::PartsSum { parts: vec![a, b], total: b },
        ClaimKind::Projection { base: a, rate: p, end: b },
        ClaimKind::CompoundAnnual { from: a, to: b, years, stated: p },
        ClaimKind::ImpliedEarlier { current: b, rate: p, earlier: a },
    ] {
        laws(&checker, kind);
    }
});

/// The laws every claim kind keeps, whatever its figures: the computed range holds the value the
/// figures as written give; with exact inputs, a statement of that value, rounded to the stated
/// figure's precision away from a tie, is never inconsistent (consistent by construction); and a
/// statement more than two units of its last digit beyond the computed range always is
/// (inconsistent by construction: above it, or below a within's part).
fn laws(checker: &Checker, kind: ClaimKind) {
    let Ok(finding) = checker.check(&Claim::new("fuzz", kind.clone())) else {
        return;
    };
    let stated = *kind.stated();
    let p = stated.precision();
    if let Some(point) = finding.point {
        // A written value is within its figure's range unless a strict bound excludes it ("more
        // than 5" is not 5); a share's range is cut to 0 % to 100 %, its point is not.
        let written_in_range = kind.inputs().iter().all(|f| matches!(f.qualifier(), Qualifier::Exact | Qualifier::About | Qualifier::AtLeast | Qualifier::AtMost));
        let share_above = matches!(kind, ClaimKind::Share { .. }) && point > Decimal::ONE_HUNDRED;
        // The point is averaged from two ends a unit of the 28th digit apart: a few units of
        // its last digit of slack.
        let slack = (point.abs() * Decimal::new(1, 25)).max(Decimal::new(1, 27));
        let near = finding.computed.low().is_none_or(|l| l.value <= point + slack)
            && finding.computed.high().is_none_or(|h| point - slack <= h.value);
        assert!(!written_in_range || share_above || near || finding.computed.width().is_some_and(|w| w.is_zero()), "{kind:?}: the point {point} is outside {}", finding.computed);
        let exact_inputs = kind.inputs().iter().all(|f| f.qualifier() == Qualifier::Exact);
        let steps = point.checked_div(p);
        let near_tie = steps.is_none_or(|s| ((s - s.trunc()).abs() - Decimal::new(5, 1)).abs() < Decimal::new(1, 12));
        if exact_inputs && !near_tie
            && let Some(value) = steps.and_then(|s| s.round().checked_mul(p))
            && let Ok(restated) = ReportedFigure::new(stated.kind(), value, p)
        {
            let held = kind.clone().map(|role, f| if role.stated { restated } else { f });
            if let Ok(f) = checker.check(&Claim::new("held", held.clone())) {
                // Impossible stays possible: a share of a part above its total, a rate below -100 %.
                assert!(!matches!(f.verdict, Verdict::Inconsistent { .. }), "{held:?} gives {f:?}");
            }
        }
    }
    let within = matches!(kind, ClaimKind::Within { .. });
    let end = if within { finding.computed.low() } else { finding.computed.high() };
    let far = end.and_then(|e| {
        let four = p.checked_mul(Decimal::from(4))?;
        let v = if within { e.value.checked_sub(four)? } else { e.value.checked_add(four)? };
        let steps = v.checked_div(p)?;
        (if within { steps.floor() } else { steps.ceil() }).checked_mul(p)
    });
    // A precision finer than a Decimal holds at that size (3e-17 on 1.6e12) widens the restated
    // figure's range outward to the digits a Decimal keeps, back onto the end: only a range that
    // still lies wholly beyond the end is wrong by construction.
    let beyond = |r: &Interval| match end {
        Some(e) if within => r.high().is_some_and(|h| h.value < e.value),
        Some(e) => r.low().is_some_and(|l| l.value > e.value),
        None => false,
    };
    if let Some(value) = far
        && let Ok(restated) = ReportedFigure::new(stated.kind(), value, p)
        && restated.range(checker.assumptions()[0]).is_ok_and(|r| r.width().is_some() && beyond(&r))
    {
        let wrong = kind.map(|role, f| if role.stated { restated } else { f });
        if let Ok(f) = checker.check(&Claim::new("wrong", wrong.clone())) {
            assert!(f.verdict.is_alarm() || matches!(f.verdict, Verdict::Undefined { .. }), "{wrong:?} gives {f:?}");
        }
    }
}

/// Growth from `a` to `b` and the share of `a` in `b`, each stated as its exact value rounded to
/// the nearest hundredth, with both figures read as written: consistent by construction, so
/// never an alarm. Values within 1e-20 of a tie are skipped, as the 28-digit quotient may have
/// rounded them across it.
fn held(checker: &Checker, a: ReportedFigure, b: ReportedFigure) {
    let (a, b) = (a.with_qualifier(Qualifier::Exact), b.with_qualifier(Qualifier::Exact));
    if a.value().is_zero() {
        return;
    }
    let hundredth = Decimal::new(1, 2);
    let growth = (b.value() - a.value())
        .checked_mul(Decimal::ONE_HUNDRED)
        .and_then(|d| d.checked_div(a.value()));
    let share = (!b.value().is_zero() && a.value() <= b.value())
        .then(|| a.value().checked_mul(Decimal::ONE_HUNDRED).and_then(|d| d.checked_div(b.value())))
        .flatten();
    let near_tie = |x: Decimal| {
        let gap = (x - x.round_dp(2)).abs();
        (gap - Decimal::new(5, 3)).abs() < Decimal::new(1, 20)
    };
    let claims = [
        growth.map(|g| (g, true)),
        share.map(|s| (s, false)),
    ];
    for (exact, is_growth) in claims.into_iter().flatten() {
        if near_tie(exact) {
            continue;
        }
        let Ok(stated) = ReportedFigure::new(FigureKind::Percent, exact.round_dp(2), hundredth) else {
            continue;
        };
        let kind = if is_growth {
            ClaimKind::Growth { from: a, to: b, stated }
        } else {
            ClaimKind::Share { part: a, total: b, stated }
        };
        let claim = Claim::new("held", kind);
        if let Ok(finding) = checker.check(&claim) {
            assert!(!finding.verdict.is_alarm(), "{claim:?} gives {finding:?}");
        }
    }
}
