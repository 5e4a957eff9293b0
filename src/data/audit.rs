//! Checking every claim a dataset implies.

use crate::Error;
use crate::check::{Checker, Claim, ClaimKind, Finding};
use crate::data::dataset::{Dataset, Measure, Observation, Scope};
use crate::reported::{Assumption, Interval};

/// One check of a claim the data implies.
///
/// ```
/// use morocco_ecommerce::check::Checker;
/// use morocco_ecommerce::data::Dataset;
/// let audit = Dataset::cmi().audit(&Checker::new());
/// let check = audit.of("mtc_average_ticket_2011_almassae").next().unwrap();
/// assert_eq!(check.inputs.len(), 2);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct DataCheck {
    /// The id of the stated figure.
    pub claim: String,
    /// The ids of the figures it was checked against.
    pub inputs: Vec<String>,
    /// What the checker found.
    pub finding: Finding,
}

/// Two observations of one figure whose ranges do not meet.
///
/// ```
/// use morocco_ecommerce::check::Checker;
/// use morocco_ecommerce::data::Dataset;
/// // The 201 published figures hold no two observations that cannot both be right.
/// assert!(Dataset::cmi().audit(&Checker::new()).conflicts.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
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

/// The audit of a dataset: every check, and the conflicts between sources.
///
/// ```
/// use morocco_ecommerce::check::Checker;
/// use morocco_ecommerce::data::Dataset;
/// let audit = Dataset::cmi().audit(&Checker::new());
/// assert!(audit.checks.len() > 300);
/// ```
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct DataAudit {
    /// One check per claim and per combination of observations it can be checked against.
    pub checks: Vec<DataCheck>,
    /// Observations of one figure that cannot both be right.
    pub conflicts: Vec<Conflict>,
    /// Claims that could not be checked (a zero base), with the reason.
    pub errors: Vec<(String, Error)>,
}

impl DataAudit {
    /// How many checks have each verdict, by verdict name.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::check::Checker;
    /// # use morocco_ecommerce::data::Dataset;
    /// let audit = Dataset::cmi().audit(&Checker::new());
    /// assert_eq!(audit.counts().values().sum::<usize>(), audit.checks.len());
    /// ```
    pub fn counts(&self) -> std::collections::BTreeMap<&'static str, usize> {
        let mut counts = std::collections::BTreeMap::new();
        for c in &self.checks {
            *counts.entry(c.finding.verdict.name()).or_insert(0) += 1;
        }
        counts
    }

    /// The checks of one stated figure.
    ///
    /// ```
    /// # use morocco_ecommerce::check::Checker;
    /// # use morocco_ecommerce::data::Dataset;
    /// let audit = Dataset::cmi().audit(&Checker::new());
    /// assert!(audit.of("foreign_operations_growth_2021_tfe").any(|c| c.finding.verdict.is_alarm()));
    /// ```
    pub fn of<'a>(&'a self, claim: &'a str) -> impl Iterator<Item = &'a DataCheck> + 'a {
        self.checks.iter().filter(move |c| c.claim == claim)
    }
}

impl Dataset {
    /// Checks every claim the data implies with `checker`:
    ///
    /// - each stated growth rate against the two years' figures of its scope and measure, for
    ///   every pair of observations, whatever their sources;
    /// - each stated share against its part and the total of the same measure;
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
                    for (a, b) in pairs(&from, &to) {
                        check(checker, stated, &[a, b], &mut audit, |f, s| {
                            let [from, to] = [f.first()?, f.get(1)?].map(|x| *x);
                            Some(if cagr {
                                ClaimKind::CompoundAnnual {
                                    from,
                                    to,
                                    years,
                                    stated: s,
                                }
                            } else {
                                ClaimKind::Growth {
                                    from,
                                    to,
                                    stated: s,
                                }
                            })
                        });
                    }
                }
                Measure::OperationsShare | Measure::ValueShare => {
                    let parts = self.query(Some(stated.period), Some(stated.scope), Some(base));
                    let totals = self.query(Some(stated.period), Some(Scope::Total), Some(base));
                    for (a, b) in pairs(&parts, &totals) {
                        check(checker, stated, &[a, b], &mut audit, |f, s| {
                            let [part, total] = [f.first()?, f.get(1)?].map(|x| *x);
                            Some(ClaimKind::Share {
                                part,
                                total,
                                stated: s,
                            })
                        });
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
        for (v, o) in pairs(&values, &operations) {
            check(checker, stated, &[v, o], audit, |f, s| {
                let [value, operations] = [f.first()?, f.get(1)?].map(|x| *x);
                Some(ClaimKind::AverageTicket {
                    value,
                    operations,
                    stated: s,
                })
            });
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
                check(checker, total, &[m, f], audit, |figs, t| {
                    Some(ClaimKind::PartsSum {
                        parts: figs.to_vec(),
                        total: t,
                    })
                });
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

fn check(
    checker: &Checker,
    stated: &Observation,
    inputs: &[&Observation],
    audit: &mut DataAudit,
    build: impl Fn(
        &[crate::reported::ReportedFigure],
        crate::reported::ReportedFigure,
    ) -> Option<ClaimKind>,
) {
    let figures: Vec<_> = inputs.iter().map(|o| o.figure).collect();
    let s = stated.figure;
    let Some(kind) = build(&figures, s) else {
        return;
    };
    let claim = Claim::new(stated.id.clone(), kind);
    match checker.check(&claim) {
        Ok(finding) => audit.checks.push(DataCheck {
            claim: stated.id.clone(),
            inputs: inputs.iter().map(|o| o.id.clone()).collect(),
            finding,
        }),
        Err(e) => audit.errors.push((stated.id.clone(), e)),
    }
}
