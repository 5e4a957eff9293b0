//! Checking an article against the record: what each figure is about (its period, scope and
//! measure, from its words), whether the record's observations of the same agree, and the
//! single typographic slips that would make a conflicting figure agree.

use core::fmt;
use std::collections::HashMap;

use rust_decimal::Decimal;

use crate::check::{Checker, Claim, ClaimKind};
use crate::data::dataset::{Dataset, Measure, Observation, Scope};
use crate::model::{Date, Period, Year};
use crate::num::decimal::round_to;
use crate::num::rounding::Rounding;
use crate::reported::{Assumption, Bound, FigureKind, Interval, ReportedFigure};
use crate::text::{
    LinkedText, NamedPeriod, TextClaim, TextFigure, extract, find_phrase, link_text, named_periods,
};

/// The most bytes of a sentence read on either side of a figure for its words.
const SENTENCE_REACH: usize = 400;
/// The most bytes of a paragraph read on either side of a figure for its words.
const PARAGRAPH_REACH: usize = 1500;

/// What a relative period ("l'année dernière", "last year") was resolved against.
///
/// ```
/// use morocco_ecommerce::data::{PeriodSource, RelativeBase, attribute};
/// let text = "Le CMI a traité 1,2 million d'opérations par cartes étrangères en 2013. L'année dernière, les cartes étrangères ont réalisé 1,5 million d'opérations.";
/// let read = attribute(text, None);
/// let a = read[1].1.as_ref().unwrap();
/// assert_eq!(a.period.to_string(), "2013");
/// assert!(matches!(a.period_source, PeriodSource::LastYear(RelativeBase::LatestYearNamed(_))));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RelativeBase {
    /// The article's date, as the caller gave it: "last year" is the year before it.
    ArticleDate(Date),
    /// No date was given: "last year" is the latest year the article names.
    LatestYearNamed(Year),
}

/// Where a figure's period came from.
///
/// ```
/// use morocco_ecommerce::data::{PeriodSource, attribute};
/// let read = attribute("Les cartes étrangères ont réalisé 1,5 million d'opérations en 2014, selon le CMI.", None);
/// assert_eq!(read[0].1.as_ref().unwrap().period_source, PeriodSource::Sentence);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PeriodSource {
    /// The words of the figure's sentence name it.
    Sentence,
    /// The sentence names no period; its paragraph names this one only.
    Paragraph,
    /// The words name the year before the article's, resolved against the base given.
    LastYear(RelativeBase),
}

impl PeriodSource {
    /// The canonical name: `sentence`, `paragraph`, `last_year_from_date`,
    /// `last_year_from_latest_year_named`.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::data::PeriodSource;
    /// assert_eq!(PeriodSource::Paragraph.as_str(), "paragraph");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            PeriodSource::Sentence => "sentence",
            PeriodSource::Paragraph => "paragraph",
            PeriodSource::LastYear(RelativeBase::ArticleDate(_)) => "last_year_from_date",
            PeriodSource::LastYear(RelativeBase::LatestYearNamed(_)) => {
                "last_year_from_latest_year_named"
            }
        }
    }
}

impl fmt::Display for PeriodSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PeriodSource::Sentence => f.write_str("named in its sentence"),
            PeriodSource::Paragraph => f.write_str("named in its paragraph"),
            PeriodSource::LastYear(RelativeBase::ArticleDate(d)) => {
                write!(f, "the year before the article's date {d}")
            }
            PeriodSource::LastYear(RelativeBase::LatestYearNamed(y)) => {
                write!(f, "the latest year the article names, {y}")
            }
        }
    }
}

/// What a figure of an article is about, as its words say: the period, the scope and the
/// measure under which the record would hold it.
///
/// ```
/// use morocco_ecommerce::data::{Measure, Scope, attribute};
/// let read = attribute("Selon le CMI, les cartes étrangères ont réalisé 1,5 million d'opérations en 2014.", None);
/// let a = read[0].1.as_ref().unwrap();
/// assert_eq!((a.period.to_string(), a.scope, a.measure), ("2014".to_owned(), Scope::ForeignCards, Measure::Operations));
/// assert_eq!(a.scope_words, "cartes étrangères");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Attribution {
    /// The period.
    pub period: Period,
    /// For a growth rate, the period it is measured from.
    pub compared_with: Option<Period>,
    /// The scope.
    pub scope: Scope,
    /// The measure.
    pub measure: Measure,
    /// The words that name the period.
    pub period_words: String,
    /// Where the period came from.
    pub period_source: PeriodSource,
    /// The words that name the scope.
    pub scope_words: String,
    /// The figure as the record would hold it: a growth's sign from the words of a fall.
    pub figure: ReportedFigure,
}

/// Why a figure of an article was left unattributed: its words do not say what it is about.
/// An unattributed figure is never compared.
///
/// ```
/// use morocco_ecommerce::data::{Unattributed, attribute};
/// let read = attribute("Le CMI a traité 1,5 million d'opérations par cartes bancaires en 2014.", None);
/// assert_eq!(read[0].1, Err(Unattributed::NoScope));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Unattributed {
    /// No period, or more than one that may be the figure's, or one given only as a part of a
    /// year without its year.
    NoPeriod,
    /// "Last year" with no date given and no year named in the article.
    RelativeUnresolved,
    /// No publisher named (CMI, Bank Al-Maghrib, Maroc Telecommerce), or more than one.
    NoPublisher,
    /// No words of scope, words of more than one, or a scope the publisher does not publish.
    NoScope,
    /// No words that say what the figure measures, or words of more than one measure, or a kind
    /// the record does not hold (cards in circulation).
    NoMeasure,
}

impl Unattributed {
    /// The canonical name: `no_period`, `relative_unresolved`, `no_publisher`, `no_scope`,
    /// `no_measure`.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::data::Unattributed;
    /// assert_eq!(Unattributed::NoScope.as_str(), "no_scope");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Unattributed::NoPeriod => "no_period",
            Unattributed::RelativeUnresolved => "relative_unresolved",
            Unattributed::NoPublisher => "no_publisher",
            Unattributed::NoScope => "no_scope",
            Unattributed::NoMeasure => "no_measure",
        }
    }

    /// One sentence that says why.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::data::Unattributed;
    /// assert!(Unattributed::NoPeriod.explanation().contains("period"));
    /// ```
    pub const fn explanation(self) -> &'static str {
        match self {
            Unattributed::NoPeriod => "the words name no one period for it",
            Unattributed::RelativeUnresolved => {
                "its period is relative and neither a date nor a year of the article resolves it"
            }
            Unattributed::NoPublisher => "the article names no one publisher of the figures",
            Unattributed::NoScope => "the words do not say which cards or sites it is about",
            Unattributed::NoMeasure => "the words do not say what it measures",
        }
    }
}

impl fmt::Display for Unattributed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.explanation())
    }
}

/// The record's word on a figure.
///
/// ```
/// use morocco_ecommerce::data::RecordVerdict;
/// assert_eq!(RecordVerdict::NotInRecord.name(), "not_in_record");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RecordVerdict {
    /// The figure's range meets the range of at least one observation under some assumption.
    Agrees,
    /// It meets none under any assumption.
    Conflicts {
        /// The smallest gap to an observation, in units of the figure's last digit (rounded up
        /// to two decimals), under the checker's first assumption.
        margin: Decimal,
    },
    /// The record has no observation of the same period, scope and measure.
    NotInRecord,
}

impl RecordVerdict {
    /// The canonical name: `agrees`, `conflicts`, `not_in_record`.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::data::RecordVerdict;
    /// assert_eq!(RecordVerdict::Agrees.name(), "agrees");
    /// ```
    pub const fn name(&self) -> &'static str {
        match self {
            RecordVerdict::Agrees => "agrees",
            RecordVerdict::Conflicts { .. } => "conflicts",
            RecordVerdict::NotInRecord => "not_in_record",
        }
    }
}

impl fmt::Display for RecordVerdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// One observation a figure was compared with.
///
/// ```
/// use morocco_ecommerce::check::Checker;
/// use morocco_ecommerce::data::{Dataset, Measure, Scope};
/// use morocco_ecommerce::text::extract;
/// let figure = extract("1,2 milliard de dirhams")[0].figure;
/// let c = Dataset::cmi().compare(&figure, "2014".parse()?, Scope::Total, Measure::Value, None, &Checker::new());
/// assert_eq!(c.observations[0].id, "total_value_2014_alm117307");
/// assert!(c.observations[0].agrees);
/// # Ok::<(), morocco_ecommerce::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Compared {
    /// The observation's id.
    pub id: String,
    /// The figure as the source wrote it.
    pub as_written: String,
    /// Where it was published.
    pub source: String,
    /// Whether the two ranges meet under some assumption of the checker.
    pub agrees: bool,
    /// Where they do not, the gap in units of the figure's last digit.
    #[cfg_attr(feature = "serde", serde(with = "crate::num::serde_decimal::option"))]
    pub margin: Option<Decimal>,
}

