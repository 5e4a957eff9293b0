//! A figure as a report prints it: rounded, and perhaps hedged.

use core::fmt;
use core::str::FromStr;

use rust_decimal::Decimal;

use crate::Error;
use crate::error::Operation;
use crate::model::Qualifier;
use crate::num::directed::{self, Dir};
use crate::num::pad;
use crate::reported::{Bound, Interval};

/// What a reported figure counts: each kind is one of the crate's quantities.
///
/// The names in files and JSON (`count`, `amount_mad`, `percent`, `merchants`) are those of
/// the first release: a [`Transactions`](crate::Transactions) figure is still written `count`.
/// `percentage_points` is a difference of two percentages ("+6 points", "0,4 نقطة"): signed like
/// a percent, but no claim takes it where a percent is wanted (a growth of 6 points is no growth
/// rate of 6 %), so a claim given one is an error of kind, not a verdict.
///
/// ```
/// use morocco_ecommerce::text::extract;
/// use morocco_ecommerce::FigureKind;
/// let kinds: Vec<FigureKind> = extract("2 millions d'opérations, 1 MMDH, 16 %").iter().map(|f| f.kind()).collect();
/// assert_eq!(kinds, [FigureKind::Transactions, FigureKind::AmountMad, FigureKind::Percent]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum FigureKind {
    /// A number of card operations, a [`Transactions`](crate::Transactions) value (`count`).
    Transactions,
    /// An amount of dirhams.
    AmountMad,
    /// A percentage: a growth rate or a share.
    Percent,
    /// A number of merchant sites, a [`Merchants`](crate::Merchants) value (`merchants`): the
    /// record's active sites, the press's "sites marchands".
    Merchants,
    /// A number of payment cards, a [`Cards`](crate::Cards) value (`cards`).
    Cards,
    /// A difference of two percentages, in percentage points: "+6 points", "6 points de
    /// pourcentage", "2 percentage points", "0,4 نقطة". Signed, as a percent is.
    PercentagePoints,
}

impl FigureKind {
    /// Every kind.
    pub const ALL: [FigureKind; 6] = [
        FigureKind::Transactions,
        FigureKind::AmountMad,
        FigureKind::Percent,
        FigureKind::Merchants,
        FigureKind::Cards,
        FigureKind::PercentagePoints,
    ];

    /// Whether a figure of this kind may be negative: a percentage, or a difference of two.
    ///
    /// ```
    /// # use morocco_ecommerce::FigureKind;
    /// assert!(FigureKind::PercentagePoints.is_signed());
    /// assert!(!FigureKind::AmountMad.is_signed());
    /// ```
    #[must_use]
    pub const fn is_signed(self) -> bool {
        matches!(self, FigureKind::Percent | FigureKind::PercentagePoints)
    }

    /// The canonical name: `count`, `amount_mad`, `percent`, `merchants`, `cards`,
    /// `percentage_points`.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::FigureKind;
    /// assert_eq!(FigureKind::AmountMad.as_str(), "amount_mad");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            FigureKind::Transactions => "count",
            FigureKind::AmountMad => "amount_mad",
            FigureKind::Percent => "percent",
            FigureKind::Merchants => "merchants",
            FigureKind::Cards => "cards",
            FigureKind::PercentagePoints => "percentage_points",
        }
    }
}

crate::num::named_enum!(
    FigureKind,
    "a figure kind",
    "a figure kind is count, amount_mad, percent, merchants, cards or percentage_points"
);

/// How the writer is assumed to have rounded a figure to its last written digit.
///
/// Not [`Rounding`](crate::Rounding), which says how the crate rounds a value it computes: an
/// assumption maps a printed figure to the range of true values behind it, and `Nearest` leaves
/// the direction of a tie unknown, which no rounding of a computation can.
///
/// Each assumption maps the written value `v` with precision `p` to the range of true values that
/// print as `v`:
///
/// | assumption | `v >= 0` | `v < 0` |
/// |---|---|---|
/// | `Nearest` (tie direction unknown) | `[v - p/2, v + p/2]` | same |
/// | `HalfUp` (ties away from zero) | `[v - p/2, v + p/2)` (`(-p/2, p/2)` for `v = 0`) | `(v - p/2, v + p/2]` |
/// | `HalfEven` | closed ends if `v/p` is even, open if odd | same |
/// | `Truncate` (toward zero) | `[v, v + p)` (`(-p, p)` for `v = 0` on signed figures) | `(v - p, v]` |
/// | `Floor` | `[v, v + p)` | same |
/// | `Ceiling` | `(v - p, v]` | same |
///
/// ```
/// use morocco_ecommerce::{Assumption, BoundReading, FigureKind, ReportedFigure, RoundingAssumption};
/// use rust_decimal::Decimal;
/// let sixteen = ReportedFigure::new(FigureKind::Percent, Decimal::from(16), Decimal::ONE)?;
/// let ceiling = Assumption::new(RoundingAssumption::Ceiling, BoundReading::Literal);
/// assert_eq!(sixteen.range(ceiling)?.to_string(), "(15, 16]");
/// # Ok::<(), morocco_ecommerce::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
#[non_exhaustive]
pub enum RoundingAssumption {
    /// To the nearest, the direction of a tie unknown: the default, and the widest of the
    /// "nearest" readings.
    #[default]
    Nearest,
    /// To the nearest, ties away from zero.
    HalfUp,
    /// To the nearest, ties to the even neighbour.
    HalfEven,
    /// Digits cut off, toward zero.
    Truncate,
    /// Toward minus infinity.
    Floor,
    /// Toward plus infinity.
    Ceiling,
}

