//! The figures of one reporting period.

use crate::Error;
use crate::model::{AmountMad, AverageTicket, CardOrigin, Period, Share, Transactions};

/// Operations and value of one slice of activity; either may be unknown.
///
/// # Example
///
/// ```
/// use morocco_ecommerce::{AmountMad, Activity, Transactions};
///
/// let m = Activity::new(Some(Transactions::from(1_950_000)), Some(AmountMad::from_dirhams(1_050_000_000)));
/// assert_eq!(m.operations, Some(Transactions::from(1_950_000)));
/// assert!(Activity::default().is_empty());
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(default, deny_unknown_fields))]
pub struct Activity {
    /// The number of operations, where known.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub operations: Option<Transactions>,
    /// Their value in dirhams, where known.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub value: Option<AmountMad>,
}

impl Activity {
    /// Activity from their parts.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::{Activity, Transactions};
    /// let m = Activity::new(Some(Transactions::from(3)), None);
    /// assert!(m.value.is_none());
    /// ```
    pub const fn new(operations: Option<Transactions>, value: Option<AmountMad>) -> Activity {
        Activity { operations, value }
    }

    /// Whether neither measure is known.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::Activity;
    /// assert!(Activity::default().is_empty());
    /// ```
    pub const fn is_empty(&self) -> bool {
        self.operations.is_none() && self.value.is_none()
    }
}

/// The online card payments of one period: operations and value by card origin and in total on
/// the CMI's merchant sites, and, as a separate figure, Moroccan cards spending abroad or on
/// foreign sites.
///
/// Build one with [`PeriodRecord::builder`]. Where both origins are given and the total is not,
/// the total is their sum; a total given below the sum of the parts given is an error. A total
/// above the sum is kept: it may include operations whose origin the report does not split.
///
/// # Example
///
/// ```
/// use morocco_ecommerce::{AmountMad, CardOrigin, Error, Period, PeriodRecord, Transactions, Year};
///
/// let period = Period::full_year(Year::try_from(2014)?);
/// let record = PeriodRecord::builder(period)
///     .operations(CardOrigin::Moroccan, Transactions::from(1_800_000))
///     .operations(CardOrigin::Foreign, Transactions::from(150_000))
///     .build()?;
/// assert_eq!(record.total().operations, Some(Transactions::from(1_950_000)));
///
/// let wrong = PeriodRecord::builder(period)
///     .operations(CardOrigin::Moroccan, Transactions::from(1_800_000))
///     .total_operations(Transactions::from(1_000_000))
///     .build();
/// assert!(matches!(wrong, Err(Error::TotalBelowParts { .. })));
/// # Ok::<(), Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(try_from = "RecordBuilder"))]
pub struct PeriodRecord {
    period: Period,
    moroccan: Activity,
    foreign: Activity,
    total: Activity,
    moroccan_cards_abroad: Activity,
}

/// Gathers the figures of a [`PeriodRecord`]; [`RecordBuilder::build`] checks them.
///
/// It is also the record's serde form: a JSON object with `period` and the optional measures
/// `moroccan`, `foreign`, `total` and `moroccan_cards_abroad`, each `{"operations": 1950000,
/// "value": "1050000000.00"}` with either field optional.
///
/// ```
/// use morocco_ecommerce::{Period, PeriodRecord, RecordBuilder};
/// let builder: RecordBuilder = PeriodRecord::builder("2014".parse::<Period>()?);
/// assert!(builder.build().is_ok());
/// # Ok::<(), morocco_ecommerce::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[must_use]
pub struct RecordBuilder {
    period: Period,
    #[cfg_attr(feature = "serde", serde(default))]
    moroccan: Activity,
    #[cfg_attr(feature = "serde", serde(default))]
    foreign: Activity,
    #[cfg_attr(feature = "serde", serde(default))]
    total: Activity,
    #[cfg_attr(feature = "serde", serde(default))]
    moroccan_cards_abroad: Activity,
}

impl RecordBuilder {
    /// The operations of cards of one origin on the CMI's merchant sites.
    ///
    /// ```
    /// # use morocco_ecommerce::{CardOrigin, Period, PeriodRecord, Transactions};
    /// let r = PeriodRecord::builder("2014".parse::<Period>()?).operations(CardOrigin::Moroccan, Transactions::from(3)).build()?;
    /// assert_eq!(r.by_origin(CardOrigin::Moroccan).operations, Some(Transactions::from(3)));
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn operations(mut self, origin: CardOrigin, count: Transactions) -> Self {
        self.origin_mut(origin).operations = Some(count);
        self
    }