/// A figure compared with the record: the verdict and the observations behind it.
///
/// ```
/// use morocco_ecommerce::check::Checker;
/// use morocco_ecommerce::data::{Dataset, Measure, RecordVerdict, Scope};
/// use morocco_ecommerce::text::extract;
/// let figure = extract("أكثر من 2,1 مليون عملية")[0].figure;
/// let c = Dataset::cmi().compare(&figure, "2014".parse()?, Scope::Total, Measure::Operations, None, &Checker::new());
/// assert_eq!(c.verdict.name(), "conflicts");
/// assert_eq!(c.verdict, RecordVerdict::Conflicts { margin: "0.85".parse().unwrap() });
/// # Ok::<(), morocco_ecommerce::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct RecordComparison {
    /// The verdict.
    pub verdict: RecordVerdict,
    /// The observations of the same period, scope and measure, each with its own result.
    pub observations: Vec<Compared>,
}

/// A kind of typographic slip.
///
/// ```
/// use morocco_ecommerce::data::Slip;
/// assert_eq!(Slip::DroppedDigit.as_str(), "dropped_digit");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Slip {
    /// A digit of the true figure was left out: "2,1" for "2,01".
    DroppedDigit,
    /// A digit was printed twice: "1,955" for "1,95".
    DoubledDigit,
    /// Two neighbouring digits were swapped: "1,59" for "1,95".
    SwappedDigits,
    /// A decimal or grouping mark stands in the wrong place: "19,5" for "1,95".
    MarkMoved,
    /// A group of three digits was left out or added: "388.000" for "388.000.000".
    ThousandsGroup,
    /// The wrong scale word: "milliard" for "million".
    ScaleWord,
}

impl Slip {
    /// The canonical name: `dropped_digit`, `doubled_digit`, `swapped_digits`, `mark_moved`,
    /// `thousands_group`, `scale_word`.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::data::Slip;
    /// assert_eq!(Slip::ScaleWord.as_str(), "scale_word");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Slip::DroppedDigit => "dropped_digit",
            Slip::DoubledDigit => "doubled_digit",
            Slip::SwappedDigits => "swapped_digits",
            Slip::MarkMoved => "mark_moved",
            Slip::ThousandsGroup => "thousands_group",
            Slip::ScaleWord => "scale_word",
        }
    }
}

impl fmt::Display for Slip {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Slip::DroppedDigit => "a dropped digit",
            Slip::DoubledDigit => "a doubled digit",
            Slip::SwappedDigits => "two neighbouring digits swapped",
            Slip::MarkMoved => "a mark moved",
            Slip::ThousandsGroup => "a thousands group dropped or added",
            Slip::ScaleWord => "a wrong scale word",
        })
    }
}

/// A probable misprint: the figure the printer may have meant, and the slip that would have
/// turned it into the printed one.
///
/// A slip counts only when, with the figure it gives, every check involving the figure agrees:
/// its comparison with the record, with the figure as exact within one unit of its last digit of
/// an observation (a slip that only weakens a bound, "more than 2,1 thousand", explains nothing)
/// and written no finer than that observation, and every claim of the text the figure is in. Several are listed, not chosen among.
///
/// ```
/// use morocco_ecommerce::data::{Dataset, Slip};
/// let record = Dataset::cmi();
/// let checks = record.check_article("وسجل المركز النقدي بين البنوك خلال سنة 2014 ما مجموعه أكثر من 2,1 مليون عملية.", None, &morocco_ecommerce::check::Checker::new());
/// let misprint = &checks[0].misprints[0];
/// assert_eq!((misprint.slip, misprint.written.as_str()), (Slip::DroppedDigit, "2,01 مليون عملية"));
/// assert_eq!(misprint.observations, ["total_operations_2014_alm117307"]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Misprint {
    /// The slip.
    #[cfg_attr(feature = "serde", serde(serialize_with = "slip_name"))]
    pub slip: Slip,
    /// The figure as it would have been written.
    pub written: String,
    /// The figure it stands for.
    pub figure: ReportedFigure,
    /// The observations it would agree with.
    pub observations: Vec<String>,
}

#[cfg(feature = "serde")]
#[allow(clippy::trivially_copy_pass_by_ref)] // the signature `serialize_with` asks for
fn slip_name<S: serde::Serializer>(slip: &Slip, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(slip.as_str())
}

/// One figure of an article checked against the record: what it is about, what the record says,
/// and, for a conflict, the probable misprints.
///
/// With `serde`, a JSON object: `figure` (as `figures --json` writes it), `period` (as [`Period`]
/// writes it), `scope`, `measure`, `verdict` (`agrees`, `conflicts`, `not_in_record`, or
/// `unattributed`, with its `reason`), `margin` for a conflict, `observations` (each `id`,
/// `as_written`, `source`, `agrees`, `margin`), `period_words`, `period_source`, `scope_words`,
/// `compared_with` for a growth, and `misprints`.
///
/// ```
/// # #[cfg(feature = "serde")] {
/// use morocco_ecommerce::check::Checker;
/// use morocco_ecommerce::data::Dataset;
/// let checks = Dataset::cmi().check_article("En 2014, le CMI a enregistré au total 1,2 milliard de dirhams.", None, &Checker::new());
/// let json = serde_json::to_value(&checks[0])?;
/// assert_eq!(json["verdict"], "agrees");
/// assert_eq!(json["period"], "2014");
/// assert_eq!(json["scope"], "total");
/// assert_eq!(json["measure"], "value");
/// assert_eq!(json["figure"]["value"], "1200000000");
/// assert_eq!(json["observations"][0]["id"], "total_value_2014_alm117307");
/// # }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct FigureCheck {
    /// The figure as read.
    pub figure: TextFigure,
    /// What it is about, or why that is not known.
    pub attribution: Result<Attribution, Unattributed>,
    /// What the record says, for an attributed figure.
    pub comparison: Option<RecordComparison>,
    /// For a conflict, the probable misprints.
    pub misprints: Vec<Misprint>,
}

impl FigureCheck {
    /// The verdict's name: `agrees`, `conflicts`, `not_in_record`, or `unattributed`.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::check::Checker;
    /// # use morocco_ecommerce::data::Dataset;
    /// let checks = Dataset::cmi().check_article("1,2 milliard de dirhams", None, &Checker::new());
    /// assert_eq!(checks[0].verdict_name(), "unattributed");
    /// ```
    pub fn verdict_name(&self) -> &'static str {
        self.comparison
            .as_ref()
            .map_or("unattributed", |c| c.verdict.name())
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for FigureCheck {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("figure", &self.figure)?;
        if let Ok(a) = &self.attribution {
            m.serialize_entry("period", &a.period.to_string())?;
            m.serialize_entry("scope", a.scope.as_str())?;
            m.serialize_entry("measure", a.measure.as_str())?;
            if let Some(earlier) = a.compared_with {
                m.serialize_entry("compared_with", &earlier.to_string())?;
            }
        } else {
            m.serialize_entry("period", &None::<String>)?;
            m.serialize_entry("scope", &None::<String>)?;
            m.serialize_entry("measure", &None::<String>)?;
        }
        m.serialize_entry("verdict", self.verdict_name())?;
        if let Some(RecordVerdict::Conflicts { margin }) =
            self.comparison.as_ref().map(|c| c.verdict)
        {
            m.serialize_entry("margin", &margin.normalize().to_string())?;
        }
        let none: &[Compared] = &[];
        let observations = self.comparison.as_ref().map_or(none, |c| &c.observations);
        m.serialize_entry("observations", observations)?;
        match &self.attribution {
            Ok(a) => {
                m.serialize_entry("period_words", &a.period_words)?;
                m.serialize_entry("period_source", a.period_source.as_str())?;
                m.serialize_entry("scope_words", &a.scope_words)?;
            }
            Err(reason) => {
                m.serialize_entry("reason", reason.as_str())?;
            }
        }
        m.serialize_entry("misprints", &self.misprints)?;
        m.end()
    }
}

/// One observation of an article's dataset checked against the record.
///
/// ```
/// use morocco_ecommerce::check::Checker;
/// use morocco_ecommerce::data::Dataset;
/// let checks = Dataset::cmi().compare_observations(&Dataset::seed_article(), &Checker::new());
/// let ops = checks.iter().find(|c| c.id == "all_operations_2014").unwrap();
/// assert_eq!(ops.comparison.verdict.name(), "conflicts");
/// assert_eq!(ops.misprints[0].written, "أكثر من 2,01 مليون عملية");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ObservationCheck {
    /// The article's observation.
    pub id: String,
    /// What the record says.
    pub comparison: RecordComparison,
    /// For a conflict, the probable misprints (of the observation's words as written).
    pub misprints: Vec<Misprint>,
}