impl RoundingAssumption {
    /// Every assumption, the default first.
    pub const ALL: [RoundingAssumption; 6] = [
        RoundingAssumption::Nearest,
        RoundingAssumption::HalfUp,
        RoundingAssumption::HalfEven,
        RoundingAssumption::Truncate,
        RoundingAssumption::Floor,
        RoundingAssumption::Ceiling,
    ];

    /// The canonical name: `nearest`, `half_up`, `half_even`, `truncate`, `floor`, `ceiling`.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::RoundingAssumption;
    /// assert_eq!(RoundingAssumption::HalfEven.as_str(), "half_even");
    /// assert_eq!("floor".parse::<RoundingAssumption>()?, RoundingAssumption::Floor);
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            RoundingAssumption::Nearest => "nearest",
            RoundingAssumption::HalfUp => "half_up",
            RoundingAssumption::HalfEven => "half_even",
            RoundingAssumption::Truncate => "truncate",
            RoundingAssumption::Floor => "floor",
            RoundingAssumption::Ceiling => "ceiling",
        }
    }
}

crate::num::named_enum!(
    RoundingAssumption,
    "a rounding assumption",
    "one of nearest, half_up, half_even, truncate, floor, ceiling"
);

/// How to read a bound such as "more than X".
///
/// ```
/// use morocco_ecommerce::{Assumption, BoundReading, FigureKind, Qualifier, ReportedFigure, RoundingAssumption};
/// use rust_decimal::Decimal;
/// let over = ReportedFigure::new(FigureKind::Transactions, Decimal::from(714_000), Decimal::from(1_000))?.with_qualifier(Qualifier::MoreThan);
/// let literal = Assumption::new(RoundingAssumption::Nearest, BoundReading::Literal);
/// let rounded = Assumption::new(RoundingAssumption::Nearest, BoundReading::Rounded);
/// assert_eq!(over.range(literal)?.to_string(), "(714000, +inf)");
/// assert_eq!(over.range(rounded)?.to_string(), "(713500, +inf)");
/// # Ok::<(), morocco_ecommerce::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
#[non_exhaustive]
pub enum BoundReading {
    /// The words mean what they say: "more than 1.05 billion" is above 1.05 billion. The default.
    #[default]
    Literal,
    /// The bound is itself a rounded figure: "more than 1.05 billion" is above some value that
    /// rounds to 1.05 billion, so above the low end of that value's range.
    Rounded,
}

impl BoundReading {
    /// Both readings, the default first.
    pub const ALL: [BoundReading; 2] = [BoundReading::Literal, BoundReading::Rounded];

    /// The canonical name, which `Display` writes and `FromStr` (and serde) read: `literal`,
    /// `rounded`.
    ///
    /// ```
    /// # use morocco_ecommerce::BoundReading;
    /// assert_eq!(BoundReading::Rounded.as_str(), "rounded");
    /// assert_eq!("literal".parse::<BoundReading>()?, BoundReading::Literal);
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            BoundReading::Literal => "literal",
            BoundReading::Rounded => "rounded",
        }
    }
}

crate::num::named_enum!(
    BoundReading,
    "a bound reading",
    "a bound reading is literal or rounded"
);

/// One way of reading every figure of a claim: a rounding assumption and a reading of bounds.
///
/// # Example
///
/// ```
/// use morocco_ecommerce::{Assumption, BoundReading, RoundingAssumption};
///
/// let a = Assumption::default();
/// assert_eq!(a.rounding, RoundingAssumption::Nearest);
/// assert_eq!(a.bounds, BoundReading::Literal);
/// assert_eq!(a.to_string(), "nearest");
/// assert_eq!(Assumption::new(RoundingAssumption::Truncate, BoundReading::Rounded).to_string(), "truncate, bounds rounded");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Assumption {
    /// How figures were rounded.
    pub rounding: RoundingAssumption,
    /// How "more than" and its kin are read.
    pub bounds: BoundReading,
}

impl Assumption {
    /// An assumption from its parts.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::{Assumption, BoundReading, RoundingAssumption};
    /// let a = Assumption::new(RoundingAssumption::Truncate, BoundReading::Literal);
    /// assert_eq!(a.to_string(), "truncate");
    /// ```
    pub const fn new(rounding: RoundingAssumption, bounds: BoundReading) -> Assumption {
        Assumption { rounding, bounds }
    }

    /// Every rounding assumption with literal bounds.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::Assumption;
    /// assert_eq!(Assumption::every_rounding().len(), 6);
    /// ```
    pub fn every_rounding() -> Vec<Assumption> {
        RoundingAssumption::ALL
            .into_iter()
            .map(|r| Assumption::new(r, BoundReading::Literal))
            .collect()
    }
}

impl fmt::Display for Assumption {
    /// The rounding assumption's name, then `, bounds rounded` when bounds are read as rounded:
    /// `nearest`, `truncate, bounds rounded`. Padded as a `str` is.
    ///
    /// ```
    /// # use morocco_ecommerce::{Assumption, BoundReading, RoundingAssumption};
    /// let a = Assumption::new(RoundingAssumption::Floor, BoundReading::Rounded);
    /// assert_eq!(format!("[{a:>24}]"), "[   floor, bounds rounded]");
    /// assert_eq!(a.to_string().parse::<Assumption>()?, a);
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        pad::pad(f, pad::Kind::Text, |w| match self.bounds {
            BoundReading::Literal => w.write_str(self.rounding.as_str()),
            BoundReading::Rounded => write!(w, "{}, bounds rounded", self.rounding.as_str()),
        })
    }
}

