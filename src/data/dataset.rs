//! The CMI series 2010-2024: published figures of full years and parts of years, with their
//! provenance.

use core::fmt;
use core::str::FromStr;
use std::collections::BTreeMap;

use rust_decimal::Decimal;

use crate::Error;
use crate::model::{
    AmountMad, CardOrigin, GrowthRate, Period, PeriodRecord, Qualifier, RecordBuilder, Series,
    Share, Transactions, Year,
};
use crate::reported::{FigureKind, ReportedFigure};

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
    /// Share of the scope in all activity, in percent, where the source does not say whether
    /// of operations or of value.
    ActivityShare,
}

macro_rules! names {
    ($ty:ident, $what:literal, $first:ident => $first_name:literal $(, $variant:ident => $name:literal)* $(,)?) => {
        impl $ty {
            /// Every value, in the order of the data file's documentation.
            pub const ALL: &'static [$ty] = &[$ty::$first $(, $ty::$variant)*];

            /// The name used in the data file.
            #[must_use]
            pub const fn as_str(self) -> &'static str {
                match self { $ty::$first => $first_name $(, $ty::$variant => $name)* }
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
                    .ok_or_else(|| {
                        Error::parse($what, s, concat!($what, " is one of ", $first_name $(, ", ", $name)*))
                    })
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
    ActivityShare => "activity_share",
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

    /// The kind of figure the measure is given in.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::data::Measure;
    /// # use morocco_ecommerce::FigureKind;
    /// assert_eq!(Measure::ActiveSites.kind(), FigureKind::Merchants);
    /// assert_eq!(Measure::ValueShare.kind(), FigureKind::Percent);
    /// ```
    pub const fn kind(self) -> FigureKind {
        match self {
            Measure::Operations => FigureKind::Transactions,
            Measure::Value | Measure::AverageTicket => FigureKind::AmountMad,
            Measure::ActiveSites => FigureKind::Merchants,
            _ => FigureKind::Percent,
        }
    }
}

/// One published figure: what, when, how it was written, and where it comes from.
///
/// An observation is a [`ReportedFigure`] (its kind, value as printed, precision and hedge)
/// with what it is about (a period, a scope and a measure) and its provenance. It is not the
/// truth: two sources for one figure are two observations.
///
/// ```
/// use morocco_ecommerce::data::Dataset;
/// use morocco_ecommerce::Qualifier;
/// let data = Dataset::cmi();
/// let o = data.get("total_value_2013_alm162494").unwrap();
/// assert!(o.note.contains("unit error"));
/// assert_eq!(o.figure.qualifier(), Qualifier::Exact);
/// assert_eq!(o.period.to_string(), "2013");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(
    feature = "serde",
    serde(try_from = "ObservationForm", into = "ObservationForm")
)]
#[non_exhaustive]
pub struct Observation {
    /// A stable identifier.
    pub id: String,
    /// The period the figure is about.
    pub period: Period,
    /// The series.
    pub scope: Scope,
    /// The measure.
    pub measure: Measure,
    /// The figure as reported: kind, value in base units, precision and hedge.
    pub figure: ReportedFigure,
    /// The figure as the source wrote it.
    pub as_written: String,
    /// For a rate, the period it compares with.
    pub compared_with: Option<Period>,
    /// Where it was published (an address), or empty where the source gives none.
    pub source_url: String,
    /// Known problems and context.
    pub note: String,
}

