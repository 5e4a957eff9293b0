//! One test per error variant: the error comes back, typed, and its message names the value and
//! the rule.

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
        "count 1.5 is not a whole number of operations between 0 and 18446744073709551615"
    );
    assert!(matches!(
        Transactions::try_from(Decimal::from(-1)),
        Err(Error::CountOutOfRange(_))
    ));
    assert_eq!(
        message(Transactions::MAX.checked_add(Transactions::from(2))),
        "18446744073709551615 + 2 overflows"
    );
    assert_eq!(
        message(Transactions::from(2).checked_sub(Transactions::from(3))),
        "2 - 3 would be below zero, where no transaction count can be"
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
        "cannot read \"1,95\" as a transaction count: a count is written with digits only"
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