impl FromStr for Assumption {
    type Err = Error;

    /// Reads what `Display` writes: a rounding assumption's name, optionally followed by
    /// `, bounds rounded`.
    fn from_str(s: &str) -> Result<Self, Error> {
        let (rounding, bounds) = match s.strip_suffix(", bounds rounded") {
            Some(rounding) => (rounding, BoundReading::Rounded),
            None => (s, BoundReading::Literal),
        };
        let rounding = rounding.parse::<RoundingAssumption>().map_err(|_| {
            Error::parse(
                "an assumption",
                s,
                "an assumption is a rounding assumption (nearest, half_up, half_even, truncate, floor, ceiling), optionally followed by \", bounds rounded\"",
            )
        })?;
        Ok(Assumption::new(rounding, bounds))
    }
}

/// A figure as a report prints it: the value as written, its precision, and its hedge.
///
/// The precision is the unit of the last written digit, in base units (operations, dirhams or
/// percent): "1,67 million" has a precision of 10 000 operations, "910 million MAD" of one
/// million dirhams, "14,9 %" of 0.1 point. It can be overridden to read a figure as coarser than
/// written ([`ReportedFigure::with_precision`]).
///
/// A figure carries no rounding assumption of its own unless one is fixed with
/// [`ReportedFigure::with_rounding`]: the [checker](crate::check::Checker) reads it under each
/// assumption it is asked to.
///
/// # Example
///
/// ```
/// use morocco_ecommerce::{Assumption, FigureKind, Qualifier, ReportedFigure};
/// use rust_decimal::Decimal;
///
/// // "1,67 million operations"
/// let ops = ReportedFigure::written(FigureKind::Transactions, "1.67".parse()?, Decimal::from(1_000_000))?;
/// assert_eq!(ops.value(), Decimal::from(1_670_000));
/// assert_eq!(ops.precision(), Decimal::from(10_000));
/// assert_eq!(ops.range(Assumption::default())?.to_string(), "[1665000, 1675000]");
///
/// // "more than 1,05 billion dirhams"
/// let value = ReportedFigure::written(FigureKind::AmountMad, "1.05".parse()?, Decimal::from(1_000_000_000))?
///     .with_qualifier(Qualifier::MoreThan);
/// assert_eq!(value.range(Assumption::default())?.to_string(), "(1050000000, +inf)");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(try_from = "ReportedFigureForm"))]
pub struct ReportedFigure {
    kind: FigureKind,
    #[cfg_attr(feature = "serde", serde(with = "crate::num::serde_decimal"))]
    value: Decimal,
    #[cfg_attr(feature = "serde", serde(with = "crate::num::serde_decimal"))]
    precision: Decimal,
    qualifier: Qualifier,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    rounding: Option<RoundingAssumption>,
    #[cfg_attr(
        feature = "serde",
        serde(
            skip_serializing_if = "Option::is_none",
            with = "crate::num::serde_decimal::option"
        )
    )]
    about_half_width: Option<Decimal>,
}

impl ReportedFigure {
    /// A figure from the number as written and its scale word's multiplier: "1,67 million" is
    /// `written(Count, 1.67, 1000000)`. The number's decimals, trailing zeros included, give the
    /// precision: write `1.50` for "1,50".
    ///
    /// # Errors
    ///
    /// [`Error::ScaleNotPositive`] for a scale that is not positive,
    /// [`Error::NegativeFigure`] for a negative count or amount, [`Error::Overflow`] for a value
    /// beyond the range of a `Decimal`.
    ///
    /// ```
    /// # use morocco_ecommerce::{FigureKind, ReportedFigure};
    /// # use rust_decimal::Decimal;
    /// // "1,05 milliard"
    /// let f = ReportedFigure::written(FigureKind::AmountMad, Decimal::new(105, 2), Decimal::from(1_000_000_000))?;
    /// assert_eq!((f.value(), f.precision()), (Decimal::from(1_050_000_000), Decimal::from(10_000_000)));
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn written(
        kind: FigureKind,
        number: Decimal,
        scale: Decimal,
    ) -> Result<ReportedFigure, Error> {
        if scale <= Decimal::ZERO {
            return Err(Error::ScaleNotPositive(scale));
        }
        let value = number
            .checked_mul(scale)
            .ok_or_else(|| Error::Overflow(Operation::new(number, "*", scale)))?;
        let unit = Decimal::new(1, number.scale());
        let precision = unit.checked_mul(scale).ok_or_else(|| {
            Error::Overflow(Operation::describe(format!(
                "the precision of {number} * {scale}"
            )))
        })?;
        ReportedFigure::new(kind, value, precision)
    }

    /// A figure from its value in base units and its precision.
    ///
    /// # Errors
    ///
    /// [`Error::PrecisionNotPositive`] for a precision that is not positive,
    /// [`Error::NegativeFigure`] for a negative count or amount.
    ///
    /// ```
    /// # use morocco_ecommerce::{FigureKind, ReportedFigure};
    /// # use rust_decimal::Decimal;
    /// let sixteen = ReportedFigure::new(FigureKind::Percent, Decimal::from(16), Decimal::ONE)?;
    /// assert_eq!(sixteen.kind(), FigureKind::Percent);
    /// assert!(ReportedFigure::new(FigureKind::Transactions, Decimal::NEGATIVE_ONE, Decimal::ONE).is_err());
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn new(
        kind: FigureKind,
        value: Decimal,
        precision: Decimal,
    ) -> Result<ReportedFigure, Error> {
        if precision <= Decimal::ZERO {
            return Err(Error::PrecisionNotPositive(precision));
        }
        if !kind.is_signed() && value < Decimal::ZERO {
            return Err(Error::NegativeFigure {
                kind: kind.as_str(),
                value,
            });
        }
        Ok(ReportedFigure {
            kind,
            value: value.normalize(),
            precision: precision.normalize(),
            qualifier: Qualifier::Exact,
            rounding: None,
            about_half_width: None,
        })
    }

