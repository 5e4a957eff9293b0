//! Exact aggregation of payment records into per-period figures.

use crate::Error;
use crate::model::{
    AmountMad, CardOrigin, MerchantSite, Period, PeriodRecord, Series, Transactions,
};

/// One card payment: when, which card, where, how much.
///
/// With the `serde` feature it reads from a CSV row or a JSON object with the fields `period`
/// (`2014`, `2014-Q3`, `2014-M03`...), `origin` (`moroccan`, `foreign`), `site`
/// (`cmi_affiliated`, `abroad`) and `amount` (`"250.00"`), validated as the types are.
///
/// A payment known by its day goes in the period that contains it:
/// [`Date::period`](crate::model::Date::period) gives its month, quarter, half or year.
///
/// # Example
///
/// ```
/// use morocco_ecommerce::{AmountMad, CardOrigin, Date, MerchantSite, Period, PeriodLength, Year};
/// use morocco_ecommerce::aggregate::PaymentRecord;
///
/// let record = PaymentRecord {
///     period: Period::full_year(Year::try_from(2014)?),
///     origin: CardOrigin::Moroccan,
///     site: MerchantSite::CmiAffiliated,
///     amount: AmountMad::from_centimes(25_000)?,
/// };
/// assert_eq!(record.amount.to_string(), "250.00");
///
/// let day: Date = "2014-03-15".parse()?;
/// let dated = PaymentRecord { period: day.period(PeriodLength::Month), ..record };
/// assert_eq!(dated.period.to_string(), "2014-M03");
/// # Ok::<(), morocco_ecommerce::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct PaymentRecord {
    /// The reporting period the payment falls in.
    pub period: Period,
    /// Where the card was issued.
    pub origin: CardOrigin,
    /// Where the payment happened.
    pub site: MerchantSite,
    /// How much was paid.
    pub amount: AmountMad,
}

/// Operations and centimes for each card origin and site, for one period.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Cells {
    /// Indexed by `[site][origin]`.
    counts: [[u64; 2]; 2],
    centimes: [[u128; 2]; 2],
}

const fn site_index(site: MerchantSite) -> usize {
    match site {
        MerchantSite::CmiAffiliated => 0,
        MerchantSite::Abroad => 1,
    }
}

const fn origin_index(origin: CardOrigin) -> usize {
    match origin {
        CardOrigin::Moroccan => 0,
        CardOrigin::Foreign => 1,
    }
}

/// Sums below this are kept without a check per record: 2^127 leaves room for any single amount
/// (below 2^96) to be added without wrapping, and the limit of an amount is checked at the end.
const SAFE: u128 = 1 << 127;

/// Payment records summed exactly, per period, card origin and site.
///
/// Totals are integer centimes, so nothing is lost to rounding. Two aggregates of different
/// records [`merge`](Aggregate::merge) into the aggregate of all of them, so threads, files or
/// the partitions of a distributed job can each sum their part.
///
/// # Example
///
/// ```
/// use morocco_ecommerce::aggregate::{Aggregate, PaymentRecord};
/// use morocco_ecommerce::{AmountMad, CardOrigin, MerchantSite, Period, Year};
///
/// let period = Period::full_year(Year::try_from(2014)?);
/// let pay = |origin, centimes| PaymentRecord { period, origin, site: MerchantSite::CmiAffiliated, amount: AmountMad::from_centimes(centimes).unwrap() };
/// let mut a = Aggregate::from_records([pay(CardOrigin::Moroccan, 10_000), pay(CardOrigin::Foreign, 5_000)])?;
/// let b = Aggregate::from_records([pay(CardOrigin::Moroccan, 2_550)])?;
/// a.merge(&b)?;
/// let records = a.period_records()?;
/// assert_eq!(records[0].total().value.map(|v| v.to_string()), Some("175.50".to_string()));
/// assert_eq!(records[0].total().operations.map(u64::from), Some(3));
/// # Ok::<(), morocco_ecommerce::Error>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct Aggregate {
    periods: Vec<(Period, Cells)>,
    /// For each period key (see `Period::key`), one more than its index in `periods`, or 0.
    /// Years are bounded, so every period has a slot: finding one is an index, not a hash.
    slots: Vec<u32>,
    records: u64,
}

impl Aggregate {
    /// An empty aggregate.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::aggregate::Aggregate;
    /// assert_eq!(Aggregate::new().record_count(), 0);
    /// ```
    pub fn new() -> Aggregate {
        Aggregate::default()
    }

