//! One test per error variant: the error comes back, typed, and its message names the value and
//! the rule.

use morocco_ecommerce::aggregate::{Aggregate, PaymentRecord};
use morocco_ecommerce::data::Dataset;
use morocco_ecommerce::{
    AmountMad, AverageTicket, CardOrigin, Error, GrowthRate, Month, Period, PeriodKind,
    PeriodRecord, Series, Share, Transactions, Year,
};
use rust_decimal::Decimal;

use super::full_year;

fn message(result: Result<impl std::fmt::Debug, Error>) -> String {
    result.expect_err("the call must fail").to_string()
}

#[test]
fn year_out_of_range() {
    assert_eq!(
        message(Year::try_from(2101)),
        "year 2101 is outside the supported range 1900 to 2100"
    );
    assert_eq!(
        message("1899".parse::<Year>()),
        "year 1899 is outside the supported range 1900 to 2100"
    );
}

#[test]
fn month_and_year_to_date() {
    assert_eq!(message(Month::new(0)), "month 0 is outside 1 to 12");
    let december = Month::new(12).unwrap();
    assert!(
        message(Period::new(
            super::year(2014),
            PeriodKind::YearToDate(december)
        ))
        .starts_with("the first 12 months are not a year-to-date period")
    );
}

#[test]
fn amounts() {
    assert_eq!(
        message(AmountMad::try_from(Decimal::new(-5, 1))),
        "amount -0.5 MAD is negative: an amount is never below zero"
    );
    assert_eq!(
        message(AmountMad::try_from(Decimal::new(910_000_000_505, 3))),
        "amount 910000000.505 MAD has more than two decimals: amounts are counted to the centime"
    );
    assert!(matches!(
        AmountMad::try_from(Decimal::MAX),
        Err(Error::AmountTooLarge(_))
    ));
    assert!(matches!(
        AmountMad::from_centimes(u128::MAX),
        Err(Error::AmountTooLarge(_))
    ));
}

#[test]
fn counts() {
    assert_eq!(
        message(Transactions::try_from(Decimal::new(15, 1))),
        "count of operations 1.5 is not a whole number between 0 and 18446744073709551615"
    );
    assert!(matches!(
        Transactions::try_from(Decimal::from(-1)),
        Err(Error::CountOutOfRange(..))
    ));
    assert_eq!(
        message(Transactions::MAX.checked_add(Transactions::from(2))),
        "18446744073709551615 + 2 overflows"
    );
    assert_eq!(
        message(Transactions::from(2).checked_sub(Transactions::from(3))),
        "2 - 3 would be below zero, where no count of operations can be"
    );
}

#[test]
fn growth() {
    assert_eq!(
        message(GrowthRate::between(
            AmountMad::ZERO,
            AmountMad::from_dirhams(1)
        )),
        "growth base is zero"
    );
    assert_eq!(
        message(GrowthRate::from_percent(Decimal::from(-120))),
        "growth rate -120% is below -100%: nothing falls by more than all of it"
    );
    let fall = GrowthRate::from_percent(Decimal::from(-100)).unwrap();
    assert_eq!(
        message(fall.base_from(Transactions::from(1), morocco_ecommerce::Rounding::HalfEven)),
        "a growth rate of -100% leaves nothing from which to recover the base"
    );
    assert_eq!(
        message(GrowthRate::compound_annual(
            Transactions::from(1),
            Transactions::from(2),
            0
        )),
        "a compound annual growth rate needs at least one year, not 0"
    );
    let huge = GrowthRate::from_percent(Decimal::from(1000)).unwrap();
    assert!(matches!(
        huge.apply(AmountMad::MAX, morocco_ecommerce::Rounding::HalfEven),
        Err(Error::Overflow(_))
    ));
}

#[test]
fn zero_base_in_a_series_names_the_period() {
    let record = |y, ops| {
        PeriodRecord::builder(full_year(y))
            .total_operations(Transactions::from(ops))
            .build()
            .unwrap()
    };
    let series = Series::new(vec![record(2013, 0), record(2014, 5)]).unwrap();
    let table = series.table();
    assert_eq!(
        table[1].operations_growth.as_ref().unwrap_err().to_string(),
        "growth base is zero for 2013"
    );
    assert_eq!(
        table[1].value_growth.as_ref().unwrap_err().to_string(),
        "total value is missing for 2013"
    );
    assert_eq!(
        table[0].operations_growth.as_ref().unwrap_err().to_string(),
        "the same period one year earlier is missing for 2013"
    );
}