    /// The same figure with a hedge.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::{FigureKind, Qualifier, ReportedFigure};
    /// # use rust_decimal::Decimal;
    /// let f = ReportedFigure::new(FigureKind::Transactions, Decimal::from(2_100_000), Decimal::from(100_000))?.with_qualifier(Qualifier::MoreThan);
    /// assert_eq!(f.qualifier(), Qualifier::MoreThan);
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub const fn with_qualifier(mut self, qualifier: Qualifier) -> ReportedFigure {
        self.qualifier = qualifier;
        self
    }

    /// The same figure read as rounded to `precision` rather than to its last written digit.
    ///
    /// # Errors
    ///
    /// [`Error::PrecisionNotPositive`] for a precision that is not positive.
    ///
    /// ```
    /// # use morocco_ecommerce::{Assumption, FigureKind, ReportedFigure};
    /// # use rust_decimal::Decimal;
    /// // "910 million" read as rounded to the nearest 10 million.
    /// let f = ReportedFigure::written(FigureKind::AmountMad, Decimal::from(910), Decimal::from(1_000_000))?
    ///     .with_precision(Decimal::from(10_000_000))?;
    /// assert_eq!(f.range(Assumption::default())?.to_string(), "[905000000, 915000000]");
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn with_precision(mut self, precision: Decimal) -> Result<ReportedFigure, Error> {
        if precision <= Decimal::ZERO {
            return Err(Error::PrecisionNotPositive(precision));
        }
        self.precision = precision.normalize();
        Ok(self)
    }

    /// The same figure counted as `kind`: for a unit the text left out and a later word supplies.
    ///
    /// # Errors
    ///
    /// As [`ReportedFigure::new`], for a negative value that `kind` cannot take.
    pub(crate) fn with_kind(self, kind: FigureKind) -> Result<ReportedFigure, Error> {
        ReportedFigure::new(kind, self.value, self.precision)?;
        Ok(ReportedFigure { kind, ..self })
    }

    /// The same figure with its sign turned: a rate that the words say is a fall.
    #[must_use]
    pub(crate) fn negated(self) -> ReportedFigure {
        ReportedFigure {
            value: -self.value,
            ..self
        }
    }

    /// The same figure with its rounding fixed, whatever assumption the checker reads others
    /// under.
    #[must_use]
    ///
    /// ```
    /// # use morocco_ecommerce::{Assumption, FigureKind, ReportedFigure, RoundingAssumption};
    /// # use rust_decimal::Decimal;
    /// let f = ReportedFigure::new(FigureKind::Percent, Decimal::from(16), Decimal::ONE)?.with_rounding(RoundingAssumption::Truncate);
    /// assert_eq!(f.rounding(), Some(RoundingAssumption::Truncate));
    /// assert_eq!(f.range(Assumption::default())?.to_string(), "[16, 17)");
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub const fn with_rounding(mut self, rounding: RoundingAssumption) -> ReportedFigure {
        self.rounding = Some(rounding);
        self
    }

    /// The same figure with "about" read as within `half_width` of the value, rather than within
    /// half its precision.
    ///
    /// # Errors
    ///
    /// [`Error::NegativeHalfWidth`] for a negative width.
    ///
    /// ```
    /// # use morocco_ecommerce::{Assumption, FigureKind, Qualifier, ReportedFigure};
    /// # use rust_decimal::Decimal;
    /// let f = ReportedFigure::new(FigureKind::Percent, Decimal::new(149, 1), Decimal::new(1, 1))?
    ///     .with_qualifier(Qualifier::About)
    ///     .with_about_half_width(Decimal::ONE)?;
    /// assert_eq!(f.range(Assumption::default())?.to_string(), "[13.9, 15.9]");
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn with_about_half_width(mut self, half_width: Decimal) -> Result<ReportedFigure, Error> {
        if half_width < Decimal::ZERO {
            return Err(Error::NegativeHalfWidth(half_width));
        }
        self.about_half_width = Some(half_width);
        Ok(self)
    }

    /// What the figure counts.
    ///
    /// ```
    /// # use morocco_ecommerce::text::extract;
    /// # use morocco_ecommerce::FigureKind;
    /// assert_eq!(extract("900 MDH")[0].figure.kind(), FigureKind::AmountMad);
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    #[must_use]
    pub const fn kind(&self) -> FigureKind {
        self.kind
    }

    /// The value as written, in base units.
    ///
    /// ```
    /// # use morocco_ecommerce::text::extract;
    /// assert_eq!(extract("900 MDH")[0].figure.value(), rust_decimal::Decimal::from(900_000_000));
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    #[must_use]
    pub const fn value(&self) -> Decimal {
        self.value
    }

    /// The unit of the last written digit, in base units.
    ///
    /// ```
    /// # use morocco_ecommerce::text::extract;
    /// assert_eq!(extract("900 MDH")[0].figure.precision(), rust_decimal::Decimal::from(1_000_000));
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    #[must_use]
    pub const fn precision(&self) -> Decimal {
        self.precision
    }

