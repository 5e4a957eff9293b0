//! The CMI series 2010-2024: published full-year figures with their provenance.

use core::fmt;
use core::str::FromStr;
use std::collections::BTreeMap;

use rust_decimal::Decimal;

use crate::Error;
use crate::model::{AmountMad, GrowthRate, Qualifier, Share, Transactions, Year};
use crate::reported::{FigureKind, ReportedFigure};
use crate::text::extract;

/// The figures as the crate ships them: a copy of the project's `cmi-annual-figures.tsv`.
const CMI_TSV: &str = include_str!("../../data/cmi-annual-figures.tsv");

/// The series a figure belongs to. Figures of different scopes are never merged.
///
/// ```
/// use morocco_ecommerce::data::Scope;
/// assert_eq!("moroccan_cards_abroad".parse::<Scope>()?, Scope::MoroccanCardsAbroad);
/// # Ok::<(), morocco_ecommerce::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Scope {
    /// All online card payments on the CMI's merchant sites.
    Total,
    /// Payments with Moroccan cards on those sites.
    MoroccanCards,
    /// Payments with foreign cards on those sites.
    ForeignCards,
    /// Moroccan cards on foreign sites.
    MoroccanCardsAbroad,
    /// Maroc Telecommerce's own statistics, a different operator.
    MarocTelecommerce,
    /// Bank Al-Maghrib's online payment series.
    BamOnline,
}

/// What a figure measures.
///
/// ```
/// use morocco_ecommerce::data::Measure;
/// assert_eq!(Measure::OperationsCagr.to_string(), "operations_cagr");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Measure {
    /// Number of operations.
    Operations,
    /// Value in dirhams.
    Value,
    /// Growth of the number of operations, in percent.
    OperationsGrowth,
    /// Growth of the value, in percent.
    ValueGrowth,
    /// Share of the scope in all operations, in percent.
    OperationsShare,
    /// Share of the scope in all value, in percent.
    ValueShare,
    /// Dirhams per operation.
    AverageTicket,
    /// Active merchant sites.
    ActiveSites,
    /// Compound annual growth of operations, in percent.
    OperationsCagr,
}

macro_rules! names {
    ($ty:ident, $what:literal, $($variant:ident => $name:literal),+ $(,)?) => {
        impl $ty {
            /// Every value, in the order of the data file's documentation.
            pub const ALL: &'static [$ty] = &[$($ty::$variant),+];

            /// The name used in the data file.
            #[must_use]
            pub const fn as_str(self) -> &'static str {
                match self { $($ty::$variant => $name),+ }
            }
        }

        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl FromStr for $ty {
            type Err = Error;

            fn from_str(s: &str) -> Result<Self, Error> {
                $ty::ALL
                    .iter()
                    .copied()
                    .find(|v| v.as_str() == s)
                    .ok_or_else(|| Error::parse($what, s, concat!("one of: ", $($name, " "),+)))
            }
        }
    };
}

names!(Scope, "a scope",
    Total => "total",
    MoroccanCards => "moroccan_cards",
    ForeignCards => "foreign_cards",
    MoroccanCardsAbroad => "moroccan_cards_abroad",
    MarocTelecommerce => "maroc_telecommerce",
    BamOnline => "bam_online",
);

names!(Measure, "a measure",
    Operations => "operations",
    Value => "value",
    OperationsGrowth => "operations_growth",
    ValueGrowth => "value_growth",
    OperationsShare => "operations_share",
    ValueShare => "value_share",
    AverageTicket => "average_ticket",
    ActiveSites => "active_sites",
    OperationsCagr => "operations_cagr",
);

