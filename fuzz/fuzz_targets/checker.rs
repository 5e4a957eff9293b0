//! The checker on arbitrary decimal inputs: no panic, and a claim built from exact figures that
//! hold is never an alarm.
#![no_main]

use libfuzzer_sys::fuzz_target;
use morocco_ecommerce::check::{Checker, Claim, ClaimKind};
use morocco_ecommerce::{FigureKind, Qualifier, ReportedFigure};
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
    for kind in [
        ClaimKind::Growth { from: a, to: b, stated: p },
        ClaimKind::Share { part: a, total: b, stated: p },
        ClaimKind::Within { part: a, total: b },
        ClaimKind::PartsSum { parts: vec![a, b], total: b },
        ClaimKind::Projection { base: a, rate: p, end: b },
        ClaimKind::CompoundAnnual { from: a, to: b, years: 1 + u32::from(data.get(90).copied().unwrap_or(0) % 20), stated: p },
        ClaimKind::ImpliedEarlier { current: b, rate: p, earlier: a },
    ] {
        let _ = checker.check(&Claim::new("fuzz", kind));
    }
});