    /// The hedge.
    ///
    /// ```
    /// # use morocco_ecommerce::text::extract;
    /// # use morocco_ecommerce::Qualifier;
    /// assert_eq!(extract("نحو 900 مليون درهم")[0].figure.qualifier(), Qualifier::About);
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    #[must_use]
    pub const fn qualifier(&self) -> Qualifier {
        self.qualifier
    }

    /// The rounding fixed for this figure, if any.
    ///
    /// ```
    /// # use morocco_ecommerce::text::extract;
    /// assert_eq!(extract("16 %")[0].figure.rounding(), None);
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    #[must_use]
    pub const fn rounding(&self) -> Option<RoundingAssumption> {
        self.rounding
    }

    /// The values the figure allows under `assumption`, before any domain limit (a count is
    /// never negative, a share never above 100 %): the checker applies those.
    ///
    /// # Errors
    ///
    /// [`Error::FigureRangeOverflow`] when an end does not fit a `Decimal`.
    ///
    /// ```
    /// # use morocco_ecommerce::{Assumption, BoundReading, FigureKind, Qualifier, ReportedFigure, RoundingAssumption};
    /// # use rust_decimal::Decimal;
    /// let f = ReportedFigure::written(FigureKind::AmountMad, Decimal::new(105, 2), Decimal::from(1_000_000_000))?.with_qualifier(Qualifier::MoreThan);
    /// let rounded = Assumption::new(RoundingAssumption::Nearest, BoundReading::Rounded);
    /// assert_eq!(f.range(rounded)?.to_string(), "(1045000000, +inf)");
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    pub fn range(&self, assumption: Assumption) -> Result<Interval, Error> {
        let rounding = self.rounding.unwrap_or(assumption.rounding);
        let rounded = self.rounding_range(rounding)?;
        self.range_from_rounded(assumption, rounded)
    }

    /// [`range`](Self::range), from `rounded`, the figure's [`rounding_range`] under the rounding
    /// `assumption` gives it.
    ///
    /// [`rounding_range`]: Self::rounding_range
    fn range_from_rounded(
        &self,
        assumption: Assumption,
        rounded: Interval,
    ) -> Result<Interval, Error> {
        let v = self.value;
        let range = match (self.qualifier, assumption.bounds) {
            (Qualifier::Exact, _) => rounded,
            (Qualifier::About, _) => match self.about_half_width {
                Some(w) => Interval::raw(
                    Some(Bound::closed(self.end(directed::sub(v, w, Dir::Down))?)),
                    Some(Bound::closed(self.end(directed::add(v, w, Dir::Up))?)),
                ),
                None => rounded,
            },
            (Qualifier::MoreThan, BoundReading::Literal) => {
                Interval::raw(Some(Bound::open(v)), None)
            }
            (Qualifier::AtLeast, BoundReading::Literal) => {
                Interval::raw(Some(Bound::closed(v)), None)
            }
            (Qualifier::LessThan, BoundReading::Literal) => {
                Interval::raw(None, Some(Bound::open(v)))
            }
            (Qualifier::AtMost, BoundReading::Literal) => {
                Interval::raw(None, Some(Bound::closed(v)))
            }
            (Qualifier::MoreThan, BoundReading::Rounded) => {
                Interval::raw(rounded.low().map(|b| Bound::open(b.value)), None)
            }
            (Qualifier::AtLeast, BoundReading::Rounded) => Interval::raw(rounded.low(), None),
            (Qualifier::LessThan, BoundReading::Rounded) => {
                Interval::raw(None, rounded.high().map(|b| Bound::open(b.value)))
            }
            (Qualifier::AtMost, BoundReading::Rounded) => Interval::raw(None, rounded.high()),
        };
        Ok(range)
    }

    /// What of an assumption [`range`](Self::range) reads: its rounding, unless the figure fixes
    /// one, and how bounds are read, for a bound such as "more than". Two assumptions that agree
    /// on what it reads give the same range.
    pub(crate) fn reads(&self) -> Reads {
        Reads {
            rounding: self.rounding.is_none(),
            bounds: match self.qualifier {
                Qualifier::Exact | Qualifier::About => false,
                Qualifier::MoreThan
                | Qualifier::AtLeast
                | Qualifier::LessThan
                | Qualifier::AtMost => true,
            },
        }
    }

    fn end(&self, r: Option<directed::Rounded>) -> Result<Decimal, Error> {
        r.map(|r| r.value)
            .ok_or_else(|| Error::FigureRangeOverflow {
                figure: self.to_string(),
            })
    }

    /// The values that print as the written value under a rounding assumption.
    fn rounding_range(&self, rounding: RoundingAssumption) -> Result<Interval, Error> {
        let ends = self.rounding_ends(is_nearest(rounding))?;
        Ok(self.rounding_range_from(rounding, ends, || self.odd_steps()))
    }

    /// The ends the ranges of a class of roundings are made of: the value plus and minus half
    /// its precision for the roundings to nearest, plus and minus its precision for the others.
    /// Only the ends the class needs are computed.
    fn rounding_ends(&self, nearest: bool) -> Result<RoundingEnds, Error> {
        let v = self.value;
        let p = self.precision;
        Ok(if nearest {
            let half = p / Decimal::TWO;
            RoundingEnds {
                below_half: Some(self.end(directed::sub(v, half, Dir::Down))?),
                above_half: Some(self.end(directed::add(v, half, Dir::Up))?),
                below_full: v,
                above_full: v,
            }
        } else {
            RoundingEnds {
                below_half: None,
                above_half: None,
                below_full: self.end(directed::sub(v, p, Dir::Down))?,
                above_full: self.end(directed::add(v, p, Dir::Up))?,
            }
        })
    }