impl Observation {
    /// An observation of `figure` for `period`, `scope` and `measure`, as the source wrote it,
    /// with no comparison period, source address or note (see the `with_` methods).
    ///
    /// # Errors
    ///
    /// [`Error::Data`] for an empty id, a figure whose kind is not the measure's (a count for a
    /// value), or a value the measure cannot take (a share above 100 %).
    ///
    /// ```
    /// use morocco_ecommerce::data::{Measure, Observation, Scope};
    /// use morocco_ecommerce::{FigureKind, Period, ReportedFigure};
    /// use rust_decimal::Decimal;
    ///
    /// let ops = ReportedFigure::written(FigureKind::Transactions, "1.95".parse()?, Decimal::from(1_000_000))?;
    /// let o = Observation::new("ops_2014", "2014".parse::<Period>()?, Scope::MoroccanCards, Measure::Operations, ops, "1,95 million")?
    ///     .with_source_url("https://example.org/cmi-2014");
    /// assert_eq!(o.figure.value(), Decimal::from(1_950_000));
    ///
    /// assert!(Observation::new("x", "2014".parse::<Period>()?, Scope::Total, Measure::Value, ops, "1,95 million").is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(
        id: impl Into<String>,
        period: Period,
        scope: Scope,
        measure: Measure,
        figure: ReportedFigure,
        as_written: impl Into<String>,
    ) -> Result<Observation, Error> {
        let observation = Observation {
            id: id.into(),
            period,
            scope,
            measure,
            figure,
            as_written: as_written.into(),
            compared_with: None,
            source_url: String::new(),
            note: String::new(),
        };
        observation
            .validate()
            .map_err(|(column, e)| e.at(1, column))?;
        Ok(observation)
    }

    /// The same observation, compared with `earlier` (for a rate).
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::data::Dataset;
    /// let o = Dataset::cmi().get("ma_value_growth_2014_alm117307").unwrap().clone();
    /// assert_eq!(o.compared_with.map(|p| p.to_string()).as_deref(), Some("2013"));
    /// ```
    pub fn with_compared_with(mut self, earlier: Period) -> Observation {
        self.compared_with = Some(earlier);
        self
    }

    /// The same observation, with the address it was published at.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::data::Dataset;
    /// let o = Dataset::cmi().observations()[0].clone().with_source_url("https://example.org");
    /// assert_eq!(o.source_url, "https://example.org");
    /// ```
    pub fn with_source_url(mut self, url: impl Into<String>) -> Observation {
        self.source_url = url.into();
        self
    }

    /// The same observation, with a note on known problems and context.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::data::Dataset;
    /// let o = Dataset::cmi().observations()[0].clone().with_note("checked by hand");
    /// assert_eq!(o.note, "checked by hand");
    /// ```
    pub fn with_note(mut self, note: impl Into<String>) -> Observation {
        self.note = note.into();
        self
    }

    /// The rules of an observation, as the column and the error of the first one broken.
    fn validate(&self) -> Result<(), (&'static str, Error)> {
        if self.id.is_empty() {
            return Err(("id", Error::EmptyId));
        }
        let kind = self.figure.kind();
        if kind != self.measure.kind() {
            return Err((
                "measure",
                Error::MeasureKindMismatch {
                    measure: self.measure.as_str(),
                    expected: self.measure.kind().as_str(),
                    found: kind.as_str(),
                },
            ));
        }
        check_value(self.measure, self.figure.value()).map_err(|e| ("value", e))?;
        check_compared_with(self.measure, self.period, self.compared_with)
            .map_err(|e| ("compared_with", e))
    }
}

/// The period of a TSV row, from its `year` column and, in the third form of the file, its
/// `period` column, with the column to blame for an error.
///
/// A full-year figure gives its year in `year`, and in `period` the same year or nothing; a
/// partial-year figure leaves `year` empty and gives its period, so that a reader of the `year`
/// column alone never takes a partial-year figure for a full year.
fn read_period(year: &str, period: Option<&str>) -> Result<Period, (&'static str, Error)> {
    let period = period.unwrap_or_default();
    if period.is_empty() {
        if year.is_empty() {
            return Err(("year", Error::MissingPeriod));
        }
        let year: Year = year.parse().map_err(|e| ("year", e))?;
        return Ok(Period::full_year(year));
    }
    let parsed: Period = period.parse().map_err(|e| ("period", e))?;
    let agrees = if year.is_empty() {
        !parsed.is_full_year()
    } else {
        let year: Year = year.parse().map_err(|e| ("year", e))?;
        parsed == Period::full_year(year)
    };
    if agrees {
        Ok(parsed)
    } else {
        Err((
            "period",
            Error::YearPeriodMismatch {
                year: crate::error::cut(year),
                period: crate::error::cut(period),
            },
        ))
    }
}

