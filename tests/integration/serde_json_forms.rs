//! serde: decimals travel as strings, and deserialising validates.

use morocco_ecommerce::{
    AmountMad, CardOrigin, Date, GrowthRate, Period, PeriodRecord, Series, Share, Transactions,
    Year, strategies,
};
use proptest::prelude::*;

use super::full_year;

#[test]
fn forms() {
    assert_eq!(
        serde_json::to_string(&AmountMad::from_dirhams(910_000_000)).unwrap(),
        "\"910000000.00\""
    );
    assert_eq!(
        serde_json::to_string(&Transactions::from(1_950_000)).unwrap(),
        "1950000"
    );
    assert_eq!(serde_json::to_string(&full_year(2014)).unwrap(), "\"2014\"");
    assert_eq!(
        serde_json::to_string(&CardOrigin::Moroccan).unwrap(),
        "\"moroccan\""
    );
    assert_eq!(serde_json::to_string(&super::year(2014)).unwrap(), "2014");
}

#[test]
fn dates_travel_as_iso_strings() {
    let day: Date = serde_json::from_str("\"2014-03-15\"").unwrap();
    assert_eq!(serde_json::to_string(&day).unwrap(), "\"2014-03-15\"");
    let err = serde_json::from_str::<Date>("\"2013-02-29\"").unwrap_err();
    assert!(
        err.to_string().contains("February 2013 has 28 days"),
        "{err}"
    );
    assert!(serde_json::from_str::<Date>("20140315").is_err());
}

#[test]
fn invalid_values_are_refused() {
    for (json, what) in [
        ("-5", "negative count"),
        ("1.5", "fractional count"),
        ("\"5\"", "count as a string"),
    ] {
        assert!(
            serde_json::from_str::<Transactions>(json).is_err(),
            "{what}"
        );
    }
    assert!(serde_json::from_str::<AmountMad>("\"1.005\"").is_err());
    assert!(serde_json::from_str::<AmountMad>("\"-1\"").is_err());
    assert!(
        serde_json::from_str::<AmountMad>("1.5").is_err(),
        "amounts are strings, never floats"
    );
    assert!(serde_json::from_str::<Share>("\"104.2\"").is_err());
    assert!(serde_json::from_str::<GrowthRate>("\"-101%\"").is_err());
    assert!(serde_json::from_str::<Year>("1850").is_err());
    let err = serde_json::from_str::<Year>("1850")
        .unwrap_err()
        .to_string();
    assert!(err.contains("year 1850 is outside"), "{err}");
    assert!(serde_json::from_str::<CardOrigin>("\"martian\"").is_err());
}

#[test]
fn records_validate_and_round_trip() {
    let json = r#"{"period": "2014", "moroccan": {"value": "1000.00"}, "foreign": {"value": "60.00"},
                   "total": {"value": "1050.00"}}"#;
    let err = serde_json::from_str::<PeriodRecord>(json)
        .unwrap_err()
        .to_string();
    assert!(err.contains("below the sum of its parts"), "{err}");
    let unknown = r#"{"period": "2014", "totals": {}}"#;
    assert!(serde_json::from_str::<PeriodRecord>(unknown).is_err());

    let record = PeriodRecord::builder(full_year(2014))
        .operations(CardOrigin::Moroccan, Transactions::from(1_800_000))
        .operations(CardOrigin::Foreign, Transactions::from(150_000))
        .abroad_value(AmountMad::from_dirhams(900_000_000))
        .build()
        .unwrap();
    let text = serde_json::to_string(&record).unwrap();
    assert_eq!(serde_json::from_str::<PeriodRecord>(&text).unwrap(), record);

    let series = Series::new(vec![record.clone()]).unwrap();
    let text = serde_json::to_string(&series).unwrap();
    assert_eq!(serde_json::from_str::<Series>(&text).unwrap(), series);
    let twice = format!("[{r},{r}]", r = serde_json::to_string(&record).unwrap());
    assert!(serde_json::from_str::<Series>(&twice).is_err());
}

proptest! {
    #[test]
    fn value_types_round_trip(
        p in strategies::period(),
        t in strategies::transactions(),
        a in strategies::amount_mad(),
        g in strategies::growth_rate(),
        s in strategies::share(),
    ) {
        let back: Period = serde_json::from_str(&serde_json::to_string(&p).unwrap()).unwrap();
        prop_assert_eq!(back, p);
        let back: Transactions = serde_json::from_str(&serde_json::to_string(&t).unwrap()).unwrap();
        prop_assert_eq!(back, t);
        let back: AmountMad = serde_json::from_str(&serde_json::to_string(&a).unwrap()).unwrap();
        prop_assert_eq!(back, a);
        let back: GrowthRate = serde_json::from_str(&serde_json::to_string(&g).unwrap()).unwrap();
        prop_assert_eq!(back, g);
        let back: Share = serde_json::from_str(&serde_json::to_string(&s).unwrap()).unwrap();
        prop_assert_eq!(back, s);
    }
}