    /// Whether the value is an odd whole number of precision units, which half-even rounding
    /// reaches from one side of each tie only. `v / p` overflows only for a value far from a
    /// whole number of units: not odd then, which keeps both ends, the sound choice.
    fn odd_steps(&self) -> bool {
        self.value
            .checked_div(self.precision)
            .is_some_and(|steps| steps.fract().is_zero() && !(steps % Decimal::TWO).is_zero())
    }

    /// [`rounding_range`](Self::rounding_range) from the ends of the rounding's class, and
    /// [`odd_steps`](Self::odd_steps), asked for half-even rounding only.
    fn rounding_range_from(
        &self,
        rounding: RoundingAssumption,
        ends: RoundingEnds,
        odd_steps: impl FnOnce() -> bool,
    ) -> Interval {
        let v = self.value;
        let p = self.precision;
        let RoundingEnds {
            below_half,
            above_half,
            below_full,
            above_full,
        } = ends;
        let negative = v < Decimal::ZERO;
        let make =
            |low: Option<Decimal>, low_closed: bool, high: Option<Decimal>, high_closed: bool| {
                Interval::raw(
                    low.map(|value| Bound {
                        value,
                        closed: low_closed,
                    }),
                    high.map(|value| Bound {
                        value,
                        closed: high_closed,
                    }),
                )
            };
        match rounding {
            RoundingAssumption::Nearest => make(below_half, true, above_half, true),
            RoundingAssumption::HalfUp => {
                if v.is_zero() {
                    // -p/2 and p/2 both round away from zero, to -p and p.
                    make(below_half, false, above_half, false)
                } else if negative {
                    make(below_half, false, above_half, true)
                } else {
                    make(below_half, true, above_half, false)
                }
            }
            RoundingAssumption::HalfEven => {
                // An even last digit keeps the ties on both sides; an odd one loses them. A value
                // that is not a whole number of precision units keeps both ends, to stay sound.
                let closed = !odd_steps();
                make(below_half, closed, above_half, closed)
            }
            RoundingAssumption::Truncate => {
                if v.is_zero() {
                    let low = if self.kind.is_signed() {
                        -p
                    } else {
                        Decimal::ZERO
                    };
                    make(Some(low), !self.kind.is_signed(), Some(p), false)
                } else if negative {
                    make(Some(below_full), false, Some(v), true)
                } else {
                    make(Some(v), true, Some(above_full), false)
                }
            }
            RoundingAssumption::Floor => make(Some(v), true, Some(above_full), false),
            RoundingAssumption::Ceiling => make(Some(below_full), false, Some(v), true),
        }
    }
}

/// What of an [`Assumption`] the ranges of some figures depend on ([`ReportedFigure::reads`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Reads {
    /// The rounding: some figure fixes none of its own.
    pub(crate) rounding: bool,
    /// How bounds are read: some figure is a bound ("more than").
    pub(crate) bounds: bool,
}

impl Reads {
    /// What the ranges of two sets of figures together depend on.
    #[must_use]
    pub(crate) const fn and(self, other: Reads) -> Reads {
        Reads {
            rounding: self.rounding || other.rounding,
            bounds: self.bounds || other.bounds,
        }
    }

    /// Whether `a` and `b` agree on everything read, so that they give the same ranges.
    pub(crate) fn alike(self, a: Assumption, b: Assumption) -> bool {
        (!self.rounding || a.rounding == b.rounding) && (!self.bounds || a.bounds == b.bounds)
    }
}

/// Whether a rounding is to the nearest, whose range is the value plus or minus half its
/// precision.
const fn is_nearest(rounding: RoundingAssumption) -> bool {
    matches!(
        rounding,
        RoundingAssumption::Nearest | RoundingAssumption::HalfUp | RoundingAssumption::HalfEven
    )
}

/// The ends of a class of roundings' ranges ([`ReportedFigure::rounding_ends`]): the value plus
/// and minus half its precision, or plus and minus its precision (the other pair is the value).
#[derive(Debug, Clone, Copy)]
struct RoundingEnds {
    below_half: Option<Decimal>,
    above_half: Option<Decimal>,
    below_full: Decimal,
    above_full: Decimal,
}

/// A figure's [`range`](ReportedFigure::range) under any assumptions, the ends of its ranges
/// computed once for the roundings to nearest and once for the others, and the half-even test
/// once, however many assumptions read the figure: the checker reads an inconsistent claim
/// under twelve, and the ends (two directed additions and a division) are most of the cost of
/// a range.
#[derive(Clone)]
pub(crate) struct FigureRanges {
    figure: ReportedFigure,
    /// [`ReportedFigure::rounding_ends`] for the roundings to nearest and for the others, once
    /// computed.
    nearest: Option<Result<RoundingEnds, Error>>,
    other: Option<Result<RoundingEnds, Error>>,
    /// [`ReportedFigure::odd_steps`] once asked (by half-even rounding), a division and a
    /// remainder saved for each later half-even reading.
    odd: Option<bool>,
}

impl FigureRanges {
    /// Nothing computed yet.
    pub(crate) const fn new(figure: ReportedFigure) -> FigureRanges {
        FigureRanges {
            figure,
            nearest: None,
            other: None,
            odd: None,
        }
    }