impl Dataset {
    /// Compares `figure`, taken to be of `period`, `scope` and `measure` (and, for a growth
    /// rate, measured from `compared_with`, by default the same period a year earlier), with
    /// this record's observations of the same, range with range under each of the checker's
    /// assumptions. A partial year is never compared with a full year: periods match exactly.
    ///
    /// ```
    /// use morocco_ecommerce::check::Checker;
    /// use morocco_ecommerce::data::{Dataset, Measure, Scope};
    /// use morocco_ecommerce::text::extract;
    /// let figure = extract("1,95 million d'opérations")[0].figure;
    /// let c = Dataset::cmi().compare(&figure, "2014".parse()?, Scope::MoroccanCards, Measure::Operations, None, &Checker::new());
    /// // Two sources: the figure agrees with one of them.
    /// assert_eq!(c.verdict.name(), "agrees");
    /// assert_eq!(c.observations.len(), 2);
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    #[must_use]
    pub fn compare(
        &self,
        figure: &ReportedFigure,
        period: Period,
        scope: Scope,
        measure: Measure,
        compared_with: Option<Period>,
        checker: &Checker,
    ) -> RecordComparison {
        let rate = matches!(
            measure,
            Measure::OperationsGrowth | Measure::ValueGrowth | Measure::OperationsCagr
        );
        let earlier = compared_with.or_else(|| period.same_period_previous_year().ok());
        let mut observations = Vec::new();
        for o in self.observations() {
            if (o.period, o.scope, o.measure) != (period, scope, measure) {
                continue;
            }
            if rate && o.compared_with.is_some() && o.compared_with != earlier {
                continue;
            }
            observations.push(compared(figure, o, checker));
        }
        let verdict = if observations.is_empty() {
            RecordVerdict::NotInRecord
        } else if observations.iter().any(|c| c.agrees) {
            RecordVerdict::Agrees
        } else {
            RecordVerdict::Conflicts {
                margin: observations
                    .iter()
                    .filter_map(|c| c.margin)
                    .min()
                    .unwrap_or(Decimal::MAX),
            }
        };
        RecordComparison {
            verdict,
            observations,
        }
    }

    /// Checks each observation of `article` (such as [`Dataset::seed_article`]) against this
    /// record's observations of the same period, scope and measure; for a conflict, lists the
    /// single slips of the observation's words as written under which the record agrees and no
    /// check of the article's own audit involving the observation is an alarm.
    ///
    /// ```
    /// use morocco_ecommerce::check::Checker;
    /// use morocco_ecommerce::data::Dataset;
    /// let checks = Dataset::cmi().compare_observations(&Dataset::seed_article(), &Checker::new());
    /// let value = checks.iter().find(|c| c.id == "all_turnover_2014").unwrap();
    /// assert_eq!(value.comparison.verdict.name(), "agrees");
    /// ```
    #[must_use]
    pub fn compare_observations(
        &self,
        article: &Dataset,
        checker: &Checker,
    ) -> Vec<ObservationCheck> {
        article
            .observations()
            .iter()
            .map(|o| {
                let comparison = self.compare(
                    &o.figure,
                    o.period,
                    o.scope,
                    o.measure,
                    o.compared_with,
                    checker,
                );
                let misprints = if matches!(comparison.verdict, RecordVerdict::Conflicts { .. }) {
                    self.observation_misprints(article, o, checker)
                } else {
                    Vec::new()
                };
                ObservationCheck {
                    id: o.id.clone(),
                    comparison,
                    misprints,
                }
            })
            .collect()
    }

    fn observation_misprints(
        &self,
        article: &Dataset,
        o: &Observation,
        checker: &Checker,
    ) -> Vec<Misprint> {
        let written = extract(&o.as_written);
        let [read] = written.as_slice() else {
            return Vec::new();
        };
        if read.figure != o.figure {
            return Vec::new();
        }
        let mut out = Vec::new();
        for (slip, text) in slips(&o.as_written, read.start, read.end) {
            let Some(figure) = reread(&text, read.start, read.figure) else {
                continue;
            };
            let agreeing = self.explained_by(
                &figure,
                o.period,
                o.scope,
                o.measure,
                o.compared_with,
                checker,
            );
            if agreeing.is_empty() {
                continue;
            }
            let replaced: Vec<Observation> = article
                .observations()
                .iter()
                .map(|x| {
                    let mut x = x.clone();
                    if x.id == o.id {
                        x.figure = figure;
                    }
                    x
                })
                .collect();
            let Ok(replaced) = Dataset::from_observations(replaced) else {
                continue;
            };
            let audit = replaced.audit(checker);
            let alarm = audit.checks.findings.iter().any(|c| {
                (c.claim == o.id || c.inputs.contains(&o.id)) && c.finding.verdict.is_alarm()
            });
            if !alarm {
                out.push(Misprint {
                    slip,
                    written: text,
                    figure,
                    observations: agreeing,
                });
            }
        }
        out
    }

    /// The ids of the observations `figure` agrees with and, read as exact, is within one unit of
    /// its last digit of.
    fn explained_by(
        &self,
        figure: &ReportedFigure,
        period: Period,
        scope: Scope,
        measure: Measure,
        compared_with: Option<Period>,
        checker: &Checker,
    ) -> Vec<String> {
        let c = self.compare(figure, period, scope, measure, compared_with, checker);
        let assumption = first_assumption(checker);
        let exact = figure.with_qualifier(crate::model::Qualifier::Exact);
        c.observations
            .into_iter()
            .filter(|m| m.agrees)
            .filter(|m| {
                let Some(o) = self.get(&m.id) else {
                    return false;
                };
                // Not finer than the source printed it: "2,606 million" explains no "2,6
                // millions" better than "2,66" does.
                if figure.precision() < o.figure.precision() {
                    return false;
                }
                match (exact.range(assumption), o.figure.range(assumption)) {
                    (Ok(a), Ok(b)) => a.gap_to(&b).is_none_or(|g| g <= figure.precision()),
                    _ => false,
                }
            })
            .map(|m| m.id)
            .collect()
    }

    /// Checks the figures of an article against this record: each figure is attributed (see
    /// [`attribute`]; `date` is the article's, for "last year"), each attributed one compared
    /// ([`Dataset::compare`]), and for each conflict the single typographic slips of the printed
    /// figure under which its comparison agrees and every claim of the text it is in is no
    /// alarm (see [`Misprint`]).
    ///
    /// # Example
    ///
    /// ```
    /// use morocco_ecommerce::check::Checker;
    /// use morocco_ecommerce::data::Dataset;
    /// let text = "وسجل المركز النقدي بين البنوك خلال السنة الماضية ما مجموعه أكثر من 2,1 مليون عملية، بقيمة إجمالية بلغت 1,2 مليار درهم.";
    /// let checks = Dataset::cmi().check_article(text, Some("2015-02-10".parse()?), &Checker::new());
    /// let verdicts: Vec<&str> = checks.iter().map(|c| c.verdict_name()).collect();
    /// assert_eq!(verdicts, ["conflicts", "agrees"]);
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    #[must_use]
    pub fn check_article(
        &self,
        text: &str,
        date: Option<Date>,
        checker: &Checker,
    ) -> Vec<FigureCheck> {
        self.check_linked(text, &link_text(text), date, checker)
    }

    /// [`Dataset::check_article`] for a text already read and linked ([`link_text`]), so that a
    /// caller that shows the claims too reads the text once.
    ///
    /// ```
    /// use morocco_ecommerce::check::Checker;
    /// use morocco_ecommerce::data::Dataset;
    /// use morocco_ecommerce::text::link_text;
    /// let text = "En 2014, le CMI a enregistré au total 1,2 milliard de dirhams.";
    /// let linked = link_text(text);
    /// let record = Dataset::cmi();
    /// assert_eq!(
    ///     record.check_linked(text, &linked, None, &Checker::new()),
    ///     record.check_article(text, None, &Checker::new())
    /// );
    /// ```
    #[must_use]
    pub fn check_linked(
        &self,
        text: &str,
        linked: &LinkedText,
        date: Option<Date>,
        checker: &Checker,
    ) -> Vec<FigureCheck> {
        let reading = Reading::new(text, linked.figures.clone(), linked.claims.clone(), date);
        let mut out = Vec::with_capacity(reading.figures.len());
        for (i, figure) in reading.figures.iter().enumerate() {
            let attribution = reading.attribute(i);
            let comparison = attribution.as_ref().ok().map(|a| {
                self.compare(
                    &a.figure,
                    a.period,
                    a.scope,
                    a.measure,
                    a.compared_with,
                    checker,
                )
            });
            let misprints = match (&attribution, &comparison) {
                (Ok(a), Some(c)) if matches!(c.verdict, RecordVerdict::Conflicts { .. }) => {
                    self.text_misprints(&reading, figure, a, checker)
                }
                _ => Vec::new(),
            };
            out.push(FigureCheck {
                figure: figure.clone(),
                attribution,
                comparison,
                misprints,
            });
        }
        out
    }

