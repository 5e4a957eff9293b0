//! Checking a claim, and reading figures from text beside a regex scan for digit runs.

// Benches are measuring harnesses: the floor loop indexes arrays as a hand-written loop would.
#![allow(
    clippy::indexing_slicing,
    clippy::unwrap_used,
    clippy::expect_used,
    missing_docs
)]

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use morocco_ecommerce::check::Checker;
use morocco_ecommerce::data::builtin_claims;
use morocco_ecommerce::text::extract;

fn check(c: &mut Criterion) {
    let claims = builtin_claims();
    let checker = Checker::new();
    let mut group = c.benchmark_group("check");
    if let Some(claim) = claims.first() {
        group.bench_function("growth_claim", |b| {
            b.iter(|| black_box(checker.check(black_box(claim))));
        });
    }
    group.finish();
}

/// About 1 MB of Arabic, French and English press text: the example articles, repeated.
fn corpus() -> String {
    // The articles of the examples crate, beside this one in the workspace. A missing file
    // stops the bench: an empty corpus would measure nothing and report it as a speed.
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../examples/");
    let parts: String = ["article_ar.txt", "article_fr.txt", "article_en.txt"]
        .iter()
        .map(|f| {
            std::fs::read_to_string(format!("{dir}{f}")).unwrap_or_else(|e| panic!("{dir}{f}: {e}"))
        })
        .collect::<Vec<_>>()
        .join("\n");
    assert!(!parts.is_empty(), "the example articles are empty");
    parts.repeat((1 << 20) / parts.len().max(1) + 1)
}

fn extract_group(c: &mut Criterion) {
    let text = corpus();
    let digits = regex::Regex::new(r"[0-9\u{0660}-\u{0669}\u{06F0}-\u{06F9}]+").ok();
    let mut group = c.benchmark_group("extract");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(20);
    group.bench_function("crate", |b| b.iter(|| black_box(extract(black_box(&text)))));
    if let Some(re) = digits {
        group.bench_function("regex_digits", |b| {
            b.iter(|| {
                black_box(
                    re.find_iter(black_box(&text))
                        .map(|m| m.start())
                        .collect::<Vec<_>>(),
                )
            });
        });
    }
    group.finish();
}

/// Linking and checking a corpus of articles beside reading its figures alone, in the same run:
/// what the linker and the checker add to the reader (issue 15's target: within 1.5x).
fn check_text_group(c: &mut Criterion) {
    let text = corpus();
    let checker = morocco_ecommerce::check::Checker::new();
    let mut group = c.benchmark_group("check_text");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(10);
    group.bench_function("extract", |b| {
        b.iter(|| black_box(extract(black_box(&text))))
    });
    group.bench_function("check_text", |b| {
        b.iter(|| {
            black_box(morocco_ecommerce::text::check_text(
                black_box(&text),
                &checker,
            ))
        });
    });
    group.finish();
}

criterion_group!(benches, check, extract_group, check_text_group);
criterion_main!(benches);