    /// The figure's range under `assumption`, as [`ReportedFigure::range`] gives it.
    ///
    /// # Errors
    ///
    /// Those of [`ReportedFigure::range`].
    pub(crate) fn range(&mut self, assumption: Assumption) -> Result<Interval, Error> {
        let FigureRanges {
            figure,
            nearest: nearest_ends,
            other: other_ends,
            odd,
        } = self;
        let rounding = figure.rounding.unwrap_or(assumption.rounding);
        let nearest = is_nearest(rounding);
        let slot = if nearest { nearest_ends } else { other_ends };
        let ends = slot
            .get_or_insert_with(|| figure.rounding_ends(nearest))
            .clone()?;
        let rounded = figure.rounding_range_from(rounding, ends, || {
            *odd.get_or_insert_with(|| figure.odd_steps())
        });
        figure.range_from_rounded(assumption, rounded)
    }
}

/// The serde form of a [`ReportedFigure`], checked by its constructors on the way in.
#[cfg(feature = "serde")]
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct ReportedFigureForm {
    kind: FigureKind,
    #[serde(with = "crate::num::serde_decimal")]
    value: Decimal,
    #[serde(with = "crate::num::serde_decimal")]
    precision: Decimal,
    #[serde(default)]
    qualifier: Qualifier,
    #[serde(default)]
    rounding: Option<RoundingAssumption>,
    #[serde(default, with = "crate::num::serde_decimal::option")]
    about_half_width: Option<Decimal>,
}

#[cfg(feature = "serde")]
impl TryFrom<ReportedFigureForm> for ReportedFigure {
    type Error = Error;

    fn try_from(form: ReportedFigureForm) -> Result<Self, Error> {
        let mut figure = ReportedFigure::new(form.kind, form.value, form.precision)?
            .with_qualifier(form.qualifier);
        if let Some(r) = form.rounding {
            figure = figure.with_rounding(r);
        }
        if let Some(w) = form.about_half_width {
            figure = figure.with_about_half_width(w)?;
        }
        Ok(figure)
    }
}