    fn text_misprints(
        &self,
        reading: &Reading<'_>,
        figure: &TextFigure,
        a: &Attribution,
        checker: &Checker,
    ) -> Vec<Misprint> {
        let text = reading.text;
        // The figure's sentence (at most a few hundred bytes on either side) is read again,
        // not the whole text: the cost of a slip is bounded.
        let (p_start, p_end) = reading.sentence_of(figure.start);
        let (p_start, p_end) = (p_start.min(figure.start), p_end.max(figure.end));
        let Some(paragraph) = text.get(p_start..p_end) else {
            return Vec::new();
        };
        let (Some(local_start), Some(local_end)) = (
            figure.start.checked_sub(p_start),
            figure.end.checked_sub(p_start),
        ) else {
            return Vec::new();
        };
        let negated = a.figure.value() != figure.value();
        let claims: Vec<&TextClaim> = reading
            .claims
            .iter()
            .filter(|c| {
                c.kind
                    .figures()
                    .iter()
                    .any(|(_, f)| (f.start, f.end) == (figure.start, figure.end))
            })
            .collect();
        let mut out = Vec::new();
        for (slip, slipped) in slips(paragraph, local_start, local_end) {
            let Some(new) = reread(&slipped, local_start, figure.figure) else {
                continue;
            };
            let as_record = if negated { new.negated() } else { new };
            let agreeing = self.explained_by(
                &as_record,
                a.period,
                a.scope,
                a.measure,
                a.compared_with,
                checker,
            );
            if agreeing.is_empty() {
                continue;
            }
            let claims_hold = claims.iter().all(|c| {
                let kind: ClaimKind = c.kind.clone().map(|_, f| {
                    if (f.start, f.end) == (figure.start, figure.end) {
                        if f.figure.value() == figure.value() {
                            new
                        } else {
                            new.negated()
                        }
                    } else {
                        f.figure
                    }
                });
                checker
                    .check(&Claim::new(c.id.clone(), kind))
                    .is_ok_and(|finding| !finding.verdict.is_alarm())
            });
            if !claims_hold {
                continue;
            }
            let written = slipped_figure(&slipped, paragraph, local_start, local_end);
            out.push(Misprint {
                slip,
                written,
                figure: new,
                observations: agreeing,
            });
        }
        out
    }
}

/// What each figure of `text` is about, from its words, in the order of the text: its period
/// (from its sentence, then its paragraph; "l'année dernière", "السنة الماضية", "last year"
/// resolved against `date` when given, else against the latest year the text names), its scope
/// (all cards, Moroccan cards, foreign cards, Moroccan cards abroad; under the CMI, Bank
/// Al-Maghrib or Maroc Telecommerce as the text names them) and its measure, or why the words
/// do not say.
///
/// Precision before recall: where the words leave a doubt, the figure is left unattributed,
/// never compared. A period is a figure's when it is the first named after it in its clause
/// with no figure between, or else the nearest named before it in its sentence with no word of
/// comparison ("contre", "بعد أن كانت", "compared with") between; a sentence that names none
/// takes its paragraph's, if the paragraph names one only. "Cartes bancaires" and "البطاقات
/// البنكية" do not say which cards; a total needs words of a total ("au total", "ما مجموعه",
/// "إجمالي", "in total"), or a paragraph that names the publisher and no cards at all.
///
/// ```
/// use morocco_ecommerce::data::{Measure, Scope, Unattributed, attribute};
/// let text = "Selon le CMI, les cartes marocaines ont réalisé 1,95 million d'opérations en 2014, contre 1,67 million en 2013. Les cartes bancaires ont réalisé 2 millions d'opérations.";
/// let read = attribute(text, None);
/// let periods: Vec<String> = read.iter().map(|(_, a)| a.as_ref().map_or("-".to_owned(), |a| a.period.to_string())).collect();
/// assert_eq!(periods, ["2014", "2013", "-"]);
/// assert_eq!(read[2].1, Err(Unattributed::NoPeriod));
/// ```
#[must_use]
pub fn attribute(
    text: &str,
    date: Option<Date>,
) -> Vec<(TextFigure, Result<Attribution, Unattributed>)> {
    let linked = link_text(text);
    let reading = Reading::new(text, linked.figures, linked.claims, date);
    (0..reading.figures.len())
        .filter_map(|i| {
            let figure = reading.figures.get(i)?.clone();
            Some((figure, reading.attribute(i)))
        })
        .collect()
}

/// The first assumption of a checker (a checker always has one).
fn first_assumption(checker: &Checker) -> Assumption {
    checker.assumptions().first().copied().unwrap_or_default()
}

/// The values a figure of `measure` can take.
fn domain(kind: FigureKind, measure: Measure) -> Option<Interval> {
    let zero = Some(Bound::closed(Decimal::ZERO));
    let hundred = Some(Bound::closed(Decimal::ONE_HUNDRED));
    let rate = matches!(
        measure,
        Measure::OperationsGrowth | Measure::ValueGrowth | Measure::OperationsCagr
    );
    match kind {
        FigureKind::Percent if rate => {
            Interval::new(Some(Bound::closed(-Decimal::ONE_HUNDRED)), None).ok()
        }
        FigureKind::Percent => Interval::new(zero, hundred).ok(),
        _ => Interval::new(zero, None).ok(),
    }
}

fn compared(figure: &ReportedFigure, o: &Observation, checker: &Checker) -> Compared {
    let domain = domain(o.figure.kind(), o.measure);
    let mut agrees = false;
    let mut margin = None;
    for (i, &assumption) in checker.assumptions().iter().enumerate() {
        let (Ok(a), Ok(b)) = (figure.range(assumption), o.figure.range(assumption)) else {
            continue;
        };
        let (a, b) = match &domain {
            Some(d) => (a.intersect(d), b.intersect(d)),
            None => (a, b),
        };
        if a.overlaps(&b) {
            agrees = true;
        } else if i == 0 || margin.is_none() {
            let gap = a.gap_to(&b).unwrap_or_default();
            margin = Some(round_to(
                gap.checked_div(figure.precision()).unwrap_or(Decimal::MAX),
                2,
                Rounding::Ceiling,
            ));
        }
    }
    Compared {
        id: o.id.clone(),
        as_written: o.as_written.clone(),
        source: o.source_url.clone(),
        agrees,
        margin: if agrees { None } else { margin },
    }
}

// ---------------------------------------------------------------------------------------------
// Slips

/// Marks that may stand between the digits of a number.
fn is_mark(c: char) -> bool {
    matches!(
        c,
        ',' | '.' | '٫' | '،' | '٬' | '\'' | '’' | '·' | ' ' | '\u{A0}' | '\u{202F}'
    )
}

fn is_digit(c: char) -> bool {
    crate::text::digit(c).is_some()
}

/// Scale words that may stand for one another, by language.
const SCALES: &[&[&str]] = &[
    &["ألف", "مليون", "مليار"],
    &["mille", "millions", "milliards"],
    &["million", "milliard"],
    &["thousand", "million", "billion"],
    &["MDH", "MMDH"],
];