impl Measure {
    /// The unit the data file gives this measure in.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::data::Measure;
    /// assert_eq!(Measure::ValueShare.unit(), "percent");
    /// ```
    pub const fn unit(self) -> &'static str {
        match self {
            Measure::Operations => "operations",
            Measure::Value | Measure::AverageTicket => "MAD",
            Measure::ActiveSites => "sites",
            _ => "percent",
        }
    }

    /// The base measure a rate or share is about: operations or value.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::data::Measure;
    /// assert_eq!(Measure::ValueGrowth.base(), Some(Measure::Value));
    /// ```
    pub const fn base(self) -> Option<Measure> {
        match self {
            Measure::OperationsGrowth | Measure::OperationsShare | Measure::OperationsCagr => {
                Some(Measure::Operations)
            }
            Measure::ValueGrowth | Measure::ValueShare => Some(Measure::Value),
            _ => None,
        }
    }

    fn kind(self) -> Option<FigureKind> {
        match self {
            Measure::Operations => Some(FigureKind::Count),
            Measure::Value | Measure::AverageTicket => Some(FigureKind::AmountMad),
            Measure::ActiveSites => None,
            _ => Some(FigureKind::Percent),
        }
    }
}

/// One published figure: what, when, how it was written, and where it comes from.
///
/// An observation is not the truth: two sources for one figure are two observations.
///
/// ```
/// use morocco_ecommerce::data::Dataset;
/// use morocco_ecommerce::Qualifier;
/// let data = Dataset::cmi();
/// let o = data.get("total_value_2013_alm162494").unwrap();
/// assert!(o.note.contains("unit error"));
/// assert_eq!(o.qualifier, Qualifier::Exact);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[non_exhaustive]
pub struct Observation {
    /// A stable identifier.
    pub id: String,
    /// The calendar year.
    pub year: Year,
    /// The series.
    pub scope: Scope,
    /// The measure.
    pub measure: Measure,
    /// The value in base units: operations, dirhams, percent or sites.
    #[cfg_attr(feature = "serde", serde(with = "crate::num::serde_decimal"))]
    pub value: Decimal,
    /// The figure as the source wrote it.
    pub as_written: String,
    /// The hedge the source put on it.
    pub qualifier: Qualifier,
    /// For a rate, the year it compares with.
    pub compared_with: Option<Year>,
    /// Where it was published.
    pub source_url: String,
    /// Known problems and context.
    pub note: String,
    /// The unit of its last written digit, in base units (see [`Dataset::from_tsv`]).
    #[cfg_attr(feature = "serde", serde(with = "crate::num::serde_decimal"))]
    pub precision: Decimal,
}

impl Observation {
    /// The figure for the checker, or `None` for a measure the checker does not handle (sites).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidFigure`] for a value the checker cannot hold.
    ///
    /// ```
    /// # use morocco_ecommerce::data::Dataset;
    /// let data = Dataset::cmi();
    /// let f = data.get("ma_value_growth_2014_alm117307").unwrap().reported()?.unwrap();
    /// assert_eq!(f.precision(), rust_decimal::Decimal::new(1, 1));
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn reported(&self) -> Result<Option<ReportedFigure>, Error> {
        let Some(kind) = self.measure.kind() else {
            return Ok(None);
        };
        Ok(Some(
            ReportedFigure::new(kind, self.value, self.precision)?.with_qualifier(self.qualifier),
        ))
    }
}

/// The precision of a figure: as the text it was written in reads, when that text reads back to
/// the same value; otherwise the largest power of ten that divides the value (for "نصف مليار",
/// half a billion, or a figure printed with a wrong unit).
fn precision_of(value: Decimal, as_written: &str, kind: Option<FigureKind>) -> Decimal {
    let read = extract(as_written);
    if let Some(f) = read
        .iter()
        .find(|f| Some(f.kind) == kind && f.value == value.normalize())
    {
        return f.precision;
    }
    let v = value.normalize();
    if v.is_zero() {
        return Decimal::ONE;
    }
    if v.scale() > 0 {
        return Decimal::new(1, v.scale());
    }
    let mut p = Decimal::ONE;
    let mut m = v.abs();
    while (m % Decimal::TEN).is_zero() && !m.is_zero() {
        m /= Decimal::TEN;
        p *= Decimal::TEN;
    }
    p
}

/// Published figures with their provenance, and queries over them.
///
/// # Example
///
/// ```
/// use morocco_ecommerce::data::{Dataset, Measure, Scope};
/// use morocco_ecommerce::Year;
///
/// let data = Dataset::cmi();
/// assert_eq!(data.observations().len(), 201);
/// let y2013 = Year::try_from(2013)?;
/// let values = data.query(Some(y2013), Some(Scope::Total), Some(Measure::Value));
/// assert!(values.len() >= 2);
/// # Ok::<(), morocco_ecommerce::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Dataset {
    observations: Vec<Observation>,
}