    /// The value of the payments of cards of one origin on the CMI's merchant sites.
    ///
    /// ```
    /// # use morocco_ecommerce::{AmountMad, CardOrigin, Period, PeriodRecord};
    /// let r = PeriodRecord::builder("2014".parse::<Period>()?).value(CardOrigin::Foreign, AmountMad::from_dirhams(5)).build()?;
    /// assert_eq!(r.by_origin(CardOrigin::Foreign).value, Some(AmountMad::from_dirhams(5)));
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn value(mut self, origin: CardOrigin, amount: AmountMad) -> Self {
        self.origin_mut(origin).value = Some(amount);
        self
    }

    /// All operations on the CMI's merchant sites.
    ///
    /// ```
    /// # use morocco_ecommerce::{Period, PeriodRecord, Transactions};
    /// let r = PeriodRecord::builder("2014".parse::<Period>()?).total_operations(Transactions::from(2_010_000)).build()?;
    /// assert_eq!(r.total().operations, Some(Transactions::from(2_010_000)));
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn total_operations(mut self, count: Transactions) -> Self {
        self.total.operations = Some(count);
        self
    }

    /// The value of all payments on the CMI's merchant sites.
    ///
    /// ```
    /// # use morocco_ecommerce::{AmountMad, Period, PeriodRecord};
    /// let r = PeriodRecord::builder("2014".parse::<Period>()?).total_value(AmountMad::from_dirhams(1_200_000_000)).build()?;
    /// assert_eq!(r.total().value, Some(AmountMad::from_dirhams(1_200_000_000)));
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn total_value(mut self, amount: AmountMad) -> Self {
        self.total.value = Some(amount);
        self
    }

    /// Operations of Moroccan cards abroad or on foreign sites.
    ///
    /// ```
    /// # use morocco_ecommerce::{Period, PeriodRecord, Transactions};
    /// let r = PeriodRecord::builder("2012".parse::<Period>()?).abroad_operations(Transactions::from(389_000)).build()?;
    /// assert_eq!(r.moroccan_cards_abroad().operations, Some(Transactions::from(389_000)));
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn abroad_operations(mut self, count: Transactions) -> Self {
        self.moroccan_cards_abroad.operations = Some(count);
        self
    }

    /// Value of the payments of Moroccan cards abroad or on foreign sites.
    ///
    /// ```
    /// # use morocco_ecommerce::{AmountMad, Period, PeriodRecord};
    /// let r = PeriodRecord::builder("2012".parse::<Period>()?).abroad_value(AmountMad::from_dirhams(682_700_000)).build()?;
    /// assert!(r.total().value.is_none());
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn abroad_value(mut self, amount: AmountMad) -> Self {
        self.moroccan_cards_abroad.value = Some(amount);
        self
    }

    fn origin_mut(&mut self, origin: CardOrigin) -> &mut Activity {
        match origin {
            CardOrigin::Moroccan => &mut self.moroccan,
            CardOrigin::Foreign => &mut self.foreign,
        }
    }

    /// Checks the figures and derives the totals.
    ///
    /// # Errors
    ///
    /// [`Error::TotalBelowParts`] when a total is below the sum of its given parts,
    /// [`Error::Overflow`] when the parts do not add up within the type.
    ///
    /// ```
    /// # use morocco_ecommerce::{AmountMad, CardOrigin, Period, PeriodRecord};
    /// let record = PeriodRecord::builder("2014".parse::<Period>()?)
    ///     .value(CardOrigin::Moroccan, AmountMad::from_dirhams(95))
    ///     .value(CardOrigin::Foreign, AmountMad::from_dirhams(5))
    ///     .build()?;
    /// assert_eq!(record.total().value, Some(AmountMad::from_dirhams(100)));
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn build(self) -> Result<PeriodRecord, Error> {
        let period = self.period;
        let parts = [self.moroccan, self.foreign];
        let operations = reconcile(
            "operations",
            period,
            self.total.operations,
            parts.map(|m| m.operations),
            Transactions::checked_add,
        )?;
        let value = reconcile(
            "value",
            period,
            self.total.value,
            parts.map(|m| m.value),
            AmountMad::checked_add,
        )?;
        Ok(PeriodRecord {
            period,
            moroccan: self.moroccan,
            foreign: self.foreign,
            total: Activity::new(operations, value),
            moroccan_cards_abroad: self.moroccan_cards_abroad,
        })
    }
}

