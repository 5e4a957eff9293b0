//! Typed, exact statistics of online card payments in Morocco, as the CMI (Centre Monétique
//! Interbancaire) publishes them and as the press relays them.
//!
//! ```
//! use morocco_ecommerce::{GrowthRate, Rounding, Share, Transactions, AmountMad};
//!
//! // Card operations went from 1.67 million in 2013 to 1.95 million in 2014.
//! let growth = GrowthRate::between(Transactions::from(1_670_000), Transactions::from(1_950_000))?;
//! assert_eq!(growth.round_dp(2, Rounding::HalfEven).to_string(), "16.77%");
//!
//! // 95 % of 1.05 billion dirhams.
//! let share = Share::of(AmountMad::from_dirhams(997_500_000), AmountMad::from_dirhams(1_050_000_000))?;
//! assert_eq!(share.to_string(), "95%");
//! # Ok::<(), morocco_ecommerce::Error>(())
//! ```
//!
//! # The types
//!
//! - [`Year`] and [`Period`] (a full year, a quarter, a half-year, the first months of a year, or
//!   a month), with [`Period::same_period_previous_year`].
//! - [`Transactions`], a count of operations, and [`AmountMad`], dirhams to the centime on a
//!   [`rust_decimal::Decimal`]. Both are [`Quantity`]: growth rates and shares take two values of
//!   the same quantity, so mixing a count and an amount does not compile.
//! - [`GrowthRate`] (never below -100 %), [`Share`] (0 to 100 %), [`PercentagePoints`] and
//!   [`AverageTicket`].
//! - [`CardOrigin`] (Moroccan or foreign card) and [`MerchantSite`] (CMI-affiliated site in
//!   Morocco, or abroad).
//! - [`PeriodRecord`] and [`Series`], with a period-over-period table.
//! - [`builtin`]: the CMI's 2013 and 2014 results with their provenance.
//!
//! Every fallible operation returns [`Error`], which names the value and the rule it broke.
//! Nothing panics on caller input, nothing uses floating point, and nothing rounds silently:
//! where digits must go, a [`Rounding`] says how.
//!
//! # Features
//!
//! - `serde` (default): `Serialize` and `Deserialize` for the data types. Decimals travel as
//!   strings; deserialising goes through the same validation as the constructors.
//! - `proptest`: the [`strategies`] module, to property-test code that uses these types.

mod aggregate;
mod check;
mod data;
mod error;
mod model;
mod reported;
#[cfg(feature = "proptest")]
pub mod strategies;
pub mod text;

pub use aggregate::{Aggregate, PaymentRecord};
#[cfg(feature = "serde")]
pub use check::ClaimsFile;
pub use check::{
    builtin_claims, moroccan_share_implications, Audit, Checker, Claim, ClaimKind, Derived,
    Finding, Reading, Verdict,
};
pub use data::{
    builtin, BuiltinData, Conflict, DataAudit, DataCheck, Dataset, Figure, FigureValue, Measure,
    Observation, Scope, ScopeSeries, SeriesEntry, Source, YearRow, CMI_2014_RESULTS,
};
pub use error::{Error, Operation};
pub use model::*;
pub use reported::{
    Assumption, Bound, BoundReading, FigureKind, Interval, ReportedFigure, RoundingAssumption,
};
pub use text::{check_text, extract, format_figure, Language, TextClaim, TextFigure};

/// The README's examples, run as doctests so they stay true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
