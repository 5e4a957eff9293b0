//! Aggregating payment records: exact, mergeable, and loud about bad records.

use morocco_ecommerce::aggregate::{Aggregate, PaymentRecord};
use morocco_ecommerce::{
    AmountMad, CardOrigin, Error, MerchantSite, Period, Transactions, strategies,
};
use proptest::prelude::*;
use std::collections::BTreeMap;

fn record() -> impl Strategy<Value = PaymentRecord> {
    (
        strategies::period(),
        strategies::card_origin(),
        strategies::merchant_site(),
        (0u128..10_000_000_000u128).prop_map(|c| AmountMad::from_centimes(c).unwrap()),
    )
        .prop_filter(
            "a foreign card abroad is outside the CMI's figures",
            |(_, o, s, _)| !(*o == CardOrigin::Foreign && *s == MerchantSite::Abroad),
        )
        .prop_map(|(period, origin, site, amount)| PaymentRecord {
            period,
            origin,
            site,
            amount,
        })
}

/// The naive sum: per period and slice, a count and a sum of centimes.
fn naive(records: &[PaymentRecord]) -> BTreeMap<(Period, CardOrigin, MerchantSite), (u64, u128)> {
    let mut map = BTreeMap::new();
    for r in records {
        let e = map
            .entry((r.period, r.origin, r.site))
            .or_insert((0u64, 0u128));
        e.0 += 1;
        e.1 += r.amount.to_centimes();
    }
    map
}

fn flatten(a: &Aggregate) -> BTreeMap<(Period, CardOrigin, MerchantSite), (u64, u128)> {
    let mut map = BTreeMap::new();
    for r in a.period_records().unwrap() {
        let slices = [
            (
                CardOrigin::Moroccan,
                MerchantSite::CmiAffiliated,
                r.by_origin(CardOrigin::Moroccan),
            ),
            (
                CardOrigin::Foreign,
                MerchantSite::CmiAffiliated,
                r.by_origin(CardOrigin::Foreign),
            ),
            (
                CardOrigin::Moroccan,
                MerchantSite::Abroad,
                r.moroccan_cards_abroad(),
            ),
        ];
        for (o, s, m) in slices {
            let count = m.operations.map_or(0, u64::from);
            if count > 0 {
                map.insert(
                    (r.period(), o, s),
                    (count, m.value.map_or(0, AmountMad::to_centimes)),
                );
            }
        }
    }
    map
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn aggregation_equals_the_naive_sum(records in prop::collection::vec(record(), 0..300)) {
        let a = Aggregate::from_records(records.iter().copied()).unwrap();
        prop_assert_eq!(flatten(&a), naive(&records));
        prop_assert_eq!(a.record_count(), records.len() as u64);
    }

    #[test]
    fn merging_parts_equals_aggregating_all(records in prop::collection::vec(record(), 0..300), cut in 0usize..300) {
        let cut = cut.min(records.len());
        let (left, right) = records.split_at(cut);
        let mut a = Aggregate::from_records(left.iter().copied()).unwrap();
        let b = Aggregate::from_records(right.iter().copied()).unwrap();
        a.merge(&b).unwrap();
        let all = Aggregate::from_records(records.iter().copied()).unwrap();
        prop_assert_eq!(flatten(&a), flatten(&all));
        prop_assert_eq!(a.period_records().unwrap(), all.period_records().unwrap());
    }
}

#[test]
fn totals_are_the_sum_of_the_origins() {
    let period = Period::full_year(morocco_ecommerce::Year::try_from(2014).unwrap());
    let pay = |origin, site, centimes| PaymentRecord {
        period,
        origin,
        site,
        amount: AmountMad::from_centimes(centimes).unwrap(),
    };
    let a = Aggregate::from_records([
        pay(CardOrigin::Moroccan, MerchantSite::CmiAffiliated, 1_000),
        pay(CardOrigin::Foreign, MerchantSite::CmiAffiliated, 250),
        pay(CardOrigin::Moroccan, MerchantSite::Abroad, 99),
    ])
    .unwrap();
    let r = &a.period_records().unwrap()[0];
    assert_eq!(r.total().operations, Some(Transactions::from(2)));
    assert_eq!(
        r.total().value,
        Some(AmountMad::from_centimes(1_250).unwrap())
    );
    assert_eq!(
        r.moroccan_cards_abroad().value,
        Some(AmountMad::from_centimes(99).unwrap())
    );
}

#[test]
fn bad_records_are_named() {
    let period = Period::full_year(morocco_ecommerce::Year::try_from(2014).unwrap());
    let ok = PaymentRecord {
        period,
        origin: CardOrigin::Moroccan,
        site: MerchantSite::CmiAffiliated,
        amount: AmountMad::ZERO,
    };
    let outside = PaymentRecord {
        origin: CardOrigin::Foreign,
        site: MerchantSite::Abroad,
        ..ok
    };
    let err = Aggregate::from_records([ok, ok, outside]).unwrap_err();
    assert!(
        matches!(err, Error::InvalidRecord { index: 2, .. }),
        "{err}"
    );
    assert_eq!(
        err.to_string(),
        "record 2: a foreign card paying on a foreign site is outside the CMI's statistics"
    );
    // An iterator of results, as a CSV reader gives.
    let rows: Vec<Result<PaymentRecord, String>> =
        vec![Ok(ok), Err("amount \"-5\" is negative".into())];
    let mut a = Aggregate::new();
    let err = a.extend_records(rows).unwrap_err();
    assert_eq!(
        err.to_string(),
        "record 1 cannot be read: amount \"-5\" is negative"
    );
}

#[test]
fn sums_beyond_the_largest_amount_are_errors_not_wraps() {
    let period = Period::full_year(morocco_ecommerce::Year::try_from(2014).unwrap());
    let max = PaymentRecord {
        period,
        origin: CardOrigin::Moroccan,
        site: MerchantSite::CmiAffiliated,
        amount: AmountMad::MAX,
    };
    let a = Aggregate::from_records([max, max]).unwrap();
    assert!(matches!(a.period_records(), Err(Error::Overflow(_))));
}

#[cfg(feature = "serde")]
#[test]
fn records_read_from_json_are_validated() {
    let good = r#"{"period": "2014-M03", "origin": "moroccan", "site": "cmi_affiliated", "amount": "250.00"}"#;
    assert!(serde_json::from_str::<PaymentRecord>(good).is_ok());
    let bad = r#"{"period": "2014-M03", "origin": "moroccan", "site": "cmi_affiliated", "amount": "-250.00"}"#;
    assert!(serde_json::from_str::<PaymentRecord>(bad).is_err());
}

#[cfg(feature = "rayon")]
#[test]
fn parallel_equals_one_thread() {
    let period = Period::full_year(morocco_ecommerce::Year::try_from(2014).unwrap());
    let records: Vec<PaymentRecord> = (0..300_000u128)
        .map(|i| PaymentRecord {
            period,
            origin: if i % 7 == 0 {
                CardOrigin::Foreign
            } else {
                CardOrigin::Moroccan
            },
            site: MerchantSite::CmiAffiliated,
            amount: AmountMad::from_centimes(i).unwrap(),
        })
        .collect();
    let one = Aggregate::from_records(records.iter().copied()).unwrap();
    let par = Aggregate::from_slice_parallel(&records).unwrap();
    assert_eq!(one.period_records().unwrap(), par.period_records().unwrap());
}