/// The total of a measure: the given one, checked against the sum of the given parts, or the sum
/// when both parts are given and the total is not.
fn reconcile<T: Copy + Ord + ToString>(
    measure: &'static str,
    period: Period,
    total: Option<T>,
    parts: [Option<T>; 2],
    add: impl Fn(T, T) -> Result<T, Error>,
) -> Result<Option<T>, Error> {
    let given: Vec<T> = parts.iter().flatten().copied().collect();
    let mut sum: Option<T> = None;
    for part in given.iter().copied() {
        sum = Some(match sum {
            Some(s) => add(s, part)?,
            None => part,
        });
    }
    match (total, sum) {
        (Some(total), Some(sum)) if total < sum => Err(Error::TotalBelowParts {
            measure,
            period: period.to_string(),
            total: total.to_string(),
            parts: sum.to_string(),
        }),
        (Some(total), _) => Ok(Some(total)),
        (None, Some(sum)) if given.len() == parts.len() => Ok(Some(sum)),
        (None, _) => Ok(None),
    }
}

#[cfg(feature = "serde")]
impl TryFrom<RecordBuilder> for PeriodRecord {
    type Error = Error;

    fn try_from(builder: RecordBuilder) -> Result<Self, Error> {
        builder.build()
    }
}

impl PeriodRecord {
    /// Starts a record for `period`.
    ///
    /// ```
    /// # use morocco_ecommerce::{Period, PeriodRecord};
    /// let empty = PeriodRecord::builder("2014-9M".parse::<Period>()?).build()?;
    /// assert!(empty.total().is_empty());
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn builder(period: Period) -> RecordBuilder {
        RecordBuilder {
            period,
            moroccan: Activity::default(),
            foreign: Activity::default(),
            total: Activity::default(),
            moroccan_cards_abroad: Activity::default(),
        }
    }

    /// The period the record covers.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::{Period, PeriodRecord};
    /// let p: Period = "2014-Q1".parse()?;
    /// assert_eq!(PeriodRecord::builder(p).build()?.period(), p);
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub const fn period(&self) -> Period {
        self.period
    }

    /// The activity of cards of one origin on the CMI's merchant sites.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::{CardOrigin, Period, PeriodRecord, Transactions};
    /// let r = PeriodRecord::builder("2014".parse::<Period>()?).operations(CardOrigin::Foreign, Transactions::from(9)).build()?;
    /// assert_eq!(r.by_origin(CardOrigin::Foreign).operations, Some(Transactions::from(9)));
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub const fn by_origin(&self, origin: CardOrigin) -> Activity {
        match origin {
            CardOrigin::Moroccan => self.moroccan,
            CardOrigin::Foreign => self.foreign,
        }
    }

    /// All activity on the CMI's merchant sites.
    ///
    /// ```
    /// # use morocco_ecommerce::data::{Dataset, Scope};
    /// let series = Dataset::seed_article().series(Scope::MoroccanCards).records();
    /// assert!(series.records()[0].total().operations.is_some());
    /// ```
    #[must_use]
    pub const fn total(&self) -> Activity {
        self.total
    }

    /// Moroccan cards abroad or on foreign sites: a separate series, not part of the total.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::{AmountMad, Period, PeriodRecord};
    /// let r = PeriodRecord::builder("2014".parse::<Period>()?).abroad_value(AmountMad::from_dirhams(900_000_000)).build()?;
    /// assert_eq!(r.moroccan_cards_abroad().value, Some(AmountMad::from_dirhams(900_000_000)));
    /// assert!(r.total().value.is_none());
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub const fn moroccan_cards_abroad(&self) -> Activity {
        self.moroccan_cards_abroad
    }

    /// The average value of one operation, over all cards.
    ///
    /// # Errors
    ///
    /// [`Error::Missing`] when the total operations or value is unknown,
    /// [`Error::ZeroOperations`] (naming the period) when there were none.
    ///
    /// ```
    /// # use morocco_ecommerce::{AmountMad, Period, PeriodRecord, Rounding, Transactions};
    /// let r = PeriodRecord::builder("2014".parse::<Period>()?)
    ///     .total_operations(Transactions::from(4))
    ///     .total_value(AmountMad::from_dirhams(10))
    ///     .build()?;
    /// assert_eq!(r.average_ticket()?.to_amount(Rounding::HalfEven)?.to_string(), "2.50");
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn average_ticket(&self) -> Result<AverageTicket, Error> {
        let value = self.require(self.total.value, "total value")?;
        let operations = self.require(self.total.operations, "total operations")?;
        AverageTicket::of(value, operations).map_err(|e| e.in_period(self.period))
    }

