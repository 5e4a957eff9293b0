//! What the checker concludes about a claim.

use core::fmt;
use std::collections::BTreeMap;

use rust_decimal::Decimal;

use crate::Error;
use crate::reported::{Assumption, Interval};

/// The checker's conclusion about one claim.
///
/// ```
/// use morocco_ecommerce::data::builtin_claims;
/// use morocco_ecommerce::check::{Checker, Verdict};
/// let finding = Checker::new().check(&builtin_claims()[0])?;
/// assert_eq!(finding.verdict, Verdict::ConsistentOnlyWithRounding);
/// # Ok::<(), morocco_ecommerce::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(tag = "verdict", rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Verdict {
    /// The stated figure is consistent with the inputs under every assumption checked, and the
    /// inputs as written give a value that prints as stated.
    Consistent,
    /// Consistent under some of the assumptions checked only.
    ConsistentOnlyUnder {
        /// The assumptions under which it is consistent.
        assumptions: Vec<Assumption>,
    },
    /// The ranges overlap under every assumption checked, but the inputs as written give a value
    /// that would be printed differently (1,67 to 1,95 million is +16.77 %, printed "17 %").
    ConsistentOnlyWithRounding,
    /// The stated range and the computed range do not meet under any assumption checked.
    Inconsistent {
        /// The gap between the two ranges, in units of the stated figure's last digit.
        #[cfg_attr(feature = "serde", serde(with = "crate::num::serde_decimal"))]
        margin: Decimal,
        /// The nearest value at the stated precision that would be consistent.
        #[cfg_attr(feature = "serde", serde(with = "crate::num::serde_decimal::option"))]
        nearest_statement: Option<Decimal>,
        /// The smallest power of ten by which reading every input more coarsely makes the claim
        /// consistent (10: "910 million" read to the nearest 10 million), up to 1000.
        coarser_inputs: Option<u32>,
        /// Assumptions outside the set checked under which the claim is consistent.
        consistent_readings: Vec<Assumption>,
    },
    /// No reading makes the claim possible: a share above 100 %, a fall below -100 %, a part
    /// above its total.
    Impossible {
        /// Which rule the claim breaks.
        reason: String,
    },
    /// The ranges meet, but the computed range says nothing about the stated figure: it is
    /// unbounded and holds the whole stated range (no end of it falls within the stated range),
    /// or it holds every value a figure of the stated kind can take (a share from 0 % to
    /// 100 %). A range that is merely wide is no reason for this verdict:
    /// the finding's [`sharpness`](Finding::sharpness) says how wide it is.
    Uninformative,
    /// The claim has no value to test under any reading: an input can only be zero where it
    /// divides (a growth from a base that can only be zero, a share of a total, an average over
    /// operations), or a rate can only be -100 % where a base is recovered from it. Not an alarm:
    /// the checker says why it could not test the claim.
    Undefined {
        /// Which input leaves the claim without a value.
        reason: String,
    },
}

impl Verdict {
    /// The canonical name: `consistent`, `consistent_only_under`,
    /// `consistent_only_with_rounding`, `inconsistent`, `impossible`, `uninformative`,
    /// `undefined`.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::check::Verdict;
    /// assert_eq!(Verdict::ConsistentOnlyWithRounding.name(), "consistent_only_with_rounding");
    /// ```
    pub const fn name(&self) -> &'static str {
        match self {
            Verdict::Consistent => "consistent",
            Verdict::ConsistentOnlyUnder { .. } => "consistent_only_under",
            Verdict::ConsistentOnlyWithRounding => "consistent_only_with_rounding",
            Verdict::Inconsistent { .. } => "inconsistent",
            Verdict::Impossible { .. } => "impossible",
            Verdict::Uninformative => "uninformative",
            Verdict::Undefined { .. } => "undefined",
        }
    }

    /// Whether the verdict flags the claim: inconsistent or impossible.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::check::Verdict;
    /// assert!(!Verdict::Uninformative.is_alarm());
    /// ```
    pub const fn is_alarm(&self) -> bool {
        matches!(
            self,
            Verdict::Inconsistent { .. } | Verdict::Impossible { .. }
        )
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The ranges one assumption gives.
///
/// ```
/// use morocco_ecommerce::data::builtin_claims;
/// use morocco_ecommerce::Assumption;
/// use morocco_ecommerce::check::Checker;
/// let checker = Checker::new().with_assumptions(Assumption::every_rounding())?;
/// let finding = checker.check(&builtin_claims()[0])?;
/// assert_eq!(finding.readings.len(), 6);
/// assert!(finding.readings.iter().any(|r| !r.consistent));
/// # Ok::<(), morocco_ecommerce::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Reading {
    /// The assumption.
    pub assumption: Assumption,
    /// The range of the stated figure, within its domain.
    pub stated: Interval,
    /// The range computed from the inputs.
    pub computed: Interval,
    /// Whether the claim holds under this reading: the two ranges meet, and no rule makes the
    /// claim impossible or undefined.
    pub consistent: bool,
}

