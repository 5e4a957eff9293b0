//! Aggregating payment records, beside a naive Decimal sum and a hand-written integer loop.

// Benches are measuring harnesses: the floor loop indexes arrays as a hand-written loop would.
#![allow(
    clippy::cast_possible_truncation,
    clippy::indexing_slicing,
    clippy::unwrap_used,
    clippy::expect_used,
    missing_docs
)]

use std::collections::HashMap;
use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use morocco_ecommerce::aggregate::{Aggregate, PaymentRecord};
use morocco_ecommerce::{CardOrigin, MerchantSite, Period, PeriodKind};
use rust_decimal::Decimal;

#[path = "../../examples/support/synthetic.rs"]
mod support;

const N: usize = 1_000_000;

fn naive_decimal(
    records: &[PaymentRecord],
) -> HashMap<(Period, CardOrigin, MerchantSite), (u64, Decimal)> {
    let mut map: HashMap<(Period, CardOrigin, MerchantSite), (u64, Decimal)> = HashMap::new();
    for r in records {
        let e = map
            .entry((r.period, r.origin, r.site))
            .or_insert((0, Decimal::ZERO));
        e.0 += 1;
        e.1 = e.1.checked_add(r.amount.get()).unwrap_or(e.1);
    }
    map
}

fn i64_cents(records: &[PaymentRecord]) -> [[[(u64, i64); 2]; 2]; 24] {
    let mut cells = [[[(0u64, 0i64); 2]; 2]; 24];
    for r in records {
        let year = usize::from(r.period.year().get() == 2014) * 12;
        let m = year
            + match r.period.kind() {
                PeriodKind::Month(m) => usize::from(m.get() - 1),
                _ => 0,
            };
        let o = usize::from(r.origin == CardOrigin::Foreign);
        let s = usize::from(r.site == MerchantSite::Abroad);
        let cell = &mut cells[m][s][o];
        cell.0 += 1;
        cell.1 += r.amount.to_centimes() as i64;
    }
    cells
}

fn aggregate(c: &mut Criterion) {
    let records = support::records(N);
    let mut group = c.benchmark_group("aggregate");
    group.throughput(Throughput::Elements(N as u64));
    group.sample_size(20);
    group.bench_function("crate", |b| {
        b.iter(|| black_box(Aggregate::from_records(black_box(&records).iter().copied())));
    });
    group.bench_function("naive_decimal", |b| {
        b.iter(|| black_box(naive_decimal(black_box(&records))));
    });
    group.bench_function("i64_cents", |b| {
        b.iter(|| black_box(i64_cents(black_box(&records))));
    });
    group.finish();
}

fn aggregate_parallel(c: &mut Criterion) {
    let records = support::records(N);
    let mut group = c.benchmark_group("aggregate_parallel");
    group.throughput(Throughput::Elements(N as u64));
    group.sample_size(20);
    group.bench_function("one_thread", |b| {
        b.iter(|| black_box(Aggregate::from_records(black_box(&records).iter().copied())));
    });
    group.bench_function("rayon", |b| {
        b.iter(|| black_box(Aggregate::from_slice_parallel(black_box(&records))));
    });
    group.finish();
}

criterion_group!(benches, aggregate, aggregate_parallel);
criterion_main!(benches);