/// A rate compares the same part of two years: a partial-year growth the same months a year (or
/// more) earlier, a full-year growth a full year.
fn check_compared_with(
    measure: Measure,
    period: Period,
    compared_with: Option<Period>,
) -> Result<(), Error> {
    let rate = matches!(
        measure,
        Measure::OperationsGrowth | Measure::ValueGrowth | Measure::OperationsCagr
    );
    match compared_with {
        Some(earlier) if rate && earlier.kind() != period.kind() => {
            Err(Error::ComparedPeriodMismatch {
                period: period.to_string(),
                compared_with: earlier.to_string(),
            })
        }
        _ => Ok(()),
    }
}

#[cfg(feature = "serde")]
#[derive(serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct ObservationForm {
    id: String,
    period: Period,
    scope: Scope,
    measure: Measure,
    #[serde(with = "crate::num::serde_decimal")]
    value: Decimal,
    #[serde(with = "crate::num::serde_decimal")]
    precision: Decimal,
    #[serde(default)]
    qualifier: Qualifier,
    as_written: String,
    #[serde(default)]
    compared_with: Option<Period>,
    #[serde(default)]
    source_url: String,
    #[serde(default)]
    note: String,
}

#[cfg(feature = "serde")]
impl TryFrom<ObservationForm> for Observation {
    type Error = Error;

    fn try_from(form: ObservationForm) -> Result<Self, Error> {
        let figure = ReportedFigure::new(form.measure.kind(), form.value, form.precision)?
            .with_qualifier(form.qualifier);
        let mut o = Observation::new(
            form.id,
            form.period,
            form.scope,
            form.measure,
            figure,
            form.as_written,
        )?
        .with_source_url(form.source_url)
        .with_note(form.note);
        o.compared_with = form.compared_with;
        o.validate().map_err(|(column, e)| e.at(1, column))?;
        Ok(o)
    }
}

#[cfg(feature = "serde")]
impl From<Observation> for ObservationForm {
    fn from(o: Observation) -> Self {
        ObservationForm {
            id: o.id,
            period: o.period,
            scope: o.scope,
            measure: o.measure,
            value: o.figure.value(),
            precision: o.figure.precision(),
            qualifier: o.figure.qualifier(),
            as_written: o.as_written,
            compared_with: o.compared_with,
            source_url: o.source_url,
            note: o.note,
        }
    }
}

/// The precision of a figure of a file without a `precision` column: the largest power of ten
/// that divides its value (1 for a value with no trailing zero, 0.1 for one decimal).
fn precision_of(value: Decimal) -> Decimal {
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
/// use morocco_ecommerce::{Period, Year};
///
/// let data = Dataset::cmi();
/// assert_eq!(data.observations().len(), 382);
/// let y2013 = Period::full_year(Year::try_from(2013)?);
/// let values = data.query(Some(y2013), Some(Scope::Total), Some(Measure::Value));
/// assert!(values.len() >= 2);
/// // A part of a year is a period of its own: the first nine months of 2023 are not 2023.
/// let nine_months: Period = "2023-9M".parse()?;
/// assert!(!data.query(Some(nine_months), Some(Scope::Total), Some(Measure::Value)).is_empty());
/// assert!(data.query(Some("2023".parse()?), Some(Scope::Total), Some(Measure::Value)).is_empty());
/// # Ok::<(), morocco_ecommerce::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Dataset {
    observations: Vec<Observation>,
}

const COLUMNS: [&str; 13] = [
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
    "precision",
    "period",
];

/// The columns of the first form of the file, without `precision` and `period`.
const COLUMNS_WITHOUT_PRECISION: usize = 11;

/// The index of the `precision` column, the first added to the first form.
const PRECISION_COLUMN: usize = 11;

/// The index of the `period` column, added in the third form.
const PERIOD_COLUMN: usize = 12;

