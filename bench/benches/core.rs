//! The typed layer beside the plain `Decimal` it is built on, in the same run.
//!
//! Read the medians from `target/criterion/<group>/<function>/new/estimates.json`.

// Benches are measuring harnesses: the floor loop indexes arrays as a hand-written loop would.
#![allow(
    clippy::indexing_slicing,
    clippy::unwrap_used,
    clippy::expect_used,
    missing_docs
)]

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use morocco_ecommerce::{AmountMad, GrowthRate};
use rust_decimal::{Decimal, MathematicalOps};

fn amounts() -> (AmountMad, AmountMad) {
    let a = AmountMad::try_from(Decimal::new(91_000_000_050, 2)).unwrap_or(AmountMad::ZERO);
    let b = AmountMad::try_from(Decimal::new(105_000_000_075, 2)).unwrap_or(AmountMad::ZERO);
    (a, b)
}

fn amount_add(c: &mut Criterion) {
    let (a, b) = amounts();
    let (da, db) = (a.get(), b.get());
    let mut group = c.benchmark_group("amount_add");
    group.bench_function("amount_mad", |bench| {
        bench.iter(|| black_box(black_box(a).checked_add(black_box(b))));
    });
    group.bench_function("decimal", |bench| {
        bench.iter(|| black_box(black_box(da).checked_add(black_box(db))));
    });
    group.finish();
}

fn growth(c: &mut Criterion) {
    let (a, b) = amounts();
    let (da, db) = (a.get(), b.get());
    let mut group = c.benchmark_group("growth");
    group.bench_function("growth_rate", |bench| {
        bench.iter(|| black_box(GrowthRate::between(black_box(a), black_box(b))));
    });
    group.bench_function("decimal", |bench| {
        bench.iter(|| {
            let (a, b) = (black_box(da), black_box(db));
            black_box(
                (b - a)
                    .checked_mul(Decimal::ONE_HUNDRED)
                    .and_then(|d| d.checked_div(a)),
            )
        });
    });
    group.finish();
}

fn cagr(c: &mut Criterion) {
    let (a, b) = amounts();
    let ratio = b.get() / a.get();
    let third = Decimal::ONE / Decimal::from(3);
    let mut group = c.benchmark_group("cagr");
    group.bench_function("crate", |bench| {
        bench.iter(|| black_box(GrowthRate::compound_annual(black_box(a), black_box(b), 3)));
    });
    group.bench_function("powd", |bench| {
        bench.iter(|| black_box(black_box(ratio).powd(black_box(third)) - Decimal::ONE));
    });
    group.finish();
}

criterion_group!(benches, amount_add, growth, cagr);
criterion_main!(benches);
