//! The CMI's results for 2013 and 2014, as the press relayed them.

use rust_decimal::Decimal;

use crate::Error;
use crate::model::{
    AmountMad, GrowthRate, Period, PeriodRecord, Qualifier, Series, Share, Transactions, Year,
};
use crate::reported::{FigureKind, ReportedFigure};

/// Where a built-in figure comes from.
///
/// ```
/// use morocco_ecommerce::data::builtin;
/// assert_eq!(builtin().figures()[0].source.language, "ar");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Source {
    /// Who published the figure first.
    pub publisher: &'static str,
    /// Through whom it reached the public.
    pub relayed_by: &'static str,
    /// When it was relayed.
    pub published: &'static str,
    /// The language it was written in.
    pub language: &'static str,
}

/// The source of every built-in figure.
pub const CMI_2014_RESULTS: Source = Source {
    publisher: "Centre Monétique Interbancaire (CMI), annual results for 2014",
    relayed_by: "an Arabic-language Moroccan news article",
    published: "early 2015",
    language: "ar",
};

/// A typed figure value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(
    feature = "serde",
    serde(tag = "kind", content = "value", rename_all = "snake_case")
)]
///
/// ```
/// use morocco_ecommerce::data::{builtin, FigureValue};
/// assert!(matches!(builtin().figure("moroccan_card_share_2014").unwrap().value, FigureValue::Share(_)));
/// ```
#[non_exhaustive]
pub enum FigureValue {
    /// A count of operations.
    Operations(Transactions),
    /// An amount of dirhams.
    Amount(AmountMad),
    /// A growth rate against an earlier period.
    Growth(GrowthRate),
    /// A share of a total.
    Share(Share),
}

/// One published figure with its provenance.
///
/// ```
/// use morocco_ecommerce::data::builtin;
/// let f = *builtin().figure("card_value_2013").unwrap();
/// assert_eq!(f.as_written, "في حدود 910 مليون درهم");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Figure {
    /// A stable identifier, such as `card_operations_2014`.
    pub id: &'static str,
    /// The period the figure is about.
    pub period: Period,
    /// For a growth rate, the period it compares with.
    pub compared_with: Option<Period>,
    /// What the figure measures, in words.
    pub measures: &'static str,
    /// The value, as published (the qualifier says how to read it).
    pub value: FigureValue,
    /// The figure as reported: its written value, precision and hedge, for the checker.
    pub reported: ReportedFigure,
    /// The hedge the report put on it.
    pub qualifier: Qualifier,
    /// The figure as the source wrote it.
    pub as_written: &'static str,
    /// Where it comes from.
    pub source: Source,
}

/// The built-in figures: the CMI's results for 2013 and 2014.
///
/// # Example
///
/// ```
/// use morocco_ecommerce::data::{builtin, FigureValue};
/// use morocco_ecommerce::{Qualifier, Transactions};
///
/// let data = builtin();
/// let ops = data.figure("card_operations_2014").unwrap();
/// assert_eq!(ops.value, FigureValue::Operations(Transactions::from(1_950_000)));
/// assert_eq!(ops.as_written, "1,95 مليون عملية");
/// assert_eq!(data.figure("card_value_2014").unwrap().qualifier, Qualifier::MoreThan);
/// assert_eq!(data.figures().len(), 10);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BuiltinData {
    figures: Vec<Figure>,
}

impl BuiltinData {
    /// Every built-in figure, in the order of `seed-figures.md`.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::data::builtin;
    /// assert_eq!(builtin().figures()[0].id, "all_operations_2014");
    /// ```
    pub fn figures(&self) -> &[Figure] {
        &self.figures
    }

    /// The figure with the given id.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::data::builtin;
    /// assert!(builtin().figure("card_value_growth_2014").is_some());
    /// assert!(builtin().figure("nothing").is_none());
    /// ```
    pub fn figure(&self, id: &str) -> Option<&Figure> {
        self.figures.iter().find(|f| f.id == id)
    }

    /// The card payment series: total card operations and value for 2013 and 2014, with Moroccan
    /// cards' spending on foreign sites in 2014. The figures are taken as printed, whatever their
    /// qualifier: the consistency checker is the place to reason about their ranges.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::data::builtin;
    /// assert_eq!(builtin().card_series().records().len(), 2);
    /// ```
    pub fn card_series(&self) -> Series {
        let records = [2013, 2014]
            .into_iter()
            .filter_map(|year| {
                let year = Year::try_from(year).ok()?;
                let mut builder = PeriodRecord::builder(Period::full_year(year));
                if let Some(FigureValue::Operations(t)) =
                    self.value_of(&format!("card_operations_{year}"))
                {
                    builder = builder.total_operations(t);
                }
                if let Some(FigureValue::Amount(a)) = self.value_of(&format!("card_value_{year}")) {
                    builder = builder.total_value(a);
                }
                if let Some(FigureValue::Amount(a)) =
                    self.value_of(&format!("foreign_sites_spend_{year}"))
                {
                    builder = builder.abroad_value(a);
                }
                builder.build().ok()
            })
            .collect();
        Series::new(records).unwrap_or_default()
    }

    fn value_of(&self, id: &str) -> Option<FigureValue> {
        self.figure(id).map(|f| f.value)
    }
}

/// The built-in figures, parsed and checked; see [`BuiltinData`].
#[must_use]
pub fn builtin() -> BuiltinData {
    // Every row is a literal checked by the tests below; a row that failed to build would be
    // dropped here and caught there.
    let figures = ROWS.iter().filter_map(|row| row.build().ok()).collect();
    BuiltinData { figures }
}

