//! Records over several periods, and their period-over-period table.

use crate::Error;
use crate::model::{AverageTicket, CardOrigin, GrowthRate, Period, PeriodRecord, Quantity, Share};

/// Period records in order, at most one per period.
///
/// # Example
///
/// ```
/// use morocco_ecommerce::{AmountMad, Period, PeriodRecord, Series, Transactions, Year};
///
/// let record = |year, ops, dirhams| {
///     PeriodRecord::builder(Period::full_year(Year::try_from(year)?))
///         .total_operations(Transactions::from(ops))
///         .total_value(AmountMad::from_dirhams(dirhams))
///         .build()
/// };
/// let series = Series::new(vec![record(2014, 1_950_000, 1_050_000_000)?, record(2013, 1_670_000, 910_000_000)?])?;
/// let table = series.table();
/// let row_2014 = &table[1];
/// assert_eq!(row_2014.compared_with.map(|p| p.to_string()).as_deref(), Some("2013"));
/// assert_eq!(row_2014.operations_growth.as_ref().map(|g| g.round_dp(2, morocco_ecommerce::Rounding::HalfEven).to_string()), Ok("16.77%".to_string()));
/// # Ok::<(), morocco_ecommerce::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(
    feature = "serde",
    serde(try_from = "Vec<PeriodRecord>", into = "Vec<PeriodRecord>")
)]
pub struct Series {
    records: Vec<PeriodRecord>,
}

/// One line of a [`Series::table`]: a period against the same period one year earlier.
///
/// Each figure is a `Result`: a figure the records cannot give says why, naming the period.
///
/// ```
/// use morocco_ecommerce::data::{Dataset, Scope};
/// let table = Dataset::seed_article().series(Scope::MoroccanCards).records().table();
/// assert_eq!(table[1].compared_with.map(|p| p.to_string()).as_deref(), Some("2013"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct SeriesRow {
    /// The period of the line.
    pub period: Period,
    /// The same period one year earlier, when the series has it.
    pub compared_with: Option<Period>,
    /// Growth of all operations.
    pub operations_growth: Result<GrowthRate, Error>,
    /// Growth of the value of all operations.
    pub value_growth: Result<GrowthRate, Error>,
    /// Share of Moroccan cards in the operations.
    pub moroccan_operations_share: Result<Share, Error>,
    /// Share of Moroccan cards in the value.
    pub moroccan_value_share: Result<Share, Error>,
    /// Average value of an operation.
    pub average_ticket: Result<AverageTicket, Error>,
}

impl Series {
    /// A series from records in any order.
    ///
    /// # Errors
    ///
    /// [`Error::DuplicatePeriod`] when two records share a period.
    ///
    /// ```
    /// # use morocco_ecommerce::{Period, PeriodRecord, Series};
    /// let r = PeriodRecord::builder("2014".parse::<Period>()?).build()?;
    /// assert!(Series::new(vec![r.clone(), r]).is_err());
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn new(mut records: Vec<PeriodRecord>) -> Result<Series, Error> {
        records.sort_by_key(PeriodRecord::period);
        for pair in records.windows(2) {
            if let [a, b] = pair
                && a.period() == b.period()
            {
                return Err(Error::DuplicatePeriod(a.period().to_string()));
            }
        }
        Ok(Series { records })
    }

    /// The records, in period order.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::data::{Dataset, Scope};
    /// let years: Vec<String> = Dataset::seed_article().series(Scope::MoroccanCards).records().records().iter().map(|r| r.period().to_string()).collect();
    /// assert_eq!(years, ["2013", "2014"]);
    /// ```
    pub fn records(&self) -> &[PeriodRecord] {
        &self.records
    }

    /// The record of one period.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::data::{Dataset, Scope};
    /// # use morocco_ecommerce::Period;
    /// assert!(Dataset::seed_article().series(Scope::MoroccanCards).records().get("2013".parse::<Period>()?).is_some());
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn get(&self, period: Period) -> Option<&PeriodRecord> {
        self.records
            .binary_search_by_key(&period, PeriodRecord::period)
            .ok()
            .and_then(|i| self.records.get(i))
    }

    /// The period-over-period table: for each record, growth against the same period one year
    /// earlier, the Moroccan cards' shares and the average ticket.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::data::{Dataset, Scope};
    /// # use morocco_ecommerce::Rounding;
    /// let table = Dataset::seed_article().series(Scope::MoroccanCards).records().table();
    /// let ticket = table[1].average_ticket.as_ref().unwrap();
    /// assert_eq!(ticket.to_amount(Rounding::HalfEven)?.to_string(), "538.46");
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn table(&self) -> Vec<SeriesRow> {
        self.records.iter().map(|r| self.row(r)).collect()
    }

    fn row(&self, record: &PeriodRecord) -> SeriesRow {
        let period = record.period();
        let earlier = period
            .same_period_previous_year()
            .ok()
            .and_then(|p| self.get(p));
        let missing_earlier = Error::Missing {
            what: "the same period one year earlier",
            period: period.to_string(),
        };
        SeriesRow {
            period,
            compared_with: earlier.map(PeriodRecord::period),
            operations_growth: earlier.map_or(Err(missing_earlier.clone()), |e| {
                growth_of(e, record, |r| r.total().operations, "total operations")
            }),
            value_growth: earlier.map_or(Err(missing_earlier.clone()), |e| {
                growth_of(e, record, |r| r.total().value, "total value")
            }),
            moroccan_operations_share: record.operations_share(CardOrigin::Moroccan),
            moroccan_value_share: record.value_share(CardOrigin::Moroccan),
            average_ticket: record.average_ticket(),
        }
    }
}

/// Growth of one measure between two records, naming the period of a missing figure or of a
/// zero base.
fn growth_of<Q: Quantity>(
    earlier: &PeriodRecord,
    later: &PeriodRecord,
    pick: impl Fn(&PeriodRecord) -> Option<Q>,
    what: &'static str,
) -> Result<GrowthRate, Error> {
    let from = pick(earlier).ok_or_else(|| Error::Missing {
        what,
        period: earlier.period().to_string(),
    })?;
    let to = pick(later).ok_or_else(|| Error::Missing {
        what,
        period: later.period().to_string(),
    })?;
    GrowthRate::between(from, to).map_err(|e| e.in_period(earlier.period()))
}

impl TryFrom<Vec<PeriodRecord>> for Series {
    type Error = Error;

    fn try_from(records: Vec<PeriodRecord>) -> Result<Self, Error> {
        Series::new(records)
    }
}

impl From<Series> for Vec<PeriodRecord> {
    fn from(series: Series) -> Self {
        series.records
    }
}