#[test]
fn hostile_json_names_the_field() {
    use morocco_ecommerce::aggregate::PaymentRecord;
    use morocco_ecommerce::data::Observation;
    let err = |json: &str| {
        serde_json::from_str::<PeriodRecord>(json)
            .unwrap_err()
            .to_string()
    };
    assert!(err(r#"{"moroccan": {}}"#).contains("missing field `period`"));
    assert!(err(r#"{"period": "2014", "extra": 1}"#).contains("unknown field `extra`"));
    assert!(err(r#"{"period": 2014}"#).contains("invalid type"));
    assert!(
        err(r#"{"period": "2014", "total": {"operations": 1.5}}"#)
            .contains("invalid type: floating point")
    );
    assert!(err(r#"{"period": "2014", "total": {"operations": -1}}"#).contains("invalid value"));
    assert!(err(r#"{"period": "2014", "total": {"value": 1050}}"#).contains("invalid type"));
    let long = format!(r#"{{"period": "{}"}}"#, "9".repeat(100_000));
    let message = err(&long);
    assert!(
        message.len() < 400,
        "the error quotes a cut input: {}",
        message.len()
    );
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    assert!(serde_json::from_str::<Series>(&deep).is_err());
    let pay = |json: &str| {
        serde_json::from_str::<PaymentRecord>(json)
            .unwrap_err()
            .to_string()
    };
    assert!(
        pay(r#"{"period": "2014", "origin": "moroccan", "site": "moon", "amount": "1.00"}"#)
            .contains("unknown variant `moon`")
    );
    assert!(
        pay(r#"{"period": "2014", "origin": "moroccan", "site": "abroad"}"#)
            .contains("missing field `amount`")
    );
    let obs = r#"[{"id": "x", "year": 2014, "scope": "total", "measure": "operations", "value": 5, "as_written": "",
        "qualifier": "exact", "compared_with": null, "source_url": "", "note": "", "precision": "1"}]"#;
    assert!(
        serde_json::from_str::<Vec<Observation>>(obs).is_err(),
        "a decimal given as a JSON number is refused"
    );
}

#[test]
fn claims_round_trip_and_validate() {
    use morocco_ecommerce::ReportedFigure;
    use morocco_ecommerce::check::Claim;
    use morocco_ecommerce::data::builtin_claims;
    for claim in builtin_claims() {
        let text = serde_json::to_string(&claim).unwrap();
        assert_eq!(serde_json::from_str::<Claim>(&text).unwrap(), claim);
    }
    let negative = r#"{"kind": "count", "value": "-5", "precision": "1"}"#;
    let err = serde_json::from_str::<ReportedFigure>(negative)
        .unwrap_err()
        .to_string();
    assert!(err.contains("a count figure -5 is negative"), "{err}");
    let zero_precision = r#"{"kind": "percent", "value": "16", "precision": "0"}"#;
    assert!(serde_json::from_str::<ReportedFigure>(zero_precision).is_err());
    let float = r#"{"kind": "percent", "value": 16.5, "precision": "0.1"}"#;
    assert!(
        serde_json::from_str::<ReportedFigure>(float).is_err(),
        "decimals travel as strings"
    );
}

/// Our `serde` feature changes nothing for a user's own types: a plain `Decimal` field of theirs
/// still reads a JSON number, as `rust_decimal`'s own serde support reads it, while our types
/// keep their string form.
#[test]
fn a_users_own_decimals_read_json_numbers() {
    #[derive(Debug, serde::Deserialize)]
    struct Price {
        eur: rust_decimal::Decimal,
    }
    let price: Price = serde_json::from_str(r#"{"eur": 1.5}"#).unwrap();
    assert_eq!(price.eur, rust_decimal::Decimal::new(15, 1));
    let price: Price = serde_json::from_str(r#"{"eur": "2.25"}"#).unwrap();
    assert_eq!(price.eur, rust_decimal::Decimal::new(225, 2));
    // Ours are still strings only.
    assert!(serde_json::from_str::<AmountMad>("1.5").is_err());
    let float = r#"{"kind": "percent", "value": 16.5, "precision": "0.1"}"#;
    assert!(serde_json::from_str::<morocco_ecommerce::ReportedFigure>(float).is_err());
}

/// serde reads and writes the names `Display` writes and `FromStr` reads.
#[test]
fn names_travel_as_their_display() {
    use morocco_ecommerce::{
        BoundReading, FigureKind, MerchantSite, PeriodLength, Qualifier, Rounding,
        RoundingAssumption,
    };
    fn same<T>(all: &[T])
    where
        T: core::fmt::Display
            + core::str::FromStr
            + serde::Serialize
            + serde::de::DeserializeOwned
            + PartialEq
            + core::fmt::Debug,
        T::Err: core::fmt::Debug,
    {
        for x in all {
            let json = serde_json::to_string(x).unwrap();
            assert_eq!(json, format!("\"{x}\""));
            assert_eq!(serde_json::from_str::<T>(&json).unwrap(), *x);
            let upper = x.to_string().to_uppercase();
            assert_eq!(
                serde_json::from_str::<T>(&format!("\"{upper}\"")).ok(),
                upper.parse::<T>().ok(),
                "serde and FromStr accept the same forms"
            );
        }
    }
    same(&Qualifier::ALL);
    same(&CardOrigin::ALL);
    same(&MerchantSite::ALL);
    same(&FigureKind::ALL);
    same(&RoundingAssumption::ALL);
    same(&BoundReading::ALL);
    same(&Rounding::ALL);
    same(&PeriodLength::ALL);
    let err = serde_json::from_str::<Qualifier>("\"roughly\"")
        .unwrap_err()
        .to_string();
    assert!(err.contains("unknown variant `roughly`"), "{err}");
    let long = format!("\"{}\"", "x".repeat(10_000));
    let err = serde_json::from_str::<PeriodLength>(&long)
        .unwrap_err()
        .to_string();
    assert!(
        err.len() < 300,
        "the error quotes a cut input: {}",
        err.len()
    );
}
