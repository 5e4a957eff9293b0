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

/// The keys of a JSON object (a set: `serde_json::Value` keeps its keys sorted).
fn keys(v: &serde_json::Value) -> std::collections::BTreeSet<&str> {
    v.as_object().unwrap().keys().map(String::as_str).collect()
}

/// A set of keys, to compare with [`keys`].
fn set<'a>(names: &[&'a str]) -> std::collections::BTreeSet<&'a str> {
    names.iter().copied().collect()
}

/// A figure of a text: where it is, what it says, and the reported figure's fields beside.
#[test]
fn a_text_figure_is_one_object() {
    let figure = &morocco_ecommerce::text::extract("plus de 2,1 millions d'opérations")[0];
    assert_eq!(
        serde_json::to_value(figure).unwrap(),
        serde_json::json!({
            "start": 8,
            "end": 34,
            "text": "2,1 millions d'opérations",
            "kind": "count",
            "value": "2100000",
            "precision": "100000",
            "qualifier": "more_than",
            "context_start": 0,
            "unit_implied": false,
        })
    );
}

/// An interval says of each end whether it is open, closed or unbounded, and reads back only
/// what it writes.
#[test]
fn an_interval_says_how_each_end_is_bounded() {
    use morocco_ecommerce::{Bound, Interval};
    use rust_decimal::Decimal;
    let cases = [
        (
            Interval::new(
                Some(Bound::closed(Decimal::new(1550, 2))),
                Some(Bound::open(Decimal::new(165, 1))),
            )
            .unwrap(),
            r#"{"low":"15.5","high":"16.5","low_closed":true,"high_closed":false}"#,
        ),
        (
            Interval::new(Some(Bound::open(Decimal::from(2_100_000))), None).unwrap(),
            r#"{"low":"2100000","high":null,"low_closed":false,"high_closed":false}"#,
        ),
        (
            Interval::new(None, Some(Bound::closed(Decimal::new(-5, 1)))).unwrap(),
            r#"{"low":null,"high":"-0.5","low_closed":false,"high_closed":true}"#,
        ),
        (
            Interval::ALL,
            r#"{"low":null,"high":null,"low_closed":false,"high_closed":false}"#,
        ),
    ];
    for (interval, json) in cases {
        assert_eq!(serde_json::to_string(&interval).unwrap(), json);
        assert_eq!(serde_json::from_str::<Interval>(json).unwrap(), interval);
    }
    let closed_infinity = r#"{"low":null,"high":"1","low_closed":true,"high_closed":true}"#;
    let err = serde_json::from_str::<Interval>(closed_infinity)
        .unwrap_err()
        .to_string();
    assert!(err.contains("unbounded end cannot be closed"), "{err}");
    assert!(serde_json::from_str::<Interval>(r#"{"low":"2","high":"1"}"#).is_err());
    assert!(serde_json::from_str::<Interval>(r#"{"low":2,"high":null}"#).is_err());
}

/// A finding: its claim, kind, verdict (with the verdict's own details beside it), both ranges,
/// the point, the readings and the explanation.
#[test]
fn a_finding_is_one_object() {
    use morocco_ecommerce::check::Checker;
    use morocco_ecommerce::data::builtin_claims;
    let claims = builtin_claims();
    let checker = Checker::new();
    let rounding = serde_json::to_value(checker.check(&claims[0]).unwrap()).unwrap();
    assert_eq!(
        keys(&rounding),
        set(&[
            "claim",
            "kind",
            "verdict",
            "stated",
            "computed",
            "point",
            "sharpness",
            "readings",
            "explanation"
        ])
    );
    assert_eq!(rounding["claim"], "card_operations_growth_2014");
    // The sharpness is a decimal, a string as every decimal is; null for an unbounded range.
    assert!(
        rounding["sharpness"]
            .as_str()
            .is_some_and(|s| s.starts_with("1.298")),
        "{}",
        rounding["sharpness"]
    );
    assert_eq!(rounding["kind"], "growth");
    assert_eq!(rounding["verdict"], "consistent_only_with_rounding");
    assert_eq!(
        rounding["stated"],
        serde_json::json!({"low": "15.5", "high": "16.5", "low_closed": true, "high_closed": true})
    );
    assert_eq!(rounding["point"], "16.766467065868263473053892216");
    assert_eq!(
        keys(&rounding["readings"][0]),
        set(&["assumption", "stated", "computed", "consistent"])
    );
    let inconsistent = serde_json::to_value(checker.check(&claims[1]).unwrap()).unwrap();
    assert_eq!(inconsistent["verdict"], "inconsistent");
    assert_eq!(inconsistent["margin"], "3.72");
    assert_eq!(inconsistent["nearest_statement"], "15.3");
    assert_eq!(inconsistent["coarser_inputs"], 10);
    assert_eq!(inconsistent["sharpness"], serde_json::Value::Null);
}

/// A claim of a text: its id, its `kind` (the name `check_text --json` has always used), its
/// kind's `type` (the claims file's tag) and its figures by role at the top level, each
/// figure the object a list of figures holds; the sentence and the linking words.
#[test]
fn a_text_claim_is_one_object_with_its_figures_by_role() {
    use morocco_ecommerce::text::link;
    let text = "The total rose from 1.24 million to 1.55 million operations, up 25%.";
    let claim = &link(text)[0];
    let json = serde_json::to_value(claim).unwrap();
    assert_eq!(
        keys(&json),
        set(&[
            "id", "kind", "type", "from", "to", "stated", "sentence", "links", "periods"
        ])
    );
    assert_eq!(json["id"], claim.id.as_str());
    assert_eq!(json["type"], "growth");
    assert_eq!(json["kind"], "growth");
    assert_eq!(
        json["sentence"],
        serde_json::json!([0, 67]),
        "the sentence without its full stop"
    );
    assert_eq!(json["links"], serde_json::json!(["from", "to", "up"]));
    for (role, figure) in claim.kind.figures() {
        assert_eq!(
            json[role.name],
            serde_json::to_value(figure).unwrap(),
            "{}",
            role.name
        );
    }
    assert_eq!(json["from"]["value"], "1240000");
    assert_eq!(json["stated"]["kind"], "percent");

    let share = &link("Out of 1.5 million operations, 1.2 million were paid by card.")[0];
    let json = serde_json::to_value(share).unwrap();
    assert_eq!(json["type"], "within");
    assert_eq!(json["part"]["value"], "1200000");
    assert_eq!(json["total"]["value"], "1500000");
}

/// A check of the data: its finding's object with the inputs beside; the audit of a dataset
/// holds them as `checks.findings`, and its conflicts.
#[test]
fn a_data_check_is_its_finding_with_inputs() {
    use morocco_ecommerce::check::Checker;
    use morocco_ecommerce::data::Dataset;
    let audit = Dataset::cmi().audit(&Checker::new());
    let check = audit.checks.alarms().next().unwrap();
    let json = serde_json::to_value(check).unwrap();
    let mut finding = serde_json::to_value(&check.finding).unwrap();
    assert_eq!(json["claim"], check.claim.as_str());
    assert_eq!(json["inputs"], serde_json::json!(check.inputs));
    assert_eq!(json["verdict"], "inconsistent");
    finding
        .as_object_mut()
        .unwrap()
        .insert("inputs".into(), json["inputs"].clone());
    assert_eq!(json, finding, "a check is its finding and its inputs");

    let whole = serde_json::to_value(&audit).unwrap();
    assert_eq!(keys(&whole), set(&["checks", "conflicts"]));
    assert_eq!(keys(&whole["checks"]), set(&["findings", "errors"]));
    assert_eq!(
        whole["checks"]["findings"].as_array().unwrap().len(),
        audit.checks.findings.len()
    );
    assert_eq!(
        whole["checks"]["findings"][0],
        serde_json::to_value(&audit.checks.findings[0]).unwrap()
    );

    let header = "id\tyear\tscope\tmeasure\tvalue\tunit\tas_written\tqualifier\tcompared_with\tsource_url\tnote\tprecision";
    let a = "a\t2014\ttotal\toperations\t1000\toperations\t1000\texact\t\t\t\t1";
    let b = "b\t2014\ttotal\toperations\t2000\toperations\t2000\texact\t\t\t\t1";
    let conflicting = Dataset::from_tsv(&format!("{header}\n{a}\n{b}\n")).unwrap();
    let audit = conflicting.audit(&Checker::new());
    assert_eq!(
        serde_json::to_value(&audit).unwrap()["conflicts"],
        serde_json::json!([{
            "first": "a",
            "second": "b",
            "first_range": {"low": "999.5", "high": "1000.5", "low_closed": true, "high_closed": true},
            "second_range": {"low": "1999.5", "high": "2000.5", "low_closed": true, "high_closed": true},
        }])
    );
}

/// A claim the checker refuses is written with its message in an audit's errors.
#[test]
fn an_audit_writes_its_errors_as_messages() {
    use morocco_ecommerce::check::{Checker, Claim, ClaimKind};
    use morocco_ecommerce::{FigureKind, ReportedFigure};
    use rust_decimal::Decimal;
    let count = |n: i64| {
        ReportedFigure::written(FigureKind::Transactions, Decimal::from(n), Decimal::ONE).unwrap()
    };
    let rate =
        ReportedFigure::written(FigureKind::Percent, Decimal::from(10), Decimal::ONE).unwrap();
    // A growth from a percentage to a count: figures of the wrong kinds.
    let claim = Claim::new(
        "kinds_mixed",
        ClaimKind::Growth {
            from: rate,
            to: count(5),
            stated: rate,
        },
    );
    let audit = Checker::new().audit(&[claim]);
    assert_eq!(
        audit.errors.len(),
        1,
        "a growth between figures of two kinds cannot be checked"
    );
    let json = serde_json::to_value(&audit).unwrap();
    assert_eq!(json["findings"], serde_json::json!([]));
    assert_eq!(
        json["errors"],
        serde_json::json!([{"claim": "kinds_mixed", "error": audit.errors[0].1.to_string()}])
    );
}

/// One value, one shape: an interval is written the same alone and inside a finding, a finding
/// the same alone, in an audit and inside a check of the data, a text figure the same in a list
/// of figures and as a role of a claim.
#[test]
fn a_value_has_one_shape_wherever_it_is_written() {
    use morocco_ecommerce::check::Checker;
    use morocco_ecommerce::data::builtin_claims;
    use morocco_ecommerce::text::{check_text, extract, link};
    let checker = Checker::new();
    let audit = checker.audit(&builtin_claims());
    let json = serde_json::to_value(&audit).unwrap();
    for (i, finding) in audit.findings.iter().enumerate() {
        assert_eq!(json["findings"][i], serde_json::to_value(finding).unwrap());
        let alone = serde_json::to_value(finding).unwrap();
        assert_eq!(
            alone["stated"],
            serde_json::to_value(finding.stated).unwrap()
        );
        assert_eq!(
            alone["computed"],
            serde_json::to_value(finding.computed).unwrap()
        );
        for (r, reading) in finding.readings.iter().enumerate() {
            assert_eq!(
                alone["readings"][r]["stated"],
                serde_json::to_value(reading.stated).unwrap()
            );
        }
    }

    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/article_ar.txt"
    ))
    .unwrap();
    let figures: Vec<serde_json::Value> = extract(&text)
        .iter()
        .map(|f| serde_json::to_value(f).unwrap())
        .collect();
    let claims = link(&text);
    assert!(!claims.is_empty());
    for claim in &claims {
        let json = serde_json::to_value(claim).unwrap();
        for (role, _) in claim.kind.figures() {
            assert!(
                figures.contains(&json[role.name]),
                "{} of {} is a figure of the text as listed",
                role.name,
                claim.id
            );
        }
    }
    for (claim, finding) in check_text(&text, &checker) {
        if let Ok(finding) = finding {
            let again = serde_json::to_value(claim.check(&checker).unwrap()).unwrap();
            assert_eq!(serde_json::to_value(&finding).unwrap(), again);
        }
    }
}