/// Every text of `text` with one slip in the figure at `start..end`: the slip and the new text.
fn slips(text: &str, start: usize, end: usize) -> Vec<(Slip, String)> {
    let Some(written) = text.get(start..end) else {
        return Vec::new();
    };
    // The number: from the first digit, through digits and the marks between digits.
    let chars: Vec<(usize, char)> = written.char_indices().collect();
    let Some(first) = chars.iter().position(|&(_, c)| is_digit(c)) else {
        return Vec::new();
    };
    let mut last = first;
    let mut k = first;
    while let Some(&(_, c)) = chars.get(k) {
        if is_digit(c) {
            last = k;
        } else if !(is_mark(c) && chars.get(k + 1).is_some_and(|&(_, n)| is_digit(n))) {
            break;
        }
        k += 1;
    }
    let number: Vec<char> = chars
        .get(first..=last)
        .unwrap_or_default()
        .iter()
        .map(|&(_, c)| c)
        .collect();
    let (Some(&(n_start, _)), Some(&(l_at, l_char))) = (chars.get(first), chars.get(last)) else {
        return Vec::new();
    };
    let n_end = l_at + l_char.len_utf8();
    let head = format!(
        "{}{}",
        text.get(..start).unwrap_or_default(),
        written.get(..n_start).unwrap_or_default()
    );
    let tail_of_figure = written.get(n_end..).unwrap_or_default();
    let after = text.get(end..).unwrap_or_default();
    let with = |n: &[char], unit: &str| -> String {
        let n: String = n.iter().collect();
        format!("{head}{n}{unit}{after}")
    };
    // Digits are written in the number's own script.
    let zero = number.iter().find(|c| is_digit(**c)).map_or('0', |c| {
        let d = crate::text::digit(*c).unwrap_or_default();
        char::from_u32(u32::from(*c) - u32::from(d)).unwrap_or('0')
    });
    let leading_zero = |n: &[char]| {
        n.first().is_some_and(|&c| crate::text::digit(c) == Some(0))
            && n.get(1).is_some_and(|&c| is_digit(c))
    };
    let mut out: Vec<(Slip, String)> = Vec::new();
    let push = |slip: Slip, n: Vec<char>, unit: &str, out: &mut Vec<(Slip, String)>| {
        if n != number && !leading_zero(&n) {
            let t = with(&n, unit);
            if !out.iter().any(|(_, x)| *x == t) {
                out.push((slip, t));
            }
        }
    };
    // A dropped digit: the true number has one more.
    for at in 0..=number.len() {
        for d in 0..10u32 {
            let Some(c) = char::from_u32(u32::from(zero) + d) else {
                continue;
            };
            let mut n = number.clone();
            n.insert(at, c);
            push(Slip::DroppedDigit, n, tail_of_figure, &mut out);
        }
    }
    for at in 0..number.len().saturating_sub(1) {
        let (Some(&a), Some(&b)) = (number.get(at), number.get(at + 1)) else {
            continue;
        };
        if !(is_digit(a) && is_digit(b)) {
            continue;
        }
        // A doubled digit: the true number has it once.
        if a == b {
            let mut n = number.clone();
            n.remove(at);
            push(Slip::DoubledDigit, n, tail_of_figure, &mut out);
        } else {
            let mut n = number.clone();
            n.swap(at, at + 1);
            push(Slip::SwappedDigits, n, tail_of_figure, &mut out);
        }
    }
    // A mark moved: each mark, put between two other digits.
    for (at, &m) in number.iter().enumerate() {
        if is_digit(m) {
            continue;
        }
        let mut bare = number.clone();
        bare.remove(at);
        for to in 1..bare.len() {
            if to == at {
                continue;
            }
            let (Some(&a), Some(&b)) = (bare.get(to - 1), bare.get(to)) else {
                continue;
            };
            if is_digit(a) && is_digit(b) {
                let mut n = bare.clone();
                n.insert(to, m);
                push(Slip::MarkMoved, n, tail_of_figure, &mut out);
            }
        }
    }
    // A thousands group dropped or added: a mark followed by three digits and then the end of
    // the number or the same mark.
    for (at, &m) in number.iter().enumerate() {
        if is_digit(m) {
            continue;
        }
        let group = number
            .get(at + 1..at + 4)
            .is_some_and(|g| g.iter().all(|c| is_digit(*c)));
        let closed = number.get(at + 4).is_none_or(|&c| c == m);
        if !(group && closed) {
            continue;
        }
        let mut n = number.clone();
        n.drain(at..at + 4);
        push(Slip::ThousandsGroup, n, tail_of_figure, &mut out);
        let mut n = number.clone();
        let zeros = [m, zero, zero, zero];
        for (j, c) in zeros.into_iter().enumerate() {
            n.insert(number.len() + j, c);
        }
        push(Slip::ThousandsGroup, n, tail_of_figure, &mut out);
    }
    // A wrong scale word: the first scale word after the number, as another of its language.
    let mut best: Option<(usize, &str, &[&str])> = None;
    for group in SCALES {
        for word in *group {
            let folded = word.to_lowercase();
            if let Some(at) = find_phrase(tail_of_figure, &folded)
                && best.is_none_or(|(b, w, _)| at < b || (at == b && word.len() > w.len()))
            {
                best = Some((at, word, group));
            }
        }
    }
    if let Some((at, word, group)) = best {
        let len = tail_of_figure
            .get(at..)
            .and_then(|r| r.char_indices().nth(word.chars().count()).map(|(i, _)| i))
            .unwrap_or(tail_of_figure.len().saturating_sub(at));
        for other in group.iter().filter(|w| *w != &word) {
            let unit = format!(
                "{}{}{}",
                tail_of_figure.get(..at).unwrap_or_default(),
                other,
                tail_of_figure.get(at + len..).unwrap_or_default()
            );
            let t = with(&number, &unit);
            if !out.iter().any(|(_, x)| *x == t) {
                out.push((Slip::ScaleWord, t));
            }
        }
    }
    out
}

/// The probable misprints behind an alarm raised on a claim of a text: for each figure of the
/// claim, the single typographic slips of the printed figure (as [`Slip`] lists them) under which
/// the claim is consistent (perhaps only thanks to rounding), on a computed range bounded on both
/// sides, with the role of the figure. A claim whose computed range is open (a "more than" input) gets none: any larger
/// rate would do, and a slip would explain nothing. Empty for a claim that raises no alarm:
/// a slip is never suggested for figures that already agree. Several are listed, not chosen
/// among; only the claim itself is checked again (its figures' comparison with the record is
/// [`Dataset::check_article`]'s business).
///
/// ```
/// use morocco_ecommerce::check::Checker;
/// use morocco_ecommerce::data::{Slip, claim_misprints};
/// use morocco_ecommerce::text::link;
/// let text = "Les opérations sont passées de 1,67 million à 1,95 million, soit une hausse de 61 %.";
/// let claim = &link(text)[0];
/// let found = claim_misprints(text, claim, &Checker::new());
/// let swapped: Vec<(&str, &str)> = found
///     .iter()
///     .filter(|(_, m)| m.slip == Slip::SwappedDigits)
///     .map(|(role, m)| (*role, m.written.as_str()))
///     .collect();
/// assert_eq!(swapped, [("stated", "16 %")]);
/// ```
#[must_use]
pub fn claim_misprints(
    text: &str,
    claim: &TextClaim,
    checker: &Checker,
) -> Vec<(&'static str, Misprint)> {
    let alarm = |kind: ClaimKind| {
        checker
            .check(&Claim::new(claim.id.clone(), kind))
            .is_ok_and(|finding| finding.verdict.is_alarm())
    };
    if !alarm(claim.kind.as_ref().map(|_, f| f.figure)) {
        return Vec::new();
    }
    let (s_start, s_end) = claim.sentence;
    let Some(sentence) = text.get(s_start..s_end) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (role, figure) in claim.kind.figures() {
        let (Some(local_start), Some(local_end)) = (
            figure.start.checked_sub(s_start),
            figure.end.checked_sub(s_start),
        ) else {
            continue;
        };
        if figure.end > s_end {
            continue;
        }
        // The linker may have given a rate the sign of a fall: the slip keeps it.
        let printed = extract(sentence)
            .into_iter()
            .find(|f| f.start == local_start)
            .map(|f| f.figure);
        let Some(printed) = printed else { continue };
        let negated = printed.value() != figure.value();
        for (slip, slipped) in slips(sentence, local_start, local_end) {
            let Some(new) = reread(&slipped, local_start, printed) else {
                continue;
            };
            let new = if negated { new.negated() } else { new };
            let kind = claim
                .kind
                .as_ref()
                .map(|r, f| if r.name == role.name { new } else { f.figure });
            // The slip must explain the figures, not merely stop the alarm: with it the claim is
            // consistent (perhaps only with rounding), on a computed range bounded on both sides (a range open above,
            // as "more than" gives, would take any larger rate and explain nothing).
            let explains = checker
                .check(&Claim::new(claim.id.clone(), kind))
                .is_ok_and(|f| {
                    matches!(
                        f.verdict.name(),
                        "consistent" | "consistent_only_with_rounding"
                    ) && f.sharpness.is_some()
                });
            if !explains {
                continue;
            }
            let written = slipped_figure(&slipped, sentence, local_start, local_end);
            out.push((
                role.name,
                Misprint {
                    slip,
                    written,
                    figure: new,
                    observations: Vec::new(),
                },
            ));
        }
    }
    out
}

/// The figure at `start..end` of `original` as `slipped` (the same text with one slip in that
/// figure, which may have made it longer or shorter) writes it.
fn slipped_figure(slipped: &str, original: &str, start: usize, end: usize) -> String {
    let end = end
        .saturating_add(slipped.len())
        .saturating_sub(original.len());
    slipped.get(start..end).unwrap_or_default().to_owned()
}

/// The figure at `start` of `text` once read again, if it is of the same kind and hedge as
/// `was` and of another value.
fn reread(text: &str, start: usize, was: ReportedFigure) -> Option<ReportedFigure> {
    let found = extract(text);
    let f = found.iter().find(|f| f.start == start)?;
    let same = f.kind() == was.kind() && f.qualifier() == was.qualifier();
    (same && f.value() != was.value()).then_some(f.figure)
}

// ---------------------------------------------------------------------------------------------
// Attribution

/// Words of a total.
const TOTAL_WORDS: &[&str] = &[
    "au total",
    "toutes cartes confondues",
    "cartes marocaines et étrangères",
    "marocaines et étrangères",
    "in total",
    "overall",
    "all cards",
    "moroccan and foreign cards",
    "ما مجموعه",
    "مجموع",
    "إجمالي",
    "الإجمالي",
    "إجمالية",
    "الإجمالية",
    "جميع البطاقات",
    "المغربية والأجنبية",
];