#[test]
fn shares() {
    assert_eq!(
        message(Share::from_percent(Decimal::new(1042, 1))),
        "share 104.2% is outside 0% to 100%"
    );
    assert_eq!(
        message(Share::of(Transactions::from(5), Transactions::from(4))),
        "part 5 is above its total 4"
    );
    assert_eq!(
        message(Share::of(AmountMad::ZERO, AmountMad::ZERO)),
        "total is zero: a share of nothing is undefined"
    );
    assert_eq!(
        message(Share::breakdown::<Transactions>(&[])),
        "a breakdown needs at least one part"
    );
    assert_eq!(
        message(Share::breakdown_rounded(&[Transactions::from(1)], 30)),
        "30 decimals asked, at most 25 are supported here"
    );
}

#[test]
fn tickets() {
    assert_eq!(
        message(AverageTicket::of(
            AmountMad::from_dirhams(5),
            Transactions::ZERO
        )),
        "no operations: an average ticket needs at least one"
    );
}

#[test]
fn records_and_series() {
    let p = full_year(2014);
    assert_eq!(
        message(
            PeriodRecord::builder(p)
                .value(CardOrigin::Moroccan, AmountMad::from_dirhams(1_000))
                .value(CardOrigin::Foreign, AmountMad::from_dirhams(60))
                .total_value(AmountMad::from_dirhams(1_050))
                .build()
        ),
        "total value 1050.00 for 2014 is below the sum of its parts 1060.00"
    );
    let r = PeriodRecord::builder(p).build().unwrap();
    assert_eq!(
        message(r.value_share(CardOrigin::Foreign)),
        "value by card origin is missing for 2014"
    );
    assert_eq!(
        message(Series::new(vec![r.clone(), r])),
        "the series has two records for 2014"
    );
}

#[test]
fn parse_errors_name_input_and_rule() {
    assert_eq!(
        message("1,95".parse::<Transactions>()),
        "cannot read \"1,95\" as a count of operations: a count is written with digits only"
    );
    assert_eq!(
        message("12.345".parse::<AmountMad>()),
        "cannot read \"12.345\" as an amount of dirhams: an amount has at most two decimals"
    );
    assert_eq!(
        message("maroc".parse::<CardOrigin>()),
        "cannot read \"maroc\" as a card origin: a card origin is moroccan or foreign"
    );
    assert_eq!(
        message("2014-Q5".parse::<Period>()),
        "cannot read \"2014-Q5\" as a period: a period is written 2014, 2014-Q1, 2014-H1, 2014-9M or 2014-M03"
    );
    assert!(message("1e30%".parse::<GrowthRate>()).contains("a growth rate"));
}

#[test]
fn out_of_precision() {
    // A root whose intermediate powers vanish below the 28th decimal.
    let r = GrowthRate::compound_annual(
        AmountMad::MAX,
        AmountMad::from_centimes(1).unwrap(),
        1_000_000,
    );
    match r {
        Ok(g) => assert!(g.as_percent() > Decimal::from(-100)),
        Err(e) => assert!(matches!(e, Error::OutOfPrecision(_)), "{e}"),
    }
}

#[test]
fn reported_figures() {
    use morocco_ecommerce::{FigureKind, ReportedFigure};
    assert_eq!(
        message(ReportedFigure::new(
            FigureKind::Transactions,
            Decimal::ONE,
            Decimal::ZERO
        )),
        "precision 0 is not positive: a figure is rounded to a unit above zero"
    );
    assert_eq!(
        message(ReportedFigure::written(
            FigureKind::Transactions,
            Decimal::ONE,
            Decimal::from(-1_000)
        )),
        "scale -1000 is not positive: a scale word multiplies by a number above zero"
    );
    assert_eq!(
        message(ReportedFigure::new(
            FigureKind::AmountMad,
            Decimal::from(-5),
            Decimal::ONE
        )),
        "an amount_mad figure -5 is negative: only a percentage or percentage points can be below zero"
    );
    let sixteen =
        ReportedFigure::new(FigureKind::Percent, Decimal::from(16), Decimal::ONE).unwrap();
    assert_eq!(
        message(sixteen.with_about_half_width(Decimal::NEGATIVE_ONE)),
        "half-width -1 is negative: \"about\" reaches the same distance either side of a figure"
    );
    let huge = ReportedFigure::new(FigureKind::Transactions, Decimal::MAX, Decimal::ONE).unwrap();
    assert_eq!(
        message(huge.range(morocco_ecommerce::Assumption::default())),
        "the range of figure 79228162514264337593543950335 (to 1) has an end beyond a 96-bit decimal"
    );
    assert_eq!(
        message(ReportedFigure::written(
            FigureKind::Transactions,
            Decimal::MAX,
            Decimal::TEN
        )),
        "79228162514264337593543950335 * 10 overflows"
    );
}