const COLUMNS: [&str; 11] = [
    "id",
    "year",
    "scope",
    "measure",
    "value",
    "unit",
    "as_written",
    "qualifier",
    "compared_with",
    "source_url",
    "note",
];

impl Dataset {
    /// The CMI's annual figures 2010-2024 as the press relayed them, shipped with the crate.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::data::Dataset;
    /// assert_eq!(Dataset::cmi().observations().len(), 201);
    /// ```
    pub fn cmi() -> Dataset {
        // The embedded file is checked by the tests: every row parses.
        Dataset::from_tsv(CMI_TSV).unwrap_or_default()
    }

    /// Figures from a TSV text in the schema of `cmi-annual-figures.tsv`: a header line with the
    /// columns `id year scope measure value unit as_written qualifier compared_with source_url
    /// note`, then one figure per line. The precision of each figure is read from `as_written`
    /// when that text reads back to `value`, and otherwise is the largest power of ten that
    /// divides `value`.
    ///
    /// # Errors
    ///
    /// [`Error::Data`] naming the line and column of the first value that does not read: a wrong
    /// header, a missing column, an unknown scope, measure, unit or qualifier, a malformed number,
    /// a unit that does not fit the measure, a duplicate id.
    ///
    /// ```
    /// use morocco_ecommerce::data::Dataset;
    /// use morocco_ecommerce::Error;
    ///
    /// let header = "id\tyear\tscope\tmeasure\tvalue\tunit\tas_written\tqualifier\tcompared_with\tsource_url\tnote";
    /// let good = format!("{header}\nops\t2014\ttotal\toperations\t1950000\toperations\t1,95 million\texact\t\t\t\n");
    /// let data = Dataset::from_tsv(&good)?;
    /// assert_eq!(data.get("ops").map(|o| o.precision), Some(rust_decimal::Decimal::from(10_000)));
    ///
    /// let bad = good.replace("total", "everything");
    /// assert!(matches!(Dataset::from_tsv(&bad), Err(Error::Data { line: 2, column: "scope", .. })));
    /// # Ok::<(), Error>(())
    /// ```
    pub fn from_tsv(text: &str) -> Result<Dataset, Error> {
        let mut lines = text.lines().enumerate();
        let header = lines.next().map(|(_, l)| l).unwrap_or_default();
        let names: Vec<&str> = header.split('\t').collect();
        if names != COLUMNS {
            return Err(Error::Data {
                line: 1,
                column: "header",
                message: format!("expected the columns {}", COLUMNS.join(", ")),
            });
        }
        let mut observations = Vec::new();
        let mut ids = std::collections::BTreeSet::new();
        for (index, line) in lines {
            if line.trim().is_empty() {
                continue;
            }
            let number = index + 1;
            let fields: Vec<&str> = line.split('\t').collect();
            let field = |i: usize| fields.get(i).copied().unwrap_or_default();
            if fields.len() != COLUMNS.len() {
                return Err(Error::Data {
                    line: number,
                    column: COLUMNS
                        .get(fields.len().min(COLUMNS.len() - 1))
                        .copied()
                        .unwrap_or("note"),
                    message: format!(
                        "{} columns, where {} are expected",
                        fields.len(),
                        COLUMNS.len()
                    ),
                });
            }
            let err = |column: &'static str, e: &dyn fmt::Display| Error::Data {
                line: number,
                column,
                message: e.to_string(),
            };
            let id = field(0).to_owned();
            if id.is_empty() || !ids.insert(id.clone()) {
                return Err(err("id", &format!("id {id:?} is empty or used twice")));
            }
            let year: Year = field(1).parse().map_err(|e: Error| err("year", &e))?;
            let scope: Scope = field(2).parse().map_err(|e: Error| err("scope", &e))?;
            let measure: Measure = field(3).parse().map_err(|e: Error| err("measure", &e))?;
            let value = crate::num::decimal::parse_plain(field(4), "a value")
                .map_err(|e| err("value", &e))?;
            if field(5) != measure.unit() {
                return Err(err(
                    "unit",
                    &format!(
                        "unit {:?} does not fit {measure}, which is in {}",
                        field(5),
                        measure.unit()
                    ),
                ));
            }
            check_value(measure, value).map_err(|e| err("value", &e))?;
            let qualifier = match field(7) {
                "slightly_more_than" => Qualifier::MoreThan,
                q => q.parse().map_err(|e: Error| err("qualifier", &e))?,
            };
            let compared_with = match field(8) {
                "" => None,
                y => Some(y.parse::<Year>().map_err(|e| err("compared_with", &e))?),
            };
            let as_written = field(6).to_owned();
            let precision = precision_of(value, &as_written, measure.kind());
            observations.push(Observation {
                id,
                year,
                scope,
                measure,
                value,
                as_written,
                qualifier,
                compared_with,
                source_url: field(9).to_owned(),
                note: field(10).to_owned(),
                precision,
            });
        }
        Ok(Dataset { observations })
    }

    /// Figures from a list of observations, each checked as a TSV row is.
    ///
    /// # Errors
    ///
    /// [`Error::Data`] naming the index of the first observation that breaks a rule (as its
    /// "line", counting from 1).
    ///
    /// ```
    /// # use morocco_ecommerce::data::Dataset;
    /// let mine = Dataset::from_observations(Dataset::cmi().observations().to_vec())?;
    /// assert_eq!(mine.observations().len(), 201);
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn from_observations(observations: Vec<Observation>) -> Result<Dataset, Error> {
        let mut ids = std::collections::BTreeSet::new();
        for (i, o) in observations.iter().enumerate() {
            let err = |column, message: String| Error::Data {
                line: i + 1,
                column,
                message,
            };
            if !ids.insert(o.id.clone()) {
                return Err(err("id", format!("id {:?} is used twice", o.id)));
            }
            check_value(o.measure, o.value).map_err(|e| err("value", e.to_string()))?;
            if o.precision <= Decimal::ZERO {
                return Err(err(
                    "precision",
                    format!("precision {} is not positive", o.precision),
                ));
            }
        }
        Ok(Dataset { observations })
    }

    /// Every observation, in file order.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::data::Dataset;
    /// assert!(Dataset::cmi().observations().iter().all(|o| !o.source_url.is_empty() || o.id.is_empty()));
    /// ```
    pub fn observations(&self) -> &[Observation] {
        &self.observations
    }

    /// The observation with the given id.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::data::Dataset;
    /// assert_eq!(Dataset::cmi().get("ma_operations_2014_alm117307").map(|o| o.as_written.as_str()), Some("1,95 million"));
    /// ```
    pub fn get(&self, id: &str) -> Option<&Observation> {
        self.observations.iter().find(|o| o.id == id)
    }

    /// The observations matching every given criterion, in file order.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::data::{Dataset, Measure, Scope};
    /// let shares = Dataset::cmi().query(None, Some(Scope::MoroccanCards), Some(Measure::ValueShare)).len();
    /// assert!(shares >= 9);
    /// ```
    pub fn query(
        &self,
        year: Option<Year>,
        scope: Option<Scope>,
        measure: Option<Measure>,
    ) -> Vec<&Observation> {
        self.observations
            .iter()
            .filter(|o| year.is_none_or(|y| o.year == y))
            .filter(|o| scope.is_none_or(|s| o.scope == s))
            .filter(|o| measure.is_none_or(|m| o.measure == m))
            .collect()
    }

    /// The chosen observation for each year and measure of one scope, with the alternatives.
    ///
    /// The rule for choosing among observations of one figure, in order: an unhedged figure over
    /// a hedged one; then the finer precision; then the value most sources agree on; then the one
    /// first in the file. The others stay, as alternatives.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::data::{Dataset, Measure, Scope};
    /// # use morocco_ecommerce::Year;
    /// let data = Dataset::cmi();
    /// let total = data.series(Scope::Total);
    /// let chosen = total.chosen(Year::try_from(2013)?, Measure::Operations).unwrap();
    /// assert_eq!(chosen.as_written, "exactement 1.945.959 opérations");
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn series(&self, scope: Scope) -> ScopeSeries<'_> {
        let mut groups: BTreeMap<(Year, Measure), Vec<&Observation>> = BTreeMap::new();
        for o in self.observations.iter().filter(|o| o.scope == scope) {
            groups.entry((o.year, o.measure)).or_default().push(o);
        }
        let entries = groups
            .into_iter()
            .filter_map(|((year, measure), group)| {
                let chosen = choose(&group)?;
                let alternatives = group
                    .into_iter()
                    .filter(|o| !std::ptr::eq(*o, chosen))
                    .collect();
                Some(SeriesEntry {
                    year,
                    measure,
                    chosen,
                    alternatives,
                })
            })
            .collect();
        ScopeSeries { scope, entries }
    }
}