/// Words of foreign cards.
const FOREIGN_WORDS: &[&str] = &[
    "cartes étrangères",
    "cartes bancaires étrangères",
    "foreign cards",
    "foreign-issued cards",
    "foreign bank cards",
    "البطاقات الأجنبية",
    "البطائق الأجنبية",
    "البطاقات البنكية الأجنبية",
    "البطائق البنكية الأجنبية",
];

/// Words of Moroccan cards.
const MOROCCAN_WORDS: &[&str] = &[
    "cartes marocaines",
    "cartes bancaires marocaines",
    "moroccan cards",
    "moroccan-issued cards",
    "moroccan bank cards",
    "البطاقات المغربية",
    "البطائق المغربية",
    "البطاقات البنكية المغربية",
    "البطائق البنكية المغربية",
];

/// Words of foreign sites, where Moroccan cards pay abroad.
const ABROAD_WORDS: &[&str] = &[
    "sites étrangers",
    "sites marchands étrangers",
    "sites internationaux",
    "foreign sites",
    "foreign websites",
    "foreign merchant sites",
    "المواقع الأجنبية",
    "مواقع أجنبية",
    "المواقع الإلكترونية الأجنبية",
    "مواقع إلكترونية أجنبية",
];

/// Words of cards or of their origin: a paragraph with any has no implicit total.
const CARD_WORDS: &[&str] = &[
    "carte",
    "cartes",
    "card",
    "cards",
    "بطاقة",
    "بطاقات",
    "البطاقات",
    "بطائق",
    "البطائق",
    "étrangères",
    "étrangers",
    "foreign",
    "marocaines",
    "moroccan",
    "الأجنبية",
    "المغربية",
];

