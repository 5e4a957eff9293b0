//! Integration tests, in one binary so they link once.
// Tests stop at the first surprise: unwrapping is how they fail.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::missing_panics_doc,
    clippy::unreadable_literal,
    clippy::manual_let_else
)]

mod aggregate;
mod checker;
mod compare;
mod data;
mod dataset;
mod display;
mod errors;
mod hostile;
mod laws;
mod layers;
mod linking;
mod linking_asides;
mod linking_bases;
mod linking_clauses;
mod linking_constructions;
mod linking_guards;
mod linking_recall;
mod linking_support;
mod linking_words;
#[cfg(feature = "serde")]
mod serde_json_forms;
mod soundness;
mod stream;
mod text;
mod words;

use morocco_ecommerce::{Period, Year};

/// A year known to be in range.
#[must_use]
pub fn year(y: i32) -> Year {
    Year::try_from(y).expect("test years are in range")
}

/// A full year known to be in range.
#[must_use]
pub fn full_year(y: i32) -> Period {
    Period::full_year(year(y))
}

/// The `rust_decimal` strategy a writer who rounds as `mode` uses; for `Nearest`, whose tie
/// direction is unknown, `tie_up` picks it.
#[must_use]
pub fn writer_strategy(
    mode: morocco_ecommerce::RoundingAssumption,
    tie_up: bool,
) -> rust_decimal::RoundingStrategy {
    use morocco_ecommerce::RoundingAssumption as R;
    use rust_decimal::RoundingStrategy as S;
    match mode {
        R::Nearest if tie_up => S::MidpointAwayFromZero,
        R::Nearest => S::MidpointTowardZero,
        R::HalfUp => S::MidpointAwayFromZero,
        R::HalfEven => S::MidpointNearestEven,
        R::Truncate => S::ToZero,
        R::Floor => S::ToNegativeInfinity,
        R::Ceiling => S::ToPositiveInfinity,
        _ => unreachable!("every assumption is listed"),
    }
}