fn check_value(measure: Measure, value: Decimal) -> Result<(), Error> {
    match measure {
        Measure::Operations | Measure::ActiveSites => Transactions::try_from(value).map(|_| ()),
        Measure::Value | Measure::AverageTicket => AmountMad::try_from(value).map(|_| ()),
        Measure::OperationsShare | Measure::ValueShare => Share::from_percent(value).map(|_| ()),
        Measure::OperationsGrowth | Measure::ValueGrowth | Measure::OperationsCagr => {
            GrowthRate::from_percent(value).map(|_| ())
        }
    }
}

fn choose<'a>(group: &[&'a Observation]) -> Option<&'a Observation> {
    let agreement = |o: &Observation| group.iter().filter(|x| x.value == o.value).count();
    group
        .iter()
        .copied()
        .enumerate()
        .min_by(|(ia, a), (ib, b)| {
            (a.qualifier != Qualifier::Exact)
                .cmp(&(b.qualifier != Qualifier::Exact))
                .then(a.precision.cmp(&b.precision))
                .then(agreement(b).cmp(&agreement(a)))
                .then(ia.cmp(ib))
        })
        .map(|(_, o)| o)
}

/// One figure of a [`ScopeSeries`]: the chosen observation and the others.
///
/// ```
/// use morocco_ecommerce::data::{Dataset, Scope};
/// let data = Dataset::cmi();
/// let series = data.series(Scope::Total);
/// assert!(series.entries.iter().any(|e| !e.alternatives.is_empty()));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct SeriesEntry<'a> {
    /// The year.
    pub year: Year,
    /// The measure.
    pub measure: Measure,
    /// The observation chosen by the rule of [`Dataset::series`].
    pub chosen: &'a Observation,
    /// The other observations of the same figure.
    pub alternatives: Vec<&'a Observation>,
}

