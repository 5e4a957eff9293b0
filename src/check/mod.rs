//! The consistency checker: do a report's stated rates and shares follow from its figures?
//!
//! # The method
//!
//! A published figure stands for every value that prints as it. "1,67 million" written to the
//! nearest ten thousand stands for `[1 665 000, 1 675 000]` (both ends closed, as a tie could have
//! gone either way); "more than 1,05 billion" for `(1 050 000 000, +inf)`. A
//! [`ReportedFigure`](crate::ReportedFigure) gives that range under an
//! [`Assumption`](crate::Assumption) about how it was rounded and how its hedge reads.
//!
//! A claim relates figures: a growth rate from a start and an end figure, a share from a part and
//! a total. The checker computes the range of values the claim's formula takes over the inputs'
//! ranges, exactly (the formulas are monotone in each input, so the range's ends come from the
//! inputs' ends, see the `compute` notes below) and with outward rounding, so that it holds every
//! value the inputs allow. Then it compares that computed range with the stated figure's range.
//!
//! # The 16 % example
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
//!   [`ConsistentOnlyWithRounding`](crate::Verdict::ConsistentOnlyWithRounding).
//!
//! For value, "about 910 million" to "more than 1,05 billion" dirhams gives a growth above
//! `1 050 000 000 / 910 500 000 - 1 = 15.32 %`, with no upper end, while "about 14,9 %" stands for
//! `[14.85 %, 14.95 %]`: [`Inconsistent`](crate::Verdict::Inconsistent), by 3.7 units of the last
//! digit. Reading "more than 1,05 billion" as itself rounded (above 1 045 000 000) would make it
//! consistent, and the finding says so.
//!
//! # Verdicts
//!
//! See [`Verdict`](crate::Verdict): consistent; consistent only under some assumptions; consistent
//! only thanks to rounding; inconsistent, with the margin, the nearest consistent statement and the
//! coarser reading of the inputs that would do; impossible; uninformative.

mod builtin;
mod checker;
mod claim;
pub(crate) mod compute;
#[cfg(feature = "serde")]
mod file;
mod verdict;

pub use builtin::{builtin_claims, moroccan_share_implications, Derived};
pub use checker::Checker;
pub use claim::{Claim, ClaimKind};
#[cfg(feature = "serde")]
pub use file::ClaimsFile;
pub use verdict::{Audit, Finding, Reading, Verdict};