#[test]
fn written_figures() {
    use morocco_ecommerce::text::{Language, format_figure};
    use morocco_ecommerce::{FigureKind, Rounding};
    let write = |kind, value: i64, precision| {
        format_figure(
            Decimal::from(value),
            kind,
            precision,
            Language::English,
            Rounding::HalfEven,
        )
    };
    assert_eq!(
        message(write(FigureKind::Transactions, 1_000, Decimal::from(5))),
        "precision 5 is not a power of ten: a figure written in digits is rounded to one of them"
    );
    assert_eq!(
        message(write(FigureKind::Percent, 16, Decimal::TEN)),
        "precision 10 is coarser than 1, the coarsest a percent figure can be written to"
    );
    assert_eq!(
        message(write(
            FigureKind::AmountMad,
            1_000,
            Decimal::from(10_000_000_000_i64)
        )),
        "precision 10000000000 is coarser than 1000000000, the coarsest an amount_mad figure can be written to"
    );
    assert_eq!(
        message(write(FigureKind::Cards, 3, Decimal::new(1, 1))),
        "precision 0.1 is finer than 1, the finest a cards figure can be written to: it counts whole things"
    );
    assert_eq!(
        message(write(FigureKind::Transactions, -3, Decimal::ONE)),
        "a count figure -3 is negative: only a percentage or percentage points can be below zero"
    );
}

#[test]
fn checker_and_claims() {
    use morocco_ecommerce::check::Checker;
    assert_eq!(
        message(Checker::new().with_assumptions(vec![])),
        "a checker needs at least one assumption, and was given none"
    );
    assert_eq!(
        Error::ComputedRangeOverflow.to_string(),
        "a range computed from a claim's inputs has an end beyond a 96-bit decimal"
    );
    assert_eq!(
        Error::MissingBuiltinFigure("card_value_2014").to_string(),
        "built-in figure \"card_value_2014\" is not in the crate's embedded figures"
    );
    assert_eq!(
        Error::UnknownFigure {
            claim: String::from("growth_2014"),
            figure: String::from("ops_2O13"),
        }
        .to_string(),
        "claim growth_2014 names figure \"ops_2O13\", which the file does not define"
    );
    assert_eq!(
        Error::UnreadableFigure {
            id: String::from("ops_2013"),
            source: Box::new(Error::ScaleNotPositive(Decimal::ZERO)),
        }
        .to_string(),
        "figure ops_2013: scale 0 is not positive: a scale word multiplies by a number above zero"
    );
    assert_eq!(
        Error::FigureKindMismatch {
            claim: String::from("c"),
            role: "stated",
            expected: "percent",
            found: "amount_mad",
        }
        .to_string(),
        "claim c: stated is an amount_mad figure, where a percent figure is needed"
    );
}

fn pay(origin: CardOrigin, site: morocco_ecommerce::MerchantSite) -> PaymentRecord {
    PaymentRecord {
        period: full_year(2014),
        origin,
        site,
        amount: AmountMad::from_dirhams(1),
    }
}

#[test]
fn records() {
    use morocco_ecommerce::MerchantSite;
    let abroad = pay(CardOrigin::Foreign, MerchantSite::Abroad);
    assert_eq!(
        message(Aggregate::from_records([abroad])),
        "record 0: a foreign card paying on a foreign site is outside the CMI's statistics"
    );
    let rows: Vec<Result<PaymentRecord, String>> = vec![Err(String::from("bad row"))];
    assert_eq!(
        message(Aggregate::new().extend_records(rows)),
        "record 0 cannot be read: bad row"
    );
    assert_eq!(
        Error::AggregateTable {
            period: String::from("2014-M03")
        }
        .to_string(),
        "the table of an aggregate has no cell for period 2014-M03"
    );
}

/// A caller's own error type, as a CSV reader's would be.
#[derive(Debug, PartialEq)]
struct RowError(u32);

impl std::fmt::Display for RowError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "row {} does not read", self.0)
    }
}

impl std::error::Error for RowError {}