/// A scope's figures, one chosen observation per year and measure.
///
/// ```
/// use morocco_ecommerce::data::{Dataset, Scope};
/// assert_eq!(Dataset::cmi().series(Scope::BamOnline).scope, Scope::BamOnline);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ScopeSeries<'a> {
    /// The scope.
    pub scope: Scope,
    /// The figures, by year then measure.
    pub entries: Vec<SeriesEntry<'a>>,
}

/// One year of a [`ScopeSeries::table`].
///
/// ```
/// use morocco_ecommerce::data::{Dataset, Scope};
/// let rows = Dataset::cmi().series(Scope::Total).table();
/// assert_eq!(rows[0].year.get(), 2010);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct YearRow {
    /// The year.
    pub year: Year,
    /// Operations, as chosen.
    pub operations: Option<Transactions>,
    /// Value, as chosen.
    pub value: Option<AmountMad>,
    /// Growth of operations against the year before, computed from the chosen figures.
    pub operations_growth: Option<Result<GrowthRate, Error>>,
    /// Growth of value against the year before, computed from the chosen figures.
    pub value_growth: Option<Result<GrowthRate, Error>>,
    /// Average value of an operation.
    pub average_ticket: Option<Result<crate::model::AverageTicket, Error>>,
    /// Share of this scope in the total's operations (with [`ScopeSeries::table_within`]).
    pub operations_share: Option<Result<Share, Error>>,
    /// Share of this scope in the total's value (with [`ScopeSeries::table_within`]).
    pub value_share: Option<Result<Share, Error>>,
}

