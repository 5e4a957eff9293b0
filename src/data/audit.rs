//! Checking every claim a dataset implies.

use crate::check::{Audit, Checker, Claim, ClaimKind, Finding};
use crate::data::dataset::{Dataset, Measure, Observation, Scope};
use crate::reported::{Assumption, Interval};

/// One check of a claim the data implies: the finding, and the observations behind it.
///
/// ```
/// use morocco_ecommerce::check::Checker;
/// use morocco_ecommerce::data::Dataset;
/// let audit = Dataset::cmi().audit(&Checker::new());
/// let check = audit.of("mtc_average_ticket_2011_almassae").next().unwrap();
/// assert_eq!(check.inputs.len(), 2);
/// let finding: &morocco_ecommerce::check::Finding = check.as_ref();
/// assert_eq!(finding.claim, check.claim);
/// ```
///
/// With `serde`, the [`Finding`]'s JSON object (whose `claim` is the stated figure's id) with the
/// `inputs` beside its fields.
///
/// ```
/// # #[cfg(feature = "serde")] {
/// # use morocco_ecommerce::check::Checker;
/// # use morocco_ecommerce::data::Dataset;
/// let audit = Dataset::cmi().audit(&Checker::new());
/// let check = audit.of("mtc_average_ticket_2011_almassae").next().unwrap();
/// let json = serde_json::to_value(check)?;
/// assert_eq!(json["claim"], "mtc_average_ticket_2011_almassae");
/// assert_eq!(json["inputs"].as_array().map(Vec::len), Some(2));
/// assert_eq!(json["verdict"], check.finding.verdict.name());
/// # }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DataCheck {
    /// The id of the stated figure.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub claim: String,
    /// The ids of the figures it was checked against.
    pub inputs: Vec<String>,
    /// What the checker found.
    #[cfg_attr(feature = "serde", serde(flatten))]
    pub finding: Finding,
}

impl AsRef<Finding> for DataCheck {
    fn as_ref(&self) -> &Finding {
        &self.finding
    }
}

/// Two observations of one figure whose ranges do not meet.
///
/// ```
/// use morocco_ecommerce::check::Checker;
/// use morocco_ecommerce::data::Dataset;
/// // Two outlets relaying one CMI report print different rates: La Vie Eco's "60%" for the
/// // foreign cards' operations in the first nine months of 2023 cannot be H24info's "57,8%".
/// let audit = Dataset::cmi().audit(&Checker::new());
/// assert!(audit.conflicts.iter().any(|c| c.first == "foreign_operations_growth_2023_9m_lavieeco"
///     && c.second == "foreign_operations_growth_2023_9m_h24info"));
/// ```
///
/// With `serde`, a JSON object with its four fields, the ranges as [`Interval`]s write
/// themselves.
///
/// ```
/// # #[cfg(feature = "serde")] {
/// use morocco_ecommerce::data::Dataset;
/// use morocco_ecommerce::check::Checker;
/// let header = "id\tyear\tscope\tmeasure\tvalue\tunit\tas_written\tqualifier\tcompared_with\tsource_url\tnote\tprecision";
/// let a = "a\t2014\ttotal\toperations\t1000\toperations\t1000\texact\t\t\t\t1";
/// let b = "b\t2014\ttotal\toperations\t2000\toperations\t2000\texact\t\t\t\t1";
/// let text = format!("{header}\n{a}\n{b}\n");
/// let audit = Dataset::from_tsv(&text)?.audit(&Checker::new());
/// let json = serde_json::to_value(&audit.conflicts[0])?;
/// assert_eq!(json["first"], "a");
/// assert_eq!(json["second_range"]["low"], "1999.5");
/// # }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Conflict {
    /// The first observation's id, in file order.
    pub first: String,
    /// The second observation's id.
    pub second: String,
    /// The first observation's range.
    pub first_range: Interval,
    /// The second observation's range.
    pub second_range: Interval,
}