    /// How many records were added.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::aggregate::{Aggregate, PaymentRecord};
    /// # use morocco_ecommerce::{AmountMad, CardOrigin, MerchantSite, Period};
    /// let period: Period = "2014-M03".parse()?;
    /// let pay = |c| PaymentRecord { period, origin: CardOrigin::Moroccan, site: MerchantSite::CmiAffiliated, amount: AmountMad::from_dirhams(c) };
    /// assert_eq!(Aggregate::from_records([pay(1), pay(2)])?.record_count(), 2);
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub const fn record_count(&self) -> u64 {
        self.records
    }

    /// The index of a period's cells, added when new.
    #[inline]
    fn slot(&mut self, period: Period) -> Result<usize, Error> {
        if self.slots.is_empty() {
            self.slots = vec![0; Period::KEYS];
        }
        let key = period.key();
        let no_cell = || Error::AggregateTable {
            period: period.to_string(),
        };
        let slot = self.slots.get_mut(key).ok_or_else(no_cell)?;
        if *slot == 0 {
            self.periods.push((period, Cells::default()));
            *slot = u32::try_from(self.periods.len()).map_err(|_| no_cell())?;
        }
        Ok(*slot as usize - 1)
    }

    #[inline]
    fn cells(&mut self, period: Period) -> Result<&mut Cells, Error> {
        let i = self.slot(period)?;
        self.periods
            .get_mut(i)
            .map(|(_, cells)| cells)
            .ok_or_else(|| Error::AggregateTable {
                period: period.to_string(),
            })
    }

    /// Adds one record.
    ///
    /// # Errors
    ///
    /// [`Error::ForeignCardAbroad`] for a foreign card on a foreign site, which no CMI figure
    /// counts; [`Error::Overflow`] when a count would pass `u64::MAX` or a sum 2^127 centimes.
    /// Sums above [`AmountMad::MAX`] are reported by [`Aggregate::period_records`].
    #[inline]
    ///
    /// ```
    /// # use morocco_ecommerce::aggregate::{Aggregate, PaymentRecord};
    /// # use morocco_ecommerce::{AmountMad, CardOrigin, MerchantSite, Period};
    /// let period: Period = "2014-M03".parse()?;
    /// let pay = |c| PaymentRecord { period, origin: CardOrigin::Moroccan, site: MerchantSite::CmiAffiliated, amount: AmountMad::from_dirhams(c) };
    /// let mut a = Aggregate::new();
    /// a.add(&pay(250))?;
    /// let foreign_abroad = PaymentRecord { origin: CardOrigin::Foreign, site: MerchantSite::Abroad, ..pay(1) };
    /// assert!(a.add(&foreign_abroad).is_err());
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn add(&mut self, record: &PaymentRecord) -> Result<(), Error> {
        if record.site == MerchantSite::Abroad && record.origin == CardOrigin::Foreign {
            return Err(Error::ForeignCardAbroad);
        }
        let cells = self.cells(record.period)?;
        let (s, o) = (site_index(record.site), origin_index(record.origin));
        let count = cells.counts.get_mut(s).and_then(|row| row.get_mut(o));
        let centimes = cells.centimes.get_mut(s).and_then(|row| row.get_mut(o));
        let (Some(count), Some(centimes)) = (count, centimes) else {
            return Err(Error::AggregateTable {
                period: record.period.to_string(),
            });
        };
        *count = count.checked_add(1).ok_or_else(|| {
            Error::Overflow(crate::error::Operation::describe(format!(
                "the count of {} records",
                u64::MAX
            )))
        })?;
        if *centimes >= SAFE {
            return Err(Error::Overflow(crate::error::Operation::describe(
                "the sum of the amounts of one period",
            )));
        }
        *centimes += record.amount.to_centimes();
        self.records += 1;
        Ok(())
    }

    /// The aggregate of every record of an iterator.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRecord`] naming the record (counting from 0) that cannot be added, with
    /// the error of [`Aggregate::add`] as its source.
    ///
    /// ```
    /// # use morocco_ecommerce::aggregate::{Aggregate, PaymentRecord};
    /// # use morocco_ecommerce::{AmountMad, CardOrigin, MerchantSite, Period};
    /// let period: Period = "2014-M03".parse()?;
    /// let pay = |c| PaymentRecord { period, origin: CardOrigin::Moroccan, site: MerchantSite::CmiAffiliated, amount: AmountMad::from_dirhams(c) };
    /// let a = Aggregate::from_records((1..=3).map(pay))?;
    /// assert_eq!(a.period_records()?[0].total().value, Some(AmountMad::from_dirhams(6)));
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn from_records<I: IntoIterator<Item = PaymentRecord>>(
        records: I,
    ) -> Result<Aggregate, Error> {
        let mut aggregate = Aggregate::new();
        aggregate.extend_records(records.into_iter().map(Ok::<_, core::convert::Infallible>))?;
        Ok(aggregate)
    }