    /// The share of cards of one origin in the operations.
    ///
    /// # Errors
    ///
    /// [`Error::Missing`] when a figure is unknown, [`Error::ZeroTotal`] when the total is zero.
    ///
    /// ```
    /// # use morocco_ecommerce::{CardOrigin, Period, PeriodRecord, Transactions};
    /// let r = PeriodRecord::builder("2014".parse::<Period>()?)
    ///     .operations(CardOrigin::Moroccan, Transactions::from(193))
    ///     .operations(CardOrigin::Foreign, Transactions::from(7))
    ///     .build()?;
    /// assert_eq!(r.operations_share(CardOrigin::Moroccan)?.to_string(), "96.5%");
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn operations_share(&self, origin: CardOrigin) -> Result<Share, Error> {
        let part = self.require(
            self.by_origin(origin).operations,
            "operations by card origin",
        )?;
        let total = self.require(self.total.operations, "total operations")?;
        Share::of(part, total).map_err(|e| e.in_period(self.period))
    }

    /// The share of cards of one origin in the value.
    ///
    /// # Errors
    ///
    /// [`Error::Missing`] when a figure is unknown, [`Error::ZeroTotal`] when the total is zero.
    ///
    /// ```
    /// # use morocco_ecommerce::{AmountMad, CardOrigin, Period, PeriodRecord};
    /// let r = PeriodRecord::builder("2014".parse::<Period>()?)
    ///     .value(CardOrigin::Moroccan, AmountMad::from_dirhams(95))
    ///     .value(CardOrigin::Foreign, AmountMad::from_dirhams(5))
    ///     .build()?;
    /// assert_eq!(r.value_share(CardOrigin::Foreign)?.to_string(), "5%");
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn value_share(&self, origin: CardOrigin) -> Result<Share, Error> {
        let part = self.require(self.by_origin(origin).value, "value by card origin")?;
        let total = self.require(self.total.value, "total value")?;
        Share::of(part, total).map_err(|e| e.in_period(self.period))
    }

    fn require<T>(&self, figure: Option<T>, what: &'static str) -> Result<T, Error> {
        figure.ok_or_else(|| Error::Missing {
            what,
            period: self.period.to_string(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Year;

    fn period() -> Period {
        Period::full_year(Year::MIN)
    }

    #[test]
    fn total_is_kept_when_above_parts() -> Result<(), Error> {
        let r = PeriodRecord::builder(period())
            .value(CardOrigin::Moroccan, AmountMad::from_dirhams(10))
            .total_value(AmountMad::from_dirhams(20))
            .build()?;
        assert_eq!(r.total().value, Some(AmountMad::from_dirhams(20)));
        assert!(r.total().operations.is_none());
        Ok(())
    }

    #[test]
    fn one_part_does_not_make_a_total() -> Result<(), Error> {
        let r = PeriodRecord::builder(period())
            .operations(CardOrigin::Foreign, Transactions::from(3))
            .build()?;
        assert_eq!(r.total().operations, None);
        assert_eq!(
            r.operations_share(CardOrigin::Foreign),
            Err(Error::Missing {
                what: "total operations",
                period: period().to_string()
            })
        );
        Ok(())
    }

    #[test]
    fn errors_name_the_period() {
        let r = PeriodRecord::builder(period())
            .total_operations(Transactions::ZERO)
            .total_value(AmountMad::ZERO)
            .build();
        let Ok(r) = r else {
            unreachable!("zero totals are valid")
        };
        assert_eq!(
            r.average_ticket(),
            Err(Error::ZeroOperations(Some(period().to_string())))
        );
        assert_eq!(
            r.average_ticket().unwrap_err().to_string(),
            "no operations for 1900: an average ticket needs at least one"
        );
        let overflow = PeriodRecord::builder(period())
            .operations(CardOrigin::Moroccan, Transactions::MAX)
            .operations(CardOrigin::Foreign, Transactions::MAX)
            .build();
        assert!(matches!(overflow, Err(Error::Overflow(_))));
    }
}