/// The audit of a dataset: the checker's [`Audit`] of every claim the data implies, and the
/// conflicts between sources.
///
/// A type of its own beside [`Audit`] because conflicts exist only in a dataset, where one
/// figure can have several observations from several sources; the checks themselves are an
/// ordinary audit, with its counts and alarms.
///
/// ```
/// use morocco_ecommerce::check::Checker;
/// use morocco_ecommerce::data::Dataset;
/// let audit = Dataset::cmi().audit(&Checker::new());
/// assert!(audit.checks.findings.len() > 300);
/// assert_eq!(audit.checks.counts().values().sum::<usize>(), audit.checks.findings.len());
/// ```
///
/// With `serde`, a JSON object: `checks`, an [`Audit`] of [`DataCheck`]s, and `conflicts`.
///
/// ```
/// # #[cfg(feature = "serde")] {
/// # use morocco_ecommerce::check::Checker;
/// # use morocco_ecommerce::data::Dataset;
/// let json = serde_json::to_value(Dataset::cmi().audit(&Checker::new()))?;
/// assert!(json["checks"]["findings"].as_array().is_some_and(|f| f.len() > 300));
/// assert_eq!(json["conflicts"].as_array().map(Vec::len), Some(2));
/// # }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DataAudit {
    /// One check per claim and per combination of observations it can be checked against, and
    /// the claims that could not be checked (a zero base), with the reason.
    pub checks: Audit<DataCheck>,
    /// Observations of one figure that cannot both be right.
    pub conflicts: Vec<Conflict>,
}

impl DataAudit {
    /// The checks of one stated figure.
    ///
    /// ```
    /// # use morocco_ecommerce::check::Checker;
    /// # use morocco_ecommerce::data::Dataset;
    /// let audit = Dataset::cmi().audit(&Checker::new());
    /// assert!(audit.of("foreign_operations_growth_2021_tfe").any(|c| c.finding.verdict.is_alarm()));
    /// ```
    pub fn of<'a>(&'a self, claim: &'a str) -> impl Iterator<Item = &'a DataCheck> + 'a {
        self.checks
            .findings
            .iter()
            .filter(move |c| c.claim == claim)
    }
}

impl Dataset {
    /// Checks every claim the data implies with `checker`:
    ///
    /// - each stated growth rate against the figures of its scope and measure for its period and
    ///   the period it compares with, for every pair of observations, whatever their sources. A
    ///   period is matched exactly: a partial-year rate (the first nine months, say) is checked
    ///   against the same months a year earlier, never against a full year, and the data cannot
    ///   compare a partial year with a full one ([`Error::ComparedPeriodMismatch`](crate::Error::ComparedPeriodMismatch));
    /// - each stated share against its part and the total of the same measure and period;
    /// - Moroccan plus foreign cards against the total, for operations and value;
    /// - each stated average ticket against value and operations;
    /// - each stated compound growth rate against its first and last year;
    /// - and two observations of one figure whose ranges do not meet, as conflicts (under the
    ///   checker's first assumption).
    ///
    /// # Example
    ///
    /// ```
    /// use morocco_ecommerce::check::Checker;
    /// use morocco_ecommerce::data::Dataset;
    ///
    /// let audit = Dataset::cmi().audit(&Checker::new());
    /// let growth_2014: Vec<&str> = audit.of("ma_operations_growth_2014_alm117307").map(|c| c.finding.verdict.name()).collect();
    /// assert!(growth_2014.contains(&"consistent_only_with_rounding"));
    ///
    /// // The first half of 2016 against the first half of 2015, not against a year.
    /// let half = audit.of("total_value_growth_2016_h1_lavieeco").next().unwrap();
    /// assert_eq!(half.inputs, ["total_value_2015_h1_lavieeco", "total_value_2016_h1_lavieeco"]);
    /// ```
    #[must_use]
    pub fn audit(&self, checker: &Checker) -> DataAudit {
        let mut audit = DataAudit::default();
        for stated in self.observations() {
            let Some(base) = stated.measure.base() else {
                if stated.measure == Measure::AverageTicket {
                    self.check_ticket(checker, stated, &mut audit);
                }
                continue;
            };
            match stated.measure {
                Measure::OperationsGrowth | Measure::ValueGrowth | Measure::OperationsCagr => {
                    let Some(earlier) = stated.compared_with else {
                        continue;
                    };
                    // A yearly rate over one year is a growth rate; over several, compound.
                    let cagr = stated.measure == Measure::OperationsCagr;
                    let Ok(years) = u32::try_from(stated.period.year().years_since(earlier.year()))
                    else {
                        continue;
                    };
                    let from = self.query(Some(earlier), Some(stated.scope), Some(base));
                    let to = self.query(Some(stated.period), Some(stated.scope), Some(base));
                    for (from, to) in pairs(&from, &to) {
                        let kind = if cagr {
                            ClaimKind::CompoundAnnual {
                                from,
                                to,
                                years,
                                stated,
                            }
                        } else {
                            ClaimKind::Growth { from, to, stated }
                        };
                        check(checker, kind, &mut audit);
                    }
                }
                Measure::OperationsShare | Measure::ValueShare => {
                    let parts = self.query(Some(stated.period), Some(stated.scope), Some(base));
                    let totals = self.query(Some(stated.period), Some(Scope::Total), Some(base));
                    for (part, total) in pairs(&parts, &totals) {
                        let kind = ClaimKind::Share {
                            part,
                            total,
                            stated,
                        };
                        check(checker, kind, &mut audit);
                    }
                }
                _ => {}
            }
        }
        self.check_parts(checker, &mut audit);
        self.find_conflicts(checker, &mut audit);
        audit
    }