impl ScopeSeries<'_> {
    /// The chosen observation of a year and measure.
    ///
    /// ```
    /// # use morocco_ecommerce::data::{Dataset, Measure, Scope};
    /// # use morocco_ecommerce::Year;
    /// let data = Dataset::cmi();
    /// assert!(data.series(Scope::Total).chosen(Year::try_from(2014)?, Measure::Value).is_some());
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    #[must_use]
    pub fn chosen(&self, year: Year, measure: Measure) -> Option<&Observation> {
        self.entries
            .iter()
            .find(|e| e.year == year && e.measure == measure)
            .map(|e| e.chosen)
    }

    /// The year-over-year table of operations and value: growth and average ticket, computed
    /// from the chosen figures taken as printed.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::data::{Dataset, Scope};
    /// # use morocco_ecommerce::{Rounding, Year};
    /// let data = Dataset::cmi();
    /// let rows = data.series(Scope::Total).table();
    /// let y2012 = rows.iter().find(|r| r.year == Year::try_from(2012).unwrap()).unwrap();
    /// let growth = y2012.value_growth.as_ref().unwrap().as_ref().unwrap();
    /// assert_eq!(growth.round_dp(1, Rounding::HalfEven).to_string(), "48.3%");
    /// ```
    pub fn table(&self) -> Vec<YearRow> {
        self.rows(None)
    }

    /// The same table, with the shares of this scope in `total` (the total series, say, for the
    /// Moroccan cards' share), from the chosen figures of both.
    ///
    /// ```
    /// use morocco_ecommerce::data::{Dataset, Scope};
    /// use morocco_ecommerce::Year;
    ///
    /// let data = Dataset::cmi();
    /// let total = data.series(Scope::Total);
    /// let moroccan = data.series(Scope::MoroccanCards);
    /// let rows = moroccan.table_within(&total);
    /// let y2013 = rows.iter().find(|r| r.year == Year::try_from(2013).unwrap()).unwrap();
    /// let share = y2013.value_share.as_ref().unwrap().as_ref().unwrap();
    /// assert_eq!(share.round_dp(1, morocco_ecommerce::Rounding::HalfEven).to_string(), "66.6%");
    /// ```
    #[must_use]
    pub fn table_within(&self, total: &ScopeSeries<'_>) -> Vec<YearRow> {
        self.rows(Some(total))
    }

    fn rows(&self, total: Option<&ScopeSeries<'_>>) -> Vec<YearRow> {
        let mut years: Vec<Year> = self.entries.iter().map(|e| e.year).collect();
        years.dedup();
        let ops = |y: Year| {
            self.chosen(y, Measure::Operations)
                .and_then(|o| Transactions::try_from(o.value).ok())
        };
        let val = |y: Year| {
            self.chosen(y, Measure::Value)
                .and_then(|o| AmountMad::try_from(o.value).ok())
        };
        years
            .into_iter()
            .map(|year| {
                let before = year.previous().ok();
                let growth_ops = before
                    .and_then(ops)
                    .zip(ops(year))
                    .map(|(a, b)| GrowthRate::between(a, b));
                let growth_val = before
                    .and_then(val)
                    .zip(val(year))
                    .map(|(a, b)| GrowthRate::between(a, b));
                let ticket = val(year)
                    .zip(ops(year))
                    .map(|(v, o)| crate::model::AverageTicket::of(v, o));
                let share_of = |measure: Measure| -> Option<Result<Share, Error>> {
                    let total = total?;
                    let part = self.chosen(year, measure)?;
                    let whole = total.chosen(year, measure)?;
                    Some(match measure {
                        Measure::Operations => Transactions::try_from(part.value).and_then(|p| {
                            Transactions::try_from(whole.value).and_then(|w| Share::of(p, w))
                        }),
                        _ => AmountMad::try_from(part.value).and_then(|p| {
                            AmountMad::try_from(whole.value).and_then(|w| Share::of(p, w))
                        }),
                    })
                };
                YearRow {
                    year,
                    operations_share: share_of(Measure::Operations),
                    value_share: share_of(Measure::Value),
                    operations: ops(year),
                    value: val(year),
                    operations_growth: growth_ops,
                    value_growth: growth_val,
                    average_ticket: ticket,
                }
            })
            .collect()
    }
}
