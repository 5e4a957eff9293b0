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
//! The root holds the domain types and the error; `check`, `text`, `data` and `aggregate` are
//! namespaces, each a layer that uses only those before it.
//!
//! - [`Year`] and [`Period`] (a full year, a quarter, a half-year, the first months of a year, or
//!   a month), with [`Period::same_period_previous_year`]; a [`Date`] falls in a period of each
//!   [`PeriodLength`].
//! - [`Transactions`], a count of operations, and [`AmountMad`], dirhams to the centime on a
//!   [`rust_decimal::Decimal`]. Both are [`Quantity`]: growth rates and shares take two values of
//!   the same quantity, so mixing a count and an amount does not compile.
//! - [`GrowthRate`] (never below -100 %), [`Share`] (0 to 100 %), [`PercentagePoints`] and
//!   [`AverageTicket`].
//! - [`CardOrigin`] (Moroccan or foreign card) and [`MerchantSite`] (CMI-affiliated site in
//!   Morocco, or abroad).
//! - [`PeriodRecord`] (a period's [`Activity`] by card origin) and [`Series`], with its
//!   period-over-period table of [`SeriesRow`]s.
//! - [`ReportedFigure`]: a figure as printed (its [`FigureKind`], value, precision and
//!   [`Qualifier`]), the one figure type of the crate, whether it comes from a text, the record
//!   or a claims file; [`Interval`], the range of true values it stands for under an
//!   [`Assumption`]; [`Scale`], the scale words.
//! - [`check`]: [`check::Claim`] over figures, [`check::Checker`] and [`check::Verdict`]: whether
//!   a stated rate or share can follow from the figures beside it (the method is below);
//!   [`check::Audit`] for many claims at once; `check::ClaimsFile` (with `serde`) reads claims from JSON.
//! - [`text`]: [`text::extract`] reads figures in Arabic, French and English press text,
//!   [`text::format_figure`] writes them back, [`text::link`] finds an article's claims, and
//!   [`text::check_text`] links and checks them.
//! - [`data`]: [`data::Dataset`] of [`data::Observation`]s, the CMI series 2010-2024 of full
//!   and partial years ([`data::Dataset::cmi`]) and the source article's figures
//!   ([`data::Dataset::seed_article`], with [`data::builtin_claims`]), per-scope series and an
//!   audit.
//! - [`aggregate`]: [`aggregate::Aggregate`] and [`aggregate::PaymentRecord`], exact, mergeable
//!   sums of payment records.
//!
//! Every fallible operation returns [`Error`], which names the value and the rule it broke.
//! Nothing panics on caller input, nothing uses floating point, and nothing rounds silently:
//! where digits must go, a [`Rounding`] says how.
//!
//! # The method of the checker
//!
//! A published figure stands for every value that prints as it. "1,67 million" written to the
//! nearest ten thousand stands for `[1 665 000, 1 675 000]` (both ends closed, as a tie could have
//! gone either way); "more than 1,05 billion" for `(1 050 000 000, +inf)`. A
//! [`ReportedFigure`] gives that range under an
//! [`Assumption`] about how it was rounded and how its hedge reads.
//!
//! A claim relates figures: a growth rate from a start and an end figure, a share from a part and
//! a total. The checker computes the range of values the claim's formula takes over the inputs'
//! ranges. Each formula is monotone in each input, so the image of a box of input ranges is the
//! interval between two of its corners: the range's ends come from the inputs' ends, exactly,
//! and are rounded outward, so that the range holds every value the inputs allow. Then it
//! compares that computed range with the stated figure's range.
//!
//! ## The 16 % example
//!
//! Card operations went from "1,67 million" (2013) to "1,95 million" (2014), "up 16 %".
//!
//! - Read to the nearest, the start is `[1 665 000, 1 675 000]` and the end `[1 945 000, 1 955 000]`.
//! - Growth rises with the end and falls with the start, so its lowest value is
//!   `1 945 000 / 1 675 000 - 1 = 16.119 %` and its highest `1 955 000 / 1 665 000 - 1 = 17.417 %`:
//!   the computed range is `[16.119 %, 17.417 %]`.
//! - "16 %" to the nearest point stands for `[15.5 %, 16.5 %]`.
//! - The two ranges meet on `[16.119 %, 16.5 %]`: some true values print as all three figures, so the
//!   claim can be right.
//! - But the figures as written give `1.95 / 1.67 - 1 = 16.77 %`, which would print as "17 %". The claim
//!   is right only if the true figures sat low and high in their ranges: the verdict is
//!   [`ConsistentOnlyWithRounding`](check::Verdict::ConsistentOnlyWithRounding).
//! - The computed range is `17.417 - 16.119 = 1.3` points wide, and "16 %" is given to the
//!   point: the test's sharpness is 1.3 units of the stated last digit.
//!
//! For value, "about 910 million" to "more than 1,05 billion" dirhams gives a growth above
//! `1 050 000 000 / 910 500 000 - 1 = 15.32 %`, with no upper end, while "about 14,9 %" stands for
//! `[14.85 %, 14.95 %]`: [`Inconsistent`](check::Verdict::Inconsistent), by 3.7 units of the last
//! digit. Reading "more than 1,05 billion" as itself rounded (above 1 045 000 000) would make it
//! consistent, and the finding says so.
//!
//! ## Verdicts
//!
//! See [`check::Verdict`]: consistent; consistent only under some assumptions; consistent
//! only thanks to rounding; inconsistent, with the margin, the nearest consistent statement and the
//! coarser reading of the inputs that would do; impossible; uninformative; undefined, when an
//! input can only be zero where it divides. Each assumption is a reading of its own: the claim
//! is impossible or undefined only when it is so under every reading, and otherwise consistent
//! under those that hold. A figure written as zero is not an input that can only be zero: "0
//! million" stands for `[0, 500 000]`.
//!
//! ### How sharp the test was
//!
//! Beside its verdict, a finding gives its [`sharpness`](check::Finding::sharpness): the computed
//! range's width in units of the stated figure's last digit, an exact decimal, or none where the
//! range is unbounded. It says how much the verdict can be leaned on, not what it is:
//!
//! - below 1, the inputs pin the value more finely than the statement was printed: a consistent
//!   verdict confirms the figure to its last digit, and a miss is a miss of the figure itself;
//! - about 1 (1.3 in the 16 % example), a statement one unit off would still meet the range, two
//!   units off would not;
//! - at 10 or 100, the inputs were printed far more coarsely than the statement, and ten or a
//!   hundred neighbouring statements would pass as well: "consistent" then says the figures do
//!   not contradict the statement, not that they confirm it. An inconsistency stays one whatever
//!   the sharpness, as the computed range holds every value the inputs allow.
//!
//! A range that is merely wide keeps its class. A claim is
//! [`Uninformative`](check::Verdict::Uninformative) only when its range says nothing: it is
//! unbounded and holds the whole stated range (from "more than 1,05 billion", any growth above
//! 15.32 % passes, so a stated 20 % is tested by nothing), or it holds every value a figure of
//! the stated kind can take (a share from 0 % to 100 %). Where an end of an unbounded range falls
//! within the stated range, that end tests the statement, and the verdict is a class of its own.
//!
//! # Writing and reading values
//!
//! Every value type's `Display` writes its one canonical form, which its `FromStr` (and, with
//! `serde`, its `Deserialize`) reads back, and honours the format string as the standard
//! library's types do:
//!
//! - numbers ([`AmountMad`], [`GrowthRate`], [`Share`], [`PercentagePoints`],
//!   [`AverageTicket`]) are right-aligned in a width by default, `0` pads them with zeros after
//!   the sign, and a precision is the number of decimals shown, of the value rounded half-even:
//!   `format!("{:.1}", g)` of a growth of exactly 25 % is `25.0%`. Without a precision a value
//!   writes the digits it holds: a computed rate none beyond the last significant one, a rate
//!   rounded by [`GrowthRate::round_dp`] the decimals it was rounded to;
//! - [`Year`] and [`Transactions`] format as integers do (a precision is ignored);
//! - an [`Interval`] pads as a whole, and a precision rounds its ends outward, so that the
//!   written interval holds the exact one;
//! - text ([`Period`], [`Date`], the enums, [`Assumption`], [`ReportedFigure`]) is left-aligned
//!   and cut to a precision, as a `str` is.
//!
//! ```
//! use morocco_ecommerce::{GrowthRate, Period, Transactions};
//!
//! let g = GrowthRate::between(Transactions::from(100), Transactions::from(125))?;
//! let p: Period = "2014-03".parse()?;
//! assert_eq!(format!("|{p:<9}|{g:>7.1}|"), "|2014-M03 |  25.0%|");
//! # Ok::<(), morocco_ecommerce::Error>(())
//! ```
//!
//! # Features
//!
//! - `serde` (default): `Serialize` and `Deserialize` for the data types. Decimals travel as
//!   strings in canonical form (no trailing zeros); deserialising goes through the same
//!   validation as the constructors. The feature turns on no feature of `rust_decimal`, so a
//!   `Decimal` in the user's own types keeps its own serde behaviour. Each type has one JSON
//!   shape wherever it appears: an [`Interval`] is `low` and `high` with `low_closed` and
//!   `high_closed`, a [`check::Finding`] flattens its verdict's tag and details beside its
//!   ranges, a [`text::TextClaim`] writes its [`check::ClaimKind`]'s `type` and one
//!   [`text::TextFigure`] per role, a [`data::DataCheck`] is its finding with its `inputs`.
//! - `proptest`: the `strategies` module, to property-test code that uses these types.
//! - `rayon`: `Aggregate::from_slice_parallel`, aggregation on every core.

pub mod aggregate;
pub mod check;
pub mod data;
mod error;
mod model;
mod num;
mod reported;
#[cfg(feature = "proptest")]
pub mod strategies;
pub mod text;

pub use error::{CallerError, Error, Operation};
pub use model::{
    Activity, AmountMad, AverageTicket, CardOrigin, Cards, Change, Date, GrowthRate, Half,
    MerchantSite, Merchants, Month, PercentagePoints, Period, PeriodKind, PeriodLength,
    PeriodRecord, Qualifier, Quantity, Quarter, RecordBuilder, Rounding, Series, SeriesRow, Share,
    Transactions, Year,
};
pub use reported::{
    Assumption, Bound, BoundReading, FigureKind, Interval, ReportedFigure, RoundingAssumption,
    Scale,
};
/// The decimal type of every exact value in this crate, re-exported so that a user's
/// `rust_decimal` is always the version these signatures use.
pub use rust_decimal;

/// The README's examples, run as doctests so they stay true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