    fn check_ticket(&self, checker: &Checker, stated: &Observation, audit: &mut DataAudit) {
        let values = self.query(
            Some(stated.period),
            Some(stated.scope),
            Some(Measure::Value),
        );
        let operations = self.query(
            Some(stated.period),
            Some(stated.scope),
            Some(Measure::Operations),
        );
        for (value, operations) in pairs(&values, &operations) {
            let kind = ClaimKind::AverageTicket {
                value,
                operations,
                stated,
            };
            check(checker, kind, audit);
        }
    }

    fn check_parts(&self, checker: &Checker, audit: &mut DataAudit) {
        for total in self
            .observations()
            .iter()
            .filter(|o| o.scope == Scope::Total)
        {
            if !matches!(total.measure, Measure::Operations | Measure::Value) {
                continue;
            }
            let moroccan = self.query(
                Some(total.period),
                Some(Scope::MoroccanCards),
                Some(total.measure),
            );
            let foreign = self.query(
                Some(total.period),
                Some(Scope::ForeignCards),
                Some(total.measure),
            );
            for (m, f) in pairs(&moroccan, &foreign) {
                let kind = ClaimKind::PartsSum {
                    parts: vec![m, f],
                    total,
                };
                check(checker, kind, audit);
            }
        }
    }

    fn find_conflicts(&self, checker: &Checker, audit: &mut DataAudit) {
        let assumption = checker.assumptions().first().copied().unwrap_or_default();
        let all = self.observations();
        for (i, a) in all.iter().enumerate() {
            for b in all.iter().skip(i + 1) {
                if (a.period, a.scope, a.measure, a.compared_with)
                    != (b.period, b.scope, b.measure, b.compared_with)
                {
                    continue;
                }
                let (Some(ra), Some(rb)) = (range(a, assumption), range(b, assumption)) else {
                    continue;
                };
                if !ra.overlaps(&rb) {
                    audit.conflicts.push(Conflict {
                        first: a.id.clone(),
                        second: b.id.clone(),
                        first_range: ra,
                        second_range: rb,
                    });
                }
            }
        }
    }
}

fn range(o: &Observation, assumption: Assumption) -> Option<Interval> {
    o.figure.range(assumption).ok()
}

fn pairs<'a>(
    a: &[&'a Observation],
    b: &[&'a Observation],
) -> Vec<(&'a Observation, &'a Observation)> {
    a.iter()
        .flat_map(|x| b.iter().map(move |y| (*x, *y)))
        .collect()
}

/// Checks a claim over observations; a claim with an observation that gives no figure is
/// skipped, one the checker cannot check is listed with its error.
fn check(checker: &Checker, kind: ClaimKind<&Observation>, audit: &mut DataAudit) {
    let claim = kind.stated().id.clone();
    let inputs = kind.inputs().iter().map(|o| o.id.clone()).collect();
    let figures = kind.map(|_, o| o.figure);
    match checker.check(&Claim::new(claim.clone(), figures)) {
        Ok(finding) => audit.checks.findings.push(DataCheck {
            claim,
            inputs,
            finding,
        }),
        Err(e) => audit.checks.errors.push((claim, e)),
    }
}