/// Publishers and their names.
const PUBLISHERS: &[(Publisher, &[&str])] = &[
    (
        Publisher::Cmi,
        &[
            "cmi",
            "centre monétique interbancaire",
            "المركز النقدي بين البنوك",
            "مركز النقدي بين البنوك",
        ],
    ),
    (
        Publisher::BankAlMaghrib,
        &["bank al-maghrib", "bank al maghrib", "bam", "بنك المغرب"],
    ),
    (
        Publisher::MarocTelecommerce,
        &[
            "maroc telecommerce",
            "maroc télécommerce",
            "ماروك تيليكوميرس",
        ],
    ),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Publisher {
    Cmi,
    BankAlMaghrib,
    MarocTelecommerce,
}

/// Words that put the figure after them in the past, or set it against another.
const COMPARISON_WORDS: &[&str] = &[
    "contre",
    "comparé à",
    "par rapport à",
    "après",
    "au lieu de",
    "un an plus tôt",
    "un an auparavant",
    "l'année précédente",
    "était",
    "étaient",
    "against",
    "compared with",
    "compared to",
    "a year earlier",
    "the previous year",
    "versus",
    "مقابل",
    "مقارنة",
    "بعد أن",
    "بعدما",
    "كانت",
    "كان",
    "السنة السابقة",
    "العام السابق",
];

const GROWTH_WORDS: &[&str] = &[
    "hausse",
    "progression",
    "augmentation",
    "croissance",
    "progressé",
    "augmenté",
    "bond",
    "ارتفاع",
    "ارتفاعا",
    "زيادة",
    "نمو",
    "ارتفع",
    "ارتفعت",
    "up",
    "rise",
    "rose",
    "increase",
    "growth",
    "grew",
];

const FALL_WORDS: &[&str] = &[
    "baisse",
    "recul",
    "repli",
    "diminution",
    "reculé",
    "انخفاض",
    "تراجع",
    "تراجعت",
    "down",
    "fall",
    "fell",
    "decline",
    "drop",
];

const SHARE_WORDS: &[&str] = &[
    "représentent",
    "représente",
    "part",
    "حصة",
    "يمثل",
    "تمثل",
    "share",
    "account for",
    "accounted for",
    "of the total",
];

/// Words of a yearly average over several years: not a growth of one year.
const AVERAGE_RATE_WORDS: &[&str] = &[
    "annuelle moyenne",
    "moyenne annuelle",
    "par an",
    "annual average",
    "average annual",
    "a year on average",
    "سنويا",
    "المتوسط السنوي",
];

const OPERATIONS_WORDS: &[&str] = &[
    "en nombre",
    "nombre",
    "opérations",
    "transactions",
    "عدد",
    "عمليات",
    "العمليات",
    "number of",
    "operations",
];

const VALUE_WORDS: &[&str] = &[
    "en valeur",
    "en montant",
    "montant",
    "valeur",
    "chiffre d'affaires",
    "قيمة",
    "رقم المعاملات",
    "value",
    "turnover",
    "amount",
];

const ACTIVITY_WORDS: &[&str] = &["activité", "l'activité", "النشاط", "activity"];

const TICKET_WORDS: &[&str] = &[
    "panier moyen",
    "ticket moyen",
    "montant moyen",
    "en moyenne",
    "average",
    "متوسط",
    "معدل",
];

/// The first of `words` in `hay` as whole words: where, and the word.
fn first_of(hay: &str, words: &[&str]) -> Option<(usize, String)> {
    words
        .iter()
        .filter_map(|w| find_phrase(hay, w).map(|at| (at, (*w).to_owned())))
        .min_by_key(|(at, w)| (*at, usize::MAX - w.len()))
}

fn has(hay: &str, words: &[&str]) -> bool {
    words.iter().any(|w| find_phrase(hay, w).is_some())
}

/// A text read once for attribution: its figures, claims, paragraphs, sentences and periods.
struct Reading<'t> {
    text: &'t str,
    figures: Vec<TextFigure>,
    claims: Vec<TextClaim>,
    paragraphs: Vec<(usize, usize)>,
    sentences: Vec<(usize, usize)>,
    periods: Vec<NamedPeriod>,
    date: Option<Date>,
    latest_year: Option<Year>,
    publishers: Vec<Publisher>,
    /// The claim roles of each figure, by its span: the role and the claim's index.
    roles: HashMap<(usize, usize), Vec<(&'static str, usize)>>,
}

impl<'t> Reading<'t> {
    /// The reading of `text`, whose figures and claims are `figures` and `claims` (as
    /// [`link_text`] gives them: the text is not read again here).
    fn new(
        text: &'t str,
        figures: Vec<TextFigure>,
        claims: Vec<TextClaim>,
        date: Option<Date>,
    ) -> Reading<'t> {
        let paragraphs = paragraphs(text);
        let sentences = paragraphs
            .iter()
            .flat_map(|&(s, e)| sentences(text, s, e))
            .collect();
        let periods = named_periods(text, 0, text.len());
        let latest_year = periods
            .iter()
            .filter_map(|p| p.period.map(Period::year))
            .max();
        let publishers = publishers_in(text);
        let mut roles: HashMap<(usize, usize), Vec<(&'static str, usize)>> = HashMap::new();
        for (i, c) in claims.iter().enumerate() {
            for (role, g) in c.kind.figures() {
                roles
                    .entry((g.start, g.end))
                    .or_default()
                    .push((role.name, i));
            }
        }
        Reading {
            text,
            figures,
            claims,
            paragraphs,
            sentences,
            periods,
            date,
            latest_year,
            publishers,
            roles,
        }
    }

    /// The span of `spans` (sorted, not overlapping) that holds `at`.
    fn span_of(spans: &[(usize, usize)], at: usize) -> Option<(usize, usize)> {
        let i = spans.partition_point(|&(s, _)| s <= at);
        spans
            .get(i.checked_sub(1)?)
            .copied()
            .filter(|&(s, e)| s <= at && at < e)
    }

    fn paragraph_of(&self, at: usize) -> (usize, usize) {
        Self::span_of(&self.paragraphs, at).unwrap_or((0, self.text.len()))
    }

    /// The named periods that start within `from..to` and end by `to`.
    fn periods_within(&self, from: usize, to: usize) -> impl Iterator<Item = &NamedPeriod> {
        let lo = self.periods.partition_point(|p| p.start < from);
        let hi = self.periods.partition_point(|p| p.start < to);
        self.periods
            .get(lo..hi.max(lo))
            .unwrap_or_default()
            .iter()
            .filter(move |p| p.end <= to)
    }

    fn sentence_of(&self, at: usize) -> (usize, usize) {
        let (s, e) = Self::span_of(&self.sentences, at).unwrap_or_else(|| self.paragraph_of(at));
        let mut from = s.max(at.saturating_sub(SENTENCE_REACH));
        while from < at && !self.text.is_char_boundary(from) {
            from += 1;
        }
        let mut to = e
            .min(at.saturating_add(SENTENCE_REACH))
            .min(self.text.len());
        while to > at && !self.text.is_char_boundary(to) {
            to -= 1;
        }
        (from, to)
    }

    fn slice(&self, from: usize, to: usize) -> &'t str {
        let mut from = from.min(self.text.len());
        while !self.text.is_char_boundary(from) {
            from += 1;
        }
        let mut to = to.min(self.text.len()).max(from);
        while !self.text.is_char_boundary(to) {
            to -= 1;
        }
        self.text.get(from..to.max(from)).unwrap_or_default()
    }

    /// The clause of the figure `f`: its sentence cut at commas, semicolons and words that set
    /// one clause against another.
    fn clause_of(&self, f: &TextFigure) -> (usize, usize) {
        let (s, e) = self.sentence_of(f.start);
        let lead = f.context_start.unwrap_or(f.start).min(f.start);
        let before = self.slice(s, lead);
        let after = self.slice(f.end, e);
        let mut start = s;
        for (i, c) in before.char_indices() {
            let next = before
                .get(i + c.len_utf8()..)
                .and_then(|r| r.chars().next());
            let cut = match c {
                ',' | '،' => next.is_none_or(|n| !is_digit(n)),
                ';' | '؛' | ':' => true,
                _ => false,
            };
            if cut {
                start = s + i + c.len_utf8();
            }
        }
        for w in [
            "tandis que",
            "alors que",
            "while",
            "whereas",
            "بينما",
            "في حين",
        ] {
            if let Some(at) = find_phrase(before, w) {
                start = start.max(s + at + w.len());
            }
        }
        let mut end = e;
        for (i, c) in after.char_indices() {
            let next = after.get(i + c.len_utf8()..).and_then(|r| r.chars().next());
            let cut = match c {
                ',' | '،' => next.is_none_or(|n| !is_digit(n)),
                ';' | '؛' | ':' => true,
                _ => false,
            };
            if cut {
                end = f.end + i;
                break;
            }
        }
        for w in [
            "tandis que",
            "alors que",
            "while",
            "whereas",
            "بينما",
            "في حين",
        ] {
            if let Some(at) = find_phrase(after, w) {
                end = end.min(f.end + at);
            }
        }
        (start, end)
    }

    /// The claim roles the figure `f` plays, with the claim.
    fn roles(&self, f: &TextFigure) -> Vec<(&'static str, &TextClaim)> {
        self.roles
            .get(&(f.start, f.end))
            .map(|roles| {
                roles
                    .iter()
                    .filter_map(|&(role, i)| Some((role, self.claims.get(i)?)))
                    .collect()
            })
            .unwrap_or_default()
    }

    fn attribute(&self, i: usize) -> Result<Attribution, Unattributed> {
        let f = self.figures.get(i).ok_or(Unattributed::NoPeriod)?;
        let roles = self.roles(f);
        let (measure, figure, compared_with_words) = self.measure(f, &roles)?;
        let (period, period_words, period_source) = self.period(f, &roles)?;
        let (scope, scope_words) = self.scope(f, measure)?;
        let compared_with = if matches!(measure, Measure::OperationsGrowth | Measure::ValueGrowth) {
            let earlier = match compared_with_words {
                Some(p) => p,
                None => Self::claim_from_period(&roles)?.unwrap_or(
                    period
                        .same_period_previous_year()
                        .map_err(|_| Unattributed::NoPeriod)?,
                ),
            };
            if earlier.kind() != period.kind() || earlier >= period {
                return Err(Unattributed::NoPeriod);
            }
            Some(earlier)
        } else {
            None
        };
        Ok(Attribution {
            period,
            compared_with,
            scope,
            measure,
            period_words,
            period_source,
            scope_words,
            figure,
        })
    }

    /// For a stated rate of a growth claim, the period its `from` figure's words name.
    fn claim_from_period(
        roles: &[(&'static str, &TextClaim)],
    ) -> Result<Option<Period>, Unattributed> {
        for (role, c) in roles {
            if *role != "stated" || !matches!(c.kind, ClaimKind::Growth { .. }) {
                continue;
            }
            if let Some((_, p)) = c.periods.iter().find(|(r, _)| *r == "from") {
                return p.period.map(Some).ok_or(Unattributed::NoPeriod);
            }
        }
        Ok(None)
    }

    fn resolve(
        &self,
        p: &NamedPeriod,
        source: PeriodSource,
    ) -> Result<(Period, String, PeriodSource), Unattributed> {
        if p.last_year {
            let (year, base) = if let Some(d) = self.date {
                let year = d
                    .year()
                    .previous()
                    .map_err(|_| Unattributed::RelativeUnresolved)?;
                (year, RelativeBase::ArticleDate(d))
            } else {
                let y = self.latest_year.ok_or(Unattributed::RelativeUnresolved)?;
                (y, RelativeBase::LatestYearNamed(y))
            };
            return Ok((
                Period::full_year(year),
                p.text.clone(),
                PeriodSource::LastYear(base),
            ));
        }
        let period = p.period.ok_or(Unattributed::NoPeriod)?;
        Ok((period, p.text.clone(), source))
    }

    fn period(
        &self,
        f: &TextFigure,
        roles: &[(&'static str, &TextClaim)],
    ) -> Result<(Period, String, PeriodSource), Unattributed> {
        // The period a claim gives the figure's role, as the words right after it name it.
        for (role, c) in roles {
            if let Some((_, p)) = c.periods.iter().find(|(r, _)| r == role)
                && let Some(period) = p.period
            {
                return Ok((period, p.text.clone(), PeriodSource::Sentence));
            }
        }
        let is_from = roles.iter().any(|(r, _)| *r == "from");
        let (s, e) = self.sentence_of(f.start);
        let (_, clause_end) = self.clause_of(f);
        let lead = f.context_start.unwrap_or(f.start).min(f.start);
        let in_sentence: Vec<&NamedPeriod> = self.periods_within(s, e).collect();
        // The first period after the figure in its clause, with no figure between.
        let next = self.figures.partition_point(|g| g.start < f.end);
        let next_figure = self.figures.get(next).map_or(usize::MAX, |g| {
            g.context_start.unwrap_or(g.start).max(f.end)
        });
        if let Some(p) = in_sentence.iter().find(|p| p.start >= f.end) {
            let between = self.slice(f.end, p.start);
            if p.end <= clause_end
                && p.start <= next_figure
                && !p.compared
                && !has(between, COMPARISON_WORDS)
            {
                return self.resolve(p, PeriodSource::Sentence);
            }
        }
        if is_from {
            return Err(Unattributed::NoPeriod);
        }
        // The nearest period before it in its sentence, with no word of comparison between.
        if let Some(p) = in_sentence
            .iter()
            .rev()
            .find(|p| p.end <= lead && !p.compared)
        {
            let between = self.slice(p.end, lead);
            if has(between, COMPARISON_WORDS) {
                return Err(Unattributed::NoPeriod);
            }
            return self.resolve(p, PeriodSource::Sentence);
        }
        if !in_sentence.is_empty() || has(self.slice(s, e), COMPARISON_WORDS) {
            return Err(Unattributed::NoPeriod);
        }
        // The sentence names none: its paragraph's, if it names one only.
        let (ps, pe) = self.paragraph_of(f.start);
        let (ps, pe) = (
            ps.max(f.start.saturating_sub(PARAGRAPH_REACH)),
            pe.min(f.end.saturating_add(PARAGRAPH_REACH)),
        );
        let mut found: Option<(Period, &NamedPeriod, PeriodSource)> = None;
        for p in self.periods_within(ps, pe).filter(|p| !p.compared) {
            let (period, _, source) = self.resolve(p, PeriodSource::Paragraph)?;
            match found {
                Some((q, _, _)) if q != period => return Err(Unattributed::NoPeriod),
                Some(_) => {}
                None => found = Some((period, p, source)),
            }
        }
        let (period, p, source) = found.ok_or(Unattributed::NoPeriod)?;
        let source = match source {
            PeriodSource::LastYear(b) => PeriodSource::LastYear(b),
            _ => PeriodSource::Paragraph,
        };
        Ok((period, p.text.clone(), source))
    }

    fn publisher(&self, f: &TextFigure) -> Result<Publisher, Unattributed> {
        let (s, e) = self.sentence_of(f.start);
        let (ps, pe) = self.paragraph_of(f.start);
        let (ps, pe) = (
            ps.max(f.start.saturating_sub(PARAGRAPH_REACH)),
            pe.min(f.end.saturating_add(PARAGRAPH_REACH)),
        );
        for named in [
            publishers_in(self.slice(s, e)),
            publishers_in(self.slice(ps, pe)),
            self.publishers.clone(),
        ] {
            match named.as_slice() {
                [] => {}
                [one] => return Ok(*one),
                _ => return Err(Unattributed::NoPublisher),
            }
        }
        Err(Unattributed::NoPublisher)
    }

    fn scope(&self, f: &TextFigure, measure: Measure) -> Result<(Scope, String), Unattributed> {
        let publisher = self.publisher(f)?;
        let (cs, ce) = self.clause_of(f);
        let (s, e) = self.sentence_of(f.start);
        let share = matches!(
            measure,
            Measure::OperationsShare | Measure::ValueShare | Measure::ActivityShare
        );
        let mut chosen = None;
        for (from, to) in [(cs, ce), (s, e)] {
            if let Some(found) = origin_in(self.slice(from, to), share)? {
                chosen = Some(found);
                break;
            }
        }
        let (scope, words) = if let Some(found) = chosen {
            found
        } else {
            // No words of scope in the sentence: a total where the paragraph names the
            // publisher and no cards at all.
            let (ps, pe) = self.paragraph_of(f.start);
            let (ps, pe) = (
                ps.max(f.start.saturating_sub(PARAGRAPH_REACH)),
                pe.min(f.end.saturating_add(PARAGRAPH_REACH)),
            );
            let paragraph = self.slice(ps, pe);
            if share || has(paragraph, CARD_WORDS) || publishers_in(paragraph).is_empty() {
                return Err(Unattributed::NoScope);
            }
            (Scope::Total, String::new())
        };
        let scope = match (publisher, scope) {
            (Publisher::Cmi, s) => s,
            (Publisher::BankAlMaghrib, Scope::Total) => Scope::BamOnline,
            (Publisher::MarocTelecommerce, Scope::Total) => Scope::MarocTelecommerce,
            _ => return Err(Unattributed::NoScope),
        };
        Ok((scope, words))
    }

    /// The measure, the figure as the record would hold it, and a comparison period the words
    /// of a rate name.
    fn measure(
        &self,
        f: &TextFigure,
        roles: &[(&'static str, &TextClaim)],
    ) -> Result<(Measure, ReportedFigure, Option<Period>), Unattributed> {
        let (cs, ce) = self.clause_of(f);
        let clause = self.slice(cs, ce);
        match f.kind() {
            FigureKind::Transactions => Ok((Measure::Operations, f.figure, None)),
            FigureKind::Merchants => Ok((Measure::ActiveSites, f.figure, None)),
            FigureKind::Cards | FigureKind::PercentagePoints => Err(Unattributed::NoMeasure),
            FigureKind::AmountMad => {
                if has(clause, TICKET_WORDS) {
                    Ok((Measure::AverageTicket, f.figure, None))
                } else {
                    Ok((Measure::Value, f.figure, None))
                }
            }
            FigureKind::Percent => self.rate_measure(f, roles, clause),
        }
    }

    fn rate_measure(
        &self,
        f: &TextFigure,
        roles: &[(&'static str, &TextClaim)],
        clause: &str,
    ) -> Result<(Measure, ReportedFigure, Option<Period>), Unattributed> {
        let compared_in_clause = {
            let (cs, ce) = self.clause_of(f);
            let named: Vec<&NamedPeriod> =
                self.periods_within(cs, ce).filter(|p| p.compared).collect();
            match named.as_slice() {
                [] => None,
                [one] => Some(self.resolve(one, PeriodSource::Sentence)?.0),
                _ => return Err(Unattributed::NoPeriod),
            }
        };
        if has(clause, AVERAGE_RATE_WORDS) {
            return Err(Unattributed::NoMeasure);
        }
        // What the linker made of it.
        for (role, c) in roles {
            if *role != "stated" {
                continue;
            }
            let (base_kind, measure_of): (Option<FigureKind>, fn(bool) -> Measure) = match &c.kind {
                ClaimKind::Growth { to, .. } => (Some(to.kind()), |ops| {
                    if ops {
                        Measure::OperationsGrowth
                    } else {
                        Measure::ValueGrowth
                    }
                }),
                ClaimKind::Share { part, .. } => (Some(part.kind()), |ops| {
                    if ops {
                        Measure::OperationsShare
                    } else {
                        Measure::ValueShare
                    }
                }),
                _ => (None, |_| Measure::ActivityShare),
            };
            let stated = c.kind.stated().figure;
            return match base_kind {
                Some(FigureKind::Transactions) => {
                    Ok((measure_of(true), stated, compared_in_clause))
                }
                Some(FigureKind::AmountMad) => Ok((measure_of(false), stated, compared_in_clause)),
                _ => Err(Unattributed::NoMeasure),
            };
        }
        let growth = has(clause, GROWTH_WORDS);
        let fall = has(clause, FALL_WORDS);
        let share = has(clause, SHARE_WORDS);
        let (s, e) = self.sentence_of(f.start);
        let sentence = self.slice(s, e);
        let base = |hay: &str| -> Option<Measure> {
            match (has(hay, OPERATIONS_WORDS), has(hay, VALUE_WORDS)) {
                (true, false) => Some(Measure::Operations),
                (false, true) => Some(Measure::Value),
                _ => None,
            }
        };
        if (growth || fall) && !share && !(growth && fall) {
            let base = base(clause)
                .or_else(|| base(sentence))
                .ok_or(Unattributed::NoMeasure)?;
            let measure = if base == Measure::Operations {
                Measure::OperationsGrowth
            } else {
                Measure::ValueGrowth
            };
            let figure = if fall && f.value() > Decimal::ZERO {
                f.figure.negated()
            } else {
                f.figure
            };
            return Ok((measure, figure, compared_in_clause));
        }
        if share && !growth && !fall {
            let ops = has(clause, OPERATIONS_WORDS);
            let value = has(clause, VALUE_WORDS);
            let activity = has(clause, ACTIVITY_WORDS);
            let measure = match (ops, value, activity) {
                (true, false, false) => Measure::OperationsShare,
                (false, true, false) => Measure::ValueShare,
                (false, false, true) => Measure::ActivityShare,
                _ => return Err(Unattributed::NoMeasure),
            };
            return Ok((measure, f.figure, None));
        }
        Err(Unattributed::NoMeasure)
    }
}

/// The scope the words of `hay` name, if any: `Err` when they name more than one.
fn origin_in(hay: &str, share: bool) -> Result<Option<(Scope, String)>, Unattributed> {
    let mut rest = hay.to_owned();
    let total = if share {
        None
    } else {
        first_of(hay, TOTAL_WORDS)
    };
    if let Some((at, w)) = &total {
        // The words of a total name the origins they sum: read no further into them.
        let end = at + w.len();
        let mut blank = String::with_capacity(rest.len());
        blank.push_str(rest.get(..*at).unwrap_or_default());
        blank.push_str(&" ".repeat(w.len()));
        blank.push_str(rest.get(end..).unwrap_or_default());
        rest = blank;
    }
    let foreign = first_of(&rest, FOREIGN_WORDS);
    let moroccan = first_of(&rest, MOROCCAN_WORDS);
    let abroad = first_of(&rest, ABROAD_WORDS);
    let origins = [foreign.is_some(), moroccan.is_some() || abroad.is_some()];
    let count = origins.iter().filter(|x| **x).count() + usize::from(total.is_some());
    if count > 1 {
        return Err(Unattributed::NoScope);
    }
    let words = |f: Option<(usize, String)>| {
        f.map(|(at, w)| hay.get(at..at + w.len()).unwrap_or(&w).to_owned())
    };
    Ok(if let Some(t) = total {
        Some((Scope::Total, words(Some(t)).unwrap_or_default()))
    } else if abroad.is_some() {
        Some((
            Scope::MoroccanCardsAbroad,
            words(abroad).unwrap_or_default(),
        ))
    } else if moroccan.is_some() {
        Some((Scope::MoroccanCards, words(moroccan).unwrap_or_default()))
    } else if foreign.is_some() {
        Some((Scope::ForeignCards, words(foreign).unwrap_or_default()))
    } else {
        None
    })
}

fn publishers_in(hay: &str) -> Vec<Publisher> {
    PUBLISHERS
        .iter()
        .filter(|(_, names)| has(hay, names))
        .map(|(p, _)| *p)
        .collect()
}

/// The paragraphs of `text`: cut at blank lines.
fn paragraphs(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        if line.trim().is_empty() {
            if let Some(s) = start.take() {
                out.push((s, at));
            }
        } else if start.is_none() {
            start = Some(at);
        }
        at += line.len();
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

/// The sentences of `text[from..to]`: cut after `.`, `!`, `?`, `؟`, `;`, `؛` before a space or
/// the end.
fn sentences(text: &str, from: usize, to: usize) -> Vec<(usize, usize)> {
    let Some(range) = text.get(from..to) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut start = from;
    let mut it = range.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let ends = matches!(c, '.' | '!' | '?' | '؟' | ';' | '؛')
            && it.peek().is_none_or(|(_, n)| n.is_whitespace());
        if ends {
            let end = from + i + c.len_utf8();
            out.push((start, end));
            start = end;
        }
    }
    if start < to {
        out.push((start, to));
    }
    out
}