    /// Adds every record of an iterator of results, such as the rows of a CSV file read through
    /// serde; the first error, from the iterator or from a sum, stops it.
    ///
    /// # Errors
    ///
    /// [`Error::UnreadableRecord`] naming the record (counting from 0 in this call) for which the
    /// iterator gave an error, with that error as its source (reachable through
    /// [`std::error::Error::source`]); [`Error::InvalidRecord`] naming the record that cannot be
    /// added, with the error of [`Aggregate::add`] as its source.
    ///
    /// ```
    /// # use morocco_ecommerce::aggregate::{Aggregate, PaymentRecord};
    /// # use morocco_ecommerce::{AmountMad, CardOrigin, MerchantSite, Period};
    /// let period: Period = "2014-M03".parse()?;
    /// let pay = |c| PaymentRecord { period, origin: CardOrigin::Moroccan, site: MerchantSite::CmiAffiliated, amount: AmountMad::from_dirhams(c) };
    /// let mut a = Aggregate::new();
    /// let rows: Vec<Result<PaymentRecord, String>> = vec![Ok(pay(1)), Err("line 3: bad amount".into())];
    /// assert_eq!(a.extend_records(rows).unwrap_err().to_string(), "record 1 cannot be read: line 3: bad amount");
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn extend_records<I, E>(&mut self, records: I) -> Result<(), Error>
    where
        I: IntoIterator<Item = Result<PaymentRecord, E>>,
        E: Into<Box<dyn std::error::Error + Send + Sync + 'static>>,
    {
        for (index, record) in records.into_iter().enumerate() {
            let record = record.map_err(|e| Error::UnreadableRecord {
                index,
                source: crate::error::CallerError::new(e),
            })?;
            self.add(&record).map_err(|e| Error::InvalidRecord {
                index,
                source: Box::new(e),
            })?;
        }
        Ok(())
    }

    /// Adds another aggregate into this one: the result is the aggregate of both sets of
    /// records.
    ///
    /// # Errors
    ///
    /// [`Error::Overflow`] when a count or a sum would overflow.
    ///
    /// ```
    /// # use morocco_ecommerce::aggregate::{Aggregate, PaymentRecord};
    /// # use morocco_ecommerce::{AmountMad, CardOrigin, MerchantSite, Period};
    /// let period: Period = "2014-M03".parse()?;
    /// let pay = |c| PaymentRecord { period, origin: CardOrigin::Moroccan, site: MerchantSite::CmiAffiliated, amount: AmountMad::from_dirhams(c) };
    /// let mut a = Aggregate::from_records([pay(1)])?;
    /// a.merge(&Aggregate::from_records([pay(2)])?)?;
    /// assert_eq!(a.record_count(), 2);
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn merge(&mut self, other: &Aggregate) -> Result<(), Error> {
        for (period, theirs) in &other.periods {
            let ours = self.cells(*period)?;
            for (row, their_row) in ours.counts.iter_mut().zip(&theirs.counts) {
                for (c, t) in row.iter_mut().zip(their_row) {
                    *c = c
                        .checked_add(*t)
                        .ok_or_else(|| Error::Overflow(crate::error::Operation::new(*c, "+", t)))?;
                }
            }
            for (row, their_row) in ours.centimes.iter_mut().zip(&theirs.centimes) {
                for (c, t) in row.iter_mut().zip(their_row) {
                    let sum = c.checked_add(*t).filter(|s| *s < SAFE);
                    *c = sum
                        .ok_or_else(|| Error::Overflow(crate::error::Operation::new(*c, "+", t)))?;
                }
            }
        }
        self.records = self.records.checked_add(other.records).ok_or_else(|| {
            Error::Overflow(crate::error::Operation::new(
                self.records,
                "+",
                other.records,
            ))
        })?;
        Ok(())
    }