#[test]
fn carried_errors_are_reachable_through_source() {
    use morocco_ecommerce::MerchantSite;
    use std::error::Error as _;
    let ok = pay(CardOrigin::Moroccan, MerchantSite::CmiAffiliated);
    let rows = vec![Ok(ok), Err(RowError(7))];
    let err = Aggregate::new().extend_records(rows).unwrap_err();
    assert_eq!(
        err.to_string(),
        "record 1 cannot be read: row 7 does not read"
    );
    let source = err.source().expect("the caller's error is the source");
    assert_eq!(source.downcast_ref::<RowError>(), Some(&RowError(7)));
    assert_eq!(err.clone(), err, "a clone carries the same error");

    // An error of the crate's own is carried boxed: the source is the `Box<Error>`, and the
    // field gives the error itself.
    let abroad = pay(CardOrigin::Foreign, MerchantSite::Abroad);
    let err = Aggregate::from_records([ok, abroad]).unwrap_err();
    let source = err.source().and_then(|e| e.downcast_ref::<Box<Error>>());
    assert_eq!(source.map(|e| &**e), Some(&Error::ForeignCardAbroad));
    let Error::InvalidRecord { index: 1, source } = &err else {
        panic!("{err:?}")
    };
    assert_eq!(**source, Error::ForeignCardAbroad);

    let header = "id\tyear\tscope\tmeasure\tvalue\tunit\tas_written\tqualifier\tcompared_with\tsource_url\tnote";
    let row = "ops\t2014\ttotal\toperations\t1950000\toperations\t1,95 million\texact\t\t\t";
    let twice = format!("{header}\n{row}\n{row}\n");
    let err = Dataset::from_tsv(&twice).unwrap_err();
    let source = err.source().and_then(|e| e.downcast_ref::<Box<Error>>());
    assert_eq!(
        source.map(|e| &**e),
        Some(&Error::DuplicateId(String::from("ops")))
    );
}

#[test]
fn data_files() {
    let header = "id\tyear\tscope\tmeasure\tvalue\tunit\tas_written\tqualifier\tcompared_with\tsource_url\tnote";
    let row = "ops\t2014\ttotal\toperations\t1950000\toperations\t1,95 million\texact\t\t\t";
    let read = |text: String| message(Dataset::from_tsv(&text));
    assert_eq!(
        read(String::from("id\tyear\n")),
        "line 1, column header: header \"id\\tyear\" is not the columns id, year, scope, measure, value, unit, as_written, qualifier, compared_with, source_url, note, precision, period (period, or precision and period, may be left out)"
    );
    assert_eq!(
        read(format!("{header}\nops\t2014\ttotal\n")),
        "line 2, column measure: the row has 3 columns, where 11 are expected"
    );
    assert_eq!(
        read(format!("{header}\n{}\n", row.replacen("ops", "", 1))),
        "line 2, column id: the id is empty: every figure needs one"
    );
    assert_eq!(
        read(format!("{header}\n{row}\n{row}\n")),
        "line 3, column id: id \"ops\" is used twice: every figure needs its own"
    );
    assert_eq!(
        read(format!(
            "{header}\n{}\n",
            row.replacen("\toperations\t1,95", "\tMAD\t1,95", 1)
        )),
        "line 2, column unit: unit \"MAD\" does not fit operations, which is in operations"
    );

    // The third form, with a period column.
    let header = format!("{header}\tprecision\tperiod");
    let growth = |year: &str, compared_with: &str, period: &str| {
        format!(
            "{header}\ng\t{year}\ttotal\toperations_growth\t51.8\tpercent\t51,8%\texact\t{compared_with}\t\t\t0.1\t{period}\n"
        )
    };
    assert_eq!(
        read(growth("", "2015-H1", "2016-S1")),
        "line 2, column period: cannot read \"2016-S1\" as a period: a period is written 2014, 2014-Q1, 2014-H1, 2014-9M or 2014-M03"
    );
    assert_eq!(
        read(growth("2016", "2015-H1", "2016-H1")),
        "line 2, column period: year \"2016\" and period \"2016-H1\" disagree: a full-year figure gives the same year in both, a partial-year figure leaves the year empty"
    );
    assert_eq!(
        read(growth("", "2015-H1", "")),
        "line 2, column year: the row gives neither a year nor a period: a figure needs one"
    );
    assert_eq!(
        read(growth("", "2015", "2016-H1")),
        "line 2, column compared_with: a rate for 2016-H1 cannot compare with 2015: a rate compares the same part of two years"
    );
}

#[test]
fn data_names_list_the_names() {
    use morocco_ecommerce::data::Scope;
    assert_eq!(
        message("everything".parse::<Scope>()),
        "cannot read \"everything\" as a scope: a scope is one of total, moroccan_cards, foreign_cards, moroccan_cards_abroad, maroc_telecommerce, bam_online"
    );
}

#[test]
fn observation_of_the_wrong_kind() {
    use morocco_ecommerce::data::{Measure, Observation, Scope};
    use morocco_ecommerce::{FigureKind, Period, ReportedFigure};
    let count =
        ReportedFigure::new(FigureKind::Transactions, Decimal::from(5), Decimal::ONE).unwrap();
    let period: Period = "2014".parse().unwrap();
    let err = Observation::new("v", period, Scope::Total, Measure::Value, count, "5").unwrap_err();
    assert_eq!(
        err.to_string(),
        "line 1, column measure: measure value is given in an amount_mad figure, not in a count figure"
    );
}