impl Dataset {
    /// The CMI's figures 2010-2024 as the press relayed them, shipped with the crate: full
    /// years, and quarters, half-years and first months of years, with Bank Al-Maghrib's and
    /// Maroc Telecommerce's figures as series of their own. The years and scopes no source was
    /// found for are listed in the README's data section.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::data::Dataset;
    /// let data = Dataset::cmi();
    /// assert_eq!(data.observations().len(), 382);
    /// assert_eq!(data.observations().iter().filter(|o| !o.period.is_full_year()).count(), 154);
    /// ```
    pub fn cmi() -> Dataset {
        // The embedded file is checked by the tests: every row parses.
        Dataset::from_tsv(CMI_TSV).unwrap_or_default()
    }

    /// Figures from a TSV text in the schema of `cmi-annual-figures.tsv`: a header line with the
    /// columns `id year scope measure value unit as_written qualifier compared_with source_url
    /// note precision period`, then one figure per line.
    ///
    /// - `period` is the period the figure is about, as [`Period`] writes it: `2014`, `2015-H1`,
    ///   `2016-9M` (January to September), `2017-Q3`, `2018-M03`. A full-year figure gives its
    ///   year in `year` too (or leaves `period` empty); a partial-year figure leaves `year`
    ///   empty, so that a reader of the `year` column alone never takes it for a full year.
    /// - `compared_with` is, for a rate, the period it compares with, in the same form; it must
    ///   cover the same part of its year as `period` (a half-year with a half-year, never with
    ///   a full year).
    /// - `precision` is the unit of the last digit the source wrote, in base units (10000 for
    ///   "1,95 million").
    ///
    /// The earlier forms of the file are read too: without `period` (12 columns), every figure
    /// is a full year's; without `precision` either (11 columns), each figure's precision is
    /// the largest power of ten that divides its value, so "1950000" reads as written to the
    /// nearest 10 000.
    ///
    /// # Errors
    ///
    /// [`Error::Data`] naming the line and column of the first value that does not read: a wrong
    /// header, a missing column, an unknown scope, measure, unit or qualifier, a malformed number
    /// or period, a year and a period that disagree ([`Error::YearPeriodMismatch`]), a rate
    /// compared with another part of a year ([`Error::ComparedPeriodMismatch`]), a unit that
    /// does not fit the measure, a duplicate id.
    ///
    /// ```
    /// use morocco_ecommerce::data::Dataset;
    /// use morocco_ecommerce::Error;
    ///
    /// let header = "id\tyear\tscope\tmeasure\tvalue\tunit\tas_written\tqualifier\tcompared_with\tsource_url\tnote\tprecision\tperiod";
    /// let good = format!("{header}\nops\t2014\ttotal\toperations\t1950000\toperations\t1,95 million\texact\t\t\t\t10000\t2014\n");
    /// let data = Dataset::from_tsv(&good)?;
    /// assert_eq!(data.get("ops").map(|o| o.figure.precision()), Some(rust_decimal::Decimal::from(10_000)));
    ///
    /// // A half-year's growth, compared with the same half a year earlier; its year is left empty.
    /// let half = format!("{header}\ng\t\ttotal\toperations_growth\t51.8\tpercent\t51,8%\texact\t2015-H1\t\t\t0.1\t2016-H1\n");
    /// let o = Dataset::from_tsv(&half)?.get("g").cloned().unwrap();
    /// assert_eq!((o.period.to_string(), o.compared_with.map(|p| p.to_string())), ("2016-H1".into(), Some("2015-H1".into())));
    ///
    /// // A malformed period, and a half-year compared with a full year, name their line and column.
    /// let bad_period = half.replace("2016-H1\n", "2016-S1\n");
    /// assert!(matches!(Dataset::from_tsv(&bad_period), Err(Error::Data { line: 2, column: "period", .. })));
    /// let full_year_base = half.replace("2015-H1", "2015");
    /// assert!(matches!(Dataset::from_tsv(&full_year_base), Err(Error::Data { line: 2, column: "compared_with", .. })));
    ///
    /// // The first form of the file, without the precision and period columns.
    /// let old_header = header.trim_end_matches("\tprecision\tperiod");
    /// let old = format!("{old_header}\nops\t2014\ttotal\toperations\t1950000\toperations\t1,95 million\texact\t\t\t\n");
    /// assert_eq!(Dataset::from_tsv(&old)?.get("ops").map(|o| o.figure.precision()), Some(rust_decimal::Decimal::from(10_000)));
    ///
    /// let bad = good.replace("total", "everything");
    /// assert!(matches!(Dataset::from_tsv(&bad), Err(Error::Data { line: 2, column: "scope", .. })));
    /// # Ok::<(), Error>(())
    /// ```
    pub fn from_tsv(text: &str) -> Result<Dataset, Error> {
        let mut lines = text.lines().enumerate();
        let header = lines.next().map(|(_, l)| l).unwrap_or_default();
        let names: Vec<&str> = header.split('\t').collect();
        let columns = COLUMNS.get(..names.len()).unwrap_or(&COLUMNS);
        if names != columns || names.len() < COLUMNS_WITHOUT_PRECISION {
            return Err(Error::WrongHeader {
                found: crate::error::cut(header),
                expected: format!(
                    "{} (period, or precision and period, may be left out)",
                    COLUMNS.join(", ")
                ),
            }
            .at(1, "header"));
        }
        let width = names.len();
        let mut observations = Vec::new();
        let mut ids = std::collections::BTreeSet::new();
        for (index, line) in lines {
            if line.trim().is_empty() {
                continue;
            }
            let number = index + 1;
            let fields: Vec<&str> = line.split('\t').collect();
            let field = |i: usize| fields.get(i).copied().unwrap_or_default();
            if fields.len() != width {
                let column = COLUMNS
                    .get(fields.len().min(width - 1))
                    .copied()
                    .unwrap_or("note");
                return Err(Error::ColumnCount {
                    found: fields.len(),
                    expected: width,
                }
                .at(number, column));
            }
            let err = |column: &'static str| move |e: Error| e.at(number, column);
            let id = field(0).to_owned();
            if id.is_empty() {
                return Err(Error::EmptyId.at(number, "id"));
            }
            if !ids.insert(id.clone()) {
                return Err(Error::DuplicateId(crate::error::cut(&id)).at(number, "id"));
            }
            let period = read_period(field(1), fields.get(PERIOD_COLUMN).copied())
                .map_err(|(column, e)| e.at(number, column))?;
            let scope: Scope = field(2).parse().map_err(err("scope"))?;
            let measure: Measure = field(3).parse().map_err(err("measure"))?;
            let value =
                crate::num::decimal::parse_plain(field(4), "a value").map_err(err("value"))?;
            if field(5) != measure.unit() {
                return Err(Error::UnitMismatch {
                    unit: crate::error::cut(field(5)),
                    measure: measure.as_str(),
                    expected: measure.unit(),
                }
                .at(number, "unit"));
            }
            check_value(measure, value).map_err(err("value"))?;
            let qualifier = match field(7) {
                "slightly_more_than" => Qualifier::MoreThan,
                q => q.parse().map_err(err("qualifier"))?,
            };
            let compared_with = match field(8) {
                "" => None,
                p => Some(p.parse::<Period>().map_err(err("compared_with"))?),
            };
            check_compared_with(measure, period, compared_with).map_err(err("compared_with"))?;
            let precision = match fields.get(PRECISION_COLUMN) {
                Some(p) => {
                    let p = crate::num::decimal::parse_plain(p, "a precision")
                        .map_err(err("precision"))?;
                    if p <= Decimal::ZERO {
                        return Err(Error::PrecisionNotPositive(p).at(number, "precision"));
                    }
                    p
                }
                None => precision_of(value),
            };
            let figure = ReportedFigure::new(measure.kind(), value, precision)
                .map_err(err("value"))?
                .with_qualifier(qualifier);
            observations.push(Observation {
                id,
                period,
                scope,
                measure,
                figure,
                as_written: field(6).to_owned(),
                compared_with,
                source_url: field(9).to_owned(),
                note: field(10).to_owned(),
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
    /// assert_eq!(mine.observations().len(), 382);
    ///
    /// // A rate compared with another part of a year is refused, as in a file.
    /// let mut wrong = Dataset::cmi().get("total_value_growth_2016_h1_lavieeco").unwrap().clone();
    /// wrong = wrong.with_compared_with("2015".parse()?);
    /// assert!(matches!(Dataset::from_observations(vec![wrong]), Err(morocco_ecommerce::Error::Data { column: "compared_with", .. })));
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn from_observations(observations: Vec<Observation>) -> Result<Dataset, Error> {
        let mut ids = std::collections::BTreeSet::new();
        for (i, o) in observations.iter().enumerate() {
            let line = i + 1;
            if !ids.insert(o.id.clone()) {
                return Err(Error::DuplicateId(crate::error::cut(&o.id)).at(line, "id"));
            }
            o.validate().map_err(|(column, e)| e.at(line, column))?;
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
        period: Option<Period>,
        scope: Option<Scope>,
        measure: Option<Measure>,
    ) -> Vec<&Observation> {
        self.observations
            .iter()
            .filter(|o| period.is_none_or(|p| o.period == p))
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
    /// # use morocco_ecommerce::Period;
    /// let data = Dataset::cmi();
    /// let total = data.series(Scope::Total);
    /// let chosen = total.chosen("2013".parse::<Period>()?, Measure::Operations).unwrap();
    /// assert_eq!(chosen.as_written, "exactement 1.945.959 opérations");
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn series(&self, scope: Scope) -> ScopeSeries<'_> {
        let mut groups: BTreeMap<(Period, Measure), Vec<&Observation>> = BTreeMap::new();
        for o in self.observations.iter().filter(|o| o.scope == scope) {
            groups.entry((o.period, o.measure)).or_default().push(o);
        }
        let entries = groups
            .into_iter()
            .filter_map(|((period, measure), group)| {
                let chosen = choose(&group)?;
                let alternatives = group
                    .into_iter()
                    .filter(|o| !std::ptr::eq(*o, chosen))
                    .collect();
                Some(SeriesEntry {
                    period,
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
        Measure::OperationsShare | Measure::ValueShare | Measure::ActivityShare => {
            Share::from_percent(value).map(|_| ())
        }
        Measure::OperationsGrowth | Measure::ValueGrowth | Measure::OperationsCagr => {
            GrowthRate::from_percent(value).map(|_| ())
        }
    }
}

fn choose<'a>(group: &[&'a Observation]) -> Option<&'a Observation> {
    let agreement = |o: &Observation| {
        group
            .iter()
            .filter(|x| x.figure.value() == o.figure.value())
            .count()
    };
    group
        .iter()
        .copied()
        .enumerate()
        .min_by(|(ia, a), (ib, b)| {
            (a.figure.qualifier() != Qualifier::Exact)
                .cmp(&(b.figure.qualifier() != Qualifier::Exact))
                .then(a.figure.precision().cmp(&b.figure.precision()))
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
    /// The period.
    pub period: Period,
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
    /// The figures, by period then measure.
    pub entries: Vec<SeriesEntry<'a>>,
}

impl ScopeSeries<'_> {
    /// The chosen observation of a period and measure.
    ///
    /// ```
    /// # use morocco_ecommerce::data::{Dataset, Measure, Scope};
    /// # use morocco_ecommerce::Period;
    /// let data = Dataset::cmi();
    /// assert!(data.series(Scope::Total).chosen("2014".parse::<Period>()?, Measure::Value).is_some());
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    #[must_use]
    pub fn chosen(&self, period: Period, measure: Measure) -> Option<&Observation> {
        self.entries
            .iter()
            .find(|e| e.period == period && e.measure == measure)
            .map(|e| e.chosen)
    }

    /// The scope's operations and value as a [`Series`]: one record per period, whose totals
    /// are the chosen figures of this scope taken as printed (hedges are the checker's
    /// business). [`Series::table`] then gives the period-over-period growth and the average
    /// ticket.
    ///
    /// ```
    /// # use morocco_ecommerce::data::{Dataset, Scope};
    /// # use morocco_ecommerce::{Period, Rounding};
    /// let data = Dataset::cmi();
    /// let table = data.series(Scope::Total).records().table();
    /// let y2012 = table.iter().find(|r| r.period == "2012".parse::<Period>().unwrap()).unwrap();
    /// assert_eq!(y2012.value_growth.as_ref().map(|g| g.round_dp(1, Rounding::HalfEven).to_string()), Ok("48.3%".to_string()));
    /// ```
    #[must_use]
    pub fn records(&self) -> Series {
        let records = self
            .periods()
            .into_iter()
            // A record of totals alone has no parts to exceed them.
            .filter_map(|period| self.totals(period).build().ok())
            .collect();
        Series::new(records).unwrap_or_default()
    }

    /// The records of `total` (the total series, say) with this scope as the part of its card
    /// origin: the Moroccan cards' series within the total gives the Moroccan share of each
    /// period in [`Series::table`], and [`PeriodRecord::operations_share`] gives the share of
    /// either origin. Periods of `total` only are kept, without the part.
    ///
    /// # Errors
    ///
    /// [`Error::TotalBelowParts`] naming the first period where this scope's chosen figure is
    /// above the total's: two sources that do not agree.
    ///
    /// ```
    /// use morocco_ecommerce::data::{Dataset, Scope};
    /// use morocco_ecommerce::{Period, Rounding};
    ///
    /// let data = Dataset::cmi();
    /// let total = data.series(Scope::Total);
    /// let table = data.series(Scope::MoroccanCards).records_within(&total)?.table();
    /// let y2013: Period = "2013".parse()?;
    /// let y2013 = table.iter().find(|r| r.period == y2013).unwrap();
    /// let share = y2013.moroccan_value_share.as_ref().unwrap();
    /// assert_eq!(share.round_dp(1, Rounding::HalfEven).to_string(), "66.6%");
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn records_within(&self, total: &ScopeSeries<'_>) -> Result<Series, Error> {
        let origin = match self.scope {
            Scope::MoroccanCards => Some(CardOrigin::Moroccan),
            Scope::ForeignCards => Some(CardOrigin::Foreign),
            _ => None,
        };
        let mut records = Vec::new();
        for period in total.periods() {
            let mut builder = total.totals(period);
            match origin {
                Some(origin) => {
                    if let Some(t) = self.operations(period) {
                        builder = builder.operations(origin, t);
                    }
                    if let Some(a) = self.value(period) {
                        builder = builder.value(origin, a);
                    }
                }
                None if self.scope == Scope::MoroccanCardsAbroad => {
                    if let Some(t) = self.operations(period) {
                        builder = builder.abroad_operations(t);
                    }
                    if let Some(a) = self.value(period) {
                        builder = builder.abroad_value(a);
                    }
                }
                None => {}
            }
            records.push(builder.build()?);
        }
        Series::new(records)
    }

    /// A record of `period` whose totals are this series' chosen operations and value.
    fn totals(&self, period: Period) -> RecordBuilder {
        let mut builder = PeriodRecord::builder(period);
        if let Some(t) = self.operations(period) {
            builder = builder.total_operations(t);
        }
        if let Some(a) = self.value(period) {
            builder = builder.total_value(a);
        }
        builder
    }

    /// The periods of the series, in order.
    fn periods(&self) -> Vec<Period> {
        let mut periods: Vec<Period> = self.entries.iter().map(|e| e.period).collect();
        periods.dedup();
        periods
    }

    fn operations(&self, period: Period) -> Option<Transactions> {
        self.chosen(period, Measure::Operations)
            .and_then(|o| Transactions::try_from(o.figure.value()).ok())
    }

    fn value(&self, period: Period) -> Option<AmountMad> {
        self.chosen(period, Measure::Value)
            .and_then(|o| AmountMad::try_from(o.figure.value()).ok())
    }
}