    /// The per-period records of the core crate, in period order: operations and value by card
    /// origin and in total on the CMI's merchant sites, and Moroccan cards abroad.
    ///
    /// # Errors
    ///
    /// [`Error::Overflow`] when a period's sum is above [`AmountMad::MAX`].
    ///
    /// ```
    /// # use morocco_ecommerce::aggregate::{Aggregate, PaymentRecord};
    /// # use morocco_ecommerce::{AmountMad, CardOrigin, MerchantSite, Period};
    /// let period: Period = "2014-M03".parse()?;
    /// let pay = |c| PaymentRecord { period, origin: CardOrigin::Moroccan, site: MerchantSite::CmiAffiliated, amount: AmountMad::from_dirhams(c) };
    /// let records = Aggregate::from_records([pay(5)])?.period_records()?;
    /// assert_eq!(records[0].period(), period);
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn period_records(&self) -> Result<Vec<PeriodRecord>, Error> {
        let mut periods: Vec<&(Period, Cells)> = self.periods.iter().collect();
        periods.sort_by_key(|(p, _)| *p);
        periods
            .into_iter()
            .map(|(period, cells)| {
                let at = |site: MerchantSite,
                          origin: CardOrigin|
                 -> Result<(Transactions, AmountMad), Error> {
                    let (s, o) = (site_index(site), origin_index(origin));
                    let count = cells
                        .counts
                        .get(s)
                        .and_then(|r| r.get(o))
                        .copied()
                        .unwrap_or(0);
                    let centimes = cells
                        .centimes
                        .get(s)
                        .and_then(|r| r.get(o))
                        .copied()
                        .unwrap_or(0);
                    let amount = AmountMad::from_centimes(centimes).map_err(|_| {
                        Error::Overflow(crate::error::Operation::describe(format!(
                            "the value of {period} ({centimes} centimes)"
                        )))
                    })?;
                    Ok((Transactions::from(count), amount))
                };
                let (mo, mv) = at(MerchantSite::CmiAffiliated, CardOrigin::Moroccan)?;
                let (fo, fv) = at(MerchantSite::CmiAffiliated, CardOrigin::Foreign)?;
                let (ao, av) = at(MerchantSite::Abroad, CardOrigin::Moroccan)?;
                PeriodRecord::builder(*period)
                    .operations(CardOrigin::Moroccan, mo)
                    .value(CardOrigin::Moroccan, mv)
                    .operations(CardOrigin::Foreign, fo)
                    .value(CardOrigin::Foreign, fv)
                    .abroad_operations(ao)
                    .abroad_value(av)
                    .build()
            })
            .collect()
    }

    /// The per-period records as a [`Series`], with its period-over-period table.
    ///
    /// # Errors
    ///
    /// As [`Aggregate::period_records`].
    ///
    /// ```
    /// # use morocco_ecommerce::aggregate::{Aggregate, PaymentRecord};
    /// # use morocco_ecommerce::{AmountMad, CardOrigin, MerchantSite, Period};
    /// let period: Period = "2014-M03".parse()?;
    /// let pay = |c| PaymentRecord { period, origin: CardOrigin::Moroccan, site: MerchantSite::CmiAffiliated, amount: AmountMad::from_dirhams(c) };
    /// assert_eq!(Aggregate::from_records([pay(5)])?.series()?.records().len(), 1);
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn series(&self) -> Result<Series, Error> {
        Series::new(self.period_records()?)
    }

    /// Aggregates a slice on every core (feature `rayon`): each thread sums a chunk, and the
    /// chunks are merged.
    ///
    /// # Errors
    ///
    /// As [`Aggregate::from_records`], naming the record by its index in the slice.
    ///
    /// ```
    /// # use morocco_ecommerce::aggregate::{Aggregate, PaymentRecord};
    /// # use morocco_ecommerce::{AmountMad, CardOrigin, MerchantSite, Period};
    /// let period: Period = "2014".parse()?;
    /// let records: Vec<PaymentRecord> = (0..1_000u64)
    ///     .map(|i| PaymentRecord { period, origin: CardOrigin::Moroccan, site: MerchantSite::CmiAffiliated, amount: AmountMad::from_dirhams(i) })
    ///     .collect();
    /// let parallel = Aggregate::from_slice_parallel(&records)?;
    /// assert_eq!(parallel.period_records()?, Aggregate::from_records(records)?.period_records()?);
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    #[cfg(feature = "rayon")]
    pub fn from_slice_parallel(records: &[PaymentRecord]) -> Result<Aggregate, Error> {
        use rayon::prelude::*;
        const CHUNK: usize = 64 * 1024;
        records
            .par_chunks(CHUNK)
            .enumerate()
            .map(|(chunk, part)| {
                let mut a = Aggregate::new();
                for (i, r) in part.iter().enumerate() {
                    a.add(r).map_err(|e| Error::InvalidRecord {
                        index: chunk * CHUNK + i,
                        source: Box::new(e),
                    })?;
                }
                Ok(a)
            })
            .try_reduce(Aggregate::new, |mut a, b| {
                a.merge(&b)?;
                Ok(a)
            })
    }
}
