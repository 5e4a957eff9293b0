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
mod data;
mod dataset;
mod display;
mod errors;
mod hostile;
mod laws;
mod layers;
mod linking;
#[cfg(feature = "serde")]
mod serde_json_forms;
mod soundness;
mod text;

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
