//! The consistency checker: do a report's stated rates and shares follow from its figures?
//!
//!
//! The method is documented at the crate root, under "The method of the checker".

mod checker;
mod claim;
pub(crate) mod compute;
mod decide;
#[cfg(feature = "serde")]
mod file;
mod verdict;

pub use checker::Checker;
pub use claim::{Claim, ClaimKind, Role};
#[cfg(feature = "serde")]
pub use file::ClaimsFile;
pub use verdict::{Audit, Finding, Reading, Verdict};