/// The result of checking one claim: the verdict and the ranges behind it.
///
/// ```
/// use morocco_ecommerce::data::builtin_claims;
/// use morocco_ecommerce::check::Checker;
/// let finding = Checker::new().check(&builtin_claims()[0])?;
/// assert_eq!(finding.claim, "card_operations_growth_2014");
/// assert_eq!(finding.kind, "growth");
/// assert!(finding.explanation.contains("16.7665"));
/// # Ok::<(), morocco_ecommerce::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Finding {
    /// The claim's id.
    pub claim: String,
    /// The claim's kind, as [`ClaimKind::name`](crate::check::ClaimKind::name) gives it.
    pub kind: String,
    /// The conclusion.
    #[cfg_attr(feature = "serde", serde(flatten))]
    pub verdict: Verdict,
    /// The stated range under the first assumption checked.
    pub stated: Interval,
    /// The computed range under the first assumption checked.
    pub computed: Interval,
    /// The value the inputs give as written, where there is one.
    #[cfg_attr(feature = "serde", serde(with = "crate::num::serde_decimal::option"))]
    pub point: Option<Decimal>,
    /// How sharp the test was: the computed range's width in units of the stated figure's last
    /// digit (its precision), exact; `None` where the computed range is unbounded. Below 1, the
    /// inputs pin the value more finely than the statement was printed; at 1.3 (1,67 to 1,95
    /// million against "16 %") a statement one unit off would still meet the range; at 100 the
    /// verdict rests on a range a hundred statements wide.
    ///
    /// ```
    /// # use morocco_ecommerce::data::builtin_claims;
    /// # use morocco_ecommerce::check::Checker;
    /// let finding = Checker::new().check(&builtin_claims()[0])?;
    /// let sharpness = finding.sharpness.map(|s| s.round_dp(2).to_string());
    /// assert_eq!(sharpness.as_deref(), Some("1.30"));
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    #[cfg_attr(
        feature = "serde",
        serde(default, with = "crate::num::serde_decimal::option")
    )]
    pub sharpness: Option<Decimal>,
    /// The ranges under each assumption checked.
    pub readings: Vec<Reading>,
    /// One sentence that says why.
    pub explanation: String,
}

/// The findings of many claims, with counts per verdict: the one list of findings in the crate.
///
/// `T` is what holds each finding: a [`Finding`] itself for [`Checker::audit`], or a finding with
/// more beside it (a dataset's audit keeps, with each, the observations it was checked against).
///
/// [`Checker::audit`]: crate::check::Checker::audit
///
/// ```
/// use morocco_ecommerce::data::builtin_claims;
/// use morocco_ecommerce::check::Checker;
/// let audit = Checker::new().audit(&builtin_claims());
/// assert_eq!(audit.findings.len(), 4);
/// ```
///
/// With `serde`, a JSON object: `findings`, each as `T` writes itself, and `errors`, each a
/// `{"claim": id, "error": message}` object.
///
/// ```
/// # #[cfg(feature = "serde")] {
/// # use morocco_ecommerce::data::builtin_claims;
/// # use morocco_ecommerce::check::Checker;
/// let json = serde_json::to_value(Checker::new().audit(&builtin_claims()))?;
/// assert_eq!(json["findings"][0]["verdict"], "consistent_only_with_rounding");
/// assert_eq!(json["errors"], serde_json::json!([]));
/// # }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Audit<T = Finding> {
    /// One finding per claim that could be checked, in the order given.
    pub findings: Vec<T>,
    /// The claims that could not be checked, with the reason.
    pub errors: Vec<(String, Error)>,
}

impl<T> Default for Audit<T> {
    fn default() -> Self {
        Audit {
            findings: Vec::new(),
            errors: Vec::new(),
        }
    }
}

impl AsRef<Finding> for Finding {
    fn as_ref(&self) -> &Finding {
        self
    }
}

impl<T: AsRef<Finding>> Audit<T> {
    /// How many findings have each verdict, by verdict name.
    ///
    /// ```
    /// use morocco_ecommerce::data::builtin_claims;
    /// use morocco_ecommerce::check::Checker;
    ///
    /// let audit = Checker::new().audit(&builtin_claims());
    /// assert_eq!(audit.counts().values().sum::<usize>(), 4);
    /// ```
    #[must_use]
    pub fn counts(&self) -> BTreeMap<&'static str, usize> {
        let mut counts = BTreeMap::new();
        for finding in &self.findings {
            *counts.entry(finding.as_ref().verdict.name()).or_insert(0) += 1;
        }
        counts
    }

    /// The findings that are inconsistent or impossible.
    ///
    /// ```
    /// # use morocco_ecommerce::data::builtin_claims;
    /// # use morocco_ecommerce::check::Checker;
    /// let audit = Checker::new().audit(&builtin_claims());
    /// let alarms: Vec<&str> = audit.alarms().map(|f| f.claim.as_str()).collect();
    /// assert_eq!(alarms, ["card_value_growth_2014"]);
    /// ```
    pub fn alarms(&self) -> impl Iterator<Item = &T> {
        self.findings
            .iter()
            .filter(|f| f.as_ref().verdict.is_alarm())
    }
}

#[cfg(feature = "serde")]
mod serde_impl {
    use serde::ser::{Serialize, SerializeStruct, Serializer};

    use super::Audit;

    /// A claim that could not be checked, as JSON: its id and the error's message.
    #[derive(serde::Serialize)]
    struct Unchecked<'a> {
        claim: &'a str,
        error: String,
    }

    impl<T: Serialize> Serialize for Audit<T> {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let errors: Vec<Unchecked<'_>> = self
                .errors
                .iter()
                .map(|(claim, error)| Unchecked {
                    claim,
                    error: error.to_string(),
                })
                .collect();
            let mut s = serializer.serialize_struct("Audit", 2)?;
            s.serialize_field("findings", &self.findings)?;
            s.serialize_field("errors", &errors)?;
            s.end()
        }
    }
}