struct Row {
    id: &'static str,
    year: i32,
    compared_with: Option<i32>,
    measures: &'static str,
    kind: Kind,
    /// The number as written, with a point for the decimal comma.
    number: &'static str,
    /// The scale word as a power of ten: 6 for million, 9 for billion.
    scale: u32,
    qualifier: Qualifier,
    as_written: &'static str,
}

#[derive(Clone, Copy)]
enum Kind {
    Operations,
    Amount,
    Growth,
    Share,
}

impl Row {
    fn build(&self) -> Result<Figure, Error> {
        let period = Period::full_year(Year::try_from(self.year)?);
        let compared_with = self
            .compared_with
            .map(|y| Year::try_from(y).map(Period::full_year))
            .transpose()?;
        let number = crate::num::decimal::parse_plain(self.number, "a built-in figure")?;
        let scale = Decimal::from_i128_with_scale(10i128.pow(self.scale), 0);
        let figure_kind = match self.kind {
            Kind::Operations => FigureKind::Count,
            Kind::Amount => FigureKind::AmountMad,
            Kind::Growth | Kind::Share => FigureKind::Percent,
        };
        let reported =
            ReportedFigure::written(figure_kind, number, scale)?.with_qualifier(self.qualifier);
        let v = reported.value();
        let value = match self.kind {
            Kind::Operations => FigureValue::Operations(Transactions::try_from(v)?),
            Kind::Amount => FigureValue::Amount(AmountMad::try_from(v)?),
            Kind::Growth => FigureValue::Growth(GrowthRate::from_percent(v)?),
            Kind::Share => FigureValue::Share(Share::from_percent(v)?),
        };
        Ok(Figure {
            id: self.id,
            period,
            compared_with,
            measures: self.measures,
            value,
            reported,
            qualifier: self.qualifier,
            as_written: self.as_written,
            source: CMI_2014_RESULTS,
        })
    }
}

const ROWS: &[Row] = &[
    Row {
        id: "all_operations_2014",
        year: 2014,
        compared_with: None,
        measures: "e-commerce purchase operations recorded by the CMI",
        kind: Kind::Operations,
        number: "2.1",
        scale: 6,
        qualifier: Qualifier::MoreThan,
        as_written: "أكثر من 2,1 مليون عملية",
    },
    Row {
        id: "all_turnover_2014",
        year: 2014,
        compared_with: None,
        measures: "e-commerce turnover, paid with Moroccan and foreign cards",
        kind: Kind::Amount,
        number: "1.2",
        scale: 9,
        qualifier: Qualifier::Exact,
        as_written: "1,2 مليار درهم",
    },
    Row {
        id: "card_operations_2013",
        year: 2013,
        compared_with: None,
        measures: "e-commerce payment operations by bank card",
        kind: Kind::Operations,
        number: "1.67",
        scale: 6,
        qualifier: Qualifier::Exact,
        as_written: "1,67 مليون عملية",
    },
    Row {
        id: "card_operations_2014",
        year: 2014,
        compared_with: None,
        measures: "e-commerce payment operations by bank card",
        kind: Kind::Operations,
        number: "1.95",
        scale: 6,
        qualifier: Qualifier::Exact,
        as_written: "1,95 مليون عملية",
    },
    Row {
        id: "card_operations_growth_2014",
        year: 2014,
        compared_with: Some(2013),
        measures: "growth of the number of card operations",
        kind: Kind::Growth,
        number: "16",
        scale: 0,
        qualifier: Qualifier::Exact,
        as_written: "ارتفاعا نسبته 16 في المائة",
    },
    Row {
        id: "card_value_2013",
        year: 2013,
        compared_with: None,
        measures: "value of e-commerce card payments",
        kind: Kind::Amount,
        number: "910",
        scale: 6,
        qualifier: Qualifier::About,
        as_written: "في حدود 910 مليون درهم",
    },
    Row {
        id: "card_value_2014",
        year: 2014,
        compared_with: None,
        measures: "value of e-commerce card payments",
        kind: Kind::Amount,
        number: "1.05",
        scale: 9,
        qualifier: Qualifier::MoreThan,
        as_written: "أكثر من 1,05 مليار درهم",
    },
    Row {
        id: "card_value_growth_2014",
        year: 2014,
        compared_with: Some(2013),
        measures: "growth of the value of card payments",
        kind: Kind::Growth,
        number: "14.9",
        scale: 0,
        qualifier: Qualifier::About,
        as_written: "ارتفاعا في حدود 14,9 في المائة",
    },
    Row {
        id: "moroccan_card_share_2014",
        year: 2014,
        compared_with: None,
        measures: "share of e-commerce activity paid with Moroccan-issued cards",
        kind: Kind::Share,
        number: "95",
        scale: 0,
        qualifier: Qualifier::Exact,
        as_written: "95 في المائة",
    },
    Row {
        id: "foreign_sites_spend_2014",
        year: 2014,
        compared_with: None,
        measures: "purchases on foreign websites paid with Moroccan cards",
        kind: Kind::Amount,
        number: "900",
        scale: 6,
        qualifier: Qualifier::Exact,
        as_written: "900 مليون درهم",
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_builds() {
        for row in ROWS {
            assert!(row.build().is_ok(), "row {} does not build", row.id);
        }
        assert_eq!(builtin().figures().len(), ROWS.len());
    }

    #[test]
    fn ids_are_unique() {
        let mut ids: Vec<&str> = ROWS.iter().map(|r| r.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), ROWS.len());
    }

    #[test]
    fn card_series_has_both_years() {
        let series = builtin().card_series();
        assert_eq!(series.records().len(), 2);
        let table = series.table();
        let Some(row) = table.last() else {
            unreachable!("two rows")
        };
        let growth = row.operations_growth.as_ref().map(GrowthRate::as_percent);
        assert_eq!(growth, Ok(Decimal::from(2800) / Decimal::from(167)));
    }
}