impl fmt::Display for ReportedFigure {
    /// The hedge, the value in base units, and its precision: `more_than 1050000000 (to
    /// 10000000)`. Width, fill, alignment and precision apply to the whole as they do to a
    /// `str`.
    ///
    /// ```
    /// # use morocco_ecommerce::{FigureKind, ReportedFigure};
    /// # use rust_decimal::Decimal;
    /// let f = ReportedFigure::new(FigureKind::Percent, Decimal::from(16), Decimal::ONE)?;
    /// assert_eq!(format!("[{f:>14}]"), "[    16% (to 1)]");
    /// # Ok::<(), morocco_ecommerce::Error>(())
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        pad::pad(f, pad::Kind::Text, |w| {
            if self.qualifier != Qualifier::Exact {
                write!(w, "{} ", self.qualifier)?;
            }
            write!(w, "{}", self.value)?;
            match self.kind {
                FigureKind::Percent => w.write_str("%")?,
                FigureKind::PercentagePoints => w.write_str(" pp")?,
                _ => {}
            }
            write!(w, " (to {})", self.precision)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fig(kind: FigureKind, number: &str, scale: i64) -> ReportedFigure {
        ReportedFigure::written(
            kind,
            number.parse().unwrap_or_default(),
            Decimal::from(scale),
        )
        .unwrap_or_else(|_| unreachable!("valid test figure"))
    }

    fn range(f: &ReportedFigure, r: RoundingAssumption) -> String {
        f.range(Assumption::new(r, BoundReading::Literal))
            .map(|i| i.to_string())
            .unwrap_or_default()
    }

    /// `reads().alike` holds only where `range` gives the same interval, ends and their kinds
    /// written alike (its `Debug` keeps each end's scale), or the same error. (Not the converse:
    /// half-even and nearest agree on a figure whose last digit is even.)
    #[test]
    fn assumptions_that_read_a_figure_alike_give_the_same_range_and_so_does_the_cache() {
        let mut every = Vec::new();
        for rounding in RoundingAssumption::ALL {
            for bounds in BoundReading::ALL {
                every.push(Assumption::new(rounding, bounds));
            }
        }
        let mut alike = 0;
        for qualifier in Qualifier::ALL {
            for fixed in [None, Some(RoundingAssumption::Floor)] {
                for (value, precision) in [("16", "1"), ("-2.5", "0.1"), ("1670000", "10000")] {
                    let mut f = ReportedFigure::new(
                        FigureKind::Percent,
                        value.parse().unwrap_or_default(),
                        precision.parse().unwrap_or_default(),
                    )
                    .unwrap_or_else(|_| unreachable!("valid test figure"))
                    .with_qualifier(qualifier);
                    if let Some(r) = fixed {
                        f = f.with_rounding(r);
                    }
                    // A figure's ranges read once per rounding are those read one by one,
                    // in any order of assumptions.
                    let mut cached = FigureRanges::new(f);
                    for &a in every.iter().chain(every.iter().rev()) {
                        let (direct, memo) = (f.range(a), cached.range(a));
                        assert_eq!(format!("{direct:?}"), format!("{memo:?}"), "{f:?} {a}");
                    }
                    for &a in &every {
                        for &b in &every {
                            if f.reads().alike(a, b) {
                                alike += 1;
                                let (ra, rb) = (f.range(a), f.range(b));
                                assert_eq!(format!("{ra:?}"), format!("{rb:?}"), "{f:?} {a} {b}");
                            }
                        }
                    }
                }
            }
        }
        // Each figure reads alike under each assumption and itself at least.
        assert!(alike > 6 * 2 * 3 * every.len());
    }

    #[test]
    fn precision_from_written_digits() {
        assert_eq!(
            fig(FigureKind::Transactions, "1.67", 1_000_000).precision(),
            Decimal::from(10_000)
        );
        assert_eq!(
            fig(FigureKind::AmountMad, "910", 1_000_000).precision(),
            Decimal::from(1_000_000)
        );
        assert_eq!(fig(FigureKind::Percent, "16", 1).precision(), Decimal::ONE);
        assert_eq!(
            fig(FigureKind::Percent, "14.9", 1).precision(),
            Decimal::new(1, 1)
        );
        assert_eq!(
            fig(FigureKind::Transactions, "1.50", 1_000_000).precision(),
            Decimal::from(10_000)
        );
    }

    #[test]
    fn each_rounding_assumption() {
        let f = fig(FigureKind::Percent, "16", 1);
        assert_eq!(range(&f, RoundingAssumption::Nearest), "[15.5, 16.5]");
        assert_eq!(range(&f, RoundingAssumption::HalfUp), "[15.5, 16.5)");
        assert_eq!(range(&f, RoundingAssumption::HalfEven), "[15.5, 16.5]");
        assert_eq!(
            range(
                &fig(FigureKind::Percent, "15", 1),
                RoundingAssumption::HalfEven
            ),
            "(14.5, 15.5)"
        );
        assert_eq!(range(&f, RoundingAssumption::Truncate), "[16, 17)");
        assert_eq!(range(&f, RoundingAssumption::Floor), "[16, 17)");
        assert_eq!(range(&f, RoundingAssumption::Ceiling), "(15, 16]");
        let fall = fig(FigureKind::Percent, "-21.5", 1);
        assert_eq!(range(&fall, RoundingAssumption::HalfUp), "(-21.55, -21.45]");
        assert_eq!(range(&fall, RoundingAssumption::Truncate), "(-21.6, -21.5]");
        assert_eq!(range(&fall, RoundingAssumption::Floor), "[-21.5, -21.4)");
        let zero = fig(FigureKind::Percent, "0", 1);
        assert_eq!(range(&zero, RoundingAssumption::Truncate), "(-1, 1)");
        assert_eq!(range(&zero, RoundingAssumption::HalfUp), "(-0.5, 0.5)");
        assert_eq!(range(&zero, RoundingAssumption::HalfEven), "[-0.5, 0.5]");
        assert_eq!(range(&zero, RoundingAssumption::Nearest), "[-0.5, 0.5]");
        assert_eq!(range(&zero, RoundingAssumption::Floor), "[0, 1)");
        assert_eq!(range(&zero, RoundingAssumption::Ceiling), "(-1, 0]");
        let odd_fall = fig(FigureKind::Percent, "-3", 1);
        assert_eq!(
            range(&odd_fall, RoundingAssumption::HalfEven),
            "(-3.5, -2.5)"
        );
        assert_eq!(range(&odd_fall, RoundingAssumption::HalfUp), "(-3.5, -2.5]");
        assert_eq!(range(&odd_fall, RoundingAssumption::Ceiling), "(-4, -3]");
        let none = fig(FigureKind::Transactions, "0", 1);
        assert_eq!(range(&none, RoundingAssumption::Truncate), "[0, 1)");
    }

    #[test]
    fn hedges() {
        let f = fig(FigureKind::AmountMad, "1.05", 1_000_000_000);
        let literal = Assumption::default();
        let rounded = Assumption::new(RoundingAssumption::Nearest, BoundReading::Rounded);
        let r = |q, a| {
            f.with_qualifier(q)
                .range(a)
                .map(|i| i.to_string())
                .unwrap_or_default()
        };
        assert_eq!(r(Qualifier::MoreThan, literal), "(1050000000, +inf)");
        assert_eq!(r(Qualifier::MoreThan, rounded), "(1045000000, +inf)");
        assert_eq!(r(Qualifier::AtLeast, literal), "[1050000000, +inf)");
        assert_eq!(r(Qualifier::AtLeast, rounded), "[1045000000, +inf)");
        assert_eq!(r(Qualifier::LessThan, literal), "(-inf, 1050000000)");
        assert_eq!(r(Qualifier::LessThan, rounded), "(-inf, 1055000000)");
        assert_eq!(r(Qualifier::AtMost, literal), "(-inf, 1050000000]");
        assert_eq!(r(Qualifier::About, literal), "[1045000000, 1055000000]");
        let wide = f
            .with_qualifier(Qualifier::About)
            .with_about_half_width(Decimal::from(50_000_000))
            .unwrap_or(f);
        assert_eq!(
            wide.range(literal)
                .map(|i| i.to_string())
                .unwrap_or_default(),
            "[1000000000, 1100000000]"
        );
    }

    #[test]
    fn invalid_figures() {
        assert!(
            ReportedFigure::new(
                FigureKind::Transactions,
                Decimal::NEGATIVE_ONE,
                Decimal::ONE
            )
            .is_err()
        );
        assert!(
            ReportedFigure::new(FigureKind::Percent, Decimal::NEGATIVE_ONE, Decimal::ONE).is_ok()
        );
        assert!(
            ReportedFigure::new(FigureKind::Transactions, Decimal::ONE, Decimal::ZERO).is_err()
        );
        assert!(
            ReportedFigure::written(
                FigureKind::Transactions,
                Decimal::ONE,
                Decimal::NEGATIVE_ONE
            )
            .is_err()
        );
        assert!(
            ReportedFigure::written(FigureKind::Transactions, Decimal::MAX, Decimal::TEN).is_err()
        );
    }
}
